/** Properties that must hold for any hospital, checked on random ones (fast-check). */
import fc from "fast-check";
import { Money, round, sumNumbers } from "../../src/engine/money";
import * as sheet from "../../src/excel/sheetFunctions";
import { flat } from "../support/excel";
import { hospital, Hospital } from "../support/hospitals";

const METHODS = ["direct", "step", "reciprocal"] as const;
const run = (h: Hospital, method: string, decimals: number | null = null, costs = h.costs) => flat(sheet.allocate(h.centres, costs, h.keys, method, null, decimals)) as number[];
const total = (h: Hospital) => sumNumbers(flat(h.costs) as number[]);

/**
 * A row of unrounded flows summed to the cent. The flows come out as doubles, each a few units in the last place away
 * from the engine's decimal value: when their sum lies that close to a half cent, both neighbouring cents are right.
 */
function toTheCent(flows: number[]): Money[] {
  const sum = sumNumbers(flows);
  const slack = Math.abs(sum.toNumber()) * 2 ** -52 * (flows.length + 1);
  return [round(sum.minus(slack), 2), round(sum.plus(slack), 2)];
}

describe("secondary distribution, for any hospital", () => {
  test.each(METHODS)("%s: rounded to the cent, the main centres add up exactly to the rounded total", (method) => {
    fc.assert(
      fc.property(hospital({ crossSupport: true }), (h) => {
        const result = run(h, method, 2);
        expect(sumNumbers(result).eq(round(total(h), 2))).toBe(true);
        h.support.forEach((_, i) => expect(result[i]).toBe(0));
        result.forEach((v) => expect(new Money(v).decimalPlaces()).toBeLessThanOrEqual(2));
      }),
      { numRuns: 150 },
    );
  });

  test.each(METHODS)("%s: unrounded, conservation holds well within a cent", (method) => {
    fc.assert(
      fc.property(hospital({ crossSupport: true }), (h) => {
        expect(sumNumbers(run(h, method)).minus(total(h)).abs().lt(0.001)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test("direct = step = reciprocal when support centres don't serve each other", () => {
    fc.assert(
      fc.property(hospital({ crossSupport: false }), (h) => {
        const [direct, step, reciprocal] = METHODS.map((m) => run(h, m, 2));
        expect(step).toEqual(direct);
        expect(reciprocal).toEqual(direct);
      }),
      { numRuns: 150 },
    );
  });

  test.each(METHODS)("%s: scaling the costs scales the results", (method) => {
    fc.assert(
      fc.property(hospital({ crossSupport: true }), fc.integer({ min: 2, max: 1000 }), (h, factor) => {
        const scaled = run(h, method, null, h.costs.map(([c]) => [(c as number) * factor]));
        run(h, method).forEach((v, i) => expect(Math.abs(scaled[i] - v * factor)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v * factor))));
      }),
      { numRuns: 100 },
    );
  });

  test("the step-down order only matters when support centres serve each other", () => {
    fc.assert(
      fc.property(hospital({ crossSupport: false }), (h) => {
        const reversed = [...h.support].reverse().map((s) => [s]);
        expect(flat(sheet.allocate(h.centres, h.costs, h.keys, "step", reversed, 2))).toEqual(run(h, "step", 2));
      }),
      { numRuns: 100 },
    );
    // And it does matter when they do (Horngren's Phoenix Partners: AS first gives GOVT 1,090,000; IS first, 1,168,000).
    const centres = [["AS"], ["IS"], ["GOVT"], ["CORP"]];
    const costs = [[600000], [2400000], [0], [0]];
    const keys = [[null, "AS", "IS", "GOVT", "CORP"], ["AS", 0, 25, 40, 35], ["IS", 10, 0, 30, 60]];
    const asFirst = flat(sheet.allocate(centres, costs, keys, "step", [["AS"], ["IS"]]));
    const isFirst = flat(sheet.allocate(centres, costs, keys, "step", [["IS"], ["AS"]]));
    expect(asFirst).toEqual([0, 0, 1090000, 1910000]);
    expect(isFirst).toEqual([0, 0, 1168000, 1832000]);
  });

  test("reciprocal: every support centre's total = its own cost + what it receives from the others", () => {
    fc.assert(
      fc.property(hospital({ crossSupport: true }), (h) => {
        const flows = sheet.allocationFlows(h.centres, h.costs, h.keys, "reciprocal") as number[][];
        h.support.forEach((_, i) => {
          const out = flows[i].reduce((a, b) => a + b, 0);
          const received = flows.reduce((a, row) => a + row[i], 0);
          const own = h.costs[i][0] as number;
          expect(Math.abs(out - (own + received))).toBeLessThan(1e-6 * Math.max(1, Math.abs(out)));
        });
      }),
      { numRuns: 100 },
    );
  });

  test("a flow row whose total lies a hundred-millionth of a cent above a half cent rounds up, though its doubles sum below", () => {
    const centres = ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "M1", "M2"];
    const costs = [58558482.25, 0.04, 99999999.92, 0.22, -0.15, 25336446.76, 99999999.97, 84058176.22, 0, 0].map((c) => [c]);
    const keys = [
      [null, ...centres],
      ["S1", null, 492, null, 7, 1, 1, 133, 6, 1, 85],
      ["S2", 493, null, 4, 254, 500, 314, null, 406, 497, 2],
      ["S3", null, 431, null, 2, 495, 186, 160, null, 294, null],
      ["S4", 494, 7, 138, null, 239, 45, 210, 498, 73, 1],
      ["S5", 180, 7, 414, 88, null, 492, null, 2, 65, 6],
      ["S6", 467, null, 138, 491, 415, null, null, 6, 127, 457],
      ["S7", 207, null, 250, 436, 348, 495, null, 306, 3, null],
      ["S8", null, 69, 499, 498, 1, 142, 133, null, 133, 69],
    ];
    const flows = (decimals: number | null) => (sheet.allocationFlows(centres.map((c) => [c]), costs, keys, "reciprocal", null, decimals) as number[][])[3];
    expect(round(sumNumbers(flows(null)), 2).toNumber()).toBe(302265827.53);
    expect(sumNumbers(flows(9)).toString()).toBe("302265827.535000008");
    expect(sumNumbers(flows(2)).toNumber()).toBe(302265827.54);
  });

  test.each(METHODS)("%s: rounded flow rows add up exactly to their rounded totals", (method) => {
    fc.assert(
      fc.property(hospital({ crossSupport: true }), (h) => {
        const exact = sheet.allocationFlows(h.centres, h.costs, h.keys, method) as number[][];
        const rounded = sheet.allocationFlows(h.centres, h.costs, h.keys, method, null, 2) as number[][];
        rounded.forEach((row, i) => expect(toTheCent(exact[i]).some((cents) => cents.eq(sumNumbers(row)))).toBe(true));
      }),
      { numRuns: 100 },
    );
  });
});
