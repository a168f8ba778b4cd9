import { Cell, isBlank, Range } from "../engine/cell";
import { fail, Place } from "../engine/errors";

export { codeKey, isBlank } from "../engine/cell";
export type { Cell, Range } from "../engine/cell";

/**
 * Reading what Excel passes to a function: row-major 2-D arrays of numbers,
 * strings, booleans or nulls. A blank cell arrives as null or "" and counts as 0
 * in a number cell. Positions in errors are 1-based within the argument's range.
 */

/** A number cell: blank is 0; numeric text ("1 200,50" is not guessed: only what Number() reads) is refused. */
export function readNumber(cell: Cell, place: Place): number {
  if (isBlank(cell)) return 0;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) fail("not_a_number", place, { value: String(cell) });
    return cell;
  }
  if (typeof cell === "string") {
    const trimmed = cell.trim();
    const n = Number(trimmed);
    if (trimmed !== "" && Number.isFinite(n)) return n;
  }
  return fail("not_a_number", place, { value: String(cell) });
}

export function readNonNegative(cell: Cell, place: Place): number {
  const n = readNumber(cell, place);
  if (n < 0) fail("negative_value", place, { value: n });
  return n;
}

/** Code as written (trimmed), or "" when blank. Numbers are codes too (account 6011, centre 12). */
export function readText(cell: Cell): string {
  if (isBlank(cell)) return "";
  return String(cell).trim();
}

/** Flattens a single-column range (a single row is accepted too, read left to right). */
export function column(range: Range, argument: string): Cell[] {
  if (!Array.isArray(range) || range.length === 0) fail("empty_range", { argument });
  if (range.length === 1) return range[0].slice();
  const width = range[0].length;
  if (width !== 1) fail("not_a_column", { argument }, { columns: width });
  return range.map((r) => r[0]);
}

export function requireLength(cells: readonly unknown[], expected: number, argument: string, reference: string): void {
  if (cells.length !== expected) fail("shape_mismatch", { argument }, { actual: cells.length, expected, reference });
}

/** An optional scalar argument: Excel passes null when omitted; a one-cell range arrives as [[x]]. */
export function scalar(value: Cell | Range): Cell {
  if (Array.isArray(value)) return value.length > 0 && value[0].length > 0 ? value[0][0] : null;
  return value;
}

export function readDecimals(value: Cell | Range): number | undefined {
  const cell = scalar(value);
  if (isBlank(cell)) return undefined;
  const n = typeof cell === "number" ? cell : Number(String(cell).trim());
  if (!Number.isInteger(n) || n < 0 || n > 10) fail("bad_decimals", { argument: "decimals" }, { value: String(cell) });
  return n;
}
