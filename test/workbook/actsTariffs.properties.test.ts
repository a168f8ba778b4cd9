import fc from "fast-check";
import type { Cell } from "../../src/excel/cells";
import { sumNumbers } from "../../src/engine/money";
import * as sheet from "../../src/excel/sheetFunctions";
import { actsTariffsTemplate } from "../../src/workbook/actsTariffs";
import type { ActInput, ActsTariffsData, CentreCostInput } from "../../src/workbook/actsTariffsData";
import { evaluatePlan } from "../../src/workbook/evaluate";
import type { SheetPlan } from "../../src/workbook/plan";
import { NOMENCLATURE_SAMPLE } from "../../src/workbook/samples/nomenclature";

/**
 * Properties of the acts-and-tariffs template and of the tariff rule it uses:
 * acts priced by letter key give back exactly what the producing centres cost
 * (plus their consumables) whenever every letter has points; tariffs rise with
 * cost, margin, market price and ceiling.
 */

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const label = { fr: "x", en: "x" };

/** 1–5 letters each carried by its own centre, 1–25 acts, every letter performed at least once. */
const nomenclature = fc
  .record({ letters: fc.integer({ min: 1, max: 5 }), acts: fc.integer({ min: 1, max: 25 }) })
  .chain(({ letters, acts }) =>
    fc.record({
      costs: fc.array(cents(500_000_000), { minLength: letters, maxLength: letters }),
      acts: fc.array(
        fc.record({
          letter: fc.integer({ min: 0, max: letters - 1 }),
          coefficient: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 5, max: 3000 }).map((t) => t / 10)),
          volume: fc.integer({ min: 1, max: 20_000 }),
          consumables: fc.option(cents(50_000), { nil: undefined }),
        }),
        { minLength: acts + letters, maxLength: acts + letters },
      ),
    }).map(({ costs, acts: drawn }) => ({
      // The first acts give each letter one act, so every letter has points.
      acts: drawn.map((a, i): ActInput => ({ ...a, code: `A${i + 1}`, label, letter: `L${i < costs.length ? i : a.letter}`, official: 100 })),
      centres: costs.map((cost, i): CentreCostInput => ({ code: `C${i}`, label, unit: label, cost, units: 1 })),
    })),
  );

const formulaOf = (plan: { sheets: SheetPlan[] }, key: string, fn: string) => {
  const s = plan.sheets.find((p) => p.key === key)!;
  return { sheet: s.name, formula: s.formulas.find((f) => f.expr.kind === "call" && f.expr.fn === fn)! };
};

it("through the template, Σ cost of acts × volumes = Σ costs of the letter-producing centres + Σ consumables × volumes", () => {
  fc.assert(
    fc.property(nomenclature, ({ acts, centres }) => {
      const data: ActsTariffsData = {
        ...NOMENCLATURE_SAMPLE,
        letters: centres.map((c, i) => ({ letter: `L${i}`, centre: c.code, label, value: 10 })),
        acts,
        packageCentres: ["C0"],
        packages: [{ code: "P", label, units: { C0: 1 } }],
      };
      const plan = actsTariffsTemplate("en", { sample: true, data, centreCosts: centres });
      const evaluation = evaluatePlan(plan);
      expect(evaluation.errors).toEqual([]);
      const { sheet, formula } = formulaOf(plan, "nomenclature", "ACTCOST.LETTER");
      const costs = evaluation.results.get(`${sheet}!${formula.at}`)!.map((r) => r[0] as number);
      const revenue = sumNumbers(acts.map((a, i) => costs[i] * a.volume!));
      const expected = sumNumbers(centres.map((c) => c.cost!)).plus(sumNumbers(acts.map((a) => (a.consumables ?? 0) * a.volume!)));
      expect(revenue.minus(expected).abs().toNumber()).toBeLessThanOrEqual(1e-6 * Math.max(1, expected.toNumber()));
      const check = formulaOf(plan, "tariffs", "ROUND");
      expect(evaluation.results.get(`${check.sheet}!${check.formula.at}`)).toEqual([[0]]);
    }),
    { numRuns: 40 },
  );
});

/** One tariff through the Excel-facing function: [cost-plus, cap, tariff, binding, recovery, subsidy gap]. */
const tariffOf = (cost: number, margin: number, market: number | null, ceiling: number | null, step: number, loan = 0): number =>
  sheet.tariff([[cost]], margin, [[market]] as Cell[][], [[ceiling]] as Cell[][], step, loan)[0][2] as number;

const step = fc.constantFrom(0.01, 1, 5, 10, 50);
const price = fc.option(cents(200_000), { nil: null });
const margin = fc.integer({ min: 0, max: 100 }).map((p) => p / 100);

describe("tariffs rise with", () => {
  it("the market price and the ceiling", () => {
    fc.assert(
      fc.property(cents(100_000), margin, price, price, cents(5_000), cents(5_000), step, (cost, m, market, ceiling, more, moreCeiling, s) => {
        const base = tariffOf(cost, m, market, ceiling, s);
        expect(tariffOf(cost, m, market === null ? null : market + more, ceiling, s)).toBeGreaterThanOrEqual(base);
        expect(tariffOf(cost, m, market, ceiling === null ? null : ceiling + moreCeiling, s)).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it("the cost, the margin and the loan service, when neither a market price nor a ceiling caps them", () => {
    fc.assert(
      fc.property(cents(100_000), margin, cents(5_000), fc.integer({ min: 0, max: 50 }).map((p) => p / 100), cents(500), step, (cost, m, more, moreMargin, loan, s) => {
        const base = tariffOf(cost, m, null, null, s);
        expect(tariffOf(cost + more, m, null, null, s)).toBeGreaterThanOrEqual(base);
        expect(tariffOf(cost, m + moreMargin, null, null, s)).toBeGreaterThanOrEqual(base);
        expect(tariffOf(cost, m, null, null, s, loan)).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it("the cost and the margin under a cap, and never above the cap", () => {
    fc.assert(
      fc.property(cents(100_000), margin, price, cents(5_000), step, (cost, m, cap, more, s) => {
        const base = tariffOf(cost, m, cap, null, s);
        expect(tariffOf(cost + more, m, cap, null, s)).toBeGreaterThanOrEqual(base);
        expect(base).toBeLessThanOrEqual(cap ?? Infinity);
      }),
    );
  });

  test("rounding to the step never passes a cap that did not bind, nor makes a higher cost cheaper", () => {
    expect(tariffOf(1005, 0, 1008, null, 10)).toBeLessThanOrEqual(1008);
    expect(tariffOf(1007, 0, 1006, null, 10)).toBeGreaterThanOrEqual(tariffOf(1006, 0, 1006, null, 10));
  });
});
