import { costCentreTemplate } from "../../src/templates/costCentres";
import { formulaText } from "../../src/templates/formula";
import type { TemplateInserter } from "../services";
import { insertWorkbookPlan } from "./insertPlan";

/** The cost-centre template written into the open workbook, formulas in the typed form Office.js expects. */
export const insertCostCentreTemplate: TemplateInserter = (language, { sample, onProgress }) =>
  Excel.run((context) => insertWorkbookPlan(context, costCentreTemplate(language, { sample }), (expr) => formulaText(expr, { form: "typed" }), { onProgress }));
