import { OfficeMockObject } from "office-addin-mock";
import { areaRef, parseRef, quoteSheetName } from "../../src/workbook/formula";

// office-addin-mock imports office-addin-manifest only for this enum, and that package pulls in ES modules jest cannot require on Node 20.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

/**
 * An in-memory workbook behind an office-addin-mock request context.
 *
 * Reads follow Office's discipline: the names of sheets, tables and defined
 * names go through office-addin-mock (an error string until `load` and
 * `context.sync()`); office-addin-mock keeps arrays as plain values, so it
 * cannot load "items/name" (one property of every item): the collections here
 * replace `load` to snapshot the items into the library's own not-loaded /
 * loaded cycle, then load "items" as a whole. A range's or a defined name's
 * properties (address, values, formulas, formula) are snapshot at the next
 * sync after `load`, and reading one before throws, as Office does.
 *
 * Writes (worksheets.add, getRange, tables.add, charts.add, names.add,
 * formats, page layout) are things the mock library cannot create on the fly, so they go
 * to small fakes that apply them at once and in order, like Excel running a
 * request's commands, with Excel's own rule for `values`: a string starting
 * with = + - @ becomes a formula unless the cell is formatted as Text ("@").
 * A `null` in a written grid leaves the cell as it is.
 */

export interface FakeCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
}

interface OfficeError {
  code: string;
  message: string;
}

type Grid = unknown[][];

const FORMULA_START = /^[=+\-@]/;

/** Properties loaded with `load` and readable after the next sync. */
class Loadable {
  readonly #loaded = new Map<string, unknown>();

  constructor(protected readonly book: FakeWorkbook) {}

  load(properties?: string | string[]): this {
    const list = (Array.isArray(properties) ? properties : (properties ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "");
    this.book.pendingLoads.push(() => list.forEach((p) => this.#loaded.set(p, this.current(p))));
    return this;
  }

  protected current(property: string): unknown {
    throw new Error(`The mock cannot load "${property}"`);
  }

  protected loaded<T>(property: string): T {
    if (!this.#loaded.has(property)) throw officeError("PropertyNotLoaded", `The property '${property}' is not available: load it and sync first.`);
    return this.#loaded.get(property) as T;
  }
}

export class FakeRange extends Loadable {
  readonly format = { font: {} as Record<string, unknown>, fill: {} as Record<string, unknown>, columnWidth: undefined as number | undefined };
  readonly dataValidation: { rule?: Excel.DataValidationRule; clear: () => void } = { clear: () => delete this.dataValidation.rule };
  readonly isNullObject = false;

  constructor(
    readonly sheet: FakeSheet,
    /** "B2:B9", without the sheet. */
    readonly ref: string,
  ) {
    super(sheet.workbook);
  }

  get rowCount(): number {
    return parseRef(this.ref).rows;
  }

  set numberFormat(grid: Grid) {
    this.eachCell(grid, (cell, format) => (cell.numberFormat = String(format)));
  }

  set values(grid: Grid) {
    this.eachCell(grid, (cell, value) => writeValue(cell, value));
  }

  get values(): Grid {
    return this.loaded("values");
  }

  set formulas(grid: Grid) {
    this.eachCell(grid, (cell, formula) => {
      if (typeof formula === "string" && formula.startsWith("=") && cell.numberFormat !== "@") {
        cell.formula = formula;
        delete cell.value;
      } else writeValue(cell, formula);
    });
  }

  get formulas(): Grid {
    return this.loaded("formulas");
  }

  /** As Office gives it once loaded: "'Centres 2024'!A2:A31". */
  get address(): string {
    return this.loaded("address");
  }

  protected override current(property: string): unknown {
    const cells = (read: (cell: FakeCell | undefined) => unknown) => {
      const area = parseRef(this.ref);
      return Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.cols }, (_, c) => read(this.sheet.cells.get(areaRef({ top: area.top + r, left: area.left + c, rows: 1, cols: 1 })))));
    };
    switch (property) {
      case "address":
        return `${quoteSheetName(this.sheet.name)}!${this.ref}`;
      case "values":
        return cells((cell) => (cell?.formula !== undefined ? 0 : (cell?.value ?? ""))); // the mock does not calculate
      case "formulas":
        return cells((cell) => cell?.formula ?? cell?.value ?? "");
      default:
        return super.current(property);
    }
  }

  select(): void {
    this.book.failIfAsked("select");
    this.book.selected = `${this.sheet.name}!${this.ref}`;
  }

  /** Empties the cells: values, formulas and formats. */
  clear(): void {
    const area = parseRef(this.ref);
    for (const key of [...this.sheet.cells.keys()]) {
      const { top, left } = parseRef(key);
      if (top >= area.top && top < area.top + area.rows && left >= area.left && left < area.left + area.cols) this.sheet.cells.delete(key);
    }
  }

  private eachCell(grid: Grid, apply: (cell: FakeCell, input: unknown) => void): void {
    const area = parseRef(this.ref);
    if (grid.length !== area.rows || grid.some((row) => row.length !== area.cols)) {
      throw officeError("InvalidArgument", `${grid.length}-row grid written to ${this.ref}`);
    }
    this.book.cellsInRequest += area.rows * area.cols;
    grid.forEach((row, r) => row.forEach((input, c) => input !== null && apply(this.sheet.cellAt(areaRef({ top: area.top + r, left: area.left + c, rows: 1, cols: 1 })), input)));
  }
}

function writeValue(cell: FakeCell, value: unknown): void {
  if (typeof value === "string" && FORMULA_START.test(value) && cell.numberFormat !== "@") {
    cell.formula = value;
    delete cell.value;
  } else {
    cell.value = value as FakeCell["value"];
    delete cell.formula;
  }
}

/** What getRangeOrNullObject gives for a name whose sheet is gone (#REF!). */
const NULL_RANGE = { isNullObject: true, load() { return this; } };

/** A table: its name, address and header flag (what tests compare), and, as Office gives them, its sheet, ranges and deletion. */
export class FakeTable {
  readonly #sheet: FakeSheet;

  constructor(
    sheet: FakeSheet,
    public name: string,
    readonly address: string,
    readonly hasHeaders: boolean,
  ) {
    this.#sheet = sheet;
  }

  get worksheet(): FakeSheet {
    return this.#sheet;
  }

  getRange(): FakeRange {
    return this.#sheet.getRange(this.address);
  }

  getHeaderRowRange(): FakeRange {
    return this.#sheet.getRange(areaRef({ ...parseRef(this.address), rows: 1 }));
  }

  getDataBodyRange(): FakeRange {
    const area = parseRef(this.address);
    return this.#sheet.getRange(areaRef({ ...area, top: area.top + 1, rows: area.rows - 1 }));
  }

  delete(): void {
    this.#sheet.tableList.splice(this.#sheet.tableList.indexOf(this), 1);
  }
}

/** A chart as the writer builds it: type, source, name, title, series with their ranges, position. */
export class FakeChart {
  readonly title = { text: "" };
  readonly axes = { categoryAxis: {} as { numberFormat?: string } };
  readonly seriesList: { name: string; values?: string; categories?: string }[] = [];
  position: [string, string] | undefined;
  name = "";

  readonly series = {
    getItemAt: (index: number) => this.seriesHandle(index),
    add: (name: string) => {
      this.seriesList.push({ name });
      return this.seriesHandle(this.seriesList.length - 1);
    },
  };

  constructor(
    readonly sheet: FakeSheet,
    readonly type: string,
    source: FakeRange,
    readonly seriesBy: string,
  ) {
    this.seriesList.push({ name: "", values: rangeName(source) });
  }

  setPosition(start: string, end: string): void {
    this.position = [start, end];
  }

  delete(): void {
    this.sheet.chartList.splice(this.sheet.chartList.indexOf(this), 1);
  }

  private seriesHandle(index: number) {
    const series = this.seriesList[index];
    return {
      set name(name: string) {
        series.name = name;
      },
      setValues: (range: FakeRange) => (series.values = rangeName(range)),
      setXAxisValues: (range: FakeRange) => (series.categories = rangeName(range)),
    };
  }
}

const rangeName = (range: FakeRange) => `${range.sheet.name}!${range.ref}`;

/** A sheet's own collection of tables or charts: `load("items/name")` then `items` after the sync. */
class SheetItems<T> {
  #items: T[] | undefined;

  constructor(
    private readonly book: FakeWorkbook,
    private readonly current: () => T[],
  ) {}

  load(): this {
    this.book.pendingLoads.push(() => (this.#items = [...this.current()]));
    return this;
  }

  get items(): T[] {
    if (!this.#items) throw officeError("PropertyNotLoaded", "items");
    return this.#items;
  }
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly ranges = new Map<string, FakeRange>();
  readonly tableList: FakeTable[] = [];
  readonly chartList: FakeChart[] = [];
  frozenRows: number | undefined;

  readonly tables = Object.assign(new SheetItems(this.workbook, () => this.tableList), {
    add: (range: FakeRange, hasHeaders: boolean) => {
      this.workbook.failIfAsked("tables.add");
      const table = new FakeTable(this, `Table${this.workbook.tableCount() + 1}`, range.ref, hasHeaders);
      this.tableList.push(table);
      return table;
    },
  });

  readonly charts = Object.assign(new SheetItems(this.workbook, () => this.chartList), {
    add: (type: string, source: FakeRange, seriesBy: string) => {
      this.workbook.failIfAsked("charts.add");
      const chart = new FakeChart(this, type, source, seriesBy);
      this.chartList.push(chart);
      return chart;
    },
  });

  readonly freezePanes = { freezeRows: (rows: number) => (this.frozenRows = rows) };

  /** The page layout as written: properties set on it, and the print area and titles it was given. */
  readonly pageLayout: Record<string, unknown> & { headersFooters: { defaultForAllPages: Record<string, string> } } = {
    headersFooters: { defaultForAllPages: {} },
    setPrintArea: (area: string) => (this.pageLayout.printArea = area),
    setPrintTitleRows: (rows: string) => (this.pageLayout.printTitleRows = rows),
    setPrintTitleColumns: (columns: string) => (this.pageLayout.printTitleColumns = columns),
  };

  /** Cells before which a page starts. */
  readonly pageBreaks: string[] = [];
  readonly horizontalPageBreaks = { add: (cell: string) => this.pageBreaks.push(cell), removePageBreaks: () => this.pageBreaks.splice(0) };

  constructor(
    readonly workbook: FakeWorkbook,
    public name: string,
  ) {}

  getRange(address: string): FakeRange {
    let range = this.ranges.get(address);
    if (!range) this.ranges.set(address, (range = new FakeRange(this, address)));
    return range;
  }

  /** The block from A1… to the last cell holding something (null object on an empty sheet). */
  getUsedRangeOrNullObject(): FakeRange | typeof NULL_RANGE {
    const areas = [...this.cells.keys()].map((key) => parseRef(key));
    if (areas.length === 0) return NULL_RANGE;
    const [top, left] = [Math.min(...areas.map((a) => a.top)), Math.min(...areas.map((a) => a.left))];
    const [bottom, right] = [Math.max(...areas.map((a) => a.top)), Math.max(...areas.map((a) => a.left))];
    return this.getRange(areaRef({ top, left, rows: bottom - top + 1, cols: right - left + 1 }));
  }

  cellAt(address: string): FakeCell {
    let cell = this.cells.get(address);
    if (!cell) this.cells.set(address, (cell = {}));
    return cell;
  }

  load(): this {
    return this;
  }

  activate(): void {
    this.workbook.activeSheet = this.name;
  }

  delete(): void {
    this.workbook.sheets.splice(this.workbook.sheets.indexOf(this), 1);
  }
}

/** A workbook-scoped defined name: what it refers to ("=Feuil1!$B$2:$B$9", "=tCentres[Code]"), resolved when asked, as Excel does. */
export class FakeName extends Loadable {
  constructor(
    book: FakeWorkbook,
    readonly name: string,
    readonly reference: string,
    readonly comment = "",
  ) {
    super(book);
  }

  get formula(): string {
    return this.loaded("formula");
  }

  protected override current(property: string): unknown {
    if (property === "formula") return this.reference;
    return super.current(property);
  }

  getRangeOrNullObject(): FakeRange | typeof NULL_RANGE {
    return this.book.resolve(this.reference) ?? NULL_RANGE;
  }

  delete(): void {
    this.book.definedNames.splice(this.book.definedNames.indexOf(this), 1);
  }
}

export function officeError(code: string, message: string): OfficeError & Error {
  return Object.assign(new Error(message), { code });
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[];
  readonly definedNames: FakeName[];
  activeSheet: string | undefined;
  /** What getSelectedRange gives ("Feuil1!B2:B9"), and the last range selected through the API. */
  selection = "";
  selected: string | undefined;
  /** Cells written by each request, in order (one entry per context.sync). */
  readonly requests: number[] = [];
  cellsInRequest = 0;
  /** Loads queued since the last sync. */
  pendingLoads: (() => void)[] = [];
  /** Sync numbers (1-based) that reject, and methods that throw, to play Office refusing something. */
  failingSyncs = new Set<number>();
  failingMethods = new Map<string, OfficeError>();
  syncError: OfficeError = officeError("GeneralException", "sync refused");

  constructor(sheetNames: string[] = ["Feuil1"], options: { tables?: string[]; definedNames?: string[] } = {}) {
    this.sheets = sheetNames.map((name) => new FakeSheet(this, name));
    (options.tables ?? []).forEach((name) => this.sheets[0].tableList.push(new FakeTable(this.sheets[0], name, "A1:B2", true)));
    this.definedNames = (options.definedNames ?? []).map((name) => new FakeName(this, name, `=${quoteSheetName(sheetNames[0])}!$A$1`));
    this.selection = `${sheetNames[0]}!A1`;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet "${name}" (have ${this.sheetNames().join(", ")})`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  tableCount(): number {
    return this.sheets.reduce((n, s) => n + s.tableList.length, 0);
  }

  /** The defined names as "NAME → reference". */
  names(): string[] {
    return this.definedNames.map((n) => `${n.name} → ${n.reference}`);
  }

  /** Writes cells of a user's sheet: values by A1 address. */
  fill(sheet: string, at: string, rows: unknown[][]): void {
    const { top, left } = parseRef(at);
    rows.forEach((row, r) => row.forEach((value, c) => value !== null && value !== undefined && writeValue(this.sheet(sheet).cellAt(areaRef({ top: top + r, left: left + c, rows: 1, cols: 1 })), value)));
  }

  failIfAsked(method: string): void {
    const error = this.failingMethods.get(method);
    if (error) throw error;
  }

  /** The range a defined name's reference designates now, or undefined (#REF!). */
  resolve(reference: string): FakeRange | undefined {
    const text = reference.replace(/^=/, "");
    const address = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i.exec(text);
    if (address) return this.findSheet((address[1] ?? address[2]).replace(/''/g, "'"))?.getRange(address[3].replace(/\$/g, "").toUpperCase());
    const structured = /^([^[\]]+)(?:\[(.+)\])?$/.exec(text);
    const table = structured && this.sheets.flatMap((s) => s.tableList).find((t) => t.name.toLowerCase() === structured[1].toLowerCase());
    if (!table) return undefined;
    if (structured![2] === undefined) return table.getDataBodyRange();
    if (structured![2] === "#All") return table.getRange();
    const area = parseRef(table.address);
    const header = Array.from({ length: area.cols }, (_, c) => table.worksheet.cells.get(areaRef({ top: area.top, left: area.left + c, rows: 1, cols: 1 }))?.value);
    const column = header.findIndex((h) => String(h) === structured![2].replace(/'(.)/g, "$1"));
    if (column < 0) return undefined;
    return table.worksheet.getRange(areaRef({ top: area.top + 1, left: area.left + column, rows: area.rows - 1, cols: 1 }));
  }

  private findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A request context whose reads follow load/sync discipline and whose writes land in this workbook. */
  context(): Excel.RequestContext {
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          items: [],
          load: loadItems(() => this.sheets),
          add: (name: string) => {
            if (this.findSheet(name)) throw officeError("ItemAlreadyExists", name);
            const sheet = new FakeSheet(this, name);
            this.sheets.push(sheet);
            return sheet;
          },
          getItem: (name: string) => this.findSheet(name) ?? this.throwNotFound(`sheet "${name}"`),
          getActiveWorksheet: () => this.sheet(this.activeSheet ?? this.sheets[0].name),
        },
        tables: { items: [], load: loadItems(() => this.sheets.flatMap((s) => s.tableList)) },
        names: {
          items: [],
          load: loadItems(() => this.definedNames),
          add: (name: string, reference: string, comment?: string) => {
            this.failIfAsked("names.add");
            if (this.definedNames.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw officeError("InvalidArgument", `The name ${name} already exists.`);
            const item = new FakeName(this, name, reference, comment);
            this.definedNames.push(item);
            return item;
          },
          getItem: (name: string) => this.definedNames.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? this.throwNotFound(`name "${name}"`),
        },
        getSelectedRange: () => this.resolve(this.selection) ?? this.throwNotFound(`selection ${this.selection}`),
      },
    });
    const librarySync = mock.sync.bind(mock);
    mock.sync = async () => {
      this.requests.push(this.cellsInRequest);
      this.cellsInRequest = 0;
      const loads = this.pendingLoads;
      this.pendingLoads = [];
      if (this.failingSyncs.has(this.requests.length)) throw this.syncError;
      loads.forEach((load) => load());
      await librarySync();
    };
    return mock as unknown as Excel.RequestContext;
  }

  private throwNotFound(what: string): never {
    throw officeError("ItemNotFound", `The requested resource doesn't exist (${what}).`);
  }
}

/** A collection's `load("items/name")`: snapshot the items now, readable only after the next sync. */
function loadItems(current: () => object[]) {
  return function (this: OfficeMockObject, option: string) {
    if (option !== "items/name") throw new Error(`Mock collection can only load "items/name", not "${option}"`);
    // setValue is private in the library's typings; it resets a value to "not loaded".
    (this as unknown as { setValue(name: string, value: unknown): void }).setValue("items", [...current()]);
    return OfficeMockObject.prototype.load.call(this, "items");
  };
}
