/**
 * A cell value as a spreadsheet holds it (number, text, boolean or blank), the
 * rule for what counts as blank, and the key codes are matched on. The
 * engine's hot paths (a million claim lines) read raw cells, so these live here.
 */
export type Cell = number | string | boolean | null | undefined;
export type Range = Cell[][];

export function isBlank(cell: Cell): boolean {
  if (cell === null || cell === undefined || cell === "") return true;
  if (typeof cell !== "string") return false;
  // Fast path for the usual text that starts with a visible character: no trimmed copy (claims tables run to a million lines).
  const first = cell.charCodeAt(0);
  if (first > 32 && first !== 160) return false;
  return cell.trim() === "";
}

/** The key a person reading the sheet would match on: spaces around and case ignored. */
export function codeKey(code: string): string {
  // Printable ASCII with nothing to trim (nearly every code) needs neither Unicode normalisation nor locale rules.
  if (/^[!-~](?:[ -~]*[!-~])?$/.test(code)) return code.toUpperCase();
  return code.normalize("NFC").trim().toLocaleUpperCase("fr");
}


/** The filled cells of a row of a mostly blank table (a consumption matrix): blank cells (0) are left out. */
export interface FilledCells {
  /** Index of each cell's column among the table's columns. */
  columns: number[];
  values: number[];
}
