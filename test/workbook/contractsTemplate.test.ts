import { LANGUAGES, Language } from "../../src/excel/messages";
import { CONTRACT_PARTS, CONTRACTS_SAMPLE, contractsTemplate } from "../../src/workbook/contracts";
import { evaluatePlan, Grid, PlanEvaluation } from "../../src/workbook/evaluate";
import { parseRef } from "../../src/workbook/formula";
import type { FormulaCell, SheetPlan, WorkbookPlan } from "../../src/workbook/plan";

/** The contract template: its structure in both languages, the sample calculated, the mess of the sample reported line by line. */

const variants = LANGUAGES.flatMap((lang) => [true, false].map((sample) => ({ lang, sample, plan: contractsTemplate(lang, { sample }) })));
const evaluations = new Map(variants.map((v) => [v.plan, evaluatePlan(v.plan)]));

const shapeOf = (plan: WorkbookPlan) =>
  plan.sheets.map((s) => ({
    key: s.key,
    tables: s.tables.map((t) => ({ at: t.at, columns: t.columns.length, rows: t.rows.length })),
    formulas: s.formulas.map((f) => `${f.at} ${f.rows}×${f.cols} ${f.expr.kind === "call" ? f.expr.fn : f.expr.kind}`),
    labels: s.labels.map((l) => l.at),
    charts: (s.charts ?? []).map((c) => `${c.at} ${c.series.length}`),
  }));

const sheetOf = (plan: WorkbookPlan, key: string): SheetPlan => plan.sheets.find((s) => s.key === key)!;
const formulaOf = (plan: WorkbookPlan, fn: string): { sheet: SheetPlan; formula: FormulaCell } => {
  for (const sheet of plan.sheets) for (const formula of sheet.formulas) if (formula.expr.kind === "call" && formula.expr.fn === fn) return { sheet, formula };
  throw new Error(`no ${fn}`);
};
const resultOf = (plan: WorkbookPlan, evaluation: PlanEvaluation, fn: string): Grid => {
  const { sheet, formula } = formulaOf(plan, fn);
  return evaluation.results.get(`${sheet.name}!${formula.at}`)!;
};

describe.each(variants.map((v) => [`${v.lang}${v.sample ? " sample" : " empty"}`, v] as const))("%s", (_, { lang, sample, plan }) => {
  it("has the same structure as the other language", () => {
    expect(shapeOf(plan)).toEqual(shapeOf(contractsTemplate(lang === "fr" ? "en" : "fr", { sample })));
  });

  it("has unique sheet and table names, short sheet names, unique headers and list validations Excel accepts", () => {
    const tables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(new Set(tables).size).toBe(tables.length);
    expect(new Set(plan.sheets.map((s) => s.name.toLowerCase())).size).toBe(plan.sheets.length);
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

  it("writes every cell once: labels, tables, spills and charts never overlap", () => {
    const collisions: string[] = [];
    for (const sheet of plan.sheets) {
      const taken = new Map<number, string>();
      const take = (ref: string, what: string) => {
        const { top, left, rows, cols } = parseRef(ref);
        for (let r = top; r < top + rows; r++)
          for (let c = left; c < left + cols; c++) {
            const before = taken.get(r * 1_000 + c);
            if (before) collisions.push(`${sheet.name} row ${r + 1} column ${c + 1}: ${what} over ${before}`);
            taken.set(r * 1_000 + c, what);
          }
      };
      sheet.labels.forEach((l) => take(l.at, `label ${l.text}`));
      sheet.tables.forEach((t) => take(`${t.at}:${bottomRight(t.at, t.rows.length + 1, t.columns.length)}`, `table ${t.name}`));
      sheet.formulas.forEach((f) => take(`${f.at}:${bottomRight(f.at, f.rows, f.cols)}`, `formula ${f.at}`));
      for (const chart of sheet.charts ?? []) take(chart.at, `chart ${chart.title}`);
    }
    expect(collisions).toEqual([]);
  });

  it("calculates without error, every check at 0", () => {
    const evaluation = evaluations.get(plan)!;
    expect(evaluation.errors).toEqual([]);
    const checks = plan.sheets.flatMap((s) => s.formulas.filter((f) => f.expr.kind === "call" && f.expr.fn === "ROUND").map((f) => ({ at: `${s.name}!${f.at}`, value: evaluation.results.get(`${s.name}!${f.at}`)![0][0] })));
    expect(checks).toHaveLength(10);
    for (const check of checks) if (!(typeof check.value === "object" && check.value !== null)) expect(check).toEqual({ at: check.at, value: 0 });
  });
});

it("builds any selection of parts, each calculating as in the whole workbook", () => {
  const whole = variants.find((v) => v.lang === "en" && v.sample)!.plan;
  const wholeEvaluation = evaluations.get(whole)!;
  for (const part of CONTRACT_PARTS) {
    const plan = contractsTemplate("en", { sample: true, parts: [part] });
    expect(plan.sheets[0].key).toBe("guide");
    const evaluation = evaluatePlan(plan);
    expect(evaluation.errors).toEqual([]);
    for (const sheet of plan.sheets.slice(1)) for (const f of sheet.formulas) expect(evaluation.results.get(`${sheet.name}!${f.at}`)).toEqual(wholeEvaluation.results.get(`${sheet.name}!${f.at}`));
  }
  expect(contractsTemplate("fr", { sample: true, parts: ["twinning", "pbf"] }).sheets.map((s) => s.key)).toEqual(["guide", "pbf", "twinning"]);
});

function bottomRight(at: string, rows: number, cols: number): string {
  const { top, left } = parseRef(at);
  const letters = (n: number): string => (n < 0 ? "" : letters(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26)));
  return `${letters(left + cols - 1)}${top + rows}`;
}

describe.each(LANGUAGES)("the fee-for-service sample (%s)", (lang: Language) => {
  const plan = variants.find((v) => v.lang === lang && v.sample)!.plan;
  const evaluation = evaluations.get(plan)!;
  const ffs = CONTRACTS_SAMPLE.feeForService;
  const lines = resultOf(plan, evaluation, "CONTRACT.LINES");
  const balance = resultOf(plan, evaluation, "CONTRACT.BALANCE").map((r) => r[0] as number);
  const [billed, dueBefore, envelope, due, advances, owed, accepted, flagged, rejected] = balance;

  it("gives each planted line of the export the status it was planted for", () => {
    expect(ffs.planted.length).toBeGreaterThanOrEqual(30);
    for (const p of ffs.planted) expect({ row: p.row, why: p.why, status: lines[p.row][0] }).toEqual({ row: p.row, why: p.why, status: p.status });
    const planted = new Set(ffs.planted.map((p) => p.status));
    for (const status of ["OK", "PRICE_DIFFERS", "UNKNOWN_CODE", "OUT_OF_PERIOD", "DUPLICATE", "BAD_DATE", "BAD_QUANTITY", "BAD_PRICE"]) expect(planted).toContain(status);
  });

  it("has every other line OK except the haemodialysis sessions past the volume ceiling", () => {
    const planted = new Set(ffs.planted.map((p) => p.row));
    const others = lines.map((row, i) => ({ status: row[0], code: ffs.activity[i][1] })).filter((_, i) => !planted.has(i));
    const over = others.filter((l) => l.status === "OVER_CEILING");
    expect(over.length).toBeGreaterThan(5);
    expect(new Set(over.map((l) => l.code))).toEqual(new Set(["HEMO-SEANCE"]));
    expect(others.every((l) => l.status === "OK" || l.status === "OVER_CEILING")).toBe(true);
    const dialysis = ffs.lines.findIndex((l) => l.ceiling !== undefined);
    expect(resultOf(plan, evaluation, "CONTRACT.RECONCILE")[dialysis][1]).toBe(ffs.lines[dialysis].ceiling);
  });

  it("foots: the envelope binds, balance = due − advances, every line counted once", () => {
    expect(dueBefore).toBeGreaterThan(envelope);
    expect(due).toBe(envelope);
    expect(billed).toBeGreaterThan(dueBefore);
    expect(advances).toBeCloseTo(ffs.advances.reduce((a, x) => a + x.amount, 0), 6);
    expect(Math.round((due - advances) * 100)).toBe(Math.round(owed * 100));
    expect(accepted + flagged + rejected).toBe(ffs.activity.length);
  });

  it("splits the amount due by month exactly: each month is the lines dated in it", () => {
    const balanceSheet = sheetOf(plan, "balance");
    const months = balanceSheet.formulas.filter((f) => f.expr.kind === "call" && f.expr.fn === "EDATE").map((f) => evaluation.results.get(`${balanceSheet.name}!${f.at}`)![0][0] as number);
    const sumifs = balanceSheet.formulas.filter((f) => f.expr.kind === "call" && f.expr.fn === "SUMIFS");
    const monthDue = sumifs.filter((_, i) => i % 2 === 0).map((f) => evaluation.results.get(`${balanceSheet.name}!${f.at}`)![0][0] as number);
    expect(months).toHaveLength(12);
    const expected = months.map((start, m) => {
      const end = m + 1 < months.length ? months[m + 1] : start + 31;
      return ffs.activity.reduce((a, row, i) => (typeof row[0] === "number" && row[0] >= start && row[0] < end ? a + (lines[i][2] as number) : a), 0);
    });
    monthDue.forEach((v, m) => expect(v).toBeCloseTo(expected[m], 6));
    expect(monthDue.reduce((a, b) => a + b, 0)).toBeCloseTo(dueBefore, 6);
  });
});

describe("the samples", () => {
  const { feeForService: ffs, pbf, mutual, twinning } = CONTRACTS_SAMPLE;
  const toCents = (x: number, decimals: number) => Math.abs(Math.round(x * 10 ** decimals) - x * 10 ** decimals) < 1e-6;

  it("are a regional hospital's year with the social-security fund: 40–80 acts, a few thousand lines, amounts to the centime", () => {
    expect(ffs.lines.length).toBeGreaterThanOrEqual(40);
    expect(ffs.lines.length).toBeLessThanOrEqual(80);
    expect(ffs.activity.length).toBeGreaterThan(2_000);
    expect(ffs.activity.length).toBeLessThanOrEqual(5_000);
    expect(ffs.currency).toEqual({ code: "DZD", decimals: 2 });
    for (const l of ffs.lines) expect(toCents(l.price!, 2)).toBe(true);
    expect(ffs.advances.length).toBeGreaterThanOrEqual(12);
  });

  it("PBF: ten facilities × twelve indicators in XAF, some gaps over 5%", () => {
    expect(pbf.facilities.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(pbf.indicators).length).toBeGreaterThanOrEqual(12);
    expect(pbf.currency).toEqual({ code: "XAF", decimals: 0 });
    const gaps = pbf.lines.filter(([, , declared, verified]) => typeof verified === "number" && verified > 0 && Math.abs((declared as number) - verified) / verified > 0.05);
    expect(gaps.length).toBeGreaterThanOrEqual(5);
    for (const line of pbf.lines) expect(Number.isInteger(line[5])).toBe(true);
  });

  it("mutuelle: about 200 beneficiaries and 1,000 claims in XOF, meeting every rule", () => {
    expect(mutual.members.length).toBeGreaterThanOrEqual(180);
    expect(mutual.claims.length).toBeGreaterThanOrEqual(900);
    expect(mutual.currency).toEqual({ code: "XOF", decimals: 0 });
    const plan = contractsTemplate("en", { sample: true, parts: ["mutual"] });
    const reasons = resultOf(plan, evaluatePlan(plan), "CLAIMS.SETTLE").flatMap((row) => String(row[5]).split(", "));
    for (const reason of ["PRICE", "DEDUCTIBLE", "RATE", "COPAY", "OTHER_PAYER", "CATEGORY_CEILING", "GENERAL_CEILING", "UNKNOWN_ACT", "UNKNOWN_MEMBER", "OUT_OF_PERIOD", "WAITING_PERIOD", "CONTRIBUTIONS_DUE"]) expect(reasons).toContain(reason);
  });

  it("twinning: a year of services both ways between a CHU and an EPH", () => {
    const providers = new Set(twinning.lines.map((l) => l[1]));
    expect(providers).toEqual(new Set([twinning.hospitalA, twinning.hospitalB]));
    for (const costs of Object.values(twinning.unitCosts)) for (const cost of Object.values(costs)) expect(toCents(cost, 2)).toBe(true);
  });

  it("are generated the same on every run", () => {
    let again: unknown;
    jest.isolateModules(() => {
      again = (require("../../src/workbook/contracts") as typeof import("../../src/workbook/contracts")).CONTRACTS_SAMPLE;
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(CONTRACTS_SAMPLE));
  });
});
