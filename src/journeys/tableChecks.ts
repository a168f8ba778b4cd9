import { Cell, codeKey, isBlank, Range, readText } from "../excel/cells";
import { checkCodes, checkKnown, checkNumbers, rowHasValues } from "../excel/checks";
import { DomainError } from "../engine/errors";
import { columnCells } from "./shapes";

/** Per-cell checks the journeys share, on top of src/excel/checks.ts: each returns every problem, with its place. */

/** Blank codes where the row holds values, in a column whose codes may repeat (the key of each expense line, the letter of each act). */
export function missingCodes(cells: readonly Cell[], argument: string, filled: (i: number) => boolean): DomainError[] {
  return cells.flatMap((cell, i) => (isBlank(cell) && filled(i) ? [new DomainError("missing_code", { argument, row: i + 1 })] : []));
}

/** Whether row i of any of `columns` holds something. */
export const anyFilled = (columns: readonly (Range | undefined)[]) => (i: number): boolean => columns.some((range) => range !== undefined && !isBlank(range[i]?.[0]));

/** The codes of a labelled table's header row (after its corner) and of its first column (below its header). */
export function labelledCodes(range: Range): { across: Cell[]; down: Cell[] } {
  return { across: range[0].slice(1), down: columnCells(range).slice(1) };
}

/**
 * Every problem of a labelled table: missing and repeated codes across and
 * down, codes across that are not in `centres` (and codes down, when `downIn`
 * gives their list), text or negative drivers.
 */
export function labelledTableProblems(range: Range, argument: string, centres: readonly string[], downIn?: readonly string[]): DomainError[] {
  const { across, down } = labelledCodes(range);
  const columnFilled = (i: number) => range.slice(1).some((row) => !isBlank(row[i + 1]));
  const atColumn1 = (errors: DomainError[]) => errors.map((e) => new DomainError(e.code, { ...e.place, column: 1 }, e.params));
  return [
    ...checkCodes(across, argument, "column", columnFilled, 2),
    ...atColumn1(checkCodes(down, argument, "row", (i) => rowHasValues(range)(i + 1), 2)),
    ...checkKnown(across, centres, argument, "centres", "column", 2),
    ...(downIn ? checkKnown(down, downIn, argument, "centres", "row", 2) : []),
    ...checkNumbers(range, argument, { nonNegative: true, firstRow: 1, firstColumn: 1 }),
  ];
}

/** The codes of a column as read (trimmed, blanks dropped). */
export const codesOf = (cells: readonly Cell[]): string[] => cells.map(readText).filter((code) => code !== "");

/** A set of codes compared as a reader would (spaces and case ignored). */
export const codeSet = (codes: readonly string[]): Set<string> => new Set(codes.map(codeKey));
