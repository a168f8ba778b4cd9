import { areaRef, quoteSheetName } from "../../src/workbook/formula";
import { sheetSnapshot, workbookSnapshot } from "../office/snapshot";
import { type OfficeError, officeError } from "../office/errors";
import { RequestContext, run } from "../office/requestContext";
import type { CellSnapshot, CellValue, ChartSnapshot, DefinedNameSnapshot, RequestRecord, SheetSnapshot, SheetSpec, TableSnapshot, ValidationSnapshot, WorkbookSnapshot } from "../office/types";
import { type SheetModel, WorkbookModel } from "../office/workbookModel";

/**
 * The in-memory Excel (test/office/) for jest: `context()` gives an
 * Excel.RequestContext on one workbook, with the same rules, faults and
 * request log as the browser stub's; the rest reads the workbook as plain
 * data (the snapshot both adapters share) and acts on it as the user would.
 * Every workbook a test made must end the test without problems (a member
 * the fake lacks, a formula showing #REF!), as in the browser tests.
 */

export { officeError };

/** A sheet as data, always as it is now: its cells by address (every cell has a number format), tables, charts, validations, widths, heights, frozen rows, page layout. */
export class SheetView {
  private cache: { version: number; snapshot: SheetSnapshot; cells: Map<string, CellSnapshot> } | undefined;

  constructor(
    private readonly book: WorkbookModel,
    private readonly sheet: SheetModel,
  ) {}

  private get current() {
    if (this.cache?.version !== this.book.version) {
      const snapshot = sheetSnapshot(this.book, this.sheet);
      this.cache = { version: this.book.version, snapshot, cells: new Map(Object.entries(snapshot.cells)) };
    }
    return this.cache;
  }

  get name(): string {
    return this.sheet.name;
  }

  get cells(): Map<string, CellSnapshot> {
    return this.current.cells;
  }

  get tables(): TableSnapshot[] {
    return this.current.snapshot.tables;
  }

  get charts(): ChartSnapshot[] {
    return this.current.snapshot.charts;
  }

  get validations(): ValidationSnapshot[] {
    return this.current.snapshot.validations;
  }

  get columnWidths(): Record<string, number> {
    return this.current.snapshot.columnWidths;
  }

  get frozenRows(): number {
    return this.sheet.frozenRows;
  }

  /** Row heights set, in points, by 1-based row number. */
  get rowHeights(): Record<string, number> {
    return this.current.snapshot.rowHeights;
  }

  get page(): SheetSnapshot["page"] {
    return this.current.snapshot.page;
  }

  get pageBreaks(): string[] {
    return this.current.snapshot.pageBreaks;
  }
}

const made: FakeWorkbook[] = [];
afterEach(() => {
  const books = made.splice(0);
  for (const book of books) expect(book.problems).toEqual([]);
});

export class FakeWorkbook {
  readonly model: WorkbookModel;
  private readonly views = new Map<SheetModel, SheetView>();

  /** `tables`: names of empty two-row tables on the first sheet, side by side; `definedNames`: names referring to its A1. */
  constructor(sheetNames: string[] = ["Feuil1"], options: { tables?: string[]; definedNames?: string[] } = {}) {
    this.model = new WorkbookModel(sheetNames);
    const first = sheetNames[0];
    (options.tables ?? []).forEach((name, i) => this.model.addOwnTable(first, name, areaRef({ top: 0, left: 3 * i, rows: 2, cols: 2 })));
    for (const name of options.definedNames ?? []) this.model.addName(name, `=${quoteSheetName(first)}!$A$1`, "");
    made.push(this);
  }

  /** A user's workbook: sheets with blocks of values and tables. */
  static of(sheets: readonly SheetSpec[]): FakeWorkbook {
    const book = new FakeWorkbook();
    book.model.load(sheets);
    return book;
  }

  /** A request context on this workbook, as Excel.run gives one. */
  context(): Excel.RequestContext {
    return new RequestContext(this.model) as unknown as Excel.RequestContext;
  }

  /** Excel.run on this workbook. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => run(this.model, batch as never);

  snapshot(): WorkbookSnapshot {
    return workbookSnapshot(this.model);
  }

  sheet(name: string): SheetView {
    const sheet = this.model.sheet(name);
    let view = this.views.get(sheet);
    if (!view) this.views.set(sheet, (view = new SheetView(this.model, sheet)));
    return view;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  get activeSheet(): string | undefined {
    return this.model.activeSheet?.name;
  }

  /** "Clés!D1": what is selected (by the user or through the API). */
  get selection(): string | undefined {
    return this.snapshot().selection;
  }

  get definedNames(): DefinedNameSnapshot[] {
    return this.model.names.map((n) => ({ ...n }));
  }

  /** The defined names as "NAME → reference". */
  names(): string[] {
    return this.model.names.map((n) => `${n.name} → ${n.formula}`);
  }

  /** Every sync so far: its commands, cells written, request and response sizes. */
  get requests(): readonly RequestRecord[] {
    return this.model.requests;
  }

  get problems(): string[] {
    return this.model.problems;
  }

  // ---- The user ----------------------------------------------------------------------

  /** Types into a user's sheet from `at` (a leading = makes a formula); null skips a cell. */
  fill(sheet: string, at: string, rows: (CellValue | null | undefined)[][]): void {
    this.model.type(sheet, at, rows);
  }

  activate(sheet: string): void {
    this.model.activate(sheet);
  }

  select(sheet: string, address: string): void {
    this.model.select(sheet, address);
  }

  renameSheet(name: string, newName: string): void {
    this.model.renameTab(name, newName);
  }

  addTable(sheet: string, name: string, address: string): void {
    this.model.addOwnTable(sheet, name, address);
  }

  addChart(sheet: string, type: string, address: string, name: string): void {
    this.model.addOwnChart(sheet, type, address, name);
  }

  // ---- Excel refusing ------------------------------------------------------------------

  /** The nth sync from now (1: the next) rejects with `error`; none of its commands run. */
  failSync(at: number, error: OfficeError): void {
    this.model.failSync(at, error);
  }

  /** The command ("TableCollection.add", "ChartCollection.add"…) fails each time a sync runs it. */
  failCommand(where: string, error: OfficeError): void {
    this.model.faults.failCommand(where, error);
  }

  clearFaults(): void {
    this.model.faults.clear();
  }
}
