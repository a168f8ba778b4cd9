import type { FilledCells } from "../engine/cell";
import { column, isBlank, Range, readNonNegative, readNumber, readText, requireLength } from "./cells";
import { CodeIndex } from "../engine/codes";
import { fail } from "../engine/errors";

/**
 * The two shapes users keep their data in: aligned columns (codes beside
 * amounts) and labelled tables (a header row of codes, a first column of
 * codes, numbers in the body). Fully blank rows and columns are skipped, so a
 * template can keep room for more lines; a blank code beside values is an error.
 */

export interface CodedColumn {
  codes: string[];
  /** 1-based row of each code within the argument's range. */
  rows: number[];
  /** Look-up by code; absent when codes may repeat (e.g. the key name of each expense line). */
  index?: CodeIndex;
}

/** Rows whose code or any aligned value is filled; their positions are what every aligned column is read at. */
export function readCodes(range: Range, argument: string, aligned: { range: Range; argument: string }[] = [], unique = true): CodedColumn {
  const codeCells = column(range, argument);
  const others = aligned.map((a) => {
    const cells = column(a.range, a.argument);
    requireLength(cells, codeCells.length, a.argument, argument);
    return cells;
  });
  const codes: string[] = [];
  const rows: number[] = [];
  codeCells.forEach((cell, i) => {
    const code = readText(cell);
    if (code === "" && others.every((o) => isBlank(o[i]))) return;
    if (code === "") fail("missing_code", { argument, row: i + 1 });
    codes.push(code);
    rows.push(i + 1);
  });
  if (codes.length === 0) fail("empty_range", { argument });
  return { codes, rows, index: unique ? new CodeIndex(codes, argument, "row", 1, rows) : undefined };
}

/** Numbers of an aligned column, read at the given rows (1-based). */
export function readNumbersAt(range: Range, argument: string, rows: readonly number[], nonNegative = false): number[] {
  const cells = column(range, argument);
  return rows.map((row) => (nonNegative ? readNonNegative : readNumber)(cells[row - 1], { argument, row }));
}

export interface LabelledTable {
  rowCodes: string[];
  /** 1-based positions within the range (row 1 is the header). */
  rowPositions: number[];
  colCodes: string[];
  colPositions: number[];
  /** The filled cells of each row, left to right; blank cells (0) are left out, as a consumption table is mostly blank. */
  filled: FilledCells[];
}

/** A row's filled cells laid out over `width` positions (blank = 0); `positions[c]`: where column c of the table goes. */
export function denseRow(cells: FilledCells, positions: readonly number[], width: number): number[] {
  const row = new Array<number>(width).fill(0);
  cells.columns.forEach((c, k) => (row[positions[c]] = cells.values[k]));
  return row;
}

/** A labelled range: top-left cell ignored, first row column codes, first column row codes. */
export function readLabelledTable(range: Range, argument: string, nonNegative: boolean): LabelledTable {
  if (!Array.isArray(range) || range.length < 2 || range[0].length < 2) fail("empty_range", { argument });
  const header = range[0];
  const width = header.length;
  const read = nonNegative ? readNonNegative : readNumber;
  const colPositions: number[] = [];
  const colCodes: string[] = [];
  /** Index in colCodes of each column of the range; -1 for a skipped (blank) column. */
  const columnIndex = new Array<number>(width).fill(-1);
  for (let c = 1; c < width; c++) {
    const code = readText(header[c]);
    if (code === "" && range.every((row, r) => r === 0 || isBlank(row[c]))) continue;
    if (code === "") fail("missing_code", { argument, row: 1, column: c + 1 });
    columnIndex[c] = colCodes.length;
    colCodes.push(code);
    colPositions.push(c + 1);
  }
  const rowCodes: string[] = [];
  const rowPositions: number[] = [];
  const filled: FilledCells[] = [];
  // Each row's cells are gathered here, then copied at their exact size: a row's own growing arrays would allocate several times more.
  const columns: number[] = [];
  const values: number[] = [];
  for (let r = 1; r < range.length; r++) {
    const row = range[r];
    if (row.length !== width) fail("shape_mismatch", { argument, row: r + 1 }, { actual: row.length, expected: width, reference: argument });
    const code = readText(row[0]);
    if (code === "" && colPositions.every((c) => isBlank(row[c - 1]))) continue;
    if (code === "") fail("missing_code", { argument, row: r + 1, column: 1 });
    rowCodes.push(code);
    rowPositions.push(r + 1);
    let n = 0;
    for (let c = 1; c < width; c++) {
      const cell = row[c];
      if (cell === null || cell === undefined || cell === "") continue;
      const k = columnIndex[c];
      if (k < 0) continue; // only blank text can sit in a skipped column
      // A plain number (nearly every filled cell) needs neither the generic reader nor a place for its error.
      const plain = typeof cell === "number" && Number.isFinite(cell) && !(nonNegative && cell < 0);
      columns[n] = k;
      values[n++] = plain ? cell : read(cell, { argument, row: r + 1, column: c + 1, code });
    }
    filled.push({ columns: columns.slice(0, n), values: values.slice(0, n) });
  }
  if (rowCodes.length === 0 || colCodes.length === 0) fail("empty_range", { argument });
  return { rowCodes, rowPositions, colCodes, colPositions, filled };
}
