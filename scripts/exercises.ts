import { join } from "node:path";
import type { Language } from "../src/excel/messages";
import { evaluatePlan } from "../src/workbook/evaluate";
import { exercises, exerciseWorkbook } from "../src/workbook/exercises/exercises";
import type { WorkbookPlan } from "../src/workbook/plan";
import { selfTestWorkbook } from "../src/workbook/selfTest";
import { writePlanXlsx } from "./xlsx";

/**
 * `npm run exercises`: the training workbooks, in French (demo/out/exercices/)
 * and English (demo/out/exercises/): for each exercise the participant's copy
 * (answers on a very hidden sheet) and the trainer's copy (answers visible),
 * and the "verify my installation" workbook.
 */

const OUT = join(__dirname, "..", "demo", "out");
const FOLDERS: Record<Language, { dir: string; trainer: string; selfTest: string }> = {
  fr: { dir: "exercices", trainer: "corrige", selfTest: "hisab-verifier-installation.xlsx" },
  en: { dir: "exercises", trainer: "answer-key", selfTest: "hisab-verify-installation.xlsx" },
};

async function write(plan: WorkbookPlan, path: string): Promise<void> {
  await writePlanXlsx(plan, evaluatePlan(plan), join(OUT, path));
  console.log(`wrote demo/out/${path}`);
}

async function main(): Promise<void> {
  for (const lang of ["fr", "en"] as const) {
    const { dir, trainer, selfTest } = FOLDERS[lang];
    for (const exercise of exercises()) {
      await write(exerciseWorkbook(exercise, lang, { trainer: false }), `${dir}/${exercise.id}.xlsx`);
      await write(exerciseWorkbook(exercise, lang, { trainer: true }), `${dir}/${exercise.id}-${trainer}.xlsx`);
    }
    await write(selfTestWorkbook(lang), selfTest);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
