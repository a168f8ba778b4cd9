import { costCentreTemplate } from "../../src/templates/costCentres";
import { Computed, evaluatePlan, isErrorValue } from "../../src/templates/evaluate";
import type { FormulaCell, WorkbookPlan } from "../../src/templates/plan";
import { LANGUAGES } from "../../src/messages";
import { calculateWithHyperFormula } from "../support/hyperformula";

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

const showsReferencedCells = (formula: FormulaCell): boolean =>
  formula.expr.kind === "range" || (formula.expr.kind === "call" && formula.expr.fn === "TRANSPOSE");

function expectSameCell(expected: Computed, got: unknown, formula: FormulaCell, where: string): void {
  if (isErrorValue(expected)) {
    expect({ where, error: (got as { error?: string } | null)?.error }).toEqual({ where, error: expected.error });
  } else if (expected === 0 && got === null && showsReferencedCells(formula)) {
    // HyperFormula shows a blank cell referenced (or transposed) as blank; Excel (and evaluatePlan) as 0.
  } else if (typeof expected === "number") {
    expect({ where, type: typeof got }).toEqual({ where, type: "number" });
    expect(Math.abs((got as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else {
    expect({ where, value: got }).toEqual({ where, value: expected });
  }
}

describe.each([...cases.keys()])("cost-centre template (%s) in HyperFormula", (name) => {
  const plan = cases.get(name)!;
  const evaluation = evaluatePlan(plan);
  const hf = calculateWithHyperFormula(plan);
  afterAll(() => hf.destroy());

  it("has every formula cell equal to evaluatePlan's value", () => {
    let compared = 0;
    for (const sheet of plan.sheets) {
      for (const formula of sheet.formulas) {
        const expected = evaluation.results.get(`${sheet.name}!${formula.at}`)!;
        const actual = hf.read(sheet.name, formula.at, formula.rows, formula.cols);
        expected.forEach((row, r) =>
          row.forEach((value, c) => {
            expectSameCell(value, actual[r][c], formula, `${sheet.name}!${formula.at}[${r},${c}]`);
            compared++;
          }),
        );
      }
    }
    expect(compared).toBeGreaterThan(100);
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
