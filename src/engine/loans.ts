import { fail } from "./errors";
import { Money, ZERO } from "./money";

/**
 * Loan schedules (tableau d'amortissement), as cooperative clinics repay
 * their start-up loans into the revolving fund.
 *
 * Rounding convention (the published case in the fixtures): amounts are
 * rounded to `decimals` (half away from zero) row by row. Constant annuity:
 * the annuity is rounded first, each period's interest is balance × rate
 * rounded, principal = annuity − interest; the LAST row repays the remaining
 * balance and its interest is the plug (annuity − balance), so every payment
 * equals the annuity. The plug only absorbs rounding residue: when it would be
 * negative or differ from balance × rate by more than the rows' rounding could
 * leave (tiny loans, a zero rate), the last row pays balance + interest instead. Constant principal: principal =
 * C ÷ n rounded, the last row repays what remains. Grace periods pay interest
 * only. The periodic rate is annualRate ÷ paymentsPerYear, as Excel's
 * PMT(rate/12, …) is used.
 */

export type LoanMethod = "annuity" | "principal";

export interface LoanTerms {
  principal: Money;
  annualRate: Money;
  years: number;
  method: LoanMethod;
  graceYears: number;
  paymentsPerYear: number;
  decimals: number;
}

export interface LoanRow {
  period: number;
  opening: Money;
  interest: Money;
  principal: Money;
  payment: Money;
  closing: Money;
}

/** Constant annuity a = C·i / (1 − (1+i)^−n), Excel's PMT, unrounded. */
export function annuity(principal: Money, periodRate: Money, periods: number): Money {
  if (periodRate.isZero()) return principal.div(periods);
  return principal.times(periodRate).div(new Money(1).minus(periodRate.plus(1).pow(-periods)));
}

export function loanSchedule(terms: LoanTerms): LoanRow[] {
  validate(terms);
  const round = (x: Money) => x.toDecimalPlaces(terms.decimals, Money.ROUND_HALF_UP);
  const rate = terms.annualRate.div(terms.paymentsPerYear);
  const repayments = terms.years * terms.paymentsPerYear;
  const graces = terms.graceYears * terms.paymentsPerYear;
  const constantPayment = round(annuity(terms.principal, rate, repayments));
  const constantPrincipal = round(terms.principal.div(repayments));
  // What rounding can leave behind: each row rounds twice (the annuity, its interest), half a unit of the last decimal each, so one unit per row.
  const roundingResidue = new Money(10).pow(-terms.decimals).times(repayments);
  const rows: LoanRow[] = [];
  let balance = terms.principal;
  for (let period = 1; period <= graces + repayments; period++) {
    let interest = round(balance.times(rate));
    let principal: Money;
    if (period <= graces) principal = ZERO;
    else if (period === graces + repayments) {
      principal = balance;
      const plug = constantPayment.minus(balance);
      if (terms.method === "annuity" && !plug.isNegative() && plug.minus(interest).abs().lte(roundingResidue)) interest = plug;
    } else principal = Money.min(terms.method === "annuity" ? constantPayment.minus(interest) : constantPrincipal, balance);
    const opening = balance;
    balance = balance.minus(principal);
    rows.push({ period, opening, interest, principal, payment: interest.plus(principal), closing: balance });
  }
  return rows;
}

function validate(terms: LoanTerms): void {
  const whole = (value: number, argument: string, min: number) => {
    if (!Number.isInteger(value) || value < min) fail("bad_whole_number", { argument }, { value, min });
  };
  if (terms.principal.isNegative()) fail("negative_value", { argument: "principal" }, { value: terms.principal.toString() });
  if (terms.annualRate.isNegative()) fail("negative_value", { argument: "annualRate" }, { value: terms.annualRate.toString() });
  whole(terms.years, "years", 1);
  whole(terms.graceYears, "graceYears", 0);
  whole(terms.paymentsPerYear, "paymentsPerYear", 1);
}
