import type { Cell, Range } from "../engine/cell";
import { CodeIndex } from "../engine/codes";
import { ErrorCode, fail, Place } from "../engine/errors";
import { Blank, CellType, codeKey, column, isBlank, NumberType, readCell, readNumberAs, readText, scalar } from "./cells";
import { formatNumber, formatPercent, Language, Text } from "./language";
import { EXCEL_COLUMNS, EXCEL_ROWS, MAX_CURRENCY_DECIMALS, MAX_FOOTED_DIGITS } from "./limits";
import { CodedColumn, columnKeeper, LabelledTable, readCodes, readLabelledTable, readNumbersAt, RowKeeper, Rows } from "./tables";

/**
 * Parameters declared once. Each parameter of a function says what it holds
 * (its cell type and bounds, its layout: one value, a column aligned with
 * another, a table with its columns…) and how a blank reads; from that one
 * declaration come the reading and checking of the argument, the refusals
 * with their places, the Excel metadata (range or value, optional) and the
 * reference's parameter tables.
 */

export type Arg = Range | Cell;
export const asRange = (value: Arg | undefined): Range => (Array.isArray(value) ? value : [[value ?? null]]);

/** A phrase in a language; `label` names another parameter as a reader of that language sees it. */
export type Phrase = (lang: Language, label: (id: string) => string) => string;

export interface Param<Id extends string = string, V = unknown> {
  /** Parameter name in the English metadata, and its place in errors: stored nowhere, but part of every message. */
  readonly id: Id;
  readonly name: Text;
  readonly description: Text;
  readonly optional: boolean;
  /** Excel's view: a range (a matrix of cells) or one value. */
  readonly kind: "range" | "scalar";
  /** What it accepts, for the reference's parameter table. */
  readonly accepts: Phrase;
  /** The parameter whose rows this one follows. */
  readonly alignedWith?: string;
  /** This parameter holds the currency's decimals, that the function's amounts follow. */
  readonly currency?: boolean;
  /** Cells whose filling keeps a row of the parameter this one is aligned with (an amount beside a blank code is an error). */
  keeper?(arg: Arg | undefined): RowKeeper | undefined;
  read(arg: Arg | undefined, ctx: ReadContext): V;
}

/** Reads a function's arguments by their declarations, each once, in any order the declarations need. */
export class ReadContext {
  private readonly values = new Map<string, unknown>();

  constructor(
    private readonly params: readonly Param[],
    private readonly raw: readonly (Arg | undefined)[],
  ) {}

  get<V>(id: string): V {
    if (!this.values.has(id)) {
      const i = this.params.findIndex((p) => p.id === id);
      if (i < 0) throw new Error(`no parameter "${id}" is declared`);
      this.values.set(id, this.params[i].read(this.raw[i], this));
    }
    return this.values.get(id) as V;
  }

  keepers(id: string): RowKeeper[] {
    return this.params.flatMap((p, i) => (p.alignedWith === id && p.keeper ? [p.keeper(this.raw[i])] : [])).filter((k): k is RowKeeper => k !== undefined);
  }

  /** The currency's decimals: its parameter's value, 2 (cents) where the function has none. */
  currencyDecimals(): number {
    const p = this.params.find((q) => q.currency);
    return p ? this.get<number>(p.id) : 2;
  }
}

/** An argument left out: Excel passes null, a test may pass nothing. */
const omitted = (arg: Arg | undefined): boolean => arg === undefined || arg === null || (Array.isArray(arg) && arg.every((row) => row.every(isBlank)) && arg.length * (arg[0]?.length ?? 0) <= 1);

interface Base<Id extends string> {
  id: Id;
  name: Text;
  description: Text;
  optional?: boolean;
}

function param<Id extends string, V>(base: Base<Id>, rest: Omit<Param<Id, V>, "id" | "name" | "description" | "optional">): Param<Id, V> {
  return { id: base.id, name: base.name, description: base.description, optional: base.optional === true, ...rest };
}

// ---------------------------------------------------------------- phrases

function typePhrase(type: CellType, lang: Language, label: (id: string) => string): string {
  const fr = lang === "fr";
  const n = (x: number) => formatNumber(x, lang);
  switch (type.type) {
    case "amount": {
      const sign = { any: "", nonNegative: " ≥ 0", positive: " > 0" }[type.sign];
      const currency = type.currency ? (fr ? ` dans la monnaie (pas plus de décimales que \`${label("decimals")}\`)` : ` in the currency (no more decimals than \`${label("decimals")}\`)`) : "";
      return (fr ? "montant" : "amount") + sign + currency;
    }
    case "quantity":
      return fr ? "nombre ≥ 0" : "number ≥ 0";
    case "driver":
      return fr ? "inducteur ou pourcentage ≥ 0" : "driver or percentage ≥ 0";
    case "rate":
      return fr ? `taux de ${formatPercent(type.min, lang)} à ${formatPercent(type.max, lang)} (80 % s'écrit 80 % ou 0,8)` : `rate from ${formatPercent(type.min, lang)} to ${formatPercent(type.max, lang)} (80% is typed 80% or 0.8)`;
    case "count":
      if (type.allowed) return type.allowed.slice(0, -1).map(n).join(", ") + (fr ? " ou " : " or ") + n(type.allowed[type.allowed.length - 1]);
      return fr ? `entier de ${n(type.min)} à ${n(type.max)}` : `whole number from ${n(type.min)} to ${n(type.max)}`;
    case "decimals":
      return fr ? `entier de 0 à ${type.max}` : `whole number from 0 to ${type.max}`;
    case "date":
      return fr ? "date (une date Excel, pas un texte)" : "date (an Excel date, not text)";
    case "code":
      return "code";
    case "text":
      return fr ? "texte" : "text";
  }
}

function blankPhrase(blank: Blank, lang: Language): string {
  const fr = lang === "fr";
  if (blank === "zero") return fr ? "vide = 0" : "blank = 0";
  if (blank === "none") return fr ? "vide = aucun" : "blank = none";
  if (blank === "required") return fr ? "obligatoire" : "required";
  return fr ? `${formatNumber(blank.default, lang)} par défaut` : `default ${formatNumber(blank.default, lang)}`;
}

const join = (...parts: string[]) => parts.filter((p) => p !== "").join(" ; ");
const joinEn = (...parts: string[]) => parts.filter((p) => p !== "").join("; ");
const list = (lang: Language, ...parts: string[]) => (lang === "fr" ? join(...parts) : joinEn(...parts));
const sameRows = (lang: Language, other: string) => (lang === "fr" ? `autant de lignes que \`${other}\`` : `as many rows as \`${other}\``);

// ---------------------------------------------------------------- codes and columns

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

// ---------------------------------------------------------------- single values

type ValueDecl<Id extends string> = Base<Id> & { type: NumberType };

/** One number: required, optional, or with a default taken when blank. */
export function value<const Id extends string>(d: ValueDecl<Id> & { default: number }): Param<Id, number>;
export function value<const Id extends string>(d: ValueDecl<Id> & { optional: true }): Param<Id, number | undefined>;
export function value<const Id extends string>(d: ValueDecl<Id> & { optional?: false }): Param<Id, number>;
export function value<const Id extends string>(d: ValueDecl<Id> & { default?: number }): Param<Id, number | undefined> {
  const optional = d.optional === true || d.default !== undefined;
  const blank: Blank = d.default !== undefined ? { default: d.default } : optional ? "none" : "required";
  return param({ ...d, optional }, {
    kind: "scalar",
    accepts: (lang, label) => list(lang, typePhrase(d.type, lang, label), blankPhrase(blank, lang)),
    read: (arg, ctx) => {
      const cell = scalar(arg ?? null);
      const decimals = d.type.type === "amount" && d.type.currency ? ctx.currencyDecimals() : undefined;
      return (readCell(cell, d.type, blank, { argument: d.id }, decimals) as number | null) ?? undefined;
    },
  });
}

/** The currency's decimals (2 = cents, the default; 0 to 3): amounts of the function are in that currency. */
export function currencyDecimals(description: Text): Param<"decimals", number> {
  const p = value({ id: "decimals", name: { en: "decimals", fr: "décimales" }, description, type: { type: "decimals", max: MAX_CURRENCY_DECIMALS }, default: 2 });
  return { ...p, currency: true };
}

/** One code (a hospital). */
export function code<const Id extends string>(d: Base<Id>): Param<Id, string> {
  return param(d, {
    kind: "scalar",
    accepts: (lang) => list(lang, "code", blankPhrase("required", lang)),
    read: (arg) => {
      const cell = scalar(arg ?? null);
      return isBlank(cell) ? fail("missing_value", { argument: d.id }) : readText(cell);
    },
  });
}

/** Normalised word of a choice: accents, case, spaces, "_" and "-" ignored. */
export const choiceWord = (cell: Cell): string => String(cell).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[\s_-]/g, "");

/** A word among those of `words` (French and English), or the fallback when blank. */
export function choice<const Id extends string, T extends string>(d: Base<Id> & { words: Readonly<Record<string, T>>; fallback: NoInfer<T>; shown: Text; error: Extract<ErrorCode, "unknown_method" | "unknown_rule"> }): Param<Id, T> {
  return param({ ...d, optional: true }, {
    kind: "scalar",
    accepts: (lang) => d.shown[lang],
    read: (arg) => {
      const cell = scalar(arg ?? null);
      if (isBlank(cell)) return d.fallback;
      return d.words[choiceWord(cell)] ?? fail(d.error, { argument: d.id }, { value: String(cell), words_fr: d.shown.fr, words_en: d.shown.en });
    },
  });
}

// ---------------------------------------------------------------- tables

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
function checkWidth(range: Range, argument: string, minColumns: number, maxColumns: number): number {
  if (range.length === 0) return 0;
  const width = range[0].length;
  if (width < minColumns || width > maxColumns) fail("shape_mismatch", { argument }, { actual: width, expected: minColumns === maxColumns ? `${minColumns}` : `${minColumns}–${maxColumns}`, reference: argument });
  return width;
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

// ---------------------------------------------------------------- checks across parameters

/** A rule between parameters, applied once each is read. */
export interface Check {
  readonly accepts: Phrase;
  apply(args: Readonly<Record<string, unknown>>): void;
}

/** A period that ends before it starts is refused (both ends optional). */
export function period(start: string, end: string): Check {
  return {
    accepts: (_, label) => `\`${label(start)}\` ≤ \`${label(end)}\``,
    apply: (a) => {
      const [s, e] = [a[start] as number | undefined, a[end] as number | undefined];
      if (s !== undefined && e !== undefined && e < s) fail("bad_period", { argument: end }, { start: s, end: e });
    },
  };
}

/** Two codes that must differ (the two hospitals of a twinning). */
export function distinct(first: string, second: string): Check {
  return {
    accepts: (_, label) => `\`${label(first)}\` ≠ \`${label(second)}\``,
    apply: (a) => {
      if (codeKey(a[first] as string) === codeKey(a[second] as string)) fail("same_code", { argument: second }, { value: a[second] as string, other: first });
    },
  };
}

/** Years of repayment and grace years together at most `max`. */
export function loanLength(years: string, grace: string, max: number): Check {
  return {
    accepts: (_, label) => `\`${label(years)}\` + \`${label(grace)}\` ≤ ${max}`,
    apply: (a) => {
      const total = (a[years] as number) + (a[grace] as number);
      if (total > max) fail("loan_too_long", { argument: grace }, { years: a[years] as number, grace: a[grace] as number, max });
    },
  };
}

/**
 * Results footed to `decimals` (largest remainder) may ask for at most 18 significant digits of the footed total:
 * amounts adding up to 10^9 round to 9 decimals at most. `footing`: the footed total is the sum of all the amounts
 * ("total") or each amount on its own ("each").
 */
export function precision(decimals: string, amounts: string, footing: "total" | "each"): Check {
  return {
    accepts: (lang, label) =>
      lang === "fr"
        ? `\`${label(decimals)}\` : au plus ${MAX_FOOTED_DIGITS} chiffres significatifs ${footing === "total" ? "au total" : "à chaque montant"} de \`${label(amounts)}\``
        : `\`${label(decimals)}\`: at most ${MAX_FOOTED_DIGITS} significant digits ${footing === "total" ? "to the total" : "to each amount"} of \`${label(amounts)}\``,
    apply: (a) => {
      const places = a[decimals] as number | undefined;
      const column = a[amounts] as Column<number>;
      if (places === undefined) return;
      const magnitude = column.values.reduce((m, x) => (footing === "total" ? m + Math.abs(x) : Math.max(m, Math.abs(x))), 0);
      const digits = magnitude < 1 ? 1 : Math.floor(Math.log10(magnitude)) + 1;
      const max = MAX_FOOTED_DIGITS - digits;
      if (places > max) fail("beyond_precision", { argument: decimals }, { value: places, max: Math.max(max, 0), magnitude, digits: MAX_FOOTED_DIGITS });
    },
  };
}

// ---------------------------------------------------------------- a function's description

export type Shape = readonly [rows: number, cols: number];

/** An example of the reference, run as a test: the arguments as Excel passes them, and what must come out. */
export type Example =
  | { id: string; title: Text; args: readonly Arg[]; result: Cell[][] }
  /** `id` starts with "error.": a call that must be refused with this code and place. */
  | { id: `error.${string}`; title: Text; args: readonly Arg[]; error: { code: ErrorCode; place: Place } };

export interface Description<P extends readonly Param[] = readonly Param[]> {
  /** Function id and English name, as stored in workbooks: never change it. */
  id: string;
  /** Name of its adapter in functions/functions.ts and of its entry point in src/excel/sheetFunctions.ts. */
  code: string;
  /** Name users type, per language (without the namespace). */
  name: Text;
  /** One line: what it gives. */
  summary: Text;
  /** What the spilled result holds. */
  result: Text;
  params: P;
  checks?: readonly Check[];
  /**
   * Result shape, known before computing: from the argument shapes (null for an omitted argument) and, for the
   * few functions whose length is a number the user gives (a loan's duration), from the scalar arguments' values
   * (undefined where not known).
   */
  shape: (shapes: (Shape | null)[], scalars?: Cell[]) => Shape;
  /** The task-pane command to use when a table is too large for one call. */
  largeTables?: "reconcileLargeTable";
  examples: readonly Example[];
}

export type ArgsOf<P extends readonly Param[]> = { [K in P[number] as K["id"]]: K extends Param<string, infer V> ? V : never };
export type Args<D> = D extends Description<infer P> ? ArgsOf<P> : never;

/** Keeps the parameter tuple's literal ids, so a function's arguments are typed from its declaration. */
export function describe<const P extends readonly Param[]>(d: Description<P>): Description<P> {
  return d;
}

/** A result's size that depends on an argument whose value is not known (not given, or a formula's not yet computed). */
export class UnknownSize extends Error {
  constructor() {
    super("the result size depends on an argument whose value is not known");
  }
}

export const shapeOf = (arg: Arg | undefined): Shape | null => (arg === undefined || arg === null ? null : Array.isArray(arg) ? [arg.length, arg[0]?.length ?? 0] : [1, 1]);

/**
 * Every argument read and checked by its declaration, then the result's size checked against Excel's grid, all
 * before any computing. `raw`: the arguments as Excel passes them, in parameter order (missing = omitted).
 */
export function readArguments<P extends readonly Param[]>(d: Description<P>, raw: readonly (Arg | undefined)[]): ArgsOf<P> {
  checkGrid(d, raw, false);
  const ctx = new ReadContext(d.params, raw);
  const args: Record<string, unknown> = {};
  for (const p of d.params) args[p.id] = ctx.get(p.id);
  for (const check of d.checks ?? []) check.apply(args);
  checkGrid(d, raw, true);
  return args as ArgsOf<P>;
}

/**
 * The result must fit Excel's grid. Most sizes follow from the arguments' shapes: checked before reading a cell. A
 * size that depends on values (a loan's years × payments a year) is checked once they are read within their bounds.
 */
function checkGrid(d: Description, raw: readonly (Arg | undefined)[], withValues: boolean): void {
  let size: Shape;
  try {
    const scalars = withValues ? d.params.map((p, i) => (p.kind === "scalar" ? scalar(raw[i] ?? null) : undefined)) : undefined;
    size = d.shape(d.params.map((_, i) => shapeOf(raw[i])), scalars);
  } catch (error) {
    if (error instanceof UnknownSize) return;
    throw error;
  }
  const [rows, cols] = size;
  if (rows > EXCEL_ROWS || cols > EXCEL_COLUMNS) fail("result_too_large", {}, { rows, cols, maxRows: EXCEL_ROWS, maxCols: EXCEL_COLUMNS });
}

/** One parameter read on its own (a method word the pane checks before computing). */
export function readAlone<V>(p: Param<string, V>, arg: Arg | undefined): V {
  return p.read(arg, new ReadContext([p], [arg]));
}
