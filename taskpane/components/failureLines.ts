import { InsertPlanError } from "../office/insertErrors";
import type { UiStrings } from "../i18n/strings";

/** The lines that explain a failed insert: what happened and what to do, what became of the workbook, then Excel's own words. */
export function failureLines(error: unknown, strings: UiStrings["template"]): string[] {
  if (!(error instanceof InsertPlanError)) return [strings.failures.unknown, strings.detail(error instanceof Error ? error.message : String(error))];
  const workbook = error.leftBehind.length > 0 ? strings.leftBehind(error.leftBehind) : strings.nothingChanged;
  return [strings.failures[error.reason], workbook, strings.detail(error.message)];
}
