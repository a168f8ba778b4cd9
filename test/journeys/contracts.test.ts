/** The contract journey on the template's ranges: the planted lines listed, the same statement as the template's. */
import { contracts } from "../../src/journeys/contracts";
import type { Settings } from "../../src/journeys/journey";
import { problemMessage } from "../../src/journeys/problems";
import { contractsTemplate } from "../../src/workbook/contracts";
import { CNAS_CONTRACT } from "../../src/workbook/samples/contractsCnas";
import { evaluatePlan } from "../../src/workbook/evaluate";
import { brief, mappedValues, withCell } from "./support";

const plan = contractsTemplate("fr", { sample: true, parts: ["feeForService"] });
const mapping = contracts.templateMapping(plan);
const { values, outside } = mappedValues(plan, mapping);
const settings: Settings = Object.fromEntries(contracts.inputs.filter((i) => i.kind === "scalar").map((i) => [i.id, mapping[i.id]!]));

describe("the contract journey on the template's ranges", () => {
  it("writes the results sheets it declares, in order", () => {
    expect(contracts.results("fr", mapping, settings).plan.sheets.map((sheet) => sheet.key)).toEqual(contracts.outputKeys);
  });

  it("lists the sample's planted lines as warnings, each at its line and, where it applies, its cell", () => {
    const problems = contracts.check(values);
    expect(problems.every((p) => p.severity === "warning" && p.finding?.code === "line_status" && p.input === "activity")).toBe(true);
    const planted = CNAS_CONTRACT.planted.filter((p) => p.status !== "OK");
    for (const line of planted) expect(problems).toContainEqual(expect.objectContaining({ row: line.row + 1, finding: { code: "line_status", params: { status: line.status } } }));
    const unknown = problems.find((p) => p.finding?.params.status === "UNKNOWN_CODE")!;
    expect(unknown.column).toBe(2);
    expect(problemMessage(unknown, "en", contracts)).toBe("UNKNOWN_CODE: act not in the contract: rejected");
  });

  it("gives the same statement as the template, and every footing check at 0", () => {
    const results = contracts.results("fr", mapping, settings);
    const evaluation = evaluatePlan(results.plan, outside);
    expect(evaluation.errors).toEqual([]);
    const template = evaluatePlan(plan);
    expect(evaluation.read("Solde", "B11:B19")).toEqual(template.read("Solde", "B11:B19"));
    const figures = results.keyFigures(evaluation);
    expect(figures.filter((f) => f.check).map((f) => f.value)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(figures.find((f) => f.label === "Solde dû au prestataire")?.value).toBe(template.read("Solde", "B16")[0][0]);
  });

  it("keeps the terms on its own sheet, copying the cells the user chose", () => {
    const { plan: results } = contracts.results("en", { ...mapping, periodStart: undefined }, { ...settings, periodStart: 45658 });
    const terms = results.sheets[0];
    expect(terms.key).toBe("terms");
    expect(terms.tables[0].rows[0][3]).toBe(45658);
    expect(terms.formulas.map((f) => f.at)).toEqual(["A5", "B5", "C5", "E5", "F5", "G5", "H5"]);
    expect(results.sheets.map((s) => s.key)).toEqual(["terms", "lineStatuses", "reconciliation", "balance"]);
    expect(contracts.settingCells.periodStart).toEqual({ sheet: "terms", at: "D5" });
  });

  it("reports a contract line with a negative price and an advance that is not a number, at their cells", () => {
    const planted = { ...values, contract: withCell(values.contract, 3, 2, -5), advances: withCell(values.advances, 2, 2, "mille") };
    expect(brief(contracts.check(planted).filter((p) => p.severity === "error"))).toEqual(["error negative_value contract 3 2", "error not_a_number advances 2 2"]);
  });
});
