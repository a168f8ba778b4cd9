import type { Expr } from "../../src/workbook/plan";

/**
 * The same formula with its references pointed at the sheets actually created
 * ("Centres" may have become "Centres (2)"). A reference to a sheet that is not
 * in the plan is a template bug: refuse it before anything is written.
 */
export function withFinalSheetNames(expr: Expr, finalNames: ReadonlyMap<string, string>): Expr {
  switch (expr.kind) {
    case "range": {
      if (expr.sheet === undefined) return expr;
      const sheet = finalNames.get(expr.sheet);
      if (sheet === undefined) throw new Error(`Template formula refers to sheet "${expr.sheet}", which the plan does not create`);
      return { ...expr, sheet };
    }
    case "call":
      return { ...expr, args: expr.args.map((arg) => withFinalSheetNames(arg, finalNames)) };
    case "binary":
      return { ...expr, left: withFinalSheetNames(expr.left, finalNames), right: withFinalSheetNames(expr.right, finalNames) };
    case "number":
    case "text":
      return expr;
  }
}
