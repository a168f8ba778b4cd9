import type { Journey } from "../../src/journeys/journey";
import { inputName } from "../../src/journeys/names";
import type { Language } from "../../src/excel/messages";
import { nameKey } from "./names";

/**
 * Records where each input of a journey is, as workbook-scoped defined
 * names an auditor sees in the Name Manager (HISAB_CC_CENTRES…), with a
 * comment saying what they are. `choices` gives, per input, what its name
 * refers to ("=tCentres[Code]", "=Feuil1!$B$2:$B$40"), or undefined to drop
 * it; inputs not in `choices` keep their names.
 */
export async function saveMapping(context: Excel.RequestContext, journey: Journey, choices: Partial<Record<string, string>>, lang: Language): Promise<void> {
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const existing = new Set(names.items.map((item) => nameKey(item.name)));
  for (const input of journey.inputs) {
    if (!(input.id in choices)) continue;
    const name = inputName(journey, input.id);
    if (existing.has(nameKey(name))) names.getItem(name).delete();
    const formula = choices[input.id];
    if (formula !== undefined) names.add(name, formula, `${journey.title[lang]}: ${input.label[lang]} (Hisab Santé)`);
  }
  await context.sync();
}
