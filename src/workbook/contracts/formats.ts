import type { Language } from "../../excel/messages";

/**
 * Number formats of the contract template, by currency and language: amounts
 * to the currency's decimals, dates as the language writes them, months.
 */

export interface Formats {
  amount: string;
  /** An amount whose blank source (shown 0) stays blank: copies of optional cells. */
  amountCopy: string;
  date: string;
  /** A copied date whose blank source stays blank. */
  dateCopy: string;
  /** First day of a month, shown as the month; serials before 1901 (no period given yet) show blank. */
  month: string;
}

export const QUANTITY = "General";
export const PERCENT = "0.0%";
/** A signed percentage: bonuses and penalties. */
export const SIGNED_PERCENT = "+0%;-0%;0%";
export const TEXT = "@";

export function formatsFor(lang: Language, decimals: number): Formats {
  const amount = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  const date = lang === "fr" ? "dd/mm/yyyy" : "yyyy-mm-dd";
  return { amount, amountCopy: `${amount};-${amount};;@`, date, dateCopy: `${date};;;@`, month: '[<367]"";mmm yyyy' };
}
