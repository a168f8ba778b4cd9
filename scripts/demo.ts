import { basename, join } from "node:path";
import type { Method } from "../src/engine/allocation";
import { Cell } from "../src/excel/cells";
import { findFunction } from "../src/excel/catalog";
import { formatError } from "../src/excel/messages";
import { Money, sumNumbers } from "../src/engine/money";
import { Grid, isErrorValue, PlanEvaluation } from "../src/workbook/evaluate";
import type { Expr, SheetPlan, WorkbookPlan } from "../src/workbook/plan";
import { DISTRICT_HOSPITAL } from "../src/workbook/samples/districtHospital";
import pkg from "../package.json";
import { printActsSummary } from "./demoActs";
import { DEMO_FILES, demoBook, DemoBook } from "./demoBooks";
import { printContractsSummary } from "./demoContracts";
import { amount, printTable } from "./demoTable";
import { writePlanXlsx } from "./xlsx";
import { writeWithCompanion } from "./demoCompanion";
import { writeLargeRunDemo } from "./demoLarge";

/**
 * `npm run demo`: builds the workbooks into demo/out/ (demoBooks.ts) — the
 * cost-centre template (French sample, empty French template, English
 * sample), the cost centres with the acts and tariffs in one workbook and the
 * four contracts (French and English samples), each with its journeys'
 * defined names and run records as the pane leaves them — then prints, for
 * the cost-centre sample, each main centre's cost and cost per unit of work
 * under the three secondary-distribution methods with their conservation
 * checks, and the summaries of demoActs.ts and demoContracts.ts; then the
 * large-table reconciliation as the pane writes it (demoLarge.ts).
 */

const OUT = join(__dirname, "..", "demo", "out");
const METHODS: Method[] = ["direct", "step", "reciprocal"];

async function main(): Promise<void> {
  const built = new Map<string, DemoBook>();
  const run = { at: new Date().toISOString(), version: pkg.version };
  for (const spec of DEMO_FILES) {
    const book = demoBook(spec, run);
    const { file, lang, sample, plan, evaluation } = book;
    if (sample && evaluation.errors.length > 0) {
      const first = evaluation.errors[0];
      throw new Error(`The sample must calculate without error; ${first.at}: ${first.cause ? formatError(first.cause, lang) : first.error}`);
    }
    // A sample gets its values-only companion; the empty template has no results worth copying.
    if (sample) {
      const companion = await writeWithCompanion(plan, evaluation, join(OUT, file), lang);
      console.log(`wrote demo/out/${file} and its values-only copy ${basename(companion)}`);
    } else {
      await writePlanXlsx(plan, evaluation, join(OUT, file));
      const note = evaluation.errors.length > 0 ? ` (${evaluation.errors.length} formulas show an error until the starter rows are filled)` : "";
      console.log(`wrote demo/out/${file}${note}`);
    }
    built.set(file, book);
  }
  const centres = built.get("hisab-centres-de-couts.xlsx")!;
  printSummary(centres.plan, centres.evaluation);
  const acts = built.get("hisab-acts-and-tariffs.xlsx")!;
  printActsSummary(acts.plan, acts.evaluation);
  const contracts = built.get("hisab-contracts.xlsx")!;
  printContractsSummary(contracts.plan, contracts.evaluation);
  await writeLargeRunDemo(OUT);
}

/** The results sheet's call of `fn` and the sheet it sits on. */
function findCall(plan: WorkbookPlan, fn: string): { sheet: SheetPlan; args: Expr[] } {
  for (const sheet of plan.sheets) {
    for (const f of sheet.formulas) if (f.expr.kind === "call" && f.expr.fn === fn) return { sheet, args: f.expr.args };
  }
  throw new Error(`The plan has no ${fn} formula`);
}

function cells(grid: Grid): Cell[][] {
  if (grid.flat().some(isErrorValue)) throw new Error("unexpected error value in the sample's ranges");
  return grid as Cell[][];
}

/** Each centre's cost after secondary distribution and its cost per unit of work, for one method, from the sample's own ranges. */
function runMethod(plan: WorkbookPlan, evaluation: PlanEvaluation, method: Method): { costs: Cell[]; unitCosts: Cell[] } {
  const allocateCall = findCall(plan, "ALLOCATE");
  const [centres, primary, keys] = allocateCall.args.map((a) => cells(evaluation.evaluate(allocateCall.sheet.name, a)));
  const allocated = findFunction("ALLOCATE")!.impl(centres, primary, keys, method);
  const unitCall = findCall(plan, "UNITCOST");
  const units = cells(evaluation.evaluate(unitCall.sheet.name, unitCall.args[2]));
  const unitCosts = findFunction("UNITCOST")!.impl(centres, allocated, units);
  return { costs: allocated.map((r) => r[0]), unitCosts: unitCosts.map((r) => r[0]) };
}

function printSummary(plan: WorkbookPlan, evaluation: PlanEvaluation): void {
  const runs = METHODS.map((m) => runMethod(plan, evaluation, m));
  const amountsCall = findCall(plan, "PRIMARY");
  const expenses = sumNumbers(cells(evaluation.evaluate(amountsCall.sheet.name, amountsCall.args[1])).map((r) => Number(r[0] ?? 0)));

  const header = ["Centre", "Unit of work", ...METHODS.map((m) => `Cost ${m}`), ...METHODS.map((m) => `Per unit ${m}`)];
  const rows: string[][] = [];
  DISTRICT_HOSPITAL.centres.forEach((centre, i) => {
    if (centre.kind !== "main") return;
    rows.push([centre.code, centre.unit?.en ?? "", ...runs.map((r) => amount(r.costs[i])), ...runs.map((r) => amount(r.unitCosts[i]))]);
  });
  printTable(`Sample district hospital (${DISTRICT_HOSPITAL.currency}): main centres after secondary distribution`, header, rows, 2);

  console.log(`\nConservation: total expenses ${amount(expenses.toNumber())} ${DISTRICT_HOSPITAL.currency}`);
  METHODS.forEach((method, m) => {
    const total = sumNumbers(runs[m].costs.map((v) => (typeof v === "number" ? v : 0)));
    const cents = total.minus(expenses).times(100).toDecimalPlaces(0, Money.ROUND_HALF_UP);
    console.log(`  ${method.padEnd(10)} Σ main centres ${amount(total.toNumber())}  difference ${cents.toString()} cents${cents.isZero() ? "  ✓" : "  ✗"}`);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
