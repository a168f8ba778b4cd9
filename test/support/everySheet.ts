import { JOURNEYS } from "../../src/journeys";
import type { Journey, Settings } from "../../src/journeys/journey";
import { valuesCopy } from "../../src/journeys/valuesCopy";
import { LANGUAGES, Language } from "../../src/excel/messages";
import { actsTariffsTemplate, costingWorkbook } from "../../src/workbook/actsTariffs";
import { contractsTemplate } from "../../src/workbook/contracts";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { evaluatePlan, PlanEvaluation } from "../../src/workbook/evaluate";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { mappedValues } from "../journeys/support";

/**
 * Every workbook plan a user can get, computed: each template (sample and
 * empty, French and English; the acts alone and with the cost centres), each
 * journey's results on its template's ranges and their values-only copy.
 */
export interface ComputedPlan {
  name: string;
  plan: WorkbookPlan;
  evaluation: PlanEvaluation;
}

const TEMPLATES: Record<Journey["id"], (lang: Language, sample: boolean) => WorkbookPlan> = {
  costCentres: (lang, sample) => costCentreTemplate(lang, { sample }),
  actsTariffs: (lang, sample) => actsTariffsTemplate(lang, { sample }),
  contracts: (lang, sample) => contractsTemplate(lang, { sample }),
};

/** The settings a journey starts with on its template: the template's own cells where it maps them, the initial values otherwise. */
function templateSettings(journey: Journey, lang: Language, plan: WorkbookPlan): Settings {
  const mapping = journey.templateMapping(plan);
  return Object.fromEntries(journey.inputs.filter((i) => i.kind === "scalar").map((i) => [i.id, mapping[i.id] ?? i.initial?.(lang) ?? null]));
}

export function everyPlan(): ComputedPlan[] {
  const plans: ComputedPlan[] = [];
  for (const lang of LANGUAGES) {
    for (const sample of [true, false]) {
      const kind = `${lang} ${sample ? "sample" : "empty"}`;
      for (const [name, plan] of [
        ["costing", costingWorkbook(lang, { sample })],
        ["acts", actsTariffsTemplate(lang, { sample })],
        ["contracts", contractsTemplate(lang, { sample })],
      ] as const) {
        plans.push({ name: `${name} ${kind}`, plan, evaluation: evaluatePlan(plan) });
      }
    }
    for (const journey of JOURNEYS) {
      const template = TEMPLATES[journey.id](lang, true);
      const mapping = journey.templateMapping(template);
      const { outside } = mappedValues(template, mapping);
      const results = journey.results(lang, mapping, templateSettings(journey, lang, template));
      const evaluation = evaluatePlan(results.plan, outside);
      plans.push({ name: `${journey.id} journey ${lang}`, plan: results.plan, evaluation });
      const copy = valuesCopy(results.plan, evaluation, lang);
      plans.push({ name: `${journey.id} journey ${lang}, values-only copy`, plan: copy, evaluation: evaluatePlan(copy, outside) });
    }
  }
  return plans;
}
