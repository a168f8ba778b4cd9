import type { Cell, Range } from "../excel/cells";
import type { InputValues, Journey, JourneyInput, Problem } from "./journey";
import { finding } from "./problems";

/**
 * The shape each kind of input needs, checked before anything else: the
 * engine reads a column, a labelled table or a fixed number of columns by
 * position, so a range of another shape would only give confusing errors.
 */

/** What is wrong with the shape of a range of `rows` × `cols` cells for `input`, if anything. */
export function shapeProblem(input: JourneyInput, rows: number, cols: number): Problem | undefined {
  switch (input.kind) {
    case "codes":
    case "numbers":
    case "text":
      return cols === 1 ? undefined : finding("not_one_column", input.id, {}, { columns: cols });
    case "scalar":
      return rows === 1 && cols === 1 ? undefined : finding("not_one_cell", input.id, {}, { cells: rows * cols });
    case "labelledTable":
      return rows >= 2 && cols >= 2 ? undefined : finding("too_small", input.id, {});
    case "table":
      return cols >= (input.columns ?? 1) ? undefined : finding("too_few_columns", input.id, {}, { expected: input.columns ?? 1, columns: cols });
  }
}

const sizeOf = (range: Range): [rows: number, cols: number] => [range.length, range[0]?.length ?? 0];

/**
 * Required inputs not mapped, ranges of the wrong shape, aligned columns of
 * another length than the column they run beside. Settings may stay unmapped.
 */
export function shapeProblems(journey: Journey, values: InputValues): Problem[] {
  return journey.inputs.flatMap((input): Problem[] => {
    const range = values[input.id];
    if (!range) return input.optional || input.kind === "scalar" ? [] : [finding("not_mapped", input.id, {})];
    const shape = shapeProblem(input, ...sizeOf(range));
    if (shape) return [shape];
    const anchor = input.alignedWith === undefined ? undefined : values[input.alignedWith];
    if (anchor && anchor.length !== range.length) return [finding("not_aligned", input.id, {}, { rows: range.length, expected: anchor.length, other: input.alignedWith! })];
    return [];
  });
}

/** The cells of a one-column range, top to bottom. */
export const columnCells = (range: Range): Cell[] => range.map((row) => row[0]);

/** The columns the engine reads of a "table" input: its first `columns`. */
function usedColumns(input: JourneyInput, range: Range): Range {
  return input.kind === "table" && input.columns !== undefined ? range.map((row) => row.slice(0, input.columns)) : range;
}

/** The values of every input as the engine reads them (tables cut to the columns it reads). */
export function engineValues(journey: Journey, values: InputValues): InputValues {
  return Object.fromEntries(journey.inputs.flatMap((input) => (values[input.id] ? [[input.id, usedColumns(input, values[input.id]!)]] : [])));
}
