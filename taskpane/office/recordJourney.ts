import type { Journey } from "../../src/journeys/journey";
import { footprint } from "../../src/workbook/footprint";
import { nameReference, OutputKind, outputName } from "../../src/journeys/names";
import type { Language } from "../../src/excel/messages";
import { areaRef } from "../../src/workbook/formula";
import type { WorkbookPlan } from "../../src/workbook/plan";
import type { OwnedOutput } from "./journeyState";
import { nameKey } from "./names";
import { saveMapping } from "./saveMapping";

/** Records a journey in the workbook's defined names: the areas its results own, and, for an inserted template, where its inputs are. */

const OUTPUT_COMMENT: Record<Language, (journey: string, kind: OutputKind) => string> = {
  fr: (journey, kind) => `Hisab Santé, ${journey} : ${kind === "formulas" ? "résultats" : "copie en valeurs"} ; relancer le calcul réécrit cette zone.`,
  en: (journey, kind) => `Hisab Santé, ${journey}: ${kind === "formulas" ? "results" : "values-only copy"}; computing again rewrites this area.`,
};

/** One defined name per results sheet, over the area it owns (replacing the name of an earlier run). */
export async function recordOutputs(context: Excel.RequestContext, journey: Journey, lang: Language, outputs: readonly OwnedOutput[]): Promise<void> {
  if (outputs.length === 0) return;
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const existing = new Set(names.items.map((item) => nameKey(item.name)));
  for (const output of outputs) {
    const name = outputName(journey, output.key, output.kind);
    if (existing.has(nameKey(name))) names.getItem(name).delete();
    names.add(name, nameReference({ kind: "range", sheet: output.sheet, ref: areaRef(output.area) }), OUTPUT_COMMENT[lang](journey.title[lang], output.kind));
  }
  await context.sync();
}

/**
 * A template just inserted becomes the journey's: its input ranges mapped
 * (inputs it lacks are unmapped) and its results sheets, if the journey's
 * results are the template's own, recorded as the journey's outputs.
 * `sheets` are the names the sheets got, in plan order.
 */
export async function recordTemplate(context: Excel.RequestContext, journey: Journey, plan: WorkbookPlan, sheets: readonly string[], lang: Language): Promise<void> {
  const finalName = new Map(plan.sheets.map((sheet, i) => [sheet.name, sheets[i]]));
  const mapping = journey.templateMapping(plan);
  const choices = Object.fromEntries(
    journey.inputs.map((input) => {
      const ref = mapping[input.id];
      return [input.id, ref && nameReference({ ...ref, sheet: finalName.get(ref.sheet!) ?? ref.sheet })];
    }),
  );
  await saveMapping(context, journey, choices, lang);
  const outputs = plan.sheets.flatMap((sheet, i): OwnedOutput[] => (journey.templateOutputs.includes(sheet.key) ? [{ key: sheet.key, kind: "formulas", sheet: sheets[i], area: footprint(sheet) }] : []));
  await recordOutputs(context, journey, lang, outputs);
}
