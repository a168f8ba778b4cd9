import { actsTariffsTemplate, costingWorkbook } from "../../src/workbook/actsTariffs";
import { evaluatePlan } from "../../src/workbook/evaluate";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { expectHyperFormulaAgrees } from "../support/planComparison";

/**
 * The acts-and-tariffs template's typed formulas recalculated by HyperFormula
 * hosting our functions agree with evaluatePlan cell by cell: standalone and
 * combined with the cost-centre template, sample and empty, French and English.
 * The loan schedule and the fund projection are sized from their input cells.
 */

/** Each language, each way of placing the template and each content appears at least once (each case takes about a second). */
const cases: [string, () => WorkbookPlan][] = [
  ["fr standalone sample", () => actsTariffsTemplate("fr", { sample: true })],
  ["en combined sample", () => costingWorkbook("en", { sample: true })],
  ["fr combined empty", () => costingWorkbook("fr", { sample: false })],
  ["en standalone empty", () => actsTariffsTemplate("en", { sample: false })],
];

it.each(cases)("%s: every formula cell equals evaluatePlan's value", (_, build) => {
  const plan = build();
  expect(expectHyperFormulaAgrees(plan, evaluatePlan(plan))).toBeGreaterThan(3000);
});

it("sizes the schedule and the projection from the years and the horizon typed in their tables", () => {
  const plan = actsTariffsTemplate("en", { sample: true });
  const withTerms = (years: number, grace: number, horizon: number): WorkbookPlan => ({
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      if (sheet.key === "loan") return { ...sheet, tables: [{ ...sheet.tables[0], rows: [[5_000_000, 0.05, years, grace, "principal"]] }], formulas: sheet.formulas.map((f) => (f.expr.kind === "call" && f.expr.fn === "LOAN.SCHEDULE" ? { ...f, rows: years + grace } : f)) };
      if (sheet.key === "fund") return { ...sheet, tables: [{ ...sheet.tables[0], rows: [[30_000_000, horizon, 0, 2, 0]] }], formulas: sheet.formulas.map((f) => (f.expr.kind === "call" && f.expr.fn === "FUND.PROJECTION" ? { ...f, rows: horizon } : f)) };
      return sheet;
    }),
  });
  const changed = withTerms(8, 2, 15);
  const evaluation = evaluatePlan(changed);
  expect(evaluation.errors).toEqual([]);
  expect(evaluation.read("Loan", "A24:A25")).toEqual([[10], [null]]);
  expect(expectHyperFormulaAgrees(changed, evaluation)).toBeGreaterThan(3000);
});
