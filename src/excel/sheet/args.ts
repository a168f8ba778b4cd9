import { Cell } from "../cells";
import { fromFloat } from "../../engine/money";

/**
 * Shared writing for the Excel-facing functions: a 2-D array out whose shape
 * follows the inputs (a skipped blank line gives a blank result line).
 */

export const blankRow = (width: number): Cell[] => new Array<Cell>(width).fill("");

/** Places values computed for the kept rows back at their rows of the user's range. */
export function atRows(length: number, rows: readonly number[], values: readonly (number | string | null)[]): Cell[][] {
  const out = Array.from({ length }, () => blankRow(1));
  rows.forEach((row, i) => (out[row - 1][0] = values[i] ?? ""));
  return out;
}

export function roundEach(values: readonly (number | null)[], decimals: number | undefined): (number | null)[] {
  if (decimals === undefined) return values.slice();
  return values.map((v) => (v === null ? null : fromFloat(v).toDecimalPlaces(decimals).toNumber()));
}
