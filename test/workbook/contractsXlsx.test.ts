import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePlanXlsx } from "../../scripts/xlsx";
import { contractsPlan, NO_SPARE_ROWS } from "../../src/workbook/contracts";
import { formatsFor } from "../../src/workbook/contracts/formats";
import { evaluatePlan } from "../../src/workbook/evaluate";
import { cellAddress } from "../../src/workbook/formula";
import { expectStoredFormulas, FormulaRead } from "../support/xlsxReadBack";
import { shortContractsSample } from "./contractsShortSample";

/**
 * The French contract workbook as the demo writes it, read back: stored
 * formulas, cached values, text kept as text, the chart. The short sample
 * (contractsShortSample.ts) keeps every planted line and the round trip fast.
 */

const dir = mkdtempSync(join(tmpdir(), "hisab-contracts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const data = shortContractsSample();
const plan = contractsPlan("fr", data, { spare: NO_SPARE_ROWS, note: "" });
const evaluation = evaluatePlan(plan);
const file = join(dir, "hisab-contrats.xlsx");
let book: ExcelJS.Workbook;
let zip: JSZip;

beforeAll(async () => {
  await writePlanXlsx(plan, evaluation, file);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  zip = await JSZip.loadAsync(readFileSync(file));
});

it("stores our functions as Excel saves them (_xldudf_HISAB_…) and the native ones in English", () => {
  const lines = book.getWorksheet("Activité")!.getCell("H2").value as FormulaRead;
  const rows = data.feeForService.activity.length;
  const contractRows = data.feeForService.lines.length;
  expect(lines.formula).toBe(`_xldudf_HISAB_CONTRACT_LINES(Contrat!A9:D${8 + contractRows},'Activité'!A2:E${rows + 1},Contrat!D5,Contrat!E5,Contrat!H5)`);
  expect(lines).toMatchObject({ shareType: "array", ref: `H2:J${rows + 1}` });
  const balance = book.getWorksheet("Solde")!;
  expect((balance.getCell("B11").value as FormulaRead).formula).toMatch(/^_xldudf_HISAB_CONTRACT_BALANCE\(Contrat!A9:D\d+,'Activité'!A2:E\d+,Contrat!H9:H\d+,Contrat!D5,Contrat!E5,Contrat!F5,Contrat!G5,Contrat!H5\)$/);
  expect((balance.getCell("B41").value as FormulaRead).formula).toBe(
    `SUMIFS('Activité'!J2:J${rows + 1},'Activité'!A2:A${rows + 1},CONCATENATE(">=",Solde!A41),'Activité'!A2:A${rows + 1},CONCATENATE("<",EDATE(Contrat!D5,2)))`,
  );
  expect((balance.getCell("D11").value as FormulaRead).formula).toBe(`COUNTIF('Activité'!H2:H${rows + 1},Solde!C11)`);
  const claims = book.getWorksheet("Prestations")!;
  expect((claims.getCell("I2").value as FormulaRead).formula).toMatch(/^_xldudf_HISAB_CLAIMS_SETTLE\(Prestations!A2:E\d+,'Convention mutuelle'!H9:J\d+,'Convention mutuelle'!A9:E\d+,'Convention mutuelle'!M9:O\d+,/);
  expect((book.getWorksheet("FBR")!.getCell("H21").value as FormulaRead).formula).toMatch(/^_xldudf_HISAB_PBF_PAYMENT\(FBR!A21:F140,FBR!C5,FBR!F5:G14,FBR!O5:P7,FBR!L5:M7,FBR!D5\)$/);
  expect((book.getWorksheet("Jumelage")!.getCell("I9").value as FormulaRead).formula).toMatch(/^_xldudf_HISAB_TWINNING_SETTLE\(Jumelage!A\d+:E\d+,Jumelage!A8:C17,Jumelage!A5,Jumelage!B5,Jumelage!G9:G20,Jumelage!E5\)$/);
});

it("has every formula in stored form with its cached values and formats over the whole spill", () => {
  expectStoredFormulas(book, plan, evaluation);
});

it("keeps what the export typed as text as text: a reference like a formula, a quantity, a date, a price", () => {
  const activity = book.getWorksheet("Activité")!;
  const { activity: rows, planted } = data.feeForService;
  const textCells = planted.flatMap((p) => rows[p.row].slice(0, 5).flatMap((v, c) => (typeof v === "string" && /^[=+\-@]|\d/.test(v) ? [{ at: cellAddress(p.row + 1, c), text: v }] : [])));
  expect(textCells.map((t) => t.text)).toEqual(expect.arrayContaining(["=SUM(A1)", "2 j", "1,5", "31/04/2025", "1 500,00"]));
  for (const { at, text } of textCells) expect({ at, type: activity.getCell(at).type, value: activity.getCell(at).value }).toEqual({ at, type: ExcelJS.ValueType.String, value: text });
  const reference = planted.find((p) => rows[p.row][4] === "=SUM(A1)")!;
  expect(activity.getCell(cellAddress(reference.row + 1, 7)).value).toBe("OK");
});

it("writes the inputs as tables with formats and validations, and freezes the activity's header", () => {
  const names = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
  const written = book.worksheets.flatMap((ws) => ws.getTables().map((t) => (t as unknown as { name: string }).name));
  expect(written.sort()).toEqual([...names].sort());
  const contract = book.getWorksheet("Contrat")!;
  expect(contract.getCell("G5").dataValidation).toMatchObject({ type: "list", formulae: ['"prorata,priorité"'] });
  expect(contract.getCell("D5").numFmt).toBe("dd/mm/yyyy");
  expect(contract.getCell("B9").numFmt).toBe("#,##0.00");
  expect(book.getWorksheet("Activité")!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(book.getWorksheet("FBR")!.getCell("F21").numFmt).toBe("#,##0");
  expect(book.getWorksheet("FBR")!.getCell("C5").numFmt).toBe("0.0%");
});

it("adds the chart of due and paid by month over the statement's month table, its axis showing months", async () => {
  const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
  expect(charts).toHaveLength(1);
  const xml = await zip.file(charts[0])!.async("string");
  expect(xml).toContain("<c:f>Solde!$A$40:$A$51</c:f>");
  expect(xml).toContain("<c:f>Solde!$B$40:$B$51</c:f>");
  expect(xml).toContain("<c:f>Solde!$C$40:$C$51</c:f>");
  expect(xml).toContain("Dû et versé par mois");
  // The months are date serials: cached as numbers in the month format, which the category axis shows (not 45658).
  const month = escapeXml(formatsFor("fr", 2).month);
  expect(xml).toContain(`<c:cat><c:numRef><c:f>Solde!$A$40:$A$51</c:f><c:numCache><c:formatCode>${month}</c:formatCode>`);
  expect(xml).toMatch(new RegExp(`<c:catAx>.*<c:numFmt formatCode="${escapeRegExp(month)}" sourceLinked="0"/>.*</c:catAx>`));
});
