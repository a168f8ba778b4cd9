import { basename } from "node:path";
import { valuesCompanion } from "../src/journeys/valuesCopy";
import type { Language } from "../src/excel/messages";
import { evaluatePlan, PlanEvaluation } from "../src/workbook/evaluate";
import type { WorkbookPlan } from "../src/workbook/plan";
import { writePlanXlsx } from "./xlsx";

/** `hisab-contrats.xlsx` → `hisab-contrats-values.xlsx`: the values-only companion written beside a workbook. */
export const companionFile = (file: string): string => file.replace(/\.xlsx$/, "-values.xlsx");

/**
 * Writes a computed workbook and, beside it, its values-only companion for
 * readers without the add-in (every formula replaced by the value the engine
 * computed, a note on its first sheet saying when and from which file).
 * Returns the companion's path.
 */
export async function writeWithCompanion(plan: WorkbookPlan, evaluation: PlanEvaluation, file: string, lang: Language, date = new Date()): Promise<string> {
  await writePlanXlsx(plan, evaluation, file);
  const companion = valuesCompanion(plan, evaluation, lang, { source: basename(file), date });
  const values = companionFile(file);
  await writePlanXlsx(companion, evaluatePlan(companion), values);
  return values;
}
