import { loanSchedule, LoanTerms } from "./loans";
import { Money, ZERO } from "./money";

/**
 * Revolving fund of the cooperative clinics: start-up loans are repaid into
 * the fund, which lends again as soon as it can.
 *
 * Each year: opening balance; new loans are granted at the start of the year,
 * as many as the balance above the reserve allows (at most `maxNewLoans`);
 * every cohort pays its schedule's period 1 at the end of the year it was
 * lent (interest only in grace years: with one grace year, principal is
 * repaid from the second year); a share `defaultRate` of what falls
 * due is not received (arrears written off). Closing = opening − new loans +
 * repayments received.
 */

export interface FundTerms {
  capital: Money;
  loan: Omit<LoanTerms, "paymentsPerYear">;
  horizon: number;
  reserve: Money;
  maxNewLoans: number;
  defaultRate: Money;
}

export interface FundYear {
  year: number;
  opening: Money;
  newLoans: number;
  disbursed: Money;
  due: Money;
  received: Money;
  writtenOff: Money;
  closing: Money;
  /** Principal still owed by all cohorts at year end (before write-offs). */
  outstanding: Money;
}

export function projectFund(terms: FundTerms): FundYear[] {
  const schedule = loanSchedule({ ...terms.loan, paymentsPerYear: 1 });
  const cohorts: { year: number; count: number }[] = [];
  const years: FundYear[] = [];
  let balance = terms.capital;
  for (let year = 1; year <= terms.horizon; year++) {
    const opening = balance;
    const affordable = opening.minus(terms.reserve).div(terms.loan.principal).floor().toNumber();
    const newLoans = terms.loan.principal.isZero() ? 0 : Math.max(0, Math.min(terms.maxNewLoans, affordable));
    if (newLoans > 0) cohorts.push({ year, count: newLoans });
    const disbursed = terms.loan.principal.times(newLoans);
    let due = ZERO;
    let outstanding = ZERO;
    for (const cohort of cohorts) {
      const row = schedule[year - cohort.year];
      if (!row) continue;
      due = due.plus(row.payment.times(cohort.count));
      outstanding = outstanding.plus(row.closing.times(cohort.count));
    }
    const writtenOff = due.times(terms.defaultRate).toDecimalPlaces(terms.loan.decimals, Money.ROUND_HALF_UP);
    const received = due.minus(writtenOff);
    balance = opening.minus(disbursed).plus(received);
    years.push({ year, opening, newLoans, disbursed, due, received, writtenOff, closing: balance, outstanding });
  }
  return years;
}
