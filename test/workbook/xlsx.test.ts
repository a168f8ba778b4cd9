import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePlanXlsx } from "../../scripts/xlsx";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { evaluatePlan } from "../../src/workbook/evaluate";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { expectStoredFormulas, FormulaRead } from "../support/xlsxReadBack";

/** The sample workbook as ExcelJS reads it back: stored formulas, cached values, tables, validations, dynamic-array parts. */

const dir = mkdtempSync(join(tmpdir(), "hisab-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = costCentreTemplate("fr", { sample: true });
const evaluation = evaluatePlan(plan);
const file = join(dir, "sample.xlsx");
let book: ExcelJS.Workbook;
let zip: JSZip;

beforeAll(async () => {
  await writePlanXlsx(plan, evaluation, file);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  zip = await JSZip.loadAsync(readFileSync(file));
});

it("stores our formulas as Excel saves them (_xldudf_HISAB_…) and native ones in English", () => {
  const results = book.getWorksheet("Résultats")!;
  const primary = results.getCell("D8").value as FormulaRead;
  expect(primary.formula).toBe("_xldudf_HISAB_PRIMARY(Centres!A2:A31,Charges!C2:C29,Charges!D2:D29,'Clés primaires'!A1:AE16)");
  expect(primary.shareType).toBe("array");
  expect(primary.ref).toBe("D8:D37");
  expect((results.getCell("B47").value as FormulaRead).formula).toMatch(/^_xldudf_HISAB_ALLOCATION_FLOWS\(Centres!A2:A31,D8:D37,'Clés secondaires'!A1:AE10,C4\)$/);
  expect((results.getCell("D43").value as FormulaRead).formula).toBe("ROUND(SUM(E8:E37)-SUM(Charges!C2:C29),2)");
});

it("caches zero and blank results in the XML itself", async () => {
  const index = plan.sheets.findIndex((s) => s.key === "results") + 1;
  const xml = await zip.file(`xl/worksheets/sheet${index}.xml`)!.async("string");
  expect(xml).toMatch(/<c r="D42"[^>]*><f>ROUND\(SUM\(D8:D37\)-SUM\(Charges!C2:C29\),2\)<\/f><v>0<\/v><\/c>/);
  expect(xml).toMatch(/<c r="H8"[^>]* t="str"[^>]*><f t="array" ref="H8:H37">_xldudf_HISAB_UNITCOST\([^<]*\)<\/f><v><\/v><\/c>/);
});

it("has every formula in stored form with its cached values over the whole spill", () => {
  expectStoredFormulas(book, plan, evaluation);
});

it("marks spilled results as dynamic arrays (cm attribute, metadata part, content type, relationship)", async () => {
  const contentTypes = await zip.file("[Content_Types].xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const metadata = await zip.file("xl/metadata.xml")!.async("string");
  expect(contentTypes).toContain('<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>');
  expect(rels).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/sheetMetadata" Target="metadata.xml"/);
  expect(metadata).toContain('<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
  const sheets = await Promise.all(Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).map((p) => zip.file(p)!.async("string")));
  const arrays = sheets.join("").match(/<c [^>]*><f t="array"[^>]*>/g) ?? [];
  const spills = plan.sheets.flatMap((s) => s.formulas).filter((f) => f.rows * f.cols > 1).length;
  expect(arrays).toHaveLength(spills);
  for (const cell of arrays) expect(cell).toContain(' cm="1"');
});

it("writes the inputs as Excel tables with formats and validations, and freezes headers", () => {
  const names = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
  const written = book.worksheets.flatMap((ws) => ws.getTables().map((t) => (t as unknown as { name: string }).name));
  expect(written.sort()).toEqual([...names].sort());
  const centres = book.getWorksheet("Centres")!;
  expect(centres.getCell("A2").value).toBe("ADM");
  expect(centres.getCell("C2").dataValidation).toMatchObject({ type: "list", formulae: ['"auxiliaire,principal"'] });
  expect(centres.getCell("E12").dataValidation).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
  expect(centres.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  const expenses = book.getWorksheet("Charges")!;
  expect(expenses.getCell("C2").numFmt).toBe("#,##0.00");
  expect(String(expenses.getCell("D2").dataValidation.formulae[0])).toContain("Direct pharmacie");
  expect(book.getWorksheet("Résultats")!.getCell("C4").dataValidation).toMatchObject({ type: "list", formulae: ['"directe,cascade,réciproque"'] });
});

it("writes text that looks like a formula as text, never as a formula", async () => {
  const tricky: WorkbookPlan = {
    id: "t",
    title: "t",
    sheets: [
      {
        key: "s",
        name: "Feuille d'essai",
        tables: [{ name: "tEssai", at: "A1", columns: [{ header: "Texte" }, { header: "Nombre" }], rows: [["=2+2", 1], ["@SUM(B2)", 2]] }],
        labels: [
          { at: "D1", text: "=1+1" },
          { at: "D2", text: "+33 6 12" },
          { at: "D3", text: "-x" },
        ],
        formulas: [{ at: "E1", expr: { kind: "call", fn: "SUM", args: [{ kind: "range", sheet: "Feuille d'essai", ref: "B2:B3" }] }, rows: 1, cols: 1 }],
      },
    ],
  };
  const trickyFile = join(dir, "tricky.xlsx");
  await writePlanXlsx(tricky, evaluatePlan(tricky), trickyFile);
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(trickyFile);
  const ws = read.getWorksheet("Feuille d'essai")!;
  for (const [address, text] of [["D1", "=1+1"], ["D2", "+33 6 12"], ["D3", "-x"], ["A2", "=2+2"], ["A3", "@SUM(B2)"]]) {
    expect({ address, type: ws.getCell(address).type, value: ws.getCell(address).value }).toEqual({ address, type: ExcelJS.ValueType.String, value: text });
  }
  expect(ws.getCell("E1").value).toEqual({ formula: "SUM('Feuille d''essai'!B2:B3)", result: 3 });
});
