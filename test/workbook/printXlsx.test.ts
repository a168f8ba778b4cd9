import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePlanXlsx } from "../../scripts/xlsx";
import { costingWorkbook } from "../../src/workbook/actsTariffs";
import { contractsPlan, NO_SPARE_ROWS } from "../../src/workbook/contracts";
import { evaluatePlan } from "../../src/workbook/evaluate";
import { cellAddress, parseRef } from "../../src/workbook/formula";
import { DEFAULT_COLUMN_WIDTH, FILTER_BUTTON_PIXELS, INDENT_PIXELS, LABEL_FONTS, lineHeight, textRoom, wrapText } from "../../src/workbook/layout";
import type { SheetPlan, WorkbookPlan } from "../../src/workbook/plan";
import { shortContractsSample } from "./contractsShortSample";

/**
 * The print setup and the header layout as the .xlsx files hold them, read
 * back: every sheet on A4 with its fit or scale, margins and footer; the
 * print titles and areas as defined names; every header wrapped and aligned,
 * and fitting the column width and row height written in the file.
 */

const dir = mkdtempSync(join(tmpdir(), "hisab-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Written {
  plan: WorkbookPlan;
  book: ExcelJS.Workbook;
  zip: JSZip;
}

const written: Record<string, Written> = {};
const PLANS: Record<string, WorkbookPlan> = {
  costing: costingWorkbook("fr", { sample: true }),
  contracts: contractsPlan("en", shortContractsSample(), { spare: NO_SPARE_ROWS, note: "" }),
  // A sheet whose name has an apostrophe and a long table: its print titles must quote it as Excel does.
  quoted: {
    id: "quoted",
    title: "",
    sheets: [{ key: "k", name: "Mode d'emploi", labels: [], formulas: [], tables: [{ name: "tLong", at: "A1", columns: [{ header: "Code" }], rows: Array.from({ length: 60 }, (_, i) => [`C${i}`]) }] }],
  },
};

beforeAll(async () => {
  for (const [name, plan] of Object.entries(PLANS)) {
    const file = join(dir, `${name}.xlsx`);
    await writePlanXlsx(plan, evaluatePlan(plan), file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    written[name] = { plan, book, zip: await JSZip.loadAsync(readFileSync(file)) };
  }
}, 60_000);

const sheetXml = (w: Written, index: number) => w.zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async("string");
const definedNames = async (w: Written) => [...(await w.zip.file("xl/workbook.xml")!.async("string")).matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)">([^<]+)<\/definedName>/g)].map(([, name, sheet, ref]) => ({ name, sheet: Number(sheet), ref: ref.replace(/&apos;/g, "'") }));

it.each(["costing", "contracts"])("sets every sheet of the %s workbook on A4, fitted to its width or at a fixed scale, with margins and the footer", async (name) => {
  const w = written[name];
  for (const [i, sheet] of w.plan.sheets.entries()) {
    const xml = await sheetXml(w, i);
    const setup = /<pageSetup ([^>]*)\/>/.exec(xml)?.[1] ?? "";
    expect({ sheet: sheet.name, paper: /paperSize="9"/.test(setup), orientation: /orientation="(portrait|landscape)"/.test(setup) }).toEqual({ sheet: sheet.name, paper: true, orientation: true });
    if (sheet.print?.pageBreaks) {
      expect({ sheet: sheet.name, fit: xml.includes('fitToPage="1"'), scale: Number(/scale="(\d+)"/.exec(setup)?.[1]) >= 60 }).toEqual({ sheet: sheet.name, fit: false, scale: true });
      expect(xml).toContain(`<rowBreaks count="1" manualBreakCount="1"><brk id="${sheet.print.pageBreaks[0]}"`);
    } else {
      expect({ sheet: sheet.name, fit: xml.includes('<pageSetUpPr fitToPage="1"/>'), tall: /fitToHeight="0"/.test(setup), wide: /fitToWidth="[123]"/.test(setup) }).toEqual({ sheet: sheet.name, fit: true, tall: true, wide: true });
    }
    expect(xml).toContain('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.7" header="0.3" footer="0.3"/>');
    expect(xml).toContain("<oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter>");
  }
});

it("names the repeated header rows, the print area and the repeated column as Excel does, quoting sheet names with an apostrophe", async () => {
  const names = await definedNames(written.contracts);
  const index = (name: string) => written.contracts.plan.sheets.findIndex((s) => s.name === name);
  expect(names).toEqual(
    expect.arrayContaining([
      { name: "_xlnm.Print_Titles", sheet: index("Activity"), ref: "'Activity'!$1:$1" },
      { name: "_xlnm.Print_Titles", sheet: index("PBF"), ref: "'PBF'!$20:$20" },
      { name: "_xlnm.Print_Area", sheet: index("Claims"), ref: "'Claims'!$A:$Q" },
    ]),
  );
  const costing = await definedNames(written.costing);
  const keys = written.costing.plan.sheets.findIndex((s) => s.key === "primaryKeys");
  expect(costing).toContainEqual({ name: "_xlnm.Print_Titles", sheet: keys, ref: "'Clés primaires'!$A:$A" });
  expect(await definedNames(written.quoted)).toEqual([{ name: "_xlnm.Print_Titles", sheet: 0, ref: "'Mode d''emploi'!$1:$1" }]);
});

/** The header cells of a sheet plan: its tables' header rows and its header labels. */
function headerCells(sheet: SheetPlan): { at: string; text: string; table: boolean }[] {
  return [
    ...sheet.tables.flatMap((table) => {
      const { top, left } = parseRef(table.at);
      return table.columns.map((column, c) => ({ at: cellAddress(top, left + c), text: column.header, table: true }));
    }),
    ...sheet.labels.filter((label) => label.style === "header").map((label) => ({ at: label.at, text: label.text, table: false })),
  ];
}

it.each(["costing", "contracts"])("wraps every header of the %s workbook in a column and row the file makes wide and tall enough for it", (name) => {
  const w = written[name];
  const short: string[] = [];
  for (const sheet of w.plan.sheets) {
    const ws = w.book.getWorksheet(sheet.name)!;
    for (const header of headerCells(sheet)) {
      const cell = ws.getCell(header.at);
      const { wrapText: wrap, horizontal, indent = 0 } = cell.alignment ?? {};
      const width = ws.getColumn(parseRef(header.at).left + 1).width ?? DEFAULT_COLUMN_WIDTH;
      const reserved = header.table ? Math.max(FILTER_BUTTON_PIXELS, indent * INDENT_PIXELS) : indent * INDENT_PIXELS;
      const { lines, wordsFit } = wrapText(header.text, textRoom(width) - reserved, LABEL_FONTS.header);
      const height = ws.getRow(parseRef(header.at).top + 1).height ?? lineHeight(LABEL_FONTS.header);
      if (!wrap || !horizontal || !wordsFit || height < lines * lineHeight(LABEL_FONTS.header)) short.push(`${sheet.name}!${header.at} "${header.text}": wrap ${wrap}, ${horizontal}, width ${width}, height ${height} for ${lines} lines`);
    }
  }
  expect(short).toEqual([]);
});

it("aligns headers like their column: the centre codes over drivers and flows right, codes and labels left", () => {
  const ws = written.costing.book.getWorksheet("Clés primaires")!;
  expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "left", wrapText: true });
  expect(ws.getCell("B1").alignment).toMatchObject({ horizontal: "right", indent: 2 }); // clear of the drop-down button
  const results = written.costing.book.getWorksheet("Résultats")!;
  expect(results.getCell("B7").alignment).toMatchObject({ horizontal: "left" });
  expect(results.getCell("D7").alignment).toMatchObject({ horizontal: "right" });
  expect(results.getCell("E7").alignment).toMatchObject({ horizontal: "right", indent: 1 }); // kept apart from "Unité d'œuvre", left-aligned
  expect(results.getCell("C46").alignment).toMatchObject({ horizontal: "right" }); // a centre code heading the flows
});
