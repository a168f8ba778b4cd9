import { OfficeMockObject } from "office-addin-mock";
import { areaRef, parseRef } from "../../src/templates/formula";

// office-addin-mock imports office-addin-manifest only for this enum, and that package pulls in ES modules jest cannot require on Node 20.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

/**
 * An in-memory workbook behind an office-addin-mock request context.
 *
 * Reads go through office-addin-mock, so they follow Office's discipline: the
 * names of existing sheets, tables and defined names read as an error string
 * until `load` and `context.sync()`. office-addin-mock keeps arrays as plain
 * values, so it cannot load "items/name" (one property of every item): the
 * collections here replace `load` to snapshot the items into the library's own
 * not-loaded / loaded cycle, then load "items" as a whole.
 *
 * Writes (worksheets.add, getRange, tables.add, charts.add, formats) are things the mock
 * library cannot create on the fly, so they go to small fakes that apply them
 * at once and in order, like Excel running a request's commands, with Excel's
 * own rule for `values`: a string starting with = + - @ becomes a formula
 * unless the cell is formatted as Text ("@").
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

export class FakeRange {
  readonly format = { font: {} as Record<string, unknown>, fill: {} as Record<string, unknown>, columnWidth: undefined as number | undefined };
  readonly dataValidation: { rule?: Excel.DataValidationRule } = {};

  constructor(
    readonly sheet: FakeSheet,
    readonly address: string,
  ) {}

  /** Properties of a range are known here at once; `load` only keeps Office's call shape. */
  load(): this {
    return this;
  }

  get rowCount(): number {
    return parseRef(this.address).rows;
  }

  set numberFormat(grid: Grid) {
    this.eachCell(grid, (cell, format) => (cell.numberFormat = String(format)));
  }

  set values(grid: Grid) {
    this.eachCell(grid, (cell, value) => {
      if (typeof value === "string" && FORMULA_START.test(value) && cell.numberFormat !== "@") {
        cell.formula = value;
        delete cell.value;
      } else {
        cell.value = value as FakeCell["value"];
        delete cell.formula;
      }
    });
  }

  set formulas(grid: Grid) {
    this.eachCell(grid, (cell, formula) => (cell.formula = String(formula)));
  }

  /** As Office reads them: a cell's formula, or its value when it has none. */
  get formulas(): Grid {
    const area = parseRef(this.address);
    return Array.from({ length: area.rows }, (_, r) =>
      Array.from({ length: area.cols }, (_, c) => {
        const cell = this.sheet.cells.get(areaRef({ top: area.top + r, left: area.left + c, rows: 1, cols: 1 }));
        return cell?.formula ?? cell?.value ?? "";
      }),
    );
  }

  private eachCell(grid: Grid, apply: (cell: FakeCell, input: unknown) => void): void {
    const area = parseRef(this.address);
    if (grid.length !== area.rows || grid.some((row) => row.length !== area.cols)) {
      throw officeError("InvalidArgument", `${grid.length}-row grid written to ${this.address}`);
    }
    this.sheet.workbook.cellsInRequest += area.rows * area.cols;
    grid.forEach((row, r) => row.forEach((input, c) => apply(this.sheet.cellAt(areaRef({ top: area.top + r, left: area.left + c, rows: 1, cols: 1 })), input)));
  }
}

/** A table: its name, address and header flag (what tests compare), and, as Office gives them, its sheet and body range. */
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

  getDataBodyRange(): FakeRange {
    const area = parseRef(this.address);
    return this.#sheet.getRange(areaRef({ ...area, top: area.top + 1, rows: area.rows - 1 }));
  }
}

/** A chart as the writer builds it: type, source, title, series with their ranges, position. */
export class FakeChart {
  readonly title = { text: "" };
  readonly seriesList: { name: string; values?: string; categories?: string }[] = [];
  position: [string, string] | undefined;

  readonly series = {
    getItemAt: (index: number) => this.seriesHandle(index),
    add: (name: string) => {
      this.seriesList.push({ name });
      return this.seriesHandle(this.seriesList.length - 1);
    },
  };

  constructor(
    readonly type: string,
    source: FakeRange,
    readonly seriesBy: string,
  ) {
    this.seriesList.push({ name: "", values: rangeName(source) });
  }

  setPosition(start: string, end: string): void {
    this.position = [start, end];
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

const rangeName = (range: FakeRange) => `${range.sheet.name}!${range.address}`;

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly ranges = new Map<string, FakeRange>();
  readonly tableList: FakeTable[] = [];
  readonly chartList: FakeChart[] = [];
  frozenRows: number | undefined;

  readonly tables = {
    add: (range: FakeRange, hasHeaders: boolean) => {
      this.workbook.failIfAsked("tables.add");
      const table = new FakeTable(this, `Table${this.workbook.tableCount() + 1}`, range.address, hasHeaders);
      this.tableList.push(table);
      return table;
    },
  };

  readonly charts = {
    add: (type: string, source: FakeRange, seriesBy: string) => {
      this.workbook.failIfAsked("charts.add");
      const chart = new FakeChart(type, source, seriesBy);
      this.chartList.push(chart);
      return chart;
    },
  };

  readonly freezePanes = { freezeRows: (rows: number) => (this.frozenRows = rows) };

  constructor(
    readonly workbook: FakeWorkbook,
    public name: string,
  ) {}

  getRange(address: string): FakeRange {
    let range = this.ranges.get(address);
    if (!range) this.ranges.set(address, (range = new FakeRange(this, address)));
    return range;
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

export function officeError(code: string, message: string): OfficeError & Error {
  return Object.assign(new Error(message), { code });
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[];
  readonly definedNames: { name: string }[];
  activeSheet: string | undefined;
  /** Cells written by each request, in order (one entry per context.sync). */
  readonly requests: number[] = [];
  cellsInRequest = 0;
  /** Sync numbers (1-based) that reject, and methods that throw, to play Office refusing something. */
  failingSyncs = new Set<number>();
  failingMethods = new Map<string, OfficeError>();
  syncError: OfficeError = officeError("GeneralException", "sync refused");

  constructor(sheetNames: string[] = ["Feuil1"], options: { tables?: string[]; definedNames?: string[] } = {}) {
    this.sheets = sheetNames.map((name) => new FakeSheet(this, name));
    (options.tables ?? []).forEach((name) => this.sheets[0].tableList.push(new FakeTable(this.sheets[0], name, "A1:B2", true)));
    this.definedNames = (options.definedNames ?? []).map((name) => ({ name }));
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet "${name}" (have ${this.sheetNames().join(", ")})`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  tableCount(): number {
    return this.sheets.reduce((n, s) => n + s.tableList.length, 0);
  }

  failIfAsked(method: string): void {
    const error = this.failingMethods.get(method);
    if (error) throw error;
  }

  /** A request context whose reads follow load/sync discipline and whose writes land in this workbook. */
  context(): Excel.RequestContext {
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          items: [],
          load: loadItems(() => this.sheets),
          add: (name: string) => {
            if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw officeError("ItemAlreadyExists", name);
            const sheet = new FakeSheet(this, name);
            this.sheets.push(sheet);
            return sheet;
          },
          getItem: (name: string) => this.sheet(name),
        },
        tables: { items: [], load: loadItems(() => this.sheets.flatMap((s) => s.tableList)) },
        names: { items: [], load: loadItems(() => this.definedNames) },
      },
    });
    const librarySync = mock.sync.bind(mock);
    mock.sync = async () => {
      this.requests.push(this.cellsInRequest);
      this.cellsInRequest = 0;
      if (this.failingSyncs.has(this.requests.length)) throw this.syncError;
      await librarySync();
    };
    return mock as unknown as Excel.RequestContext;
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
