import type { Language } from "../src/excel/messages";
import { templateNames, withRunRecords } from "../src/journeys/runRecordSheet";
import { costingWorkbook } from "../src/workbook/actsTariffs";
import { contractsTemplate } from "../src/workbook/contracts";
import { costCentreTemplate } from "../src/workbook/costCentres";
import { evaluatePlan, PlanEvaluation } from "../src/workbook/evaluate";
import type { WorkbookPlan } from "../src/workbook/plan";

/**
 * The workbooks `npm run demo` writes, as the pane leaves them: the template
 * with its journeys' defined names and, for a sample (calculated), the run
 * record of each journey. The tests build the same books (the headless audit
 * must find each of them clean).
 */

type Build = (lang: Language, options: { sample: boolean }) => WorkbookPlan;

export const DEMO_FILES: readonly { file: string; lang: Language; sample: boolean; build: Build }[] = [
  { file: "hisab-centres-de-couts.xlsx", lang: "fr", sample: true, build: costCentreTemplate },
  { file: "hisab-modele-centres-de-couts.xlsx", lang: "fr", sample: false, build: costCentreTemplate },
  { file: "hisab-cost-centres.xlsx", lang: "en", sample: true, build: costCentreTemplate },
  { file: "hisab-actes-et-tarifs.xlsx", lang: "fr", sample: true, build: costingWorkbook },
  { file: "hisab-acts-and-tariffs.xlsx", lang: "en", sample: true, build: costingWorkbook },
  { file: "hisab-contrats.xlsx", lang: "fr", sample: true, build: contractsTemplate },
  { file: "hisab-contracts.xlsx", lang: "en", sample: true, build: contractsTemplate },
];

export interface DemoBook {
  file: string;
  lang: Language;
  sample: boolean;
  plan: WorkbookPlan;
  evaluation: PlanEvaluation;
}

/** One demo workbook, its run records dated `run.at`. */
export function demoBook(spec: (typeof DEMO_FILES)[number], run: { at: string; version: string }): DemoBook {
  const template = spec.build(spec.lang, { sample: spec.sample });
  const plan = spec.sample ? withRunRecords(template, evaluatePlan(template), { ...run, lang: spec.lang }) : { ...template, names: templateNames(template) };
  return { file: spec.file, lang: spec.lang, sample: spec.sample, plan, evaluation: evaluatePlan(plan) };
}
