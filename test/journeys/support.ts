import type { Cell, Range } from "../../src/excel/cells";
import type { InputValues, Mapping } from "../../src/journeys/journey";
import { evaluatePlan, isErrorValue, OutsideCells } from "../../src/workbook/evaluate";
import { cellAddress, parseRef } from "../../src/workbook/formula";
import type { WorkbookPlan } from "../../src/workbook/plan";

/**
 * A template's inputs as a user's workbook would give them to a journey:
 * the values of each mapped range (formulas computed), and the same ranges
 * as the cells a journey's results read outside their own sheets.
 */
export function mappedValues(plan: WorkbookPlan, mapping: Mapping): { values: InputValues; outside: OutsideCells[] } {
  const evaluation = evaluatePlan(plan);
  const values: InputValues = {};
  const outside: OutsideCells[] = [];
  for (const [id, ref] of Object.entries(mapping)) {
    if (!ref) continue;
    const rows = evaluation.read(ref.sheet!, ref.ref).map((row) =>
      row.map((value): Cell => {
        if (isErrorValue(value)) throw new Error(`${ref.sheet}!${ref.ref} holds ${value.error}`);
        return value;
      }),
    );
    values[id] = rows;
    const { top, left } = parseRef(ref.ref);
    outside.push({ sheet: ref.sheet!, at: cellAddress(top, left), rows: rows.map((row) => row.map((cell) => cell ?? null)) });
  }
  return { values, outside };
}

/** A copy of a range with one cell changed (row and column 1-based). */
export function withCell(range: Range | undefined, row: number, column: number, value: Cell): Range {
  const copy = (range ?? []).map((r) => r.slice());
  copy[row - 1][column - 1] = value;
  return copy;
}

/** Problems as short rows for comparison. */
export const brief = (problems: { severity: string; input?: string; row?: number; column?: number; error?: { code: string }; finding?: { code: string } }[]) =>
  problems.map((p) => [p.severity, p.error?.code ?? p.finding?.code, p.input, p.row, p.column].filter((x) => x !== undefined).join(" "));
