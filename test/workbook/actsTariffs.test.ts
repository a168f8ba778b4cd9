import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES, Language } from "../../src/excel/messages";
import { actsTariffsTemplate, costingWorkbook } from "../../src/workbook/actsTariffs";
import type { ActsTariffsData } from "../../src/workbook/actsTariffsData";
import { combinePlans } from "../../src/workbook/combine";
import { centreCostLinkOf, costCentreTemplate } from "../../src/workbook/costCentres";
import { evaluatePlan, PlanEvaluation } from "../../src/workbook/evaluate";
import { formulaText } from "../../src/workbook/formula";
import type { FormulaCell, SheetPlan, WorkbookPlan } from "../../src/workbook/plan";
import { DISTRICT_HOSPITAL } from "../../src/workbook/samples/districtHospital";
import { NOMENCLATURE_SAMPLE, SETTLED_LETTERS } from "../../src/workbook/samples/nomenclature";

/** The acts-and-tariffs template: structure in both languages, standalone and linked, the sample's checks, published cases through its cells. */

type Build = (lang: Language) => WorkbookPlan;
const builds: [string, Build][] = [
  ["standalone sample", (lang) => actsTariffsTemplate(lang, { sample: true })],
  ["standalone empty", (lang) => actsTariffsTemplate(lang, { sample: false })],
  ["combined sample", (lang) => costingWorkbook(lang, { sample: true })],
  ["combined empty", (lang) => costingWorkbook(lang, { sample: false })],
];

const shapeOf = (plan: WorkbookPlan) =>
  plan.sheets.map((s) => ({
    key: s.key,
    tables: s.tables.map((t) => ({ at: t.at, columns: t.columns.length, rows: t.rows.length })),
    formulas: s.formulas.map((f) => `${f.at} ${f.rows}×${f.cols} ${f.expr.kind === "call" ? f.expr.fn : f.expr.kind}`),
    labels: s.labels.map((l) => l.at),
    charts: s.charts?.map((c) => c.at),
  }));

const sheetOf = (plan: WorkbookPlan, key: string): SheetPlan => plan.sheets.filter((s) => s.key === key).at(-1)!;
const callOf = (sheet: SheetPlan, fn: string): FormulaCell => sheet.formulas.find((f) => f.expr.kind === "call" && f.expr.fn === fn)!;
const resultOf = (evaluation: PlanEvaluation, sheet: SheetPlan, formula: FormulaCell) => evaluation.results.get(`${sheet.name}!${formula.at}`)!;
/** Every check of the workbook: the cells that round a difference to the cent. */
const checksOf = (plan: WorkbookPlan, evaluation: PlanEvaluation) =>
  plan.sheets.flatMap((sheet) => sheet.formulas.filter((f) => f.expr.kind === "call" && f.expr.fn === "ROUND").map((f) => ({ at: `${sheet.name}!${f.at}`, value: resultOf(evaluation, sheet, f)[0][0] })));

describe.each(builds)("%s", (_, build) => {
  it("has the same structure in French and English", () => {
    expect(shapeOf(build("fr"))).toEqual(shapeOf(build("en")));
  });

  it.each(LANGUAGES)("has unique sheet and table names Excel accepts, and list validations it accepts (%s)", (lang) => {
    const plan = build(lang);
    const sheets = plan.sheets.map((s) => s.name.toLowerCase());
    const tables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase()));
    expect(new Set(sheets).size).toBe(sheets.length);
    expect(new Set(tables).size).toBe(tables.length);
    for (const sheet of plan.sheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      for (const column of sheet.tables.flatMap((t) => t.columns)) {
        if (column.validation?.kind !== "list") continue;
        expect(column.validation.values.join(",").length).toBeLessThanOrEqual(255);
        for (const v of column.validation.values) expect(v).not.toMatch(/[,"]/);
      }
    }
  });
});

describe.each(LANGUAGES)("the sample (%s)", (lang) => {
  const standalone = actsTariffsTemplate(lang, { sample: true });
  const combined = costingWorkbook(lang, { sample: true });
  const [standaloneEvaluation, combinedEvaluation] = [standalone, combined].map((plan) => evaluatePlan(plan));

  it("calculates without error, and every check shows 0.00, standalone and combined", () => {
    for (const [plan, evaluation] of [[standalone, standaloneEvaluation], [combined, combinedEvaluation]] as const) {
      expect(evaluation.errors).toEqual([]);
      const checks = checksOf(plan, evaluation);
      expect(checks.length).toBeGreaterThanOrEqual(plan === combined ? 5 : 3);
      for (const check of checks) expect(check).toEqual({ at: check.at, value: 0 });
    }
  });

  it("standalone, has its own centre costs (the district hospital's, to the cent) and reads nothing else", () => {
    const costs = sheetOf(standalone, "centreCosts");
    expect(costs.tables[0].rows.map((r) => r[0])).toEqual(DISTRICT_HOSPITAL.centres.filter((c) => c.kind === "main").map((c) => c.code));
    const names = new Set(standalone.sheets.map((s) => s.name));
    const referenced = standalone.sheets.flatMap((sheet) => sheet.formulas.flatMap((f) => [...formulaText(f.expr, { form: "typed" }).matchAll(/'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!/g)].map((m) => (m[1] ?? m[2]).replace(/''/g, "'"))));
    expect(referenced.length).toBeGreaterThan(10);
    for (const name of referenced) expect(names).toContain(name);
  });

  it("combined, reads the centre costs and unit costs from the cost-centre results, and has no centre-cost sheet of its own", () => {
    const link = centreCostLinkOf(combined);
    expect(combined.sheets.some((s) => s.key === "centreCosts")).toBe(false);
    const letters = sheetOf(combined, "letters");
    const sumifs = letters.formulas.filter((f) => f.expr.kind === "call" && f.expr.fn === "SUMIF").map((f) => formulaText(f.expr, { form: "typed" }));
    expect(sumifs).toEqual([
      `SUMIF(${formulaText(link.codes, { form: "typed" })},C2:C11,${formulaText(link.costs, { form: "typed" })})`,
      `SUMIF(${formulaText(link.codes, { form: "typed" })},C2:C11,${formulaText(link.unitCosts, { form: "typed" })})`,
    ]);
    const packages = sheetOf(combined, "packages");
    const actCost = callOf(packages, "ACTCOST");
    expect(actCost.expr.kind === "call" && actCost.expr.args.slice(0, 2)).toEqual([link.codes, link.unitCosts]);
  });

  it("combined, gives each letter whose points are its centre's unit of work a point cost equal to the centre's cost per unit", () => {
    const letters = sheetOf(combined, "letters");
    const rows = combinedEvaluation.read(letters.name, "A2:H11");
    for (const { letter } of SETTLED_LETTERS) {
      const row = rows.find((r) => r[0] === letter)!;
      expect({ letter, pointCost: row[7] }).toEqual({ letter, pointCost: expect.closeTo(row[6] as number, 9) });
    }
  });

  it("puts some acts well below cost (recovery under 50%) and some above it", () => {
    const nomenclature = sheetOf(standalone, "nomenclature");
    const gaps = resultOf(standaloneEvaluation, nomenclature, callOf(nomenclature, "PRICE.GAP"));
    const recovery = gaps.map((r) => r[1] as number);
    expect(recovery.filter((r) => r < 0.5).length).toBeGreaterThan(50);
    expect(recovery.filter((r) => r > 1).length).toBeGreaterThan(10);
    const ranks = gaps.map((r) => r[3]).filter((r) => r !== "");
    expect([...ranks].sort((a, b) => Number(a) - Number(b))).toEqual(ranks.map((_, i) => i + 1));
  });

  it("proposes tariffs set by each of the three forces, none above its cap", () => {
    const tariffs = sheetOf(standalone, "tariffs");
    const rows = resultOf(standaloneEvaluation, tariffs, callOf(tariffs, "TARIFF"));
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(["COST", "MARKET", "CEILING"]));
    for (const [, cap, tariff] of rows) if (cap !== "") expect(tariff as number).toBeLessThanOrEqual(cap as number);
  });
});

describe("the empty template", () => {
  it.each(builds.filter(([name]) => name.endsWith("empty")))("%s shows errors only where data is missing", (_, build) => {
    const evaluation = evaluatePlan(build("fr"));
    const causes = new Set(evaluation.errors.map((e) => e.cause?.code ?? e.error));
    for (const cause of causes) expect(["missing_unit_cost", "missing_point_cost", "keys_sum_to_zero", "#DIV/0!"]).toContain(cause);
  });

  it("keeps the letters, acts and packages of the sample as a starter, every number blank, with spare rows", () => {
    const plan = actsTariffsTemplate("en", { sample: false });
    const nomenclature = sheetOf(plan, "nomenclature").tables[0];
    expect(nomenclature.rows.length).toBe(NOMENCLATURE_SAMPLE.acts.length + 30);
    expect(nomenclature.rows.slice(0, NOMENCLATURE_SAMPLE.acts.length).every((r) => r.slice(4).every((v) => v === null))).toBe(true);
    expect(sheetOf(plan, "letters").tables[0].rows.every((r) => r[3] === null)).toBe(true);
  });
});

describe("the nomenclature sample", () => {
  const { acts, letters } = NOMENCLATURE_SAMPLE;

  it("has a few hundred acts with unique codes, each of a known letter, with coefficients, volumes and official tariffs", () => {
    expect(acts.length).toBeGreaterThanOrEqual(300);
    expect(new Set(acts.map((a) => a.code)).size).toBe(acts.length);
    const known = new Set(letters.map((l) => l.letter));
    for (const act of acts) {
      expect(known.has(act.letter)).toBe(true);
      expect(act.coefficient).toBeGreaterThan(0);
      expect(Number.isInteger(act.volume) && act.volume! > 0).toBe(true);
      expect(act.official).toBeGreaterThan(0);
    }
    expect(acts.filter((a) => a.market !== undefined).length).toBeGreaterThan(100);
    expect(acts.filter((a) => a.ceiling !== undefined).length).toBeGreaterThan(30);
  });

  it("gives each letter its own main centre of the district hospital, K, B, Z and D to the centres whose unit is their points", () => {
    const centres = new Map(DISTRICT_HOSPITAL.centres.map((c) => [c.code, c]));
    expect(new Set(letters.map((l) => l.centre)).size).toBe(letters.length);
    for (const { letter, centre } of letters) expect({ letter, kind: centres.get(centre)?.kind }).toEqual({ letter, kind: "main" });
    for (const letter of ["K", "B", "Z", "D"]) expect(centres.get(letters.find((l) => l.letter === letter)!.centre)?.unit?.en).toBe(`${letter} points`);
  });

  it("settles Σ coefficient × volume on the units the centre produced, for the letters that are the centre's unit", () => {
    for (const { letter, centre } of SETTLED_LETTERS) {
      const points = acts.filter((a) => a.letter === letter).reduce((sum, a) => sum + a.coefficient * a.volume!, 0);
      expect({ letter, points }).toEqual({ letter, points: DISTRICT_HOSPITAL.centres.find((c) => c.code === centre)!.units });
    }
  });
});

describe("published cases through the template's cells", () => {
  const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "cases", `${name}.json`), "utf8"));

  it("loan-constant-annuity-20000-5pct-4y: the loan sheet's schedule", () => {
    const { inputs, expected } = fixture("loan-constant-annuity-20000-5pct-4y");
    const data: ActsTariffsData = { ...NOMENCLATURE_SAMPLE, loan: { principal: inputs.principal, annualRate: inputs.annual_rate, years: inputs.periods, graceYears: 0, method: "annuity" } };
    const plan = actsTariffsTemplate("en", { sample: true, data });
    const evaluation = evaluatePlan(plan);
    const loan = sheetOf(plan, "loan");
    const schedule = resultOf(evaluation, loan, callOf(loan, "LOAN.SCHEDULE"));
    expect(schedule).toEqual(expected.schedule.map((r: Record<string, number>) => [r.period, r.opening, r.interest, r.principal, r.payment, r.closing]));
    expect(checksOf(plan, evaluation).every((c) => c.value === 0)).toBe(true);
  });

  it("icr-letter-key-cost-per-act: cost of a point and of a 72-point act on the letter-key and nomenclature sheets", () => {
    const { inputs, expected } = fixture("icr-letter-key-cost-per-act");
    const label = { fr: "Bloc", en: "Theatre" };
    const data: ActsTariffsData = {
      ...NOMENCLATURE_SAMPLE,
      letters: [{ letter: "K", centre: "BLOC", label, value: 8 }],
      // 72 points × 6 250 acts + 50 points × 1 000 acts = the 500 000 points the section produced.
      acts: [
        { code: "A72", label, letter: "K", coefficient: inputs.act_points, volume: 6_250, official: 576 },
        { code: "A50", label, letter: "K", coefficient: 50, volume: 1_000, official: 400 },
      ],
    };
    const plan = actsTariffsTemplate("fr", { sample: true, data, centreCosts: [{ code: "BLOC", label, unit: label, cost: inputs.total_cost_of_section, units: inputs.total_points_produced }] });
    const evaluation = evaluatePlan(plan);
    const letters = sheetOf(plan, "letters");
    const nomenclature = sheetOf(plan, "nomenclature");
    expect(resultOf(evaluation, letters, callOf(letters, "KEYCOST"))).toEqual([[expected.cost_per_point]]);
    expect(resultOf(evaluation, nomenclature, callOf(nomenclature, "ACTCOST.LETTER"))[0]).toEqual([expected.cost_of_act]);
    expect(checksOf(plan, evaluation).every((c) => c.value === 0)).toBe(true);
  });
});

it("combinePlans refuses two templates with the same sheet or table names", () => {
  const centres = costCentreTemplate("fr", { sample: true });
  expect(() => combinePlans("x", [centres, centres])).toThrow(/sheet named "Mode d'emploi"/);
  const renamed = { ...centres, sheets: centres.sheets.map((s) => ({ ...s, name: `${s.name} 2` })) };
  expect(() => combinePlans("x", [centres, renamed])).toThrow(/table named "tCentres"/);
});
