/**
 * A workbook described as data, in one language: the single definition of a
 * template from which the task pane (Office.js), the sample files (ExcelJS),
 * the demo and the tests (HyperFormula) all build the same workbook.
 */

export type Value = number | string | boolean | null;

/** A formula as a small tree, so it can be written as Excel text, in the stored `_xldudf_` form, or evaluated by the engine. */
export type Expr =
  /** One of our functions (catalog id, e.g. "ALLOCATE") or a native Excel function (e.g. "SUM", "ROUND"). */
  | { kind: "call"; fn: string; args: Expr[] }
  /** An A1 reference ("B2:B31" or "C5"), on `sheet` (the sheet's display name) or on the formula's own sheet. */
  | { kind: "range"; sheet?: string; ref: string }
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "binary"; op: BinaryOp; left: Expr; right: Expr };

/** Arithmetic, and the comparisons (which give TRUE or FALSE) of native formulas such as a pass/fail cell. */
export type BinaryOp = "+" | "-" | "*" | "/" | Comparison;
export type Comparison = "=" | "<>" | "<" | "<=" | ">" | ">=";

/** A reference to cells, as charts and links between templates use them. */
export type RangeRef = Extract<Expr, { kind: "range" }>;

export interface FormulaCell {
  /** Anchor cell, e.g. "F2". The result spills from there. */
  at: string;
  expr: Expr;
  /** Shape of the result; 1 × 1 for a single value. Known from the input shapes alone. */
  rows: number;
  cols: number;
  /** One format for the whole result, or one per column of the result. */
  numberFormat?: string | readonly string[];
}

export type Validation =
  | { kind: "list"; values: string[] }
  | { kind: "decimal"; min?: number; max?: number }
  | { kind: "whole"; min?: number; max?: number };

export interface TableColumn {
  header: string;
  numberFormat?: string;
  validation?: Validation;
  /** Column width in characters. */
  width?: number;
}

/** An Excel table (ListObject) with a header row: the user's inputs. */
export interface TableBlock {
  /** Excel table name, unique in the workbook (e.g. "tCentres"). */
  name: string;
  /** Top-left cell of the header row. */
  at: string;
  columns: TableColumn[];
  rows: Value[][];
}

export type LabelStyle = "title" | "subtitle" | "header" | "note" | "check";

export interface LabelCell {
  at: string;
  /** Always written as text, never as a formula, even if it starts with "=". */
  text: string;
  style?: LabelStyle;
}

/**
 * Computed values written as plain cells (not a table, not formulas): the
 * values-only copy of results, for readers without the add-in. Strings are
 * written as text, like labels.
 */
export interface ValueBlock {
  /** Top-left cell. */
  at: string;
  rows: Value[][];
  /** Number format of each column. */
  numberFormats?: readonly (string | undefined)[];
}

export interface SheetPlan {
  /** Stable key used in code (e.g. "centres"); the name is what the user sees. */
  key: string;
  name: string;
  tables: TableBlock[];
  labels: LabelCell[];
  /** In calculation order: a formula only refers to inputs and to formulas listed before it. */
  formulas: FormulaCell[];
  /** Plain values, written after the labels and tables. */
  values?: ValueBlock[];
  /** Width in characters by column letter. */
  columnWidths?: Record<string, number>;
  /** Rows frozen at the top (header). */
  freezeRows?: number;
  /** Charts drawn over the sheet, after its cells are written. */
  charts?: ChartPlan[];
  /** Hidden sheets: "hidden" can be shown again from Excel's sheet tabs, "veryHidden" only by the add-in (an exercise's answers). */
  visibility?: "hidden" | "veryHidden";
  /** What the print rule (print.ts) cannot tell from the sheet's content. */
  print?: PrintHints;
}

/**
 * Hints for printing a sheet. Everything else (orientation, fitting to the
 * page width, repeated header row, margins, footer) is derived from the
 * sheet's content, the same for every sheet.
 */
export interface PrintHints {
  /** The columns printed (e.g. "A:Q"), leaving out explanations beside a table that the guide sheet also gives. */
  columns?: string;
  /** Rows (0-based) that start a new page; the rows before the first one print on one page, e.g. a statement to sign. */
  pageBreaks?: readonly number[];
}

/** A chart of ranges of the workbook: one category axis, one series per range. */
export interface ChartPlan {
  kind: "columnClustered" | "barClustered" | "line";
  title: string;
  /** Labels of the category axis (e.g. the letter keys). */
  categories: RangeRef;
  series: { name: string; values: RangeRef }[];
  /** The cells the chart covers, e.g. "F14:L32". */
  at: string;
}

export interface WorkbookPlan {
  /** Template id, e.g. "cost-centres". */
  id: string;
  title: string;
  sheets: SheetPlan[];
  /** Workbook-scoped defined names (a journey's inputs and results, HISAB_CC_CENTRES…), written after the sheets. */
  names?: DefinedName[];
}

export interface DefinedName {
  name: string;
  refersTo: RangeRef;
}
