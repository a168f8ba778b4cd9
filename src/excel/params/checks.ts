import { fail } from "../../engine/errors";
import { codeKey } from "../cells";
import { MAX_FOOTED_DIGITS } from "../limits";
import type { Column } from "./columns";
import type { Phrase } from "./param";

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
