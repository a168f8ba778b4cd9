import { fail, Place } from "../errors";

/**
 * Amounts on the contract hot paths are integer minor units (cents, or
 * millimes with 3 decimals): sums of integers are exact and fast for a
 * million claim lines. `scale` is 10^decimals.
 */

export function scaleOf(decimals: number): number {
  return 10 ** decimals;
}

/** x in minor units, or null when x has more decimals than the currency (12.345 with cents). */
export function toMinor(x: number, scale: number): number | null {
  const scaled = x * scale;
  const units = Math.round(scaled);
  return Math.abs(scaled - units) <= 1e-6 * Math.max(1, Math.abs(scaled)) ? units : null;
}

/** Same, for a table the user must get right: more decimals than the currency is an error at `place`. */
export function requireMinor(x: number, scale: number, place: Place): number {
  return toMinor(x, scale) ?? fail("sub_cent_amount", place, { value: x, decimals: Math.log10(scale) });
}

/** quantity × unit price, rounded to the minor unit, half away from zero. */
export function lineAmount(quantity: number, unitMinor: number): number {
  const exact = quantity * unitMinor;
  return Number.isInteger(exact) ? exact : Math.sign(exact) * Math.round(Math.abs(exact));
}

export const fromMinor = (units: number, scale: number): number => units / scale;

/**
 * Splits `total` minor units in proportion to `weights` (integers), by largest
 * remainder: the parts are integers and add up exactly to `total`. BigInt,
 * because total × weight can pass 2^53 for a national envelope.
 */
export function prorate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
  if (sum === 0n) return weights.map(() => 0);
  const t = BigInt(total);
  const parts = weights.map((w) => (t * BigInt(w)) / sum);
  const remainders = weights.map((w, i) => ({ i, r: t * BigInt(w) - parts[i] * sum }));
  remainders.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  let missing = Number(t - parts.reduce((a, b) => a + b, 0n));
  for (let k = 0; missing > 0; k++, missing--) parts[remainders[k % remainders.length].i] += 1n;
  return parts.map(Number);
}
