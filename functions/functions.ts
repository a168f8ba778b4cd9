/* global CustomFunctions */
import * as sheet from "../src/sheetFunctions";
import { toExcel } from "./excelErrors";

/*
 * The Excel custom functions of Hisab Santé (namespace HISAB). Each one is a
 * thin adapter over src/sheetFunctions.ts. The JSDoc below is read by
 * custom-functions-metadata-plugin to build functions.json (English); the
 * French file is built from src/catalog.ts. Ids and parameter order are stored
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
