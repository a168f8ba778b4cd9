import type { FigureFormat } from "../../src/journeys/journey";
import type { Language } from "../../src/excel/messages";
import { isErrorValue, type Computed } from "../../src/workbook/evaluate";

/** A key figure as the Review step shows it, in the pane's language (an error shows as Excel shows it). */
export function formatFigure(value: Computed, format: FigureFormat, language: Language): string {
  if (isErrorValue(value)) return value.error;
  if (typeof value !== "number") return value === null ? "" : String(value);
  const locale = language === "fr" ? "fr-FR" : "en-GB";
  switch (format) {
    case "amount":
      return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    case "count":
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case "percent":
      return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
    case "text":
      return String(value);
  }
}

/** A duration measured in the pane: milliseconds, or seconds past one. */
export function formatDuration(ms: number, language: Language): string {
  const locale = language === "fr" ? "fr-FR" : "en-GB";
  return ms < 1000 ? `${Math.round(ms)} ms` : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(ms / 1000)} s`;
}

/** A check passes when it reads 0 to the cent. */
export const checkPasses = (value: Computed): boolean => typeof value === "number" && Math.abs(value) < 0.005;
