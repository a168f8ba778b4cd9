/** Bad input: every problem is a domain error with a stable code and the place it concerns; nothing is guessed. */
import { Cell } from "../../src/excel/cells";
import * as sheet from "../../src/excel/sheetFunctions";
import { col, domainError, flat, labelled } from "../support/excel";

const centres = col("ADM", "LINGE", "LABO", "MED");
const costs = col(100, 50, 200, 300);
const keys = labelled(["LINGE", "LABO", "MED"], { ADM: [1, 1, 2], LINGE: [null, 1, 3] });

describe("reading ranges", () => {
  test("codes match ignoring surrounding spaces and case", () => {
    const messy = labelled([" linge", "Labo ", "med"], { " adm ": [1, 1, 2], LINGE: [null, 1, 3] });
    expect(sheet.allocate(centres, costs, messy, "direct")).toEqual(sheet.allocate(centres, costs, keys, "direct"));
  });

  test("blank cells count as 0; fully blank rows give a blank result line", () => {
    const withGap = col("ADM", "LINGE", null, "LABO", "MED");
    const gapCosts = col(100, 50, null, 200, 300);
    const result = flat(sheet.allocate(withGap, gapCosts, keys, "direct"));
    expect(result[2]).toBe("");
    expect(result.filter((v) => v !== "")).toEqual(flat(sheet.allocate(centres, costs, keys, "direct")));
  });

  test("numbers typed as text are refused, as Excel's SUM leaves them out: one rule for every function", () => {
    expect(domainError(() => sheet.allocate(centres, col(100, " 50 ", 200, 300), keys, "direct"))).toMatchObject({ code: "number_as_text", place: { argument: "costs", row: 2 }, params: { value: "50" } });
  });

  test.each<[string, () => unknown, string, object]>([
    ["text in a number cell", () => sheet.allocate(centres, col(100, "n/a", 200, 300), keys), "not_a_number", { argument: "costs", row: 2 }],
    ["negative driver", () => sheet.allocate(centres, costs, labelled(["LABO", "MED"], { ADM: [1, -2], LINGE: [1, 1] })), "negative_value", { argument: "keys", row: 2, column: 3, code: "ADM" }],
    ["unknown centre in the key header", () => sheet.allocate(centres, costs, labelled(["LABO", "RADIO"], { ADM: [1, 2], LINGE: [1, 1] })), "unknown_code", { argument: "keys", row: 1, column: 3, code: "RADIO" }],
    ["unknown support centre", () => sheet.allocate(centres, costs, labelled(["LABO"], { CUISINE: [1] })), "unknown_code", { argument: "keys", row: 2, column: 1, code: "CUISINE" }],
    ["codes that collide once trimmed and case-folded", () => sheet.allocate(col("ADM", "adm "), col(1, 2), labelled(["ADM"], { ADM: [1] })), "duplicate_code", { argument: "centres", row: 2 }],
    ["support centre listed twice in the keys", () => sheet.allocate(centres, costs, labelled(["MED"], { ADM: [1], adm: [1] })), "duplicate_code", { argument: "keys", row: 3 }],
    ["mismatched lengths", () => sheet.allocate(centres, col(1, 2, 3), keys), "shape_mismatch", { argument: "costs" }],
    ["a blank code beside a value", () => sheet.allocate(col("ADM", null), col(1, 2), keys), "missing_code", { argument: "centres", row: 2 }],
    ["keys that sum to zero", () => sheet.allocate(centres, costs, labelled(["LABO", "MED"], { ADM: [1, 2], LINGE: [0, null] })), "keys_sum_to_zero", { code: "LINGE" }],
    ["a direct key that only serves support centres", () => sheet.allocate(centres, costs, labelled(["LINGE", "MED"], { ADM: [1, 0], LINGE: [0, 1] }), "direct"), "keys_sum_to_zero", { code: "ADM" }],
    ["an unknown method", () => sheet.allocate(centres, costs, keys, "algébrique"), "unknown_method", { argument: "method" }],
    ["an order that forgets a support centre", () => sheet.allocate(centres, costs, keys, "step", col("ADM")), "bad_order", { code: "LINGE" }],
    ["an order naming a main centre", () => sheet.allocate(centres, costs, keys, "step", col("ADM", "MED")), "bad_order", { code: "MED" }],
    ["support centres serving only each other", () => sheet.allocate(centres, costs, labelled(["ADM", "LINGE"], { ADM: [null, 1], LINGE: [1, null] }), "reciprocal"), "singular_system", { code: "ADM" }],
    ["decimals that are not a whole number", () => sheet.allocate(centres, costs, keys, "step", null, 2.5), "bad_decimals", { argument: "decimals" }],
    ["an empty key range", () => sheet.allocate(centres, costs, [[null]]), "empty_range", { argument: "keys" }],
  ])("%s", (_, call, code, place) => {
    const error = domainError(call);
    expect(error.code).toBe(code);
    expect(error.place).toMatchObject(place);
  });

  test.each(["direct", "step", "reciprocal"])("%s: a support centre with no cost and an empty key is harmless (a template not yet filled)", (method) => {
    const empty = labelled(["LABO", "MED"], { ADM: [1, 2], LINGE: [null, null] });
    expect(flat(sheet.allocate(centres, col(100, 0, 200, 300), empty, method))).toEqual(flat(sheet.allocate(centres, col(100, 0, 200, 300), labelled(["LABO", "MED"], { ADM: [1, 2] }), method)));
  });

  test("an empty key is still an error when the centre has something to give", () => {
    expect(domainError(() => sheet.allocate(centres, costs, labelled(["LABO", "MED"], { ADM: [1, 2], LINGE: [null, null] }), "reciprocal")).code).toBe("keys_sum_to_zero");
  });

  test("method words in French and English, any case and accents", () => {
    for (const [word, method] of [["Directe", "direct"], ["CASCADE", "step"], ["step-down", "step"], ["réciproque", "reciprocal"], ["Reciproque", "reciprocal"], [null, "step"], ["", "step"]] as [Cell, string][]) {
      expect(sheet.parseMethod(word)).toBe(method);
    }
  });

  test("a one-cell argument arrives as [[x]] or as a plain value", () => {
    expect(sheet.allocate(centres, costs, keys, [["direct"]], null, [[2]])).toEqual(sheet.allocate(centres, costs, keys, "direct", null, 2));
  });
});
