import type { Cell } from "../../src/engine/cell";
import { findFunction, FunctionSpec } from "../../src/excel/catalog";
import type { Arg } from "../../src/excel/params";
import { LANGUAGES } from "../../src/excel/messages";
import { costingWorkbook, actsTariffsTemplate } from "../../src/workbook/actsTariffs";
import { contractsTemplate } from "../../src/workbook/contracts";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { evaluatePlan, isErrorValue } from "../../src/workbook/evaluate";
import type { Expr, WorkbookPlan } from "../../src/workbook/plan";

/** Every template the pane inserts, with its sample data and empty, in both languages. */
export function templatePlans(): WorkbookPlan[] {
  return LANGUAGES.flatMap((lang) =>
    [true, false].flatMap((sample) => [costCentreTemplate(lang, { sample }), actsTariffsTemplate(lang, { sample }), costingWorkbook(lang, { sample }), contractsTemplate(lang, { sample })]),
  );
}

export interface PlanCall {
  spec: FunctionSpec;
  /** The arguments as Excel passes them: ranges as 2-D arrays, a one-cell argument of a scalar parameter as its value. */
  args: Arg[];
  where: string;
}

function callsIn(expr: Expr, found: Extract<Expr, { kind: "call" }>[]): void {
  if (expr.kind === "call") {
    if (findFunction(expr.fn)) found.push(expr);
    expr.args.forEach((a) => callsIn(a, found));
  } else if (expr.kind === "binary") {
    callsIn(expr.left, found);
    callsIn(expr.right, found);
  }
}

/** The calls to our functions in a plan, with their arguments as its evaluation reads them. */
export function planCalls(plan: WorkbookPlan): PlanCall[] {
  const evaluation = evaluatePlan(plan);
  return plan.sheets.flatMap((sheet) =>
    sheet.formulas.flatMap((formula) => {
      const found: Extract<Expr, { kind: "call" }>[] = [];
      callsIn(formula.expr, found);
      return found.map((call): PlanCall => {
        const spec = findFunction(call.fn)!;
        const args = call.args.map((a, i): Arg => {
          const grid = evaluation.evaluate(sheet.name, a).map((row) => row.map((v): Cell => (isErrorValue(v) ? "#VALUE!" : v)));
          return spec.params[i].kind === "scalar" && grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
        });
        return { spec, args, where: `${plan.id} ${sheet.name}!${formula.at}` };
      });
    }),
  );
}
