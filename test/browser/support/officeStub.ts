/**
 * A stand-in for office.js in a plain browser page, so the BUILT task pane
 * (dist/taskpane.html, dist/functions.js, dist/taskpane.js) runs in chromium
 * without Excel or Microsoft's CDN. The test server compiles this file with
 * TypeScript's transpileModule and serves it in place of office.js.
 *
 * It defines:
 * - `Office`: onReady (host Excel), context.displayLanguage from the query
 *   string (?displayLanguage=en-US), officeTheme (?theme=dark),
 *   context.requirements.isSetSupported (always true);
 * - `CustomFunctions`: associate (records the ids functions.js registers),
 *   Error and ErrorCode;
 * - `OfficeExtension.Error` and `Excel.run` on an in-memory workbook.
 *
 * The workbook follows Office's request model closely enough to catch the
 * mistakes that matter: commands are queued and run in order at
 * `context.sync()`; a failing command rejects the sync with an Office-style
 * error (code, message, debugInfo) and drops the rest of the request; loaded
 * properties are readable only after `load` and `sync` (PropertyNotLoaded
 * otherwise); a string written through `values` that starts with = + - or @
 * becomes a formula unless the cell's number format is Text ("@"), and a
 * number-like string becomes a number; `null` in a written grid leaves the
 * cell alone; a grid of the wrong size is refused; sheet and table names
 * follow Excel's rules (unique ignoring case, allowed characters, length,
 * tables and defined names sharing one namespace); tables cannot overlap;
 * headers are made unique; column widths, fonts, fills, data validation rules
 * (a typed list source holds at most 255 characters), frozen rows and charts
 * are recorded.
 *
 * Defined names keep what they refer to (an address, a table's structured
 * reference, another name) and resolve it when asked, as Excel does: a
 * renamed sheet is followed, a deleted one gives #REF! (a null range). The
 * selection is kept (getSelectedRange, Range.select) and shown in snapshots.
 *
 * Only the members the pane uses (taskpane/office/*) and a few close
 * neighbours exist. Any other member throws
 * "Office stub: X.y is not implemented" and is listed in the snapshot's
 * problems, so a writer change shows up here instead of passing unnoticed.
 * Charts and the page layout are the exception: their parts accept any
 * property or method and record them, since their exact surface is still
 * being written.
 *
 * The state and a few controls (failures, protection, pausing) are on
 * `window.hisabStub` (see stubTypes.ts).
 */
import type { CellSnapshot, CellValue, ChartSnapshot, HisabStub, SheetSnapshot, StubStats, SyncFailure, ValidationSnapshot, WorkbookSnapshot } from "./stubTypes";

// ---- A1 addresses ------------------------------------------------------------

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** Writes larger than this are not modelled cell by cell. */
const MAX_MODELLED_CELLS = 200_000;

interface Area {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function cellKey(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B3", "B3:D9", "A:C" (whole columns), "2:4" (whole rows), with or without $. */
function parseAddress(address: string): Area {
  const text = address.replace(/\$/g, "").trim();
  const cells = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(text);
  if (cells) {
    const [, c1, r1, c2 = c1, r2 = r1] = cells;
    const [top, bottom] = [Number(r1) - 1, Number(r2) - 1].sort((a, b) => a - b);
    const [left, right] = [columnIndex(c1), columnIndex(c2)].sort((a, b) => a - b);
    if (top < 0 || bottom >= MAX_ROWS || right >= MAX_COLS) throw officeError("InvalidArgument", `The address "${address}" is outside the sheet.`, "Worksheet.getRange");
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (columns) {
    const [left, right] = [columnIndex(columns[1]), columnIndex(columns[2])].sort((a, b) => a - b);
    if (right >= MAX_COLS) throw officeError("InvalidArgument", `The address "${address}" is outside the sheet.`, "Worksheet.getRange");
    return { top: 0, left, rows: MAX_ROWS, cols: right - left + 1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) {
    const [top, bottom] = [Number(rows[1]) - 1, Number(rows[2]) - 1].sort((a, b) => a - b);
    if (top < 0 || bottom >= MAX_ROWS) throw officeError("InvalidArgument", `The address "${address}" is outside the sheet.`, "Worksheet.getRange");
    return { top, left: 0, rows: bottom - top + 1, cols: MAX_COLS };
  }
  throw officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (address "${address}")`, "Worksheet.getRange");
}

function addressOf(area: Area): string {
  if (area.rows === MAX_ROWS) return `${columnLetters(area.left)}:${columnLetters(area.left + area.cols - 1)}`;
  if (area.cols === MAX_COLS) return `${area.top + 1}:${area.top + area.rows}`;
  const first = cellKey(area.top, area.left);
  return area.rows === 1 && area.cols === 1 ? first : `${first}:${cellKey(area.top + area.rows - 1, area.left + area.cols - 1)}`;
}

function overlaps(a: Area, b: Area): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
}

/** A sheet name as Excel writes it before "!": quoted unless it is a plain identifier. */
function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ---- Office errors --------------------------------------------------------------

/** Shaped like OfficeExtension.Error: name "RichApi.Error", code, message, debugInfo. */
class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError = null;

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

function officeError(code: string, message: string, errorLocation?: string): OfficeError {
  return new OfficeError(code, message, errorLocation);
}

const notLoaded = (property: string) =>
  officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

// ---- The in-memory workbook ----------------------------------------------------

interface Cell {
  value: CellValue;
  formula?: string;
  numberFormat: string;
  font: Record<string, unknown>;
  fill: Record<string, unknown>;
}

class SheetModel {
  readonly cells = new Map<string, Cell>();
  readonly columnWidths = new Map<number, number>();
  readonly validations: ValidationSnapshot[] = [];
  readonly charts: ChartSnapshot[] = [];
  /** Page layout properties and calls, recorded as chart parts are (one record per proxy the pane took). */
  readonly pageLayout: Record<string, unknown>[] = [];
  frozenRows = 0;
  readonly id = `{stub-sheet-${++sheetIds}}`;

  constructor(public name: string) {}

  cell(row: number, col: number): Cell {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { value: "", numberFormat: "General", font: {}, fill: {} }));
    return cell;
  }

  peek(row: number, col: number): Cell | undefined {
    return this.cells.get(cellKey(row, col));
  }
}
let sheetIds = 0;

interface TableModel {
  name: string;
  sheet: SheetModel;
  area: Area;
  hasHeaders: boolean;
  style: string;
}

interface NameModel {
  name: string;
  formula: string;
  comment: string;
}

const workbook = {
  sheets: [] as SheetModel[],
  tables: [] as TableModel[],
  names: [] as NameModel[],
  activeSheet: undefined as SheetModel | undefined,
  selection: undefined as { sheet: SheetModel; area: Area } | undefined,
  protectedStructure: false,
  failDeletes: undefined as string | undefined,
};

const stats: StubStats = { runs: 0, syncs: 0, failedSyncs: 0, sheetsAdded: 0, sheetsDeleted: 0, maxSheets: 0, pendingAtEndOfRun: 0 };
const customFunctions = new Set<string>();
const problems: string[] = [];

function problem(text: string): void {
  if (!problems.includes(text)) problems.push(text);
  console.error(`[office stub] ${text}`);
}

const nameKey = (name: string) => name.normalize("NFC").toLocaleLowerCase();

function findSheet(name: string): SheetModel | undefined {
  return workbook.sheets.find((sheet) => nameKey(sheet.name) === nameKey(name));
}

/** Excel's rules for a sheet name (the UI and the API refuse the same names). */
function checkSheetName(name: string, except?: SheetModel): void {
  const where = "WorksheetCollection.add";
  if (typeof name !== "string" || name.length === 0 || name.length > 31) throw officeError("InvalidArgument", `The sheet name "${name}" must be 1 to 31 characters long.`, where);
  if (/[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) throw officeError("InvalidArgument", `The sheet name "${name}" contains a character Excel does not allow.`, where);
  if (nameKey(name) === "history") throw officeError("InvalidArgument", 'The sheet name "History" is reserved by Excel.', where);
  const other = findSheet(name);
  if (other && other !== except) throw officeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`, where);
}

/** Table names and defined names share one namespace; Excel refuses names that read as a cell reference. */
function checkTableName(name: string, except?: TableModel): void {
  const where = "Table.name";
  if (typeof name !== "string" || name.length === 0 || name.length > 255) throw officeError("InvalidArgument", `The table name "${name}" must be 1 to 255 characters long.`, where);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^([A-Za-z]{1,3}[0-9]+|[RrCc]|[Rr][0-9]*[Cc][0-9]*)$/.test(name)) {
    throw officeError("InvalidArgument", `"${name}" is not a valid table name.`, where);
  }
  const clash = workbook.tables.some((t) => t !== except && nameKey(t.name) === nameKey(name)) || workbook.names.some((n) => nameKey(n.name) === nameKey(name));
  if (clash) throw officeError("InvalidArgument", `A table or defined name "${name}" already exists.`, where);
}

function defaultTableName(): string {
  for (let n = 1; ; n++) {
    const name = `Table${n}`;
    if (!workbook.tables.some((t) => nameKey(t.name) === nameKey(name)) && !workbook.names.some((d) => nameKey(d.name) === nameKey(name))) return name;
  }
}

function addSheetModel(name: string): SheetModel {
  const sheet = new SheetModel(name);
  workbook.sheets.push(sheet);
  stats.sheetsAdded++;
  stats.maxSheets = Math.max(stats.maxSheets, workbook.sheets.length);
  return sheet;
}

// ---- What Excel does with a written value -----------------------------------------

const FORMULA_START = /^[=+\-@]/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function checkScalar(value: unknown, where: string): void {
  if (typeof value === "number" && !Number.isFinite(value)) throw officeError("InvalidArgument", `A non-finite number (${value}) cannot be written to a cell.`, where);
  if (typeof value === "string" && value.length > 32_767) throw officeError("InvalidArgument", "A cell holds at most 32,767 characters.", where);
  if (value !== null && value !== undefined && !["string", "number", "boolean"].includes(typeof value)) {
    throw officeError("InvalidArgument", `Cannot write a ${typeof value} to a cell.`, where);
  }
}

/** `range.values = …`: Excel reads a string the way it reads typing, except in a Text cell. */
function writeValue(sheet: SheetModel, cell: Cell, value: CellValue, at: string): void {
  delete cell.formula;
  if (typeof value !== "string" || cell.numberFormat === "@") {
    cell.value = value;
    return;
  }
  if (value.length > 1 && FORMULA_START.test(value)) {
    if (NUMBER_TEXT.test(value)) {
      cell.value = Number(value);
      return;
    }
    setFormula(sheet, cell, value.startsWith("=") ? value : `=${value}`, at);
    return;
  }
  cell.value = NUMBER_TEXT.test(value.trim()) ? Number(value) : value;
}

/** `range.formulas = …`: a formula, except in a Text cell where Excel keeps it as text. */
function writeFormula(sheet: SheetModel, cell: Cell, input: CellValue, at: string): void {
  if (typeof input === "string" && input.startsWith("=") && input.length > 1 && cell.numberFormat !== "@") {
    delete cell.formula;
    setFormula(sheet, cell, input, at);
  } else {
    writeValue(sheet, cell, input, at);
  }
}

function setFormula(sheet: SheetModel, cell: Cell, formula: string, at: string): void {
  const where = `${sheet.name}!${at}`;
  if (formula.length > 8192) throw officeError("InvalidArgument", `The formula in ${where} is longer than 8,192 characters.`, "Range.formulas");
  const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (/"/.test(outsideStrings.replace(/""/g, ""))) throw officeError("InvalidArgument", `The formula in ${where} has an unclosed string: ${formula}`, "Range.formulas");
  let depth = 0;
  for (const ch of outsideStrings.replace(/'(?:[^']|'')*'/g, "''")) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    if (depth < 0) break;
  }
  if (depth !== 0) throw officeError("InvalidArgument", `The formula in ${where} has unbalanced parentheses: ${formula}`, "Range.formulas");

  // Not refused by Excel, but shown as errors in the cell: report them.
  for (const match of outsideStrings.matchAll(/'((?:[^']|'')+)'!|(?<![\w.'])([A-Za-z_][A-Za-z0-9_.]*)!/g)) {
    const name = (match[1] ?? match[2]).replace(/''/g, "'");
    if (!findSheet(name)) problem(`${where}: ${formula} refers to sheet "${name}", which does not exist (#REF!)`);
  }
  for (const match of outsideStrings.matchAll(/\bHISAB\.([A-Za-z0-9_.]+)\s*\(/g)) {
    if (!customFunctions.has(match[1].toUpperCase())) problem(`${where}: ${formula} calls HISAB.${match[1]}, which functions.js did not register (#NAME?)`);
  }
  cell.value = "";
  cell.formula = formula;
}

// ---- Renaming, and what a defined name refers to ----------------------------------------

/** Excel follows a renamed sheet in every formula and defined name that refers to it. */
function renameSheet(sheet: SheetModel, name: string): void {
  const before = `${sheetPrefix(sheet.name)}!`;
  const after = `${sheetPrefix(name)}!`;
  const rewrite = (formula: string) => formula.split(before).join(after);
  for (const other of workbook.sheets) for (const cell of other.cells.values()) if (cell.formula !== undefined) cell.formula = rewrite(cell.formula);
  for (const item of workbook.names) item.formula = rewrite(item.formula);
  sheet.name = name;
}

/**
 * The cells a defined name's formula designates now: "='My sheet'!$A$1:$B$9",
 * "=tTable" (its body), "=tTable[#All]", "=tTable[Column]" (a column's body,
 * with ' escaping [ ] # '), or another name; undefined for #REF!.
 */
function resolveReference(formula: string, depth = 0): { sheet: SheetModel; area: Area } | undefined {
  const text = formula.trim().replace(/^=/, "");
  const address = /^(?:'((?:[^']|'')+)'|([^'![\]]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(text);
  if (address) {
    const sheet = findSheet((address[1] ?? address[2]).replace(/''/g, "'"));
    return sheet && { sheet, area: parseAddress(address[3]) };
  }
  const structured = /^([^[\]]+)(?:\[(.+)\])?$/.exec(text);
  if (!structured) return undefined;
  const table = workbook.tables.find((t) => nameKey(t.name) === nameKey(structured[1]));
  if (!table) {
    const other = workbook.names.find((n) => nameKey(n.name) === nameKey(structured[1]));
    return other && structured[2] === undefined && depth < 5 ? resolveReference(other.formula, depth + 1) : undefined;
  }
  const body = { ...table.area, top: table.area.top + 1, rows: table.area.rows - 1 };
  if (structured[2] === undefined) return { sheet: table.sheet, area: body };
  if (structured[2] === "#All") return { sheet: table.sheet, area: table.area };
  const wanted = structured[2].replace(/'(.)/g, "$1");
  const column = Array.from({ length: table.area.cols }, (_, c) => String(table.sheet.peek(table.area.top, table.area.left + c)?.value ?? "")).findIndex((h) => nameKey(h) === nameKey(wanted));
  return column < 0 ? undefined : { sheet: table.sheet, area: { ...body, left: body.left + column, cols: 1 } };
}

// ---- The request context -----------------------------------------------------------

interface Command {
  where: string;
  run: () => void;
}

let syncFailure: (SyncFailure & { remaining: number }) | undefined;
let pause: { remaining: number } | undefined;
let release: (() => void) | undefined;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

class RequestContext {
  private queue: Command[] = [];
  readonly workbook: Workbook;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor() {
    this.workbook = new Workbook(this);
  }

  enqueue(where: string, run: () => void): void {
    this.queue.push({ where, run });
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Sends the queued commands: they run in order; the first failure rejects the sync and drops the rest. */
  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const commands = this.queue;
    this.queue = [];
    stats.syncs++;
    await nextTask(); // a round trip: the page renders between requests, as with Excel
    if (pause && --pause.remaining === 0) {
      pause = undefined;
      await new Promise<void>((resolve) => (release = resolve));
      release = undefined;
    }
    if (syncFailure && --syncFailure.remaining === 0) {
      const { code, message } = syncFailure;
      syncFailure = undefined;
      stats.failedSyncs++;
      throw officeError(code, message, "RequestContext.sync");
    }
    for (const command of commands) {
      try {
        command.run();
      } catch (error) {
        stats.failedSyncs++;
        if (error instanceof OfficeError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        problem(`${command.where}: ${message}`);
        throw officeError("GeneralException", message, command.where);
      }
    }
    return passThroughValue;
  }
}

// ---- Proxy objects -----------------------------------------------------------------

/** Members Office's proxies answer without having them (awaiting a proxy reads `then`). */
const QUIET_MEMBERS = new Set(["then", "toJSON", "constructor", "$$typeof", "nodeType", "asymmetricMatch"]);

/** Reading or writing a member the stub lacks throws, and is listed among the problems. */
function strict<T extends object>(target: T, typeName: string): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === "symbol" || property in object) return Reflect.get(object, property, receiver);
      if (QUIET_MEMBERS.has(property)) return undefined;
      const message = `Office stub: ${typeName}.${property} is not implemented (test/browser/support/officeStub.ts)`;
      problem(message);
      throw new TypeError(message);
    },
    set(object, property, value, receiver) {
      if (typeof property === "symbol" || property in object) return Reflect.set(object, property, value, receiver);
      const message = `Office stub: setting ${typeName}.${String(property)} is not implemented (test/browser/support/officeStub.ts)`;
      problem(message);
      throw new TypeError(message);
    },
  });
}

type LoadOption = string | string[] | { select?: string | string[] } | undefined;

function loadList(option: LoadOption): string[] {
  const raw = option === undefined ? [] : typeof option === "string" ? [option] : Array.isArray(option) ? option : option.select === undefined ? [] : [option.select].flat();
  return raw.flatMap((part) => part.split(",")).map((part) => part.trim()).filter((part) => part !== "");
}

abstract class ClientObject {
  protected readonly loadedProperties = new Map<string, unknown>();

  constructor(
    readonly context: RequestContext,
    protected readonly typeName: string,
  ) {
    return strict(this, typeName);
  }

  /** Scalar properties loaded by `load()` with no argument. */
  protected abstract readonly scalarProperties: string[];

  /** The property's current value in the workbook (runs inside a command). */
  protected abstract read(property: string): unknown;

  load(option?: LoadOption): this {
    const properties = loadList(option);
    this.context.enqueue(`${this.typeName}.load`, () => this.loadNow(properties.length > 0 ? properties : this.scalarProperties));
    return this;
  }

  loadNow(properties: string[]): void {
    for (const property of properties) {
      if (!this.scalarProperties.includes(property)) throw officeError("InvalidArgument", `Cannot load "${property}" on ${this.typeName} (not modelled by the stub).`, `${this.typeName}.load`);
      this.loadedProperties.set(property, this.read(property));
    }
  }

  protected loaded<T>(property: string): T {
    if (!this.loadedProperties.has(property)) throw notLoaded(property);
    return this.loadedProperties.get(property) as T;
  }

  /** What a get…OrNullObject call found, known after the sync. */
  setNull(isNull: boolean): void {
    this.loadedProperties.set("isNullObject", isNull);
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedProperties);
  }
}

/** A collection: `load("items/name")` (or "items") gives `items`, each with those properties loaded. */
abstract class Collection<Item extends ClientObject, Model> extends ClientObject {
  private loadedItems: Item[] | undefined;
  protected readonly scalarProperties: string[] = [];

  protected abstract models(): Model[];
  protected abstract itemFor(model: Model): Item;
  protected abstract itemProperties: string[];

  override load(option?: LoadOption): this {
    const properties = loadList(option);
    const itemProperties = properties.map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice("items/".length) : undefined));
    if (properties.length > 0 && itemProperties.some((p) => p === undefined)) {
      throw officeError("InvalidArgument", `A collection loads "items" or "items/<property>", not "${properties.join(",")}" (stub).`, `${this.typeName}.load`);
    }
    const wanted = itemProperties.filter((p): p is string => p !== undefined && p !== "");
    this.context.enqueue(`${this.typeName}.load`, () => {
      this.loadedItems = this.models().map((model) => {
        const item = this.itemFor(model);
        item.loadNow(wanted.length > 0 ? wanted : this.itemProperties);
        return item;
      });
    });
    return this;
  }

  get items(): Item[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  protected read(property: string): unknown {
    throw officeError("InvalidArgument", `Cannot load "${property}" on ${this.typeName}.`);
  }

  getCount(): { value: number } {
    const result = { value: undefined as unknown as number };
    this.context.enqueue(`${this.typeName}.getCount`, () => (result.value = this.models().length));
    return result;
  }
}

/** Resolves a proxy's model when a command runs, once. */
function lazy<T>(resolve: () => T): () => T {
  let resolved = false;
  let value: T;
  return () => {
    if (!resolved) {
      value = resolve();
      resolved = true;
    }
    return value;
  };
}

class Workbook extends ClientObject {
  protected readonly scalarProperties = ["name"];
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly application: Application;

  constructor(context: RequestContext) {
    super(context, "Workbook");
    this.worksheets = new WorksheetCollection(context);
    this.tables = new TableCollection(context, undefined);
    this.names = new NamedItemCollection(context);
    this.application = new Application(context);
  }

  protected read(property: string): unknown {
    if (property === "name") return "Classeur1.xlsx";
    return undefined;
  }

  getSelectedRange(): Range {
    const selected = () => workbook.selection ?? { sheet: workbook.activeSheet ?? workbook.sheets[0], area: parseAddress("A1") };
    return new Range(this.context, () => selected().sheet, () => selected().area);
  }

  get name(): string {
    return this.loaded("name");
  }
}

class Application extends ClientObject {
  protected readonly scalarProperties = ["calculationMode"];

  constructor(context: RequestContext) {
    super(context, "Application");
  }

  protected read(): unknown {
    return "Automatic";
  }

  calculate(): void {
    this.context.enqueue("Application.calculate", () => undefined);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue("Application.suspendApiCalculationUntilNextSync", () => undefined);
  }
}

class WorksheetCollection extends Collection<Worksheet, SheetModel> {
  protected readonly itemProperties = ["name", "position", "id", "visibility"];

  constructor(context: RequestContext) {
    super(context, "WorksheetCollection");
  }

  protected models(): SheetModel[] {
    return workbook.sheets;
  }

  protected itemFor(model: SheetModel): Worksheet {
    return new Worksheet(this.context, () => model);
  }

  add(name?: string): Worksheet {
    let model: SheetModel | undefined;
    this.context.enqueue("WorksheetCollection.add", () => {
      if (workbook.protectedStructure) throw officeError("AccessDenied", "You cannot perform the requested operation.", "WorksheetCollection.add");
      let wanted = name;
      if (wanted === undefined) for (let n = workbook.sheets.length + 1; wanted === undefined || findSheet(wanted); n++) wanted = `Sheet${n}`;
      checkSheetName(wanted);
      model = addSheetModel(wanted);
    });
    return new Worksheet(this.context, () => {
      if (!model) throw officeError("InvalidOperation", "The sheet was not added.", "Worksheet");
      return model;
    });
  }

  getItem(key: string): Worksheet {
    return new Worksheet(
      this.context,
      lazy(() => findSheet(key) ?? workbook.sheets.find((s) => s.id === key) ?? throwError(officeError("ItemNotFound", `The requested resource doesn't exist. (sheet "${key}")`, "WorksheetCollection.getItem"))),
    );
  }

  getItemOrNullObject(key: string): Worksheet {
    const found = lazy(() => findSheet(key) ?? workbook.sheets.find((s) => s.id === key));
    const sheet = new Worksheet(this.context, () => found() ?? throwError(officeError("InvalidObjectPath", `The sheet "${key}" is a null object.`, "Worksheet")));
    this.context.enqueue("WorksheetCollection.getItemOrNullObject", () => sheet.setNull(found() === undefined));
    return sheet;
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, lazy(() => workbook.activeSheet ?? workbook.sheets[0]));
  }
}

function throwError(error: Error): never {
  throw error;
}

class Worksheet extends ClientObject {
  protected readonly scalarProperties = ["name", "position", "id", "visibility"];
  private tableCollection: TableCollection | undefined;
  private chartCollection: ChartCollection | undefined;
  private panes: FreezePanes | undefined;

  constructor(
    context: RequestContext,
    readonly model: () => SheetModel,
  ) {
    super(context, "Worksheet");
  }

  protected read(property: string): unknown {
    const sheet = this.model();
    switch (property) {
      case "name":
        return sheet.name;
      case "position":
        return workbook.sheets.indexOf(sheet);
      case "id":
        return sheet.id;
      case "visibility":
        return "Visible";
    }
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.context.enqueue("Worksheet.name", () => {
      if (workbook.protectedStructure) throw officeError("AccessDenied", "You cannot perform the requested operation.", "Worksheet.name");
      const sheet = this.model();
      checkSheetName(name, sheet);
      renameSheet(sheet, name);
    });
  }

  get position(): number {
    return this.loaded("position");
  }

  get id(): string {
    return this.loaded("id");
  }

  get visibility(): string {
    return this.loaded("visibility");
  }

  get tables(): TableCollection {
    return (this.tableCollection ??= new TableCollection(this.context, this.model));
  }

  get charts(): ChartCollection {
    return (this.chartCollection ??= new ChartCollection(this.context, this.model));
  }

  get freezePanes(): FreezePanes {
    return (this.panes ??= new FreezePanes(this.context, this.model));
  }

  get pageLayout(): unknown {
    return this.recorded("");
  }

  get horizontalPageBreaks(): unknown {
    return this.recorded("horizontalPageBreaks");
  }

  /** A recorder whose record joins the sheet's when the request runs (the sheet may not exist before). */
  private recorded(path: string): unknown {
    const settings: Record<string, unknown> = {};
    this.context.enqueue(`Worksheet.${path || "pageLayout"}`, () => this.model().pageLayout.push(settings));
    return recorder(settings, path);
  }

  getRange(address?: string): Range {
    if (address !== undefined && address.includes("!")) {
      const [sheetPart, ref] = [address.slice(0, address.lastIndexOf("!")), address.slice(address.lastIndexOf("!") + 1)];
      const sheetName = sheetPart.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      return new Range(this.context, this.model, () => {
        if (nameKey(sheetName) !== nameKey(this.model().name)) throw officeError("InvalidArgument", `Worksheet.getRange("${address}") names another sheet.`, "Worksheet.getRange");
        return parseAddress(ref);
      });
    }
    return new Range(this.context, this.model, () => (address === undefined ? { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseAddress(address)));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, this.model, () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS) {
        throw officeError("InvalidArgument", `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet.`, "Worksheet.getRangeByIndexes");
      }
      return { top: startRow, left: startColumn, rows: rowCount, cols: columnCount };
    });
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The block from the first to the last cell holding something; a null object on an empty sheet. */
  getUsedRangeOrNullObject(): Range {
    const used = lazy(() => {
      const keys = [...this.model().cells.entries()].filter(([, cell]) => cell.formula !== undefined || cell.value !== "").map(([key]) => parseAddress(key));
      if (keys.length === 0) return undefined;
      const top = Math.min(...keys.map((a) => a.top));
      const left = Math.min(...keys.map((a) => a.left));
      return { top, left, rows: Math.max(...keys.map((a) => a.top)) - top + 1, cols: Math.max(...keys.map((a) => a.left)) - left + 1 };
    });
    const range = new Range(this.context, this.model, () => used() ?? throwError(officeError("InvalidObjectPath", "The used range is a null object.", "Range")));
    this.context.enqueue("Worksheet.getUsedRangeOrNullObject", () => range.setNull(used() === undefined));
    return range;
  }

  activate(): void {
    this.context.enqueue("Worksheet.activate", () => (workbook.activeSheet = this.model()));
  }

  delete(): void {
    this.context.enqueue("Worksheet.delete", () => {
      const sheet = this.model();
      if (workbook.protectedStructure) throw officeError("AccessDenied", "You cannot perform the requested operation.", "Worksheet.delete");
      if (workbook.failDeletes) throw officeError(workbook.failDeletes, "The sheet could not be deleted.", "Worksheet.delete");
      const index = workbook.sheets.indexOf(sheet);
      if (index < 0) throw officeError("ItemNotFound", `The sheet "${sheet.name}" no longer exists.`, "Worksheet.delete");
      if (workbook.sheets.length === 1) throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
      workbook.sheets.splice(index, 1);
      workbook.tables = workbook.tables.filter((table) => table.sheet !== sheet);
      if (workbook.activeSheet === sheet) workbook.activeSheet = workbook.sheets[Math.max(0, index - 1)];
      stats.sheetsDeleted++;
    });
  }
}

class FreezePanes extends ClientObject {
  protected readonly scalarProperties: string[] = [];

  constructor(
    context: RequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "WorksheetFreezePanes");
  }

  protected read(): unknown {
    return undefined;
  }

  freezeRows(count = 1): void {
    this.context.enqueue("WorksheetFreezePanes.freezeRows", () => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) throw officeError("InvalidArgument", `freezeRows(${count})`, "WorksheetFreezePanes.freezeRows");
      this.sheet().frozenRows = count;
    });
  }

  unfreeze(): void {
    this.context.enqueue("WorksheetFreezePanes.unfreeze", () => (this.sheet().frozenRows = 0));
  }
}

type Grid = unknown[][];

class Range extends ClientObject {
  protected readonly scalarProperties = ["address", "values", "formulas", "numberFormat", "text", "rowCount", "columnCount", "rowIndex", "columnIndex"];
  private rangeFormat: RangeFormat | undefined;
  private validation: DataValidation | undefined;

  constructor(
    context: RequestContext,
    readonly sheet: () => SheetModel,
    readonly area: () => Area,
  ) {
    super(context, "Range");
  }

  /** Applies `write` to each cell with the matching element of `input` (a grid of the range's size, or one value for all). */
  eachCell(input: unknown, property: string, write: (cell: Cell, value: unknown, address: string) => void): void {
    const area = this.area();
    const sheet = this.sheet();
    const where = `Range.${property}`;
    if (Array.isArray(input)) {
      const grid = input as Grid;
      if (grid.length !== area.rows || grid.some((row) => !Array.isArray(row) || row.length !== area.cols)) {
        throw officeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${grid.length} × ${Array.isArray(grid[0]) ? grid[0].length : "?"} written to ${addressOf(area)})`,
          where,
        );
      }
    } else if (area.rows * area.cols > MAX_MODELLED_CELLS) {
      problem(`${sheet.name}!${addressOf(area)}: writing ${property} to ${area.rows * area.cols} cells is not modelled by the stub`);
      return;
    }
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.cols; c++) {
        const value = Array.isArray(input) ? (input as Grid)[r][c] : input;
        if (value === null || value === undefined) continue; // Office leaves the cell as it is
        checkScalar(value, where);
        write(sheet.cell(area.top + r, area.left + c), value, cellKey(area.top + r, area.left + c));
      }
    }
  }

  set values(input: unknown) {
    this.context.enqueue("Range.values", () => this.eachCell(input, "values", (cell, value, at) => writeValue(this.sheet(), cell, value as CellValue, at)));
  }

  get values(): CellValue[][] {
    return this.loaded("values");
  }

  set formulas(input: unknown) {
    this.context.enqueue("Range.formulas", () => this.eachCell(input, "formulas", (cell, value, at) => writeFormula(this.sheet(), cell, value as CellValue, at)));
  }

  get formulas(): CellValue[][] {
    return this.loaded("formulas");
  }

  set numberFormat(input: unknown) {
    this.context.enqueue("Range.numberFormat", () =>
      this.eachCell(input, "numberFormat", (cell, format) => {
        if (typeof format !== "string" || format === "") throw officeError("InvalidArgument", `Number format ${JSON.stringify(format)} is not valid.`, "Range.numberFormat");
        cell.numberFormat = format;
      }),
    );
  }

  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }

  get address(): string {
    return this.loaded("address");
  }

  get text(): string[][] {
    return this.loaded("text");
  }

  get rowCount(): number {
    return this.loaded("rowCount");
  }

  get columnCount(): number {
    return this.loaded("columnCount");
  }

  get rowIndex(): number {
    return this.loaded("rowIndex");
  }

  get columnIndex(): number {
    return this.loaded("columnIndex");
  }

  protected read(property: string): unknown {
    const area = this.area();
    const sheet = this.sheet();
    const grid = <T>(of: (cell: Cell | undefined) => T): T[][] => {
      if (area.rows * area.cols > MAX_MODELLED_CELLS) throw officeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", "Range.load");
      return Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.cols }, (_, c) => of(sheet.peek(area.top + r, area.left + c))));
    };
    switch (property) {
      case "address":
        return `${sheetPrefix(sheet.name)}!${addressOf(area)}`;
      case "values":
        return grid((cell) => (cell?.formula !== undefined ? 0 : cell?.value ?? "")); // the stub does not calculate
      case "formulas":
        return grid((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
      case "text":
        return grid((cell) => String(cell?.formula !== undefined ? "" : cell?.value ?? ""));
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.cols;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
    }
  }

  get format(): RangeFormat {
    return (this.rangeFormat ??= new RangeFormat(this.context, this));
  }

  get dataValidation(): DataValidation {
    return (this.validation ??= new DataValidation(this.context, this));
  }

  private derived(area: (own: Area) => Area, where: string): Range {
    return new Range(this.context, this.sheet, () => {
      const result = area(this.area());
      if (result.top < 0 || result.left < 0 || result.rows < 1 || result.cols < 1 || result.top + result.rows > MAX_ROWS || result.left + result.cols > MAX_COLS) {
        throw officeError("InvalidArgument", `${where} gives a range outside the sheet.`, where);
      }
      return result;
    });
  }

  getCell(row: number, column: number): Range {
    return this.derived((a) => ({ top: a.top + row, left: a.left + column, rows: 1, cols: 1 }), "Range.getCell");
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derived((a) => ({ ...a, rows: a.rows + deltaRows, cols: a.cols + deltaColumns }), "Range.getResizedRange");
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derived((a) => ({ ...a, top: a.top + rowOffset, left: a.left + columnOffset }), "Range.getOffsetRange");
  }

  getRow(row: number): Range {
    return this.derived((a) => ({ ...a, top: a.top + row, rows: 1 }), "Range.getRow");
  }

  getColumn(column: number): Range {
    return this.derived((a) => ({ ...a, left: a.left + column, cols: 1 }), "Range.getColumn");
  }

  getEntireColumn(): Range {
    return this.derived((a) => ({ ...a, top: 0, rows: MAX_ROWS }), "Range.getEntireColumn");
  }

  select(): void {
    this.context.enqueue("Range.select", () => {
      const sheet = this.sheet();
      if (workbook.activeSheet !== sheet) throw officeError("InvalidOperation", "A range can only be selected on the active sheet.", "Range.select");
      workbook.selection = { sheet, area: this.area() };
    });
  }

  /** Empties the cells (values, formulas, formats: "All", the default) or only their contents. */
  clear(applyTo = "All"): void {
    this.context.enqueue("Range.clear", () => {
      const area = this.area();
      const sheet = this.sheet();
      for (const [key, cell] of [...sheet.cells]) {
        const at = parseAddress(key);
        if (!overlaps(at, area)) continue;
        if (applyTo === "Contents") Object.assign(cell, { value: "", formula: undefined });
        else sheet.cells.delete(key);
      }
    });
  }
}

/** Applies a property to every cell of a range (fonts, fills). */
function eachCellOf(range: Range, where: string, apply: (cell: Cell) => void): void {
  const area = range.area();
  const sheet = range.sheet();
  if (area.rows * area.cols > MAX_MODELLED_CELLS) {
    problem(`${sheet.name}!${addressOf(area)}: ${where} on ${area.rows * area.cols} cells is not modelled by the stub`);
    return;
  }
  for (let r = 0; r < area.rows; r++) for (let c = 0; c < area.cols; c++) apply(sheet.cell(area.top + r, area.left + c));
}

class RangeFormat extends ClientObject {
  protected readonly scalarProperties = ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"];
  readonly font: RangeFont;
  readonly fill: RangeFill;

  constructor(
    context: RequestContext,
    private readonly range: Range,
  ) {
    super(context, "RangeFormat");
    this.font = new RangeFont(context, range);
    this.fill = new RangeFill(context, range);
  }

  protected read(property: string): unknown {
    if (property === "columnWidth") return this.range.sheet().columnWidths.get(this.range.area().left) ?? 48;
    if (property === "rowHeight") return 15;
    if (property === "wrapText") return false;
    return "General";
  }

  set columnWidth(points: number) {
    this.context.enqueue("RangeFormat.columnWidth", () => {
      // Excel's widest column is 255 characters of the default font.
      if (typeof points !== "number" || !(points >= 0) || points > (255 * 7 + 5) * 0.75) throw officeError("InvalidArgument", `Column width ${points} pt is outside 0 to 255 characters.`, "RangeFormat.columnWidth");
      const area = this.range.area();
      for (let c = area.left; c < area.left + area.cols; c++) this.range.sheet().columnWidths.set(c, points);
    });
  }

  get columnWidth(): number {
    return this.loaded("columnWidth");
  }

  set wrapText(wrap: boolean) {
    this.context.enqueue("RangeFormat.wrapText", () => eachCellOf(this.range, "wrapText", (cell) => (cell.font.wrapText = wrap)));
  }

  set horizontalAlignment(alignment: string) {
    this.context.enqueue("RangeFormat.horizontalAlignment", () => eachCellOf(this.range, "horizontalAlignment", (cell) => (cell.font.horizontalAlignment = alignment)));
  }

  set indentLevel(level: number) {
    this.context.enqueue("RangeFormat.indentLevel", () => eachCellOf(this.range, "indentLevel", (cell) => (cell.font.indentLevel = level)));
  }

  set rowHeight(points: number) {
    this.context.enqueue("RangeFormat.rowHeight", () => {
      if (typeof points !== "number" || !(points >= 0) || points > 409) throw officeError("InvalidArgument", `Row height ${points} pt is outside 0 to 409.`, "RangeFormat.rowHeight");
    });
  }

  set verticalAlignment(alignment: string) {
    this.context.enqueue("RangeFormat.verticalAlignment", () => eachCellOf(this.range, "verticalAlignment", (cell) => (cell.font.verticalAlignment = alignment)));
  }

  autofitColumns(): void {
    this.context.enqueue("RangeFormat.autofitColumns", () => this.range.area());
  }
}

/** format.font: bold, italic, size, color, name, underline; each set on every cell of the range. */
class RangeFont extends ClientObject {
  protected readonly scalarProperties = ["bold", "italic", "size", "color", "name", "underline"];

  constructor(
    context: RequestContext,
    private readonly range: Range,
  ) {
    super(context, "RangeFont");
    for (const property of this.scalarProperties) {
      Object.defineProperty(this, property, {
        get: () => this.loaded(property),
        set: (value: unknown) => this.context.enqueue(`RangeFont.${property}`, () => eachCellOf(this.range, `font.${property}`, (cell) => (cell.font[property] = value))),
      });
    }
  }

  protected read(property: string): unknown {
    const area = this.range.area();
    return this.range.sheet().peek(area.top, area.left)?.font[property] ?? null;
  }
}

class RangeFill extends ClientObject {
  protected readonly scalarProperties = ["color"];

  constructor(
    context: RequestContext,
    private readonly range: Range,
  ) {
    super(context, "RangeFill");
  }

  protected read(): unknown {
    const area = this.range.area();
    return this.range.sheet().peek(area.top, area.left)?.fill.color ?? "#FFFFFF";
  }

  set color(color: string) {
    this.context.enqueue("RangeFill.color", () => {
      if (!/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(color)) throw officeError("InvalidArgument", `Colour "${color}" is not valid.`, "RangeFill.color");
      eachCellOf(this.range, "fill.color", (cell) => (cell.fill.color = color));
    });
  }

  get color(): string {
    return this.loaded("color");
  }

  clear(): void {
    this.context.enqueue("RangeFill.clear", () => eachCellOf(this.range, "fill.clear", (cell) => delete cell.fill.color));
  }
}

const RULE_TYPES = ["wholeNumber", "decimal", "list", "date", "time", "textLength", "custom"];
const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];

class DataValidation extends ClientObject {
  protected readonly scalarProperties = ["type", "valid", "ignoreBlanks"];

  constructor(
    context: RequestContext,
    private readonly range: Range,
  ) {
    super(context, "DataValidation");
  }

  protected read(property: string): unknown {
    if (property === "ignoreBlanks") return true;
    if (property === "valid") return true;
    const rule = this.current()?.rule;
    return rule ? Object.keys(rule)[0] : "None";
  }

  private current(): ValidationSnapshot | undefined {
    const address = addressOf(this.range.area());
    return this.range.sheet().validations.find((v) => v.address === address);
  }

  set rule(rule: Record<string, unknown>) {
    const snapshot = JSON.parse(JSON.stringify(rule ?? {})) as Record<string, unknown>;
    this.context.enqueue("DataValidation.rule", () => {
      const where = "DataValidation.rule";
      const types = Object.keys(snapshot).filter((key) => snapshot[key] !== undefined);
      if (types.length !== 1 || !RULE_TYPES.includes(types[0])) throw officeError("InvalidArgument", `A validation rule has exactly one of ${RULE_TYPES.join(", ")} (got ${types.join(", ") || "none"}).`, where);
      const body = snapshot[types[0]] as Record<string, unknown>;
      if (types[0] === "list") {
        const source = body.source;
        if (typeof source !== "string" || source === "") throw officeError("InvalidArgument", "A list rule needs a source.", where);
        if (!source.startsWith("=") && source.length > 255) throw officeError("InvalidArgument", `A typed list source holds at most 255 characters (${source.length}).`, where);
      } else if (types[0] !== "custom") {
        if (!OPERATORS.includes(String(body.operator))) throw officeError("InvalidArgument", `Unknown operator ${String(body.operator)}.`, where);
        if (body.formula1 === undefined || body.formula1 === "") throw officeError("InvalidArgument", "formula1 is required.", where);
        if (/Between/.test(String(body.operator)) && (body.formula2 === undefined || body.formula2 === "")) throw officeError("InvalidArgument", "formula2 is required with Between.", where);
      }
      const sheet = this.range.sheet();
      const area = this.range.area();
      const address = addressOf(area);
      const existing = sheet.validations.findIndex((v) => v.address === address);
      if (existing >= 0) sheet.validations.splice(existing, 1);
      sheet.validations.push({ address, rule: snapshot });
    });
  }

  clear(): void {
    this.context.enqueue("DataValidation.clear", () => {
      const sheet = this.range.sheet();
      const area = this.range.area();
      for (let i = sheet.validations.length - 1; i >= 0; i--) if (overlaps(parseAddress(sheet.validations[i].address), area)) sheet.validations.splice(i, 1);
    });
  }

  set errorAlert(_alert: unknown) {
    this.context.enqueue("DataValidation.errorAlert", () => undefined);
  }

  set prompt(_prompt: unknown) {
    this.context.enqueue("DataValidation.prompt", () => undefined);
  }

  set ignoreBlanks(_ignore: boolean) {
    this.context.enqueue("DataValidation.ignoreBlanks", () => undefined);
  }
}

/** The workbook's tables (sheet undefined) or one sheet's. */
class TableCollection extends Collection<Table, TableModel> {
  protected readonly itemProperties = ["name", "id", "showHeaders", "showTotals", "style"];

  constructor(
    context: RequestContext,
    private readonly sheet: (() => SheetModel) | undefined,
  ) {
    super(context, sheet ? "Worksheet.tables" : "Workbook.tables");
  }

  protected models(): TableModel[] {
    const sheet = this.sheet?.();
    return sheet ? workbook.tables.filter((t) => t.sheet === sheet) : workbook.tables;
  }

  protected itemFor(model: TableModel): Table {
    return new Table(this.context, () => model);
  }

  add(address: Range | string, hasHeaders: boolean): Table {
    let model: TableModel | undefined;
    this.context.enqueue("TableCollection.add", () => {
      const where = "TableCollection.add";
      let sheet: SheetModel;
      let area: Area;
      if (typeof address === "string") {
        const bang = address.lastIndexOf("!");
        const sheetName = bang >= 0 ? address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'") : undefined;
        const found = sheetName !== undefined ? findSheet(sheetName) : this.sheet?.();
        if (!found) throw officeError("InvalidArgument", `Table address "${address}" names no sheet of this workbook.`, where);
        sheet = found;
        area = parseAddress(address.slice(bang + 1));
      } else {
        sheet = address.sheet();
        area = address.area();
      }
      if (this.sheet && this.sheet() !== sheet) throw officeError("InvalidArgument", "The range is on another sheet.", where);
      if (area.rows === MAX_ROWS || area.cols === MAX_COLS) throw officeError("InvalidArgument", "A table cannot span whole rows or columns (stub).", where);
      if (workbook.tables.some((t) => t.sheet === sheet && overlaps(t.area, area))) throw officeError("InvalidOperation", "A table can't overlap another table.", where);
      if (!hasHeaders) {
        problem(`${sheet.name}!${addressOf(area)}: tables.add without headers (Excel inserts a header row) is not modelled by the stub`);
      }
      // A header row alone gets one blank data row, as in Excel.
      if (hasHeaders && area.rows === 1) area = { ...area, rows: 2 };
      if (hasHeaders) {
        const seen = new Set<string>();
        for (let c = 0; c < area.cols; c++) {
          const cell = sheet.cell(area.top, area.left + c);
          let header = cell.formula !== undefined ? "" : String(cell.value);
          if (header === "") header = `Column${c + 1}`;
          const base = header;
          for (let n = 2; seen.has(nameKey(header)); n++) header = `${base}${n}`;
          seen.add(nameKey(header));
          delete cell.formula;
          cell.value = header;
        }
      }
      model = { name: defaultTableName(), sheet, area, hasHeaders, style: "TableStyleMedium2" };
      workbook.tables.push(model);
    });
    return new Table(this.context, () => model ?? throwError(officeError("InvalidOperation", "The table was not added.", "Table")));
  }

  getItem(key: string): Table {
    return new Table(
      this.context,
      lazy(() => this.models().find((t) => nameKey(t.name) === nameKey(key)) ?? throwError(officeError("ItemNotFound", `The requested resource doesn't exist. (table "${key}")`, "TableCollection.getItem"))),
    );
  }
}

class Table extends ClientObject {
  protected readonly scalarProperties = ["name", "id", "showHeaders", "showTotals", "style"];

  constructor(
    context: RequestContext,
    private readonly model: () => TableModel,
  ) {
    super(context, "Table");
  }

  protected read(property: string): unknown {
    const table = this.model();
    switch (property) {
      case "name":
        return table.name;
      case "id":
        return `{stub-table-${workbook.tables.indexOf(table)}}`;
      case "showHeaders":
        return table.hasHeaders;
      case "showTotals":
        return false;
      case "style":
        return table.style;
    }
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.context.enqueue("Table.name", () => {
      const table = this.model();
      checkTableName(name, table);
      table.name = name;
    });
  }

  get style(): string {
    return this.loaded("style");
  }

  set style(style: string) {
    this.context.enqueue("Table.style", () => (this.model().style = style));
  }

  private part(area: (t: TableModel) => Area): Range {
    return new Range(this.context, () => this.model().sheet, () => area(this.model()));
  }

  getRange(): Range {
    return this.part((t) => t.area);
  }

  getHeaderRowRange(): Range {
    return this.part((t) => {
      if (!t.hasHeaders) throw officeError("ItemNotFound", "The table has no header row.", "Table.getHeaderRowRange");
      return { ...t.area, rows: 1 };
    });
  }

  getDataBodyRange(): Range {
    return this.part((t) => (t.hasHeaders ? { ...t.area, top: t.area.top + 1, rows: t.area.rows - 1 } : t.area));
  }

  delete(): void {
    this.context.enqueue("Table.delete", () => (workbook.tables = workbook.tables.filter((t) => t !== this.model())));
  }
}

class NamedItemCollection extends Collection<NamedItem, NameModel> {
  protected readonly itemProperties = ["name", "formula", "comment"];

  constructor(context: RequestContext) {
    super(context, "NamedItemCollection");
  }

  protected models(): NameModel[] {
    return workbook.names;
  }

  protected itemFor(model: NameModel): NamedItem {
    return new NamedItem(this.context, () => model);
  }

  add(name: string, reference: Range | string, comment = ""): NamedItem {
    const model: NameModel = { name, formula: "", comment };
    this.context.enqueue("NamedItemCollection.add", () => {
      checkTableName(name);
      model.formula = typeof reference === "string" ? (reference.startsWith("=") ? reference : `=${reference}`) : `=${sheetPrefix(reference.sheet().name)}!${addressOf(reference.area())}`;
      workbook.names.push(model);
    });
    return new NamedItem(this.context, () => model);
  }

  getItem(name: string): NamedItem {
    return new NamedItem(this.context, lazy(() => this.find(name) ?? throwError(officeError("ItemNotFound", `The requested resource doesn't exist. (name "${name}")`, "NamedItemCollection.getItem"))));
  }

  getItemOrNullObject(name: string): NamedItem {
    const found = lazy(() => this.find(name));
    const item = new NamedItem(this.context, () => found() ?? throwError(officeError("InvalidObjectPath", `The name "${name}" is a null object.`, "NamedItem")));
    this.context.enqueue("NamedItemCollection.getItemOrNullObject", () => item.setNull(found() === undefined));
    return item;
  }

  private find(name: string): NameModel | undefined {
    return workbook.names.find((n) => nameKey(n.name) === nameKey(name));
  }
}

/** A workbook-scoped defined name; its range is what its formula designates when the command runs. */
class NamedItem extends ClientObject {
  protected readonly scalarProperties = ["name", "formula", "comment"];

  constructor(
    context: RequestContext,
    private readonly model: () => NameModel,
  ) {
    super(context, "NamedItem");
  }

  protected read(property: string): unknown {
    const model = this.model();
    return property === "name" ? model.name : property === "comment" ? model.comment : model.formula;
  }

  get name(): string {
    return this.loaded("name");
  }

  get formula(): string {
    return this.loaded("formula");
  }

  get comment(): string {
    return this.loaded("comment");
  }

  getRange(): Range {
    const target = lazy(() => resolveReference(this.model().formula) ?? throwError(officeError("InvalidReference", `The name ${this.model().name} refers to nothing (#REF!).`, "NamedItem.getRange")));
    return new Range(this.context, () => target().sheet, () => target().area);
  }

  getRangeOrNullObject(): Range {
    const target = lazy(() => resolveReference(this.model().formula));
    const range = new Range(this.context, () => target()?.sheet ?? throwError(officeError("InvalidObjectPath", "A null range.", "Range")), () => target()!.area);
    this.context.enqueue("NamedItem.getRangeOrNullObject", () => range.setNull(target() === undefined));
    return range;
  }

  delete(): void {
    this.context.enqueue("NamedItem.delete", () => {
      const model = this.model();
      workbook.names = workbook.names.filter((n) => n !== model);
    });
  }
}

/** A chart as a collection lists it: its name, and delete(). */
class ChartItem extends ClientObject {
  protected readonly scalarProperties = ["name"];

  constructor(
    context: RequestContext,
    private readonly sheet: () => SheetModel,
    private readonly model: ChartSnapshot,
  ) {
    super(context, "Chart");
  }

  protected read(): unknown {
    return this.model.settings.name ?? "Chart";
  }

  get name(): string {
    return this.loaded("name");
  }

  delete(): void {
    this.context.enqueue("Chart.delete", () => {
      const charts = this.sheet().charts;
      const index = charts.indexOf(this.model);
      if (index >= 0) charts.splice(index, 1);
    });
  }
}

/** Charts: added at sync; their parts accept any property or method and record it (see the file's comment). */
class ChartCollection extends Collection<ChartItem, ChartSnapshot> {
  protected readonly itemProperties = ["name"];

  constructor(
    context: RequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "ChartCollection");
  }

  protected models(): ChartSnapshot[] {
    return this.sheet().charts;
  }

  protected itemFor(model: ChartSnapshot): ChartItem {
    return new ChartItem(this.context, this.sheet, model);
  }

  add(type: string, sourceData: Range, seriesBy?: string): unknown {
    const chart: ChartSnapshot = { type, source: "", seriesBy, settings: {} };
    this.context.enqueue("ChartCollection.add", () => {
      if (typeof type !== "string" || type === "") throw officeError("InvalidArgument", "A chart needs a type.", "ChartCollection.add");
      chart.source = `${sheetPrefix(sourceData.sheet().name)}!${addressOf(sourceData.area())}`;
      this.sheet().charts.push(chart);
    });
    return recorder(chart.settings, "");
  }
}

function describe(value: unknown): unknown {
  if (value instanceof Range) return `${sheetPrefix(value.sheet().name)}!${addressOf(value.area())}`;
  return typeof value === "object" && value !== null ? JSON.parse(JSON.stringify(value)) : value;
}

/** Any chart part: properties set and methods called are recorded by path. */
function recorder(settings: Record<string, unknown>, path: string): unknown {
  const at = (property: string) => (path === "" ? property : `${path}.${property}`);
  const self: unknown = new Proxy(function chartPart() {}, {
    get(_target, property) {
      if (typeof property === "symbol" || property === "then") return undefined;
      if (property === "toJSON") return () => settings;
      if (property === "load") return () => self;
      return recorder(settings, at(property));
    },
    set(_target, property, value) {
      settings[at(String(property))] = describe(value);
      return true;
    },
    apply(_target, _this, args: unknown[]) {
      settings[`${path}(${args.map((a) => JSON.stringify(describe(a))).join(",")})`] = true;
      return recorder(settings, `${path}()`);
    },
  });
  return self;
}

// ---- Excel.run ---------------------------------------------------------------------

type Batch<T> = (context: RequestContext) => Promise<T>;

async function run<T>(first: Batch<T> | unknown, second?: Batch<T>): Promise<T> {
  const batch = (typeof first === "function" ? first : second) as Batch<T> | undefined;
  if (typeof batch !== "function") throw officeError("InvalidArgument", "Excel.run needs a batch function.", "Excel.run");
  stats.runs++;
  const context = new RequestContext();
  const result = await batch(context);
  if (context.pending > 0) {
    stats.pendingAtEndOfRun += context.pending;
    await context.sync();
  }
  return result;
}

// ---- The page's workbook at start, and the controls --------------------------------

const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get("displayLanguage") ?? "fr-FR";
const french = /^fr/i.test(displayLanguage);
const dark = params.get("theme") === "dark";

for (const name of (params.get("sheets") ?? (french ? "Feuil1" : "Sheet1")).split(",").map((s) => s.trim()).filter((s) => s !== "")) {
  checkSheetName(name);
  addSheetModel(name);
}
stats.sheetsAdded = 0;
workbook.activeSheet = workbook.sheets[0];
{
  // A little of the user's own data, which an insert must never touch.
  const own = workbook.sheets[0];
  Object.assign(own.cell(0, 0), { value: french ? "Mes données" : "My data", font: { bold: true } });
  Object.assign(own.cell(0, 1), { value: 42 });
  Object.assign(own.cell(0, 2), { value: "", formula: "=B1*2" });
}

function cellSnapshot(cell: Cell): CellSnapshot | undefined {
  const empty = cell.formula === undefined && cell.value === "" && cell.numberFormat === "General" && Object.keys(cell.font).length === 0 && Object.keys(cell.fill).length === 0;
  if (empty) return undefined;
  const snapshot: CellSnapshot = { numberFormat: cell.numberFormat };
  if (cell.formula !== undefined) snapshot.formula = cell.formula;
  else snapshot.value = cell.value;
  if (Object.keys(cell.font).length > 0) snapshot.font = { ...cell.font };
  if (Object.keys(cell.fill).length > 0) snapshot.fill = { ...cell.fill };
  return snapshot;
}

function sheetSnapshot(sheet: SheetModel): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  for (const [address, cell] of sheet.cells) {
    const snapshot = cellSnapshot(cell);
    if (snapshot) cells[address] = snapshot;
  }
  return {
    name: sheet.name,
    cells,
    columnWidths: Object.fromEntries([...sheet.columnWidths].sort(([a], [b]) => a - b).map(([c, w]) => [columnLetters(c), w])),
    tables: workbook.tables
      .filter((t) => t.sheet === sheet)
      .map((t) => ({
        name: t.name,
        address: addressOf(t.area),
        hasHeaders: t.hasHeaders,
        headers: t.hasHeaders ? Array.from({ length: t.area.cols }, (_, c) => String(sheet.peek(t.area.top, t.area.left + c)?.value ?? "")) : [],
      })),
    validations: sheet.validations.map((v) => JSON.parse(JSON.stringify(v))),
    frozenRows: sheet.frozenRows,
    charts: JSON.parse(JSON.stringify(sheet.charts)),
  };
}

const hisabStub: HisabStub = {
  snapshot(): WorkbookSnapshot {
    return {
      sheets: workbook.sheets.map(sheetSnapshot),
      activeSheet: workbook.activeSheet?.name,
      selection: workbook.selection && `${workbook.selection.sheet.name}!${addressOf(workbook.selection.area)}`,
      names: workbook.names.map((n) => n.name),
      definedNames: workbook.names.map((n) => ({ ...n })),
      stats: { ...stats },
      customFunctions: [...customFunctions].sort(),
      problems: [...problems],
    };
  },
  protectStructure(on) {
    workbook.protectedStructure = on;
  },
  loadWorkbook(sheets) {
    workbook.sheets = [];
    workbook.tables = [];
    workbook.names = [];
    for (const plan of sheets) {
      checkSheetName(plan.name);
      const sheet = addSheetModel(plan.name);
      for (const block of plan.blocks) {
        const { top, left } = parseAddress(block.at);
        block.rows.forEach((row, r) => row.forEach((value, c) => value !== null && Object.assign(sheet.cell(top + r, left + c), { value })));
      }
      for (const table of plan.tables) {
        checkTableName(table.name);
        workbook.tables.push({ name: table.name, sheet, area: parseAddress(table.address), hasHeaders: true, style: "TableStyleMedium2" });
      }
    }
    stats.sheetsAdded = 0;
    workbook.activeSheet = workbook.sheets[0];
    workbook.selection = undefined;
  },
  setCell(sheetName, address, value) {
    const sheet = findSheet(sheetName) ?? throwError(new Error(`No sheet ${sheetName}`));
    const { top, left } = parseAddress(address);
    const cell = sheet.cell(top, left);
    delete cell.formula;
    cell.value = value;
  },
  resizeTable(name, address) {
    const table = workbook.tables.find((t) => nameKey(t.name) === nameKey(name)) ?? throwError(new Error(`No table ${name}`));
    table.area = parseAddress(address);
  },
  activate(sheetName) {
    workbook.activeSheet = findSheet(sheetName) ?? throwError(new Error(`No sheet ${sheetName}`));
  },
  select(sheetName, address) {
    const sheet = findSheet(sheetName) ?? throwError(new Error(`No sheet ${sheetName}`));
    workbook.activeSheet = sheet;
    workbook.selection = { sheet, area: parseAddress(address) };
  },
  failSync(failure) {
    syncFailure = { ...failure, remaining: failure.at };
  },
  failSheetDeletes(code) {
    workbook.failDeletes = code;
  },
  pauseAtSync(at) {
    pause = { remaining: at };
  },
  resume() {
    release?.();
  },
  paused() {
    return release !== undefined;
  },
};

// ---- The globals office.js would define -------------------------------------------

const LIGHT_THEME = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000", isDarkTheme: false };
const DARK_THEME = { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#3B3B3B", controlForegroundColor: "#FFFFFF", isDarkTheme: true };

const hostInfo = { host: "Excel", platform: "OfficeOnline" };
let ready: Promise<typeof hostInfo> | undefined;

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

Object.assign(window, {
  hisabStub,
  OfficeExtension: { Error: OfficeError },
  Office: {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady(callback?: (info: typeof hostInfo) => void) {
      // Office initializes asynchronously, after the page's scripts have run.
      ready ??= new Promise((resolve) => setTimeout(() => resolve(hostInfo), 0));
      return ready.then((info) => {
        callback?.(info);
        return info;
      });
    },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      officeTheme: dark ? DARK_THEME : LIGHT_THEME,
      host: "Excel",
      platform: "OfficeOnline",
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0 (stub)" },
      requirements: { isSetSupported: () => true },
    },
  },
  Excel: {
    run,
    RequestContext,
    ErrorCodes: { accessDenied: "AccessDenied", generalException: "GeneralException", invalidArgument: "InvalidArgument", invalidOperation: "InvalidOperation", itemNotFound: "ItemNotFound", itemAlreadyExists: "ItemAlreadyExists" },
  },
  CustomFunctions: {
    associate(idOrMappings: string | Record<string, unknown>, fn?: unknown) {
      const entries = typeof idOrMappings === "string" ? [[idOrMappings, fn]] : Object.entries(idOrMappings);
      for (const [id, implementation] of entries) {
        if (typeof implementation !== "function") problem(`CustomFunctions.associate("${id}") was given no function`);
        customFunctions.add(String(id).toUpperCase());
      }
    },
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  },
});
