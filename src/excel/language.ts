/**
 * The two languages of the add-in's texts, and how numbers and dates read in
 * each: shared by the error messages and the generated function reference, so
 * a bound reads the same in a message and in the documentation.
 */

export type Language = "fr" | "en";
export const LANGUAGES: readonly Language[] = ["fr", "en"];

export interface Text {
  en: string;
  fr: string;
}

export const t = (en: string, fr: string): Text => ({ en, fr });

/** A number as a reader of that language writes it: 1 200 000,5 / 1,200,000.5; Excel's 9.99E+307 form far from 1. */
export function formatNumber(n: number, lang: Language): string {
  if (!Number.isFinite(n)) return String(n);
  const magnitude = Math.abs(n);
  if (magnitude >= 1e16 || (magnitude !== 0 && magnitude < 1e-9)) {
    const [mantissa, exponent] = n.toExponential().split("e");
    const digits = lang === "fr" ? mantissa.replace(".", ",") : mantissa;
    return `${digits}E${exponent}`;
  }
  // Excel shows 15 significant digits: so do we. Thousands grouped with a plain space in French.
  const [whole, fraction] = magnitude.toLocaleString("en-US", { useGrouping: false, maximumSignificantDigits: 15 }).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "fr" ? " " : ",");
  const sign = n < 0 ? "−" : "";
  return sign + grouped + (fraction === undefined ? "" : (lang === "fr" ? "," : ".") + fraction);
}

/** A rate as a percentage: 0.8 → "80 %" / "80%". */
export function formatPercent(rate: number, lang: Language): string {
  const percent = Number((rate * 100).toPrecision(12));
  return lang === "fr" ? `${formatNumber(percent, lang)} %` : `${formatNumber(percent, lang)}%`;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * An Excel serial date (1900 system) as a reader writes it: 31/12/2026 / 2026-12-31. Serials before 61 count
 * from 31 December 1899, as Excel keeps its 29 February 1900 (a day that never was) at serial 60.
 */
export function formatDate(serial: number, lang: Language): string {
  const day = Math.floor(serial);
  if (day === 0) return lang === "fr" ? "00/01/1900" : "1900-01-00";
  if (day === 60) return lang === "fr" ? "29/02/1900" : "1900-02-29";
  const date = new Date(EXCEL_EPOCH + (day < 60 ? day + 1 : day) * DAY);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const two = (x: number) => String(x).padStart(2, "0");
  return lang === "fr" ? `${two(d)}/${two(m)}/${y}` : `${y}-${two(m)}-${two(d)}`;
}
