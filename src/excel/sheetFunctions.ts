import { CATALOG, FunctionSpec } from "./catalog";
import { Arg, readAlone, readArguments } from "./params";
import { ALLOCATE, method } from "./registry/costCentres";
import { readAllocation } from "./sheet/costCentres";

/**
 * The Excel-facing functions as the engine's callers use them (the task pane's
 * journeys, the template evaluator, the benchmark, the tests): Excel's 2-D
 * arrays in, a 2-D array out, arguments read and checked by their
 * declarations. No Office import, and no limit on what one call carries: the
 * custom functions add that (functions/adapter.ts).
 */

type Entry = FunctionSpec["impl"];

function entry(code: string): Entry {
  const spec = CATALOG.find((s) => s.code === code);
  if (!spec) throw new Error(`no function "${code}" in the catalog`);
  return spec.impl;
}

export const allocate = entry("allocate");
export const allocationFlows = entry("allocationFlows");
export const primary = entry("primary");
export const spread = entry("spread");
export const unitCost = entry("unitCost");
export const keyCost = entry("keyCost");
export const actCost = entry("actCost");
export const actCostByLetter = entry("actCostByLetter");
export const tariff = entry("tariff");
export const priceGap = entry("priceGap");
export const breakEven = entry("breakEven");
export const loanSchedule = entry("loanSchedule");
export const fundProjection = entry("fundProjection");
export const contractReconcile = entry("contractReconcile");
export const contractLines = entry("contractLines");
export const contractBalance = entry("contractBalance");
export const pbfPayment = entry("pbfPayment");
export const claimsSettle = entry("claimsSettle");
export const twinningValue = entry("twinningValue");
export const twinningSettle = entry("twinningSettle");

/** The allocation method a word names (the pane checks a user's method cell before computing). */
export const parseMethod = (value: Arg) => readAlone(method, value);

/** What ALLOCATE reads from its ranges (centres, costs, keys, closing order), read by its own declarations: for the walk-through and the trace. */
export const readAllocationOf = (centres: Arg, costs: Arg, keys: Arg, order: Arg) => readAllocation(readArguments(ALLOCATE, [centres, costs, keys, null, order, null]));
