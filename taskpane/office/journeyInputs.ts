import type { Cell } from "../../src/excel/cells";
import type { InputValues, Journey, Settings } from "../../src/journeys/journey";
import type { Language } from "../../src/excel/messages";
import type { OutsideCells } from "../../src/workbook/evaluate";
import { cellAddress, parseRef } from "../../src/workbook/formula";
import type { RangeRef, Value } from "../../src/workbook/plan";
import type { JourneyState } from "./journeyState";
import { readRanges } from "./readRanges";

/**
 * A journey's inputs as they are now: the values of every mapped range
 * (read in chunks), and each setting: the user's own cell when one is mapped
 * (the results copy it), else the value in the results' settings cell the
 * user may have changed, else its initial value.
 */
export interface JourneyInputs {
  values: InputValues;
  settings: Settings;
  /** The mapped ranges as the cells the results read outside their own sheets (to compute with the engine). */
  outside: OutsideCells[];
  /** Where each setting not mapped sits today, in the results (for a problem's link). */
  settingRefs: Partial<Record<string, RangeRef>>;
}

export async function readJourneyInputs(context: Excel.RequestContext, journey: Journey, state: JourneyState, lang: Language): Promise<JourneyInputs> {
  const mapped = journey.inputs.filter((input) => state.inputs[input.id]);
  const settingRefs: Partial<Record<string, RangeRef>> = {};
  for (const input of journey.inputs) {
    const cell = journey.settingCells[input.id];
    const owned = cell && state.outputs.find((o) => o.kind === "formulas" && o.key === cell.sheet);
    if (input.kind === "scalar" && !state.inputs[input.id] && owned && inside(cell.at, owned.area)) settingRefs[input.id] = { kind: "range", sheet: owned.sheet, ref: cell.at };
  }
  const settingIds = Object.keys(settingRefs);
  const read = await readRanges(context, [...mapped.map((input) => state.inputs[input.id]!.ref), ...settingIds.map((id) => settingRefs[id]!)], "values");

  const values: InputValues = {};
  const outside: OutsideCells[] = [];
  mapped.forEach((input, i) => {
    const ref = state.inputs[input.id]!.ref;
    values[input.id] = read[i];
    outside.push({ sheet: ref.sheet!, at: cellAddress(parseRef(ref.ref).top, parseRef(ref.ref).left), rows: read[i].map((row) => row.map(asValue)) });
  });
  const kept = new Map(settingIds.map((id, i) => [id, asValue(read[mapped.length + i][0][0])]));
  const settings: Settings = {};
  for (const input of journey.inputs.filter((i) => i.kind === "scalar")) {
    const ref = state.inputs[input.id]?.ref;
    const value = kept.has(input.id) ? kept.get(input.id)! : (input.initial?.(lang) ?? null);
    settings[input.id] = ref ?? value;
    if (!ref) values[input.id] = [[value]];
  }
  return { values, settings, outside, settingRefs };
}

const asValue = (cell: Cell): Value => (cell === undefined ? null : cell);

function inside(at: string, area: { top: number; left: number; rows: number; cols: number }): boolean {
  const { top, left } = parseRef(at);
  return top >= area.top && top < area.top + area.rows && left >= area.left && left < area.left + area.cols;
}
