import type { Language } from "../../src/excel/messages";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { formulaText } from "../../src/workbook/formula";
import { insertWorkbookPlan } from "../../taskpane/office/insertPlan";
import { FakeWorkbook } from "./mockWorkbook";

/** Sheet names a formula refers to: 'Quoted name'! or Bare!. */
function referencedSheets(formula: string): string[] {
  return [...formula.matchAll(/'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!/g)].map((m) => (m[1] ?? m[2]).replace(/''/g, "'"));
}

describe.each<[Language, boolean]>([
  ["fr", true],
  ["fr", false],
  ["en", true],
  ["en", false],
])("the cost-centre template (%s, sample %s) inserted next to the user's sheets", (language, sample) => {
  const plan = costCentreTemplate(language, { sample });
  const existing = plan.sheets.slice(1, 3).map((sheet) => sheet.name.toUpperCase());
  let book: FakeWorkbook;
  let created: string[];

  beforeAll(async () => {
    book = new FakeWorkbook(["Feuil1", ...existing]);
    created = (await insertWorkbookPlan(book.context(), plan, (expr) => formulaText(expr, { form: "typed" }))).sheets;
  });

  it("adds every sheet of the plan under a free name", () => {
    expect(created).toHaveLength(plan.sheets.length);
    expect(book.sheetNames()).toEqual(["Feuil1", ...existing, ...created]);
    expect(created.slice(1, 3)).toEqual(plan.sheets.slice(1, 3).map((sheet) => `${sheet.name} (2)`));
    expect(book.activeSheet).toBe(created[0]);
  });

  it("writes formulas only at the plan's formula cells, each referring to sheets it created", () => {
    const allReferences = new Set<string>();
    plan.sheets.forEach((sheetPlan, i) => {
      const sheet = book.sheet(created[i]);
      const formulaCells = [...sheet.cells].filter(([, cell]) => cell.formula !== undefined).map(([address]) => address);
      expect(formulaCells.sort()).toEqual(sheetPlan.formulas.map((f) => f.at).sort());
      for (const address of formulaCells) {
        referencedSheets(sheet.cells.get(address)?.formula ?? "").forEach((name) => allReferences.add(name));
      }
    });
    expect(created).toEqual(expect.arrayContaining([...allReferences]));
    expect(allReferences).toContain(created[1]);
  });

  it("keeps every label and every text of the tables as text", () => {
    plan.sheets.forEach((sheetPlan, i) => {
      const sheet = book.sheet(created[i]);
      for (const label of sheetPlan.labels) expect(sheet.cells.get(label.at)).toEqual(expect.objectContaining({ value: label.text, numberFormat: "@" }));
      for (const table of sheetPlan.tables) expect(sheet.tables.map((t) => t.name)).toContain(table.name);
    });
  });
});
