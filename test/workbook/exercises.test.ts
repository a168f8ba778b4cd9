import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePlanXlsx } from "../../scripts/xlsx";
import { readXlsx } from "../../scripts/xlsxRead";
import type { Cell, Range } from "../../src/excel/cells";
import * as sheet from "../../src/excel/sheetFunctions";
import { answerCells, Exercise, exercises, exerciseWorkbook } from "../../src/workbook/exercises/exercises";
import { markAnswers, score } from "../../src/workbook/exercises/marking";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { evaluatePlan, isErrorValue, PlanEvaluation } from "../../src/workbook/evaluate";
import { DISTRICT_HOSPITAL } from "../../src/workbook/samples/districtHospital";
import type { WorkbookPlan } from "../../src/workbook/plan";

/** The exercise workbooks: their published answers are what our functions compute from each workbook's own data; the marking. */

const byId = (id: string) => exercises().find((e) => e.id === id)!;
const built = (exercise: Exercise) => {
  const plan = exerciseWorkbook(exercise, "fr", { trainer: false });
  return { plan, evaluation: evaluatePlan(plan) };
};
const table = (plan: WorkbookPlan, evaluation: PlanEvaluation, name: string): Range => {
  const s = plan.sheets.find((x) => x.tables.some((t) => t.name === name))!;
  const t = s.tables.find((x) => x.name === name)!;
  return evaluation.read(s.name, `${t.at}:${String.fromCharCode(t.at.charCodeAt(0) + t.columns.length - 1)}${t.rows.length + 1}`).map((r) => r.map((v) => (isErrorValue(v) ? null : v))).slice(1);
};

/** The answers our functions give from the exercise's own data sheet, in question order. */
const ENGINE_ANSWERS: Record<string, (plan: WorkbookPlan, e: PlanEvaluation) => Cell[]> = {
  "phoenix-partners": (plan, e) => {
    const centres = table(plan, e, "tCentres");
    const keys = [[null, ...centres.map((r) => r[0])], ...table(plan, e, "tCles")];
    const col = (i: number) => centres.map((r) => [r[i]]);
    const direct = sheet.allocate(col(0), col(3), keys, "directe");
    const step = sheet.allocate(col(0), col(3), keys, "cascade", [["AS"], ["IS"]]);
    const flows = sheet.allocationFlows(col(0), col(3), keys, "cascade", [["AS"], ["IS"]]);
    return [direct[2][0], direct[3][0], (flows[1] as number[]).reduce((a, v) => a + v, 0), step[2][0], step[3][0]];
  },
  "prestations-reciproques": (plan, e) => {
    const centres = table(plan, e, "tCentres");
    const keys = [[null, ...centres.map((r) => r[0])], ...table(plan, e, "tCles")];
    const col = (i: number) => centres.map((r) => [r[i]]);
    const after = sheet.allocate(col(0), col(3), keys, "réciproque", null, 2);
    const flows = sheet.allocationFlows(col(0), col(3), keys, "réciproque", null, 2) as number[][];
    const total = (row: number[]) => Math.round(row.reduce((a, v) => a + v, 0) * 100) / 100;
    return [total(flows[0]), total(flows[1]), flows[0][1], after[2][0], after[3][0], after[4][0]];
  },
  "lettre-cle": (plan, e) => {
    const [[cost, points, act]] = table(plan, e, "tSection");
    const point = sheet.keyCost([["K"]], [[cost]], [["K"]], [[1]], [[points]]);
    return [point[0][0], sheet.actCost([["BLOC"]], point, [[null, "BLOC"], ["ACTE", act]])[0][0]];
  },
  "annuites-constantes": (plan, e) => {
    const [[principal, rate, years]] = table(plan, e, "tPret");
    const rows = sheet.loanSchedule(principal, rate, years) as number[][];
    return [rows[0][4], rows[1][2], rows[2][5], rows[3][2]];
  },
  "remboursement-consultation": (plan, e) => {
    const [[billed, tariff, rate, flat, cap]] = table(plan, e, "tConsultation") as number[][];
    const claim = [[46000, "M1", "CONSULT", 1, billed]];
    const [statutory] = sheet.claimsSettle(claim, [["CONSULT", tariff, "C"]], [["C", rate, flat, null, 1]], [["M1", null, null]]) as number[][];
    const covered = statutory[3] + flat;
    const [complementary] = sheet.claimsSettle(claim, [["CONSULT", tariff, "C"]], [["C", 1, 0, null, cap]], [["M1", null, null]], null, null, null, null, null, [[covered]]) as number[][];
    return [statutory[3], tariff - statutory[3] - flat, complementary[3], billed - statutory[3] - complementary[3]];
  },
  // The district hospital's answers, read from the cost-centre template itself calculated under each method.
  "hopital-de-district": () => {
    const results = (method: string) => {
      const template = costCentreTemplate("fr", { sample: true });
      const sheetPlan = template.sheets.find((s) => s.key === "results")!;
      sheetPlan.tables[0].rows[0][1] = method;
      const e = evaluatePlan(template);
      const row = (code: string) => 8 + DISTRICT_HOSPITAL.centres.findIndex((c) => c.code === code);
      return { e, at: (col: string, code: string) => e.read(sheetPlan.name, `${col}${row(code)}`)[0][0] as number, expenses: e.read(sheetPlan.name, "D41")[0][0] as number };
    };
    const step = results("cascade");
    const reciprocal = results("réciproque");
    return [step.expenses, step.at("D", "LABO"), step.at("E", "LABO"), step.at("H", "LABO"), step.at("H", "CHIR"), reciprocal.at("E", "BLOC"), reciprocal.at("H", "CHIR") - step.at("H", "CHIR")];
  },
  "fbr-verification": (plan, e) => {
    const lines = table(plan, e, "tIndicateurs").map((r) => ["FOSA", ...r]);
    const paid = sheet.pbfPayment(lines, 0.05) as number[][];
    return [paid[0][0] * 100, paid[0][1], paid[1][1]];
  },
};

describe.each(exercises().map((e) => [e.id, e]))("%s", (id, exercise) => {
  it("writes a participant's copy with the answers very hidden and a trainer's copy with them visible", () => {
    for (const trainer of [false, true]) {
      const plan = exerciseWorkbook(exercise, "en", { trainer });
      expect(plan.sheets.map((s) => s.key)).toEqual(["guide", ...exercise.data("en").map((s) => s.key), "answers", "key"]);
      expect(plan.sheets.find((s) => s.key === "key")!.visibility).toBe(trainer ? undefined : "veryHidden");
      const evaluation = evaluatePlan(plan);
      expect(evaluation.errors).toEqual([]);
      expect(evaluation.read("Answer key", `B2:B${exercise.questions.length + 1}`).map((r) => r[0])).toEqual(exercise.questions.map((q) => q.expected));
    }
    expect(answerCells(exercise, "fr")).toEqual({ kind: "range", sheet: "Réponses", ref: `D2:D${exercise.questions.length + 1}` });
  });

  if (ENGINE_ANSWERS[id]) {
    it("has for published answers what our functions compute from its own data", () => {
      const { plan, evaluation } = built(exercise);
      const marks = markAnswers(exercise, ENGINE_ANSWERS[id](plan, evaluation));
      expect(marks.filter((m) => m.result !== "right")).toEqual([]);
    });
  }
});

describe("marking", () => {
  const phoenix = byId("phoenix-partners");

  it("marks right within the tolerance, wrong beyond it, blank and unreadable answers apart", () => {
    const marks = markAnswers(phoenix, [1_120_000.4, 1_880_000.6, "2 550 000,00", null, "beaucoup"]);
    expect(marks.map((m) => m.result)).toEqual(["right", "wrong", "right", "blank", "not_a_number"]);
    expect(marks[1].difference).toBeCloseTo(0.6, 9);
    expect(score(marks)).toEqual({ right: 2, questions: 5 });
  });

  it.each([
    ["1,120,000.00", "right"],
    ["1.120.000,00", "right"],
    ["1 120 000", "right"],
    ["1120000,4", "right"],
    ["1,12", "wrong"],
    ["", "blank"],
    ["12 abc", "not_a_number"],
  ])("reads %s typed as text: %s", (text, result) => {
    expect(markAnswers(phoenix, [text])[0].result).toBe(result);
  });

  it("marks the district hospital's answers computed by the engine to the thousandth", () => {
    const district = byId("hopital-de-district");
    expect(markAnswers(district, district.questions.map((q) => Math.round(q.expected * 1000) / 1000)).every((m) => m.result === "right")).toBe(true);
    expect(markAnswers(district, district.questions.map((q) => q.expected + 1))[0].result).toBe("wrong");
  });
});

it("writes the answers' sheet very hidden in the participant's file, visible in the trainer's", async () => {
  const dir = mkdtempSync(join(tmpdir(), "hisab-exercise-"));
  try {
    for (const trainer of [false, true]) {
      const plan = exerciseWorkbook(byId("lettre-cle"), "fr", { trainer });
      await writePlanXlsx(plan, evaluatePlan(plan), join(dir, `${trainer}.xlsx`));
      const model = await readXlsx(readFileSync(join(dir, `${trainer}.xlsx`)));
      expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([["Énoncé", undefined], ["Données", undefined], ["Réponses", undefined], ["Corrigé", trainer ? undefined : "veryHidden"]]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
