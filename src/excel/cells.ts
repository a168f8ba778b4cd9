import { Cell, isBlank, Range } from "../engine/cell";
import { fail, Place } from "../engine/errors";
import { FIRST_DATE, LAST_DATE, MAX_MAGNITUDE, SIGNIFICANT_DIGITS } from "./limits";

export { codeKey, isBlank } from "../engine/cell";
export type { Cell, Range } from "../engine/cell";

/**
 * Reading what Excel passes to a function: row-major 2-D arrays of numbers,
 * strings, booleans or nulls (a blank cell arrives as null or ""). Positions
 * in errors are 1-based within the argument's range.
 *
 * One rule for every function: a number cell holds a number. Text is never
 * read as one, not even "12" (Excel's own SUM skips it, so a total beside our
 * result would disagree); a boolean is not a number either. What a cell may
 * hold beyond that is its declared type, with its bounds.
 */

export type Sign = "any" | "nonNegative" | "positive";

/** What a number cell holds, as the function registry declares it. */
export type NumberType =
  /** Money. `currency`: in the currency of the function's `decimals` argument, so at most 10^(15 − decimals). */
  | { type: "amount"; sign: Sign; currency?: boolean }
  /** A count of acts, units, days of work…: ≥ 0, not necessarily whole (1.5 patient-days). */
  | { type: "quantity" }
  /** A key: driver or percentage, ≥ 0 (normalised per row, so 40/60 and 0.4/0.6 are the same key). */
  | { type: "driver" }
  /** A rate or share, between `min` and `max` as fractions (80 % is 0.8): 80 is refused, never read as 8,000 %. */
  | { type: "rate"; min: number; max: number }
  | { type: "count"; min: number; max: number; allowed?: readonly number[] }
  | { type: "decimals"; max: number }
  /** An Excel date: a serial number from Excel's day zero to 31 December 9999; a date typed as text is refused. */
  | { type: "date" };

export type CellType = NumberType | { type: "code" } | { type: "text" };

/** Text Excel users type for a number: "12", " 1 200,50 ", "-3.5e2", "80 %". */
const NUMERIC_TEXT = /^[-+−]?(?:\d[\d \u00a0\u202f]*(?:[.,]\d*)?|[.,]\d+)(?:e[-+]?\d+)?\s*%?$/i;

/** The number in `cell`, whatever its bounds; a blank cell is for the caller to decide. */
function numberIn(cell: Cell, place: Place, type?: NumberType): number {
  if (typeof cell === "number") {
    if (Number.isFinite(cell)) return cell;
    return fail("not_a_number", place, { value: String(cell) });
  }
  if (type?.type === "date") return fail("bad_date", place, { value: String(cell) });
  if (typeof cell === "string" && NUMERIC_TEXT.test(cell.trim())) return fail("number_as_text", place, { value: cell.trim() });
  return fail("not_a_number", place, { value: String(cell) });
}

/** The largest amount a type admits: 10^15, or 10^(15 − d) in a currency with d decimals (its last decimal must stay exact). */
export function maxMagnitude(type: NumberType, currencyDecimals: number): number {
  return type.type === "amount" && type.currency ? 10 ** (SIGNIFICANT_DIGITS - currencyDecimals) : MAX_MAGNITUDE;
}

/** A filled number cell read and checked against its type. */
export function readNumberAs(cell: Cell, type: NumberType, place: Place, currencyDecimals = 2): number {
  const n = numberIn(cell, place, type);
  switch (type.type) {
    case "amount":
    case "quantity":
    case "driver": {
      const sign = type.type === "amount" ? type.sign : "nonNegative";
      if (sign === "positive" && n <= 0) fail("not_positive", place, { value: n });
      if (sign === "nonNegative" && n < 0) fail("negative_value", place, { value: n });
      const max = maxMagnitude(type, currencyDecimals);
      if (Math.abs(n) > max) fail("out_of_range", place, { value: n, min: sign === "any" ? -max : 0, max });
      return n;
    }
    case "rate":
      if (n < type.min || n > type.max) fail("rate_out_of_range", place, { value: n, min: type.min, max: type.max });
      return n;
    case "count":
      if (!Number.isInteger(n)) fail("bad_whole_number", place, { value: n, min: type.min });
      if (type.allowed && !type.allowed.includes(n)) fail("not_allowed", place, { value: n, allowed: type.allowed.join(", ") });
      if (n < type.min || n > type.max) fail("out_of_range", place, { value: n, min: type.min, max: type.max });
      return n;
    case "decimals":
      if (!Number.isInteger(n) || n < 0 || n > type.max) fail("bad_decimals", place, { value: n, max: type.max });
      return n;
    case "date":
      if (n < FIRST_DATE || n > LAST_DATE) fail("bad_date", place, { value: n });
      return n;
  }
}

/** How a blank cell reads: 0, none (null), a default, or an error (a value is required). */
export type Blank = "zero" | "none" | "required" | { default: number };

export function readCell(cell: Cell, type: CellType, blank: Blank, place: Place, currencyDecimals?: number): number | string | null {
  if (type.type === "code" || type.type === "text") {
    const text = readText(cell);
    if (text === "" && blank === "required") fail(type.type === "code" ? "missing_code" : "missing_value", place);
    return text;
  }
  if (isBlank(cell)) {
    if (blank === "zero") return 0;
    if (blank === "none") return null;
    if (blank === "required") return fail("missing_value", place);
    return blank.default;
  }
  return readNumberAs(cell, type, place, currencyDecimals);
}

/** Any number, blank = 0: for checks and readers without a declared type (the pane's per-cell checks). */
const ANY_NUMBER: NumberType = { type: "amount", sign: "any" };
const NON_NEGATIVE: NumberType = { type: "quantity" };

export function readNumber(cell: Cell, place: Place): number {
  return isBlank(cell) ? 0 : readNumberAs(cell, ANY_NUMBER, place);
}

export function readNonNegative(cell: Cell, place: Place): number {
  return isBlank(cell) ? 0 : readNumberAs(cell, NON_NEGATIVE, place);
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
