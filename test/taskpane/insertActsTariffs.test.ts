import { actsTariffsTemplate } from "../../src/workbook/actsTariffs";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { formulaText } from "../../src/workbook/formula";
import type { Expr } from "../../src/workbook/plan";
import { centresReadBy, findCostCentreTemplate } from "../../taskpane/office/findCostCentres";
import { InsertPlanError } from "../../taskpane/office/insertErrors";
import { insertWorkbookPlan } from "../../taskpane/office/insertPlan";
import { insertActsTariffs } from "../../taskpane/office/insertTemplate";
import { FakeWorkbook, officeError } from "./mockWorkbook";

/** The acts-and-tariffs template inserted through the Office.js writer, linked to a cost-centre template already there or standalone. */

const typed = (expr: Expr) => formulaText(expr, { form: "typed" });
const formulasOf = (book: FakeWorkbook, sheet: string): string[] => [...book.sheet(sheet).cells.values()].flatMap((cell) => (cell.formula === undefined ? [] : [cell.formula]));

async function withCostCentres(sheetNames: string[] = ["Feuil1"]): Promise<{ book: FakeWorkbook; created: string[] }> {
  const book = new FakeWorkbook(sheetNames);
  const { sheets } = await insertWorkbookPlan(book.context(), costCentreTemplate("fr", { sample: true }), typed);
  return { book, created: sheets };
}

describe("finding a cost-centre template in the workbook", () => {
  it("finds none in a workbook without one", async () => {
    expect(await findCostCentreTemplate(new FakeWorkbook(["Feuil1"], { tables: ["tMethodes", "Table1"] }).context())).toBeUndefined();
  });

  it("reads the centre codes from the results' ALLOCATE formula, on the sheets as they were named", async () => {
    const { book } = await withCostCentres(["Centres", "Résultats"]);
    const found = await findCostCentreTemplate(book.context());
    expect(found?.sheets).toEqual({ centres: "Centres (2)", results: "Résultats (2)" });
    expect(found?.link).toEqual({
      codes: { kind: "range", sheet: "Centres (2)", ref: "A2:A31" },
      costs: { kind: "range", sheet: "Résultats (2)", ref: "E8:E37" },
      unitCosts: { kind: "range", sheet: "Résultats (2)", ref: "H8:H37" },
    });
  });

  it("takes the most recent of two inserted templates", async () => {
    const { book } = await withCostCentres();
    await insertWorkbookPlan(book.context(), costCentreTemplate("en", { sample: false }), typed);
    const found = await findCostCentreTemplate(book.context());
    expect(found?.sheets).toEqual({ centres: "Centres (2)", results: "Results" });
    expect(found?.link.codes.ref).toBe("A2:A41");
  });

  it.each([
    ["=HISAB.ALLOCATE(Centres!A2:A31,D8:D37,'Clés secondaires'!A1:AE10,C4)", { sheet: "Centres", ref: "A2:A31" }],
    ["=HISAB.REPARTIR('Centres d''hôpital (2)'!$A$2:$A$45,D8:D51,K!A1:B2)", { sheet: "Centres d'hôpital (2)", ref: "A2:A45" }],
    ["=SUM(A1:A3)", undefined],
    ["=HISAB.ALLOCATE(Centres!A2:B31,D8:D37,K!A1:B2)", undefined],
    ["", undefined],
  ])("reads the centre range of %s", (formula, expected) => {
    const read = centresReadBy(formula);
    expect(read && { sheet: read.sheet, ref: read.ref }).toEqual(expected);
  });
});

describe("inserting the acts-and-tariffs template", () => {
  it("links it to the cost-centre template already in the workbook: no centre-cost sheet, formulas read the cost-centre sheets", async () => {
    const { book, created } = await withCostCentres();
    const result = await insertActsTariffs(book.context(), "fr", { sample: true });
    const linked = actsTariffsTemplate("fr", { sample: true, link: (await findCostCentreTemplate(book.context()))!.link });
    expect(result.linkedTo).toBe("Résultats");
    expect(result.sheets).toEqual(linked.sheets.map((s) => s.name));
    expect(result.sheets).not.toContain("Coûts des centres");
    expect(book.sheetNames()).toEqual(["Feuil1", ...created, ...result.sheets]);
    const letters = formulasOf(book, "Lettres-clés");
    expect(letters).toContain("=SUMIF(Centres!A2:A31,C2:C11,'Résultats'!E8:E37)");
    expect(letters).toContain("=SUMIF(Centres!A2:A31,C2:C11,'Résultats'!H8:H37)");
    expect(formulasOf(book, "Forfaits")).toContainEqual(expect.stringMatching(/^=HISAB\.ACTCOST\(Centres!A2:A31,'Résultats'!H8:H37,B1:N10,O2:O10\)$/));
  });

  it("keeps it standalone, with its own centre costs, when the workbook has no cost-centre template", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    const result = await insertActsTariffs(book.context(), "en", { sample: false });
    expect(result.linkedTo).toBeUndefined();
    expect(result.sheets).toEqual(actsTariffsTemplate("en", { sample: false }).sheets.map((s) => s.name));
    expect(formulasOf(book, "Letter keys")).toContain("=SUMIF('Centre costs'!A2:A32,C2:C11,'Centre costs'!D2:D32)");
  });

  it("draws the chart of official value against cost per point, its series read from the letter keys' cells", async () => {
    const book = new FakeWorkbook(["Feuil1", "Lettres-clés"]);
    await insertActsTariffs(book.context(), "fr", { sample: true });
    const [chart] = book.sheet("Lettres-clés (2)").charts;
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.title).toContain("Valeur officielle et coût du point");
    expect(chart.series).toEqual([
      { name: "Valeur officielle du point", values: "'Lettres-clés (2)'!D2:D11", categories: "'Lettres-clés (2)'!A2:A11" },
      { name: "Coût du point", values: "'Lettres-clés (2)'!H2:H11", categories: "'Lettres-clés (2)'!A2:A11" },
    ]);
    expect(chart.position).toEqual(["A14", "L33"]);
  });

  it("changes nothing and says so when Excel refuses to read the workbook's tables", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    book.failSync(1, officeError("AccessDenied", "denied"));
    const error = await insertActsTariffs(book.context(), "fr", { sample: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsertPlanError);
    expect(error).toMatchObject({ reason: "protected", leftBehind: [] });
    expect(book.sheetNames()).toEqual(["Feuil1"]);
  });
});
