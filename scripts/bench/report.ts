import type { SizeName } from "./data";
import type { Approach, Stage } from "./stages";

/** One line of results: one size, one stage, one approach. Field names are those of the JSON output. */
export interface Row {
  size: SizeName;
  stage: Stage;
  approach: Approach;
  /** Median of the timed runs, ms (engine: all the stage's function calls; native: HyperFormula's full recalculation). */
  median_ms: number | null;
  runs: number;
  /** Median time after one input changed: engine, the calls that depend on it; native, setCellContents and its recalculation. */
  after_change_ms: number | null;
  after_change_runs: number;
  /** Peak memory above what was live before, MB (see measure.ts: peakMemory). */
  peak_mb: number | null;
  /** native median ÷ engine median, on both rows of a size and stage. */
  ratio: number | null;
  /** engine median ÷ reference median, on the engine and reference rows of a size and stage (the goal is ≤ 2). */
  engine_vs_reference?: number | null;
  /** True on both rows when the native median is a lower bound, so the ratio is one too. */
  ratio_lower_bound?: boolean;
  /** Cents lost or gained against the exact total (see stages.ts). */
  cents_drift: number | null;
  /** True when the native recalculation did not finish within the cap: median_ms is then the time it had run (a lower bound). */
  lower_bound: boolean;
  cap_s?: number;
  /** Engine rows: "bundle" (src/excel/sheetFunctions.ts bundled like the shipped add-in) or "source" (TypeScript through tsx). */
  engine_build?: "bundle" | "source";
  /** Peak growth of the process's resident memory while the worker ran, MB (sampled every 20 ms; the only memory figure for a run stopped at the cap). */
  rss_mb?: number;
  formulas?: number;
  load_ms?: number;
  lines_per_s?: number;
  vs_engine_cents?: number;
  status_mismatches?: number;
  duplicates_missed?: number;
  line_amount_mismatches?: number;
  note?: string;
}

export const REQUIRED_FIELDS = ["size", "stage", "approach", "median_ms", "cents_drift", "after_change_ms", "peak_mb", "ratio", "lower_bound", "runs"] as const;

export const jsonLine = (row: Row): string => JSON.stringify(row);

/** Sets `ratio` (native ÷ engine) on the engine and native rows, and `engine_vs_reference` on the engine and reference rows, of each size and stage. */
export function addRatios(rows: Row[]): void {
  for (const row of rows) {
    const of = (approach: Approach) => rows.find((r) => r.size === row.size && r.stage === row.stage && r.approach === approach);
    const engine = of("engine");
    const native = of("native-formulas");
    const reference = of("reference");
    if (row.approach !== "reference") {
      row.ratio = engine?.median_ms && native?.median_ms ? native.median_ms / engine.median_ms : null;
      row.ratio_lower_bound = native?.lower_bound ?? false;
    }
    if (row.approach !== "native-formulas" && reference) row.engine_vs_reference = engine?.median_ms && reference.median_ms ? engine.median_ms / reference.median_ms : null;
  }
}

const ms = (x: number | null | undefined, lower = false): string => {
  if (x === null || x === undefined) return "—";
  const s = x >= 1000 ? `${(x / 1000).toFixed(1)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`;
  return lower ? `≥ ${s}` : s;
};
const num = (x: number | null | undefined, digits = 0): string => (x === null || x === undefined ? "—" : x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const ratio = (row: Row): string => (row.ratio === null ? "—" : `${row.ratio_lower_bound || row.lower_bound ? "≥ " : ""}${row.ratio >= 100 ? num(row.ratio) : row.ratio.toFixed(1)}×`);

const HEADER = ["size", "stage", "approach", "median", "runs", "after change", "peak MB", "native/engine", "cents drift", "¢ apart from engine", "notes"];

/** One row's cells, as both tables show them. */
const cells = (r: Row): string[] => [
  r.size,
  r.stage,
  r.approach,
  ms(r.median_ms, r.lower_bound),
  String(r.runs),
  ms(r.after_change_ms),
  r.peak_mb === null ? (r.rss_mb !== undefined ? `RSS ${num(r.rss_mb)}` : "—") : num(r.peak_mb, 1),
  ratio(r),
  r.cents_drift === null ? "—" : num(r.cents_drift),
  r.vs_engine_cents === undefined ? "" : num(r.vs_engine_cents),
  notes(r),
];

/** A plain-text table, one line per row. */
export function table(rows: Row[]): string {
  const body = rows.map(cells);
  const widths = HEADER.map((h, c) => Math.max(h.length, ...body.map((b) => b[c].length)));
  const line = (row: string[]) => row.map((cell, c) => (c >= 3 && c <= 9 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join("  ").trimEnd();
  return [line(HEADER), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** The same table in Markdown (for docs/BENCHMARK.md). */
export function markdownTable(rows: Row[]): string {
  const header = HEADER;
  const body = rows.map(cells);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((_, c) => (c >= 3 && c <= 9 ? "---:" : "---"))), ...body.map(line)].join("\n");
}

function notes(r: Row): string {
  const parts: string[] = [];
  if (r.lines_per_s) parts.push(`${(r.lines_per_s / 1e6).toFixed(2)} M lines/s`);
  if (r.engine_vs_reference) parts.push(`engine ${r.engine_vs_reference.toFixed(2)}× the reference`);
  if (r.approach === "reference" && r.status_mismatches !== undefined) parts.push(r.status_mismatches + (r.line_amount_mismatches ?? 0) + (r.vs_engine_cents ?? 0) === 0 ? "same statuses and cents as the engine" : `${num(r.status_mismatches)} statuses and ${num(r.vs_engine_cents)} ¢ apart from the engine`);
  if (r.formulas) parts.push(`${num(r.formulas)} formulas`);
  if (r.load_ms !== undefined) parts.push(`load ${ms(r.load_ms)}`);
  if (r.lower_bound) parts.push(`stopped at the ${r.cap_s} s cap`);
  if (r.duplicates_missed) parts.push(`${num(r.duplicates_missed)} duplicates accepted`);
  if (r.line_amount_mismatches) parts.push(`${num(r.line_amount_mismatches)} half-cent lines rounded down`);
  if (r.note) parts.push(r.note);
  return parts.join("; ");
}

export interface Goal {
  name: string;
  status: "PASS" | "FAIL" | "SKIP";
  detail: string;
}

const find = (rows: Row[], size: SizeName, stage: Stage, approach: Approach = "engine") => rows.find((r) => r.size === size && r.stage === stage && r.approach === approach);

/** The issue's goals, judged on this run's rows. */
export function goals(rows: Row[]): Goal[] {
  const out: Goal[] = [];
  const e2e = find(rows, "medium", "end-to-end");
  out.push(
    !e2e?.median_ms
      ? { name: "end to end, medium, exact, ≤ 50 ms", status: "SKIP", detail: "medium end-to-end not run" }
      : {
          name: "end to end, medium, exact, ≤ 50 ms",
          status: e2e.median_ms <= 50 && e2e.cents_drift === 0 ? "PASS" : "FAIL",
          detail: `${ms(e2e.median_ms)}, drift ${e2e.cents_drift} ¢`,
        },
  );
  const rec = find(rows, "large", "allocation-reciprocal");
  out.push(
    !rec?.median_ms
      ? { name: "reciprocal allocation, 500 centres (100 support), ≤ 20 ms", status: "SKIP", detail: "large allocation-reciprocal not run" }
      : { name: "reciprocal allocation, 500 centres (100 support), ≤ 20 ms", status: rec.median_ms <= 20 ? "PASS" : "FAIL", detail: ms(rec.median_ms) },
  );
  const recon = find(rows, "medium", "reconciliation");
  out.push(
    !recon?.lines_per_s
      ? { name: "reconciliation ≥ 5 million claim lines/s (medium)", status: "SKIP", detail: "medium reconciliation not run" }
      : {
          name: "reconciliation ≥ 5 million claim lines/s (medium)",
          status: recon.lines_per_s >= 5e6 ? "PASS" : "FAIL",
          detail: `${(recon.lines_per_s / 1e6).toFixed(2)} M lines/s (${ms(recon.median_ms)} for CONTRACT.RECONCILE + LINES + BALANCE on ${num(200_000)} lines)`,
        },
  );
  const engineRows = rows.filter((r) => r.approach === "engine");
  const drifting = engineRows.filter((r) => r.cents_drift !== 0);
  out.push(
    engineRows.length === 0
      ? { name: "0 cents of drift, every size, every stage", status: "SKIP", detail: "no engine rows" }
      : {
          name: "0 cents of drift, every size, every stage",
          status: drifting.length === 0 ? "PASS" : "FAIL",
          detail: drifting.length === 0 ? `${engineRows.length} engine rows, all 0 ¢` : drifting.map((r) => `${r.size} ${r.stage}: ${r.cents_drift} ¢`).join(", "),
        },
  );
  const speedup = find(rows, "medium", "end-to-end", "native-formulas");
  out.push(
    !speedup?.ratio
      ? { name: "≥ 1 000× faster than native formulas in HyperFormula (medium, end to end)", status: "SKIP", detail: "medium end-to-end not run by both approaches" }
      : {
          name: "≥ 1 000× faster than native formulas in HyperFormula (medium, end to end)",
          status: speedup.ratio >= 1000 ? "PASS" : "FAIL",
          detail:
            `${speedup.lower_bound ? "≥ " : ""}${num(speedup.ratio)}× (native ${ms(speedup.median_ms, speedup.lower_bound)}${speedup.lower_bound ? ", stopped at the cap" : ""} vs engine ${ms(find(rows, "medium", "end-to-end")?.median_ms)})` +
            (speedup.lower_bound && speedup.ratio < 1000 ? "; a lower bound below the goal proves nothing: rerun with a larger --cap" : ""),
        },
  );
  const reference = find(rows, "medium", "reconciliation", "reference");
  const engineRecon = find(rows, "medium", "reconciliation");
  out.push(
    !reference?.median_ms || !engineRecon?.median_ms
      ? { name: "reconciliation ≤ 2× the integer-cents reference (medium)", status: "SKIP", detail: "medium reconciliation not run by the engine and the reference" }
      : {
          name: "reconciliation ≤ 2× the integer-cents reference (medium)",
          status: engineRecon.median_ms <= 2 * reference.median_ms && reference.status_mismatches === 0 && reference.vs_engine_cents === 0 ? "PASS" : "FAIL",
          detail: `engine ${ms(engineRecon.median_ms)}, reference ${ms(reference.median_ms)}: ${(engineRecon.median_ms / reference.median_ms).toFixed(2)}×; reference ${reference.status_mismatches === 0 && reference.vs_engine_cents === 0 ? "agrees with the engine line for line" : `${reference.status_mismatches} statuses, ${reference.vs_engine_cents} ¢ apart from the engine`}`,
        },
  );
  return out;
}

export function goalLines(list: Goal[]): string {
  return list.map((g) => `${g.status.padEnd(4)}  ${g.name}: ${g.detail}`).join("\n");
}
