import type { Cell } from "../src/excel/cells";
import type { Grid, PlanEvaluation } from "../src/workbook/evaluate";
import { isErrorValue } from "../src/workbook/evaluate";
import { parseRef } from "../src/workbook/formula";
import type { SheetPlan, WorkbookPlan } from "../src/workbook/plan";
import { amount, percent, printTable } from "./demoTable";

/**
 * The demo's second summary, read from the calculated acts-and-tariffs
 * workbook (English, linked to the cost centres): the cost of a letter-key
 * point against its official value, the ten acts priced furthest below cost,
 * the proposed tariffs of a few acts, the clinic's loan schedule and every
 * check cell of the workbook.
 */

/** Acts whose proposed tariff is shown: one or two per letter. */
const SHOWN_ACTS = ["DIG06", "ORT01", "GYN04", "PLA03", "BCH01", "HEM02", "RXT03", "CTS01", "SDC02", "CUR01", "CSP07", "SAF06", "INF01", "END03"];

const sheetOf = (plan: WorkbookPlan, key: string): SheetPlan => {
  const sheet = plan.sheets.find((s) => s.key === key && s.tables.length > 0);
  if (!sheet) throw new Error(`The plan has no "${key}" sheet`);
  return sheet;
};

/** The spilled result of the sheet's call of `fn`. */
function resultOf(evaluation: PlanEvaluation, sheet: SheetPlan, fn: string): Cell[][] {
  const formula = sheet.formulas.find((f) => f.expr.kind === "call" && f.expr.fn === fn);
  if (!formula) throw new Error(`${sheet.name} has no ${fn} formula`);
  return cells(evaluation.results.get(`${sheet.name}!${formula.at}`)!);
}

function cells(grid: Grid): Cell[][] {
  if (grid.flat().some(isErrorValue)) throw new Error("unexpected error value in the sample");
  return grid as Cell[][];
}

const text = (v: Cell): string => (v === null || v === undefined ? "" : String(v));

export function printActsSummary(plan: WorkbookPlan, evaluation: PlanEvaluation): void {
  const letters = sheetOf(plan, "letters");
  const nomenclature = sheetOf(plan, "nomenclature");
  const tariffs = sheetOf(plan, "tariffs");
  const loan = sheetOf(plan, "loan");
  const currency = "DZD";

  const letterRows = letters.tables[0].rows;
  const pointCosts = resultOf(evaluation, letters, "KEYCOST");
  const letterGaps = resultOf(evaluation, letters, "PRICE.GAP");
  printTable(
    `Letter keys (${currency}): cost of a point against the official value`,
    ["Letter", "Centre", "Official value", "Cost of a point", "Recovery", "Subsidy per point", "Rank"],
    letterRows.map((r, i) => [text(r[0]), text(r[2]), amount(r[3]), amount(pointCosts[i][0]), percent(letterGaps[i][1]), amount(letterGaps[i][2]), text(letterGaps[i][3])]),
    2,
  );

  const acts = nomenclature.tables[0].rows;
  const actCosts = resultOf(evaluation, nomenclature, "ACTCOST.LETTER");
  const actGaps = resultOf(evaluation, nomenclature, "PRICE.GAP");
  const ranked = acts
    .map((act, i) => ({ act, cost: actCosts[i][0], gap: actGaps[i] }))
    .filter((a) => typeof a.gap[3] === "number" && a.gap[3] <= 10)
    .sort((a, b) => Number(a.gap[3]) - Number(b.gap[3]));
  printTable(
    "The 10 acts priced furthest below cost (PRICE.GAP rank)",
    ["Rank", "Code", "Act", "Volume", "Cost", "Official tariff", "Recovery", "Subsidy a year"],
    ranked.map(({ act, cost, gap }) => [text(gap[3]), text(act[0]), text(act[1]), text(act[4]), amount(cost), amount(act[6]), percent(gap[1]), amount(Number(gap[2]) * Number(act[4]))]),
    3,
  );

  const proposed = resultOf(evaluation, tariffs, "TARIFF");
  const settings = tariffs.tables[0].rows[0];
  printTable(
    `Proposed tariffs (margin ${percent(settings[0])}, step ${text(settings[1])} ${currency}, loan service ${amount(evaluation.read(loan.name, "E9")[0][0] as number)} per act)`,
    ["Code", "Act", "Cost", "Official", "Market", "Ceiling", "Cost-plus", "Tariff", "Set by", "Recovery", "Subsidy gap"],
    SHOWN_ACTS.map((code) => {
      const i = acts.findIndex((a) => a[0] === code);
      const [costPlus, , tariff, binding, recovery, gap] = proposed[i];
      return [code, text(acts[i][1]), amount(actCosts[i][0]), amount(acts[i][6]), amount(acts[i][7]), amount(acts[i][8]), amount(costPlus), amount(tariff), text(binding), percent(recovery), amount(gap)];
    }),
    2,
  );

  const [principal, rate, years, grace, method] = loan.tables[0].rows[0];
  printTable(
    `Start-up loan of one clinic: ${amount(principal as number)} ${currency} at ${percent(rate)}, ${text(years)} years after ${text(grace)} grace year(s), ${text(method)}`,
    ["Period", "Opening", "Interest", "Principal", "Payment", "Closing"],
    resultOf(evaluation, loan, "LOAN.SCHEDULE").map((r) => [text(r[0]), ...r.slice(1).map(amount)]),
    0,
  );

  printTable("Checks (must all be 0.00)", ["Sheet", "Check", "Value"], checkRows(plan, evaluation), 2);
}

/** Every check cell of the workbook (a difference rounded to the cent) with the label on its row. */
function checkRows(plan: WorkbookPlan, evaluation: PlanEvaluation): string[][] {
  return plan.sheets.flatMap((sheet) =>
    sheet.formulas
      .filter((f) => f.expr.kind === "call" && f.expr.fn === "ROUND")
      .map((f) => {
        const row = parseRef(f.at).top;
        const label = sheet.labels.find((l) => parseRef(l.at).top === row && parseRef(l.at).left === 0)?.text ?? f.at;
        const value = evaluation.results.get(`${sheet.name}!${f.at}`)![0][0];
        return [sheet.name, label, `${amount(isErrorValue(value) ? null : value)}${value === 0 ? "  ✓" : "  ✗"}`];
      }),
  );
}
