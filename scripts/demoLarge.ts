import { basename, join, relative } from "node:path";
import type { Cell } from "../src/engine/cell";
import { formatError } from "../src/excel/messages";
import { contracts } from "../src/journeys/contracts";
import type { Settings } from "../src/journeys/journey";
import { rowsOf } from "../src/journeys/large/columns";
import { FromWorker, reconcileHandler, RunResult, runMessages } from "../src/journeys/large/protocol";
import { contractRunResults, RUN_IDS, withLines } from "../src/journeys/large/results";
import type { RunInputs } from "../src/journeys/large/run";
import { formatAddress } from "../src/journeys/names";
import { stampInput } from "../src/journeys/runRecord";
import { combinePlans } from "../src/workbook/combine";
import { contractsTemplate } from "../src/workbook/contracts";
import { BALANCE_CELLS } from "../src/workbook/contracts/feeForServiceSheets";
import { evaluatePlan, isErrorValue } from "../src/workbook/evaluate";
import { writeWithCompanion } from "./demoCompanion";
import { version } from "../package.json";

/**
 * The large-table reconciliation of `npm run demo` (hisab-rapprochement-volet.xlsx): the sample contract and activity
 * as the template holds them, reconciled the way the pane does it — the activity sent in blocks of typed columns
 * through the worker's protocol — and its results as the pane writes them: the line results as values, the
 * reconciliation and the statement as live formulas over them, and the run record.
 */

const FILE = "hisab-rapprochement-volet.xlsx";
const BLOCK_ROWS = 500;

export async function writeLargeRunDemo(outDir: string): Promise<void> {
  const lang = "fr";
  const template = contractsTemplate(lang, { sample: true, parts: ["feeForService"] });
  const mapping = contracts.templateMapping(template);
  const evaluation = evaluatePlan(template);
  const read = (id: string): Cell[][] => {
    const ref = mapping[id]!;
    return evaluation.read(ref.sheet!, ref.ref).map((row) => row.map((v) => (isErrorValue(v) ? fail(`${ref.ref} holds ${v.error}`) : v)));
  };
  const term = (id: string) => read(id)[0][0];
  const activity = read("activity");
  const inputs: RunInputs = {
    kind: "feeForService",
    terms: { contract: read("contract"), advances: read("advances").map((row) => [row[1]]), periodStart: term("periodStart"), periodEnd: term("periodEnd"), envelope: term("envelope"), rule: term("rule"), decimals: term("decimals") },
  };
  const result = reconcileAsThePaneDoes(inputs, activity);

  const settings: Settings = Object.fromEntries(contracts.inputs.filter((i) => i.kind === "scalar").map((i) => [i.id, mapping[i.id]!]));
  const stamps = ["activity", "contract", "advances"].map((id) => stampInput(id, formatAddress(mapping[id]!), read(id)));
  const totals = { billed: Number(result.balance![0][0]), due: Number(result.balance![3][0]), balance: Number(result.balance![5][0]) };
  const record = { run: RUN_IDS.feeForService, at: new Date().toISOString(), version, inputs: stamps, settings: Object.fromEntries(["periodStart", "periodEnd", "envelope", "rule", "decimals"].map((id) => [id, term(id) ?? null])), totals };
  const results = contractRunResults(lang, mapping, settings, result.reconciliation!, record);
  // The workbook the pane works in: the template's contract and activity tables (without the formulas the run replaces).
  const inputsOnly = template.sheets.filter((s) => s.key === "contract" || s.key === "activity").map((s) => ({ ...s, formulas: [], labels: s.key === "activity" ? [] : s.labels }));
  const plan = combinePlans(results.plan.title, [{ ...template, sheets: inputsOnly }, withLines(results, result.lines)]);
  const computed = evaluatePlan(plan);
  if (computed.errors.length > 0) throw new Error(`The large-run demo must calculate without error; ${computed.errors[0].at}: ${computed.errors[0].cause ? formatError(computed.errors[0].cause, lang) : computed.errors[0].error}`);
  const balance = plan.sheets.find((s) => s.key === "balance")!;
  const checks = Array.from({ length: 6 }, (_, i) => computed.read(balance.name, BALANCE_CELLS.check(i))[0][0]);
  if (checks.some((c) => c !== 0)) throw new Error(`The large-run demo's checks must read 0: ${checks.join(", ")}`);
  const companion = await writeWithCompanion(plan, computed, join(outDir, FILE), lang);
  console.log(`wrote ${relative(process.cwd(), join(outDir, FILE))} (${activity.length} activity lines reconciled in blocks of ${BLOCK_ROWS} through the worker's protocol; statement as live formulas, checks at 0) and its values-only copy ${basename(companion)}`);
}

/** The worker's protocol in-process: start, the activity in blocks of typed columns, end; the result or the engine's error. */
function reconcileAsThePaneDoes(inputs: RunInputs, activity: Cell[][]): RunResult {
  let answer: FromWorker | undefined;
  const handle = reconcileHandler((message) => void (answer = message.type === "progress" ? answer : message));
  runMessages(1, inputs, activity, BLOCK_ROWS).forEach(handle);
  if (answer?.type !== "result") throw new Error(`The large-run demo's reconciliation failed: ${JSON.stringify(answer)}`);
  if (rowsOf(answer.lines).length !== activity.length) throw new Error("One result per activity line expected");
  return answer;
}

function fail(message: string): never {
  throw new Error(message);
}
