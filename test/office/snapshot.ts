import { cellAddress, columnLetters } from "../../src/workbook/formula";
import { addressOf } from "./addresses";
import type { CellSnapshot, ChartSnapshot, PageSnapshot, SheetSnapshot, WorkbookSnapshot } from "./types";
import type { SheetModel, WorkbookModel } from "./workbookModel";

/** The workbook as plain JSON, the one form both adapters compare (see types.ts). */

function cellSnapshot(sheet: SheetModel, row: number, col: number): CellSnapshot | undefined {
  const { cells } = sheet;
  const formula = cells.formula(row, col);
  const value = cells.value(row, col);
  const snapshot: CellSnapshot = formula !== undefined ? { formula, numberFormat: cells.numberFormat(row, col) } : { value, numberFormat: cells.numberFormat(row, col) };
  for (const kind of ["font", "fill", "alignment"] as const) {
    const style = cells.style(kind, row, col);
    if (Object.keys(style).length > 0) snapshot[kind] = { ...style };
  }
  const empty = formula === undefined && value === "" && snapshot.numberFormat === "General" && !snapshot.font && !snapshot.fill && !snapshot.alignment;
  return empty ? undefined : snapshot;
}

const chartSnapshot = (chart: ChartSnapshot): ChartSnapshot => JSON.parse(JSON.stringify(chart)) as ChartSnapshot;

export function sheetSnapshot(model: WorkbookModel, sheet: SheetModel): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  for (const { row, col } of sheet.cells.occupied()) {
    const cell = cellSnapshot(sheet, row, col);
    if (cell) cells[cellAddress(row, col)] = cell;
  }
  return {
    name: sheet.name,
    cells,
    columnWidths: Object.fromEntries([...sheet.columnWidths].sort(([a], [b]) => a - b).map(([col, width]) => [columnLetters(col), width])),
    tables: model.tables.filter((t) => t.sheet === sheet).map((t) => ({ name: t.name, address: addressOf(t.area), hasHeaders: t.hasHeaders, headers: model.headers(t) })),
    validations: sheet.validations.map((v) => ({ address: addressOf(v.area), rule: JSON.parse(JSON.stringify(v.rule)) as Record<string, unknown> })),
    frozenRows: sheet.frozenRows,
    charts: sheet.charts.map(chartSnapshot),
    rowHeights: Object.fromEntries([...sheet.rowHeights].sort(([a], [b]) => a - b).map(([row, height]) => [String(row + 1), height])),
    page: JSON.parse(JSON.stringify(sheet.page)) as PageSnapshot,
    pageBreaks: [...sheet.pageBreaks],
  };
}

export function workbookSnapshot(model: WorkbookModel): WorkbookSnapshot {
  return {
    sheets: model.sheets.map((sheet) => sheetSnapshot(model, sheet)),
    activeSheet: model.activeSheet?.name,
    selection: model.selection && `${model.selection.sheet.name}!${addressOf(model.selection.area)}`,
    names: model.names.map((n) => n.name),
    definedNames: model.names.map((n) => ({ ...n })),
    stats: { ...model.stats },
    customFunctions: [...(model.customFunctions ?? [])].sort(),
    problems: [...model.problems],
  };
}
