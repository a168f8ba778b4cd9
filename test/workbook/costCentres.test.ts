import { LANGUAGES } from "../../src/excel/messages";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { evaluatePlan } from "../../src/workbook/evaluate";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { DISTRICT_HOSPITAL } from "../../src/workbook/samples/districtHospital";

/** The cost-centre template's structure, in both languages, with and without the sample. */

const variants = LANGUAGES.flatMap((lang) => [true, false].map((sample) => ({ lang, sample, plan: costCentreTemplate(lang, { sample }) })));
const shapeOf = (plan: WorkbookPlan) =>
  plan.sheets.map((s) => ({
    key: s.key,
    tables: s.tables.map((t) => ({ at: t.at, columns: t.columns.length, rows: t.rows.length })),
    formulas: s.formulas.map((f) => `${f.at} ${f.rows}×${f.cols} ${f.expr.kind === "call" ? f.expr.fn : f.expr.kind}`),
    labels: s.labels.map((l) => l.at),
  }));

describe.each(variants.map((v) => [`${v.lang}${v.sample ? " sample" : " empty"}`, v] as [string, (typeof variants)[number]]))("%s", (_, { lang, sample, plan }) => {
  it("has the same structure as the other language", () => {
    const other = costCentreTemplate(lang === "fr" ? "en" : "fr", { sample });
    expect(shapeOf(plan)).toEqual(shapeOf(other));
  });

  it("has unique table names and sheet names, and list validations Excel accepts", () => {
    const tables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(new Set(tables).size).toBe(tables.length);
    expect(new Set(plan.sheets.map((s) => s.name)).size).toBe(plan.sheets.length);
    for (const sheet of plan.sheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      for (const table of sheet.tables) {
        const headers = table.columns.map((c) => c.header.toLowerCase());
        expect(new Set(headers).size).toBe(headers.length);
        for (const column of table.columns) {
          if (column.validation?.kind !== "list") continue;
          expect(column.validation.values.join(",").length).toBeLessThanOrEqual(255);
          for (const v of column.validation.values) expect(v).not.toMatch(/[,"]/);
        }
      }
    }
  });

  it("names in the key tables the centres of the centre table, and in the expense lines the keys of the key table", () => {
    const [, centres, expenses, primaryKeys, secondaryKeys] = plan.sheets.map((s) => s.tables[0]);
    const codes = centres.rows.map((r) => r[0]).filter((c) => c !== null);
    expect(primaryKeys.columns.slice(1).map((c) => c.header)).toEqual(codes);
    expect(secondaryKeys.columns.slice(1).map((c) => c.header)).toEqual(codes);
    const keyNames = primaryKeys.rows.map((r) => r[0]).filter((k) => k !== null);
    for (const row of expenses.rows) if (row[3] !== null) expect(keyNames).toContain(row[3]);
    const supportCodes = secondaryKeys.rows.map((r) => r[0]).filter((c) => c !== null);
    const kinds = new Map(centres.rows.map((r) => [r[0], r[2]]));
    const supportWord = (centres.columns[2].validation as { values: string[] }).values[0];
    expect(supportCodes.every((c) => kinds.get(c) === supportWord)).toBe(true);
    expect(codes.filter((c) => kinds.get(c) === supportWord)).toEqual(supportCodes);
  });

  it("calculates: the sample without error and with zero conservation differences; the empty template's primary distribution to zeros", () => {
    const evaluation = evaluatePlan(plan);
    const results = plan.sheets.find((s) => s.key === "results")!;
    const checks = results.formulas.filter((f) => f.expr.kind === "call" && f.expr.fn === "ROUND");
    expect(checks).toHaveLength(2);
    const primary = results.formulas.find((f) => f.expr.kind === "call" && f.expr.fn === "PRIMARY")!;
    if (sample) {
      expect(evaluation.errors).toEqual([]);
      for (const check of checks) expect(evaluation.results.get(`${results.name}!${check.at}`)).toEqual([[0]]);
    } else {
      const values = evaluation.results.get(`${results.name}!${primary.at}`)!.flat();
      expect(values.every((v) => v === 0 || v === "")).toBe(true);
      // Until the secondary keys are filled, ALLOCATE says which key sums to zero.
      expect(evaluation.errors.every((e) => e.cause?.code === "keys_sum_to_zero")).toBe(true);
    }
  });
});

describe("the district hospital sample", () => {
  it("is a realistic district hospital: about 30 centres, support and main, 20–30 expense lines in cents at most", () => {
    const { centres, expenses, keys, secondaryKeys } = DISTRICT_HOSPITAL;
    expect(centres.length).toBeGreaterThanOrEqual(28);
    expect(centres.filter((c) => c.kind === "support").length).toBeGreaterThanOrEqual(6);
    expect(centres.filter((c) => c.kind === "main").every((c) => c.unit && (c.units ?? 0) > 0)).toBe(true);
    expect(expenses.length).toBeGreaterThanOrEqual(20);
    expect(expenses.length).toBeLessThanOrEqual(30);
    for (const e of expenses) expect(Math.round((e.amount ?? 0) * 100) / 100).toBe(e.amount);
    for (const e of expenses) expect(keys.map((k) => k.id)).toContain(e.key);
    expect(Object.keys(secondaryKeys)).toEqual(centres.filter((c) => c.kind === "support").map((c) => c.code));
  });

  it("has support centres serving each other (so the three methods differ)", () => {
    const support = new Set(Object.keys(DISTRICT_HOSPITAL.secondaryKeys));
    const crossServices = Object.entries(DISTRICT_HOSPITAL.secondaryKeys).flatMap(([from, drivers]) => Object.keys(drivers).filter((to) => to !== from && support.has(to)));
    expect(crossServices.length).toBeGreaterThan(10);
  });
});
