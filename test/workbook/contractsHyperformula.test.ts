import { LANGUAGES } from "../../src/excel/messages";
import { CONTRACTS_SAMPLE, contractsPlan, NO_SPARE_ROWS, SPARE_ROWS, starterOf } from "../../src/workbook/contracts";
import { evaluatePlan } from "../../src/workbook/evaluate";
import { expectHyperFormulaAgrees } from "../support/planComparison";
import { shortContractsSample } from "./contractsShortSample";

/**
 * The contract template's formulas, typed as a user types them, recalculated
 * by a real spreadsheet engine (HyperFormula hosting our functions) agree
 * with evaluatePlan cell by cell.
 *
 * HyperFormula takes several seconds on the full sample (3,600 activity lines,
 * 1,050 claims), so it recalculates the shorter sample of contractsShortSample.ts
 * (all the planted mess kept); the full sample is checked by evaluatePlan in
 * contractsTemplate.test.ts. The empty template is recalculated in French only
 * (the English plan has the same formulas, see the structure test), with 50
 * blank rows per data table instead of up to 1,000.
 */

describe.each(LANGUAGES)("contract template (%s, short sample) in HyperFormula", (lang) => {
  it("has every formula cell equal to evaluatePlan's value", () => {
    const plan = contractsPlan(lang, shortContractsSample(), { spare: NO_SPARE_ROWS, note: "" });
    expect(expectHyperFormulaAgrees(plan, evaluatePlan(plan))).toBeGreaterThan(1_000);
  });
});

it("the empty template (fr, 50 blank rows per data table) in HyperFormula has every formula cell equal to evaluatePlan's value", () => {
  const spare = { ...SPARE_ROWS, feeForService: { ...SPARE_ROWS.feeForService, activity: 50 }, mutual: { ...SPARE_ROWS.mutual, members: 50, claims: 50 }, pbf: { ...SPARE_ROWS.pbf, lines: 50 }, twinning: { ...SPARE_ROWS.twinning, lines: 50 } };
  const plan = contractsPlan("fr", starterOf(CONTRACTS_SAMPLE), { spare, note: "" });
  expect(expectHyperFormulaAgrees(plan, evaluatePlan(plan))).toBeGreaterThan(1_000);
});
