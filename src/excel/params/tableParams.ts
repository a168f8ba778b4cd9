import type { Range } from "../../engine/cell";
import { CodeIndex } from "../../engine/codes";
import { fail } from "../../engine/errors";
import { Blank, CellType, isBlank, NumberType, readCell, readText } from "../cells";
import type { Language, Text } from "../language";
import { LabelledTable, readLabelledTable, Rows } from "../tables";
import { asRange, Base, Param, param } from "./param";
import { blankPhrase, typePhrase } from "./phrases";

/** Parameters that are a table: rows of typed columns, long tables of lines, labelled tables. */

export interface TableColumn {
  name: Text;
  type: CellType;
  blank: Blank;
}

export interface TableRows extends Rows {
  range: Range;
  rows: number[];
  /** The first column's code on each kept row ("" for a table without codes). */
  codes: string[];
  index?: CodeIndex;
  /** values[c][i]: column c (0-based, the code column included) of kept row i. */
  values: (number | string | null)[][];
}

function columnsPhrase(columns: readonly TableColumn[], minColumns: number, lang: Language, label: (id: string) => string): string {
  const fr = lang === "fr";
  const described = columns.map((c, i) => {
    const what = c.type.type === "code" && i === 0 ? [] : [typePhrase(c.type, lang, label), blankPhrase(c.blank, lang)];
    const optional = i >= minColumns ? [fr ? "colonne facultative" : "optional column"] : [];
    const details = [...what, ...optional].join(", ");
    return `${i + 1}. ${c.name[lang]}${details === "" ? "" : `${fr ? " : " : ": "}${details}`}`;
  });
  const count = minColumns === columns.length ? `${columns.length}` : `${minColumns}${fr ? " à " : " to "}${columns.length}`;
  return (fr ? `tableau sans en-tête, ${count} colonnes : ` : `table without header, ${count} columns: `) + described.join(fr ? " ; " : "; ");
}

/** A table's columns between the bounds (an array of no rows, which Excel never passes, has none to check). */
function checkWidth(range: Range, argument: string, minColumns: number, maxColumns: number): void {
  const width = range[0]?.length;
  if (width !== undefined && (width < minColumns || width > maxColumns)) fail("shape_mismatch", { argument }, { actual: width, expected: minColumns === maxColumns ? `${minColumns}` : `${minColumns}–${maxColumns}`, reference: argument });
}

/**
 * Rows of typed columns (a price list, care types, members), without header. `key`: the first column is a code,
 * each once ("unique") or not; "none": a table of numbers (quality bands). Fully blank rows are skipped; a table
 * left blank is empty (quality scores not yet filled) when `emptyAllowed`.
 */
export function table<const Id extends string>(d: Base<Id> & { columns: readonly TableColumn[]; minColumns: number; key: "unique" | "repeated" | "none"; emptyAllowed?: boolean }): Param<Id, TableRows> {
  return param(d, {
    kind: "range",
    accepts: (lang, label) => columnsPhrase(d.columns, d.minColumns, lang, label),
    read: (arg, ctx) => {
      const range = asRange(arg);
      const empty: TableRows = { range, length: range.length, rows: [], codes: [], index: new CodeIndex([], d.id), values: d.columns.map(() => []) };
      if ((d.optional || d.emptyAllowed) && range.every((line) => line.every(isBlank))) return empty;
      checkWidth(range, d.id, d.minColumns, d.columns.length);
      const decimals = ctx.currencyDecimals();
      const rows: number[] = [];
      const codes: string[] = [];
      const values: (number | string | null)[][] = d.columns.map(() => []);
      range.forEach((line, r) => {
        if (line.every(isBlank)) return;
        const row = r + 1;
        const code = d.key === "none" ? "" : readText(line[0]);
        if (d.key !== "none" && code === "") fail("missing_code", { argument: d.id, row, column: 1 });
        rows.push(row);
        codes.push(code);
        d.columns.forEach((c, j) => values[j].push(readCell(line[j] ?? null, c.type, c.blank, { argument: d.id, row, column: j + 1, code: code || undefined }, decimals)));
      });
      if (rows.length === 0 && !d.emptyAllowed) fail("empty_range", { argument: d.id });
      return { range, length: range.length, rows, codes, index: d.key === "unique" ? new CodeIndex(codes, d.id, "row", 1, rows) : undefined, values };
    },
  });
}

export interface Lines extends Rows {
  range: Range;
}

/**
 * A long table of lines (activity, claims) read by the engine's own pass: a cell that is not what its column
 * expects gives its line a status (BAD_DATE, BAD_QUANTITY…), not an error. Only its columns are checked here.
 */
export function lines<const Id extends string>(d: Base<Id> & { columns: readonly TableColumn[]; minColumns: number; statuses: Text }): Param<Id, Lines> {
  return param(d, {
    kind: "range",
    accepts: (lang, label) => `${columnsPhrase(d.columns, d.minColumns, lang, label)}. ${d.statuses[lang]}`,
    read: (arg) => {
      const range = asRange(arg);
      checkWidth(range, d.id, d.minColumns, d.columns.length);
      return { range, length: range.length };
    },
  });
}

/** A labelled range: first row column codes, first column row codes, a body of `type` (blank cells left out). */
export function labelled<const Id extends string>(d: Base<Id> & { type: NumberType; rowsAre: Text; columnsAre: Text; blank: "zero" | "none" }): Param<Id, LabelledTable> {
  return param(d, {
    kind: "range",
    accepts: (lang, label) =>
      lang === "fr"
        ? `tableau étiqueté : 1re ligne ${d.columnsAre.fr}, 1re colonne ${d.rowsAre.fr}, dans le corps ${typePhrase(d.type, lang, label)} (${blankPhrase(d.blank, lang)})`
        : `labelled table: first row ${d.columnsAre.en}, first column ${d.rowsAre.en}, ${typePhrase(d.type, lang, label)} in the body (${blankPhrase(d.blank, lang)})`,
    read: (arg, ctx) => readLabelledTable(asRange(arg), d.id, d.type, ctx.currencyDecimals()),
  });
}
