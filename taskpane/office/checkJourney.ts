import type { Journey, Problem } from "../../src/journeys/journey";
import { cellOfProblem } from "../../src/journeys/names";
import { inReadingOrder } from "../../src/journeys/problems";
import type { Language } from "../../src/excel/messages";
import type { RangeRef } from "../../src/workbook/plan";
import { readJourneyInputs } from "./journeyInputs";
import { readJourneyState } from "./journeyState";

/** A problem with the cell a click selects: its cell, row or range in the workbook (none when no input can be named). */
export interface PlacedProblem {
  problem: Problem;
  at?: RangeRef;
}

/** Reads every mapped input (and the settings) as they are now and lists every problem, in reading order, each placed in the workbook. */
export async function checkJourney(context: Excel.RequestContext, journey: Journey, lang: Language): Promise<PlacedProblem[]> {
  const state = await readJourneyState(context, journey);
  const inputs = await readJourneyInputs(context, journey, state, lang);
  return inReadingOrder(journey, journey.check(inputs.values)).map((problem) => {
    const range = problem.input === undefined ? undefined : (state.inputs[problem.input]?.ref ?? inputs.settingRefs[problem.input]);
    return { problem, at: range && cellOfProblem(range, problem) };
  });
}
