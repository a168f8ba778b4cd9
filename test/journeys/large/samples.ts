import type { Cell, Range } from "../../../src/engine/cell";
import type { RunInputs } from "../../../src/journeys/large/run";
import { contractsTemplate } from "../../../src/workbook/contracts";
import { evaluatePlan, Grid } from "../../../src/workbook/evaluate";
import { generate } from "../../../scripts/bench/data";

/**
 * Large-run inputs taken from where users' formulas take them: the contract
 * template's sample, each argument read from the cells its formula names,
 * with what the formulas compute there; and the benchmark's messy claim year.
 */

const plan = contractsTemplate("en", { sample: true, parts: ["feeForService", "mutual"] });
const evaluation = evaluatePlan(plan);

/** The arguments of the template's call of `fn` (as the cells hold them) and the result the workbook shows. */
export function templateCall(fn: string): { args: Range[]; result: Grid } {
  for (const sheet of plan.sheets) {
    for (const f of sheet.formulas) {
      if (f.expr.kind !== "call" || f.expr.fn !== fn) continue;
      return { args: f.expr.args.map((arg) => evaluation.evaluate(sheet.name, arg) as Range), result: evaluation.results.get(`${sheet.name}!${f.at}`)! };
    }
  }
  throw new Error(`no ${fn} in the contract template`);
}

const one = (range: Range): Cell => range[0][0];

/** The sample's fee-for-service run, with the workbook's CONTRACT.LINES, .RECONCILE and .BALANCE. */
export function feeForServiceSample(): { inputs: RunInputs; lines: Range; expected: { lines: Grid; reconciliation: Grid; balance: Grid } } {
  const lines = templateCall("CONTRACT.LINES");
  const reconcile = templateCall("CONTRACT.RECONCILE");
  const balance = templateCall("CONTRACT.BALANCE");
  const [contract, activity, advances, periodStart, periodEnd, envelope, rule, decimals] = balance.args;
  return {
    inputs: { kind: "feeForService", terms: { contract, advances, periodStart: one(periodStart), periodEnd: one(periodEnd), envelope: one(envelope), rule: one(rule), decimals: one(decimals) } },
    lines: activity,
    expected: { lines: lines.result, reconciliation: reconcile.result, balance: balance.result },
  };
}

/** The sample mutuelle's claims (with the amounts already paid by another payer as a sixth column) and the workbook's CLAIMS.SETTLE. */
export function claimsSample(): { inputs: RunInputs; lines: Range; expected: Grid } {
  const settle = templateCall("CLAIMS.SETTLE");
  const [claims, priceList, careTypes, members, deductible, generalCeiling, waitingDays, periodStart, periodEnd, othersPaid, decimals] = settle.args;
  return {
    inputs: { kind: "claims", terms: { priceList, careTypes, members, deductible: one(deductible), generalCeiling: one(generalCeiling), waitingDays: one(waitingDays), periodStart: one(periodStart), periodEnd: one(periodEnd), decimals: one(decimals) } },
    lines: claims.map((row, r) => [...row, othersPaid[r][0]]),
    expected: settle.result,
  };
}

/** The benchmark's small claim year (10,000 lines, some messy) against its 100-line price list, with oddities no export should hold but Excel can. */
export function benchmarkYear(): { inputs: RunInputs; lines: Range } {
  const data = generate("small");
  const lines: Range = data.activity.map((row) => row.slice());
  lines.push([true, "A0001", 1, null, "odd"], ["2024-03-01", 1001, "", 12.5, 7], [null, null, null, null, null], [45300, "A0002", 2, undefined, ""]);
  return {
    inputs: { kind: "feeForService", terms: { contract: data.contract, advances: data.advances, periodStart: data.periodStart, periodEnd: data.periodEnd, envelope: data.envelope, rule: "prorata", decimals: 2 } },
    lines,
  };
}

