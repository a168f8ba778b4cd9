/**
 * Free names for the sheets and tables we add, so an insert never lands on
 * the user's own sheets or tables.
 */

/** Excel compares sheet, table and defined names without regard to case. */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase();
}

const SHEET_NAME_MAX = 31;
/** Excel keeps "History" for its change-tracking sheet. */
const RESERVED_SHEET_NAMES = ["history"];

/** A name Excel accepts for a sheet: no []:*?/\, no apostrophe at either end, 1 to 31 characters. */
export function validSheetName(wanted: string, fallback: string): string {
  const cleaned = wanted
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, SHEET_NAME_MAX)
    .trim();
  return cleaned === "" ? fallback : cleaned;
}

/** `wanted`, or "wanted (2)", "wanted (3)"… shortened to fit 31 characters; adds the result to `taken`. */
export function freeSheetName(wanted: string, taken: Set<string>, fallback = "Sheet"): string {
  const base = validSheetName(wanted, fallback);
  const isFree = (name: string) => !taken.has(nameKey(name)) && !RESERVED_SHEET_NAMES.includes(nameKey(name));
  let name = base;
  for (let n = 2; !isFree(name); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
  }
  taken.add(nameKey(name));
  return name;
}

/**
 * A name Excel accepts for a table: letters, digits, "_" and "." only, starting
 * with a letter or "_", and not readable as a cell reference (A1, R1C1, R, C).
 */
export function validTableName(wanted: string): string {
  const cleaned = wanted.replace(/[^\p{L}\p{N}_.]/gu, "_");
  const looksLikeReference = /^([A-Za-z]{1,3}[0-9]+|[RrCc]|[Rr][0-9]*[Cc][0-9]*)$/.test(cleaned);
  return /^[\p{L}_]/u.test(cleaned) && !looksLikeReference ? cleaned : `t_${cleaned}`;
}

/** `wanted`, or "wanted_2", "wanted_3"…; table names share one space with the workbook's defined names. */
export function freeTableName(wanted: string, taken: Set<string>): string {
  const base = validTableName(wanted);
  let name = base;
  for (let n = 2; taken.has(nameKey(name)); n++) name = `${base}_${n}`;
  taken.add(nameKey(name));
  return name;
}
