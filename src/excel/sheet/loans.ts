import { Cell, isBlank, readDecimals, scalar } from "../cells";
import { fail } from "../../engine/errors";
import { LoanMethod, loanSchedule as schedule } from "../../engine/loans";
import { Money } from "../../engine/money";
import { projectFund } from "../../engine/revolvingFund";
import { Arg, readScalar } from "./args";

/** Loans and the revolving fund in Excel's terms. */

const LOAN_WORDS: Record<string, LoanMethod> = {
  annuity: "annuity", annuities: "annuity", constantannuity: "annuity", annuite: "annuity", annuites: "annuity", annuitesconstantes: "annuity", annuiteconstante: "annuity",
  principal: "principal", constantprincipal: "principal", amortissement: "principal", amortissementconstant: "principal", amortissementsconstants: "principal",
};

function parseLoanMethod(value: Arg | undefined): LoanMethod {
  const cell = scalar(value ?? null);
  if (isBlank(cell)) return "annuity";
  const word = String(cell).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[\s_-]/g, "");
  return LOAN_WORDS[word] ?? fail("unknown_method", { argument: "method" }, { value: String(cell) });
}

function readWhole(value: Arg | undefined, argument: string, min: number, fallback?: number): number {
  const n = readScalar(value, argument, fallback);
  if (!Number.isInteger(n) || n < min) fail("bad_whole_number", { argument }, { value: n, min });
  return n;
}

const money = (value: Arg | undefined, argument: string, fallback?: number) => new Money(readScalar(value, argument, fallback));

function loanTerms(principal: Arg, annualRate: Arg, years: Arg, method?: Arg, graceYears?: Arg, decimals?: Arg) {
  return {
    principal: money(principal, "principal"),
    annualRate: money(annualRate, "annualRate"),
    years: readScalar(years, "years"),
    method: parseLoanMethod(method),
    graceYears: readScalar(graceYears, "graceYears", 0),
    decimals: readDecimals(decimals ?? null) ?? 2,
  };
}

/** LOAN.SCHEDULE: period, opening balance, interest, principal repaid, payment, closing balance. */
export function loanSchedule(principal: Arg, annualRate: Arg, years: Arg, method?: Arg, graceYears?: Arg, paymentsPerYear?: Arg, decimals?: Arg): Cell[][] {
  const rows = schedule({ ...loanTerms(principal, annualRate, years, method, graceYears, decimals), paymentsPerYear: readScalar(paymentsPerYear, "paymentsPerYear", 1) });
  return rows.map((r) => [r.period, r.opening.toNumber(), r.interest.toNumber(), r.principal.toNumber(), r.payment.toNumber(), r.closing.toNumber()]);
}

/** FUND.PROJECTION: year, opening, new loans, disbursed, due, received, written off, closing, outstanding. */
export function fundProjection(capital: Arg, loanAmount: Arg, annualRate: Arg, years: Arg, horizon: Arg, graceYears?: Arg, reserve?: Arg, maxNewLoans?: Arg, defaultRate?: Arg, method?: Arg, decimals?: Arg): Cell[][] {
  const years_ = projectFund({
    capital: money(capital, "capital"),
    loan: loanTerms(loanAmount, annualRate, years, method, graceYears, decimals),
    horizon: readWhole(horizon, "horizon", 1),
    reserve: money(reserve, "reserve", 0),
    maxNewLoans: readWhole(maxNewLoans, "maxNewLoans", 0, Number.MAX_SAFE_INTEGER),
    defaultRate: money(defaultRate, "defaultRate", 0),
  });
  return years_.map((y) => [y.year, y.opening.toNumber(), y.newLoans, y.disbursed.toNumber(), y.due.toNumber(), y.received.toNumber(), y.writtenOff.toNumber(), y.closing.toNumber(), y.outstanding.toNumber()]);
}
