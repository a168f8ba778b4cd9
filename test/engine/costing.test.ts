/** Primary distribution, cost per unit of work, letter keys and acts: table-driven, with extremes. */
import fc from "fast-check";
import { round, sumNumbers } from "../../src/engine/money";
import * as sheet from "../../src/excel/sheetFunctions";
import { col, domainError, flat, labelled } from "../support/excel";

const centres = col("ADM", "LABO", "MED", "CHIR");
const keyTable = labelled(["ADM", "LABO", "MED", "CHIR"], {
  "m²": [100, 50, 300, 250],
  Effectif: [10, 5, 20, 15],
  "Direct labo": [null, 100, null, null],
});

describe("PRIMARY", () => {
  test("expense lines spread by named keys, totals per centre", () => {
    const amounts = col(1_000_000, 70_000, 25_000.5);
    const names = col("Effectif", "m²", "direct LABO");
    const result = flat(sheet.primary(centres, amounts, names, keyTable)) as number[];
    expect(result[0]).toBeCloseTo(1_000_000 * (10 / 50) + 70_000 * (100 / 700), 9);
    expect(result[1]).toBeCloseTo(1_000_000 * (5 / 50) + 70_000 * (50 / 700) + 25_000.5, 9);
    expect(sumNumbers(result).minus(1_095_000.5).abs().lt(1e-6)).toBe(true);
  });

  test("rounded totals add up exactly to the expenses", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1e11 }), fc.constantFrom("m²", "Effectif", "Direct labo")), { minLength: 1, maxLength: 60 }), (lines) => {
        const amounts = col(...lines.map(([c]) => c / 100));
        const result = flat(sheet.primary(centres, amounts, col(...lines.map(([, k]) => k)), keyTable, 2)) as number[];
        expect(sumNumbers(result).eq(round(sumNumbers(flat(amounts) as number[]), 2))).toBe(true);
      }),
    );
  });

  test.each<[string, () => unknown, string, object]>([
    ["an unknown key name", () => sheet.primary(centres, col(10), col("Repas"), keyTable), "unknown_code", { argument: "keyNames", row: 1, code: "Repas" }],
    ["a key that sums to zero", () => sheet.primary(centres, col(10), col("Vide"), labelled(["ADM"], { Vide: [0] })), "keys_sum_to_zero", { code: "Vide" }],
    ["an amount without key", () => sheet.primary(centres, col(10, 20), col("m²", null), keyTable), "missing_code", { argument: "keyNames", row: 2 }],
    ["a key table naming an unknown centre", () => sheet.primary(centres, col(10), col("K"), labelled(["RADIO"], { K: [1] })), "unknown_code", { argument: "keyTable", column: 2 }],
    ["text as an amount", () => sheet.primary(centres, col("dix"), col("m²"), keyTable), "not_a_number", { argument: "amounts", row: 1 }],
  ])("%s", (_, call, code, place) => {
    const error = domainError(call);
    expect(error.code).toBe(code);
    expect(error.place).toMatchObject(place);
  });
});

describe("SPREAD", () => {
  test("percentages or raw drivers, each row adds up to its amount once rounded", () => {
    const result = sheet.spread(col(100, 10, 0), [[1, 1, 1], [20, 30, 50], [null, null, null]], 2);
    expect(result).toEqual([[33.34, 33.33, 33.33], [2, 3, 5], [0, 0, 0]]);
  });

  test("a row of drivers summing to zero with an amount is an error on that row", () => {
    expect(domainError(() => sheet.spread(col(100, 5), [[1, 1], [0, null]])).place).toMatchObject({ argument: "drivers", row: 2 });
  });

  test("mismatched heights are refused", () => {
    expect(domainError(() => sheet.spread(col(100, 5), [[1, 1]])).code).toBe("shape_mismatch");
  });
});

describe("UNITCOST", () => {
  test("cost ÷ units, blank for a centre with neither cost nor units", () => {
    expect(sheet.unitCost(col("ADM", "LABO", "MED"), col(0, 120_000, 1_000_000), col(null, 40_000, 3_000), 2)).toEqual([[""], [3], [333.33]]);
  });

  test("zero units with a cost names the centre", () => {
    const error = domainError(() => sheet.unitCost(col("LABO", "MED"), col(1, 2), col(10, 0)));
    expect(error.code).toBe("zero_units");
    expect(error.place).toMatchObject({ row: 2, code: "MED" });
  });

  test("negative units are refused", () => {
    expect(domainError(() => sheet.unitCost(col("LABO"), col(1), col(-10))).code).toBe("negative_value");
  });
});

describe("KEYCOST", () => {
  test("cost per point = centre cost ÷ Σ coefficient × number of acts of that letter", () => {
    const result = sheet.keyCost(col("B", "K", "Z"), col(900_000, 2_000_000, 300_000), col("B", "B", "K", "Z", "k"), col(20, 40, 50, 15, 10), col(1000, 500, 300, 200, 500));
    expect(result).toEqual([[900_000 / 40_000], [2_000_000 / 20_000], [300_000 / 3_000]]);
  });

  test("an act with an unknown letter is reported by its row", () => {
    const error = domainError(() => sheet.keyCost(col("B"), col(1), col("B", "Q"), col(1, 1), col(1, 1)));
    expect(error).toMatchObject({ code: "unknown_code", place: { argument: "actLetters", row: 2, code: "Q" } });
  });
});

describe("ACTCOST", () => {
  const unitCosts = col(null, 3, 333.33);
  const consumption = labelled(["LABO", "MED"], { "Bilan sanguin": [4, null], "Journée médecine": [1, 1] });

  test("Σ units × cost per unit + direct consumables", () => {
    expect(sheet.actCost(col("ADM", "LABO", "MED"), unitCosts, consumption, col(150.5, 0))).toEqual([[162.5], [336.33]]);
    expect(sheet.actCost(col("ADM", "LABO", "MED"), unitCosts, consumption)).toEqual([[12], [336.33]]);
  });

  test("units consumed in a centre without a unit cost are an error naming the act and the centre", () => {
    const error = domainError(() => sheet.actCost(col("ADM", "LABO"), col(null, 3), labelled(["ADM"], { Repas: [1] })));
    expect(error).toMatchObject({ code: "missing_unit_cost", params: { act: "Repas", centre: "ADM" } });
  });
});

describe("extremes", () => {
  test("one support centre and one main centre", () => {
    expect(flat(sheet.allocate(col("S", "M"), col(0.01, 0), labelled(["M"], { S: [1] }), "reciprocal", null, 2))).toEqual([0, 0.01]);
  });

  test("500 centres, 100 support centres: exact to the cent in every method", () => {
    const n = 500;
    const k = 100;
    const codes = Array.from({ length: n }, (_, i) => `C${i}`);
    let seed = 7;
    const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const costs = codes.map(() => Math.round(rand() * 1e10) / 100);
    const keys = [[null, ...codes], ...codes.slice(0, k).map((c, i) => [c, ...codes.map((_, j) => (j === i || rand() < 0.5 ? null : Math.round(rand() * 1000)))])];
    keys.slice(1).forEach((row) => (row[k + 1] = 1)); // every support centre serves at least one main centre
    const expected = round(sumNumbers(costs), 2);
    for (const method of ["direct", "step", "reciprocal"]) {
      const result = flat(sheet.allocate(col(...codes), col(...costs), keys, method, null, 2)) as number[];
      expect(sumNumbers(result).eq(expected)).toBe(true);
    }
  });
});
