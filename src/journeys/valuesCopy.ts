import type { Language } from "../excel/messages";
import { formulaKey, isErrorValue, PlanEvaluation } from "../workbook/evaluate";
import { columnFormat } from "../workbook/formula";
import type { ChartPlan, RangeRef, SheetPlan, Value, ValueBlock, WorkbookPlan } from "../workbook/plan";

/**
 * The values-only copy of a results plan, for readers without the add-in:
 * the same sheets (named "… (valeurs)" / "… (values)") with the same labels,
 * layout and number formats, every formula replaced by the value the engine
 * computed from the same inputs, tables by plain cells. An error shows as
 * its text (#VALUE!). Charts are kept, reading the copied cells.
 */

const SUFFIX: Record<Language, string> = { fr: "valeurs", en: "values" };

function valuesCopyName(sheetName: string, lang: Language): string {
  return `${sheetName} (${SUFFIX[lang]})`;
}

export function valuesCopy(plan: WorkbookPlan, evaluation: PlanEvaluation, lang: Language): WorkbookPlan {
  const names = new Map(plan.sheets.map((sheet) => [sheet.name, valuesCopyName(sheet.name, lang)]));
  const renamed = (ref: RangeRef): RangeRef => (ref.sheet !== undefined && names.has(ref.sheet) ? { ...ref, sheet: names.get(ref.sheet) } : ref);
  const chart = (c: ChartPlan): ChartPlan => ({ ...c, categories: renamed(c.categories), series: c.series.map((s) => ({ ...s, values: renamed(s.values) })) });
  return {
    id: `${plan.id}-values`,
    title: plan.title,
    sheets: plan.sheets.map((sheet): SheetPlan => ({
      key: sheet.key,
      name: names.get(sheet.name)!,
      labels: sheet.labels,
      tables: [],
      formulas: [],
      values: [...sheet.tables.map(tableValues), ...sheet.formulas.map((formula) => formulaValues(sheet, formula, evaluation))],
      columnWidths: sheet.columnWidths,
      freezeRows: sheet.freezeRows,
      charts: sheet.charts?.map(chart),
    })),
  };
}

function tableValues(table: SheetPlan["tables"][number]): ValueBlock {
  return { at: table.at, rows: [table.columns.map((c) => c.header), ...table.rows], numberFormats: table.columns.map((c) => c.numberFormat) };
}

function formulaValues(sheet: SheetPlan, formula: SheetPlan["formulas"][number], evaluation: PlanEvaluation): ValueBlock {
  const grid = evaluation.results.get(formulaKey(sheet.name, formula.at));
  if (!grid) throw new Error(`No computed value for ${formulaKey(sheet.name, formula.at)}`);
  const rows = grid.map((row) => row.map((value): Value => (isErrorValue(value) ? value.error : value)));
  return { at: formula.at, rows, numberFormats: Array.from({ length: formula.cols }, (_, c) => columnFormat(formula, c)) };
}
