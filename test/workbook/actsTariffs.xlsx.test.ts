import ExcelJS from "exceljs";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePlanXlsx } from "../../scripts/xlsx";
import { costingWorkbook } from "../../src/workbook/actsTariffs";
import { evaluatePlan } from "../../src/workbook/evaluate";
import { expectStoredFormulas, FormulaRead } from "../support/xlsxReadBack";

/**
 * The combined sample workbook (cost centres + acts and tariffs, French) read
 * back: stored formulas and cached values, per-column number formats, and the
 * chart added to the package: its parts, relationships, content types, the
 * series' references and their cached values.
 */

const dir = mkdtempSync(join(tmpdir(), "hisab-acts-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = costingWorkbook("fr", { sample: true });
const evaluation = evaluatePlan(plan);
const file = join(dir, "actes.xlsx");
const letterSheet = plan.sheets.findIndex((s) => s.key === "letters") + 1;
let book: ExcelJS.Workbook;
let zip: JSZip;
const part = (path: string) => zip.file(path)!.async("string");
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });

beforeAll(async () => {
  await writePlanXlsx(plan, evaluation, file);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  zip = await JSZip.loadAsync(readFileSync(file));
}, 30_000);

it("stores every formula of both templates, with its cached values over the whole spill and its formats", () => {
  expectStoredFormulas(book, plan, evaluation);
});

it("stores the links to the cost-centre results, the value-sized schedule and the native checks as Excel saves them", () => {
  const letters = book.getWorksheet("Lettres-clés")!;
  expect((letters.getCell("F2").value as FormulaRead).formula).toBe("SUMIF(Centres!A2:A31,C2:C11,'Résultats'!E8:E37)");
  expect((letters.getCell("H2").value as FormulaRead).formula).toBe("_xldudf_HISAB_KEYCOST(A2:A11,F2:F11,Nomenclature!C2:C311,Nomenclature!D2:D311,Nomenclature!E2:E311)");
  const loan = book.getWorksheet("Prêt")!;
  expect(loan.getCell("A15").value).toMatchObject({ formula: "_xldudf_HISAB_LOAN_SCHEDULE(A5,B5,C5,E5,D5)", ref: "A15:F20" });
  expect(loan.getCell("E9").value).toMatchObject({ formula: "E8/E7" });
  expect((book.getWorksheet("Fonds renouvelable")!.getCell("E8").value as FormulaRead).formula).toBe("ROUND(A5+SUM(F11:F40)-SUM(D11:D40)-INDEX(H11:H40,B5),2)");
  expect((book.getWorksheet("Tarifs")!.getCell("D10").value as FormulaRead).formula).toBe(
    "ROUND(SUMPRODUCT(Nomenclature!K2:K311,Nomenclature!E2:E311)-SUMPRODUCT(Nomenclature!F2:F311,Nomenclature!E2:E311)-SUM('Lettres-clés'!F2:F11),2)",
  );
  const gap = ["L2", "M2", "N2", "O2"].map((a) => book.getWorksheet("Nomenclature")!.getCell(a).numFmt);
  expect(gap).toEqual(["#,##0.00", "0.0%", "#,##0.00", "0"]);
});

// The cost-centre results come first with their chart (chart1, drawing1); the letter-key chart is the second.
it("adds the letter-key chart: drawing and chart parts, their relationships and content types", async () => {
  const contentTypes = await part("[Content_Types].xml");
  expect(contentTypes).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  expect(contentTypes).toContain('<Override PartName="/xl/drawings/drawing2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
  const sheetRels = await part(`xl/worksheets/_rels/sheet${letterSheet}.xml.rels`);
  expect(sheetRels).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing2.xml"');
  expect(sheetRels).toContain("relationships/table");
  const sheet = await part(`xl/worksheets/sheet${letterSheet}.xml`);
  expect(sheet).toMatch(/<drawing r:id="rIdHisabDrawing"\/><tableParts/);
  expect(await part("xl/drawings/_rels/drawing2.xml.rels")).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart2.xml"');
  const anchor = xml.parse(await part("xl/drawings/drawing2.xml"))["xdr:wsDr"]["xdr:twoCellAnchor"];
  expect([anchor["xdr:from"]["xdr:col"], anchor["xdr:from"]["xdr:row"], anchor["xdr:to"]["xdr:col"], anchor["xdr:to"]["xdr:row"]]).toEqual([0, 13, 12, 33]);
  expect(anchor["xdr:graphicFrame"]["a:graphic"]["a:graphicData"]["c:chart"]["r:id"]).toBe("rId1");
  // Two sheets have charts: the cost-centre results and the letter keys.
  expect(Object.keys(zip.files).filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p)).sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"]);
});

it("draws official value against cost per point, each series cached with the computed values", async () => {
  const chart = xml.parse(await part("xl/charts/chart2.xml"))["c:chartSpace"]["c:chart"];
  expect(chart["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"]).toBe("Valeur officielle et coût du point, par lettre-clé (DZD)");
  const bar = chart["c:plotArea"]["c:barChart"];
  expect([bar["c:barDir"].val, bar["c:grouping"].val]).toEqual(["col", "clustered"]);
  const series = bar["c:ser"] as Record<string, any>[];
  expect(series.map((s) => s["c:tx"]["c:v"])).toEqual(["Valeur officielle du point", "Coût du point"]);
  expect(series.map((s) => s["c:val"]["c:numRef"]["c:f"])).toEqual(["'Lettres-clés'!$D$2:$D$11", "'Lettres-clés'!$H$2:$H$11"]);
  const categories = series[0]["c:cat"]["c:strRef"];
  expect(categories["c:f"]).toBe("'Lettres-clés'!$A$2:$A$11");
  expect(categories["c:strCache"]["c:pt"].map((p: { "c:v": string }) => String(p["c:v"]))).toEqual(["K", "B", "Z", "D", "C", "Cs", "SF", "AMI", "AMM", "KE"]);
  const costs = evaluation.read("Lettres-clés", "H2:H11").flat();
  const cached = series[1]["c:val"]["c:numRef"]["c:numCache"];
  expect(Number(cached["c:ptCount"].val)).toBe(10);
  expect(cached["c:pt"].map((p: { "c:v": number }) => p["c:v"])).toEqual(costs.map((c) => expect.closeTo(c as number, 6)));
  expect(chart["c:plotArea"]["c:catAx"]["c:crossAx"].val).toBe(chart["c:plotArea"]["c:valAx"]["c:axId"].val);
});
