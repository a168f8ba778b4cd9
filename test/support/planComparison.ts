import { Computed, isErrorValue, PlanEvaluation } from "../../src/workbook/evaluate";
import type { FormulaCell, WorkbookPlan } from "../../src/workbook/plan";
import { calculateWithHyperFormula } from "./hyperformula";

/** Formulas that show the cells they refer to: HyperFormula shows a blank cell there as blank, Excel (and evaluatePlan) as 0. */
const showsReferencedCells = (formula: FormulaCell): boolean =>
  formula.expr.kind === "range" || (formula.expr.kind === "call" && formula.expr.fn === "TRANSPOSE");

function expectSameCell(expected: Computed, got: unknown, formula: FormulaCell, where: string): void {
  if (isErrorValue(expected)) {
    expect({ where, error: (got as { error?: string } | null)?.error }).toEqual({ where, error: expected.error });
  } else if (expected === 0 && got === null && showsReferencedCells(formula)) {
    // A blank cell shown through a reference: see showsReferencedCells.
  } else if (expected === 0 && (got as { message?: string } | null)?.message === "Incorrect criterion.") {
    // HyperFormula refuses a blank criterion cell (a spare row of a template); Excel and evaluatePlan sum nothing: 0.
  } else if (typeof expected === "number") {
    expect({ where, type: typeof got }).toEqual({ where, type: "number" });
    expect(Math.abs((got as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else {
    expect({ where, value: got }).toEqual({ where, value: expected });
  }
}

/** Recalculates `plan` in HyperFormula from its typed formulas and expects every formula cell to equal evaluatePlan's; returns the cells compared. */
export function expectHyperFormulaAgrees(plan: WorkbookPlan, evaluation: PlanEvaluation): number {
  const hf = calculateWithHyperFormula(plan);
  let compared = 0;
  try {
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
  } finally {
    hf.destroy();
  }
  return compared;
}
