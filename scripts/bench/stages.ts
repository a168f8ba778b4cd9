import Decimal from "decimal.js";
import type { Dataset } from "./data";
import { totalCostCents } from "./data";

/** The stages the benchmark times, in report order. */
export const STAGES = ["allocation-direct", "allocation-step", "allocation-reciprocal", "acts", "reconciliation", "end-to-end"] as const;
export type Stage = (typeof STAGES)[number];

/** Our functions; the same work in native formulas (HyperFormula); a minimal integer-cents reference of the reconciliation (reference.ts). */
export type Approach = "engine" | "native-formulas" | "reference";
export const APPROACHES: Approach[] = ["engine", "native-formulas", "reference"];
/** The stages the reference implements: the others have no reference row. */
export const REFERENCE_STAGES: readonly Stage[] = ["reconciliation"];

/** A cell value as whole cents (blank and text count 0): amounts shown to the cent. */
export function toCents(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.round(value * 100) : 0;
}

/**
 * Cents lost or gained by an allocation: Σ of the centres' results, each as
 * shown to the cent, minus Σ of the primary costs (what every method must
 * conserve exactly).
 */
export function allocationDrift(results: readonly unknown[], data: Dataset): number {
  return results.reduce<number>((a, v) => a + toCents(v), 0) - totalCostCents(data);
}

/**
 * Cents lost or gained when the acts are costed: Σ volume × cost of each act
 * (the cost the acts absorb), minus the exact cost to absorb: Σ primary costs
 * (all of it reaches the main centres, and every main centre's units are the
 * acts' consumption) + Σ volume × direct consumables. The act costs are taken
 * as returned (exact decimal of the floats), the difference rounded to the cent.
 */
export function actsDrift(actCosts: readonly unknown[], data: Dataset): number {
  let absorbed = new Decimal(0);
  let directCents = 0;
  actCosts.forEach((cost, a) => {
    if (typeof cost === "number") absorbed = absorbed.plus(new Decimal(cost).times(data.volumes[a]));
    directCents += toCents(data.direct[a][0]) * data.volumes[a];
  });
  return absorbed.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber() - (totalCostCents(data) + directCents);
}

/**
 * Cents lost or gained by a reconciliation: Σ of the amounts due per contract
 * line after the envelope, minus what must be paid in total: the envelope when
 * it caps, else Σ due (each approach's own Σ of its line amounts).
 */
export function reconciliationDrift(dueAfter: readonly unknown[], dueBefore: readonly unknown[], envelopeCents: number): number {
  const before = dueBefore.reduce<number>((a, v) => a + toCents(v), 0);
  const after = dueAfter.reduce<number>((a, v) => a + toCents(v), 0);
  return after - Math.min(before, envelopeCents);
}

/** Σ |a − b| in cents over aligned values: how far one approach's numbers are from the other's. */
export function centsApart(a: readonly unknown[], b: readonly unknown[]): number {
  let total = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) total += Math.abs(toCents(a[i]) - toCents(b[i]));
  return total;
}
