import { GCProfiler, getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { generate, SizeName } from "./data";
import { dropTables, emptyCaches, engineStage, prepareTables, reconcile, stepCosts, useFunctionsBundle, useTables } from "./engine";
import { referenceMismatches, referenceReconcile } from "./reference";
import { calculate, changeInput, compare, loadWorkbook, nativeDrift, readOutputs } from "./hyperformula";
import { nativeWorkbook } from "./native";
import type { Row } from "./report";
import { reconciliationDrift, type Approach, type Stage } from "./stages";

/**
 * One measurement: one size, one stage, one approach. Runs inside a worker
 * thread (see worker.ts) so that the main thread can stop it at the cap, or
 * in-process (tests). Reports partial rows as it goes: a native calculation
 * stopped at the cap still leaves what it had measured.
 */

export interface Job {
  size: SizeName;
  stage: Stage;
  approach: Approach;
  seed: number;
  runs: number;
  warmup: number;
  /** Seconds the main thread allows; native repeats stop well before it. */
  capSeconds: number;
  /** Price-list length instead of the size's own (to see how the native SUMIFS scale). */
  priceList?: number;
  /** A bundle of src/excel/sheetFunctions.ts to time instead of the TypeScript sources (see engineBundle.ts). */
  engineBundle?: string;
}

export type Progress =
  | { type: "evaluating"; loadMs: number; formulas: number }
  | { type: "row"; row: Row };

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};

/** Time the native side may spend repeating a measurement (after-change runs; extra full recalculations), per kind. */
const REPEAT_BUDGET_MS = 5000;

let gcFunction: (() => void) | undefined;
/** A forced full GC, so that a memory baseline holds only live data. Exposed at run time: a worker cannot take --expose-gc. */
function gc(): void {
  if (!gcFunction) {
    setFlagsFromString("--expose-gc");
    gcFunction = runInNewContext("gc") as () => void;
  }
  gcFunction();
}

const heapInUse = (s: { usedHeapSize: number; externalMemory: number }): number => s.usedHeapSize + s.externalMemory;

/**
 * Peak memory of `work`, in MB above what was live before it: the JS heap in
 * use plus external memory (typed-array buffers), read by V8's GCProfiler just
 * before every garbage collection during `work` and once after it. Between two
 * collections the heap only grows, so the largest of these is the peak.
 */
function peakMemory<T>(work: () => T): { result: T; peakMb: number } {
  gc();
  const start = inUse();
  const profiler = new GCProfiler();
  profiler.start();
  const result = work();
  const { statistics } = profiler.stop();
  let peak = inUse();
  for (const event of statistics) peak = Math.max(peak, heapInUse(event.beforeGC.heapStatistics));
  return { result, peakMb: Math.max(0, peak - start) / 2 ** 20 };
}

function inUse(): number {
  const s = getHeapStatistics();
  return s.used_heap_size + s.external_memory;
}

function baseRow(job: Job): Row {
  return { size: job.size, stage: job.stage, approach: job.approach, median_ms: null, runs: 0, after_change_ms: null, after_change_runs: 0, peak_mb: null, ratio: null, cents_drift: null, lower_bound: false };
}

/**
 * The engine: warm-up calls, then `runs` timed calls, each on an input that
 * differs from the previous call's (see EngineStage); the same after one input
 * changes; one more call for memory; the drift on the data as generated.
 */
function measureEngine(job: Job, report: (p: Progress) => void = () => undefined): Row {
  if (job.engineBundle) useFunctionsBundle(job.engineBundle);
  const data = generate(job.size, job.seed, { priceList: job.priceList });
  const stage = engineStage(data, job.stage);
  // Each call gets arrays of its own, as from Excel (see prepareTables); successive runs alternate between two sets.
  prepareTables(stage.tables());
  let runsSoFar = 0;
  const timed = (work: () => unknown): number => {
    useTables((runsSoFar++ % 2) as 0 | 1);
    const t0 = performance.now();
    work();
    return performance.now() - t0;
  };
  // Variants 1, 2, 3…: no run sees inputs an earlier run saw. The data as generated (variant 0) is only used for the last, measured run.
  let variant = 0;
  for (let i = 0; i < job.warmup; i++) {
    stage.vary(++variant);
    timed(() => stage.run());
  }
  const times: number[] = [];
  for (let i = 0; i < job.runs; i++) {
    stage.vary(++variant);
    times.push(timed(() => stage.run()));
  }
  const changes: number[] = [];
  for (let i = 0; i < job.runs; i++) {
    stage.setChanged(++variant);
    changes.push(timed(() => stage.dependents()));
  }
  stage.vary(0);
  useTables((runsSoFar++ % 2) as 0 | 1);
  emptyCaches();
  const { result: out, peakMb } = peakMemory(() => stage.run());
  dropTables();
  const row: Row = { ...baseRow(job), engine_build: job.engineBundle ? "bundle" : "source", median_ms: median(times), runs: times.length, after_change_ms: median(changes), after_change_runs: changes.length, peak_mb: peakMb, cents_drift: stage.drift(out) };
  if (job.stage === "reconciliation") row.lines_per_s = Math.round(data.activity.length / ((row.median_ms as number) / 1000));
  report({ type: "row", row });
  return row;
}

/**
 * The native workbook in HyperFormula: load (parse, dependency graph), then
 * the full recalculation, timed; then one input changed and recalculated,
 * `runs` times as long as time allows; then, if a recalculation is quick, more
 * full recalculations of fresh copies (the first one counted as warm-up).
 */
function measureNative(job: Job, report: (p: Progress) => void = () => undefined): Row {
  const budgetMs = Math.min(job.capSeconds * 1000 * 0.5, REPEAT_BUDGET_MS);
  const data = generate(job.size, job.seed, { priceList: job.priceList });
  const steps = stepCosts(data).map((r) => r[0] as number);
  const wb = nativeWorkbook(data, job.stage, steps);
  const row: Row = { ...baseRow(job), formulas: wb.formulaCount, runs: 1 };

  let evalMs = 0;
  const { result: loaded, peakMb } = peakMemory(() => {
    const l = loadWorkbook(wb);
    report({ type: "evaluating", loadMs: l.loadMs, formulas: wb.formulaCount });
    evalMs = calculate(l.hf);
    return l;
  });
  const { hf } = loaded;
  row.load_ms = loaded.loadMs;
  row.median_ms = evalMs;
  row.peak_mb = peakMb;
  report({ type: "row", row: { ...row } });

  const out = readOutputs(hf, wb, data);
  row.cents_drift = nativeDrift(job.stage, out, data);
  const engine = engineStage(data, job.stage).run();
  const c = compare(out, engine);
  row.vs_engine_cents = c.centsApart;
  if (out.claims) Object.assign(row, { status_mismatches: c.statusMismatches, duplicates_missed: c.duplicates, line_amount_mismatches: c.lineAmountMismatches });
  report({ type: "row", row: { ...row } });

  const changes: number[] = [];
  const changesFrom = performance.now();
  for (let i = 0; i < job.runs; i++) {
    changes.push(changeInput(hf, wb, i % 2 === 0 ? 1 : 0));
    row.after_change_ms = median(changes);
    row.after_change_runs = changes.length;
    report({ type: "row", row: { ...row } });
    if (performance.now() - changesFrom > budgetMs) break;
  }
  hf.destroy();

  // More full recalculations when they are quick: a fresh workbook each time (HyperFormula has no "recalculate all").
  const fullRuns: number[] = [evalMs];
  if (evalMs + (row.load_ms ?? 0) < budgetMs / 4 && job.runs > 1) {
    fullRuns.length = 0;
    const repeatsFrom = performance.now();
    for (let i = 0; i <= job.runs && performance.now() - repeatsFrom < budgetMs; i++) {
      const l = loadWorkbook(wb);
      const ms = calculate(l.hf);
      l.hf.destroy();
      if (i > 0) fullRuns.push(ms); // the first is a warm-up
    }
    if (fullRuns.length === 0) fullRuns.push(evalMs);
  }
  row.median_ms = median(fullRuns);
  row.runs = fullRuns.length;
  report({ type: "row", row: { ...row } });
  return row;
}

/**
 * The integer-cents reference of the reconciliation (reference.ts): one call for memory, first, while no earlier
 * call's typed arrays are waiting to be freed (V8 returns their bytes after a collection, not during it); warm-up
 * calls, then `runs` timed calls on the same varied inputs as the engine's; then, untimed, how far it is from the
 * engine's functions on the data as generated (it must not be: same statuses, same cents).
 */
export function measureReference(job: Job, report: (p: Progress) => void = () => undefined): Row {
  if (job.stage !== "reconciliation") throw new Error(`The reference covers the reconciliation only, not ${job.stage}`);
  if (job.engineBundle) useFunctionsBundle(job.engineBundle);
  const data = generate(job.size, job.seed, { priceList: job.priceList });
  const stage = engineStage(data, job.stage);
  const { result, peakMb } = peakMemory(() => referenceReconcile(data));
  let variant = 0;
  for (let i = 0; i < job.warmup; i++) {
    stage.vary(++variant);
    referenceReconcile(data);
  }
  const times: number[] = [];
  for (let i = 0; i < job.runs; i++) {
    stage.vary(++variant);
    const t0 = performance.now();
    referenceReconcile(data);
    times.push(performance.now() - t0);
  }
  stage.vary(0);
  const apart = referenceMismatches(result, reconcile(data));
  const money = (cents: ArrayLike<number>) => Array.from(cents, (c) => c / 100);
  const row: Row = {
    ...baseRow(job),
    median_ms: median(times),
    runs: times.length,
    peak_mb: peakMb,
    cents_drift: reconciliationDrift(money(result.dueAfterCents), money(result.dueCents), data.envelopeCents),
    vs_engine_cents: apart.centsApart,
    status_mismatches: apart.statuses,
    line_amount_mismatches: apart.lineCents,
  };
  row.lines_per_s = Math.round(data.activity.length / ((row.median_ms as number) / 1000));
  report({ type: "row", row });
  return row;
}

export function measure(job: Job, report?: (p: Progress) => void): Row {
  if (job.approach === "reference") return measureReference(job, report);
  return job.approach === "engine" ? measureEngine(job, report) : measureNative(job, report);
}
