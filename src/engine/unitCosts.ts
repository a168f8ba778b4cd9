import { fail, Place } from "./errors";
import type { FilledCells } from "./cell";

/**
 * From centre costs to the cost of acts: cost per unit of work, cost of a
 * letter-key point, full cost of an act. These are ratios and prices, each
 * rounded on its own when asked (they are not parts of a total to foot).
 */

/** Cost ÷ units, or null where a centre has neither cost nor units (nothing to price). */
export function unitCost(code: string, cost: number, units: number, place: Place): number | null {
  if (units === 0) {
    if (cost === 0) return null;
    fail("zero_units", { ...place, code }, { value: code, cost });
  }
  return cost / units;
}

/** Points produced per letter: Σ coefficient × volume of the acts of that letter. */
export function pointsPerLetter(letterCount: number, actLetter: readonly number[], coefficients: readonly number[], volumes: readonly number[]): number[] {
  const points = new Array<number>(letterCount).fill(0);
  actLetter.forEach((l, a) => (points[l] += coefficients[a] * volumes[a]));
  return points;
}

/** Σ units × cost per unit + direct consumables, over the centres the act uses; a unit consumed in a centre that has no unit cost is an error. */
export function actCost(units: FilledCells, unitCosts: readonly (number | null)[], direct: number, place: { row: number; code: string }, centreCodes: readonly string[]): number {
  let cost = direct;
  for (let k = 0; k < units.columns.length; k++) {
    const u = units.values[k];
    if (u === 0) continue;
    const c = units.columns[k];
    const price = unitCosts[c];
    if (price === null) fail("missing_unit_cost", { argument: "consumption", row: place.row, code: place.code }, { centre: centreCodes[c], act: place.code });
    cost += u * price;
  }
  return cost;
}
