import type { Text } from "../excel/catalog";
import { readText } from "../excel/cells";
import type { Computed, PlanEvaluation } from "../workbook/evaluate";
import { cellAddress, parseRef } from "../workbook/formula";
import type { RangeRef, SheetPlan } from "../workbook/plan";

/** Helpers for the journeys' words and key figures. */

/** A text in both languages, French first. */
export const text = (fr: string, en: string): Text => ({ fr, en });

/** The value of one cell of a results sheet after evaluation, with where it is (for the Review step's link). */
export function figure(evaluation: PlanEvaluation, sheet: SheetPlan, at: string): { value: Computed; sheet: string; at: string } {
  return { value: evaluation.read(sheet.name, at)[0][0], sheet: sheet.key, at };
}

/** The numbers of a results column with the code on the same row (another column of the same sheet), blank rows left out. */
export function numbersWithCodes(evaluation: PlanEvaluation, sheet: SheetPlan, codes: RangeRef, values: RangeRef): { code: string; value: number; at: string }[] {
  const codeCells = evaluation.read(sheet.name, codes.ref).map((row) => row[0]);
  const area = parseRef(values.ref);
  return evaluation.read(sheet.name, values.ref).flatMap((row, i) => {
    const value = row[0];
    const code = codeCells[i];
    return typeof value === "number" && typeof code !== "object" ? [{ code: readText(code), value, at: cellAddress(area.top + i, area.left) }] : [];
  });
}
