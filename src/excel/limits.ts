/**
 * Every bound the functions apply, in one place: the reference's table of
 * limits is generated from here, and the readers and the Excel adapter refuse
 * what passes them.
 */

/** Excel's grid: a result that does not fit cannot spill. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/**
 * Excel keeps 15 significant digits. A number beyond 10^15 has no units digit
 * left, and an amount in a currency with d decimals must stay below 10^(15 − d)
 * to keep its last decimal: larger inputs are refused, not rounded silently.
 * Quantities, drivers and amounts without a currency share the first bound.
 */
export const SIGNIFICANT_DIGITS = 15;
export const MAX_MAGNITUDE = 10 ** SIGNIFICANT_DIGITS;

/** Excel's dates: serial 0 is its day zero (what a blank date gives in a formula), 2,958,465 is 31 December 9999. */
export const FIRST_DATE = 0;
export const LAST_DATE = 2_958_465;

/**
 * A footed rounding (rounded parts that add up to the rounded total) may ask for at most 18 significant digits of
 * its total. A double carries 17: finer units hold only binary noise, and footing would have to place them one by
 * one (a total of 10^15 rounded to 10 decimals: ten billion of them).
 */
export const MAX_FOOTED_DIGITS = 18;

/** Decimals a rounding may ask for, and those of a currency (millimes have 3). */
export const MAX_DECIMALS = 10;
export const MAX_CURRENCY_DECIMALS = 3;

/** A loan (grace years included) and a fund projection run at most a century; payments are yearly to monthly. */
export const MAX_LOAN_YEARS = 100;
export const PAYMENTS_PER_YEAR = [1, 2, 4, 12] as const;
export const MAX_HORIZON = 100;

/** A waiting period of ten years is already a membership rule no mutuelle writes. */
export const MAX_WAITING_DAYS = 3_650;

/** A margin above 200 % (more than tripling the cost) is far likelier a slip (20 for 20 %) than a tariff. */
export const MAX_MARGIN = 2;

/** A price cap of 10 (1,000 % of the convention price) is the highest any convention we know of writes. */
export const MAX_PRICE_CAP = 10;

/**
 * What a custom function may carry in one call, each way. Excel on the web
 * caps every request and every response at 5 MB, custom-function payloads
 * included, and a call nearing it hangs at #BUSY! with nothing the add-in can
 * catch. Excel sends the calls of one recalculation together, and a contract
 * workbook passes the same activity table to three functions: at 1 MB of
 * arguments per call, three such calls and their results stay under the cap
 * with room for Excel's own envelope. Sizes are estimated as Excel serialises
 * them (JSON: a number as its shortest text, a text with its quotes, a
 * separator per cell).
 */
export const PAYLOAD_BYTES = 1_000_000;
