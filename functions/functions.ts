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
