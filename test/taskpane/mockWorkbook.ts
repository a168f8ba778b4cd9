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
 * Writes (worksheets.add, getRange, tables.add, formats) are things the mock
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
    private readonly sheet: FakeSheet,
    readonly address: string,
  ) {}

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

  private eachCell(grid: Grid, apply: (cell: FakeCell, input: unknown) => void): void {
    const area = parseRef(this.address);
    if (grid.length !== area.rows || grid.some((row) => row.length !== area.cols)) {
      throw officeError("InvalidArgument", `${grid.length}-row grid written to ${this.address}`);
    }
    this.sheet.workbook.cellsInRequest += area.rows * area.cols;
    grid.forEach((row, r) => row.forEach((input, c) => apply(this.sheet.cellAt(areaRef({ top: area.top + r, left: area.left + c, rows: 1, cols: 1 })), input)));
  }
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly ranges = new Map<string, FakeRange>();
  readonly tableList: { name: string; address: string; hasHeaders: boolean }[] = [];
  frozenRows: number | undefined;

  readonly tables = {
    add: (range: FakeRange, hasHeaders: boolean) => {
      this.workbook.failIfAsked("tables.add");
      const table = { name: `Table${this.workbook.tableCount() + 1}`, address: range.address, hasHeaders };
      this.tableList.push(table);
      return table;
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
    (options.tables ?? []).forEach((name) => this.sheets[0].tableList.push({ name, address: "A1:B2", hasHeaders: true }));
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
