import type { UiStrings } from "../i18n/strings";
import { InsertPlanError, OfficeFailure } from "../office/insertErrors";

/**
 * The lines that explain a failure: what happened and what to do, what
 * became of the workbook (for a write), then Excel's own words. `unknown` is
 * what to say when Office gave no reason the pane knows.
 */
export function failureLines(error: unknown, strings: UiStrings, unknown = strings.failures.unknown): string[] {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof OfficeFailure)) return [unknown, strings.detail(message)];
  const what = error.reason === "unknown" ? unknown : strings.failures[error.reason];
  return [what, ...(error instanceof InsertPlanError ? [workbookLine(error, strings)] : []), strings.detail(message)];
}

function workbookLine(error: InsertPlanError, strings: UiStrings): string {
  if (error.leftBehind.length > 0) return strings.template.leftBehind(error.leftBehind);
  if (error.cleared.length > 0) return strings.compute.cleared(error.cleared);
  return strings.template.nothingChanged;
}
