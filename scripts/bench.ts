import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { DEFAULT_SEED, SIZE_NAMES, SizeName, SIZES } from "./bench/data";
import type { Job, Progress } from "./bench/measure";
import { HyperFormula } from "hyperformula";
import { bundleFunctions } from "./bench/engineBundle";
import { RECIPROCAL_ITERATIONS } from "./bench/native";
import { addRatios, goalLines, goals, jsonLine, markdownTable, Row, table } from "./bench/report";
import { APPROACHES, Approach, REFERENCE_STAGES, Stage, STAGES } from "./bench/stages";

/**
 * `npm run bench`: our engine against the same work done with native
 * formulas and recalculated by HyperFormula, in one run, on data generated
 * from a fixed seed. See docs/BENCHMARK.md.
 *
 *   npm run bench -- [--sizes small,medium,large] [--stages allocation-direct,…]
 *                    [--approaches engine,native-formulas,reference] [--cap SECONDS] [--runs N]
 *                    [--warmup N] [--seed N] [--json FILE] [--markdown FILE]
 *                    [--price-list N] [--engine bundle|source]
 *
 * Each measurement runs in its own worker thread, one at a time (the machine
 * has 2 cores): the main thread stops a native recalculation at the cap and
 * records how long it had run as a lower bound.
 */

export interface Options {
  sizes: SizeName[];
  stages: Stage[];
  approaches: Approach[];
  capSeconds: number;
  runs: number;
  warmup: number;
  seed: number;
  json?: string;
  priceList?: number;
  /** Also write the results table in Markdown to this file. */
  markdown?: string;
  /** Time the engine as a bundle like the shipped add-in (default) or from the TypeScript sources through tsx. */
  engine: "bundle" | "source";
}

const USAGE = `usage: npm run bench -- [--sizes ${SIZE_NAMES.join(",")}] [--stages ${STAGES.join(",")}]
                      [--approaches ${APPROACHES.join(",")}] [--cap SECONDS (120)] [--runs N (11)] [--warmup N (3)] [--seed N] [--json FILE] [--markdown FILE]
                      [--price-list N (the size's own: small 100, medium and large 2,000)] [--engine bundle|source]`;

export function parseOptions(argv: readonly string[]): Options {
  const options: Options = { sizes: [...SIZE_NAMES], stages: [...STAGES], approaches: [...APPROACHES], capSeconds: 120, runs: 11, warmup: 3, seed: DEFAULT_SEED, engine: "bundle" };
  const list = <T extends string>(value: string, allowed: readonly T[], what: string): T[] => {
    const items = value.split(",").map((s) => s.trim()).filter(Boolean);
    for (const item of items) if (!allowed.includes(item as T)) throw new Error(`unknown ${what} "${item}" (one of ${allowed.join(", ")})`);
    return allowed.filter((a) => items.includes(a));
  };
  const positive = (value: string, what: string, integer = true): number => {
    const n = Number(value);
    if (!(n > 0) || (integer && !Number.isInteger(n))) throw new Error(`${what} must be a positive ${integer ? "whole " : ""}number, not "${value}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--sizes": options.sizes = list(value(), SIZE_NAMES, "size"); break;
      case "--stages": options.stages = list(value(), STAGES, "stage"); break;
      case "--approaches": options.approaches = list(value(), APPROACHES, "approach"); break;
      case "--cap": options.capSeconds = positive(value(), "--cap", false); break;
      case "--runs": options.runs = positive(value(), "--runs"); break;
      case "--warmup": options.warmup = Math.max(0, Math.floor(Number(value()))); break;
      case "--seed": options.seed = Math.floor(Number(value())); break;
      case "--json": options.json = value(); break;
      case "--markdown": options.markdown = value(); break;
      case "--price-list": options.priceList = positive(value(), "--price-list"); break;
      case "--engine": options.engine = list(value(), ["bundle", "source"] as const, "engine build")[0] ?? "bundle"; break;
      case "--help": case "-h": throw new Error(USAGE);
      default: throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  return options;
}

const HYPERFORMULA_VERSION = HyperFormula.version;
const WORKER = join(__dirname, "bench", "worker.ts");
/** The worker loads TypeScript through tsx's CommonJS hook (an `--import tsx` execArgv does not reach worker threads on Node 20). */
const BOOT = `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register(); require(${JSON.stringify(WORKER)});`;

/** One measurement in a worker thread, stopped at the cap. */
function runInWorker(job: Job): Promise<Row> {
  return new Promise((resolve) => {
    const started = performance.now();
    const base: Row = { size: job.size, stage: job.stage, approach: job.approach, median_ms: null, runs: 0, after_change_ms: null, after_change_runs: 0, peak_mb: null, ratio: null, cents_drift: null, lower_bound: false };
    let last: Row | undefined;
    let evaluatingAt: number | undefined;
    let loadMs: number | undefined;
    let formulas: number | undefined;
    let rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    let settled = false;
    const worker = new Worker(BOOT, { eval: true, workerData: job, resourceLimits: { maxOldGenerationSizeMb: Math.floor((totalmem() / 2 ** 20) * 0.7) } });
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 20);
    const finish = (row: Row) => {
      if (settled) return;
      settled = true;
      clearInterval(sampler);
      clearTimeout(cap);
      row.rss_mb = Math.max(0, rssPeak - rssBefore) / 2 ** 20;
      void worker.terminate();
      resolve(row);
    };
    const cap = setTimeout(() => {
      const row: Row = { ...(last ?? base), cap_s: job.capSeconds };
      if (loadMs !== undefined && row.load_ms === undefined) row.load_ms = loadMs;
      if (formulas !== undefined && row.formulas === undefined) row.formulas = formulas;
      if (row.median_ms === null) {
        // The full recalculation had not finished: the time it had run is a lower bound of what it takes.
        row.lower_bound = true;
        row.median_ms = evaluatingAt !== undefined ? performance.now() - evaluatingAt : job.capSeconds * 1000;
        row.runs = 0;
        if (evaluatingAt === undefined) row.note = "stopped while loading the workbook";
      } else if (row.after_change_runs === 0) {
        row.note = "stopped at the cap before a change could be timed";
      }
      finish(row);
    }, job.capSeconds * 1000);
    worker.on("message", (m: Progress | { type: "ready" } | { type: "done" } | { type: "error"; message: string }) => {
      if (m.type === "ready") {
        rssBefore = rssPeak = process.memoryUsage.rss();
        worker.postMessage("go");
      } else if (m.type === "evaluating") {
        evaluatingAt = performance.now();
        loadMs = m.loadMs;
        formulas = m.formulas;
      } else if (m.type === "row") {
        last = m.row;
      } else if (m.type === "done") {
        finish(last ?? { ...base, note: "no result" });
      } else if (m.type === "error") {
        finish({ ...(last ?? base), note: `error: ${m.message.split("\n")[0]}` });
      }
    });
    worker.on("error", (error) => finish({ ...(last ?? base), note: `error: ${error.message}` }));
    worker.on("exit", (code) => finish({ ...(last ?? base), note: `worker exited (${code}) after ${((performance.now() - started) / 1000).toFixed(0)} s` }));
  });
}

function describe(options: Options, bundled: boolean): string {
  const cpu = cpus();
  const lines = [
    `Hisab Santé benchmark — seed ${options.seed}, cap ${options.capSeconds} s, ${options.runs} runs after ${options.warmup} warm-up calls`,
    `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GB`,
    ...options.sizes.map((s) => {
      const z = SIZES[s];
      const priceList = options.priceList ?? z.priceList;
      return `  ${s}: ${z.centres} centres (${z.support} support), ${z.acts.toLocaleString("en-US")} acts, ${z.lines.toLocaleString("en-US")} claim lines, ${priceList.toLocaleString("en-US")}-line price list`;
    }),
    `  engine: src/excel/sheetFunctions.ts ${bundled ? "bundled like the shipped add-in (esbuild, ES2020)" : "from its TypeScript sources through tsx"}`,
    `  native: HyperFormula ${HYPERFORMULA_VERSION}; reciprocal by ${RECIPROCAL_ITERATIONS} Jacobi iterations (no MINVERSE)`,
    `  reference: a minimal integer-cents reconciliation (scripts/bench/reference.ts), from its TypeScript source`,
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  const engineBundle = options.engine === "bundle" ? bundleFunctions() : undefined;
  if (options.engine === "bundle" && !engineBundle) console.error("esbuild not found: timing the engine from its TypeScript sources (--engine source)");
  console.log(describe(options, engineBundle !== undefined));
  console.log("");
  const rows: Row[] = [];
  // Every engine measurement first: a native run leaves gigabytes for the system to take back, which slows whatever runs next.
  for (const approach of options.approaches) {
    for (const size of options.sizes) {
      for (const stage of options.stages) {
        if (approach === "reference" && !REFERENCE_STAGES.includes(stage)) continue;
        const job: Job = { size, stage, approach, seed: options.seed, runs: options.runs, warmup: options.warmup, capSeconds: options.capSeconds, priceList: options.priceList, engineBundle };
        const row = await runInWorker(job);
        rows.push(row);
        const time = row.median_ms === null ? "—" : `${row.lower_bound ? "≥ " : ""}${row.median_ms.toFixed(row.median_ms < 10 ? 2 : 0)} ms`;
        console.error(`  ${size} ${stage} ${approach}: ${time}, drift ${row.cents_drift ?? "—"} ¢${row.note ? ` (${row.note})` : ""}`);
      }
    }
  }
  const order = (r: Row) => [options.sizes.indexOf(r.size), options.stages.indexOf(r.stage), options.approaches.indexOf(r.approach)];
  rows.sort((a, b) => order(a).reduce((d, x, i) => d || x - order(b)[i], 0));
  addRatios(rows);
  console.log(table(rows));
  console.log("");
  console.log(goalLines(goals(rows)));
  if (options.json) {
    writeFileSync(options.json, rows.map(jsonLine).join("\n") + "\n");
    console.log(`\n${rows.length} JSON lines written to ${options.json}`);
  }
  if (options.markdown) {
    writeFileSync(options.markdown, `${markdownTable(rows)}\n\n${goals(rows).map((g) => `- **${g.status}** ${g.name}: ${g.detail}`).join("\n")}\n`);
    console.log(`Markdown table written to ${options.markdown}`);
  }
}

if (require.main === module) void main();
