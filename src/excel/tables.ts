import { FilledCells, isBlank } from "../engine/cell";
import { Cell, column, maxMagnitude, NumberType, Range, readNumberAs, readText, requireLength } from "./cells";
import { CodeIndex } from "../engine/codes";
import { fail } from "../engine/errors";

/**
 * The two shapes users keep their data in: aligned columns (codes beside
 * amounts) and labelled tables (a header row of codes, a first column of
 * codes, numbers in the body). Fully blank rows and columns are skipped, so a
 * template can keep room for more lines; a blank code beside values is an error.
 */

/** Which rows of a column-shaped argument are read: `length` rows in all, the 1-based positions of those kept. */
export interface Rows {
  length: number;
  /** Positions of the kept rows (1-based); absent when every row is kept (a table of lines). */
  rows?: readonly number[];
}

export interface CodedColumn extends Rows {
  codes: string[];
  rows: number[];
  /** Look-up by code; absent when codes may repeat (e.g. the key name of each expense line). */
  index?: CodeIndex;
}

/** Cells beside a column of codes whose filled cells keep a row (a cost beside a blank code is an error). */
export interface RowKeeper {
  argument: string;
  length: number;
  filled(i: number): boolean;
}

/** Rows whose code or any keeper is filled; their positions are what every aligned column is read at. */
export function readCodes(range: Range, argument: string, keepers: readonly RowKeeper[] = [], unique = true): CodedColumn {
  const codeCells = column(range, argument);
  for (const k of keepers) if (k.length !== codeCells.length) fail("shape_mismatch", { argument: k.argument }, { actual: k.length, expected: codeCells.length, reference: argument });
  const codes: string[] = [];
  const rows: number[] = [];
  codeCells.forEach((cell, i) => {
    const code = readText(cell);
    if (code === "" && keepers.every((k) => !k.filled(i))) return;
    if (code === "") fail("missing_code", { argument, row: i + 1 });
    codes.push(code);
    rows.push(i + 1);
  });
  if (codes.length === 0) fail("empty_range", { argument });
  return { codes, rows, length: codeCells.length, index: unique ? new CodeIndex(codes, argument, "row", 1, rows) : undefined };
}

/** A column's filled cells, as a keeper of the rows of another argument. */
export function columnKeeper(range: Range, argument: string): RowKeeper {
  const cells = column(range, argument);
  return { argument, length: cells.length, filled: (i) => !isBlank(cells[i]) };
}

/** Numbers of an aligned column, read at the given rows (1-based; every row when absent); blank = `blank`. */
export function readNumbersAt<B extends number | null>(range: Range, argument: string, basis: Rows, reference: string, type: NumberType, blank: B, currencyDecimals?: number): (number | B)[] {
  const cells = column(range, argument);
  requireLength(cells, basis.length, argument, reference);
  const at = (row: number) => {
    const cell = cells[row - 1];
    return isBlank(cell) ? blank : readNumberAs(cell, type, { argument, row }, currencyDecimals);
  };
  return basis.rows ? basis.rows.map(at) : cells.map((_, i) => at(i + 1));
}

export interface LabelledTable extends Rows {
  rowCodes: string[];
  /** 1-based positions within the range (row 1 is the header). */
  rowPositions: number[];
  colCodes: string[];
  colPositions: number[];
  /** The filled cells of each row, left to right; blank cells are left out, as a consumption table is mostly blank. */
  filled: FilledCells[];
  /** As a basis of aligned columns: the body's rows (the header is not one), and the kept ones among them. */
  length: number;
  rows: number[];
}

/** A row's filled cells laid out over `width` positions (blank = 0); `positions[c]`: where column c of the table goes. */
export function denseRow(cells: FilledCells, positions: readonly number[], width: number): number[] {
  const row = new Array<number>(width).fill(0);
  cells.columns.forEach((c, k) => (row[positions[c]] = cells.values[k]));
  return row;
}

/** A labelled range: top-left cell ignored, first row column codes, first column row codes, body cells of `type`. */
export function readLabelledTable(range: Range, argument: string, type: NumberType, currencyDecimals?: number): LabelledTable {
  if (!Array.isArray(range) || range.length < 2 || range[0].length < 2) fail("empty_range", { argument });
  const header = range[0];
  const width = header.length;
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
  // A plain number within the type's bounds (nearly every filled cell) needs neither the generic reader nor a place for its error.
  const max = maxMagnitude(type, currencyDecimals ?? 2);
  const min = type.type === "amount" && type.sign === "any" ? -max : 0;
  const plain = type.type === "amount" || type.type === "quantity" || type.type === "driver";
  const zeroAllowed = !(type.type === "amount" && type.sign === "positive");
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
      const cell: Cell = row[c];
      // Blank cells are most of a consumption table: the common blanks are told apart without a call.
      if (cell === null || cell === undefined || cell === "" || (typeof cell === "string" && isBlank(cell))) continue;
      const k = columnIndex[c];
      if (k < 0) continue; // only blank text can sit in a skipped column
      columns[n] = k;
      const fast = plain && typeof cell === "number" && cell >= min && cell <= max && (zeroAllowed || cell !== 0);
      values[n++] = fast ? (cell as number) : readNumberAs(cell, type, { argument, row: r + 1, column: c + 1, code }, currencyDecimals);
    }
    filled.push({ columns: columns.slice(0, n), values: values.slice(0, n) });
  }
  if (rowCodes.length === 0 || colCodes.length === 0) fail("empty_range", { argument });
  return { rowCodes, rowPositions, colCodes, colPositions, filled, length: range.length - 1, rows: rowPositions.map((p) => p - 1) };
}
