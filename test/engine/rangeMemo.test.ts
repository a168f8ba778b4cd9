/** The memo behind the contract functions: a result is reused only for cells equal one by one to those it was computed from. */
import { Cell } from "../../src/excel/cells";
import { RangeMemo } from "../../src/excel/sheet/rangeMemo";
import * as sheet from "../../src/excel/sheetFunctions";

function counted() {
  const memo = new RangeMemo<number>();
  let calls = 0;
  return { get: (ranges: Cell[][][]) => memo.get(ranges, () => ++calls), calls: () => calls };
}

describe("RangeMemo", () => {
  test("fresh arrays with equal cells reuse the result; any changed cell recomputes", () => {
    const m = counted();
    const claims = () => [[1, "A", 2], [2, "B", null]];
    expect(m.get([claims(), [[5]]])).toBe(1);
    expect(m.get([claims(), [[5]]])).toBe(1);
    const changed = claims();
    changed[1][2] = 0;
    expect(m.get([changed, [[5]]])).toBe(2);
    expect(m.get([changed, [[6]]])).toBe(3);
    expect(m.get([claims(), [[5]]])).toBe(4);
  });

  test("a caller changing its own arrays after a call is seen (the cells are copied, not referenced)", () => {
    const m = counted();
    const claims: Cell[][] = [[1, "A"], [2, "B"]];
    m.get([claims]);
    claims[0][1] = "C";
    expect(m.get([claims])).toBe(2);
    claims[1] = [2, "B"];
    expect(m.get([claims])).toBe(2);
  });

  test("another shape, a ragged range or NaN never reuses", () => {
    const m = counted();
    m.get([[[1, 2]]]);
    expect(m.get([[[1], [2]]])).toBe(2);
    expect(m.get([[[1, 2]], []])).toBe(3);
    const ragged = [[1, 2], [3]];
    m.get([ragged]);
    expect(m.get([ragged])).toBe(5);
    m.get([[[NaN]]]);
    expect(m.get([[[NaN]]])).toBe(7);
  });

  test("a computation receives the value it replaces, to reuse its storage", () => {
    const memo = new RangeMemo<string>();
    const seen: (string | undefined)[] = [];
    memo.get([[[1]]], (replaced) => (seen.push(replaced), "one"));
    memo.get([[[1]]], (replaced) => (seen.push(replaced), "again"));
    memo.get([[[2]]], (replaced) => (seen.push(replaced), "two"));
    expect(seen).toEqual([undefined, "one"]);
  });

  test("a computation that fails is not remembered", () => {
    const memo = new RangeMemo<number>();
    expect(() => memo.get([[[1]]], () => { throw new Error("bad cell"); })).toThrow("bad cell");
    expect(memo.get([[[1]]], () => 42)).toBe(42);
  });
});

describe("the three contract functions share one reconciliation and stay consistent", () => {
  const JAN1 = 46023;
  const contract = [["CS", 1000, 100, null], ["ECHO", 3500, 20, null]];
  const activity: Cell[][] = [
    [JAN1, "CS", 2, 1000, "P1"],
    [JAN1, "ECHO", 1, null, "P2"],
    [JAN1, "CS", 2, 1000, "P1"],
    [JAN1, "IRM", 1, 9000, "P3"],
  ];

  test("BALANCE counts what LINES shows, and an edit in place is seen by all three", () => {
    const counts = () => sheet.contractBalance(contract, activity, [[0]]).slice(6).map((r) => r[0]);
    expect(sheet.contractLines(contract, activity).map((r) => r[0])).toEqual(["OK", "OK", "DUPLICATE", "UNKNOWN_CODE"]);
    expect(counts()).toEqual([2, 0, 2]);
    activity[2][4] = "P4";
    expect(sheet.contractLines(contract, activity).map((r) => r[0])).toEqual(["OK", "OK", "OK", "UNKNOWN_CODE"]);
    expect(counts()).toEqual([3, 0, 1]);
    expect(sheet.contractReconcile(contract, activity)[0].slice(0, 2)).toEqual([4, 4]);
  });

  test("a reconciliation that reuses the arrays of the one it replaces gives the same results as a fresh one", () => {
    const other: Cell[][] = [[JAN1, "ECHO", 3, 3600, "Q1"], [JAN1, "CS", 1, null, "Q2"], ["bad", "CS", 1, null, "Q3"], [JAN1, "ECHO", 3, 3600, "Q1"]];
    const lines = (claims: Cell[][]) => sheet.contractLines(contract, claims).map((r) => [...r]);
    const fresh = lines(other);
    sheet.contractLines(contract, [[JAN1, "CS", 1, null, "Z"]]);
    lines(activity);
    expect(lines(other)).toEqual(fresh);
    expect(fresh.map((r) => r[0])).toEqual(["PRICE_DIFFERS", "OK", "BAD_DATE", "DUPLICATE"]);
  });

  test("a blank price and the contract price typed out are the same line for duplicates", () => {
    const lines = [[JAN1, "ECHO", 1, null, "P9"], [JAN1, "ECHO", 1, 3500, "P9"], [JAN1, "ECHO", 1, 3400, "P9"]];
    expect(sheet.contractLines(contract, lines).map((r) => r[0])).toEqual(["OK", "DUPLICATE", "PRICE_DIFFERS"]);
  });

  test("the envelope is applied per call, never to the shared result", () => {
    const capped = sheet.contractReconcile(contract, activity, null, null, 50).map((r) => r[4]);
    const free = sheet.contractReconcile(contract, activity).map((r) => r[4]);
    expect((capped as number[]).reduce((a, b) => a + b, 0)).toBe(50);
    expect(free).toEqual([4000, 3500]);
  });
});
