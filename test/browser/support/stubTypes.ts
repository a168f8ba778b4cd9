/**
 * What the browser Office stub (officeStub.ts) exposes on `window.hisabStub`,
 * shared by the stub and the tests that drive it through playwright.
 * Everything here is plain JSON so it crosses page.evaluate unchanged.
 */

export type CellValue = string | number | boolean;

export interface CellSnapshot {
  /** Absent for a formula cell; a string for a cell holding text (a Text cell keeps "=…" as text). */
  value?: CellValue;
  /** "=…" for a formula cell. */
  formula?: string;
  numberFormat: string;
  /** Only the font properties that were set (bold, italic, size, color, name…). */
  font?: Record<string, unknown>;
  fill?: Record<string, unknown>;
}

export interface TableSnapshot {
  name: string;
  /** "A1:E9", header row included. */
  address: string;
  hasHeaders: boolean;
  /** The header row as Excel keeps it (Excel renames blank or duplicate headers). */
  headers: string[];
}

export interface ValidationSnapshot {
  address: string;
  rule: Record<string, unknown>;
}

export interface ChartSnapshot {
  type: string;
  source: string;
  seriesBy: string | undefined;
  /** Properties set and methods called on the chart and its parts, by path ("title.text", "setPosition(A1,H20)"). */
  settings: Record<string, unknown>;
}

export interface SheetSnapshot {
  name: string;
  /** Non-empty cells by A1 address. */
  cells: Record<string, CellSnapshot>;
  /** Widths set through format.columnWidth, in points, by column letter. */
  columnWidths: Record<string, number>;
  tables: TableSnapshot[];
  validations: ValidationSnapshot[];
  frozenRows: number;
  charts: ChartSnapshot[];
}

export interface StubStats {
  /** Excel.run calls, context.sync calls, and syncs that rejected. */
  runs: number;
  syncs: number;
  failedSyncs: number;
  sheetsAdded: number;
  sheetsDeleted: number;
  /** Most sheets the workbook held at once (shows an insert got as far as adding its sheets before a failure). */
  maxSheets: number;
  /** Commands still queued when a batch returned (Excel.run sends them; the writer should have synced). */
  pendingAtEndOfRun: number;
}

export interface DefinedNameSnapshot {
  name: string;
  /** What it refers to, as the Name Manager shows it ("='Centres 2024'!$A$2:$A$31", "=tCentres[Code]"). */
  formula: string;
  comment: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  activeSheet: string | undefined;
  /** "Sheet!A1:B2" once a range was selected (by the user's stub or the pane). */
  selection: string | undefined;
  names: string[];
  definedNames: DefinedNameSnapshot[];
  stats: StubStats;
  /** Custom function ids registered by functions.js through CustomFunctions.associate. */
  customFunctions: string[];
  /**
   * Things real Excel would show as broken: formulas calling a HISAB function
   * that functions.js did not register (#NAME?), formulas referring to a sheet
   * that does not exist (#REF!), members of the object model the stub does not
   * implement.
   */
  problems: string[];
}

export interface SyncFailure {
  /** The nth context.sync from now rejects (1 = the next one). */
  at: number;
  code: string;
  message: string;
}

/** A user's sheet for loadWorkbook: blocks of values by top-left cell, and Excel tables over them (header row included). */
export interface StubSheet {
  name: string;
  blocks: { at: string; rows: (CellValue | null)[][] }[];
  tables: { name: string; address: string }[];
}

export interface HisabStub {
  snapshot(): WorkbookSnapshot;
  /** Replaces the whole workbook with these sheets (names and selection cleared), the first one active. */
  loadWorkbook(sheets: StubSheet[]): void;
  /** The user types a value in a cell (text as typed, no formula). */
  setCell(sheet: string, address: string, value: CellValue): void;
  /** The user grows or shrinks a table (header row included). */
  resizeTable(name: string, address: string): void;
  /** The user clicks a sheet's tab. */
  activate(sheet: string): void;
  /** The user selects cells (their sheet becomes the active one). */
  select(sheet: string, address: string): void;
  /** Structure protection: adding, deleting or renaming sheets fails with AccessDenied, as in Excel. */
  protectStructure(on: boolean): void;
  /** One sync rejects with this Office error, without running any of its commands (e.g. a request Excel refuses as too large). */
  failSync(failure: SyncFailure): void;
  /** Every sheet deletion fails with this code (to see what the pane says when it cannot clean up). */
  failSheetDeletes(code: string | undefined): void;
  /** The nth context.sync from now waits until resume() (to look at the pane while an insert runs). */
  pauseAtSync(at: number): void;
  resume(): void;
  /** True while a sync waits for resume(). */
  paused(): boolean;
}

/** Query-string parameters of the test page. */
export interface StubParams {
  /** Office.context.displayLanguage, e.g. "fr-FR" (default) or "en-US". */
  displayLanguage?: string;
  /** "dark" gives a dark Office theme (isDarkTheme and dark colours); light otherwise. */
  theme?: "light" | "dark";
  /** The workbook's sheets at start, comma-separated; the first one holds a little user data. Default "Feuil1" in French, "Sheet1" otherwise. */
  sheets?: string;
}
