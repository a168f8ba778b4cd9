import { DomainError } from "../../src/engine/errors";
import { evaluatePlan, formulaKey } from "../../src/workbook/evaluate";
import type { Expr, FormulaCell, SheetPlan, WorkbookPlan } from "../../src/workbook/plan";

const range = (ref: string, sheet?: string): Expr => ({ kind: "range", ref, sheet });
const call = (fn: string, ...args: Expr[]): Expr => ({ kind: "call", fn, args });
const num = (value: number): Expr => ({ kind: "number", value });
const text = (value: string): Expr => ({ kind: "text", value });
const f = (at: string, expr: Expr, rows = 1, cols = 1): FormulaCell => ({ at, expr, rows, cols });

/** One input sheet "In" (a table at A1: code, cost, units) and a "Calc" sheet with the given formulas. */
function plan(formulas: FormulaCell[], rows: (string | number | null)[][] = [["A", 100, 4], ["B", 50, null], ["S", 30, null]]): WorkbookPlan {
  const input: SheetPlan = { key: "in", name: "In", tables: [{ name: "t", at: "A1", columns: [{ header: "Code" }, { header: "Cost" }, { header: "Units" }], rows }], labels: [{ at: "E1", text: "x" }], formulas: [] };
  return { id: "t", title: "t", sheets: [input, { key: "calc", name: "Calc", tables: [], labels: [], formulas }] };
}
const result = (p: WorkbookPlan, at: string) => evaluatePlan(p).results.get(formulaKey("Calc", at));

describe("native functions", () => {
  it.each([
    ["SUM over a range with text and blanks", call("SUM", range("A1:C4", "In")), 184],
    ["ROUND half away from zero", call("ROUND", num(2.675), num(2)), 2.68],
    ["ROUND of a negative tie", call("ROUND", num(-0.125), num(2)), -0.13],
    ["ROUND to hundreds", call("ROUND", num(1250), num(-2)), 1300],
    ["ABS", call("ABS", num(-3)), 3],
    ["MIN", call("MIN", range("B2:B4", "In")), 30],
    ["MAX", call("MAX", range("B2:B4", "In"), num(120)), 120],
    ["arithmetic with precedence from the tree", { kind: "binary", op: "-", left: range("B2", "In"), right: { kind: "binary", op: "*", left: num(2), right: range("B3", "In") } } as Expr, 0],
    ["a blank cell in arithmetic is 0", { kind: "binary", op: "+", left: range("C3", "In"), right: num(1) } as Expr, 1],
  ])("%s", (_, expr, expected) => {
    expect(result(plan([f("A1", expr)]), "A1")).toEqual([[expected]]);
  });

  it("gives #DIV/0! for a division by zero and #VALUE! for arithmetic on text", () => {
    const p = plan([f("A1", { kind: "binary", op: "/", left: num(1), right: range("C3", "In") }), f("A2", { kind: "binary", op: "+", left: range("A2", "In"), right: num(1) })]);
    const evaluation = evaluatePlan(p);
    expect(evaluation.results.get("Calc!A1")).toEqual([[{ error: "#DIV/0!", at: "Calc!A1" }]]);
    expect(evaluation.results.get("Calc!A2")).toEqual([[{ error: "#VALUE!", at: "Calc!A2" }]]);
  });

  it("shows a referenced blank cell as 0, and TRANSPOSE spills", () => {
    const p = plan([f("A1", range("C3", "In")), f("B1", call("TRANSPOSE", range("A2:A4", "In")), 1, 3)]);
    expect(result(p, "A1")).toEqual([[0]]);
    expect(result(p, "B1")).toEqual([["A", "B", "S"]]);
  });
});

describe("our functions", () => {
  it("calls the catalog implementation with Excel's arguments and spills its result", () => {
    const p = plan([f("A1", call("UNITCOST", range("A2:A4", "In"), range("B2:B4", "In"), range("C2:C4", "In"), num(2)), 3, 1)], [["A", 100, 3], ["B", 0, null], ["C", 10, 4]]);
    expect(result(p, "A1")).toEqual([[33.33], [""], [2.5]]);
  });

  it("reads results of earlier formulas", () => {
    const p = plan([f("A1", range("B2:B4", "In"), 3, 1), f("B1", call("SUM", range("A1:A3")))]);
    expect(result(p, "B1")).toEqual([[180]]);
  });

  it("records a DomainError as #VALUE! over the whole result, with its cause and address, and propagates it", () => {
    const p = plan([f("A1", call("UNITCOST", range("A2:A4", "In"), range("B2:B4", "In"), range("C2:C4", "In")), 3, 1), f("B1", call("SUM", range("A1:A3")))]);
    const evaluation = evaluatePlan(p);
    const cells = evaluation.results.get("Calc!A1")!.flat();
    expect(cells).toHaveLength(3);
    for (const cell of cells) expect(cell).toMatchObject({ error: "#VALUE!", at: "Calc!A1" });
    const cause = (cells[0] as { cause?: DomainError }).cause;
    expect(cause).toBeInstanceOf(DomainError);
    expect(cause!.code).toBe("zero_units");
    expect(evaluation.results.get("Calc!B1")).toEqual([[cells[0]]]);
    expect(evaluation.errors.map((e) => e.at)).toEqual(["Calc!A1", "Calc!A1"]);
  });

  it("passes a one-cell argument of a scalar parameter as its value", () => {
    const keys = { kind: "range", sheet: "In", ref: "A6:C7" } as Expr;
    const rows = [["A", 100, null], ["B", 50, null], ["S", 30, null], [null, null, null], ["", "A", "B"], ["S", 1, 3]];
    const p = plan([f("D1", text("direct")), f("A1", call("ALLOCATE", range("A2:A4", "In"), range("B2:B4", "In"), keys, range("D1")), 3, 1)], rows);
    expect(result(p, "A1")).toEqual([[107.5], [72.5], [0]]);
  });
});

describe("broken templates throw", () => {
  it.each([
    ["an unknown function", [f("A1", call("VLOOKUP", num(1)))], /VLOOKUP/],
    ["a shape different from the plan's", [f("A1", range("B2:B4", "In"), 2, 1)], /plan says 2×1/],
    ["a spill over another formula", [f("A1", range("B2:B4", "In"), 3, 1), f("A2", num(1))], /written twice/],
    ["a reference to a missing sheet", [f("A1", range("A1", "Nope"))], /no sheet "Nope"/],
  ])("on %s", (_, formulas, message) => {
    expect(() => evaluatePlan(plan(formulas as FormulaCell[]))).toThrow(message as RegExp);
  });
});

describe("functions the acts template uses", () => {
  it("spills SUMIF with a range of criteria, one sum per criterion, a blank criterion matching 0", () => {
    const p = plan([f("E1", text("S")), f("A1", call("SUMIF", range("A2:A4", "In"), range("D1:E1"), range("B2:B4", "In")), 1, 2)]);
    expect(result(p, "A1")).toEqual([[0, 30]]);
  });

  it("multiplies and sums with SUMPRODUCT (text and blanks as 0), and reads a cell with INDEX", () => {
    const p = plan([f("A1", call("SUMPRODUCT", range("B2:B4", "In"), range("C2:C4", "In"))), f("A2", call("INDEX", range("B2:B4", "In"), num(3))), f("A3", call("INDEX", range("B2:B4", "In"), num(4)))]);
    const evaluation = evaluatePlan(p);
    expect([evaluation.results.get("Calc!A1"), evaluation.results.get("Calc!A2")]).toEqual([[[400]], [[30]]]);
    expect(evaluation.results.get("Calc!A3")).toEqual([[{ error: "#REF!", at: "Calc!A3" }]]);
  });

  it("rounds a difference that vanishes to 0, never −0", () => {
    expect(Object.is(result(plan([f("A1", call("ROUND", num(-0.001), num(2)))]), "A1")![0][0], 0)).toBe(true);
  });

  it("sizes a loan schedule from the years typed in its input cells", () => {
    const p = plan([f("A1", call("LOAN.SCHEDULE", range("B2", "In"), num(0.05), range("C2", "In")), 4, 6)], [["A", 20000, 4]]);
    expect(result(p, "A1")!.map((r) => r[4])).toEqual([5640.24, 5640.24, 5640.24, 5640.24]);
    expect(() => evaluatePlan(plan([f("A1", call("LOAN.SCHEDULE", range("B2", "In"), num(0.05), range("C2", "In")), 3, 6)], [["A", 20000, 4]]))).toThrow(/plan says 3×6/);
  });

  it("reports an error in a one-cell argument before an error inside a range, as HyperFormula does", () => {
    const divide = { kind: "binary", op: "/", left: num(1), right: num(0) } as Expr;
    const costs = call("UNITCOST", range("A2:A4", "In"), range("B2:B4", "In"), range("C2:C4", "In")); // zero units: #VALUE! over the range
    const both = plan([f("D1", divide), f("D2", costs, 3, 1), f("H1", call("TARIFF", range("D2:D4"), num(0.1), range("D1")), 3, 6)]);
    expect(evaluatePlan(both).results.get("Calc!H1")![0][0]).toMatchObject({ error: "#DIV/0!" });
    const rangeOnly = plan([f("D2", costs, 3, 1), f("H1", call("TARIFF", range("D2:D4"), num(0.1)), 3, 6)]);
    expect(evaluatePlan(rangeOnly).results.get("Calc!H1")![0][0]).toMatchObject({ error: "#VALUE!" });
  });
});

describe("comparisons and the functions that look at errors", () => {
  const bin = (op: Extract<Expr, { kind: "binary" }>["op"], left: Expr, right: Expr): Expr => ({ kind: "binary", op, left, right });
  const bad = bin("/", num(1), num(0));

  it.each([
    ["numbers", bin("<", num(1), num(2)), true],
    ["texts without case", bin("=", text("ok"), text("OK")), true],
    ["texts with accents", bin("=", text("e"), text("é")), false],
    ["a number before a text", bin("<", num(1e9), text("a")), true],
    ["a blank cell as 0", bin("=", range("C3", "In"), num(0)), true],
    ["a blank cell as an empty text", bin("=", range("C3", "In"), text("")), true],
    ["different", bin("<>", num(1), num(1)), false],
    ["at most", bin("<=", num(2), num(2)), true],
    ["an error passes through", bin(">", bad, num(0)), { error: "#DIV/0!", at: "Calc!A1" }],
  ])("%s", (_, expr, expected) => {
    expect(result(plan([f("A1", expr)]), "A1")).toEqual([[expected]]);
  });

  it.each([
    ["IF takes its branch, the other one's error does not matter", call("IF", bin(">", num(2), num(1)), text("yes"), bad), "yes"],
    ["IF without an else branch gives FALSE", call("IF", num(0), text("yes")), false],
    ["IF on an error gives the error", call("IF", bad, num(1), num(2)), { error: "#DIV/0!", at: "Calc!A1" }],
    ["ISERROR of an error", call("ISERROR", bad), true],
    ["ISERROR of a value", call("ISERROR", num(3)), false],
    ["ERROR.TYPE of #DIV/0!", call("ERROR.TYPE", bad), 2],
    ["ERROR.TYPE of a value is #N/A", call("ERROR.TYPE", num(3)), { error: "#N/A", at: "Calc!A1" }],
  ])("%s", (_, expr, expected) => {
    expect(result(plan([f("A1", expr)]), "A1")).toEqual([[expected]]);
  });

  it("reads a saved #NAME? outside the plan (ERROR.TYPE 5), as the self-test sheet does", () => {
    const saved = evaluatePlan({ id: "t", title: "t", sheets: [] }, [{ sheet: "S", at: "A1", rows: [[{ error: "#NAME?", at: "S!A1" }]] }]);
    expect(saved.evaluate("S", call("ERROR.TYPE", range("A1")))).toEqual([[5]]);
  });
});
