import Decimal from "decimal.js";

/**
 * Money arithmetic. A cloned Decimal constructor, never the global one: the
 * task pane and the functions share one JavaScript runtime, and other code
 * there may configure Decimal differently.
 *
 * Rounding rule (documented in docs/): half away from zero ("arrondi
 * commercial", Excel's ROUND), applied only where the user asks for decimals.
 * When a set of amounts is rounded, it is rounded by largest remainder so that
 * the rounded parts add up exactly to the rounded total.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Money = InstanceType<typeof Money>;

export const ZERO = new Money(0);

export function money(x: number | string | Money): Money {
  return new Money(x);
}

export function sum(values: readonly Money[]): Money {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Exact decimal sum of JavaScript numbers (each taken at its shortest decimal form, as Excel shows it). */
export function sumNumbers(values: readonly number[]): Money {
  let total = ZERO;
  for (const v of values) if (v !== 0) total = total.plus(v);
  return total;
}

export function round(value: Money, decimals: number): Money {
  return value.toDecimalPlaces(decimals, Money.ROUND_HALF_UP);
}

/**
 * Rounds `parts` to `decimals` so that they add up exactly to `total` rounded
 * to `decimals` (largest-remainder, or Hamilton, method). Each part moves by
 * less than one unit of the last place from its own rounding; ties go to the
 * earlier part, so the result is deterministic.
 *
 * `total` defaults to the exact sum of the parts.
 */
export function roundFooted(parts: readonly Money[], decimals: number, total: Money = sum(parts)): Money[] {
  if (parts.length === 0) return [];
  const unit = new Money(10).pow(-decimals);
  const floors = parts.map((p) => p.toDecimalPlaces(decimals, Money.ROUND_FLOOR));
  const target = round(total, decimals);
  let missingUnits = target.minus(sum(floors)).div(unit).toNumber();
  const order = parts
    .map((p, i) => ({ i, remainder: p.minus(floors[i]) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  const result = floors.slice();
  // Normally 0 <= missingUnits < parts.length. When `total` is not the parts' own sum
  // (a footing correction), the difference is spread the same way, one unit at a time.
  for (let k = 0; missingUnits !== 0; k = (k + 1) % order.length) {
    const step = missingUnits > 0 ? unit : unit.neg();
    const at = missingUnits > 0 ? order[k].i : order[order.length - 1 - k].i;
    result[at] = result[at].plus(step);
    missingUnits += missingUnits > 0 ? -1 : 1;
  }
  return result;
}

/**
 * A floating-point result as a decimal, cut to 15 significant digits (what
 * Excel shows). Solver noise lives beyond that digit; cutting it lets results
 * that are exactly equal in decimal round the same way whichever method
 * produced them.
 */
export function fromFloat(x: number): Money {
  return new Money(x.toPrecision(15));
}

/** roundFooted for floating-point parts (solver results); the total is exact. */
export function roundFootedFloats(parts: ArrayLike<number>, decimals: number, total: Money): number[] {
  return roundFooted(Array.from(parts, fromFloat), decimals, total).map((m) => m.toNumber());
}
