import { contractsPlan, NO_SPARE_ROWS } from "../../src/workbook/contracts";
import { formatsFor } from "../../src/workbook/contracts/formats";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { cellAddress, formulaText } from "../../src/workbook/formula";
import { sheetLayout } from "../../src/workbook/layout";
import { pageSetup } from "../../src/workbook/print";
import type { Expr } from "../../src/workbook/plan";
import { InsertPlanError } from "../../taskpane/office/insertErrors";
import { insertWorkbookPlan } from "../../taskpane/office/insertPlan";
import { shortContractsSample } from "../workbook/contractsShortSample";
import { manyCentres, smallPlan } from "./fixtures";
import { FakeWorkbook, officeError } from "./mockWorkbook";

const typed = (expr: Expr) => formulaText(expr, { form: "typed" });

async function insert(book: FakeWorkbook, plan = smallPlan(), cellsPerRequest?: number) {
  return insertWorkbookPlan(book.context(), plan, typed, { cellsPerRequest });
}

async function insertError(book: FakeWorkbook, plan = smallPlan()): Promise<InsertPlanError> {
  const error = await insert(book, plan).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InsertPlanError);
  return error as InsertPlanError;
}

describe("insertWorkbookPlan: names", () => {
  it("adds every plan sheet under its own name in an empty workbook, and activates the first", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    const result = await insert(book);
    expect(result.sheets).toEqual(["Centres", "Résultats", "Clés"]);
    expect(book.sheetNames()).toEqual(["Feuil1", "Centres", "Résultats", "Clés"]);
    expect(book.activeSheet).toBe("Centres");
  });

  it("never reuses a sheet name, comparing without regard to case", async () => {
    const book = new FakeWorkbook(["CENTRES", "Centres (2)", "résultats"]);
    const result = await insert(book);
    expect(result.sheets).toEqual(["Centres (3)", "Résultats (2)", "Clés"]);
    expect(book.sheetNames()).toEqual(["CENTRES", "Centres (2)", "résultats", "Centres (3)", "Résultats (2)", "Clés"]);
  });

  it("leaves the user's sheets untouched", async () => {
    const book = new FakeWorkbook(["Centres"]);
    book.fill("Centres", "A1", [["my data"]]);
    await insert(book);
    expect(book.sheet("Centres").cells).toEqual(new Map([["A1", { value: "my data", numberFormat: "General" }]]));
  });

  it("gives the table a name no table or defined name uses", async () => {
    const book = new FakeWorkbook(["Feuil1"], { tables: ["TCENTRES"], definedNames: ["tCentres_2"] });
    await insert(book);
    expect(book.sheet("Centres").tables).toEqual([{ name: "tCentres_3", address: "A3:C6", hasHeaders: true, headers: ["Code", "Type", "Coût"] }]);
  });
});

describe("insertWorkbookPlan: formulas", () => {
  it("points cross-sheet references at the sheets actually created", async () => {
    const book = new FakeWorkbook(["Centres", "Clés"]);
    const result = await insert(book);
    const results = book.sheet(result.sheets[1]);
    expect(results.cells.get("A3")?.formula).toBe("='Centres (2)'!A4:A6");
    expect(results.cells.get("B3")?.formula).toBe("=HISAB.ALLOCATE('Centres (2)'!A4:A6,'Centres (2)'!C4:C6,'Clés (2)'!A1:D3)");
    expect(results.cells.get("D2")?.formula).toBe("=SUM(B3:B5)-SUM('Centres (2)'!C4:C6)");
  });

  it("formats the whole spill area, not only the anchor", async () => {
    const book = new FakeWorkbook();
    await insert(book);
    const results = book.sheet("Résultats");
    expect(["B3", "B4", "B5"].map((a) => results.cells.get(a)?.numberFormat)).toEqual(["#,##0", "#,##0", "#,##0"]);
    expect(results.cells.get("B6")).toBeUndefined();
  });

  it("refuses a formula that refers to a sheet the plan does not create, before writing anything", async () => {
    const plan = smallPlan();
    plan.sheets[1].formulas.push({ at: "Z1", expr: { kind: "range", sheet: "Elsewhere", ref: "A1" }, rows: 1, cols: 1 });
    const book = new FakeWorkbook();
    const error = await insertError(book, plan);
    expect(error.message).toMatch(/Elsewhere/);
    expect(book.sheetNames()).toEqual(["Feuil1"]);
  });
});

describe("insertWorkbookPlan: text stays text", () => {
  it("writes data that looks like a formula, a number or a sign as text", async () => {
    const book = new FakeWorkbook();
    await insert(book);
    const centres = book.sheet("Centres");
    expect(centres.cells.get("A5")).toEqual({ value: "=evil()", numberFormat: "@" });
    expect(centres.cells.get("B5")).toEqual({ value: "+33 6 00", numberFormat: "@" });
    expect(centres.cells.get("A6")).toEqual({ value: "0012", numberFormat: "@" });
    expect(centres.cells.get("B6")).toEqual({ value: "-", numberFormat: "@" });
    expect([...centres.cells.values()].filter((cell) => cell.formula !== undefined)).toEqual([]);
  });

  it("writes labels as text, even when they start with =", async () => {
    const book = new FakeWorkbook();
    await insert(book);
    expect(book.sheet("Centres").cells.get("F1")).toEqual({ value: "=SUM(A1) is not a formula", numberFormat: "@", font: { italic: true, color: "#595959" } });
  });

  it("keeps the column's number format for numbers and blanks", async () => {
    const book = new FakeWorkbook();
    await insert(book);
    const centres = book.sheet("Centres");
    expect(centres.cells.get("C4")).toEqual({ value: 1200, numberFormat: "#,##0.00" });
    expect(centres.cells.get("C6")).toEqual({ value: "", numberFormat: "#,##0.00" });
  });
});

describe("insertWorkbookPlan: tables and layout", () => {
  it("writes the header and rows, then makes them a table with rules on the body", async () => {
    const book = new FakeWorkbook();
    await insert(book);
    const centres = book.sheet("Centres");
    expect(["A3", "B3", "C3"].map((a) => centres.cells.get(a)?.value)).toEqual(["Code", "Type", "Coût"]);
    const rule = (address: string) => centres.validations.find((v) => v.address === address)?.rule;
    expect(rule("B4:B6")).toEqual({ list: { inCellDropDown: true, source: "auxiliaire,principal" } });
    expect(rule("C4:C6")).toEqual({ decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } });
  });

  it("gives an empty table one blank row carrying the column formats", async () => {
    const book = new FakeWorkbook();
    await insert(book, smallPlan([]));
    const centres = book.sheet("Centres");
    expect(centres.tables[0].address).toBe("A3:C4");
    expect(centres.cells.get("C4")).toEqual({ value: "", numberFormat: "#,##0.00" });
  });

  it("sets widths in points, label styles and frozen rows", async () => {
    const book = new FakeWorkbook();
    await insert(book);
    const centres = book.sheet("Centres");
    expect(centres.columnWidths.B).toBe(108.75); // 20 characters
    expect(centres.columnWidths.A).toBe(66.75); // 12 characters
    expect(centres.cells.get("A1")?.font).toEqual({ bold: true, size: 14 });
    expect(book.sheet("Résultats").cells.get("A2")?.fill).toEqual({ color: "#DDEBF7" });
    expect(centres.frozenRows).toBe(3);
  });
});

describe("insertWorkbookPlan: large tables", () => {
  it("splits writes so that no request carries more cells than allowed", async () => {
    const book = new FakeWorkbook();
    await insert(book, smallPlan(manyCentres(3000)), 5000);
    expect(Math.max(...book.requests.map((request) => request.cellsWritten))).toBeLessThanOrEqual(5000);
    expect(book.requests.length).toBeGreaterThanOrEqual(18000 / 5000);
    const centres = book.sheet("Centres");
    expect(centres.cells.get("A3003")).toEqual({ value: "C3000", numberFormat: "@" });
    expect(centres.cells.get("C3003")).toEqual({ value: 29990, numberFormat: "#,##0.00" });
    expect(centres.tables[0].address).toBe("A3:C3003");
  });

  it("sends small plans in one request per sheet", async () => {
    const book = new FakeWorkbook();
    await insert(book);
    // names, then one request per sheet, then activation
    expect(book.requests).toHaveLength(1 + 3 + 1);
  });
});

describe("insertWorkbookPlan: failures leave the workbook as it was", () => {
  it("deletes the sheets it created when a request fails, and says why", async () => {
    const book = new FakeWorkbook(["Feuil1", "Centres"]);
    book.failSync(3, officeError("InvalidOperationInCellEditMode", "Cell edit mode"));
    const error = await insertError(book);
    expect(book.sheetNames()).toEqual(["Feuil1", "Centres"]);
    expect(error.reason).toBe("cell_edit_mode");
    expect(error.officeCode).toBe("InvalidOperationInCellEditMode");
    expect(error.leftBehind).toEqual([]);
  });

  it("deletes the sheets it created when a method throws", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    book.failCommand("TableCollection.add", officeError("AccessDenied", "The workbook is protected"));
    const error = await insertError(book);
    expect(book.sheetNames()).toEqual(["Feuil1"]);
    expect(error.reason).toBe("protected");
    expect(error.message).toBe("The workbook is protected");
  });

  it("names the sheets it could not remove when Excel refuses the clean-up too", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    [2, 3, 4, 5].forEach((n) => book.failSync(n, officeError("GeneralException", "sync refused")));
    const error = await insertError(book);
    expect(error.reason).toBe("unknown");
    expect(error.leftBehind).toEqual(["Centres", "Résultats", "Clés"]);
  });

  it("creates nothing when the first read already fails", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    book.failSync(1, officeError("AccessDenied", "denied"));
    const error = await insertError(book);
    expect(error.reason).toBe("protected");
    expect(book.sheetNames()).toEqual(["Feuil1"]);
  });

  it("reports progress sheet by sheet", async () => {
    const progress: [number, number][] = [];
    await insertWorkbookPlan(new FakeWorkbook().context(), smallPlan(), typed, { onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe("insertWorkbookPlan: charts and linked sheets", () => {
  it("draws a plan's chart over its cells, each series from the sheets actually created", async () => {
    const plan = smallPlan();
    plan.sheets[1].charts = [
      {
        kind: "barClustered",
        title: "Coût final par centre",
        categories: { kind: "range", sheet: "Centres", ref: "A4:A6" },
        series: [
          { name: "Coût", values: { kind: "range", sheet: "Centres", ref: "C4:C6" } },
          { name: "Coût final", values: { kind: "range", ref: "B3:B5" } },
        ],
        at: "F2:L20",
      },
    ];
    const book = new FakeWorkbook(["Centres"]);
    await insert(book, plan);
    const [chart] = book.sheet("Résultats").charts;
    expect({ type: chart.type, title: chart.title, position: chart.position }).toEqual({ type: "BarClustered", title: "Coût final par centre", position: ["F2", "L20"] });
    expect(chart.series).toEqual([
      { name: "Coût", values: "'Centres (2)'!C4:C6", categories: "'Centres (2)'!A4:A6" },
      { name: "Coût final", values: "'Résultats'!B3:B5", categories: "'Centres (2)'!A4:A6" },
    ]);
  });

  it("refers to sheets already in the workbook that the plan says it reads, as they are named", async () => {
    const plan = smallPlan();
    plan.sheets[1].formulas.push({ at: "Z1", expr: { kind: "range", sheet: "Résultats 2023", ref: "E8" }, rows: 1, cols: 1 });
    const book = new FakeWorkbook(["Résultats 2023"]);
    await insertWorkbookPlan(book.context(), plan, typed, { referencedSheets: ["Résultats 2023"] });
    expect(book.sheet("Résultats").cells.get("Z1")?.formula).toBe("='Résultats 2023'!E8");
  });

  it.each([
    ["a sheet the workbook does not have", ["Ailleurs"]],
    ["a sheet the plan itself creates", ["Centres"]],
  ])("refuses to read %s as a linked sheet, before writing anything", async (_, referencedSheets) => {
    const book = new FakeWorkbook(["Feuil1"]);
    const error = await insertWorkbookPlan(book.context(), smallPlan(), typed, { referencedSheets }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsertPlanError);
    expect(book.sheetNames()).toEqual(["Feuil1"]);
  });
});

describe("insertWorkbookPlan: printing and layout, as the .xlsx writer gives them", () => {
  it("sets every sheet's page as the plan derives it: A4, orientation, fit, margins in points, footer, repeated rows", async () => {
    const plan = costCentreTemplate("fr", { sample: true });
    const book = new FakeWorkbook(["Feuil1"]);
    await insert(book, plan);
    for (const sheet of plan.sheets) {
      const setup = pageSetup(sheet, sheetLayout(sheet));
      const zoom = "pagesWide" in setup.zoom ? { horizontalFitToPages: setup.zoom.pagesWide, verticalFitToPages: 0 } : { scale: setup.zoom.scale };
      expect({ sheet: sheet.name, ...book.sheet(sheet.name).page }).toMatchObject({
        sheet: sheet.name,
        paperSize: "A4",
        orientation: setup.orientation === "portrait" ? "Portrait" : "Landscape",
        zoom,
        leftMargin: 36,
        rightMargin: 36,
        topMargin: expect.closeTo(43.2),
        bottomMargin: expect.closeTo(50.4),
        leftFooter: "&A",
        rightFooter: "&P / &N",
      });
    }
    expect(book.sheet("Clés primaires").page).toMatchObject({ orientation: "Landscape", zoom: { horizontalFitToPages: 2, verticalFitToPages: 0 }, printTitleColumns: "$A:$A" });
    expect(book.sheet("Mode d'emploi").page).toMatchObject({ orientation: "Portrait", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });

  it("wraps headers and aligns them like their column, and makes rows tall enough for wrapped text", async () => {
    const plan = costCentreTemplate("fr", { sample: true });
    const book = new FakeWorkbook(["Feuil1"]);
    await insert(book, plan);
    const alignment = (sheet: string, cell: string) => book.sheet(sheet).cells.get(cell)?.alignment;
    expect(alignment("Clés primaires", "A1")).toMatchObject({ wrapText: true, horizontalAlignment: "Left" });
    expect(alignment("Clés primaires", "B1")).toMatchObject({ wrapText: true, horizontalAlignment: "Right", indentLevel: 2 }); // clear of the drop-down button
    expect(alignment("Résultats", "E7")).toMatchObject({ horizontalAlignment: "Right", indentLevel: 1, verticalAlignment: "Bottom" });
    expect(alignment("Résultats", "F7")).toMatchObject({ horizontalAlignment: "Left" });
    expect(alignment("Résultats", "C46")).toMatchObject({ horizontalAlignment: "Right" }); // a centre code heading the flows
    const guide = plan.sheets[0];
    const layout = sheetLayout(guide);
    expect(layout.rowHeights.size).toBeGreaterThan(0);
    expect(book.sheet(guide.name).rowHeights).toEqual(Object.fromEntries([...layout.rowHeights].map(([row, height]) => [String(row + 1), height])));
    for (const { row } of layout.wrapped) expect(alignment(guide.name, cellAddress(row, 0))).toEqual({ wrapText: true });
  });

  it("prints the contract statement on one page (a fixed scale, a page break before the months), the claims without their legend; its chart's axis shows months", async () => {
    const plan = contractsPlan("fr", shortContractsSample(), { spare: NO_SPARE_ROWS, note: "" });
    const book = new FakeWorkbook(["Feuil1"]);
    await insert(book, plan);
    const balance = book.sheet("Solde");
    expect(balance.page).toMatchObject({ orientation: "Portrait", zoom: { scale: expect.any(Number) } });
    expect(balance.pageBreaks).toEqual(["A38"]);
    expect(balance.charts[0].categoryAxis).toEqual({ numberFormat: formatsFor("fr", 2).month });
    expect(book.sheet("Prestations").page).toMatchObject({ printArea: "A:Q", printTitleRows: "$1:$1" });
    expect(book.sheet("Activité").page.printTitleRows).toBe("$1:$1");
  });
});
