/** The acts-and-tariffs journey on the template's ranges: the same costs as the template, its checks, its key figures. */
import { actsTariffs } from "../../src/journeys/actsTariffs";
import { actsTariffsTemplate } from "../../src/workbook/actsTariffs";
import { evaluatePlan } from "../../src/workbook/evaluate";
import { formulaText } from "../../src/workbook/formula";
import { brief, mappedValues, withCell } from "./support";

const plan = actsTariffsTemplate("fr", { sample: true });
const mapping = actsTariffs.templateMapping(plan);
const { values, outside } = mappedValues(plan, mapping);
const settings = { margin: mapping.margin!, step: mapping.step! };
const results = actsTariffs.results("fr", mapping, settings);
const evaluation = evaluatePlan(results.plan, outside);
const template = evaluatePlan(plan);

describe("the acts journey on the template's ranges", () => {
  it("writes the results sheets it declares, in order", () => {
    expect(results.plan.sheets.map((sheet) => sheet.key)).toEqual(actsTariffs.outputKeys);
  });

  it("costs every point and every act as the template does, and proposes tariffs at cost plus the margin (no loan service here)", () => {
    expect(evaluation.errors).toEqual([]);
    expect(evaluation.read("Coût des actes", "E11:E320")).toEqual(template.read("Nomenclature", "K2:K311"));
    expect(evaluation.read("Coût des lettres", "C5:C14")).toEqual(template.read("Lettres-clés", "H2:H11"));
    const [cost] = evaluation.read("Coût des actes", "E11")[0] as number[];
    const [costPlus] = evaluation.read("Coût des actes", "K11")[0] as number[];
    const [margin] = template.read("Tarifs", "A5")[0] as number[];
    expect(costPlus).toBeCloseTo(cost * (1 + margin), 6);
  });

  it("keeps the template's margin and step as copies of its cells, and reads them through the settings table", () => {
    const acts = results.plan.sheets[1];
    const copies = acts.formulas.filter((f) => f.at === "A5" || f.at === "B5").map((f) => formulaText(f.expr, { form: "typed" }));
    expect(copies).toEqual(["Tarifs!A5", "Tarifs!B5"]);
    const tariff = acts.formulas.find((f) => f.expr.kind === "call" && f.expr.fn === "TARIFF")!;
    expect(formulaText(tariff.expr, { form: "typed" })).toBe('HISAB.TARIFF(E11:E320,A5,Nomenclature!H2:H311,Nomenclature!I2:I311,B5)');
    expect(actsTariffs.settingCells).toEqual({ margin: { sheet: "actCosts", at: "A5" }, step: { sheet: "actCosts", at: "B5" } });
  });

  it("draws official value against the cost of a point", () => {
    const [chart] = results.plan.sheets[0].charts!;
    expect(chart.series.map((s) => s.values.ref)).toEqual(["D5:D14", "C5:C14"]);
    expect(chart.categories).toEqual({ kind: "range", ref: "A5:A14" });
  });

  it("gives the acts costed, the acts check at 0.00, the acts below cost and the one furthest below", () => {
    const figures = results.keyFigures(evaluation);
    expect(figures.map((f) => f.label)).toEqual([
      "Actes dont le coût est calculé",
      expect.stringContaining("doit être 0,00"),
      "Actes dont le tarif officiel est sous le coût",
      expect.stringMatching(/^Acte le plus sous-tarifé : \S+ \(écart\)$/),
      expect.stringMatching(/^Lettre la moins couverte : \S+ \(taux de couverture\)$/),
    ]);
    expect(figures[0].value).toBe(310);
    expect(figures[1]).toMatchObject({ check: true, value: 0 });
    expect(figures[3].value as number).toBeLessThan(0);
  });

  it("without the optional columns: no gap, no chart, the tariff reads blank market and ceiling", () => {
    const { letterValues: _v, tariffs: _t, market: _m, ceiling: _c, consumables: _s, ...required } = mapping;
    const lean = actsTariffs.results("en", required, { margin: 0.1, step: 5 });
    expect(lean.plan.sheets[0].charts).toEqual([]);
    const tariff = lean.plan.sheets[1].formulas.find((f) => f.expr.kind === "call" && f.expr.fn === "TARIFF")!;
    expect(formulaText(tariff.expr, { form: "typed" })).toBe('HISAB.TARIFF(E11:E320,A5,"","",B5)');
    expect(lean.plan.sheets[1].tables[0].rows).toEqual([[0.1, 5]]);
    const figures = lean.keyFigures(evaluatePlan(lean.plan, outside));
    // Without consumables the acts carry exactly the centres' costs: the check still reads 0.00.
    expect(figures.map((f) => f.value)).toEqual([310, 0]);
  });
});

describe("checking the acts", () => {
  it("finds nothing in the sample", () => {
    expect(actsTariffs.check(values)).toEqual([]);
  });

  it("lists an act with an unknown letter, text in a volume and a duplicated act code", () => {
    const planted = {
      ...values,
      actLetters: withCell(values.actLetters, 4, 1, "Q"),
      volumes: withCell(values.volumes, 9, 1, "beaucoup"),
      actCodes: withCell(values.actCodes, 12, 1, values.actCodes![0][0]),
    };
    expect(brief(actsTariffs.check(planted))).toEqual(expect.arrayContaining(["error unknown_code actLetters 4 1", "error not_a_number volumes 9", "error duplicate_code actCodes 12"]));
  });
});
