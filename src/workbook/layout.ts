import type { Computed } from "./evaluate";
import { Area, cellAddress, cellFormat, columnIndex, columnLetters, figureFormat, parseRef } from "./formula";
import type { LabelStyle, SheetPlan, TableBlock, Value } from "./plan";

/**
 * How a sheet's text is laid out so that every header and label reads whole,
 * on screen and on paper. Header cells wrap within their column and align
 * like what sits under them (right over figures, left over codes and text).
 * A label too long for the empty cells beside it wraps in its own column when
 * that column is wide enough for prose, or else widens the printed columns
 * when nothing stands in its way. Rows holding wrapped text are made tall
 * enough for their lines. Derived from the plan (and the computed values,
 * where known) and applied by both writers, so that the task pane and the
 * generated files look the same.
 *
 * Text widths are estimated from the advance widths of Calibri 11, the font
 * both writers use (LibreOffice draws it with the metric-compatible Carlito),
 * grouped in classes and rounded up, so the estimate errs wide.
 */

/** Excel's width of a column the plan gives none, in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/** Size (points) and weight of each label style; the writers add colours. */
export const LABEL_FONTS: Record<LabelStyle, Font> = {
  title: { size: 14, bold: true },
  subtitle: { size: 12, bold: true },
  header: { size: 11, bold: true },
  note: { size: 11, bold: false },
  check: { size: 11, bold: true },
};
/** Cells without a label style. */
export const BODY_FONT: Font = { size: 11, bold: false };

export interface Font {
  size: number;
  bold: boolean;
}

/** Pixel advance of characters at 11 points by class; every other character counts as DEFAULT_PIXELS. */
const CHARACTER_CLASSES: readonly [characters: string, pixels: number][] = [
  [" ijlI',.:;’îï", 3.9],
  ["ftr()[]{}-`²°J!", 5.1],
  ['szcç/\\"', 6.2],
  ["aegkvxyEFLSTYZ?<=>+*#$^_~×−–", 7.3],
  ["ADGHNOQUVÀ", 9.9],
  ["mwMW%&@—…→œŒ", 13.3],
];
const DEFAULT_PIXELS = 7.7;
const PIXELS = new Map(CHARACTER_CLASSES.flatMap(([characters, pixels]) => [...characters].map((ch): [string, number] => [ch, pixels])));
/** Bold Calibri is about 3 % wider. */
const BOLD_FACTOR = 1.04;

/** Estimated width of `text` in pixels (96 dpi). */
export function textPixels(text: string, font: Font): number {
  let pixels = 0;
  for (const ch of text) pixels += PIXELS.get(ch) ?? DEFAULT_PIXELS;
  return pixels * (font.size / 11) * (font.bold ? BOLD_FACTOR : 1);
}

/** Room for text in a column `characters` wide: Excel's 7 pixels a character (the padding of 5 pixels excluded). */
export const textRoom = (characters: number): number => characters * 7;

/** Excel's pixel width of a column `characters` wide (the padding included). */
export const columnPixels = (characters: number): number => Math.trunc(characters * 7 + 5);

/** The drop-down button of a table's header cell covers this many pixels at its right. */
export const FILTER_BUTTON_PIXELS = 16;
/** One level of Excel's indent, in pixels (about three spaces). */
export const INDENT_PIXELS = 9;

/** A text column: a label in a column this wide (characters) wraps in it rather than widening the printed area. */
const PROSE_COLUMN = 30;
/** How far right a label beside the printed columns is followed (it shows on screen only). */
const SCREEN_COLUMNS = 64;

/** Height of one line of text in points: 15 for Calibri 11, as Excel sizes rows. */
export const lineHeight = (font: Font): number => (font.size * 15) / 11;

/** How `text` wraps in `room` pixels: its lines, and whether every word fits on a line (none is broken). */
export function wrapText(text: string, room: number, font: Font): { lines: number; wordsFit: boolean } {
  const space = textPixels(" ", font);
  let lines = 1;
  let line = 0;
  let wordsFit = true;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const width = textPixels(word, font);
    if (width > room) wordsFit = false;
    if (line === 0) line = width;
    else if (line + space + width <= room) line += space + width;
    else (lines++, (line = width));
  }
  return { lines, wordsFit };
}

/** Width in characters of column `col` (0-based): the sheet's columnWidths win over its tables' widths, as both writers apply them last. */
export function columnWidth(sheet: SheetPlan, col: number): number {
  const set = sheet.columnWidths?.[columnLetters(col)];
  if (set !== undefined) return set;
  for (const table of sheet.tables) {
    const { left } = parseRef(table.at);
    const width = table.columns[col - left]?.width;
    if (width !== undefined) return width;
  }
  return DEFAULT_COLUMN_WIDTH;
}

/** The number of columns from A that "A:Q" names. */
function columnsFromA(columns: string): number {
  const match = /^A:([A-Z]{1,3})$/.exec(columns);
  if (!match) throw new Error(`Print columns "${columns}": expected "A:<last column>"`);
  return columnIndex(match[1]) + 1;
}

/** What a cell holds once computed, where it is known (the evaluation of the plan; without it, the plan's own values). */
export type ValueAt = (row: number, col: number) => Computed | undefined;

/** A value the plan itself writes at (row, col): a table cell, a value block's, a label's; undefined for formulas and empty cells. */
function constantAt(sheet: SheetPlan, row: number, col: number): Value | undefined {
  for (const table of sheet.tables) {
    const { top, left } = parseRef(table.at);
    if (row > top && col >= left && col < left + table.columns.length) {
      const value = table.rows[row - top - 1]?.[col - left];
      if (value !== undefined) return value;
    }
  }
  for (const block of sheet.values ?? []) {
    const { top, left } = parseRef(block.at);
    const value = block.rows[row - top]?.[col - left];
    if (value !== undefined) return value;
  }
  return sheet.labels.find((label) => label.at === cellAddress(row, col))?.text;
}

export interface HeaderCell {
  row: number;
  col: number;
  align: "left" | "right";
  /**
   * Indent levels from the edge it is aligned to: a right-aligned table
   * header clears its drop-down button, a right-aligned header followed by a
   * left-aligned one keeps apart from it.
   */
  indent: number;
}

export interface SheetLayout {
  /** Header cells: wrapped in their column, aligned like the cells under them. */
  headers: HeaderCell[];
  /** Labels wrapped in their own cell. */
  wrapped: { row: number; col: number }[];
  /** Height in points of each row (0-based) holding text wrapped on several lines. */
  rowHeights: ReadonlyMap<number, number>;
  /** Height in points of any row, as printed. */
  rowHeight(row: number): number;
  /** Columns printed, from A: every column written or drawn on (or the columns the plan's print hint names), and the empty ones a label runs into. */
  printColumns: number;
  /** Whether the printed columns are the plan's or what it holds (false: the writers need not set a print area). */
  printColumnsSet: boolean;
  /** Rows written or drawn on, from the top. */
  rows: number;
  /** Texts that cannot read whole however they wrap: a template to fix (tests list them). */
  cut: { at: string; text: string; why: string }[];
}

interface HeaderText {
  row: number;
  col: number;
  /** Unknown for a result whose values are not known. */
  text?: string;
  font: Font;
  /** Pixels the cell's own furniture takes (a table header's drop-down button). */
  reserved: number;
}

export function sheetLayout(sheet: SheetPlan, valueAt: ValueAt = (row, col) => constantAt(sheet, row, col)): SheetLayout {
  const blocks = contentBlocks(sheet);
  const occupied = (row: number, col: number) => blocks.some((b) => row >= b.top && row < b.top + b.rows && col >= b.left && col < b.left + b.cols && !b.empty?.(row, col));
  const used = Math.max(...blocks.map((b) => b.left + b.cols));
  const hinted = sheet.print?.columns !== undefined ? columnsFromA(sheet.print.columns) : undefined;
  let printColumns = hinted ?? used;
  const width = (col: number) => columnWidth(sheet, col);
  const room = (from: number, to: number) => {
    let pixels = 0;
    for (let c = from; c < to; c++) pixels += columnPixels(width(c));
    return pixels - 5;
  };

  const lines = new Map<number, number>();
  const tallest = (row: number, height: number) => lines.set(row, Math.max(lines.get(row) ?? 0, height));
  const cut: SheetLayout["cut"] = [];
  const where = (cell: { row: number; col: number }) => `${sheet.name}!${cellAddress(cell.row, cell.col)}`;

  const cells = headerCells(sheet, valueAt);
  const aligns = new Map(cells.map((cell) => [`${cell.row},${cell.col}`, numericBelow(sheet, cell.row, cell.col, valueAt) ? ("right" as const) : ("left" as const)]));
  const headers: HeaderCell[] = [];
  for (const cell of cells) {
    const align = aligns.get(`${cell.row},${cell.col}`)!;
    const indent = align === "left" ? 0 : cell.reserved > 0 ? Math.ceil(cell.reserved / INDENT_PIXELS) : aligns.get(`${cell.row},${cell.col + 1}`) === "left" ? 1 : 0;
    headers.push({ row: cell.row, col: cell.col, align, indent });
    if (cell.text === undefined) continue;
    const wrapped = wrapText(cell.text, textRoom(width(cell.col)) - Math.max(cell.reserved, indent * INDENT_PIXELS), cell.font);
    if (!wrapped.wordsFit) cut.push({ at: where(cell), text: cell.text, why: "a word is wider than its column" });
    if (wrapped.lines > 1) tallest(cell.row, wrapped.lines * lineHeight(cell.font));
  }

  const wrapped: SheetLayout["wrapped"] = [];
  for (const label of sheet.labels) {
    if (label.style === "header") continue;
    const { top: row, left: col } = parseRef(label.at);
    const font = label.style ? LABEL_FONTS[label.style] : BODY_FONT;
    const text = textPixels(label.text, font);
    let end = col + 1;
    while (!occupied(row, end) && (end < printColumns || col >= printColumns) && end < col + SCREEN_COLUMNS) end++;
    if (text <= room(col, end)) continue;
    if (width(col) >= PROSE_COLUMN) {
      const wrap = wrapText(label.text, textRoom(width(col)), font);
      if (!wrap.wordsFit) cut.push({ at: where({ row, col }), text: label.text, why: "a word is wider than its column" });
      wrapped.push({ row, col });
      tallest(row, wrap.lines * lineHeight(font));
    } else if (end === printColumns && hinted === undefined) {
      while (text > room(col, end)) end++;
      printColumns = end;
    } else cut.push({ at: where({ row, col }), text: label.text, why: "runs into the next cell" });
  }

  const rowHeights = new Map([...lines].filter(([row, height]) => height > lineHeight(fontOfRow(sheet, row))));
  return {
    headers,
    wrapped,
    rowHeights,
    rowHeight: (row) => rowHeights.get(row) ?? lineHeight(fontOfRow(sheet, row)),
    printColumns,
    printColumnsSet: printColumns !== used,
    rows: Math.max(...blocks.map((b) => b.top + b.rows)),
    cut,
  };
}

/** The largest font on a row: its height when nothing wraps (Excel grows a row for a title). */
function fontOfRow(sheet: SheetPlan, row: number): Font {
  const sizes = sheet.labels.filter((l) => parseRef(l.at).top === row && l.style).map((l) => LABEL_FONTS[l.style!]);
  return sizes.reduce((a, b) => (b.size > a.size ? b : a), BODY_FONT);
}

interface Block extends Area {
  /** Cells of the block left empty (blank values). */
  empty?: (row: number, col: number) => boolean;
}

/** Everything written or drawn on the sheet, as blocks of cells. */
function contentBlocks(sheet: SheetPlan): Block[] {
  const blocks: Block[] = [
    ...sheet.labels.map((label) => parseRef(label.at)),
    ...sheet.tables.map((table) => ({ ...parseRef(table.at), rows: Math.max(1, table.rows.length) + 1, cols: table.columns.length })),
    ...sheet.formulas.map((f) => ({ ...parseRef(f.at), rows: f.rows, cols: f.cols })),
    ...(sheet.values ?? []).map((block): Block => {
      const { top, left } = parseRef(block.at);
      return { top, left, rows: block.rows.length, cols: Math.max(0, ...block.rows.map((r) => r.length)), empty: (row, col) => (block.rows[row - top]?.[col - left] ?? null) === null };
    }),
    ...(sheet.charts ?? []).map((chart) => parseRef(chart.at)),
  ].filter((block) => block.rows > 0 && block.cols > 0);
  if (blocks.length === 0) throw new Error(`Sheet plan "${sheet.name}" writes no cell`);
  return blocks;
}

/** Header cells: table headers, header labels, and a one-row result spilling across from a header label (the centre codes over a matrix). */
function headerCells(sheet: SheetPlan, valueAt: ValueAt): HeaderText[] {
  const header = LABEL_FONTS.header;
  const cells: HeaderText[] = [];
  for (const table of sheet.tables) {
    const { top, left } = parseRef(table.at);
    table.columns.forEach((column, c) => cells.push({ row: top, col: left + c, text: column.header, font: header, reserved: FILTER_BUTTON_PIXELS }));
  }
  for (const label of sheet.labels) {
    if (label.style !== "header") continue;
    const { top, left } = parseRef(label.at);
    cells.push({ row: top, col: left, text: label.text, font: header, reserved: 0 });
    const continuation = [...sheet.formulas, ...(sheet.values ?? []).map((v) => ({ at: v.at, rows: v.rows.length, cols: Math.max(0, ...v.rows.map((r) => r.length)) }))].find((f) => {
      const at = parseRef(f.at);
      return at.top === top && at.left === left + 1 && f.rows === 1 && f.cols > 1;
    });
    if (!continuation) continue;
    for (let c = 0; c < continuation.cols; c++) {
      const value = valueAt(top, left + 1 + c);
      cells.push({ row: top, col: left + 1 + c, text: typeof value === "string" ? value : undefined, font: header, reserved: 0 });
    }
  }
  return cells;
}

/** Whether the cells under a header hold figures: by the table column's rules and formats, the format of the cell below, or its value when its format is General. */
function numericBelow(sheet: SheetPlan, row: number, col: number, valueAt: ValueAt): boolean {
  const table = sheet.tables.find((t) => parseRef(t.at).top === row && col >= parseRef(t.at).left && col < parseRef(t.at).left + t.columns.length);
  if (table) return numericColumn(table, col - parseRef(table.at).left);
  const format = cellFormat(sheet, row + 1, col);
  if (figureFormat(format)) return true;
  if (format !== undefined && format !== "General") return false;
  return typeof valueAt(row + 1, col) === "number";
}

/** A table column of figures: numbers by its rule or format, or only numbers in its rows. */
function numericColumn(table: TableBlock, c: number): boolean {
  const column = table.columns[c];
  if (column.validation?.kind === "decimal" || column.validation?.kind === "whole" || figureFormat(column.numberFormat)) return true;
  const values = table.rows.map((r) => r[c] ?? null);
  return values.some((v) => typeof v === "number") && !values.some((v) => typeof v === "string");
}
