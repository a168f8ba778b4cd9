import { Cell, codeKey, isBlank, Range, readNonNegative, readNumber, readText } from "./cells";
import { DomainError } from "../engine/errors";

/**
 * Checks that list EVERY problem of a range, where the functions stop at the
 * first: the task pane shows them all, each with the place a click selects.
 * Places are 1-based within the range, as in the functions' messages.
 */

function collect(into: DomainError[], check: () => unknown): void {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainError) into.push(error);
    else throw error;
  }
}

/** Text or error values in number cells (blank is 0); negative values where drivers or units are expected. */
export function checkNumbers(range: Range, argument: string, options: { nonNegative?: boolean; firstRow?: number; firstColumn?: number } = {}): DomainError[] {
  const errors: DomainError[] = [];
  const read = options.nonNegative ? readNonNegative : readNumber;
  const r0 = options.firstRow ?? 0;
  const c0 = options.firstColumn ?? 0;
  range.forEach((row, r) => {
    if (r < r0) return;
    row.forEach((cell, c) => {
      if (c >= c0) collect(errors, () => read(cell, { argument, row: r + 1, column: row.length > 1 ? c + 1 : undefined }));
    });
  });
  return errors;
}

/**
 * Codes in a column (or a header row): every blank code beside filled cells,
 * and every code that collides with an earlier one once spaces and case are ignored.
 * `filled(i)` says whether position i holds values (so a blank code there matters).
 */
export function checkCodes(cells: readonly Cell[], argument: string, axis: "row" | "column", filled: (i: number) => boolean, offset = 1): DomainError[] {
  const errors: DomainError[] = [];
  const first = new Map<string, number>();
  const place = (i: number) => (axis === "row" ? { argument, row: i + offset } : { argument, row: 1, column: i + offset });
  cells.forEach((cell, i) => {
    const code = readText(cell);
    if (code === "") {
      if (filled(i)) errors.push(new DomainError("missing_code", place(i)));
      return;
    }
    const key = codeKey(code);
    const seen = first.get(key);
    if (seen !== undefined) errors.push(new DomainError("duplicate_code", { ...place(i), code }, { value: code, axis, first: seen + offset }));
    else first.set(key, i);
  });
  return errors;
}

/** Codes that are not in `known` (compared as a reader would), each with its place. */
export function checkKnown(cells: readonly Cell[], known: readonly string[], argument: string, list: string, axis: "row" | "column", offset = 1): DomainError[] {
  const keys = new Set(known.map(codeKey));
  return cells.flatMap((cell, i) => {
    const code = readText(cell);
    if (code === "" || keys.has(codeKey(code))) return [];
    const place = axis === "row" ? { argument, row: i + offset, column: 1, code } : { argument, row: 1, column: i + offset, code };
    return [new DomainError("unknown_code", place, { value: code, list })];
  });
}

/** Rows of a labelled range (after its header) whose drivers add up to zero while the row has a code. */
export function checkRowsSumToZero(range: Range, argument: string): DomainError[] {
  return range.slice(1).flatMap((row, r) => {
    const code = readText(row[0]);
    if (code === "") return [];
    const total = row.slice(1).reduce<number>((a, cell) => a + (typeof cell === "number" && cell > 0 ? cell : 0), 0);
    return total > 0 ? [] : [new DomainError("keys_sum_to_zero", { argument, row: r + 2, code }, { value: code, receivers: "centres" })];
  });
}

export const rowHasValues = (range: Range, from = 1) => (i: number): boolean => (range[i] ?? []).slice(from).some((cell) => !isBlank(cell));
