/** The task pane's check step lists every problem with its place, where a function stops at the first. */
import { checkCodes, checkKnown, checkNumbers, checkRowsSumToZero, rowHasValues } from "../../src/excel/checks";
import { col, labelled } from "../support/excel";

const summary = (errors: { code: string; place: object }[]) => errors.map((e) => ({ error: e.code, ...e.place }));

test("every text or negative cell of a table, not only the first", () => {
  const keys = labelled(["LABO", "MED"], { ADM: [1, "deux"], LINGE: [-1, 3], CUIS: ["n/a", null] });
  expect(summary(checkNumbers(keys, "keys", { nonNegative: true, firstRow: 1, firstColumn: 1 }))).toEqual([
    { error: "not_a_number", argument: "keys", row: 2, column: 3 },
    { error: "negative_value", argument: "keys", row: 3, column: 2 },
    { error: "not_a_number", argument: "keys", row: 4, column: 2 },
  ]);
  expect(summary(checkNumbers(col(1, "x", 3), "costs"))).toEqual([{ error: "not_a_number", argument: "costs", row: 2 }]);
});

test("every missing and every colliding code", () => {
  const codes = [" ADM", "Labo", null, "adm", "LABO ", null];
  const filled = (i: number) => i === 2;
  expect(summary(checkCodes(codes, "centres", "row", filled))).toEqual([
    { error: "missing_code", argument: "centres", row: 3 },
    { error: "duplicate_code", argument: "centres", row: 4, code: "adm" },
    { error: "duplicate_code", argument: "centres", row: 5, code: "LABO" },
  ]);
});

test("every unknown code of a header row", () => {
  expect(summary(checkKnown([null, "LABO", "RADIO", "IRM"], ["ADM", "labo"], "keys", "centres", "column"))).toEqual([
    { error: "unknown_code", argument: "keys", row: 1, column: 3, code: "RADIO" },
    { error: "unknown_code", argument: "keys", row: 1, column: 4, code: "IRM" },
  ]);
});

test("every key row summing to zero", () => {
  const keys = labelled(["LABO", "MED"], { ADM: [0, null], LINGE: [1, 0], CUIS: [null, null] });
  expect(checkRowsSumToZero(keys, "keys").map((e) => e.place.code)).toEqual(["ADM", "CUIS"]);
});

test("rowHasValues looks past the code column", () => {
  const range = [["A", null], [null, 3], [null, ""]];
  expect([0, 1, 2].map(rowHasValues(range))).toEqual([false, true, false]);
});
