import type { Range } from "../engine/cell";
import type { Language } from "../excel/messages";
import { evaluatePlan, isErrorValue, PlanEvaluation } from "../workbook/evaluate";
import { areaRef } from "../workbook/formula";
import type { DefinedName, RangeRef, SheetPlan, Value, WorkbookPlan } from "../workbook/plan";
import { JOURNEYS } from "./index";
import { footprint } from "../workbook/footprint";
import type { Journey, KeyFigure, Mapping } from "./journey";
import { formatAddress, inputName, outputName } from "./names";
import { recordRows, RunRecord, stampInput } from "./runRecord";

/**
 * The run records of a calculated template, and the sheet that keeps them:
 * for each journey whose template the plan holds, where its inputs are (with
 * their fingerprints), its settings as their cells hold them, and its key
 * figures. The demo writes them into its workbooks, the pane beside the
 * results it computes, and the audit reads them back (audit/rules/runs.ts).
 */

const WORDS: Record<Language, { sheet: string; title: (journey: string) => string; inputs: string[] }> = {
  fr: { sheet: "Journal des calculs", title: (journey) => `Journal du calcul : ${journey}`, inputs: ["Adresse", "Lignes", "Colonnes", "Empreinte"] },
  en: { sheet: "Run record", title: (journey) => `Run record: ${journey}`, inputs: ["Address", "Rows", "Columns", "Fingerprint"] },
};

/** The records of every journey whose template `plan` holds, as calculated in `evaluation`. */
export function templateRunRecords(plan: WorkbookPlan, evaluation: PlanEvaluation, run: { at: string; version: string; lang: Language }): RunRecord[] {
  return JOURNEYS.flatMap((journey) => {
    let mapping: Mapping;
    try {
      mapping = journey.templateMapping(plan);
    } catch {
      return []; // not this journey's template
    }
    if (Object.keys(mapping).length === 0) return [];
    const read = (ref: RangeRef): Range => evaluation.read(ref.sheet!, ref.ref).map((row) => row.map((v) => (isErrorValue(v) ? v.error : v)));
    const scalar = (id: string) => journey.inputs.find((input) => input.id === id)?.kind === "scalar";
    const inputs = Object.entries(mapping).flatMap(([id, ref]) => (ref && !scalar(id) ? [stampInput(id, formatAddress(ref), read(ref))] : []));
    const settings: Record<string, Value> = {};
    for (const input of journey.inputs.filter((i) => i.kind === "scalar")) {
      const ref = mapping[input.id] ?? settingRef(journey, plan, input.id);
      if (ref) settings[input.id] = read(ref)[0][0] ?? null;
    }
    const totals = Object.fromEntries(keyFigures(journey, plan, evaluation, mapping, run.lang).flatMap((figure) => (typeof figure.value === "number" ? [[figure.label, figure.value]] : [])));
    return [{ run: journey.id, at: run.at, version: run.version, inputs, settings, totals }];
  });
}

/**
 * The journey's key figures on the template's data: read from the template's
 * own results when they are the journey's (the cost centres), else from the
 * journey's results sheets calculated on the template's cells, as the pane does.
 */
function keyFigures(journey: Journey, plan: WorkbookPlan, evaluation: PlanEvaluation, mapping: Mapping, lang: Language): KeyFigure[] {
  const settings = Object.fromEntries(journey.inputs.flatMap((input) => (input.kind === "scalar" && mapping[input.id] ? [[input.id, mapping[input.id]!]] : [])));
  const results = journey.results(lang, mapping, settings);
  if (journey.templateOutputs.length > 0) return results.keyFigures(evaluation);
  const own = new Set(results.plan.sheets.map((s) => s.name));
  const outside = plan.sheets.filter((s) => !own.has(s.name)).map((sheet) => {
    const area = footprint(sheet);
    return { sheet: sheet.name, at: areaRef({ ...area, rows: 1, cols: 1 }), rows: evaluation.read(sheet.name, areaRef(area)) };
  });
  return results.keyFigures(evaluatePlan(results.plan, outside));
}

/** The results cell of a setting the template keeps on one of its own sheets (the cost centres' method). */
function settingRef(journey: Journey, plan: WorkbookPlan, id: string): RangeRef | undefined {
  const cell = journey.settingCells[id];
  const sheet = cell && plan.sheets.find((s) => s.key === cell.sheet);
  return sheet ? { kind: "range", sheet: sheet.name, ref: cell.at } : undefined;
}

/**
 * What the pane records when it inserts a template (recordJourney.ts): one
 * defined name per input of each journey whose template the plan holds, and
 * one per results sheet that is the journey's own.
 */
export function templateNames(plan: WorkbookPlan): DefinedName[] {
  return JOURNEYS.flatMap((journey) => {
    let mapping: Mapping;
    try {
      mapping = journey.templateMapping(plan);
    } catch {
      return [];
    }
    const inputs = Object.entries(mapping).flatMap(([id, ref]) => (ref ? [{ name: inputName(journey, id), refersTo: ref }] : []));
    const outputs = plan.sheets.filter((sheet) => journey.templateOutputs.includes(sheet.key)).map((sheet) => ({ name: outputName(journey, sheet.key, "formulas"), refersTo: { kind: "range" as const, sheet: sheet.name, ref: areaRef(footprint(sheet)) } }));
    return [...inputs, ...outputs];
  });
}

/** A calculated template as the pane leaves it once computed: its journeys' names, and their run records on a sheet of their own. */
export function withRunRecords(plan: WorkbookPlan, evaluation: PlanEvaluation, run: { at: string; version: string; lang: Language }): WorkbookPlan {
  const records = templateRunRecords(plan, evaluation, run);
  return { ...plan, sheets: records.length > 0 ? [...plan.sheets, runRecordSheet(run.lang, records)] : plan.sheets, names: [...(plan.names ?? []), ...templateNames(plan)] };
}

/** The sheet that keeps the records, one block per record, a blank row between them. */
export function runRecordSheet(lang: Language, records: readonly RunRecord[]): SheetPlan {
  const words = WORDS[lang];
  let row = 0;
  const values = records.map((record) => {
    const journey = JOURNEYS.find((j) => j.id === record.run);
    const rows = recordRows(record, { title: words.title(journey?.title[lang] ?? record.run), inputs: words.inputs });
    const block = { at: `A${row + 1}`, rows };
    row += rows.length + 1;
    return block;
  });
  return { key: "runRecord", name: words.sheet, tables: [], labels: [], formulas: [], values, columnWidths: { A: 28, B: 44, C: 24, D: 12, E: 20 } };
}
