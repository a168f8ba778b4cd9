import fc from "fast-check";
import { Money } from "../../src/engine/money";
import { breakEven, comparePrices, tariff, TariffInput } from "../../src/engine/tariffs";
import { projectFund } from "../../src/engine/revolvingFund";
import { domainError } from "../support/excel";

const m = (x: number | null) => (x === null ? null : new Money(x));
const input = (cost: number, margin: number, market: number | null = null, ceiling: number | null = null, step = 0.01, loanService = 0): TariffInput => ({
  cost: new Money(cost), margin: new Money(margin), market: m(market), ceiling: m(ceiling), step: new Money(step), loanService: new Money(loanService),
});

describe("tariff rule", () => {
  test.each<[string, TariffInput, number, string]>([
    ["cost-plus when nothing caps it", input(1000, 0.1), 1100, "COST"],
    ["cost-plus rounded to a step of 50", input(1234, 0.1, null, null, 50), 1350, "COST"],
    ["the market price caps it", input(1000, 0.2, 1150), 1150, "MARKET"],
    ["the affordability ceiling caps it", input(1000, 0.2, 1150, 900), 900, "CEILING"],
    ["rounding never passes the cap", input(1000, 0.2, null, 1174, 50), 1150, "CEILING"],
    ["loan service per act is added to cost-plus", input(1000, 0.1, null, null, 1, 37.5), 1138, "COST"],
  ])("%s", (_, t, expected, binding) => {
    const result = tariff(t);
    expect(result.tariff.toNumber()).toBe(expected);
    expect(result.binding).toBe(binding);
    expect(result.subsidyGap.toNumber()).toBe(Math.max(0, t.cost.toNumber() - expected));
  });

  test("monotone: a higher cost, margin, market price or ceiling never lowers the tariff", () => {
    const amount = fc.integer({ min: 0, max: 1e7 }).map((c) => c / 100);
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 100 }), fc.option(amount, { nil: null }), fc.option(amount, { nil: null }), amount, fc.constantFrom(0.01, 1, 5, 10, 50), (cost, pct, market, ceiling, bump, step) => {
        const base = tariff(input(cost, pct / 100, market, ceiling, step)).tariff;
        for (const higher of [input(cost + bump, pct / 100, market, ceiling, step), input(cost, (pct + 5) / 100, market, ceiling, step), input(cost, pct / 100, market === null ? null : market + bump, ceiling, step), input(cost, pct / 100, market, ceiling === null ? null : ceiling + bump, step)]) {
          expect(tariff(higher).tariff.gte(base)).toBe(true);
        }
      }),
    );
  });

  test("compare official prices with costs: gap, recovery, subsidy gap and rank of the furthest below cost", () => {
    const rows = comparePrices([100, 300, 50, 80].map((x) => new Money(x)), [200, 250, 50, 100].map((x) => new Money(x)));
    expect(rows.map((r) => [r.gap.toNumber(), r.recovery?.toNumber(), r.subsidyGap.toNumber(), r.rank])).toEqual([[-100, 0.5, 100, 1], [50, 1.2, 0, null], [0, 1, 0, null], [-20, 0.8, 20, 2]]);
  });

  test("break-even volume, and an error when the price does not cover the variable cost", () => {
    expect(breakEven(new Money(1_200_000), new Money(1500), new Money(300), {}).toNumber()).toBe(1000);
    expect(domainError(() => breakEven(new Money(1), new Money(300), new Money(300), { row: 2 })).code).toBe("no_break_even");
  });
});

describe("revolving fund", () => {
  const loan = { principal: new Money(20000), annualRate: new Money(0.05), years: 4, method: "annuity" as const, graceYears: 1, decimals: 2 };

  test("lends what it can, collects repayments, lends again", () => {
    const years = projectFund({ capital: new Money(50000), loan, horizon: 8, reserve: new Money(0), maxNewLoans: 10, defaultRate: new Money(0) });
    expect(years[0]).toMatchObject({ newLoans: 2, disbursed: new Money(40000) });
    expect(years[0].due.toNumber()).toBe(2000); // interest only in the grace year
    expect(years[1].due.toNumber()).toBe(2 * 5640.24);
    years.forEach((y) => expect(y.closing.eq(y.opening.minus(y.disbursed).plus(y.received))).toBe(true));
    expect(years.some((y, i) => i > 0 && y.newLoans > 0)).toBe(true);
  });

  test("arrears written off reduce what comes back, never below zero", () => {
    const years = projectFund({ capital: new Money(40000), loan, horizon: 6, reserve: new Money(0), maxNewLoans: 10, defaultRate: new Money(0.1) });
    years.forEach((y) => {
      expect(y.writtenOff.eq(y.due.times(0.1).toDecimalPlaces(2))).toBe(true);
      expect(y.closing.isNegative()).toBe(false);
    });
  });
});
