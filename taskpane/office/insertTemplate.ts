import { journeyById } from "../../src/journeys";
import type { JourneyId } from "../../src/journeys/journey";
import type { Language } from "../../src/excel/messages";
import { actsTariffsTemplate } from "../../src/workbook/actsTariffs";
import { contractsTemplate } from "../../src/workbook/contracts";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { evaluatePlan } from "../../src/workbook/evaluate";
import { formulaText } from "../../src/workbook/formula";
import type { Expr, WorkbookPlan } from "../../src/workbook/plan";
import type { TemplateInserter, TemplateOptions } from "../services";
import { findCostCentreTemplate } from "./findCostCentres";
import { insertPlanError } from "./insertErrors";
import { insertWorkbookPlan, InsertResult } from "./insertPlan";
import { recordTemplate } from "./recordJourney";

/** Formulas in the typed form Office.js expects. */
const typed = (expr: Expr) => formulaText(expr, { form: "typed" });

/**
 * Writes a template, then makes it its journey's: its input ranges and
 * results recorded as defined names, so the journey's steps find them. The
 * template stays inserted if recording fails (the user can map the ranges).
 */
async function insertAndRecord(context: Excel.RequestContext, journey: JourneyId, plan: WorkbookPlan, language: Language, options: TemplateOptions, referencedSheets: readonly string[] = []): Promise<InsertResult> {
  // The engine's values let headers over General results align like them; a template reading sheets already in the workbook is laid out from its formats alone.
  const evaluation = referencedSheets.length === 0 ? evaluatePlan(plan) : undefined;
  const result = await insertWorkbookPlan(context, plan, typed, { onProgress: options.onProgress, referencedSheets, evaluation });
  const recorded = await recordTemplate(context, journeyById(journey), plan, result.sheets, language).then(
    () => true,
    () => false,
  );
  return { ...result, recorded };
}

/** The cost-centre template written into the open workbook. */
export const insertCostCentreTemplate: TemplateInserter = (language, options) =>
  Excel.run((context) => insertAndRecord(context, "costCentres", costCentreTemplate(language, { sample: options.sample }), language, options));

/** The acts-and-tariffs template written into the open workbook. */
export const insertActsTariffsTemplate: TemplateInserter = (language, options) => Excel.run((context) => insertActsTariffs(context, language, options));

/** The contract template (the four kinds of contract) written into the open workbook; its sample writes some 35,000 cells. */
export const insertContractsTemplate: TemplateInserter = (language, options) =>
  Excel.run((context) => insertAndRecord(context, "contracts", contractsTemplate(language, { sample: options.sample }), language, options));

/**
 * The acts-and-tariffs template, reading its centre costs from the cost-centre
 * template already in the workbook when there is one (its formulas then refer
 * to that template's sheets), standalone with its own centre-cost sheet otherwise.
 */
export async function insertActsTariffs(context: Excel.RequestContext, language: Language, options: TemplateOptions): Promise<InsertResult> {
  let found: Awaited<ReturnType<typeof findCostCentreTemplate>>;
  try {
    found = await findCostCentreTemplate(context);
  } catch (cause) {
    throw insertPlanError(cause, []);
  }
  const plan = actsTariffsTemplate(language, { sample: options.sample, link: found?.link });
  const result = await insertAndRecord(context, "actsTariffs", plan, language, options, found ? [found.sheets.centres, found.sheets.results] : []);
  return found ? { ...result, linkedTo: found.sheets.results } : result;
}
