import { fail, Place } from "./errors";
import { Money, roundFootedFloats, sumNumbers } from "./money";

/**
 * Primary distribution: each expense line spread over centres in proportion
 * to its key (share = driver ÷ Σ drivers of the key). Raw drivers and
 * percentages are the same thing once normalised.
 */

/** `amount` spread over `drivers`; a key summing to zero with a non-zero amount is an error at `place`. */
export function spreadAmount(amount: number, drivers: readonly number[], place: Place, keyName: string): number[] {
  let weight = 0;
  for (const d of drivers) weight += d;
  if (amount === 0) return drivers.map(() => 0);
  if (weight === 0) fail("keys_sum_to_zero", place, { value: keyName, receivers: "centres" });
  return drivers.map((d) => (d === 0 ? 0 : (amount * d) / weight));
}

/** A spread row rounded to `decimals` that adds up exactly to the rounded amount. */
export function roundSpread(amount: number, parts: readonly number[], decimals: number): number[] {
  return roundFootedFloats(parts, decimals, new Money(amount));
}

export interface KeyedLines {
  amounts: readonly number[];
  /** Row of the key table used by each line. */
  keyOf: readonly number[];
  /** 1-based row of each line in the user's range, for messages. */
  lineRows: readonly number[];
  /** keyDrivers[k][c]: driver of key k for centre c. */
  keyDrivers: readonly (readonly number[])[];
  keyNames: readonly string[];
}

/**
 * Total per centre. Lines sharing a key are added first (exactly, in decimal),
 * so each key is spread once: fast for thousands of lines.
 */
export function primaryTotals(lines: KeyedLines): { totals: number[]; total: Money } {
  const perKey = lines.keyDrivers.map(() => [] as number[]);
  lines.amounts.forEach((amount, r) => perKey[lines.keyOf[r]].push(amount));
  const width = lines.keyDrivers[0]?.length ?? 0;
  const totals = new Array<number>(width).fill(0);
  perKey.forEach((amounts, k) => {
    if (amounts.length === 0) return;
    const keyAmount = sumNumbers(amounts).toNumber();
    const firstLine = lines.lineRows[lines.keyOf.indexOf(k)];
    const spread = spreadAmount(keyAmount, lines.keyDrivers[k], { argument: "keyNames", row: firstLine, code: lines.keyNames[k] }, lines.keyNames[k]);
    spread.forEach((v, c) => (totals[c] += v));
  });
  return { totals, total: sumNumbers(lines.amounts) };
}
