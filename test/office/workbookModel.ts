import { quoteSheetName } from "../../src/workbook/formula";
import { type Area, overlaps, parseAddress, qualified } from "./addresses";
import { SheetCells } from "./cells";
import { writeValue } from "./cellRules";
import { type OfficeError, officeError } from "./errors";
import { Faults, Pauses } from "./faults";
import type { CellValue, ChartSnapshot, PageSnapshot, RequestRecord, SeriesSnapshot, SheetSpec, WorkbookStats } from "./types";

/**
 * One workbook in memory and Excel's rules for it: sheet, table and defined
 * names (unique ignoring case; tables and names share one namespace), tables
 * that cannot overlap, defined names that resolve when asked (a renamed sheet
 * is followed, a deleted one gives #REF!), structure protection. Office.js
 * reaches it through a RequestContext (requestContext.ts); tests and the
 * browser stub act on it as the user would (type, rename, select…).
 */

/** Excel on the web caps every request and every response at 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** A chart is kept as its snapshot shows it. */
export type ChartModel = ChartSnapshot;
export type SeriesModel = SeriesSnapshot;

/** Excel compares sheet, table and defined names without regard to case (the fake's own rule, not borrowed from the pane it checks). */
export const nameKey = (name: string): string => name.normalize("NFC").toLocaleLowerCase();

export class SheetModel {
  readonly cells = new SheetCells();
  readonly columnWidths = new Map<number, number>();
  /** Heights set through format.rowHeight, in points, by 0-based row. */
  readonly rowHeights = new Map<number, number>();
  readonly validations: { area: Area; rule: Record<string, unknown> }[] = [];
  readonly charts: ChartModel[] = [];
  frozenRows = 0;
  /** The page layout as set (orientation, zoom, margins, footer, print area and titles), and the cells before which a page starts. */
  page: PageSnapshot = {};
  pageBreaks: string[] = [];

  constructor(
    public name: string,
    readonly id: string,
  ) {}
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  area: Area;
  hasHeaders: boolean;
  style: string;
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
}

export interface ModelOptions {
  /** Check formulas' HISAB calls against the functions registered through CustomFunctions.associate (the browser page registers them). */
  checkCustomFunctions?: boolean;
  /** Told of every problem as it is found (the browser stub logs it as a console error). */
  onProblem?: (problem: string) => void;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  activeSheet: SheetModel | undefined;
  selection: { sheet: SheetModel; area: Area } | undefined;
  protectedStructure = false;
  readonly stats: WorkbookStats = { runs: 0, syncs: 0, failedSyncs: 0, sheetsAdded: 0, sheetsDeleted: 0, maxSheets: 0, pendingAtEndOfRun: 0 };
  /** Every sync, in order. */
  readonly requests: RequestRecord[] = [];
  readonly limits = { requestBytes: PAYLOAD_LIMIT_BYTES, responseBytes: PAYLOAD_LIMIT_BYTES };
  readonly faults = new Faults();
  readonly pauses = new Pauses();
  readonly problems: string[] = [];
  /** Ids registered through CustomFunctions.associate, when formulas are checked against them. */
  readonly customFunctions: Set<string> | undefined;
  /** Bumped at every change, so views can cache what they derive. */
  version = 0;
  private sheetIds = 0;
  private readonly onProblem: ((problem: string) => void) | undefined;

  constructor(sheetNames: readonly string[] = [], options: ModelOptions = {}) {
    this.customFunctions = options.checkCustomFunctions ? new Set() : undefined;
    this.onProblem = options.onProblem;
    this.load(sheetNames.map((name) => ({ name, blocks: [], tables: [] })));
  }

  problem(text: string): void {
    if (this.problems.includes(text)) return;
    this.problems.push(text);
    this.onProblem?.(text);
  }

  // ---- Sheets ------------------------------------------------------------------------

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((sheet) => nameKey(sheet.name) === nameKey(name));
  }

  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet "${name}" (the workbook has ${this.sheets.map((s) => s.name).join(", ")})`);
    return sheet;
  }

  /** Excel's rules for a sheet name (the UI and the API refuse the same names). */
  checkSheetName(name: string, except?: SheetModel): void {
    const where = "WorksheetCollection.add";
    if (typeof name !== "string" || name.length === 0 || name.length > 31) throw officeError("InvalidArgument", `The sheet name "${name}" must be 1 to 31 characters long.`, where);
    if (/[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) throw officeError("InvalidArgument", `The sheet name "${name}" contains a character Excel does not allow.`, where);
    if (nameKey(name) === "history") throw officeError("InvalidArgument", 'The sheet name "History" is reserved by Excel.', where);
    const other = this.findSheet(name);
    if (other && other !== except) throw officeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`, where);
  }

  addSheet(name: string): SheetModel {
    this.checkSheetName(name);
    const sheet = new SheetModel(name, `{sheet-${++this.sheetIds}}`);
    this.sheets.push(sheet);
    this.stats.sheetsAdded++;
    this.stats.maxSheets = Math.max(this.stats.maxSheets, this.sheets.length);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    const where = "Worksheet.delete";
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw officeError("ItemNotFound", `The sheet "${sheet.name}" no longer exists.`, where);
    if (this.sheets.length === 1) throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", where);
    this.sheets.splice(index, 1);
    this.tables = this.tables.filter((table) => table.sheet !== sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, index - 1)];
    if (this.selection?.sheet === sheet) this.selection = undefined;
    this.stats.sheetsDeleted++;
  }

  /** Excel follows a renamed sheet in every formula and defined name that refers to it. */
  renameSheet(sheet: SheetModel, name: string): void {
    this.checkSheetName(name, sheet);
    const [before, after] = [`${quoteSheetName(sheet.name)}!`, `${quoteSheetName(name)}!`];
    const rewrite = (formula: string) => formula.split(before).join(after);
    for (const other of this.sheets) {
      for (const { row, col } of other.cells.occupied()) {
        const formula = other.cells.formula(row, col);
        if (formula !== undefined) other.cells.setFormula(row, col, rewrite(formula));
      }
    }
    for (const item of this.names) item.formula = rewrite(item.formula);
    sheet.name = name;
  }

  refuseIfProtected(where: string): void {
    if (this.protectedStructure) throw officeError("AccessDenied", "You cannot perform the requested operation.", where);
  }

  // ---- Tables and defined names -------------------------------------------------------------

  findTable(name: string): TableModel | undefined {
    return this.tables.find((table) => nameKey(table.name) === nameKey(name));
  }

  findName(name: string): NameModel | undefined {
    return this.names.find((item) => nameKey(item.name) === nameKey(name));
  }

  /** Table names and defined names share one namespace; Excel refuses names that read as a cell reference. */
  checkTableName(name: string, except?: TableModel | NameModel): void {
    const where = "Table.name";
    if (typeof name !== "string" || name.length === 0 || name.length > 255) throw officeError("InvalidArgument", `The name "${name}" must be 1 to 255 characters long.`, where);
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^([A-Za-z]{1,3}[0-9]+|[RrCc]|[Rr][0-9]*[Cc][0-9]*)$/.test(name)) {
      throw officeError("InvalidArgument", `"${name}" is not a valid table or defined name.`, where);
    }
    const clash = [this.findTable(name), this.findName(name)].some((found) => found !== undefined && found !== except);
    if (clash) throw officeError("InvalidArgument", `A table or defined name "${name}" already exists.`, where);
  }

  private defaultTableName(): string {
    for (let n = 1; ; n++) if (!this.findTable(`Table${n}`) && !this.findName(`Table${n}`)) return `Table${n}`;
  }

  /**
   * tables.add: a table over `area`, which may not overlap another. With
   * headers, Excel makes the header row text, unique ("Column1" for a blank
   * one, "Code2" for a second "Code"), and gives a header row alone one
   * blank data row.
   */
  addTable(sheet: SheetModel, area: Area, hasHeaders: boolean): TableModel {
    const where = "TableCollection.add";
    if (area.rows === 1_048_576 || area.cols === 16_384) throw officeError("InvalidArgument", "A table cannot span whole rows or columns.", where);
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.area, area))) throw officeError("InvalidOperation", "A table can't overlap another table.", where);
    if (!hasHeaders) this.problem(`${qualified(sheet.name, area)}: tables.add without headers (Excel inserts a header row) is not modelled`);
    const tableArea = hasHeaders && area.rows === 1 ? { ...area, rows: 2 } : area;
    if (hasHeaders) {
      const seen = new Set<string>();
      for (let c = 0; c < tableArea.cols; c++) {
        const [row, col] = [tableArea.top, tableArea.left + c];
        let header = sheet.cells.formula(row, col) !== undefined ? "" : String(sheet.cells.value(row, col));
        if (header === "") header = `Column${c + 1}`;
        const base = header;
        for (let n = 2; seen.has(nameKey(header)); n++) header = `${base}${n}`;
        seen.add(nameKey(header));
        sheet.cells.setValue(row, col, header);
      }
    }
    const table: TableModel = { name: this.defaultTableName(), sheet, area: tableArea, hasHeaders, style: "TableStyleMedium2" };
    this.tables.push(table);
    return table;
  }

  addName(name: string, formula: string, comment: string): NameModel {
    this.checkTableName(name);
    const item = { name, formula: formula.startsWith("=") ? formula : `=${formula}`, comment };
    this.names.push(item);
    return item;
  }

  /**
   * The cells a defined name's formula designates now: "='My sheet'!$A$1:$B$9",
   * "=tTable" (its body), "=tTable[#All]", "=tTable[Column]" (a column's body,
   * with ' escaping [ ] # '), or another name; undefined for #REF!.
   */
  resolveReference(formula: string, depth = 0): { sheet: SheetModel; area: Area } | undefined {
    const text = formula.trim().replace(/^=/, "");
    const address = /^(?:'((?:[^']|'')+)'|([^'![\]]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(text);
    if (address) {
      const sheet = this.findSheet((address[1] ?? address[2]).replace(/''/g, "'"));
      return sheet && { sheet, area: parseAddress(address[3]) };
    }
    const structured = /^([^[\]]+)(?:\[(.+)\])?$/.exec(text);
    if (!structured) return undefined;
    const table = this.findTable(structured[1]);
    if (!table) {
      const other = this.findName(structured[1]);
      return other && structured[2] === undefined && depth < 5 ? this.resolveReference(other.formula, depth + 1) : undefined;
    }
    const body = { ...table.area, top: table.area.top + 1, rows: table.area.rows - 1 };
    if (structured[2] === undefined) return { sheet: table.sheet, area: body };
    if (structured[2] === "#All") return { sheet: table.sheet, area: table.area };
    const wanted = nameKey(structured[2].replace(/'(.)/g, "$1"));
    const column = this.headers(table).findIndex((header) => nameKey(header) === wanted);
    return column < 0 ? undefined : { sheet: table.sheet, area: { ...body, left: body.left + column, cols: 1 } };
  }

  headers(table: TableModel): string[] {
    if (!table.hasHeaders) return [];
    return Array.from({ length: table.area.cols }, (_, c) => String(table.sheet.cells.value(table.area.top, table.area.left + c)));
  }

  // ---- What the user does -------------------------------------------------------------------

  /** Replaces the whole workbook with these sheets (names, selection and counts cleared), the first one active. */
  load(specs: readonly SheetSpec[]): void {
    this.sheets = [];
    this.tables = [];
    this.names = [];
    this.selection = undefined;
    for (const spec of specs) {
      const sheet = this.addSheet(spec.name);
      for (const block of spec.blocks) {
        const { top, left } = parseAddress(block.at);
        block.rows.forEach((row, r) => row.forEach((value, c) => value !== null && sheet.cells.setValue(top + r, left + c, value)));
      }
      for (const table of spec.tables) this.addOwnTable(spec.name, table.name, table.address);
    }
    this.stats.sheetsAdded = 0;
    this.stats.maxSheets = this.sheets.length;
    this.activeSheet = this.sheets[0];
    this.version++;
  }

  /** Types into cells from `at`, as in Excel's grid (a leading = makes a formula); null skips a cell. */
  type(sheetName: string, at: string, rows: readonly (readonly (CellValue | null | undefined)[])[]): void {
    const sheet = this.sheet(sheetName);
    const { top, left } = parseAddress(at);
    rows.forEach((row, r) => row.forEach((value, c) => value !== null && value !== undefined && writeValue(this, sheet, top + r, left + c, value)));
    this.version++;
  }

  /** Makes the user's own table over cells already there (their headers kept as typed). */
  addOwnTable(sheetName: string, name: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const area = parseAddress(address);
    this.checkTableName(name);
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.area, area))) throw new Error(`Table ${name} (${address}) overlaps another table`);
    this.tables.push({ name, sheet, area, hasHeaders: true, style: "TableStyleMedium2" });
    this.version++;
  }

  /** The user grows or shrinks a table (header row included). */
  resizeTable(name: string, address: string): void {
    const table = this.findTable(name);
    if (!table) throw new Error(`No table ${name}`);
    table.area = parseAddress(address);
    this.version++;
  }

  /** The user renames a sheet's tab. */
  renameTab(name: string, newName: string): void {
    this.renameSheet(this.sheet(name), newName);
    this.version++;
  }

  /** The user adds a chart of their own. */
  addOwnChart(sheetName: string, type: string, address: string, name: string): void {
    const sheet = this.sheet(sheetName);
    const source = qualified(sheet.name, parseAddress(address));
    sheet.charts.push({ name, type, source, seriesBy: "Auto", title: "", series: [{ name: "", values: source }] });
    this.version++;
  }

  activate(sheetName: string): void {
    this.activeSheet = this.sheet(sheetName);
    this.version++;
  }

  /** The user selects cells; their sheet becomes the active one. */
  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    this.activeSheet = sheet;
    this.selection = { sheet, area: parseAddress(address) };
    this.version++;
  }

  /** The nth sync from now rejects with `error`, without running any of its commands. */
  failSync(at: number, error: OfficeError): void {
    this.faults.failSync(this.stats.syncs + at, error);
  }

  /** The nth sync from now waits until `pauses.resume()`. */
  pauseAtSync(at: number): void {
    this.pauses.holdAt(this.stats.syncs + at);
  }
}
