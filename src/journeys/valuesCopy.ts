import type { Language } from "../excel/messages";
import { formulaKey, isErrorValue, PlanEvaluation } from "../workbook/evaluate";
import { cellAddress, columnFormat, columnLetters, parseRef } from "../workbook/formula";
import type { ChartPlan, LabelCell, RangeRef, SheetPlan, TableBlock, Value, ValueBlock, WorkbookPlan } from "../workbook/plan";

/**
 * The values-only copy of a plan, for readers without the add-in: the same
 * sheets with the same labels, layout, column widths and number formats,
 * every formula replaced by the value the engine computed from the same
 * inputs, tables by plain cells under header labels. An error shows as its
 * text (#VALUE!). Charts are kept, reading the copied cells.
 *
 * Two uses: inside the workbook, beside the results (the pane's share
 * option), where its sheets are named "… (valeurs)" / "… (values)"; and as a
 * companion file of its own (the demo's "…-values.xlsx"), with the sheets'
 * own names and a note on its first sheet saying what it is a copy of.
 */

const SUFFIX: Record<Language, string> = { fr: "valeurs", en: "values" };

function valuesCopyName(sheetName: string, lang: Language): string {
  return `${sheetName} (${SUFFIX[lang]})`;
}

/** The copy written into the workbook beside the results, its sheets named as copies. */
export function valuesCopy(plan: WorkbookPlan, evaluation: PlanEvaluation, lang: Language): WorkbookPlan {
  return copyOf(plan, evaluation, (name) => valuesCopyName(name, lang));
}

const NOTES: Record<Language, (source: string, date: string) => string> = {
  fr: (source, date) => `Copie en valeurs de « ${source} », faite le ${date} pour les lecteurs sans le complément Hisab Santé : chaque résultat y est un nombre, pas une formule, tel que calculé ce jour-là.`,
  en: (source, date) => `Values-only copy of "${source}", made on ${date} for readers without the Hisab Santé add-in: every result is a number, not a formula, as computed that day.`,
};

/** The copy as a file of its own: the same sheet names, and a note on the first sheet saying when and from which file it was made. */
export function valuesCompanion(plan: WorkbookPlan, evaluation: PlanEvaluation, lang: Language, made: { source: string; date: Date }): WorkbookPlan {
  const copy = copyOf(plan, evaluation, (name) => name);
  const [first, ...others] = copy.sheets;
  const date = made.date.toLocaleDateString(lang === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const note: LabelCell = { at: cellAddress(firstEmptyRow(first), 0), text: NOTES[lang](made.source, date), style: "note" };
  return { ...copy, sheets: [{ ...first, labels: [...first.labels, note] }, ...others] };
}

function copyOf(plan: WorkbookPlan, evaluation: PlanEvaluation, rename: (name: string) => string): WorkbookPlan {
  const names = new Map(plan.sheets.map((sheet) => [sheet.name, rename(sheet.name)]));
  const renamed = (ref: RangeRef): RangeRef => (ref.sheet !== undefined && names.has(ref.sheet) ? { ...ref, sheet: names.get(ref.sheet) } : ref);
  const chart = (c: ChartPlan): ChartPlan => ({ ...c, categories: renamed(c.categories), series: c.series.map((s) => ({ ...s, values: renamed(s.values) })) });
  return {
    id: `${plan.id}-values`,
    title: plan.title,
    sheets: plan.sheets.map((sheet): SheetPlan => ({
      key: sheet.key,
      name: names.get(sheet.name)!,
      labels: [...sheet.labels, ...sheet.tables.flatMap(tableHeaders)],
      tables: [],
      formulas: [],
      values: [...(sheet.values ?? []), ...sheet.tables.map(tableValues), ...sheet.formulas.map((formula) => formulaValues(sheet, formula, evaluation))],
      columnWidths: { ...tableWidths(sheet.tables), ...sheet.columnWidths },
      freezeRows: sheet.freezeRows,
      charts: sheet.charts?.map(chart),
      print: sheet.print,
      visibility: sheet.visibility,
    })),
  };
}

/** A table's header row as header labels: text, styled as the results' headers are. */
function tableHeaders(table: TableBlock): LabelCell[] {
  const { top, left } = parseRef(table.at);
  return table.columns.map((column, c): LabelCell => ({ at: cellAddress(top, left + c), text: column.header, style: "header" }));
}

function tableValues(table: TableBlock): ValueBlock {
  const { top, left } = parseRef(table.at);
  return { at: cellAddress(top + 1, left), rows: table.rows, numberFormats: table.columns.map((c) => c.numberFormat) };
}

/** The widths the tables give their columns, by letter. */
function tableWidths(tables: readonly TableBlock[]): Record<string, number> {
  return Object.fromEntries(
    tables.flatMap((table) => {
      const { left } = parseRef(table.at);
      return table.columns.flatMap((column, c) => (column.width === undefined ? [] : [[columnLetters(left + c), column.width]]));
    }),
  );
}

function formulaValues(sheet: SheetPlan, formula: SheetPlan["formulas"][number], evaluation: PlanEvaluation): ValueBlock {
  const grid = evaluation.results.get(formulaKey(sheet.name, formula.at));
  if (!grid) throw new Error(`No computed value for ${formulaKey(sheet.name, formula.at)}`);
  const rows = grid.map((row) => row.map((value): Value => (isErrorValue(value) ? value.error : value)));
  return { at: formula.at, rows, numberFormats: Array.from({ length: formula.cols }, (_, c) => columnFormat(formula, c)) };
}

/** The first row (0-based, below the title) with nothing in it. */
function firstEmptyRow(sheet: SheetPlan): number {
  const rows = new Set<number>();
  const cover = (at: string, count: number) => Array.from({ length: count }, (_, i) => rows.add(parseRef(at).top + i));
  sheet.labels.forEach((label) => cover(label.at, 1));
  (sheet.values ?? []).forEach((block) => cover(block.at, block.rows.length));
  let row = 1;
  while (rows.has(row)) row++;
  return row;
}
