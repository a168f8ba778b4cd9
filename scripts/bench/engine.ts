import * as source from "../../src/excel/sheetFunctions";
import type { Dataset, Range } from "./data";
import { actsDrift, allocationDrift, reconciliationDrift, Stage } from "./stages";

/**
 * Our engine as shipped, through the entry points Excel's custom functions and
 * the task pane both call: the exports of src/excel/sheetFunctions.ts (the
 * custom functions add only the size limit of one Excel call, which 200,000
 * lines are far above), given Excel-shaped 2-D arrays and scalars
 * (an omitted optional argument is null, as Excel passes it). Results are
 * rounded to the cent where the function foots (ALLOCATE with decimals 2,
 * contract amounts in cents); act costs are left unrounded, the function's
 * default (a rounded unit price cannot absorb a total exactly).
 */

type Functions = typeof source;
let fn: Functions = source;

/** Times the functions from a bundle of src/excel/sheetFunctions.ts (see engineBundle.ts) instead of the TypeScript sources. */
export function useFunctionsBundle(path: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  fn = require(path) as Functions;
}

export type Method = "direct" | "step" | "reciprocal";
export const METHODS: Method[] = ["direct", "step", "reciprocal"];

const column = (range: unknown[][]): unknown[] => range.map((row) => row[0]);

/*
 * Excel marshals a range anew for every call: each call receives arrays of
 * its own, never those an earlier call got, and nothing changes them
 * afterwards. So that no engine cache keyed on the arrays themselves could
 * look faster here than in Excel, `prepareTables` copies each table once for
 * every call of a run that passes it, in two sets; successive runs alternate
 * between the sets (`useTables`), the cells `shiftable` changed being brought up
 * to date first. The copies are made once, untimed, and leave no garbage for
 * the timed runs to collect. Outside prepared runs, calls get the tables as generated.
 */
let prepared: Map<Range, [Range, Range][]> | null = null;
let parity: 0 | 1 = 0;
const taken = new Map<Range, number>();
const shifted: { table: Range; row: number; col: number }[] = [];

const t = (range: Range): Range => {
  const copies = prepared?.get(range);
  if (!copies) return range;
  const k = taken.get(range) ?? 0;
  taken.set(range, k + 1);
  return copies[k % copies.length][parity];
};

/** Copies, untimed, every table a run passes, once per call that passes it and per set. */
export function prepareTables(tables: readonly Range[]): void {
  prepared = new Map();
  for (const table of tables) {
    const copies = prepared.get(table) ?? [];
    copies.push([table.map((row) => row.slice()), table.map((row) => row.slice())]);
    prepared.set(table, copies);
  }
}

/** The next run takes the copies of set `set`, with the shifted cells set to their current values. */
export function useTables(set: 0 | 1): void {
  parity = set;
  taken.clear();
  for (const { table, row, col } of shifted) for (const pair of prepared?.get(table) ?? []) pair[set][row][col] = table[row][col];
}

/**
 * The contract functions keep their last reconciliation (src/excel/sheet/rangeMemo.ts) until one with other inputs
 * replaces it. One call on a one-line table leaves only that tiny one, so that a peak-memory reading counts what a
 * reconciliation needs rather than its difference with the one it replaces.
 */
export function emptyCaches(): void {
  fn.contractLines([["A", 1, 1, null]], [[1, "A", 1, null, null]], null, null, 2);
}

export function dropTables(): void {
  prepared = null;
  taken.clear();
}

export function allocate(data: Dataset, method: Method): unknown[][] {
  return fn.allocate(t(data.centres), t(data.costs), t(data.keys), method, null as never, 2);
}
const allocationTables = (data: Dataset): Range[] => [data.centres, data.costs, data.keys];

/** Cost per unit of work of each centre from allocated costs, then the full cost of each act. */
export function actCosts(data: Dataset, allocated: Range, decimals: number | null = null): unknown[][] {
  const unitCosts = fn.unitCost(t(data.centres), t(allocated), t(data.units), null);
  return fn.actCost(t(data.centres), unitCosts, t(data.consumption), t(data.direct), decimals);
}
const actTables = (data: Dataset, allocated?: Range): Range[] => [data.centres, ...(allocated ? [allocated] : []), data.units, data.centres, data.consumption, data.direct];

export interface ReconciliationOutput {
  reconcile: unknown[][];
  lines: unknown[][];
  balance: unknown[][];
}

export function reconcile(data: Dataset): ReconciliationOutput {
  const { contract, activity, periodStart, periodEnd, envelope, advances } = data;
  return {
    reconcile: fn.contractReconcile(t(contract), t(activity), periodStart, periodEnd, envelope, "prorata", 2),
    lines: fn.contractLines(t(contract), t(activity), periodStart, periodEnd, 2),
    balance: fn.contractBalance(t(contract), t(activity), t(advances), periodStart, periodEnd, envelope, "prorata", 2),
  };
}
const reconciliationTables = (data: Dataset): Range[] => [data.contract, data.activity, data.contract, data.activity, data.contract, data.activity, data.advances];

export interface EngineOutputs {
  allocations: Partial<Record<Method, unknown[]>>;
  acts?: unknown[];
  reconciliation?: ReconciliationOutput;
}

/**
 * An engine stage: what it computes, its input variants and its drift.
 * Every timed run sees an input no earlier run saw (`vary` with a new
 * variant), as after an edit in Excel, so that no cache of earlier results
 * could make a run look free; `setChanged` alters one input and `dependents`
 * recomputes only what depends on it.
 */
export interface EngineStage {
  /** The tables one run passes, once per call that passes them (for freshTables). */
  tables(): Range[];
  run(): EngineOutputs;
  /** Sets every input the stage varies to its `variant` (0 = as generated; each other number gives other values). */
  vary(variant: number): void;
  /** Sets the one input the "after change" timing changes to its `variant`. */
  setChanged(variant: number): void;
  /** Recomputes what depends on that input, as Excel would. */
  dependents(): EngineOutputs;
  drift(out: EngineOutputs): number;
}

/** Step-down results to the cent: the acts stage alone starts from them (both approaches). */
export function stepCosts(data: Dataset): Range {
  return allocate(data, "step") as Range;
}

/** Sets one cell of a table to its generated value plus variant × `delta` (prepared copies follow, see useTables). */
function shiftable(table: Range, rowIndex: number, col: number, delta: number): (variant: number) => void {
  const row = table[rowIndex];
  const original = row[col] as number;
  shifted.push({ table, row: rowIndex, col });
  return (variant) => void (row[col] = original + variant * delta);
}

export function engineStage(data: Dataset, stage: Stage): EngineStage {
  // One primary cost (the first support centre's: everything depends on it) and one clean claim line's quantity.
  const setCost = shiftable(data.costs, 0, 0, 1000);
  const setClaim = shiftable(data.activity, data.probeLine, 2, 1);
  const allocations = (methods: Method[]) => Object.fromEntries(methods.map((m) => [m, column(allocate(data, m))]));

  if (stage.startsWith("allocation-")) {
    const method = stage.slice("allocation-".length) as Method;
    const run = () => ({ allocations: allocations([method]) });
    return { tables: () => allocationTables(data), run, vary: setCost, setChanged: setCost, dependents: run, drift: (out) => allocationDrift(out.allocations[method] as unknown[], data) };
  }
  if (stage === "acts") {
    const allocated = stepCosts(data);
    const setAllocated = shiftable(allocated, data.supportCount, 0, 1000);
    const run = () => ({ allocations: {}, acts: column(actCosts(data, allocated)) });
    return { tables: () => actTables(data, allocated), run, vary: setAllocated, setChanged: setAllocated, dependents: run, drift: (out) => actsDrift(out.acts as unknown[], data) };
  }
  if (stage === "reconciliation") {
    const run = () => ({ allocations: {}, reconciliation: reconcile(data) });
    return { tables: () => reconciliationTables(data), run, vary: setClaim, setChanged: setClaim, dependents: run, drift: (out) => reconDrift(out.reconciliation as ReconciliationOutput, data) };
  }
  // end-to-end: the three allocations, the acts costed from the step-down results, the reconciliation.
  const costing = (): EngineOutputs => {
    const step = allocate(data, "step") as Range;
    return { allocations: { direct: column(allocate(data, "direct")), step: column(step), reciprocal: column(allocate(data, "reciprocal")) }, acts: column(actCosts(data, step)) };
  };
  return {
    tables: () => [...allocationTables(data), ...allocationTables(data), ...allocationTables(data), ...actTables(data), ...reconciliationTables(data)],
    run: () => ({ ...costing(), reconciliation: reconcile(data) }),
    vary: (v) => (setCost(v), setClaim(v)),
    // One primary cost changes: the allocations and the acts depend on it, the reconciliation does not.
    setChanged: setCost,
    dependents: costing,
    drift: (out) => endToEndDrift(out, data),
  };
}

export function reconDrift(r: ReconciliationOutput, data: Dataset): number {
  return reconciliationDrift(column(r.reconcile).map((_, i) => r.reconcile[i][4]), r.reconcile.map((row) => row[3]), data.envelopeCents);
}

/** End to end: Σ of the absolute drifts of the three allocations, the acts and the reconciliation. */
export function endToEndDrift(out: EngineOutputs, data: Dataset): number {
  let total = 0;
  for (const m of METHODS) if (out.allocations[m]) total += Math.abs(allocationDrift(out.allocations[m] as unknown[], data));
  if (out.acts) total += Math.abs(actsDrift(out.acts, data));
  if (out.reconciliation) total += Math.abs(reconDrift(out.reconciliation, data));
  return total;
}
