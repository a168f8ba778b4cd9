import type { Journey, JourneyId } from "../src/journeys/journey";
import type { Language } from "../src/excel/messages";
import type { RangeRef } from "../src/workbook/plan";
import type { PlacedProblem } from "./office/checkJourney";
import type { ComputeOptions, ComputeOutcome } from "./office/computeJourney";
import type { InsertResult } from "./office/insertPlan";
import type { JourneyState } from "./office/journeyState";
import type { RangeChoice } from "./office/rangeChoices";
import type { RepairOutcome, RepairScope } from "./office/repairFormulas";

/**
 * What the pages ask of Excel. index.tsx passes the Office.js implementations;
 * tests pass fakes, so pages are tested without Excel.
 */
export interface TemplateOptions {
  /** Fill the input tables with the training example instead of leaving them empty. */
  sample: boolean;
  onProgress?: (sheetsWritten: number, sheetCount: number) => void;
}

export type TemplateInserter = (language: Language, options: TemplateOptions) => Promise<InsertResult>;

/** The templates the pane can insert: one per journey. */
export type TemplateKind = JourneyId;

/** A journey's steps, each one Excel.run. */
export interface JourneyServices {
  /** Where the workbook's defined names say the inputs and the results are. */
  state(journey: Journey): Promise<JourneyState>;
  /** The selection, tables, their columns and named ranges, for the pickers. */
  choices(): Promise<RangeChoice[]>;
  /** Records inputs' ranges (a name's reference, or undefined to drop it). */
  saveMapping(journey: Journey, choices: Partial<Record<string, string>>, language: Language): Promise<void>;
  check(journey: Journey, language: Language): Promise<PlacedProblem[]>;
  /** Activates the sheet and selects the range. */
  select(ref: RangeRef): Promise<void>;
  compute(journey: Journey, options: ComputeOptions): Promise<ComputeOutcome>;
}

export interface Services {
  templates: Record<TemplateKind, TemplateInserter>;
  journeys: JourneyServices;
  repairFormulas(scope: RepairScope): Promise<RepairOutcome>;
}
