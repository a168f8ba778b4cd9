import { cellAddress } from "../../src/workbook/formula";
import type { HeaderCell, SheetLayout } from "../../src/workbook/layout";
import type { PageSetup } from "../../src/workbook/print";
import type { RequestBudget } from "./requestBudget";

/**
 * The layout and the page setup a sheet plan derives (src/workbook/layout.ts
 * and print.ts), written through Office.js as the .xlsx writer writes them:
 * header cells wrapped and aligned, long labels wrapped, rows as tall as
 * their wrapped text, and the sheet's page layout (ExcelApi 1.9).
 */

const ALIGN: Record<HeaderCell["align"], "Left" | "Right"> = { left: "Left", right: "Right" };

export async function writeLayout(sheet: Excel.Worksheet, layout: SheetLayout, budget: RequestBudget): Promise<void> {
  for (const run of headerRuns(layout.headers)) {
    await budget.reserve(4);
    const format = sheet.getRange(`${cellAddress(run.row, run.col)}:${cellAddress(run.row, run.col + run.cols - 1)}`).format;
    format.wrapText = true;
    format.verticalAlignment = "Bottom";
    format.horizontalAlignment = ALIGN[run.align];
    if (run.indent > 0) format.indentLevel = run.indent;
  }
  for (const { row, col } of layout.wrapped) {
    await budget.reserve(1);
    sheet.getRange(cellAddress(row, col)).format.wrapText = true;
  }
  for (const [row, height] of layout.rowHeights) {
    await budget.reserve(1);
    sheet.getRange(cellAddress(row, 0)).format.rowHeight = height;
  }
}

/** Neighbouring header cells of a row that look the same, as one range each. */
function headerRuns(headers: readonly HeaderCell[]): (HeaderCell & { cols: number })[] {
  const runs: (HeaderCell & { cols: number })[] = [];
  const sorted = [...headers].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.col + last.cols === cell.col && last.align === cell.align && last.indent === cell.indent) last.cols++;
    else runs.push({ ...cell, cols: 1 });
  }
  return runs;
}

export async function writePageSetup(sheet: Excel.Worksheet, setup: PageSetup, budget: RequestBudget): Promise<void> {
  await budget.reserve(16);
  const page = sheet.pageLayout;
  page.paperSize = "A4";
  page.orientation = setup.orientation === "portrait" ? "Portrait" : "Landscape";
  page.zoom = "pagesWide" in setup.zoom ? { horizontalFitToPages: setup.zoom.pagesWide, verticalFitToPages: 0 } : { scale: setup.zoom.scale };
  const inches = (n: number) => n * 72;
  page.leftMargin = inches(setup.margins.left);
  page.rightMargin = inches(setup.margins.right);
  page.topMargin = inches(setup.margins.top);
  page.bottomMargin = inches(setup.margins.bottom);
  page.headerMargin = inches(setup.margins.header);
  page.footerMargin = inches(setup.margins.footer);
  page.headersFooters.defaultForAllPages.leftFooter = setup.footer.left;
  page.headersFooters.defaultForAllPages.rightFooter = setup.footer.right;
  if (setup.columns) page.setPrintArea(setup.columns);
  if (setup.titleRow !== undefined) page.setPrintTitleRows(`$${setup.titleRow}:$${setup.titleRow}`);
  if (setup.titleColumn) page.setPrintTitleColumns("$A:$A");
  // A re-run writes the same breaks again: the sheet is the add-in's own, its breaks too.
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of setup.breaksAfter) sheet.horizontalPageBreaks.add(cellAddress(row, 0));
}
