import type { Journey, Mapping } from "../../src/journeys/journey";
import { inputOfName, OutputKind, outputOfName, parseAddress } from "../../src/journeys/names";
import { parseRef } from "../../src/workbook/formula";
import type { RangeRef } from "../../src/workbook/plan";
import type { OwnedArea } from "./insertPlan";

/**
 * What the workbook says about a journey, from its defined names: where
 * each input is (and what the name refers to, e.g. =tCentres[Code], which
 * Excel keeps following as the table grows), and which areas of which sheets
 * hold its results. A name whose sheet was deleted (#REF!) counts as absent.
 */

export interface MappedInput {
  ref: RangeRef;
  /** What the defined name refers to, as Excel shows it in the Name Manager. */
  formula: string;
}

export interface OwnedOutput extends OwnedArea {
  /** Key of the results sheet in the journey's plan. */
  key: string;
  kind: OutputKind;
}

export interface JourneyState {
  inputs: Partial<Record<string, MappedInput>>;
  outputs: OwnedOutput[];
}

export const mappingOf = (state: JourneyState): Mapping => Object.fromEntries(Object.entries(state.inputs).map(([id, input]) => [id, input!.ref]));

export async function readJourneyState(context: Excel.RequestContext, journey: Journey): Promise<JourneyState> {
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const ours = names.items
    .filter((item) => item.name.toUpperCase().startsWith(`${journey.prefix}_`))
    .map((item) => ({ name: item.name, item: item.load("formula"), range: item.getRangeOrNullObject().load("address") }));
  await context.sync();
  const state: JourneyState = { inputs: {}, outputs: [] };
  for (const { name, item, range } of ours) {
    const ref = range.isNullObject ? undefined : parseAddress(range.address);
    if (!ref) continue;
    const input = inputOfName(journey, name);
    const output = outputOfName(journey, name);
    if (input) state.inputs[input] = { ref, formula: item.formula };
    else if (output) state.outputs.push({ ...output, sheet: ref.sheet!, area: parseRef(ref.ref) });
  }
  return state;
}
