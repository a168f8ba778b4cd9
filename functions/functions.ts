/* global CustomFunctions */
import * as sheet from "../src/excel/sheetFunctions";
import { toExcel } from "./excelErrors";

/*
 * The Excel custom functions of Hisab Santé (namespace HISAB). Each one is a
 * thin adapter over src/excel/sheetFunctions.ts. The JSDoc below is read by
 * custom-functions-metadata-plugin to build functions.json (English); the
 * French file is built from src/excel/catalog.ts. Ids and parameter order are stored
 * in users' workbooks: never change them, only add optional parameters.
 * The plugin also generates the CustomFunctions.associate calls.
 */

/**
 * Secondary distribution: each centre's cost after support centres are allocated (direct, step-down or reciprocal).
 * @customfunction ALLOCATE ALLOCATE
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#allocate
 * @param centres Codes of all cost centres, one column.
 * @param costs Cost of each centre before secondary distribution, aligned with centres.
 * @param keys Secondary keys: first row receiving centres, first column support centres, drivers or percentages in the body (blank = 0).
 * @param [method] Optional. "direct", "step" (default) or "reciprocal" (also "directe", "cascade", "réciproque").
 * @param [order] Optional. Step-down only: the support centres in closing order; default the row order of keys.
 * @param [decimals] Optional. Round results to this many decimals; rounded results still add up to the rounded total.
 * @returns One value per centre, aligned with centres; support centres end at 0.
 */
export function allocate(centres: any[][], costs: any[][], keys: any[][], method?: any, order?: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.allocate(centres, costs, keys, method, order, decimals));
}

/**
 * What each support centre sends to each centre: one row per support centre, one column per centre.
 * @customfunction ALLOCATION.FLOWS ALLOCATION.FLOWS
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#allocationflows
 * @param centres Codes of all cost centres, one column.
 * @param costs Cost of each centre before secondary distribution, aligned with centres.
 * @param keys Secondary keys: first row receiving centres, first column support centres, drivers or percentages in the body (blank = 0).
 * @param [method] Optional. "direct", "step" (default) or "reciprocal" (also "directe", "cascade", "réciproque").
 * @param [order] Optional. Step-down only: the support centres in closing order; default the row order of keys.
 * @param [decimals] Optional. Round results to this many decimals; rounded results still add up to the rounded total.
 * @returns A matrix: rows follow the support centres of keys, columns follow centres.
 */
export function allocationFlows(centres: any[][], costs: any[][], keys: any[][], method?: any, order?: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.allocationFlows(centres, costs, keys, method, order, decimals));
}

/**
 * Primary distribution: expense lines spread over the centres by named keys, total per centre.
 * @customfunction PRIMARY PRIMARY
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#primary
 * @param centres Codes of all cost centres, one column.
 * @param amounts Amount of each expense line, one column.
 * @param keyNames For each expense line, the name of its key (a row of keyTable).
 * @param keyTable Primary keys: first row centre codes, first column key names, drivers or percentages in the body.
 * @param [decimals] Optional. Round results to this many decimals; rounded results still add up to the rounded total.
 * @returns One total per centre, aligned with centres.
 */
export function primary(centres: any[][], amounts: any[][], keyNames: any[][], keyTable: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.primary(centres, amounts, keyNames, keyTable, decimals));
}

/**
 * Spreads each amount over the columns in proportion to its own drivers or percentages: the detailed distribution table.
 * @customfunction SPREAD SPREAD
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#spread
 * @param amounts Amount of each line, one column.
 * @param drivers One row per amount: its drivers or percentages per column (blank = 0).
 * @param [decimals] Optional. Round results to this many decimals; rounded results still add up to the rounded total.
 * @returns A matrix the shape of drivers; each row adds up to its amount.
 */
export function spread(amounts: any[][], drivers: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.spread(amounts, drivers, decimals));
}

/**
 * Cost per unit of work of each centre: cost after secondary distribution ÷ units produced.
 * @customfunction UNITCOST UNITCOST
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#unitcost
 * @param centres Codes of all cost centres, one column.
 * @param costs Cost of each centre after secondary distribution (e.g. the result of ALLOCATE).
 * @param units Units of work produced by each centre (patient-days, tests, meals…); blank where none.
 * @param [decimals] Optional. Round each result to this many decimals (half away from zero).
 * @returns One cost per unit per centre, aligned with centres; blank where a centre has neither cost nor units.
 */
export function unitCost(centres: any[][], costs: any[][], units: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.unitCost(centres, costs, units, decimals));
}

/**
 * Cost of one letter-key point (K, B, Z…): cost of the producing centre ÷ Σ coefficient × number of acts.
 * @customfunction KEYCOST KEYCOST
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#keycost
 * @param letters The letter keys, one column.
 * @param costs Cost of the centre that produces each letter, aligned with letters.
 * @param actLetters Letter key of each act performed, one column.
 * @param coefficients Coefficient of each act (K50 → 50), aligned with actLetters.
 * @param volumes Number of each act performed, aligned with actLetters.
 * @param [decimals] Optional. Round each result to this many decimals (half away from zero).
 * @returns One cost per point per letter, aligned with letters.
 */
export function keyCost(letters: any[][], costs: any[][], actLetters: any[][], coefficients: any[][], volumes: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.keyCost(letters, costs, actLetters, coefficients, volumes, decimals));
}

/**
 * Full cost of each act: Σ units it uses in each centre × cost per unit, plus its direct consumables.
 * @customfunction ACTCOST ACTCOST
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#actcost
 * @param centres Codes of all cost centres, one column.
 * @param unitCosts Cost per unit of work of each centre, aligned with centres (e.g. the result of UNITCOST).
 * @param consumption Units used per act: first row centre codes, first column act codes, units in the body.
 * @param [direct] Optional. Direct consumables of each act, aligned with the acts of consumption.
 * @param [decimals] Optional. Round each result to this many decimals (half away from zero).
 * @returns One cost per act, aligned with the rows of consumption.
 */
export function actCost(centres: any[][], unitCosts: any[][], consumption: any[][], direct?: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.actCost(centres, unitCosts, consumption, direct, decimals));
}

/**
 * Cost of each act of a nomenclature: coefficient × cost of a point of its letter key (K, B, Z…) + direct consumables.
 * @customfunction ACTCOST.LETTER ACTCOST.LETTER
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#actcostletter
 * @param letters The letter keys, one column.
 * @param pointCosts Cost of one point of each letter, aligned with letters (e.g. the result of KEYCOST).
 * @param actLetters Letter key of each act of the nomenclature, one column.
 * @param coefficients Coefficient of each act (K50 → 50), aligned with actLetters.
 * @param [direct] Optional. Direct consumables of each act, aligned with actLetters, or one value for all.
 * @param [decimals] Optional. Round each result to this many decimals (half away from zero).
 * @returns One cost per act, aligned with actLetters.
 */
export function actCostByLetter(letters: any[][], pointCosts: any[][], actLetters: any[][], coefficients: any[][], direct?: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.actCostByLetter(letters, pointCosts, actLetters, coefficients, direct, decimals));
}

/**
 * Tariff from cost, margin, market price and affordability ceiling, rounded to a currency step; each factor in its own column.
 * @customfunction TARIFF TARIFF
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#tariff
 * @param costs Full cost of each act, one column.
 * @param margin Margin over cost (10% = 0.1), one value for all or one per act.
 * @param [market] Optional. Market price of each act (blank = none).
 * @param [ceiling] Optional. What the population can pay for each act (blank = none).
 * @param [step] Optional. Round tariffs to a multiple of this (e.g. 5 or 10); default 0.01.
 * @param [loanService] Optional. Loan service per act added to cost-plus, one value or one per act.
 * @returns Six columns per act: cost-plus, cap, tariff, binding factor (COST, MARKET or CEILING), cost-recovery ratio, subsidy gap.
 */
export function tariff(costs: any[][], margin: any[][], market?: any[][], ceiling?: any[][], step?: any, loanService?: any[][]): any[][] {
  return toExcel(() => sheet.tariff(costs, margin, market, ceiling, step, loanService));
}

/**
 * Official price against cost: gap, cost-recovery ratio, subsidy gap and rank of the acts priced furthest below cost.
 * @customfunction PRICE.GAP PRICE.GAP
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#pricegap
 * @param prices Official tariff of each act or letter key, one column.
 * @param costs Cost of each act or letter-key point, aligned with prices.
 * @returns Four columns per row: gap, cost-recovery ratio, subsidy gap, rank (1 = furthest below cost).
 */
export function priceGap(prices: any[][], costs: any[][]): any[][] {
  return toExcel(() => sheet.priceGap(prices, costs));
}

/**
 * Break-even volume: fixed costs ÷ (price − variable cost per act).
 * @customfunction BREAKEVEN BREAKEVEN
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#breakeven
 * @param fixedCosts Fixed costs of each centre or activity, one column.
 * @param prices Price per act, one value or one per row.
 * @param variableCosts Variable cost per act, one value or one per row.
 * @param [decimals] Optional. Round each result to this many decimals (half away from zero).
 * @returns One volume per row of fixedCosts.
 */
export function breakEven(fixedCosts: any[][], prices: any[][], variableCosts: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.breakEven(fixedCosts, prices, variableCosts, decimals));
}

/**
 * Loan schedule: period, opening balance, interest, principal, payment, closing balance (constant annuity or constant principal, grace years).
 * @customfunction LOAN.SCHEDULE LOAN.SCHEDULE
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#loanschedule
 * @param principal Amount lent.
 * @param annualRate Annual interest rate (5% = 0.05).
 * @param years Years of repayment, after the grace years.
 * @param [method] Optional. "annuity" (default, "annuités constantes") or "principal" ("amortissement constant").
 * @param [graceYears] Optional. Years of interest only before repayment starts; default 0.
 * @param [paymentsPerYear] Optional. Payments per year (1, 2, 4, 12); default 1.
 * @param [decimals] Optional. Rounding of each row; default 2 (cents). The last row absorbs the difference.
 * @returns One row per period, six columns.
 */
export function loanSchedule(principal: any, annualRate: any, years: any, method?: any, graceYears?: any, paymentsPerYear?: any, decimals?: any): any[][] {
  return toExcel(() => sheet.loanSchedule(principal, annualRate, years, method, graceYears, paymentsPerYear, decimals));
}

/**
 * Revolving fund year by year: loans granted as funds allow, repayments due and received, write-offs, balance, outstanding.
 * @customfunction FUND.PROJECTION FUND.PROJECTION
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#fundprojection
 * @param capital Money in the fund at the start.
 * @param loanAmount Amount of each start-up loan.
 * @param annualRate Annual interest rate of the loans.
 * @param years Years of repayment of each loan, after its grace years.
 * @param horizon Number of years to project.
 * @param [graceYears] Optional. Interest-only years of each loan; default 0.
 * @param [reserve] Optional. Balance the fund keeps and does not lend; default 0.
 * @param [maxNewLoans] Optional. At most this many new loans a year; default no limit.
 * @param [defaultRate] Optional. Share of what falls due that is not repaid (written off); default 0.
 * @param [method] Optional. "annuity" (default) or "principal".
 * @param [decimals] Optional. Rounding of amounts; default 2.
 * @returns One row per year: year, opening, new loans, disbursed, due, received, written off, closing, outstanding.
 */
export function fundProjection(capital: any, loanAmount: any, annualRate: any, years: any, horizon: any, graceYears?: any, reserve?: any, maxNewLoans?: any, defaultRate?: any, method?: any, decimals?: any): any[][] {
  return toExcel(() => sheet.fundProjection(capital, loanAmount, annualRate, years, horizon, graceYears, reserve, maxNewLoans, defaultRate, method, decimals));
}


/**
 * Fee-for-service contract, per contract line: realised and accepted volume, billed, due, due after the envelope, volume and price variances, rejected lines.
 * @customfunction CONTRACT.RECONCILE CONTRACT.RECONCILE
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#contractreconcile
 * @param contract The contract's lines: act code, contract price, contracted volume, optional volume ceiling.
 * @param activity Activity lines: date, act code, quantity, billed unit price, optional reference (patient or invoice, to find duplicates).
 * @param [periodStart] Optional. First day of the period (lines before it are out of period).
 * @param [periodEnd] Optional. Last day of the period.
 * @param [envelope] Optional. Global envelope capping the amount due.
 * @param [rule] Optional. How the envelope caps: "prorata" (default) or "priority" (contract lines in order).
 * @param [decimals] Optional. Decimals of the currency (2 = cents, the default; 0 to 3).
 * @returns One row per contract line, eight columns: realised volume, accepted volume, billed, due, due after envelope, volume variance, price variance, rejected lines.
 */
export function contractReconcile(contract: any[][], activity: any[][], periodStart?: any, periodEnd?: any, envelope?: any, rule?: any, decimals?: any): any[][] {
  return toExcel(() => sheet.contractReconcile(contract, activity, periodStart, periodEnd, envelope, rule, decimals));
}

/**
 * Fee-for-service contract, per activity line: status (OK, PRICE_DIFFERS, OVER_CEILING, UNKNOWN_CODE, OUT_OF_PERIOD, DUPLICATE…), quantity accepted, amount due.
 * @customfunction CONTRACT.LINES CONTRACT.LINES
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#contractlines
 * @param contract The contract's lines: act code, contract price, contracted volume, optional volume ceiling.
 * @param activity Activity lines: date, act code, quantity, billed unit price, optional reference (patient or invoice, to find duplicates).
 * @param [periodStart] Optional. First day of the period (lines before it are out of period).
 * @param [periodEnd] Optional. Last day of the period.
 * @param [decimals] Optional. Decimals of the currency (2 = cents, the default; 0 to 3).
 * @returns One row per activity line: status, quantity accepted, amount due.
 */
export function contractLines(contract: any[][], activity: any[][], periodStart?: any, periodEnd?: any, decimals?: any): any[][] {
  return toExcel(() => sheet.contractLines(contract, activity, periodStart, periodEnd, decimals));
}

/**
 * Fee-for-service contract summary: billed, due before and after the envelope, advances, balance, and the count of lines accepted, flagged and rejected.
 * @customfunction CONTRACT.BALANCE CONTRACT.BALANCE
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#contractbalance
 * @param contract The contract's lines: act code, contract price, contracted volume, optional volume ceiling.
 * @param activity Activity lines: date, act code, quantity, billed unit price, optional reference (patient or invoice, to find duplicates).
 * @param advances Advances paid during the period, one column.
 * @param [periodStart] Optional. First day of the period (lines before it are out of period).
 * @param [periodEnd] Optional. Last day of the period.
 * @param [envelope] Optional. Global envelope capping the amount due.
 * @param [rule] Optional. How the envelope caps: "prorata" (default) or "priority" (contract lines in order).
 * @param [decimals] Optional. Decimals of the currency (2 = cents, the default; 0 to 3).
 * @returns Nine values in a column: billed, due before envelope, envelope, due, advances, balance, lines accepted, flagged, rejected.
 */
export function contractBalance(contract: any[][], activity: any[][], advances: any[][], periodStart?: any, periodEnd?: any, envelope?: any, rule?: any, decimals?: any): any[][] {
  return toExcel(() => sheet.contractBalance(contract, activity, advances, periodStart, periodEnd, envelope, rule, decimals));
}

/**
 * Performance-based financing, per indicator line: declared-verified gap, quantity paid, amount, quality score and bonus, equity bonus, payment.
 * @customfunction PBF.PAYMENT PBF.PAYMENT
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#pbfpayment
 * @param lines Six columns: facility, indicator, declared, verified, validated quantity, unit fee.
 * @param [tolerance] Optional. Largest declared-verified gap that still pays (5% = 0.05, the default).
 * @param [scores] Optional. Two columns: facility, quality score (80% = 0.8).
 * @param [bands] Optional. Two columns: lowest score of the band, bonus (+30% = 0.3, −10% = −0.1).
 * @param [equity] Optional. Two columns: facility, equity bonus (remote facilities).
 * @param [decimals] Optional. Decimals of the currency (2 = cents, the default; 0 to 3).
 * @returns One row per indicator line, seven columns: gap, quantity paid, amount, quality score, quality bonus, equity bonus, payment.
 */
export function pbfPayment(lines: any[][], tolerance?: any, scores?: any[][], bands?: any[][], equity?: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.pbfPayment(lines, tolerance, scores, bands, equity, decimals));
}

/**
 * Mutual-insurance convention, per claim line: billed, base, deductible, payer share, patient share and the rules that limited it.
 * @customfunction CLAIMS.SETTLE CLAIMS.SETTLE
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#claimssettle
 * @param claims Five columns: date, beneficiary, act code, quantity, billed unit price.
 * @param priceList The convention's price list: act code, price, care type.
 * @param careTypes Per care type: code, coverage rate, flat co-payment per act, ceiling per beneficiary, price cap (1 = the convention price).
 * @param members Beneficiaries: id, date joined, contributions paid up to (blank = up to date).
 * @param [deductible] Optional. Deductible per beneficiary for the period; default 0.
 * @param [generalCeiling] Optional. Most the payer pays per beneficiary for the period.
 * @param [waitingDays] Optional. Waiting period after joining, in days; default 0.
 * @param [periodStart] Optional. First day of the period (lines before it are out of period).
 * @param [periodEnd] Optional. Last day of the period.
 * @param [othersPaid] Optional. What another payer already covered on each claim line (a complementary cover tops it up).
 * @param [decimals] Optional. Decimals of the currency (2 = cents, the default; 0 to 3).
 * @returns One row per claim line, six columns: billed, base, deductible, payer share, patient share, reasons.
 */
export function claimsSettle(claims: any[][], priceList: any[][], careTypes: any[][], members: any[][], deductible?: any, generalCeiling?: any, waitingDays?: any, periodStart?: any, periodEnd?: any, othersPaid?: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.claimsSettle(claims, priceList, careTypes, members, deductible, generalCeiling, waitingDays, periodStart, periodEnd, othersPaid, decimals));
}

/**
 * Twinning convention, per service line: the provider's cost per unit of work and the value of the service.
 * @customfunction TWINNING.VALUE TWINNING.VALUE
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#twinningvalue
 * @param services Service lines: date, provider hospital, receiving hospital, service code, quantity.
 * @param unitCosts Cost per unit of each service at each hospital: first row hospital codes, first column service codes.
 * @param [decimals] Optional. Decimals of the currency (2 = cents, the default; 0 to 3).
 * @returns One row per service line: provider cost per unit, value.
 */
export function twinningValue(services: any[][], unitCosts: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.twinningValue(services, unitCosts, decimals));
}

/**
 * Twinning convention, per period: what A provided to B, what B provided to A, and the net B owes A.
 * @customfunction TWINNING.SETTLE TWINNING.SETTLE
 * @helpurl https://github.com/hisab-sante/hisab/blob/main/docs/functions.en.md#twinningsettle
 * @param services Service lines: date, provider hospital, receiving hospital, service code, quantity.
 * @param unitCosts Cost per unit of each service at each hospital: first row hospital codes, first column service codes.
 * @param hospitalA Code of hospital A.
 * @param hospitalB Code of hospital B.
 * @param periodStarts First day of each period (e.g. each month), one column in order.
 * @param [decimals] Optional. Decimals of the currency (2 = cents, the default; 0 to 3).
 * @returns One row per period: period start, A to B, B to A, net owed by B to A.
 */
export function twinningSettle(services: any[][], unitCosts: any[][], hospitalA: any, hospitalB: any, periodStarts: any[][], decimals?: any): any[][] {
  return toExcel(() => sheet.twinningSettle(services, unitCosts, hospitalA, hospitalB, periodStarts, decimals));
}
