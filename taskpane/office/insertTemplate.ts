import type { Language } from "../../src/messages";
import { actsTariffsTemplate } from "../../src/templates/actsTariffs";
import { costCentreTemplate } from "../../src/templates/costCentres";
import { formulaText } from "../../src/templates/formula";
import type { Expr } from "../../src/templates/plan";
import type { TemplateInserter, TemplateOptions } from "../services";
import { findCostCentreTemplate } from "./findCostCentres";
import { insertPlanError } from "./insertErrors";
import { insertWorkbookPlan, InsertResult } from "./insertPlan";

/** Formulas in the typed form Office.js expects. */
const typed = (expr: Expr) => formulaText(expr, { form: "typed" });

/** The cost-centre template written into the open workbook. */
export const insertCostCentreTemplate: TemplateInserter = (language, { sample, onProgress }) =>
  Excel.run((context) => insertWorkbookPlan(context, costCentreTemplate(language, { sample }), typed, { onProgress }));

/** The acts-and-tariffs template written into the open workbook. */
export const insertActsTariffsTemplate: TemplateInserter = (language, options) => Excel.run((context) => insertActsTariffs(context, language, options));

/**
 * The acts-and-tariffs template, reading its centre costs from the cost-centre
 * template already in the workbook when there is one (its formulas then refer
 * to that template's sheets), standalone with its own centre-cost sheet otherwise.
 */
export async function insertActsTariffs(context: Excel.RequestContext, language: Language, { sample, onProgress }: TemplateOptions): Promise<InsertResult> {
  let found: Awaited<ReturnType<typeof findCostCentreTemplate>>;
  try {
    found = await findCostCentreTemplate(context);
  } catch (cause) {
    throw insertPlanError(cause, []);
  }
  const plan = actsTariffsTemplate(language, { sample, link: found?.link });
  const result = await insertWorkbookPlan(context, plan, typed, { onProgress, referencedSheets: found ? [found.sheets.centres, found.sheets.results] : [] });
  return found ? { ...result, linkedTo: found.sheets.results } : result;
}
