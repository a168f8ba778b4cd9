import { fail } from "./errors";
import { solve } from "./linalg";
import { fromFloat, Money, roundFootedFloats, sumNumbers } from "./money";

/**
 * Secondary distribution: support centres emptied into the centres they
 * serve, by the direct, step-down or reciprocal method, on the same keys.
 *
 * Amounts flow through floating point only where a solver needs speed (shares,
 * the reciprocal system); the reciprocal solution is then checked and
 * corrected in decimal, and every rounded output is footed exactly to the
 * decimal total (largest remainder). Conservation: Σ results = Σ costs.
 */

export type Method = "direct" | "step" | "reciprocal";

export interface AllocationProblem {
  /** Codes of all centres (used in messages). */
  centres: readonly string[];
  /** Cost of each centre before secondary distribution. */
  costs: readonly number[];
  /** Index (into centres) of each support centre, in the order of the key rows. */
  support: readonly number[];
  /** drivers[i][j]: driver of support centre i toward centre j (centre order, non-negative). */
  drivers: readonly (readonly number[])[];
  /** 1-based row of each support centre in the user's key range, for messages. */
  keyRows: readonly number[];
}

export interface Allocation {
  method: Method;
  /** Each centre's cost after secondary distribution; support centres end at 0. */
  results: number[];
  /** flows[i][j]: what support centre i sends to centre j. */
  flows: Float64Array[];
  /** What each support centre distributes: its primary cost (direct), its total when closed (step), its reciprocated total (reciprocal). */
  outgoing: number[];
  /** Exact Σ of the costs, the total every method conserves. */
  total: Money;
}

/** Position of each support centre in the closing order; `order` lists positions in `support`. */
export function allocate(problem: AllocationProblem, method: Method, order?: readonly number[]): Allocation {
  const flows = method === "direct" ? directFlows(problem) : method === "step" ? stepFlows(problem, order ?? problem.support.map((_, i) => i)) : reciprocalFlows(problem);
  const n = problem.centres.length;
  const isSupport = supportMask(problem);
  const results = problem.costs.map((c, j) => (isSupport[j] ? 0 : c));
  for (const row of flows.rows) for (let j = 0; j < n; j++) if (!isSupport[j]) results[j] += row[j];
  return { method, results, flows: flows.rows, outgoing: flows.outgoing, total: sumNumbers(problem.costs) };
}

/** Results rounded to `decimals`, adding up exactly to the rounded total. */
export function roundedResults(allocation: Allocation, decimals: number, support: readonly number[]): number[] {
  const isSupport = new Set(support);
  const mains = allocation.results.map((_, j) => j).filter((j) => !isSupport.has(j));
  const rounded = roundFootedFloats(mains.map((j) => allocation.results[j]), decimals, allocation.total);
  const out = allocation.results.map(() => 0);
  mains.forEach((j, k) => (out[j] = rounded[k]));
  return out;
}

/** Flow rows rounded to `decimals`, each adding up exactly to its rounded outgoing total. */
export function roundedFlows(allocation: Allocation, decimals: number): number[][] {
  return allocation.flows.map((row, i) => roundFootedFloats(row, decimals, fromFloat(allocation.outgoing[i])));
}

interface Flows {
  rows: Float64Array[];
  outgoing: number[];
}

function supportMask(problem: AllocationProblem): boolean[] {
  const mask = problem.centres.map(() => false);
  for (const s of problem.support) mask[s] = true;
  return mask;
}

/** Who can receive, as named in the keys_sum_to_zero message. */
type Receivers = "main" | "open" | "others";

/**
 * Spreads `amount` over the receivers in proportion to `drivers`. A key
 * summing to zero is an error naming the centre, unless there is nothing to
 * spread (a support centre left empty in a template).
 */
function spreadRow(problem: AllocationProblem, i: number, amount: number, receives: (j: number) => boolean, receivers: Receivers, nothingToSpread = amount === 0): Float64Array {
  const drivers = problem.drivers[i];
  const row = new Float64Array(drivers.length);
  let weight = 0;
  for (let j = 0; j < drivers.length; j++) if (receives(j)) weight += drivers[j];
  if (weight === 0) {
    if (nothingToSpread) return row;
    const code = problem.centres[problem.support[i]];
    fail("keys_sum_to_zero", { argument: "keys", row: problem.keyRows[i], code }, { value: code, receivers });
  }
  if (amount === 0) return row;
  for (let j = 0; j < drivers.length; j++) if (receives(j) && drivers[j] !== 0) row[j] = (amount * drivers[j]) / weight;
  return row;
}

function directFlows(problem: AllocationProblem): Flows {
  const isSupport = supportMask(problem);
  const rows = problem.support.map((s, i) => spreadRow(problem, i, problem.costs[s], (j) => !isSupport[j], "main"));
  return { rows, outgoing: problem.support.map((s) => problem.costs[s]) };
}

function stepFlows(problem: AllocationProblem, order: readonly number[]): Flows {
  const closed = problem.centres.map(() => false);
  const received = problem.centres.map(() => 0);
  const rows: Float64Array[] = new Array(problem.support.length);
  const outgoing: number[] = new Array(problem.support.length);
  for (const i of order) {
    const s = problem.support[i];
    closed[s] = true;
    outgoing[i] = problem.costs[s] + received[s];
    rows[i] = spreadRow(problem, i, outgoing[i], (j) => !closed[j], "open");
    rows[i].forEach((v, j) => (received[j] += v));
  }
  return { rows, outgoing };
}

/**
 * Reciprocal method: T = D + Sᵀ T over the support centres. Solved in floating
 * point, then the residual D + Sᵀ T − T is computed in decimal and the
 * solution corrected until the residual is below a ten-thousandth of a cent.
 */
function reciprocalFlows(problem: AllocationProblem): Flows {
  const k = problem.support.length;
  const position = new Map(problem.support.map((s, i) => [s, i]));
  // shares[i][j] over all centres but i itself. An empty key is harmless only for a centre with no cost that nobody serves.
  const served = (s: number) => problem.drivers.some((row, i) => problem.support[i] !== s && row[s] > 0);
  const shares = problem.support.map((s, i) => spreadRow(problem, i, 1, (j) => j !== s, "others", problem.costs[s] === 0 && !served(s)));
  requireWayOut(problem, shares, position);

  // Support-to-support shares, kept sparse: inflows[i] = [(from, share)].
  const inflows: { from: number; share: Money }[][] = problem.support.map(() => []);
  const a = problem.support.map(() => new Float64Array(k));
  shares.forEach((row, from) => {
    a[from][from] = 1;
    problem.support.forEach((s, to) => {
      if (row[s] === 0) return;
      inflows[to].push({ from, share: new Money(row[s]) });
      a[to][from] -= row[s];
    });
  });

  const totals = solve(a, [Float64Array.from(problem.support, (s) => problem.costs[s])])[0];
  refineInDecimal(a, inflows, problem.support.map((s) => problem.costs[s]), totals, problem.support.map((s) => problem.centres[s]));
  return { rows: shares.map((row, i) => row.map((share) => share * totals[i])), outgoing: Array.from(totals) };
}

/** A ten-thousandth of a cent, or what a float can hold for very large totals: far below what rounding to the cent can see. */
function residualTolerance(totals: Float64Array): Money {
  const largest = totals.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  return new Money(Math.max(1e-6, largest * 1e-14));
}

/**
 * Checks T = D + Sᵀ T in decimal and corrects T in place (iterative
 * refinement: the float solver gives the correction, decimal measures the
 * residual). The check costs one pass over the support-to-support shares.
 */
function refineInDecimal(a: Float64Array[], inflows: { from: number; share: Money }[][], costs: number[], totals: Float64Array, codes: string[]): void {
  const tolerance = residualTolerance(totals);
  for (let pass = 0; pass < 4; pass++) {
    const t = Array.from(totals, (x) => new Money(x));
    const residual = t.map((ti, to) => {
      let r = new Money(costs[to]).minus(ti);
      for (const { from, share } of inflows[to]) r = r.plus(share.times(t[from]));
      return r;
    });
    if (residual.every((r) => r.abs().lte(tolerance))) return;
    const delta = solve(a, [Float64Array.from(residual, (r) => r.toNumber())])[0];
    t.forEach((ti, i) => (totals[i] = ti.plus(delta[i]).toNumber()));
  }
  fail("ill_conditioned", { argument: "keys" }, { centres: codes.join(", ") });
}

/** (I − Sᵀ) is singular exactly when some support centres pass nothing, even indirectly, to a main centre: name them. */
function requireWayOut(problem: AllocationProblem, shares: Float64Array[], position: Map<number, number>): void {
  const k = shares.length;
  const reaches = new Array<boolean>(k).fill(false);
  // A centre with an empty key (allowed above only when nothing reaches it) has no way out but needs none.
  shares.forEach((row, i) => (reaches[i] = row.every((v) => v === 0) || row.some((v, j) => v > 0 && !position.has(j))));
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < k; i++) {
      if (reaches[i]) continue;
      const servesOneThatReaches = shares[i].some((v, j) => {
        const p = position.get(j);
        return v > 0 && p !== undefined && reaches[p];
      });
      if (servesOneThatReaches) reaches[i] = changed = true;
    }
  }
  const trapped = problem.support.filter((_, i) => !reaches[i]).map((s) => problem.centres[s]);
  if (trapped.length > 0) fail("singular_system", { argument: "keys", code: trapped[0] }, { centres: trapped.join(", ") });
}

