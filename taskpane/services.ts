import type { Language } from "../src/messages";
import type { InsertResult } from "./office/insertPlan";

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

/** The templates the pane can insert. */
export type TemplateKind = "costCentres" | "actsTariffs";

export interface Services {
  insertCostCentreTemplate: TemplateInserter;
  /** Linked to a cost-centre template already in the workbook when there is one. */
  insertActsTariffsTemplate: TemplateInserter;
}
