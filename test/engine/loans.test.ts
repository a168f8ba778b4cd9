import fc from "fast-check";
import { annuity, loanSchedule, LoanTerms } from "../../src/engine/loans";
import { Money, sum } from "../../src/engine/money";
import { domainError } from "../support/excel";

const terms = (t: Partial<Omit<LoanTerms, "principal" | "annualRate">> & { principal: number; annualRate: number }): LoanTerms => ({
  method: "annuity", years: 4, graceYears: 0, paymentsPerYear: 1, decimals: 2, ...t,
  principal: new Money(t.principal), annualRate: new Money(t.annualRate),
});

/** Excel's PMT, IPMT and PPMT for a loan of `c` at periodic rate `i` over `n` periods (payments at period end). */
const excel = {
  pmt: (i: number, n: number, c: number) => (c * i) / (1 - Math.pow(1 + i, -n)),
  ipmt: (i: number, per: number, n: number, c: number) => {
    const a = excel.pmt(i, n, c);
    const balance = c * Math.pow(1 + i, per - 1) - (a * (Math.pow(1 + i, per - 1) - 1)) / i;
    return balance * i;
  },
};

describe("loan schedule", () => {
  test("constant principal: equal principal, decreasing interest, last row repays what remains", () => {
    const rows = loanSchedule(terms({ principal: 10000, annualRate: 0.06, years: 3, method: "principal" }));
    expect(rows.map((r) => [r.principal.toNumber(), r.interest.toNumber(), r.payment.toNumber()])).toEqual([[3333.33, 600, 3933.33], [3333.33, 400, 3733.33], [3333.34, 200, 3533.34]]);
  });

  test("grace years pay interest only, then repayment starts (the cooperative clinics repay from year 2)", () => {
    const rows = loanSchedule(terms({ principal: 20000, annualRate: 0.05, graceYears: 1 }));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ period: 1, interest: new Money(1000), principal: new Money(0), closing: new Money(20000) });
    expect(rows[1].payment.toNumber()).toBe(5640.24);
  });

  test("monthly payments: the periodic rate is annual ÷ 12, like PMT(rate/12, years*12, -C)", () => {
    const rows = loanSchedule(terms({ principal: 1_000_000, annualRate: 0.09, years: 5, paymentsPerYear: 12 }));
    expect(rows).toHaveLength(60);
    expect(rows[0].payment.toNumber()).toBeCloseTo(excel.pmt(0.0075, 60, 1_000_000), 2);
  });

  test("at high precision the schedule is Excel's PMT, IPMT and PPMT", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e9 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 30 }), (c, bp, n) => {
        const i = bp / 1000;
        const rows = loanSchedule(terms({ principal: c, annualRate: i, years: n, decimals: 10 }));
        const a = excel.pmt(i, n, c);
        rows.forEach((r, k) => {
          expect(Math.abs(r.payment.toNumber() - a)).toBeLessThan(1e-9 * c);
          expect(Math.abs(r.interest.toNumber() - excel.ipmt(i, k + 1, n, c))).toBeLessThan(1e-6 * c);
          expect(Math.abs(r.principal.toNumber() - (a - excel.ipmt(i, k + 1, n, c)))).toBeLessThan(1e-6 * c);
        });
      }),
      { numRuns: 60 },
    );
  });

  test("for any loan, principal repaid adds up exactly to the amount lent and the balance ends at zero", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 250 }), fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(1, 2, 4, 12), fc.constantFrom<"annuity" | "principal">("annuity", "principal"),
        (cents, bp, years, graceYears, paymentsPerYear, method) => {
          const principal = cents / 100;
          const rows = loanSchedule(terms({ principal, annualRate: bp / 1000, years, graceYears, paymentsPerYear, method }));
          expect(rows).toHaveLength((years + graceYears) * paymentsPerYear);
          expect(sum(rows.map((r) => r.principal)).eq(principal)).toBe(true);
          expect(rows[rows.length - 1].closing.isZero()).toBe(true);
          rows.forEach((r) => {
            expect(r.payment.eq(r.interest.plus(r.principal))).toBe(true);
            expect(r.closing.eq(r.opening.minus(r.principal))).toBe(true);
            expect(r.interest.isNegative()).toBe(false);
            expect(r.interest.decimalPlaces()).toBeLessThanOrEqual(2);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a zero rate repays the principal in equal parts", () => {
    expect(annuity(new Money(100), new Money(0), 4).toNumber()).toBe(25);
    const rows = loanSchedule(terms({ principal: 100, annualRate: 0, years: 3 }));
    expect(rows.map((r) => r.payment.toNumber())).toEqual([33.33, 33.33, 33.34]);
  });

  test.each<[string, Parameters<typeof terms>[0], string]>([
    ["zero years", { principal: 1, annualRate: 0.1, years: 0 }, "bad_whole_number"],
    ["fractional payments per year", { principal: 1, annualRate: 0.1, paymentsPerYear: 1.5 }, "bad_whole_number"],
    ["negative grace", { principal: 1, annualRate: 0.1, graceYears: -1 }, "bad_whole_number"],
    ["negative rate", { principal: 1, annualRate: -0.1 }, "negative_value"],
    ["negative principal", { principal: -1, annualRate: 0.1 }, "negative_value"],
  ])("%s is refused", (_, t, code) => {
    expect(domainError(() => loanSchedule(terms(t))).code).toBe(code);
  });
});
