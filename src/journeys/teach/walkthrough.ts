import type { ErrorParams } from "../../engine/errors";
import { fromFloat, sumNumbers } from "../../engine/money";
import type { CostCentreCase } from "./costCentreCase";

/**
 * Walk-through of a secondary distribution, for a trainer: one step per
 * support centre closed (step-down) or emptied into the main centres
 * (direct), or one pass of successive approximations (reciprocal: each
 * support centre passes on what it holds, to the main centres and to the
 * other support centres, which pass it on at the next pass, until what is
 * still held is below half a cent; then the exact solution). Every step holds
 * every centre's running amount, so it can be shown going forward or back,
 * the centres it moved, and what the conservation check reads. The last step
 * is ALLOCATE's result, computed the same way to the last bit.
 */

export type StepKind = "start" | "close" | "give" | "pass" | "exact" | "closed";

export interface WalkStep {
  kind: StepKind;
  /** The support centre closed or emptied by this step (its index in the case's codes). */
  centre?: number;
  /** Each centre's amount after the step. */
  amounts: number[];
  /** The centres whose amount the step changed. */
  moved: number[];
  /** What support centres still hold after the step; 0 once every support centre is emptied. */
  pending: number;
  /** Σ of every centre's amount minus the total spent, to the cent: the conservation check, 0.00 at every step. */
  check: number;
  /** The values the step's explanation names (see walkText). */
  params: ErrorParams;
}

export interface Walk {
  method: CostCentreCase["method"];
  steps: WalkStep[];
}

/** At most this many passes of the reciprocal method are shown before the exact solution. */
export const MAX_PASSES = 60;
/** Passes stop once what support centres still hold is below half a cent. */
const HALF_CENT = 0.005;

export function walkAllocation(c: CostCentreCase): Walk {
  const total = sumNumbers(c.primary);
  const step = (kind: StepKind, amounts: number[], before: number[], params: ErrorParams, centre?: number): WalkStep => {
    const pending = sumNumbers(c.support.map((s) => amounts[s])).toNumber();
    const check = sumNumbers(amounts).minus(total).toDecimalPlaces(2).toNumber() || 0;
    const moved = amounts.flatMap((v, j) => (v !== before[j] ? [j] : []));
    return { kind, centre, amounts, moved, pending, check, params };
  };
  const start = step("start", [...c.primary], c.primary, { total: total.toNumber(), support: c.support.length });
  const steps = c.method === "reciprocal" ? reciprocalSteps(c, start, step) : closingSteps(c, start, step);
  const last = steps[steps.length - 1];
  const mains = sumNumbers(last.amounts.filter((_, j) => !c.support.includes(j)));
  return { method: c.method, steps: [...steps, step("closed", last.amounts, last.amounts, { total: total.toNumber(), mains: mains.toNumber(), difference: mains.minus(total).toDecimalPlaces(2).toNumber() || 0 })] };
}

type Step = (kind: StepKind, amounts: number[], before: number[], params: ErrorParams, centre?: number) => WalkStep;

/**
 * Step-down (in closing order) or direct (in the keys' order): after each
 * step, a centre's amount is its primary cost plus the flows of the support
 * centres already closed, added in the order of the key rows as ALLOCATE adds
 * them; a closed support centre holds 0.
 */
function closingSteps(c: CostCentreCase, start: WalkStep, step: Step): WalkStep[] {
  const order = c.method === "step" ? c.order : c.support.map((_, i) => i);
  const closed = new Set<number>();
  const steps = [start];
  for (const i of order) {
    closed.add(i);
    const s = c.support[i];
    const amounts = c.primary.map((cost, j) => {
      const k = c.support.indexOf(j);
      if (k >= 0 && closed.has(k)) return 0;
      let value = cost;
      c.allocation.flows.forEach((row, r) => closed.has(r) && (value += row[j]));
      return value;
    });
    const outgoing = c.allocation.outgoing[i];
    const receivers = c.allocation.flows[i].reduce((n, v) => n + (v !== 0 ? 1 : 0), 0);
    steps.push(step(c.method === "step" ? "close" : "give", amounts, steps[steps.length - 1].amounts, { centre: c.codes[s], amount: outgoing, own: c.primary[s], received: fromFloat(outgoing).minus(fromFloat(c.primary[s])).toNumber(), receivers }, s));
  }
  return steps;
}

/**
 * Reciprocal: successive approximations of the reciprocated totals. At each
 * pass every support centre passes on what it holds by its key (to every
 * other centre); main centres keep what they get, support centres hold it
 * for the next pass. The passes converge to the system's solution, which the
 * last step gives exactly (the engine's totals and flows).
 */
function reciprocalSteps(c: CostCentreCase, start: WalkStep, step: Step): WalkStep[] {
  const shares = c.drivers.map((row) => {
    const weight = row.reduce((a, d) => a + d, 0);
    return row.map((d) => (weight === 0 ? 0 : d / weight));
  });
  const exactTotals = c.allocation.outgoing;
  const given = c.support.map(() => 0);
  let amounts = [...c.primary];
  const steps = [start];
  for (let pass = 1; pass <= MAX_PASSES && steps[steps.length - 1].pending >= HALF_CENT; pass++) {
    const next = amounts.map((v, j) => (c.support.includes(j) ? 0 : v));
    c.support.forEach((s, i) => {
      const held = amounts[s];
      given[i] += held;
      shares[i].forEach((share, j) => share !== 0 && (next[j] += held * share));
    });
    const gap = Math.max(...given.map((g, i) => Math.abs(exactTotals[i] - g)));
    steps.push(step("pass", next, amounts, { pass, pending: c.support.reduce((a, s) => a + next[s], 0), gap }));
    amounts = next;
  }
  const exact = c.allocation.results;
  const totals = c.support.map((s, i) => `${c.codes[s]} ${fromFloat(exactTotals[i]).toDecimalPlaces(2).toFixed(2)}`).join(", ");
  steps.push(step("exact", [...exact], amounts, { passes: steps.length - 1, totals }));
  return steps;
}
