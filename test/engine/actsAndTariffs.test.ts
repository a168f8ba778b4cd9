/** Acts priced by letter key, tariffs, price gaps, break-even and the fund, through the Excel-facing functions. */
import * as sheet from "../../src/excel/sheetFunctions";
import { col, domainError } from "../support/excel";

describe("ACTCOST.LETTER", () => {
  test("coefficient × cost of the letter's point + consumables; spare rows stay blank", () => {
    const result = sheet.actCostByLetter(col("K", "B"), col(100, 2.5), col("K", " b", null, "k"), col(50, 20, null, 1.5), col(1200, 0, null, null), 2);
    expect(result).toEqual([[6200], [50], [""], [150]]);
  });

  test("one consumables value for all acts", () => {
    expect(sheet.actCostByLetter(col("K"), col(10), col("K", "K"), col(1, 2), 5)).toEqual([[15], [25]]);
  });

  test("acts with an unknown letter or a letter without a point cost are reported by row and code", () => {
    expect(domainError(() => sheet.actCostByLetter(col("K"), col(10), col("K", "Z"), col(1, 2))).place).toMatchObject({ argument: "actLetters", row: 2, code: "Z" });
    expect(domainError(() => sheet.actCostByLetter(col("K", "B"), col(10, null), col("B"), col(1))).code).toBe("missing_point_cost");
  });
});

describe("TARIFF", () => {
  test("each factor visible: cost-plus, cap, tariff, binding, recovery, subsidy gap", () => {
    const result = sheet.tariff(col(1000, 2000, 500, null), 0.2, col(1150, null, null, null), col(null, 2100, null, null), 50);
    expect(result).toEqual([
      [1200, 1150, 1150, "MARKET", 1.15, 0],
      [2400, 2100, 2100, "CEILING", 1.05, 0],
      [600, "", 600, "COST", 1.2, 0],
      ["", "", "", "", "", ""],
    ]);
  });

  test("a tariff below cost shows its subsidy gap", () => {
    expect(sheet.tariff(col(1000), 0, col(800))[0]).toEqual([1000, 800, 800, "MARKET", 0.8, 200]);
  });

  test("a margin column must match the costs", () => {
    expect(domainError(() => sheet.tariff(col(1, 2), col(0.1, 0.2, 0.3))).code).toBe("shape_mismatch");
  });
});

describe("PRICE.GAP", () => {
  test("value of the letter keys against the cost of a point, furthest below cost ranked first", () => {
    expect(sheet.priceGap(col(100, 60, 40), col(125, 50, 80))).toEqual([[-25, 0.8, 25, 2], [10, 1.2, 0, ""], [-40, 0.5, 40, 1]]);
  });
});

describe("BREAKEVEN", () => {
  test("volume = fixed ÷ (price − variable), per row", () => {
    expect(sheet.breakEven(col(1_200_000, 500_000), col(1500, 1000), 300, 0)).toEqual([[1000], [714]]);
  });

  test("a price that does not cover the variable cost has no break-even", () => {
    expect(domainError(() => sheet.breakEven(col(1), col(300), col(300))).code).toBe("no_break_even");
  });
});

describe("FUND.PROJECTION", () => {
  test("one row per year, nine columns, the balance foots", () => {
    const rows = sheet.fundProjection(100_000, 20_000, 0.05, 4, 10, 1) as number[][];
    expect(rows).toHaveLength(10);
    rows.forEach(([, opening, , disbursed, , received, , closing]) => expect(closing).toBeCloseTo(opening - disbursed + received, 6));
    expect(rows[0][2]).toBe(5);
  });

  test("a horizon that is not a whole number is refused", () => {
    expect(domainError(() => sheet.fundProjection(1, 1, 0, 1, 2.5)).code).toBe("bad_whole_number");
  });
});
