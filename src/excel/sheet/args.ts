import { Cell, column, isBlank, Range, readNumber, scalar } from "../cells";
import { fail, Place } from "../../engine/errors";
import { fromFloat, Money } from "../../engine/money";

/**
 * Shared reading and writing for the Excel-facing functions: Excel's 2-D
 * arrays in, a 2-D array out whose shape follows the inputs (a skipped blank
 * line gives a blank result line).
 */

export type Arg = Range | Cell;
export const asRange = (value: Arg): Range => (Array.isArray(value) ? value : [[value]]);
const blankColumn = (length: number): Cell[][] => Array.from({ length }, () => [""]);

/** Places values computed for the kept rows back at their rows of the user's range. */
export function atRows(length: number, rows: readonly number[], values: readonly (number | string | null)[]): Cell[][] {
  const out = blankColumn(length);
  rows.forEach((row, i) => (out[row - 1][0] = values[i] ?? ""));
  return out;
}

export function roundEach(values: readonly (number | null)[], decimals: number | undefined): (number | null)[] {
  if (decimals === undefined) return values.slice();
  return values.map((v) => (v === null ? null : fromFloat(v).toDecimalPlaces(decimals).toNumber()));
}

/** A scalar number argument; blank gives `fallback` (or is an error when there is none). */
export function readScalar(value: Arg | undefined, argument: string, fallback?: number): number {
  const cell = scalar(value ?? null);
  if (isBlank(cell)) return fallback ?? fail("empty_range", { argument });
  return readNumber(cell, { argument });
}

/**
 * A column aligned with `length` rows, or a single value applied to every row
 * (a margin for all acts); undefined when omitted or blank.
 */
export function readBroadcast(value: Arg | undefined, argument: string, length: number): ((row: number, place: Place) => Money | null) | undefined {
  if (value === undefined || value === null) return undefined;
  const range = asRange(value);
  if (range.length === 1 && range[0].length === 1) {
    if (isBlank(range[0][0])) return undefined;
    const single = new Money(readNumber(range[0][0], { argument }));
    return () => single;
  }
  const cells = column(range, argument);
  if (cells.length !== length) fail("shape_mismatch", { argument }, { actual: cells.length, expected: length, reference: argument });
  return (row) => (isBlank(cells[row - 1]) ? null : new Money(readNumber(cells[row - 1], { argument, row })));
}
