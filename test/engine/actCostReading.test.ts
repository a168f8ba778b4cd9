/** ACTCOST's consumption table: read cell by cell with a fast path for plain numbers, so every other cell must still be read or refused as before. */
import { Cell } from "../../src/excel/cells";
import * as sheet from "../../src/excel/sheetFunctions";
import { col, domainError, flat, labelled } from "../support/excel";

const centres = col("ADM", "LABO", "MED");
const unitCosts = col(null, 3, 10);
const cost = (consumption: Cell[][], direct?: Cell[][]) => flat(sheet.actCost(centres, unitCosts, consumption, direct));

describe("ACTCOST: reading the consumption table", () => {
  test("blank cells in every form count as 0", () => {
    expect(cost(labelled(["LABO", "MED"], { A: [null, 2], B: ["", 2], C: ["   ", 2], D: [undefined, 2], E: [0, 2] }))).toEqual([20, 20, 20, 20, 20]);
  });

  test("numeric text is refused as text, naming its cell", () => {
    expect(domainError(() => cost(labelled(["LABO", "MED"], { A: [" 2 ", 10] })))).toMatchObject({ code: "number_as_text", place: { argument: "consumption", row: 2, column: 2, code: "A" } });
  });

  test("units in a centre without a unit cost are an error, unless they are 0 or blank", () => {
    expect(cost(labelled(["ADM", "MED"], { A: [0, 1], B: [null, 1], C: ["  ", 1] }))).toEqual([10, 10, 10]);
    const error = domainError(() => cost(labelled(["MED", "ADM"], { A: [1, null], B: [1, 2] })));
    expect(error).toMatchObject({ code: "missing_unit_cost", place: { argument: "consumption", row: 3, code: "B" }, params: { centre: "ADM", act: "B" } });
  });

  test("a blank column is skipped: blank text in it is ignored and later columns keep their own positions", () => {
    const consumption = [[null, "LABO", null, "MED"], ["A", 1, "  ", 2], ["B", null, null, "n/a"]];
    const error = domainError(() => cost(consumption));
    expect(error).toMatchObject({ code: "not_a_number", place: { argument: "consumption", row: 3, column: 4, code: "B" } });
    expect(cost(consumption.slice(0, 2))).toEqual([23]);
  });

  test.each<[string, Cell, string]>([
    ["text", "deux", "not_a_number"],
    ["a boolean", true, "not_a_number"],
    ["NaN", NaN, "not_a_number"],
    ["infinity", Infinity, "not_a_number"],
    ["a negative number", -1, "negative_value"],
    ["negative numeric text", " -1 ", "number_as_text"],
    ["a number beyond Excel's 15 digits", 1e16, "out_of_range"],
  ])("%s in a number cell is refused, naming its row, column and act", (_, bad, code) => {
    const error = domainError(() => cost(labelled(["LABO", "MED"], { A: [1, 1], B: [2, bad] })));
    expect(error).toMatchObject({ code, place: { argument: "consumption", row: 3, column: 3, code: "B" } });
  });

  test("the first bad cell in reading order is the one reported", () => {
    const error = domainError(() => cost(labelled(["LABO", "MED"], { A: [1, "x"], B: ["y", 1] })));
    expect(error).toMatchObject({ place: { row: 2, column: 3, code: "A" } });
  });

  test.each<[string, Cell[][], string, object]>([
    ["a centre column not in centres", labelled(["LABO", "RADIO"], { A: [1, 1] }), "unknown_code", { argument: "consumption", row: 1, column: 3, code: "RADIO" }],
    ["an act listed twice", labelled(["LABO"], { A: [1], " a ": [2] }), "duplicate_code", { argument: "consumption", row: 3 }],
    ["a centre listed twice", labelled(["LABO", "labo"], { A: [1, 2] }), "duplicate_code", { argument: "consumption", column: 3 }],
    ["a row shorter than the header", [[null, "LABO", "MED"], ["A", 1, 2], ["B", 1]], "shape_mismatch", { argument: "consumption", row: 3 }],
    ["units without an act code", labelled(["LABO"], { A: [1], "": [2] }), "missing_code", { argument: "consumption", row: 3, column: 1 }],
  ])("%s", (_, consumption, code, place) => {
    expect(domainError(() => cost(consumption))).toMatchObject({ code, place });
  });

  test("a bad cell is reported before a duplicate act or an unknown centre", () => {
    const error = domainError(() => cost(labelled(["LABO", "RADIO"], { A: [1, 1], a: [1, "x"] })));
    expect(error).toMatchObject({ code: "not_a_number", place: { row: 3, column: 3 } });
  });

  test("direct consumables are added, and a bad one names its row and act", () => {
    const consumption = labelled(["LABO"], { A: [1], B: [2] });
    expect(cost(consumption, col(4, null))).toEqual([7, 6]);
    expect(domainError(() => cost(consumption, col(1, "x")))).toMatchObject({ code: "not_a_number", place: { argument: "direct", row: 2 } });
  });
});
