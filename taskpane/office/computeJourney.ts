import { footprint, outside } from "../../src/workbook/footprint";
import type { Journey, KeyFigure } from "../../src/journeys/journey";
import type { OutputKind } from "../../src/journeys/names";
import { valuesCopy } from "../../src/journeys/valuesCopy";
import type { Language } from "../../src/excel/messages";
import { evaluatePlan } from "../../src/workbook/evaluate";
import { Area, areaRef, cellAddress, formulaText, parseRef } from "../../src/workbook/formula";
import type { Expr, RangeRef, WorkbookPlan } from "../../src/workbook/plan";
import { officeFailure } from "./insertErrors";
import { insertWorkbookPlan, OwnedArea } from "./insertPlan";
import { readJourneyInputs } from "./journeyInputs";
import { mappingOf, OwnedOutput, readJourneyState } from "./journeyState";
import { recordOutputs } from "./recordJourney";
import { nameKey } from "./names";
import { readRanges } from "./readRanges";

/**
 * The Compute step: reads the mapped inputs and the settings, computes the
 * results with the engine (for the key figures and the values-only copy;
 * Excel computes the written formulas itself), and writes the results as
 * formulas calling our functions, each sheet recorded under a defined name.
 * A re-run rewrites the areas it recorded, in place; a cell of the user's in
 * the way is never written without `allowOverwrite`. Each phase is timed.
 */

/** Findings about a range's shape or mapping: nothing can be computed until they are fixed. */
const BLOCKING = new Set(["not_mapped", "not_one_column", "not_one_cell", "too_small", "too_few_columns", "not_aligned"]);
/** How many of the user's cells in the way are named in the question. */
const CELLS_NAMED = 8;

export type ComputeProgress = { phase: "reading" } | { phase: "computing" } | { phase: "writing"; sheetsWritten: number; sheetCount: number };

export interface ComputeOptions {
  lang: Language;
  /** Also write a values-only copy (it is rewritten anyway once it exists). */
  valuesCopy: boolean;
  /** Compute even though the check finds errors (their results show #VALUE!). */
  acceptProblems?: boolean;
  /** Write over the user's cells listed in an earlier refusal. */
  allowOverwrite?: boolean;
  onProgress?: (progress: ComputeProgress) => void;
  cellsPerRequest?: number;
}

export interface WrittenSheet {
  key: string;
  name: string;
  kind: OutputKind;
}

export interface ComputeOutcome {
  sheets: WrittenSheet[];
  figures: KeyFigure[];
  /** Milliseconds spent reading the inputs, computing with the engine, writing the results. */
  timings: { read: number; compute: number; write: number };
}

/** Why Compute stopped before writing anything, for the pane to ask or explain. */
export type ComputeStop =
  | { reason: "blocked"; problems: number }
  | { reason: "problems"; problems: number }
  | { reason: "overwrite"; cells: string[]; count: number }
  | { reason: "inputInResults"; input: string; sheet: string };

export class ComputeStopped extends Error {
  constructor(readonly stop: ComputeStop) {
    super(`Compute stopped: ${stop.reason}`);
    this.name = "ComputeStopped";
  }
}

const typed = (expr: Expr) => formulaText(expr, { form: "typed" });
const now = () => performance.now();

export async function computeJourney(context: Excel.RequestContext, journey: Journey, options: ComputeOptions): Promise<ComputeOutcome> {
  const { lang } = options;
  options.onProgress?.({ phase: "reading" });
  const started = now();
  const { state, inputs } = await readAll(context, journey, lang).catch((cause: unknown) => {
    throw cause instanceof ComputeStopped ? cause : officeFailure(cause);
  });
  const read = now();

  options.onProgress?.({ phase: "computing" });
  const problems = journey.check(inputs.values).filter((p) => p.severity === "error");
  if (problems.some((p) => p.finding && BLOCKING.has(p.finding.code))) throw new ComputeStopped({ reason: "blocked", problems: problems.length });
  if (problems.length > 0 && !options.acceptProblems) throw new ComputeStopped({ reason: "problems", problems: problems.length });
  const results = journey.results(lang, mappingOf(state), inputs.settings);
  const evaluation = evaluatePlan(results.plan, inputs.outside);
  const figures = results.keyFigures(evaluation);
  const wantsValues = options.valuesCopy || state.outputs.some((o) => o.kind === "values");
  const plans: [WorkbookPlan, OutputKind][] = [[results.plan, "formulas"], ...(wantsValues ? [[valuesCopy(results.plan, evaluation, lang), "values"] as [WorkbookPlan, OutputKind]] : [])];
  const computed = now();

  try {
    const reuse = plans.map(([plan, kind]) => ownedSheets(plan, kind, state.outputs));
    if (!options.allowOverwrite) await refuseOverwrite(context, plans, reuse);
    const referencedSheets = [...new Set(Object.values(state.inputs).map((input) => input!.ref.sheet!))];
    const sheetCount = plans.reduce((n, [plan]) => n + plan.sheets.length, 0);
    const sheets: WrittenSheet[] = [];
    for (const [i, [plan, kind]] of plans.entries()) {
      const done = sheets.length;
      const onProgress = (written: number) => options.onProgress?.({ phase: "writing", sheetsWritten: done + written, sheetCount });
      // The results with their formulas are what the user sees first, not their values-only copy.
      const written = await insertWorkbookPlan(context, plan, typed, { reuse: reuse[i], referencedSheets, onProgress, cellsPerRequest: options.cellsPerRequest, activate: kind === "formulas", evaluation: kind === "formulas" ? evaluation : undefined });
      plan.sheets.forEach((sheet, s) => sheets.push({ key: sheet.key, name: written.sheets[s], kind }));
    }
    const areas = plans.flatMap(([plan]) => plan.sheets.map(footprint));
    await recordOutputs(context, journey, lang, sheets.map((sheet, s) => ({ ...sheet, sheet: sheet.name, area: areas[s] })));
    return { sheets, figures, timings: { read: read - started, compute: computed - read, write: now() - computed } };
  } catch (cause) {
    throw cause instanceof ComputeStopped ? cause : officeFailure(cause);
  }
}

/** Where the journey stands and what its inputs hold now; an input inside its own results is refused before anything is read. */
async function readAll(context: Excel.RequestContext, journey: Journey, lang: Language) {
  const state = await readJourneyState(context, journey);
  refuseInputsInResults(journey, lang, state.outputs, Object.entries(state.inputs).map(([id, input]) => [id, input!.ref]));
  return { state, inputs: await readJourneyInputs(context, journey, state, lang) };
}

/** The plan's sheets that already have an area of theirs in the workbook (by key and kind): they are rewritten in place. */
function ownedSheets(plan: WorkbookPlan, kind: OutputKind, outputs: readonly OwnedOutput[]): Map<string, OwnedArea> {
  return new Map(plan.sheets.flatMap((sheet) => outputs.filter((o) => o.key === sheet.key && o.kind === kind).map((o): [string, OwnedArea] => [sheet.key, { sheet: o.sheet, area: o.area }])));
}

/** An input mapped inside the journey's own results would be cleared by a re-run: refuse. */
function refuseInputsInResults(journey: Journey, lang: Language, outputs: readonly OwnedOutput[], inputs: [string, RangeRef][]): void {
  for (const [id, ref] of inputs) {
    const hit = outputs.find((o) => nameKey(o.sheet) === nameKey(ref.sheet!) && overlaps(parseRef(ref.ref), o.area));
    if (hit) throw new ComputeStopped({ reason: "inputInResults", input: journey.inputs.find((i) => i.id === id)?.label[lang] ?? id, sheet: hit.sheet });
  }
}

const overlaps = (a: Area, b: Area) => a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;

/** The user's cells a rewrite would reach: non-empty cells of the new footprint outside the area the add-in owns. */
async function refuseOverwrite(context: Excel.RequestContext, plans: [WorkbookPlan, OutputKind][], reuse: Map<string, OwnedArea>[]): Promise<void> {
  const parts = plans.flatMap(([plan], i) =>
    plan.sheets.flatMap((sheet) => {
      const owned = reuse[i].get(sheet.key);
      return owned ? outside(footprint(sheet), owned.area).map((area): RangeRef => ({ kind: "range", sheet: owned.sheet, ref: areaRef(area) })) : [];
    }),
  );
  if (parts.length === 0) return;
  const grids = await readRanges(context, parts, "formulas");
  const taken = grids.flatMap((grid, p) => {
    const { top, left } = parseRef(parts[p].ref);
    return grid.flatMap((row, r) => row.flatMap((cell, c) => (cell === "" || cell === null ? [] : [`${parts[p].sheet}!${cellAddress(top + r, left + c)}`])));
  });
  if (taken.length > 0) throw new ComputeStopped({ reason: "overwrite", cells: taken.slice(0, CELLS_NAMED), count: taken.length });
}
