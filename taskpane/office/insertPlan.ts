import type { PlanEvaluation } from "../../src/workbook/evaluate";
import { Area, areaRef, categoryFormat, cellAddress, columnFormat, columnLetters, parseRef } from "../../src/workbook/formula";
import { sheetLayout } from "../../src/workbook/layout";
import type { ChartPlan, Expr, FormulaCell, LabelCell, RangeRef, SheetPlan, TableBlock, Value, ValueBlock, WorkbookPlan } from "../../src/workbook/plan";
import { pageSetup } from "../../src/workbook/print";
import { cellBlock } from "./cellContent";
import { insertPlanError } from "./insertErrors";
import { freeSheetName, freeTableName, nameKey } from "./names";
import { RequestBudget } from "./requestBudget";
import { applyLabelStyle, columnWidthPoints, validationRule } from "./sheetFormats";
import { writeLayout, writePageSetup } from "./sheetLayout";
import { withFinalSheetNames } from "./sheetReferences";

/**
 * Writes a WorkbookPlan into the open workbook through Office.js.
 *
 * The user's data is never touched: every plan sheet becomes a new sheet under
 * a free name ("Centres (2)" when "Centres" exists), tables get free names, and
 * if Office refuses anything the sheets added so far are deleted again, so the
 * workbook is left as it was. Failures are thrown as InsertPlanError. A plan
 * linked to a template already in the workbook names the sheets it reads in
 * `referencedSheets`; its formulas refer to them as they are.
 *
 * A journey re-run writes some plan sheets into sheets the add-in created
 * before (`reuse`): only the area it owns there is cleared and rewritten
 * (its tables and charts removed first); if the rewrite fails, that area is
 * cleared again rather than left half written.
 *
 * Every sheet gets the layout and page setup its plan derives
 * (sheetLayout.ts), as the .xlsx writer gives them.
 */

export interface InsertResult {
  /** Names of the sheets created, in plan order. */
  sheets: string[];
  /** The sheet of results the new template reads, when it was linked to one already in the workbook. */
  linkedTo?: string;
  /** A template's ranges were recorded as its journey's (false: the user maps them in the journey). */
  recorded?: boolean;
}

export interface InsertOptions {
  /** Called after each sheet is written, for a progress display. */
  onProgress?: (sheetsWritten: number, sheetCount: number) => void;
  /** Cells per Office request; lowered in tests to exercise chunking. */
  cellsPerRequest?: number;
  /** Sheets already in the workbook that the plan's formulas read (a template it is linked to); they must exist. */
  referencedSheets?: readonly string[];
  /** Plan sheets (by key) to write into the add-in's own sheets already in the workbook, and the area it owns there. */
  reuse?: ReadonlyMap<string, OwnedArea>;
  /** Show the plan's first sheet once written (default); false leaves the active sheet as it is. */
  activate?: boolean;
  /** The plan computed by the engine, when known: a header over results shown as General aligns by their values. */
  evaluation?: PlanEvaluation;
}

/** An area of a sheet the add-in wrote earlier, recorded under a defined name. */
export interface OwnedArea {
  sheet: string;
  area: Area;
}

/** Charts the add-in draws are named with this prefix, so a re-run finds and replaces them. */
const CHART_NAME_PREFIX = "Hisab ";

/** Renders a formula in the typed form, without the leading "=" (e.g. `HISAB.ALLOCATE('Centres (2)'!A2:A9, …)`). */
export type FormulaText = (expr: Expr) => string;

export async function insertWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  formulaText: FormulaText,
  options: InsertOptions = {},
): Promise<InsertResult> {
  let created: string[] = [];
  let reused: OwnedArea[] = [];
  try {
    const reuse = options.reuse ?? new Map<string, OwnedArea>();
    // The areas rewritten are emptied first, so their tables' names are free again for the tables rewritten there.
    reused = plan.sheets.flatMap((sheet) => reuse.get(sheet.key) ?? []);
    await clearOwnedAreas(context, reused);
    const taken = await loadTakenNames(context);
    const referenced = options.referencedSheets ?? [];
    const missing = referenced.find((name) => !taken.sheets.has(nameKey(name)) || plan.sheets.some((sheet) => nameKey(sheet.name) === nameKey(name)));
    if (missing !== undefined) throw new Error(`The plan reads sheet "${missing}", which is not a sheet of the workbook apart from the plan's`);
    const finalNames = plan.sheets.map((sheet) => reuse.get(sheet.key)?.sheet ?? freeSheetName(sheet.name, taken.sheets, sheet.key));
    const finalByPlanName = new Map([...referenced.map((name): [string, string] => [name, name]), ...plan.sheets.map((sheet, i): [string, string] => [sheet.name, finalNames[i]])]);
    // Rendered before anything is written, so a template bug changes nothing.
    const formulas = plan.sheets.map((sheet) => sheet.formulas.map((f) => "=" + formulaText(withFinalSheetNames(f.expr, finalByPlanName))));
    const charts = plan.sheets.map((sheet) => (sheet.charts ?? []).map((chart) => ({ chart: withFinalChartRanges(chart, finalByPlanName), categoryFormat: categoryFormat(plan, sheet, chart) })));

    created = finalNames.filter((_, i) => !reuse.has(plan.sheets[i].key));
    const sheets = plan.sheets.map((sheet, i) => (reuse.has(sheet.key) ? context.workbook.worksheets.getItem(finalNames[i]) : context.workbook.worksheets.add(finalNames[i])));
    const budget = new RequestBudget(context, options.cellsPerRequest);
    let chartCount = 0;
    for (const [i, sheetPlan] of plan.sheets.entries()) {
      await writeSheet(sheets[i], sheetPlan, formulas[i], taken.tables, budget, options.evaluation);
      for (const { chart, categoryFormat } of charts[i]) addChart(context, sheets[i], chart, `${CHART_NAME_PREFIX}${++chartCount}`, categoryFormat);
      options.onProgress?.(i + 1, plan.sheets.length);
    }
    if (options.activate !== false) sheets[0]?.activate();
    await budget.flush();
    return { sheets: finalNames };
  } catch (cause) {
    const leftBehind = await removeSheets(context, created);
    const cleared = await clearOwnedAreas(context, reused).then(
      () => reused.map((owned) => owned.sheet),
      () => [],
    );
    throw insertPlanError(cause, leftBehind, cleared);
  }
}

/** Names already used in the workbook: sheets, and tables with defined names (they share one namespace). */
async function loadTakenNames(context: Excel.RequestContext): Promise<{ sheets: Set<string>; tables: Set<string> }> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name");
  names.load("items/name");
  await context.sync();
  return {
    sheets: new Set(worksheets.items.map((sheet) => nameKey(sheet.name))),
    tables: new Set([...tables.items, ...names.items].map((item) => nameKey(item.name))),
  };
}

async function writeSheet(sheet: Excel.Worksheet, plan: SheetPlan, formulas: string[], tableNames: Set<string>, budget: RequestBudget, evaluation: PlanEvaluation | undefined): Promise<void> {
  for (const label of plan.labels) await writeLabel(sheet, label, budget);
  for (const table of plan.tables) await writeTable(sheet, table, tableNames, budget);
  for (const block of plan.values ?? []) await writeValues(sheet, block, budget);
  for (const [i, formula] of plan.formulas.entries()) await writeFormula(sheet, formula, formulas[i], budget);
  for (const [column, width] of Object.entries(plan.columnWidths ?? {})) setColumnWidth(sheet, column, width);
  if (plan.freezeRows) sheet.freezePanes.freezeRows(plan.freezeRows);
  const layout = sheetLayout(plan, evaluation ? (row, col) => evaluation.read(plan.name, cellAddress(row, col))[0][0] : undefined);
  await writeLayout(sheet, layout, budget);
  await writePageSetup(sheet, pageSetup(plan, layout), budget);
  await budget.flush();
}

/** Values with their per-cell number formats; strings always land in Text cells (see cellContent.ts). */
function writeCells(sheet: Excel.Worksheet, top: number, left: number, rows: Value[][], columnFormats: (string | undefined)[]): Excel.Range {
  const block = cellBlock(rows, columnFormats);
  const range = sheet.getRange(areaRef({ top, left, rows: rows.length, cols: rows[0].length }));
  range.numberFormat = block.numberFormat; // queued first: Excel applies a request's commands in order
  range.values = block.values;
  return range;
}

function setColumnWidth(sheet: Excel.Worksheet, column: string, characters: number): void {
  sheet.getRange(`${column}:${column}`).format.columnWidth = columnWidthPoints(characters);
}

/** Queues `rowCount` rows of `cols` cells in runs that each fit in one request. */
async function inRowChunks(
  rowCount: number,
  cols: number,
  propertiesPerCell: number,
  budget: RequestBudget,
  write: (start: number, count: number) => void,
): Promise<void> {
  const rowsPerRequest = Math.max(1, Math.floor(budget.limit / (cols * propertiesPerCell)));
  for (let start = 0; start < rowCount; start += rowsPerRequest) {
    const count = Math.min(rowsPerRequest, rowCount - start);
    await budget.reserve(count * cols * propertiesPerCell);
    write(start, count);
  }
}

async function writeLabel(sheet: Excel.Worksheet, label: LabelCell, budget: RequestBudget): Promise<void> {
  await budget.reserve(2);
  const at = parseRef(label.at);
  const range = writeCells(sheet, at.top, at.left, [[label.text]], []);
  if (label.style) applyLabelStyle(range, label.style);
}

/** Computed values (a values-only copy), in chunks; text stays text. */
async function writeValues(sheet: Excel.Worksheet, block: ValueBlock, budget: RequestBudget): Promise<void> {
  const { top, left } = parseRef(block.at);
  const cols = Math.max(...block.rows.map((row) => row.length));
  const rows = block.rows.map((row) => Array.from({ length: cols }, (_, c) => row[c] ?? null));
  const formats = Array.from({ length: cols }, (_, c) => block.numberFormats?.[c]);
  await inRowChunks(rows.length, cols, 2, budget, (start, count) => writeCells(sheet, top + start, left, rows.slice(start, start + count), formats));
}

async function writeTable(sheet: Excel.Worksheet, table: TableBlock, tableNames: Set<string>, budget: RequestBudget): Promise<void> {
  const { top, left } = parseRef(table.at);
  const cols = table.columns.length;
  // Excel gives every table at least one body row: an empty template gets one blank row carrying the column formats and rules.
  const body = (table.rows.length > 0 ? table.rows : [[]]).map((row) => table.columns.map((_, c) => row[c] ?? null));
  const formats = table.columns.map((column) => column.numberFormat);

  await budget.reserve(2 * cols);
  writeCells(sheet, top, left, [table.columns.map((column) => column.header)], []);
  await inRowChunks(body.length, cols, 2, budget, (start, count) => writeCells(sheet, top + 1 + start, left, body.slice(start, start + count), formats));

  const excelTable = sheet.tables.add(sheet.getRange(areaRef({ top, left, rows: body.length + 1, cols })), true);
  excelTable.name = freeTableName(table.name, tableNames);
  table.columns.forEach((column, c) => {
    if (column.validation) sheet.getRange(areaRef({ top: top + 1, left: left + c, rows: body.length, cols: 1 })).dataValidation.rule = validationRule(column.validation);
    if (column.width) setColumnWidth(sheet, columnLetters(left + c), column.width);
  });
}

async function writeFormula(sheet: Excel.Worksheet, formula: FormulaCell, text: string, budget: RequestBudget): Promise<void> {
  await budget.reserve(1);
  // The typed form: Excel resolves HISAB.* through the loaded add-in and spills the result from the anchor.
  sheet.getRange(formula.at).formulas = [[text]];
  if (!formula.numberFormat) return;
  const formats = Array.from({ length: formula.cols }, (_, c) => columnFormat(formula, c) ?? "General");
  const anchor = parseRef(formula.at);
  await inRowChunks(formula.rows, formula.cols, 1, budget, (start, count) => {
    sheet.getRange(areaRef({ top: anchor.top + start, left: anchor.left, rows: count, cols: formula.cols })).numberFormat = Array.from({ length: count }, () => formats);
  });
}

/** The chart with its ranges on the sheets actually created (or read). */
function withFinalChartRanges(chart: ChartPlan, finalNames: ReadonlyMap<string, string>): ChartPlan {
  const final = (ref: RangeRef) => withFinalSheetNames(ref, finalNames) as RangeRef;
  return { ...chart, categories: final(chart.categories), series: chart.series.map((s) => ({ ...s, values: final(s.values) })) };
}

const CHART_TYPES: Record<ChartPlan["kind"], "ColumnClustered" | "BarClustered" | "Line"> = { columnClustered: "ColumnClustered", barClustered: "BarClustered", line: "Line" };

/**
 * A chart over the cells the plan gives (ExcelApi 1.7: series set range by
 * range, so each can come from another sheet): the first series makes the
 * chart, the others are added, every series takes the same categories.
 */
function addChart(context: Excel.RequestContext, sheet: Excel.Worksheet, chart: ChartPlan, name: string, categoryFormat: string | undefined): void {
  const rangeOf = (ref: RangeRef) => (ref.sheet === undefined ? sheet : context.workbook.worksheets.getItem(ref.sheet)).getRange(ref.ref);
  const categories = rangeOf(chart.categories);
  const [first, ...others] = chart.series;
  const excelChart = sheet.charts.add(CHART_TYPES[chart.kind], rangeOf(first.values), "Columns");
  excelChart.name = name;
  excelChart.title.text = chart.title;
  const firstSeries = excelChart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  for (const other of others) {
    const series = excelChart.series.add(other.name);
    series.setValues(rangeOf(other.values));
    series.setXAxisValues(categories);
  }
  // Months (date serials) read as months, not as 45658 (ExcelApi 1.8).
  if (categoryFormat) excelChart.axes.categoryAxis.numberFormat = categoryFormat;
  const [start, end] = chart.at.split(":");
  excelChart.setPosition(start, end);
}

/**
 * Empties the areas the add-in owns before it rewrites them: its tables
 * there and its charts on those sheets removed, every cell cleared (values,
 * formats, rules). Nothing outside the areas is touched.
 */
async function clearOwnedAreas(context: Excel.RequestContext, owned: readonly OwnedArea[]): Promise<void> {
  if (owned.length === 0) return;
  const sheets = owned.map(({ sheet }) => context.workbook.worksheets.getItem(sheet));
  for (const sheet of sheets) {
    sheet.tables.load("items/name");
    sheet.charts.load("items/name");
  }
  await context.sync();
  const tableRanges = sheets.map((sheet) => sheet.tables.items.map((table) => ({ table, range: table.getRange().load("address") })));
  await context.sync();
  owned.forEach(({ area }, i) => {
    for (const { table, range } of tableRanges[i]) if (within(parseRef(range.address.slice(range.address.lastIndexOf("!") + 1)), area)) table.delete();
    for (const chart of sheets[i].charts.items) if (chart.name.startsWith(CHART_NAME_PREFIX)) chart.delete();
    const cells = sheets[i].getRange(areaRef(area));
    cells.clear();
    cells.dataValidation.clear();
  });
  await context.sync();
}

const within = (inner: Area, outer: Area): boolean =>
  inner.top >= outer.top && inner.left >= outer.left && inner.top + inner.rows <= outer.top + outer.rows && inner.left + inner.cols <= outer.left + outer.cols;

/** Deletes the sheets this insert added (their names were free when it started); returns those that may remain. */
async function removeSheets(context: Excel.RequestContext, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const ours = new Set(names.map(nameKey));
    worksheets.items.filter((sheet) => ours.has(nameKey(sheet.name))).forEach((sheet) => sheet.delete());
    await context.sync();
    return [];
  } catch {
    return [...names];
  }
}
