/**
 * The text of a CSV cell read as a number or a date, the way the export
 * meant it: numbers with a decimal comma or point and thousands grouped by
 * spaces (also no-break and narrow no-break), by points or by commas; dates
 * as day/month/year (or month/day/year when the file says so), ISO
 * year-month-day with or without a time, or yyyymmdd. Dates become Excel
 * serial numbers (1900 system), a time of day its fraction. What is not one
 * is left to the caller as the text it was: nothing is guessed.
 */

export type DecimalMark = "," | ".";

const SPACES = /[\s\u00a0\u202f]/g;
/** Per decimal mark: a sign, digits (grouped by three with the other mark, or not), then the decimal mark and digits. */
const NUMBER: Record<DecimalMark, RegExp> = {
  ",": /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d*)(?:,(\d+))?$/,
  ".": /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?$/,
};

/** The number a text holds with `decimal` as its decimal mark, or null. "1 500,50", "1.500,50", "-12,5" with ","; "1,500.50" with ".". */
export function parseNumber(text: string, decimal: DecimalMark): number | null {
  const compact = text.trim().replace(SPACES, "");
  const match = NUMBER[decimal].exec(compact);
  if (!match || (match[2] === "" && match[3] === undefined)) return null;
  const value = Number(`${match[1]}${match[2].replace(/[.,]/g, "") || "0"}${match[3] === undefined ? "" : `.${match[3]}`}`);
  return Number.isFinite(value) ? value : null;
}

/** Whether a text is a number only with a decimal comma ("12,5", "1.234,56"), only with a point, or either ("1500", "1,500"). */
export function decimalEvidence(text: string): DecimalMark | "either" | "none" {
  const comma = parseNumber(text, ",");
  const point = parseNumber(text, ".");
  if (comma === null && point === null) return "none";
  if (comma !== null && point !== null) return "either";
  return comma !== null ? "," : ".";
}

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** The Excel serial of a calendar day (and time), or null for a day that does not exist (31/02). */
export function serialOf(year: number, month: number, day: number, seconds = 0): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  // Serials of 1900 up to 28 February are one less than Excel's (its 29/02/1900 does not exist): no claim dates from then.
  return (time - EPOCH) / DAY + seconds / 86_400;
}

const TIME = /(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const DMY = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})${TIME.source}`);
const YMD = new RegExp(`^(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})${TIME.source}`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

const seconds = (h?: string, m?: string, s?: string) => (h === undefined ? 0 : Number(h) * 3600 + Number(m) * 60 + Number(s ?? 0));
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** The serial of a date written as text, or null. `dayFirst`: 03/04/2025 is 3 April (else 4 March). */
export function parseDate(text: string, dayFirst: boolean): number | null {
  const s = text.trim();
  let m = YMD.exec(s);
  if (m) return serialOf(Number(m[1]), Number(m[2]), Number(m[3]), seconds(m[4], m[5], m[6]));
  m = COMPACT.exec(s);
  if (m) return serialOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(s);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return serialOf(fullYear(m[3]), dayFirst ? b : a, dayFirst ? a : b, seconds(m[4], m[5], m[6]));
}

/** Whether a date text can only be day first (13/01/2025), only month first (01/13/2025), or either. */
export function dateOrderEvidence(text: string): "dayFirst" | "monthFirst" | "either" | "none" {
  const day = parseDate(text, true);
  const month = parseDate(text, false);
  if (day === null && month === null) return "none";
  if (day !== null && month !== null) return "either";
  return day !== null ? "dayFirst" : "monthFirst";
}
