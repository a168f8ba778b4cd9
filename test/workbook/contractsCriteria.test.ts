import fc from "fast-check";
import { CONTRACTS_SAMPLE, contractsPlan, NO_SPARE_ROWS } from "../../src/workbook/contracts";
import type { ActivityRow, FeeForServiceData } from "../../src/workbook/contracts/data";
import { concatenate, countIf, edate } from "../../src/workbook/criteria";
import { evaluatePlan, Grid } from "../../src/workbook/evaluate";
import type { Expr, FormulaCell, Value, WorkbookPlan } from "../../src/workbook/plan";
import { expectHyperFormulaAgrees } from "../support/planComparison";

/**
 * The native functions the contract template selects and dates with (COUNTIF,
 * SUMIFS, CONCATENATE, EDATE) as the template evaluator computes them, against
 * HyperFormula; then a property through the fee-for-service sheets: for any
 * activity, the month table splits the amount due exactly and every check of
 * the statement is 0.
 */

const CELLS: Value[] = [5, 45658, 45689, 10.5, 0, "5", "OK", "ok", "PRICE, RATE", "RATE, COPAY", "BAD_PRICE", "abc", "a*c", "b", null, true];
const range: Expr = { kind: "range", sheet: "Data", ref: `A2:A${CELLS.length + 1}` };
const amounts: Expr = { kind: "range", sheet: "Data", ref: `B2:B${CELLS.length + 1}` };
const text = (value: string): Expr => ({ kind: "text", value });
const num = (value: number): Expr => ({ kind: "number", value });
const call = (fn: string, ...args: Expr[]): Expr => ({ kind: "call", fn, args });

/** Criterion → cells of CELLS it matches, as Excel counts them. */
const COUNTS: [Value, number][] = [
  ["OK", 2],
  ["PRICE", 0],
  ["PRICE, *", 1],
  ["*, RATE", 1],
  ["*PRICE*", 2],
  [">=45658", 2],
  ["<45689", 4],
  ["<>OK", 14],
  [5, 2],
  ["5", 2],
  ["=5", 2],
  ["<>5", 14],
  ["a?c", 2],
  ["a~*c", 1],
  ["=", 1],
  ["<>", 15],
  ["TRUE", 1],
  ["*", 9],
];

const EDATES: [start: number, months: number, expected: number][] = [
  [45688, 1, 45716], // 31 Jan 2025 → 28 Feb 2025
  [45658, 11, 45992], // 1 Jan 2025 → 1 Dec 2025
  [45658, -1, 45627], // 1 Jan 2025 → 1 Dec 2024
  [45747, -1, 45716], // 31 Mar 2025 → 28 Feb 2025
];

function criteriaPlan(): { plan: WorkbookPlan; expected: Map<string, Value> } {
  const formulas: FormulaCell[] = [];
  const expected = new Map<string, Value>();
  const add = (expr: Expr, value: Value) => {
    const at = `A${formulas.length + 1}`;
    formulas.push({ at, expr, rows: 1, cols: 1 });
    expected.set(at, value);
  };
  for (const [criterion, count] of COUNTS) add(call("COUNTIF", range, typeof criterion === "number" ? num(criterion) : text(String(criterion))), count);
  add(call("SUMIFS", amounts, range, text(">=10"), range, text("<45689")), 2 + 8);
  add(call("SUMIFS", amounts, range, call("CONCATENATE", text(">="), num(45658)), range, call("CONCATENATE", text("<"), call("EDATE", num(45658), num(1)))), 2);
  add(call("CONCATENATE", text("<"), num(45716), text(" "), num(0.5)), "<45716 0.5");
  for (const [start, months, date] of EDATES) add(call("EDATE", num(start), num(months)), date);
  return {
    plan: {
      id: "criteria",
      title: "criteria",
      sheets: [
        { key: "data", name: "Data", tables: [{ name: "tData", at: "A1", columns: [{ header: "Value" }, { header: "Amount" }], rows: CELLS.map((v, i) => [v, 2 ** (i % 8)]) }], labels: [], formulas: [] },
        { key: "calc", name: "Calc", tables: [], labels: [], formulas },
      ],
    },
    expected,
  };
}

describe("criteria, CONCATENATE and EDATE in the template evaluator", () => {
  const { plan, expected } = criteriaPlan();
  const evaluation = evaluatePlan(plan);

  it("give Excel's results", () => {
    for (const [at, value] of expected) expect({ at, value: evaluation.results.get(`Calc!${at}`)![0][0] }).toEqual({ at, value });
  });

  it("agree with HyperFormula cell by cell", () => {
    expect(expectHyperFormulaAgrees(plan, evaluation)).toBe(expected.size);
  });

  it("compare texts with < and > ignoring case (HyperFormula refuses these criteria; Excel accepts them)", () => {
    const column: Grid = CELLS.map((v) => [v]);
    expect(countIf(column, ">b")).toBe(5);
    expect(countIf(column, ">=B")).toBe(6);
    expect(countIf(column, "<ok")).toBe(5);
  });

  it("CONCATENATE shows numbers as Excel's General format does", () => {
    expect(concatenate([">=", 0.1 + 0.2, null, true])).toBe(">=0.3TRUE");
  });

  it("EDATE ends on 29 February in a leap year, as Excel (HyperFormula 3.5 gives the 28th) and drops the time of day", () => {
    expect(edate(45322, 1)).toBe(45351); // 31 Jan 2024 → 29 Feb 2024
    expect(edate(45747, -13)).toBe(45351); // 31 Mar 2025 → 29 Feb 2024
    expect(edate(45688.75, 1)).toBe(45716);
  });
});

const JAN1 = 46023; // 1 January 2026
const contractLine = (code: string, price: number, volume: number, ceiling?: number) => ({ code, label: { fr: code, en: code }, price, volume, ceiling });

/** A fee-for-service contract of three acts over 2026 with the given activity and advances. */
function contract(activity: ActivityRow[], advances: [number, number][], envelope: number | null, rule: "prorata" | "priority"): FeeForServiceData {
  return {
    ...CONTRACTS_SAMPLE.feeForService,
    periodStart: JAN1,
    periodEnd: JAN1 + 364,
    envelope,
    rule,
    lines: [contractLine("CS", 1_000, 100), contractLine("ECHO", 3_500.5, 20, 25), contractLine("APPEND", 85_000, 10)],
    activity,
    advances: advances.map(([date, amount], i) => ({ date, amount, reference: `A${i}` })),
    planted: [],
  };
}

const activityLine: fc.Arbitrary<ActivityRow> = fc.tuple(
  fc.oneof(fc.integer({ min: JAN1 - 20, max: JAN1 + 380 }), fc.constant("31/04/2026")),
  fc.constantFrom("CS", "ECHO", "APPEND", "IRM", " cs"),
  fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant("2 j")),
  fc.constantFrom<Value>(1_000, 1_200, 3_500.5, 85_000, null),
  fc.option(fc.integer({ min: 1, max: 15 }).map(String), { nil: null }),
  fc.constant(null),
);
const advance = fc.tuple(fc.integer({ min: JAN1, max: JAN1 + 364 }), fc.integer({ min: 0, max: 5_000_000 }).map((cents) => cents / 100));

describe("the fee-for-service sheets, for any activity", () => {
  it("split the amount due exactly by month, foot the statement and count every line once", () => {
    fc.assert(
      fc.property(fc.array(activityLine, { maxLength: 40 }), fc.array(advance, { maxLength: 6 }), fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: null }), fc.constantFrom("prorata" as const, "priority" as const), (activity, advances, envelope, rule) => {
        const data = { ...CONTRACTS_SAMPLE, feeForService: contract(activity, advances, envelope, rule) };
        const plan = contractsPlan("en", data, { parts: ["feeForService"], spare: NO_SPARE_ROWS, note: "" });
        const evaluation = evaluatePlan(plan);
        expect(evaluation.errors).toEqual([]);
        const balance = plan.sheets.find((s) => s.key === "balance")!;
        const value = (f: FormulaCell) => evaluation.results.get(`${balance.name}!${f.at}`)!;
        for (const check of balance.formulas.filter((f) => f.expr.kind === "call" && f.expr.fn === "ROUND")) expect({ check: check.at, value: value(check)[0][0] }).toEqual({ check: check.at, value: 0 });
        const statement = value(balance.formulas.find((f) => f.expr.kind === "call" && f.expr.fn === "CONTRACT.BALANCE")!).map((r) => r[0] as number);
        expect(statement[6] + statement[7] + statement[8]).toBe(activity.length);
      }),
      { numRuns: 25 },
    );
  });

  it("show an advance paid outside the twelve months in the check of the months", () => {
    const data = { ...CONTRACTS_SAMPLE, feeForService: contract([], [[JAN1 + 400, 1_000]], null, "prorata") };
    const plan = contractsPlan("en", data, { parts: ["feeForService"], spare: NO_SPARE_ROWS, note: "" });
    const evaluation = evaluatePlan(plan);
    const balance = plan.sheets.find((s) => s.key === "balance")!;
    const checks = balance.formulas.filter((f) => f.expr.kind === "call" && f.expr.fn === "ROUND").map((f) => evaluation.results.get(`${balance.name}!${f.at}`)![0][0]);
    expect(checks).toEqual([0, 0, 0, 0, 0, -1_000]);
  });
});
