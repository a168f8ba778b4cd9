import { costingWorkbook } from "../../src/workbook/actsTariffs";
import { contractsTemplate } from "../../src/workbook/contracts";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { evaluatePlan } from "../../src/workbook/evaluate";
import { formulaText } from "../../src/workbook/formula";
import { parseFormula, ParseContext, shiftFormula, TableSpec } from "../../src/workbook/parse";
import type { Expr, RangeRef } from "../../src/workbook/plan";

const range = (ref: string, sheet?: string): RangeRef => (sheet === undefined ? { kind: "range", ref } : { kind: "range", sheet, ref });
const call = (fn: string, ...args: Expr[]): Expr => ({ kind: "call", fn, args });
const num = (value: number): Expr => ({ kind: "number", value });
const bin = (op: Extract<Expr, { kind: "binary" }>["op"], left: Expr, right: Expr): Expr => ({ kind: "binary", op, left, right });

const SHEETS = ["Centres", "Clés primaires", "Résultats", "Mode d'emploi"];
const context: ParseContext = {
  sheet: "Résultats",
  sheetName: (name) => SHEETS.find((s) => s.toLowerCase() === name.toLowerCase()),
  name: (name) => (name.toUpperCase() === "HISAB_CC_CENTRES" ? range("A2:A31", "Centres") : undefined),
  spill: (anchor) => (anchor.sheet === "Résultats" && anchor.ref === "E8" ? range("E8:E37", "Résultats") : undefined),
  table: (table: string | undefined, spec: TableSpec) => (table?.toLowerCase() === "tcentres" || table === undefined ? range(`${JSON.stringify(spec)}`, "Centres") : undefined),
};
const parsed = (text: string, more: Partial<ParseContext> = {}) => parseFormula(text, { ...context, ...more });
const expr = (text: string, more: Partial<ParseContext> = {}) => {
  const result = parsed(text, more);
  if (!("expr" in result)) throw new Error(`${text}: ${result.problem} ${result.detail}`);
  return result.expr;
};

describe("every template formula reads back as the tree it was written from", () => {
  const plans = [costCentreTemplate("fr", { sample: true }), costingWorkbook("en", { sample: true }), contractsTemplate("fr", { sample: true })];
  const formulas = plans.flatMap((plan) => plan.sheets.flatMap((sheet) => sheet.formulas.map((f) => ({ sheet: sheet.name, plan, f }))));

  it.each(["stored", "typed"] as const)("in the %s form", (form) => {
    expect(formulas.length).toBeGreaterThan(300);
    for (const { sheet, plan, f } of formulas) {
      const text = formulaText(f.expr, { form });
      const sheets = plan.sheets.map((s) => s.name);
      const back = parseFormula(text, { sheet, sheetName: (name) => sheets.find((s) => s.toLowerCase() === name.toLowerCase()) });
      expect({ text, back }).toEqual({ text, back: { expr: f.expr } });
    }
  });

  it("and what the evaluator computes from the read-back formula is what the plan computes", () => {
    const plan = costCentreTemplate("en", { sample: true });
    const evaluation = evaluatePlan(plan);
    const results = plan.sheets.find((s) => s.key === "results")!;
    for (const f of results.formulas) {
      const back = parseFormula(formulaText(f.expr, { form: "stored" }), { sheet: results.name });
      if (!("expr" in back)) throw new Error(back.detail);
      expect(evaluation.evaluate(results.name, back.expr)).toEqual(evaluation.evaluate(results.name, f.expr));
    }
  });
});

describe("names of our functions", () => {
  it.each([
    ["HISAB.ALLOCATE(A1:A3,B1:B3,C1:E3)", "ALLOCATE"],
    ["hisab.repartir(A1:A3,B1:B3,C1:E3)", "ALLOCATE"],
    ["_xldudf_HISAB_ALLOCATION_FLOWS(A1:A3,B1:B3,C1:E3)", "ALLOCATION.FLOWS"],
    ["HISAB.FLUX.REPARTITION(A1:A3,B1:B3,C1:E3)", "ALLOCATION.FLOWS"],
    ["=HISAB.COUT.UO(A1:A3,B1:B3,C1:C3)", "UNITCOST"],
  ])("%s calls %s", (text, id) => {
    expect(expr(text)).toMatchObject({ kind: "call", fn: id });
  });

  it("gives an argument left empty as a blank text, which our functions read as omitted", () => {
    expect(expr("HISAB.ALLOCATE(A1:A3,B1:B3,C1:E3,,G1:G2)")).toEqual(call("ALLOCATE", range("A1:A3"), range("B1:B3"), range("C1:E3"), { kind: "text", value: "" }, range("G1:G2")));
  });
});

describe("references", () => {
  it.each([
    ["$B$3", range("B3")],
    ["B$3:$D9", range("B3:D9")],
    ["D9:B3", range("B3:D9")],
    ["centres!A2:A31", range("A2:A31", "Centres")],
    ["Résultats!E8", range("E8", "Résultats")],
    ["'Clés primaires'!$A$1:$AE$16", range("A1:AE16", "Clés primaires")],
    ["'Mode d''emploi'!A1", range("A1", "Mode d'emploi")],
    ["HISAB_CC_CENTRES", range("A2:A31", "Centres")],
    ["E8#", range("E8:E37", "Résultats")],
    ["_xlfn.ANCHORARRAY(E8)", range("E8:E37", "Résultats")],
    ["_xlfn.SINGLE(B3)", range("B3")],
  ])("%s", (text, ref) => {
    expect(expr(text)).toEqual(ref);
  });

  it.each([
    ["tCentres[Code]", { items: [], columns: ["Code", "Code"] }],
    ["tCentres[[#Data],[Code]:[Type]]", { items: ["data"], columns: ["Code", "Type"] }],
    ["tCentres[[#Headers],[#Data],[Unités produites]]", { items: ["headers", "data"], columns: ["Unités produites", "Unités produites"] }],
    ["tCentres[#All]", { items: ["all"] }],
    ["tCentres[]", { items: [] }],
    ["tCentres[@Code]", { items: ["thisRow"], columns: ["Code", "Code"] }],
    ["[@[Unité d''œuvre]]", { items: ["thisRow"], columns: ["Unité d'œuvre", "Unité d'œuvre"] }],
    ["tCentres[[#This Row],[Code]]", { items: ["thisRow"], columns: ["Code", "Code"] }],
    ["tCentres['[Note']]", { items: [], columns: ["[Note]", "[Note]"] }],
  ])("structured reference %s", (text, spec) => {
    expect(expr(text)).toEqual(range(JSON.stringify(spec), "Centres"));
  });

  it.each([
    ["A:A", "reference"],
    ["1:3", "reference"],
    ["Feuil1:Feuil3!A1", "reference"],
    ["[1]Sheet1!A1", "reference"],
    ["Inconnue!A1", "reference"],
    ["PAS_DE_NOM", "reference"],
    ["tAutre[Code]", "reference"],
    ["F8#", "reference"],
    ["TRUE", "syntax"],
    ["{1,2}", "syntax"],
    ["IFERROR(A1,#N/A)", "syntax"],
    ["VLOOKUP(A1,B1:C9,2)", "function"],
    ["A1^2", "operator"],
    ["SUM(A1", "syntax"],
    ["SUM(A1,,A2)", "syntax"],
    ['"abc', "syntax"],
  ])("refuses %s (%s)", (text, problem) => {
    expect(parsed(text)).toMatchObject({ problem });
  });
});

describe("operators", () => {
  it("binds as Excel does: negation, %, * /, + −, &, comparisons", () => {
    expect(expr("-A1*2+B1/4")).toEqual(bin("+", bin("*", bin("-", num(0), range("A1")), num(2)), bin("/", range("B1"), num(4))));
    expect(expr("1-2-3")).toEqual(bin("-", bin("-", num(1), num(2)), num(3)));
    expect(expr("5%")).toEqual(bin("/", num(5), num(100)));
    expect(expr("-5")).toEqual(num(-5));
    expect(expr('A1&" "&B1')).toEqual(call("CONCATENATE", range("A1"), { kind: "text", value: " " }, range("B1")));
    expect(expr("ABS(C5-B5)<=0.01")).toEqual(bin("<=", call("ABS", bin("-", range("C5"), range("B5"))), num(0.01)));
    expect(expr("1+2=3")).toEqual(bin("=", bin("+", num(1), num(2)), num(3)));
    expect(expr("1.5E+3")).toEqual(num(1500));
  });

  it("reads French formulas: French names, ; between arguments, decimal comma", () => {
    expect(expr("SI(ESTERREUR(C5);TYPE.ERREUR(C5);ARRONDI(SOMME(B2:B4);2)*0,5)", { locale: "fr" })).toEqual(
      call("IF", call("ISERROR", range("C5")), call("ERROR.TYPE", range("C5")), bin("*", call("ROUND", call("SUM", range("B2:B4")), num(2)), num(0.5))),
    );
    expect(expr("HISAB.REPARTIR(A1:A3;B1:B3;C1:E3;\"réciproque\")", { locale: "fr" })).toMatchObject({ fn: "ALLOCATE", args: [{}, {}, {}, { kind: "text", value: "réciproque" }] });
    expect(parsed("SUM(A1:A3)", { locale: "fr" })).toMatchObject({ problem: "function" });
  });
});

describe("shared formulas", () => {
  it.each([
    ["Centres!A2", 3, 0, "Centres!A5"],
    ["ROUND(SUM(D8:D37)-SUM(Charges!$C$2:$C$29),2)", 1, 1, "ROUND(SUM(E9:E38)-SUM(Charges!$C$2:$C$29),2)"],
    ["B$3*$C4+'Clés primaires'!B2", 2, 1, "C$3*$C6+'Clés primaires'!C4"],
    ['CONCATENATE("A1",B2)', 1, 0, 'CONCATENATE("A1",B3)'],
    ["tCentres[@Code]*A1", 1, 0, "tCentres[@Code]*A2"],
    ["A2-1", -1, 0, "A1-1"],
    ["A1", -1, 0, "#REF!"],
  ])("%s moved by %i rows and %i columns reads %s", (text, rows, cols, expected) => {
    expect(shiftFormula(text, rows, cols)).toBe(expected);
  });
});
