import { Money, round, roundFooted, sum } from "../../src/engine/money";

const m = (xs: (string | number)[]) => xs.map((x) => new Money(x));
const s = (xs: Money[]) => xs.map((x) => x.toFixed(2));

describe("roundFooted: largest remainder", () => {
  test.each([
    // parts, decimals, expected rounded parts
    [["33.333", "33.333", "33.334"], 2, ["33.33", "33.33", "33.34"]],
    [["0.005", "0.005", "0.005"], 2, ["0.01", "0.01", "0.00"]], // 0.015 → 0.02: ties go to the earlier parts
    [["1.115", "1.115"], 2, ["1.12", "1.11"]],
    [["-1.115", "-1.115"], 2, ["-1.11", "-1.12"]],
    [["10", "20"], 2, ["10.00", "20.00"]],
    [["0.001", "0.001", "0.001", "0.001", "0.001", "0.001"], 2, ["0.01", "0.00", "0.00", "0.00", "0.00", "0.00"]],
    [["1e-12", "-1e-12"], 2, ["0.00", "0.00"]],
  ] as [string[], number, string[]][])("%j to %i decimals", (parts, decimals, expected) => {
    const rounded = roundFooted(m(parts), decimals);
    expect(s(rounded)).toEqual(expected);
    expect(sum(rounded).eq(round(sum(m(parts)), decimals))).toBe(true);
  });

  test("foots to a given total (a correction of a few units)", () => {
    const rounded = roundFooted(m(["3335.1809", "2987.3115", "1677.5075"]), 2, new Money(8000));
    expect(sum(rounded).toFixed(2)).toBe("8000.00");
  });

  test("empty and whole-number rounding", () => {
    expect(roundFooted([], 2)).toEqual([]);
    expect(s(roundFooted(m(["0.5", "0.5", "0.5"]), 0))).toEqual(["1.00", "1.00", "0.00"]);
  });

  test("each part moves by less than one unit of the last place", () => {
    const parts = m(Array.from({ length: 97 }, (_, i) => (i * 7.77777) / 3));
    roundFooted(parts, 2).forEach((r, i) => expect(r.minus(parts[i]).abs().lt(0.01)).toBe(true));
  });

  test("half away from zero, like Excel's ROUND", () => {
    expect(round(new Money("2.675"), 2).toFixed(2)).toBe("2.68");
    expect(round(new Money("-2.675"), 2).toFixed(2)).toBe("-2.68");
  });
});
