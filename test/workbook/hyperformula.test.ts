import { costCentreTemplate } from "../../src/workbook/costCentres";
import { evaluatePlan } from "../../src/workbook/evaluate";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { LANGUAGES } from "../../src/excel/messages";
import { expectHyperFormulaAgrees } from "../support/planComparison";

/**
 * The template's formulas, typed as a user types them, recalculated by a real
 * spreadsheet engine hosting our catalog functions, agree with evaluatePlan
 * cell by cell: the sample under each of the three methods, and the empty
 * template (whose secondary distribution is an error until keys are filled).
 */

/** The plan with another word in its method cell (the words are the method column's list validation). */
function withEachMethod(plan: WorkbookPlan): [string, WorkbookPlan][] {
  const results = plan.sheets.find((s) => s.key === "results")!;
  const methodTable = results.tables[0];
  const validation = methodTable.columns[1].validation;
  if (validation?.kind !== "list") throw new Error("the method column has no list validation");
  return validation.values.map((word) => [
    word,
    { ...plan, sheets: plan.sheets.map((s) => (s === results ? { ...s, tables: [{ ...methodTable, rows: [[methodTable.rows[0][0], word]] }] } : s)) },
  ]);
}

const cases = new Map<string, WorkbookPlan>(LANGUAGES.flatMap((lang): [string, WorkbookPlan][] => [
  ...withEachMethod(costCentreTemplate(lang, { sample: true })).map(([word, plan]): [string, WorkbookPlan] => [`${lang} sample, ${word}`, plan]),
  [`${lang} empty template`, costCentreTemplate(lang, { sample: false })],
]));

describe.each([...cases.keys()])("cost-centre template (%s) in HyperFormula", (name) => {
  it("has every formula cell equal to evaluatePlan's value", () => {
    const plan = cases.get(name)!;
    expect(expectHyperFormulaAgrees(plan, evaluatePlan(plan))).toBeGreaterThan(100);
  });
});

it("the sample calculates without error and the methods give different results", () => {
  for (const lang of LANGUAGES) {
    const costs = withEachMethod(costCentreTemplate(lang, { sample: true })).map(([, plan]) => {
      const evaluation = evaluatePlan(plan);
      expect(evaluation.errors).toEqual([]);
      return JSON.stringify(evaluation.results.get(`${plan.sheets.find((s) => s.key === "results")!.name}!E8`));
    });
    expect(new Set(costs).size).toBe(3);
  }
});
