import type { Cell, Range } from "../../engine/cell";

/**
 * Table rows as typed columns, the form in which a large table crosses
 * between the pane and its worker: one Float64Array per column of numbers
 * (dates, quantities, prices) and, per column of codes or references, each
 * distinct cell once in a dictionary with an Int32Array of indices. Their
 * buffers are transferred, not copied, and no object is made per cell.
 *
 * Nothing is lost on the way: a cell that is not what its column expects
 * (text in a quantity, a blank price, a code typed as a number) crosses as it
 * was, so that the engine sees exactly what the functions would have been
 * given and the line gets its status (BAD_QUANTITY…) rather than a guess.
 */

export type ColumnKind = "number" | "code";

export interface NumberColumn {
  kind: "number";
  /** The number of each row whose cell is a number (0 elsewhere). */
  values: Float64Array;
  /** Per row, -1 when its cell is a number, else the index of the cell in `cells`; null when every cell is a number. */
  other: Int32Array | null;
  /** The cells that are not numbers ("", null, text, booleans), each once. */
  cells: Cell[];
}

export interface CodeColumn {
  kind: "code";
  /** Per row, the index of its cell in `cells`. */
  index: Int32Array;
  /** Each distinct cell once (a code typed as a number stays a number: 1001 and "1001" are two cells). */
  cells: Cell[];
}

export type Column = NumberColumn | CodeColumn;

export interface ColumnBlock {
  rows: number;
  columns: Column[];
}

/** Each distinct cell once, by first appearance. */
class Dictionary {
  readonly cells: Cell[] = [];
  private readonly indexOf = new Map<Cell, number>();

  add(cell: Cell): number {
    let i = this.indexOf.get(cell);
    if (i === undefined) {
      i = this.cells.length;
      this.indexOf.set(cell, i);
      this.cells.push(cell);
    }
    return i;
  }
}

function numberColumn(rows: Range, c: number): NumberColumn {
  const values = new Float64Array(rows.length);
  let other: Int32Array | null = null;
  const others = new Dictionary();
  for (let r = 0; r < rows.length; r++) {
    const cell = rows[r][c];
    if (typeof cell === "number") values[r] = cell;
    else (other ??= new Int32Array(rows.length).fill(-1))[r] = others.add(cell);
  }
  return { kind: "number", values, other, cells: others.cells };
}

function codeColumn(rows: Range, c: number): CodeColumn {
  const index = new Int32Array(rows.length);
  const cells = new Dictionary();
  for (let r = 0; r < rows.length; r++) index[r] = cells.add(rows[r][c]);
  return { kind: "code", index, cells: cells.cells };
}

/** `rows` (row-major, as Office.js reads them) as one column per entry of `kinds`. */
export function toColumns(rows: Range, kinds: readonly ColumnKind[]): ColumnBlock {
  return { rows: rows.length, columns: kinds.map((kind, c) => (kind === "number" ? numberColumn(rows, c) : codeColumn(rows, c))) };
}

/** The cell of row `r` of a column. */
export function cellAt(column: Column, r: number): Cell {
  if (column.kind === "code") return column.cells[column.index[r]];
  const other = column.other === null ? -1 : column.other[r];
  return other < 0 ? column.values[r] : column.cells[other];
}

/** Rows `start` to `start + count` of a block, row-major again (what Office.js writes, what the functions take). */
export function rowsOf(block: ColumnBlock, start = 0, count = block.rows - start): Cell[][] {
  const out = new Array<Cell[]>(count);
  const width = block.columns.length;
  for (let i = 0; i < count; i++) {
    const row = new Array<Cell>(width);
    for (let c = 0; c < width; c++) row[c] = cellAt(block.columns[c], start + i);
    out[i] = row;
  }
  return out;
}

/** The buffers to transfer with a block (postMessage's transfer list): afterwards the sender's arrays are empty. */
export function transferList(block: ColumnBlock): ArrayBuffer[] {
  return block.columns.flatMap((column) => (column.kind === "code" ? [column.index.buffer] : column.other ? [column.values.buffer, column.other.buffer] : [column.values.buffer])) as ArrayBuffer[];
}
