import type { Range } from "../../engine/cell";
import { fail } from "../../engine/errors";
import { column, isBlank, NumberType, readCell, readNumberAs, readText } from "../cells";
import { CodedColumn, columnKeeper, readCodes, readNumbersAt, RowKeeper, Rows } from "../tables";
import { asRange, Base, omitted, Param, param } from "./param";
import { blankPhrase, list, sameRows, typePhrase } from "./phrases";

/** Parameters that are a column (codes, numbers aligned with them, one value per row), a list or a matrix. */

/** A column of codes: the rows every column aligned with it is read at. */
export function codes<const Id extends string>(d: Base<Id> & { unique: boolean }): Param<Id, CodedColumn> {
  return param(d, {
    kind: "range",
    accepts: (lang) => (lang === "fr" ? `codes en une colonne${d.unique ? ", chacun une fois (espaces autour et casse ignorés)" : ""}` : `codes, one column${d.unique ? ", each once (spaces around and case ignored)" : ""}`),
    read: (arg, ctx) => readCodes(asRange(arg), d.id, ctx.keepers(d.id), d.unique),
  });
}

export interface Column<V> extends Rows {
  rows: readonly number[];
  /** The values at the kept rows, in order. */
  values: V[];
}

type NumberColumn<Id extends string> = Base<Id> & { type: NumberType; alignedWith?: string; keepsRows?: boolean };

/**
 * A column of numbers. Aligned with another parameter, it is read at that one's kept rows (and, unless
 * `keepsRows` is false, a filled cell keeps its row there); otherwise its kept rows are those filled in it or in the
 * columns aligned with it.
 */
export function numbers<const Id extends string>(d: NumberColumn<Id> & { blank?: "zero"; optional?: false }): Param<Id, Column<number>>;
export function numbers<const Id extends string>(d: NumberColumn<Id> & { blank: "none"; optional?: false }): Param<Id, Column<number | null>>;
export function numbers<const Id extends string>(d: NumberColumn<Id> & { blank?: "zero"; optional: true }): Param<Id, Column<number> | undefined>;
export function numbers<const Id extends string>(d: NumberColumn<Id> & { blank?: "zero" | "none" }): Param<Id, Column<number | null> | undefined> {
  const blank = d.blank === "none" ? null : 0;
  return param(d, {
    kind: "range",
    alignedWith: d.alignedWith,
    accepts: (lang, label) => list(lang, typePhrase(d.type, lang, label), lang === "fr" ? "en une colonne" : "one column", d.alignedWith ? sameRows(lang, label(d.alignedWith)) : "", blankPhrase(d.blank ?? "zero", lang)),
    keeper: d.alignedWith && d.keepsRows !== false ? (arg) => (omitted(arg) ? undefined : columnKeeper(asRange(arg), d.id)) : undefined,
    read: (arg, ctx) => {
      if (d.optional && omitted(arg)) return undefined;
      const range = asRange(arg);
      const basis = d.alignedWith ? ctx.get<Rows>(d.alignedWith) : ownRows(range, d.id, ctx.keepers(d.id));
      const values = readNumbersAt(range, d.id, basis, d.alignedWith ?? d.id, d.type, blank, ctx.currencyDecimals());
      return { length: basis.length, rows: basis.rows ?? values.map((_, i) => i + 1), values };
    },
  });
}

/** Rows of a column that are filled, in it or in the columns aligned with it. */
function ownRows(range: Range, argument: string, keepers: readonly RowKeeper[]): Rows {
  const cells = column(range, argument);
  for (const k of keepers) if (k.length !== cells.length) fail("shape_mismatch", { argument: k.argument }, { actual: k.length, expected: cells.length, reference: argument });
  const rows: number[] = [];
  cells.forEach((cell, i) => {
    if (!isBlank(cell) || keepers.some((k) => k.filled(i))) rows.push(i + 1);
  });
  return { length: cells.length, rows };
}

/** One value for every row, or one per row of another parameter: `at(row)` for a 1-based row, null where blank. */
export type PerRow = (row: number) => number | null;

/** One value for all rows or a column aligned with `alignedWith` (a margin for all acts, or one per act); undefined when left blank. */
export function perRow<const Id extends string>(d: Base<Id> & { type: NumberType; alignedWith: string }): Param<Id, PerRow | undefined> {
  return param(d, {
    kind: "range",
    accepts: (lang, label) => list(lang, typePhrase(d.type, lang, label), lang === "fr" ? `une valeur pour tous ou une par ligne de \`${label(d.alignedWith)}\`` : `one value for all or one per row of \`${label(d.alignedWith)}\``, blankPhrase("none", lang)),
    read: (arg, ctx) => {
      if (omitted(arg)) return undefined;
      const range = asRange(arg);
      const decimals = ctx.currencyDecimals();
      if (range.length === 1 && range[0].length === 1) {
        const single = readNumberAs(range[0][0], d.type, { argument: d.id }, decimals);
        return () => single;
      }
      const basis = ctx.get<Rows>(d.alignedWith);
      const values = readNumbersAt(range, d.id, { length: basis.length }, d.alignedWith, d.type, null, decimals);
      return (row) => values[row - 1];
    },
  });
}

export interface Matrix {
  width: number;
  /** Each row's numbers (blank = 0), or null for a fully blank row. */
  rows: (number[] | null)[];
}

/** Rows of numbers aligned with a column (SPREAD's drivers), one row per row of it. */
export function matrix<const Id extends string>(d: Base<Id> & { type: NumberType; alignedWith: string }): Param<Id, Matrix> {
  return param(d, {
    kind: "range",
    alignedWith: d.alignedWith,
    accepts: (lang, label) => list(lang, typePhrase(d.type, lang, label), lang === "fr" ? `une ligne par ligne de \`${label(d.alignedWith)}\`` : `one row per row of \`${label(d.alignedWith)}\``, blankPhrase("zero", lang)),
    keeper: (arg) => {
      const range = asRange(arg);
      return { argument: d.id, length: range.length, filled: (i) => range[i].some((cell) => !isBlank(cell)) };
    },
    read: (arg, ctx) => {
      const range = asRange(arg);
      const basis = ctx.get<Rows>(d.alignedWith);
      if (range.length !== basis.length) fail("shape_mismatch", { argument: d.id }, { actual: range.length, expected: basis.length, reference: d.alignedWith });
      const rows = range.map((row, r) => (row.every(isBlank) ? null : row.map((cell, c) => readCell(cell, d.type, "zero", { argument: d.id, row: r + 1, column: c + 1 }) as number)));
      return { width: range[0]?.length ?? 0, rows };
    },
  });
}

/** Codes in a column or a row (a closing order); blanks skipped; empty when left out. */
export function codeList<const Id extends string>(d: Base<Id>): Param<Id, string[]> {
  return param(d, {
    kind: "range",
    accepts: (lang) => (lang === "fr" ? "codes en une colonne ou une ligne" : "codes, one column or one row"),
    read: (arg) => {
      const range = asRange(arg);
      return (range.length === 1 ? range[0] : range.map((r) => r[0])).map(readText).filter((c) => c !== "");
    },
  });
}

/** A column of dates in increasing order (the first day of each period). */
export function dates<const Id extends string>(d: Base<Id>): Param<Id, number[]> {
  return param(d, {
    kind: "range",
    accepts: (lang, label) => list(lang, typePhrase({ type: "date" }, lang, label), lang === "fr" ? "en une colonne, croissantes" : "one column, increasing", blankPhrase("required", lang)),
    read: (arg) => {
      const values = column(asRange(arg), d.id).map((cell, i) => readCell(cell, { type: "date" }, "required", { argument: d.id, row: i + 1 }) as number);
      values.forEach((v, i) => {
        if (i > 0 && v <= values[i - 1]) fail("dates_out_of_order", { argument: d.id, row: i + 1 }, { value: v, previous: values[i - 1] });
      });
      return values;
    },
  });
}
