/** The cost-centre journey on the template's own ranges and on a user's ranges with planted problems. */
import { costCentres } from "../../src/journeys/costCentres";
import { problemMessage } from "../../src/journeys/problems";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { evaluatePlan } from "../../src/workbook/evaluate";
import { DISTRICT_HOSPITAL } from "../../src/workbook/samples/districtHospital";
import { brief, mappedValues, withCell } from "./support";

const plan = costCentreTemplate("fr", { sample: true });
const mapping = costCentres.templateMapping(plan);
const { values, outside } = mappedValues(plan, mapping);
const templateResults = plan.sheets.find((s) => s.key === "results")!;

describe("the cost-centre journey on the template's ranges", () => {
  it("writes the results sheets it declares, in order", () => {
    expect(costCentres.results("fr", mapping, { method: "cascade" }).plan.sheets.map((sheet) => sheet.key)).toEqual(costCentres.outputKeys);
  });

  it("maps every input but the method, which stays on the results sheet", () => {
    expect(Object.keys(mapping).sort()).toEqual(costCentres.inputs.filter((i) => i.kind !== "scalar").map((i) => i.id).sort());
    expect(mapping.centres).toEqual({ kind: "range", sheet: "Centres", ref: "A2:A31" });
    expect(mapping.keyTable).toEqual({ kind: "range", sheet: "Clés primaires", ref: expect.stringMatching(/^A1:[A-Z]+\d+$/) });
    expect(costCentres.templateOutputs).toEqual(["results"]);
  });

  it("builds exactly the template's results sheet (one builder for both); only the chart's title lacks the currency", () => {
    const { plan: results } = costCentres.results("fr", mapping, { method: "cascade" });
    expect(results.sheets).toHaveLength(1);
    const withoutTitles = (sheet: typeof templateResults) => ({ ...sheet, charts: sheet.charts?.map((c) => ({ ...c, title: "" })) });
    expect(withoutTitles(results.sheets[0])).toEqual(withoutTitles(templateResults));
    expect(results.sheets[0].charts?.[0].title).toBe("Coût de chaque centre avant et après la répartition secondaire");
  });

  it("finds no problem in the sample or in the empty template", () => {
    expect(costCentres.check(values)).toEqual([]);
    const empty = costCentreTemplate("en", { sample: false });
    expect(costCentres.check(mappedValues(empty, costCentres.templateMapping(empty)).values)).toEqual([]);
  });

  it("gives the key figures of the evaluated results: the expenses, both checks at 0.00, the highest costs per unit", () => {
    const results = costCentres.results("en", mapping, { method: "reciprocal" });
    const figures = results.keyFigures(evaluatePlan(results.plan, outside));
    const total = DISTRICT_HOSPITAL.expenses.reduce((a, e) => a + (e.amount ?? 0), 0);
    expect(figures[0]).toMatchObject({ label: "Total expenses", format: "amount", sheet: "results" });
    expect(figures[0].value).toBeCloseTo(total, 6);
    expect(figures.filter((f) => f.check).map((f) => f.value)).toEqual([0, 0]);
    const unitCosts = figures.slice(3);
    expect(unitCosts).toHaveLength(3);
    expect(unitCosts.map((f) => f.value as number)).toEqual([...unitCosts.map((f) => f.value as number)].sort((a, b) => b - a));
    expect(unitCosts[0].label).toMatch(/^Cost per unit of work, [A-Z]+$/);
  });
});

describe("checking a user's ranges", () => {
  it("lists every problem with its place, including what only a computation sees", () => {
    const planted = {
      ...values,
      units: withCell(withCell(values.units, 20, 1, "n/a"), 25, 1, -4),
      centres: withCell(values.centres, 30, 1, " adm "),
      keyTable: withCell(values.keyTable, 1, 3, "IRM"),
    };
    const problems = costCentres.check(planted);
    expect(brief(problems)).toEqual(
      expect.arrayContaining([
        "error duplicate_code centres 30",
        "error not_a_number units 20",
        "error negative_value units 25",
        "error unknown_code keyTable 1 3",
      ]),
    );
    expect(new Set(brief(problems)).size).toBe(problems.length);
  });

  it("says which support centres are missing from the secondary keys, and which main centre gives in them", () => {
    const kinds = values.kinds!;
    const row = kinds.findIndex((r) => r[0] === "principal") + 1;
    const supportRow = kinds.findIndex((r) => r[0] === "auxiliaire") + 1;
    const problems = costCentres.check({ ...values, kinds: withCell(withCell(kinds, row, 1, "Auxiliaire"), supportRow, 1, "principal") });
    expect(brief(problems)).toEqual(expect.arrayContaining([`error support_not_in_keys centres ${row}`, expect.stringMatching(/^warning main_in_keys secondaryKeys \d+ 1$/)]));
    const missing = problems.find((p) => p.finding?.code === "support_not_in_keys")!;
    expect(problemMessage(missing, "fr", costCentres)).toBe(`« ${values.centres![row - 1][0]} » est un centre auxiliaire absent des clés secondaires : son coût y resterait au lieu d'être réparti`);
  });

  it("reports a used primary key summing to zero, not an unused one", () => {
    const keys = values.keyTable!.map((r) => r.slice());
    const name = keys[1][0];
    for (let c = 1; c < keys[1].length; c++) keys[1][c] = null;
    expect(brief(costCentres.check({ ...values, keyTable: keys }))).toContain("error keys_sum_to_zero keyTable 2");
    const unused = { ...values, keyTable: keys, keyNames: values.keyNames!.map((r) => [r[0] === name ? keys[2][0] : r[0]]) };
    expect(brief(costCentres.check(unused))).not.toContain("error keys_sum_to_zero keyTable 2");
  });

  it("checks a method typed in a cell of the user's", () => {
    const problems = costCentres.check({ ...values, method: [["au hasard"]] });
    expect(brief(problems)).toEqual(["error unknown_method method"]);
    expect(problemMessage(problems[0], "en", costCentres)).toBe('unknown method "au hasard": use "direct", "step" (default) or "reciprocal" (also "directe", "cascade", "réciproque")');
  });

  it("checks shapes first: an input not mapped, a range of several columns, columns of another length", () => {
    const { units: _units, ...noUnits } = values;
    expect(brief(costCentres.check(noUnits))).toEqual(["error not_mapped units"]);
    const wide = { ...values, amounts: values.amounts!.map((r) => [r[0], 1]), labels: values.labels!.slice(3) };
    const problems = costCentres.check(wide);
    expect(brief(problems)).toEqual(["error not_aligned labels", "error not_one_column amounts"]);
    expect(problemMessage(problems[0], "fr", costCentres)).toBe("27 ligne(s) alors que « Codes des centres » en a 30 : les deux plages doivent être alignées ligne à ligne");
  });
});
