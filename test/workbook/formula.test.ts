import { areaRef, cellAddress, columnIndex, columnLetters, exprShape, formulaText, ourFunctionName, parseRef, quoteSheetName } from "../../src/workbook/formula";
import type { Expr } from "../../src/workbook/plan";

const range = (ref: string, sheet?: string): Expr => ({ kind: "range", ref, sheet });
const call = (fn: string, ...args: Expr[]): Expr => ({ kind: "call", fn, args });
const num = (value: number): Expr => ({ kind: "number", value });
const text = (value: string): Expr => ({ kind: "text", value });
const op = (o: "+" | "-" | "*" | "/", left: Expr, right: Expr): Expr => ({ kind: "binary", op: o, left, right });

describe("our function names", () => {
  it.each([
    ["ALLOCATE", "HISAB.ALLOCATE", "_xldudf_HISAB_ALLOCATE"],
    ["ALLOCATION.FLOWS", "HISAB.ALLOCATION.FLOWS", "_xldudf_HISAB_ALLOCATION_FLOWS"],
    ["UNITCOST", "HISAB.UNITCOST", "_xldudf_HISAB_UNITCOST"],
  ])("%s is typed %s and stored %s", (id, typed, stored) => {
    expect(ourFunctionName(id, "typed")).toBe(typed);
    expect(ourFunctionName(id, "stored")).toBe(stored);
  });
});

describe("formulaText", () => {
  const allocate = call("ALLOCATE", range("A2:A31", "Centres"), range("D8:D37"), range("A1:AE10", "Clés secondaires"), text("réciproque"));
  it.each([
    ["typed", "HISAB.ALLOCATE(Centres!A2:A31,D8:D37,'Clés secondaires'!A1:AE10,\"réciproque\")"],
    ["stored", "_xldudf_HISAB_ALLOCATE(Centres!A2:A31,D8:D37,'Clés secondaires'!A1:AE10,\"réciproque\")"],
  ] as const)("renders our call in %s form", (form, expected) => {
    expect(formulaText(allocate, { form })).toBe(expected);
  });

  it("writes native functions in English, the same in both forms", () => {
    const check = call("ROUND", op("-", call("SUM", range("E8:E37")), call("SUM", range("C2:C29", "Charges"))), num(2));
    expect(formulaText(check, { form: "typed" })).toBe("ROUND(SUM(E8:E37)-SUM(Charges!C2:C29),2)");
    expect(formulaText(check, { form: "stored" })).toBe("ROUND(SUM(E8:E37)-SUM(Charges!C2:C29),2)");
  });

  it("doubles quotes in text and in sheet names", () => {
    expect(formulaText(call("ALLOCATE", range("A1", "Mode d'emploi"), text('dit "oui"')), { form: "typed" })).toBe(`HISAB.ALLOCATE('Mode d''emploi'!A1,"dit ""oui""")`);
  });

  it("groups operands only where precedence needs it", () => {
    const [a, b, c] = [range("A1"), range("B1"), range("C1")];
    expect(formulaText(op("-", a, op("-", b, c)), { form: "typed" })).toBe("A1-(B1-C1)");
    expect(formulaText(op("-", op("-", a, b), c), { form: "typed" })).toBe("A1-B1-C1");
    expect(formulaText(op("*", op("+", a, b), c), { form: "typed" })).toBe("(A1+B1)*C1");
    expect(formulaText(op("+", a, op("*", b, c)), { form: "typed" })).toBe("A1+B1*C1");
    expect(formulaText(op("/", a, op("*", b, c)), { form: "typed" })).toBe("A1/(B1*C1)");
    expect(formulaText(op("+", num(-1.5), num(1e-7)), { form: "typed" })).toBe("-1.5+1E-7");
  });

  it("refuses unknown functions and non-finite numbers", () => {
    expect(() => formulaText(call("XLOOKUP", range("A1")), { form: "typed" })).toThrow(/XLOOKUP/);
    expect(() => formulaText(num(Number.POSITIVE_INFINITY), { form: "typed" })).toThrow(/non-finite/);
  });
});

describe("sheet names", () => {
  it.each([
    ["Centres", "Centres"],
    ["Charges_2", "Charges_2"],
    ["Clés secondaires", "'Clés secondaires'"],
    ["Résultats", "'Résultats'"],
    ["Mode d'emploi", "'Mode d''emploi'"],
    ["A1", "'A1'"],
    ["ABC12", "'ABC12'"],
    ["R1C1", "'R1C1'"],
    ["C", "'C'"],
    ["TRUE", "'TRUE'"],
    ["2024", "'2024'"],
  ])("%s → %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});

describe("A1 references", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [30, "AE"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it("parses and writes areas", () => {
    expect(parseRef("B3:D9")).toEqual({ top: 2, left: 1, rows: 7, cols: 3 });
    expect(parseRef("$C$4")).toEqual({ top: 3, left: 2, rows: 1, cols: 1 });
    expect(areaRef({ top: 2, left: 1, rows: 7, cols: 3 })).toBe("B3:D9");
    expect(areaRef({ top: 3, left: 2, rows: 1, cols: 1 })).toBe("C4");
    expect(cellAddress(0, 30)).toBe("AE1");
    expect(() => parseRef("Centres!A1")).toThrow(/A1 reference/);
  });

  it("sizes results from references and the catalog's shapes", () => {
    const centres = range("A2:A31", "Centres");
    expect(exprShape(call("ALLOCATE", centres, range("D8:D37"), range("A1:AE10")))).toEqual([30, 1]);
    expect(exprShape(call("ALLOCATION.FLOWS", centres, range("D8:D37"), range("A1:AE10")))).toEqual([9, 30]);
    expect(exprShape(call("TRANSPOSE", centres))).toEqual([1, 30]);
    expect(exprShape(call("SUM", centres))).toEqual([1, 1]);
    expect(exprShape(range("B2:C5"))).toEqual([4, 2]);
    expect(exprShape(call("SUMIF", centres, range("C2:C11"), range("E8:E37")))).toEqual([10, 1]);
  });

  it("sizes a loan schedule and a fund projection from their scalar arguments: literals, or input cells the reader knows", () => {
    const inputs: Record<string, number> = { C5: 5, D5: 1, B5: 10 };
    const read = (ref: { sheet?: string; ref: string }) => (ref.sheet === "Prêt" ? inputs[ref.ref] : undefined);
    const schedule = call("LOAN.SCHEDULE", range("A5", "Prêt"), range("B5", "Prêt"), range("C5", "Prêt"), text("annuity"), range("D5", "Prêt"));
    expect(exprShape(schedule, read)).toEqual([6, 6]);
    expect(exprShape(call("LOAN.SCHEDULE", num(1000), num(0.05), num(4), text("annuity"), num(0), num(12)))).toEqual([48, 6]);
    expect(exprShape(call("FUND.PROJECTION", num(1), num(1), num(0), num(5), range("B5", "Prêt")), read)).toEqual([10, 9]);
    expect(() => exprShape(schedule)).toThrow(/not known/);
  });
});

it("writes comparisons below arithmetic, as Excel reads them", () => {
  const cmp = (o: Extract<Expr, { kind: "binary" }>["op"], left: Expr, right: Expr): Expr => ({ kind: "binary", op: o, left, right });
  const one: Expr = { kind: "number", value: 1 };
  expect(formulaText(cmp("<=", op("+", one, one), one), { form: "typed" })).toBe("1+1<=1");
  expect(formulaText(op("*", cmp("=", one, one), one), { form: "typed" })).toBe("(1=1)*1");
});
