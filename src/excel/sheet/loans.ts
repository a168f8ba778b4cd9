import { Cell } from "../cells";
import { loanSchedule as schedule } from "../../engine/loans";
import { Money } from "../../engine/money";
import { projectFund } from "../../engine/revolvingFund";
import type { Args } from "../params";
import type { FUND_PROJECTION, LOAN_SCHEDULE } from "../registry/loans";

/** Loans and the revolving fund in Excel's terms. */

/** LOAN.SCHEDULE: period, opening balance, interest, principal repaid, payment, closing balance. */
export function loanSchedule(a: Args<typeof LOAN_SCHEDULE>): Cell[][] {
  const rows = schedule({ principal: new Money(a.principal), annualRate: new Money(a.annualRate), years: a.years, method: a.method, graceYears: a.graceYears, paymentsPerYear: a.paymentsPerYear, decimals: a.decimals });
  return rows.map((r) => [r.period, r.opening.toNumber(), r.interest.toNumber(), r.principal.toNumber(), r.payment.toNumber(), r.closing.toNumber()]);
}

/** FUND.PROJECTION: year, opening, new loans, disbursed, due, received, written off, closing, outstanding. */
export function fundProjection(a: Args<typeof FUND_PROJECTION>): Cell[][] {
  const years = projectFund({
    capital: new Money(a.capital),
    loan: { principal: new Money(a.loanAmount), annualRate: new Money(a.annualRate), years: a.years, method: a.method, graceYears: a.graceYears, decimals: a.decimals },
    horizon: a.horizon,
    reserve: new Money(a.reserve),
    maxNewLoans: a.maxNewLoans ?? Number.MAX_SAFE_INTEGER,
    defaultRate: new Money(a.defaultRate),
  });
  return years.map((y) => [y.year, y.opening.toNumber(), y.newLoans, y.disbursed.toNumber(), y.due.toNumber(), y.received.toNumber(), y.writtenOff.toNumber(), y.closing.toNumber(), y.outstanding.toNumber()]);
}
