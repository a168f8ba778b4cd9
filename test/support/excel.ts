import { DomainError } from "../../src/engine/errors";
import { Cell } from "../../src/excel/cells";

/** A column as Excel passes it: [[a], [b], …]. */
export const col = (...values: Cell[]): Cell[][] => values.map((v) => [v]);

/** Labelled range as Excel passes it: header row of codes, then one row per code. */
export function labelled(columns: string[], rows: Record<string, Cell[]>): Cell[][] {
  return [[null, ...columns], ...Object.entries(rows).map(([code, values]) => [code, ...values])];
}

/** Flattens a one-column result. */
export const flat = (range: Cell[][]): Cell[] => range.map((r) => r[0]);

/** Runs `f` and returns the DomainError it throws (fails the test if it throws nothing or something else). */
export function domainError(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError, none was thrown");
}
