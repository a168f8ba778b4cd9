import type { Cell } from "../../engine/cell";
import { ErrorCode, fail } from "../../engine/errors";
import { Blank, isBlank, NumberType, readCell, readText, scalar } from "../cells";
import type { Text } from "../language";
import { MAX_CURRENCY_DECIMALS } from "../limits";
import { Base, Param, param } from "./param";
import { blankPhrase, list, typePhrase } from "./phrases";

/** Parameters that are one value: a number with its bounds, the currency's decimals, a code, a choice of words. */

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
