import { auditWorkbook } from "../../src/journeys/audit/audit";
import { modelOfPlan, Workbook } from "../../src/journeys/audit/model";
import { recompute } from "../../src/journeys/audit/recompute";
import { LANGUAGES } from "../../src/excel/messages";
import { evaluatePlan } from "../../src/workbook/evaluate";
import type { Expr } from "../../src/workbook/plan";
import { selfTestSheet, selfTestWorkbook } from "../../src/workbook/selfTest";
import { expectHyperFormulaAgrees } from "../support/planComparison";

/** The "verify my installation" sheet: every published answer obtained by our functions, pass/fail as native formulas, #NAME? told apart. */

describe.each(LANGUAGES)("in %s", (lang) => {
  const plan = selfTestWorkbook(lang);
  const sheet = plan.sheets[0];
  const evaluation = evaluatePlan(plan);
  const column = (col: string) => evaluation.read(sheet.name, `${col}8:${col}22`).map((r) => r[0]);

  it("passes every check with the functions as the engine computes them, and says so", () => {
    expect(evaluation.errors).toEqual([]);
    expect(new Set(column("G"))).toEqual(new Set(["OK"]));
    expect(evaluation.read(sheet.name, "A4")[0][0]).toMatch(/^(Les 15 contrôles sont justes|All 15 checks pass)/);
  });

  it("calculates the same in a real spreadsheet engine, from the formulas as typed", () => {
    expect(expectHyperFormulaAgrees(plan, evaluation)).toBe(31);
  });

  it("tells functions that are not registered (#NAME?) from a wrong result, and says what to do", () => {
    const model = modelOfPlan(plan, evaluation);
    const cells = model.sheets[0].cells;
    for (const cell of cells.filter((c) => c.col === 4 && c.row >= 7 && c.row <= 21)) cell.value = { error: "#NAME?" };
    const expected = cells.find((c) => c.col === 3 && c.row === 7)!;
    const natives = recompute(new Workbook(model));
    const verdicts = natives.filter((f) => f.cell.col === 6).map((f) => f.recomputed![0][0]);
    expect(new Set(verdicts)).toEqual(new Set([lang === "fr" ? "#NOM? : fonctions non chargées" : "#NAME?: functions not loaded"]));
    expect(expected.value).toBe(1_120_000);
    // The summary reads the verdicts as saved: with them all "not loaded", it gives the guidance.
    for (const f of natives.filter((f) => f.cell.col === 6)) cells.find((c) => c.row === f.cell.row && c.col === 6)!.value = f.recomputed![0][0] as string;
    const summary = recompute(new Workbook(model)).find((f) => f.cell.row === 3 && f.cell.col === 0)!.recomputed![0][0];
    expect(summary).toMatch(/Ctrl\+Alt\+F9/);
    const report = auditWorkbook(model, { source: "file" });
    expect(report.findings.filter((f) => f.code === "not_registered")).toHaveLength(15);
  });

  it("fails a check whose result is not the published one", () => {
    const wrong = { ...plan, sheets: [{ ...sheet, values: sheet.values!.map((b, i) => (i === 1 ? { ...b, rows: [[1_120_001], ...b.rows.slice(1)] } : b)) }] };
    const e = evaluatePlan(wrong);
    expect(e.read(sheet.name, "G8")[0][0]).toBe(lang === "fr" ? "ÉCHEC" : "FAIL");
    expect(e.read(sheet.name, "A4")[0][0]).toMatch(/^(Au moins un contrôle échoue|At least one check fails)/);
  });

  it("is clean for the audit: only the note that it has no run record", () => {
    expect(auditWorkbook(modelOfPlan(plan, evaluation), { source: "file" }).findings.map((f) => f.code)).toEqual(["no_run_record"]);
  });

  it("keeps every text of its formulas within Excel's 255 characters", () => {
    const texts = (e: Expr): string[] => (e.kind === "text" ? [e.value] : e.kind === "call" ? e.args.flatMap(texts) : e.kind === "binary" ? [...texts(e.left), ...texts(e.right)] : []);
    const all = selfTestSheet(lang).formulas.flatMap((f) => texts(f.expr));
    expect(all.length).toBeGreaterThan(30);
    for (const text of all) expect(text.length).toBeLessThanOrEqual(255);
  });
});
