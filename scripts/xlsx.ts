import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { Computed, formulaKey, Grid, isErrorValue, PlanEvaluation } from "../src/workbook/evaluate";
import { areaRef, cellAddress, columnFormat, formulaText, parseRef, quoteSheetName } from "../src/workbook/formula";
import { LABEL_FONTS, SheetLayout, sheetLayout } from "../src/workbook/layout";
import type { FormulaCell, LabelStyle, SheetPlan, TableBlock, Validation, ValueBlock, WorkbookPlan } from "../src/workbook/plan";
import { nameReference } from "../src/journeys/names";
import { PageSetup, pageSetup } from "../src/workbook/print";
import { addCharts } from "./xlsxCharts";
import { editPart } from "./xlsxPackage";

/**
 * Writes a WorkbookPlan as an .xlsx file with ExcelJS, the way Excel itself
 * would save it: inputs in Excel tables, our formulas in the stored
 * `_xldudf_HISAB_…` form with their cached results (so the file shows figures
 * before the add-in loads, and in LibreOffice), spilled results as dynamic
 * arrays. ExcelJS writes a spilled result as a legacy array formula
 * (`<f t="array" ref=…>`); `markDynamicArrays` then adds what Excel 365 adds to
 * a spill — the cell attribute cm="1" pointing at the XLDAPR cell-metadata
 * record in xl/metadata.xml ([MS-XLSX] 2.6.x dynamic array properties), its
 * content type and its workbook relationship — so the file opens with real
 * spills rather than {=…} arrays (older Excel still reads them as arrays).
 * Charts, which ExcelJS cannot write, are added to the package by xlsxCharts.
 * Every sheet gets the layout (wrapped and aligned headers, row heights) and
 * the page setup the plan derives (layout.ts, print.ts).
 */

/** A label's font: the layout's size and weight in Excel's default font (ExcelJS writes no name unless told, and LibreOffice then falls back to a serif). */
const labelFont = (style: LabelStyle, font: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> => ({ name: "Calibri", family: 2, size: LABEL_FONTS[style].size, bold: LABEL_FONTS[style].bold, ...font });

const LABEL_STYLES: Record<LabelStyle, Partial<ExcelJS.Style>> = {
  title: { font: labelFont("title", { color: { argb: "FF1F4E79" } }) },
  subtitle: { font: labelFont("subtitle", { color: { argb: "FF1F4E79" } }) },
  header: {
    font: labelFont("header", {}),
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
    border: { bottom: { style: "thin", color: { argb: "FF1F4E79" } } },
  },
  note: { font: labelFont("note", { italic: true, color: { argb: "FF595959" } }) },
  check: { font: labelFont("check", { color: { argb: "FF375623" } }) },
};

/** ExcelJS reads `shareType` and `ref` on a formula value but does not declare them. */
interface ArrayFormulaValue extends ExcelJS.CellFormulaValue {
  shareType: "array";
  ref: string;
}

export async function writePlanXlsx(plan: WorkbookPlan, evaluation: PlanEvaluation, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Hisab Santé";
  workbook.title = plan.title;
  for (const sheet of plan.sheets) writeSheet(workbook, sheet, evaluation);
  for (const { name, refersTo } of plan.names ?? []) workbook.definedNames.add(nameReference(refersTo).slice(1), name);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  await quotePrintNames(zip, plan);
  await markDynamicArrays(zip);
  await addCharts(zip, plan, evaluation);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan, evaluation: PlanEvaluation): void {
  const frozen = sheet.freezeRows ? [{ state: "frozen" as const, xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: cellAddress(sheet.freezeRows, 0) }] : [];
  const ws = workbook.addWorksheet(sheet.name, { views: frozen, state: sheet.visibility ?? "visible" });
  for (const table of sheet.tables) writeTable(ws, table);
  for (const label of sheet.labels) {
    const cell = ws.getCell(label.at);
    cell.value = label.text; // a string value is always text in the file, even "=1+1"
    if (label.style) cell.style = { ...LABEL_STYLES[label.style] };
  }
  for (const block of sheet.values ?? []) writeValues(ws, block);
  for (const formula of sheet.formulas) {
    const grid = evaluation.results.get(formulaKey(sheet.name, formula.at));
    if (!grid) throw new Error(`No computed value for ${formulaKey(sheet.name, formula.at)}: evaluate the plan first`);
    writeFormula(ws, formula, grid);
  }
  for (const [letter, width] of Object.entries(sheet.columnWidths ?? {})) setWidth(ws.getColumn(letter), width);
  const layout = sheetLayout(sheet, (row, col) => evaluation.read(sheet.name, cellAddress(row, col))[0][0]);
  applyLayout(ws, layout);
  applyPageSetup(ws, pageSetup(sheet, layout));
}

function applyLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  for (const { row, col, align, indent } of layout.headers) ws.getCell(cellAddress(row, col)).alignment = { wrapText: true, horizontal: align, vertical: "bottom", indent };
  for (const { row, col } of layout.wrapped) ws.getCell(cellAddress(row, col)).alignment = { wrapText: true };
  for (const [row, height] of layout.rowHeights) ws.getRow(row + 1).height = height;
}

function applyPageSetup(ws: ExcelJS.Worksheet, setup: PageSetup): void {
  const fit = "pagesWide" in setup.zoom ? { fitToPage: true, fitToWidth: setup.zoom.pagesWide, fitToHeight: 0 } : { fitToPage: false, scale: setup.zoom.scale };
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: setup.orientation,
    ...fit,
    margins: setup.margins,
    printArea: setup.columns,
    printTitlesRow: setup.titleRow === undefined ? undefined : `${setup.titleRow}:${setup.titleRow}`,
    printTitlesColumn: setup.titleColumn ? "A:A" : undefined,
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&L${setup.footer.left}&R${setup.footer.right}` };
  for (const row of setup.breaksAfter) ws.getRow(row).addPageBreak();
}

/** ExcelJS 4.4 quotes the sheet name of a print area or print titles without doubling its apostrophes ('Mode d'emploi'!$1:$1); write it as Excel does. */
async function quotePrintNames(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  let fixed = xml;
  for (const { name } of plan.sheets.filter((s) => s.name.includes("'"))) fixed = fixed.split(`${escapeXml(`'${name}'`)}!`).join(`${escapeXml(quoteSheetName(name))}!`);
  if (fixed !== xml) zip.file("xl/workbook.xml", fixed);
}

/** ExcelJS 4.4 leaves out a column exactly 9 characters wide (its own default, not Excel's 8.43): a hair wider, the same pixels, is written. */
function setWidth(column: ExcelJS.Column, characters: number): void {
  column.width = characters === 9 ? 9.001 : characters;
}

function writeValues(ws: ExcelJS.Worksheet, block: ValueBlock): void {
  const { top, left } = parseRef(block.at);
  block.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(cellAddress(top + r, left + c));
      cell.value = value;
      const format = block.numberFormats?.[c];
      if (format && typeof value !== "string") cell.numFmt = format;
    }),
  );
}

function writeTable(ws: ExcelJS.Worksheet, table: TableBlock): void {
  const { top, left } = parseRef(table.at);
  ws.addTable({
    name: table.name,
    ref: table.at,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: table.rows.map((row) => row.map((v) => v ?? undefined)),
  });
  table.columns.forEach((column, c) => {
    if (column.width) setWidth(ws.getColumn(left + c + 1), column.width);
    for (let r = 0; r < table.rows.length; r++) {
      const cell = ws.getCell(cellAddress(top + 1 + r, left + c));
      if (column.numberFormat) cell.numFmt = column.numberFormat;
      if (column.validation) cell.dataValidation = dataValidation(column.validation);
    }
  });
}

function dataValidation(validation: Validation): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true };
  if (validation.kind === "list") {
    const list = validation.values.join(",");
    if (list.length > 255 || validation.values.some((v) => v.includes(",") || v.includes('"'))) throw new Error(`List validation too long or with a comma/quote: ${list}`);
    return { ...common, type: "list", formulae: [`"${list}"`] };
  }
  const { min, max } = validation;
  if (min !== undefined && max !== undefined) return { ...common, type: validation.kind, operator: "between", formulae: [min, max] };
  if (min !== undefined) return { ...common, type: validation.kind, operator: "greaterThanOrEqual", formulae: [min] };
  if (max !== undefined) return { ...common, type: validation.kind, operator: "lessThanOrEqual", formulae: [max] };
  // No bound: the cell must still hold a number.
  return { ...common, type: validation.kind, operator: "between", formulae: [-1e15, 1e15] };
}

function writeFormula(ws: ExcelJS.Worksheet, formula: FormulaCell, grid: Grid): void {
  const { top, left } = parseRef(formula.at);
  const text = formulaText(formula.expr, { form: "stored" });
  grid.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = ws.getCell(cellAddress(top + r, left + c));
      const result = cachedValue(value);
      if (r === 0 && c === 0) {
        const single = formula.rows === 1 && formula.cols === 1;
        const ref = areaRef({ top, left, rows: formula.rows, cols: formula.cols });
        cell.value = single ? { formula: text, result } : ({ formula: text, result, shareType: "array", ref } satisfies ArrayFormulaValue as ExcelJS.CellValue);
      } else {
        cell.value = result;
      }
      const format = columnFormat(formula, c);
      if (format) cell.numFmt = format;
    }),
  );
}

function cachedValue(value: Computed): number | string | boolean | ExcelJS.CellErrorValue {
  // ExcelJS's type lists only the errors Excel 2007 knew; the evaluator's results never hold the newer ones.
  if (isErrorValue(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value ?? "";
}

// ---- dynamic arrays --------------------------------------------------------

const METADATA_PART = "xl/metadata.xml";
const METADATA_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
const METADATA_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";

/** One cell-metadata record (index 1 for cm="1"): the XLDAPR future metadata with fDynamic="1", as Excel 365 writes it. */
const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  "</metadata>";

/** Turns every array formula of the package into a dynamic-array (spilled) formula. */
async function markDynamicArrays(zip: JSZip): Promise<void> {
  let marked = 0;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const updated = xml.replace(/<c ([^>]*?)>(<f t="array")/g, (_, attributes: string, f: string) => {
      marked++;
      return `<c ${attributes} cm="1">${f}`;
    });
    zip.file(path, updated);
  }
  if (marked > 0) {
    zip.file(METADATA_PART, METADATA_XML);
    await editPart(zip, "[Content_Types].xml", (xml) => xml.replace("</Types>", `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_CONTENT_TYPE}"/></Types>`));
    await editPart(zip, "xl/_rels/workbook.xml.rels", (xml) => xml.replace("</Relationships>", `<Relationship Id="rIdHisabMetadata" Type="${METADATA_RELATIONSHIP}" Target="metadata.xml"/></Relationships>`));
  }
}
