import { auditWorkbook, AuditReport } from "../../../src/journeys/audit/audit";
import type { AuditCode } from "../../../src/journeys/audit/findings";
import { modelOfPlan, ModelCell, SavedValue, WorkbookModel } from "../../../src/journeys/audit/model";
import type { RunRecord } from "../../../src/journeys/runRecord";
import { runRecordSheet, templateNames, templateRunRecords } from "../../../src/journeys/runRecordSheet";
import { costCentreTemplate } from "../../../src/workbook/costCentres";
import { evaluatePlan } from "../../../src/workbook/evaluate";
import { parseRef } from "../../../src/workbook/formula";
import type { TableBlock, WorkbookPlan } from "../../../src/workbook/plan";

/**
 * Workbooks to audit, built from the cost-centre sample as the pane leaves it
 * (names and run record), and the two ways a defect gets into one: `edit`
 * changes a saved cell and nothing else (a value typed over, a file edited by
 * another tool: results not recalculated), `recalculated` changes the plan's
 * data and calculates again, as Excel does, keeping the run record of the
 * original run.
 */

export const RUN = { at: "2026-01-15T10:00:00.000Z", version: "0.1.0", lang: "fr" as const };

export function sample(): WorkbookPlan {
  return costCentreTemplate("fr", { sample: true });
}

/** The plan with the names and run records of `recordedFrom`, the plan as it was at the run (Excel does not move a name when a row is added below it). */
export function recorded(plan: WorkbookPlan, recordedFrom: WorkbookPlan = plan): WorkbookPlan {
  const records: RunRecord[] = templateRunRecords(recordedFrom, evaluatePlan(recordedFrom), RUN);
  return { ...plan, sheets: [...plan.sheets, runRecordSheet("fr", records)], names: templateNames(recordedFrom) };
}

/** The sample audited as saved by the pane: the clean workbook. */
export const cleanModel = (): WorkbookModel => modelOfPlan(recorded(sample()));

/** The sample with its data changed and calculated again (as Excel would), the run record still the original run's. */
export function recalculated(change: (plan: WorkbookPlan) => void): WorkbookModel {
  const original = sample();
  const changed = structuredClone(original);
  change(changed);
  return modelOfPlan(recorded(changed, original));
}

/** A table of the plan by sheet key. */
export const table = (plan: WorkbookPlan, key: string): TableBlock => plan.sheets.find((s) => s.key === key)!.tables[0];

/** Sets a saved cell ("Sheet", "B3"): its value, and its formula (undefined removes it). */
export function edit(model: WorkbookModel, sheet: string, address: string, value: SavedValue, formula?: string): WorkbookModel {
  const { top, left } = parseRef(address);
  const cells = model.sheets.find((s) => s.name === sheet)!.cells;
  const i = cells.findIndex((c) => c.row === top && c.col === left);
  const cell: ModelCell = { row: top, col: left, value, ...(formula !== undefined ? { formula } : {}) };
  if (i >= 0) cells[i] = cell;
  else cells.push(cell);
  return model;
}

export const cellOf = (model: WorkbookModel, sheet: string, address: string): ModelCell | undefined => {
  const { top, left } = parseRef(address);
  return model.sheets.find((s) => s.name === sheet)!.cells.find((c) => c.row === top && c.col === left);
};

export const audit = (model: WorkbookModel, source: "file" | "workbook" = "file"): AuditReport => auditWorkbook(model, { source });

/** The findings as "code first-cell", for comparisons. */
export const codes = (report: AuditReport): string[] => report.findings.map((f) => `${f.code} ${f.cells[0] ?? ""}`.trim());

export const withCode = (report: AuditReport, code: AuditCode) => report.findings.filter((f) => f.code === code);
