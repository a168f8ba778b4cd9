import type { Cell } from "../cells";
import type { NumberType } from "../cells";
import { t, Text } from "../language";
import { MAX_DECIMALS } from "../limits";
import { codes, currencyDecimals as currency, Shape, UnknownSize, value } from "../params";

/** Cell types and parameters several functions share. */

export const AMOUNT: NumberType = { type: "amount", sign: "any" };
export const COST: NumberType = { type: "amount", sign: "nonNegative" };
export const PRICE: NumberType = { type: "amount", sign: "nonNegative", currency: true };
export const QUANTITY: NumberType = { type: "quantity" };
export const DRIVER: NumberType = { type: "driver" };
export const SHARE: NumberType = { type: "rate", min: 0, max: 1 };
export const DATE: NumberType = { type: "date" };

export const centres = codes({ id: "centres", name: t("centres", "centres"), description: t("Codes of all cost centres, one column.", "Codes de tous les centres de coût, en une colonne."), unique: true });

/** Decimals a result is rounded to, when given (0 to 10). */
const roundingDecimals = (description: Text) => value({ id: "decimals", name: t("decimals", "décimales"), description, type: { type: "decimals", max: MAX_DECIMALS }, optional: true });
export const footedDecimals = roundingDecimals(t("Optional. Round results to this many decimals; rounded results still add up to the rounded total.", "Facultatif. Arrondit les résultats à ce nombre de décimales ; les résultats arrondis totalisent toujours le total arrondi."));
export const eachDecimals = roundingDecimals(t("Optional. Round each result to this many decimals (half away from zero).", "Facultatif. Arrondit chaque résultat à ce nombre de décimales (au plus proche, 0,5 vers le haut)."));
export const currencyDecimals = currency(t("Optional. Decimals of the currency (2 = cents, the default; 0 to 3).", "Facultatif. Décimales de la monnaie (2 = centimes, par défaut ; de 0 à 3)."));

/** Length of a one-column (or one-row) argument; an omitted one arrives as one blank cell. */
export const len = (s: Shape | null): number => (s ? Math.max(s[0], s[1]) : 1);

/** A whole-number argument known before computing, with its default; an unknown one cannot size the result. */
export function known(scalars: Cell[] | undefined, i: number, fallback?: number): number {
  const v = scalars?.[i];
  if (v === undefined || v === null || v === "") {
    if (fallback !== undefined) return fallback;
    throw new UnknownSize();
  }
  return Number(v);
}
