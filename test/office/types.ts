/**
 * The in-memory workbook as plain JSON: what a test compares (the jest
 * adapter's views and the browser stub's snapshot, which crosses
 * page.evaluate unchanged), and how a test describes a user's workbook.
 */

export type CellValue = string | number | boolean;

export interface CellSnapshot {
  /** Absent for a formula cell; a string for a cell holding text (a Text cell keeps "=…" as text). */
  value?: CellValue;
  /** "=…" for a formula cell. */
  formula?: string;
  /** Every cell has one, "General" unless set. */
  numberFormat: string;
  /** Only the font properties that were set (bold, italic, size, color, name…). */
  font?: Record<string, unknown>;
  fill?: Record<string, unknown>;
  /** Only the alignment properties that were set (wrapText, horizontalAlignment, verticalAlignment, indentLevel). */
  alignment?: Record<string, unknown>;
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

export interface SeriesSnapshot {
  name: string;
  /** "'Centres (2)'!C4:C6", the sheet's name quoted as in a formula. */
  values?: string;
  categories?: string;
}

export interface ChartSnapshot {
  name: string;
  type: string;
  /** The range the chart was made from, and how it reads it ("Columns", "Auto"…). */
  source: string;
  seriesBy: string | undefined;
  title: string;
  series: SeriesSnapshot[];
  /** The cells its corners sit on, once placed (setPosition). */
  position?: [string, string];
  /** Its category axis, once a property of it is set (axes.categoryAxis.numberFormat). */
  categoryAxis?: { numberFormat?: string };
}

/** A sheet's page layout as set: each property by its Office.js name (footers as leftFooter…, print area and titles as printArea, printTitleRows, printTitleColumns). */
export type PageSnapshot = Record<string, unknown>;

export interface SheetSnapshot {
  name: string;
  /** Non-empty cells by A1 address, row by row. */
  cells: Record<string, CellSnapshot>;
  /** Widths set through format.columnWidth, in points, by column letter. */
  columnWidths: Record<string, number>;
  tables: TableSnapshot[];
  validations: ValidationSnapshot[];
  frozenRows: number;
  charts: ChartSnapshot[];
  /** Heights set through format.rowHeight, in points, by 1-based row number. */
  rowHeights: Record<string, number>;
  page: PageSnapshot;
  /** The cells before which a page starts (horizontalPageBreaks). */
  pageBreaks: string[];
}

export interface WorkbookStats {
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

/** One context.sync: what it sent and what came back. */
export interface RequestRecord {
  /** The commands of the request, in order ("Range.values", "Worksheet.load"…). */
  commands: string[];
  /** Cells written, once per property (values, formulas, number format), as RequestBudget counts them. */
  cellsWritten: number;
  /** Size of the request and of its response as JSON, in UTF-8 bytes (see requestSize.ts). */
  requestBytes: number;
  responseBytes: number;
  /** The Office error code the sync rejected with. */
  error?: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  activeSheet: string | undefined;
  /** "Sheet!A1:B2" once a range was selected (by the user or the pane). */
  selection: string | undefined;
  names: string[];
  definedNames: DefinedNameSnapshot[];
  stats: WorkbookStats;
  /** Custom function ids registered through CustomFunctions.associate. */
  customFunctions: string[];
  /**
   * Things real Excel would show as broken: formulas calling a HISAB function
   * that was not registered (#NAME?), formulas referring to a sheet that does
   * not exist (#REF!), members of the object model the fake does not implement.
   */
  problems: string[];
}

/** A user's sheet: blocks of values by top-left cell, and Excel tables over them (header row included). */
export interface SheetSpec {
  name: string;
  blocks: { at: string; rows: (CellValue | null)[][] }[];
  tables: { name: string; address: string }[];
}
