import JSZip from "jszip";
import { isErrorValue, PlanEvaluation } from "../src/workbook/evaluate";
import { categoryFormat, columnLetters, parseRef, quoteSheetName } from "../src/workbook/formula";
import type { ChartPlan, RangeRef, SheetPlan, WorkbookPlan } from "../src/workbook/plan";
import { editPart } from "./xlsxPackage";

/**
 * Charts of a WorkbookPlan added to the package ExcelJS wrote (ExcelJS 4.4
 * writes no charts): per sheet with charts, a drawing part anchoring each
 * chart over its cells, and per chart a DrawingML chart part whose series
 * refer to the sheet's ranges and cache their computed values, so the chart
 * shows before Excel recalculates. The parts, their relationships and content
 * types are those of ECMA-376 Part 1 (§21.2 DrawingML charts, §20.5 drawings
 * in spreadsheets), in the minimal form other writers produce (one bar or line
 * chart, a category and a value axis, a legend). Categories that are figures
 * (the months of a contract, as date serials) are cached as numbers with
 * their cells' format, which the category axis shows.
 */

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
const REL = { drawing: `${NS.r}/drawing`, chart: `${NS.r}/chart` };
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Adds the plan's charts; sheet i of the plan is xl/worksheets/sheet{i+1}.xml, as ExcelJS numbers them. */
export async function addCharts(zip: JSZip, plan: WorkbookPlan, evaluation: PlanEvaluation): Promise<number> {
  let chartCount = 0;
  let drawingCount = 0;
  const overrides: string[] = [];
  for (const [index, sheet] of plan.sheets.entries()) {
    const charts = sheet.charts ?? [];
    if (charts.length === 0) continue;
    const drawing = ++drawingCount;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    for (const [i, chart] of charts.entries()) {
      const number = ++chartCount;
      zip.file(`xl/charts/chart${number}.xml`, chartXml(chart, sheet, categoryFormat(plan, sheet, chart), evaluation));
      overrides.push(`<Override PartName="/xl/charts/chart${number}.xml" ContentType="${CONTENT_TYPE.chart}"/>`);
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL.chart}" Target="../charts/chart${number}.xml"/>`);
      anchors.push(anchorXml(chart, i + 1, number));
    }
    zip.file(`xl/drawings/drawing${drawing}.xml`, `${DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`);
    zip.file(`xl/drawings/_rels/drawing${drawing}.xml.rels`, `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">${drawingRels.join("")}</Relationships>`);
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="${CONTENT_TYPE.drawing}"/>`);
    await linkDrawing(zip, index + 1, drawing);
  }
  if (overrides.length > 0) await editPart(zip, "[Content_Types].xml", (xml) => xml.replace("</Types>", `${overrides.join("")}</Types>`));
  return chartCount;
}

/** The sheet's relationship to its drawing, and the <drawing> element where the schema puts it (before legacyDrawing, tableParts and extLst). */
async function linkDrawing(zip: JSZip, sheetNumber: number, drawing: number): Promise<void> {
  const relsPath = `xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`;
  const relationship = `<Relationship Id="rIdHisabDrawing" Type="${REL.drawing}" Target="../drawings/drawing${drawing}.xml"/>`;
  if (zip.file(relsPath)) await editPart(zip, relsPath, (xml) => xml.replace("</Relationships>", `${relationship}</Relationships>`));
  else zip.file(relsPath, `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">${relationship}</Relationships>`);
  await editPart(zip, `xl/worksheets/sheet${sheetNumber}.xml`, (xml) => xml.replace(/<legacyDrawing|<tableParts|<extLst|<\/worksheet>/, (next) => `<drawing r:id="rIdHisabDrawing"/>${next}`));
}

/** A two-cell anchor over the chart's cells (0-based columns and rows, the end cell excluded as Excel counts it). */
function anchorXml(chart: ChartPlan, relationship: number, id: number): string {
  const area = parseRef(chart.at);
  const marker = (tag: string, col: number, row: number) => `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor>${marker("from", area.left, area.top)}${marker("to", area.left + area.cols, area.top + area.rows)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${escape(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId${relationship}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** `'Lettres-clés'!$A$2:$A$11`: the absolute reference a chart series holds. */
function absoluteRef(ref: RangeRef, sheet: string): string {
  const area = parseRef(ref.ref);
  const corner = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  return `${quoteSheetName(ref.sheet ?? sheet)}!${corner(area.top, area.left)}:${corner(area.top + area.rows - 1, area.left + area.cols - 1)}`;
}

/** A series' reference and its cached points: text ("str"), or numbers in `format`. */
function cache(ref: RangeRef, sheet: string, evaluation: PlanEvaluation, kind: "str" | "num", format = "General"): string {
  const values = evaluation.read(ref.sheet ?? sheet, ref.ref).flat();
  const points = values.flatMap((value, i) => {
    if (value === null || isErrorValue(value) || (kind === "num" && typeof value !== "number")) return [];
    return [`<c:pt idx="${i}"><c:v>${escape(String(value))}</c:v></c:pt>`];
  });
  const formatCode = kind === "num" ? `<c:formatCode>${escape(format)}</c:formatCode>` : "";
  return `<c:${kind}Ref><c:f>${escape(absoluteRef(ref, sheet))}</c:f><c:${kind}Cache>${formatCode}<c:ptCount val="${values.length}"/>${points.join("")}</c:${kind}Cache></c:${kind}Ref>`;
}

function chartXml(chart: ChartPlan, sheetPlan: SheetPlan, categoryFormat: string | undefined, evaluation: PlanEvaluation): string {
  const sheet = sheetPlan.name;
  const categories = categoryFormat === undefined ? cache(chart.categories, sheet, evaluation, "str") : cache(chart.categories, sheet, evaluation, "num", categoryFormat);
  const series = chart.series
    .map((s, i) => {
      const marker = chart.kind === "line" ? '<c:marker><c:symbol val="circle"/></c:marker>' : '<c:invertIfNegative val="0"/>';
      const smooth = chart.kind === "line" ? '<c:smooth val="0"/>' : "";
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escape(s.name)}</c:v></c:tx>${marker}<c:cat>${categories}</c:cat><c:val>${cache(s.values, sheet, evaluation, "num")}</c:val>${smooth}</c:ser>`;
    })
    .join("");
  const axes = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  const plot =
    chart.kind === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`
      : `<c:barChart><c:barDir val="${chart.kind === "barClustered" ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axes}</c:barChart>`;
  const [categoryPosition, valuePosition] = chart.kind === "barClustered" ? ["l", "b"] : ["b", "l"];
  const tickLabels = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  const categoryAxis = `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${categoryPosition}"/>${categoryFormat === undefined ? '<c:numFmt formatCode="General" sourceLinked="1"/>' : `<c:numFmt formatCode="${escape(categoryFormat)}" sourceLinked="0"/>`}${tickLabels}<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis = `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${valuePosition}"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/>${tickLabels}<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escape(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  return (
    `${DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>${plot}${categoryAxis}${valueAxis}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
