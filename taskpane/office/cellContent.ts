import type { Value } from "../../src/workbook/plan";

/**
 * What we send for a block of cells: the values and, cell by cell, the number
 * format to set BEFORE the values in the same request.
 *
 * Why every string goes into a cell formatted as Text ("@"): Excel reads a
 * value written through `range.values` the way it reads typing, so "=evil()",
 * "+33 6…", "-" or "@x" would become a formula, "0012" the number 12 and
 * "1/2" a date. A cell whose number format is Text keeps what is written as
 * text, on every platform, and Office.js applies the queued `numberFormat`
 * before the `values` queued after it. (A leading apostrophe works when
 * typing, but it is dropped when a value is read back and rewritten through
 * the API, OfficeDev/office-js#6687, and it is not what a reader expects in the
 * data.) Numbers, booleans and blanks keep the column's own format.
 */
export interface CellBlock {
  values: (string | number | boolean)[][];
  numberFormat: string[][];
}

const TEXT_FORMAT = "@";
const DEFAULT_FORMAT = "General";

export function cellBlock(rows: readonly (readonly Value[])[], columnFormats: readonly (string | undefined)[] = []): CellBlock {
  return {
    values: rows.map((row) => row.map((value) => value ?? "")),
    numberFormat: rows.map((row) => row.map((value, c) => (typeof value === "string" ? TEXT_FORMAT : columnFormats[c] ?? DEFAULT_FORMAT))),
  };
}
