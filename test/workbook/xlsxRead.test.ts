import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoBook, DEMO_FILES } from "../../scripts/demoBooks";
import { writePlanXlsx } from "../../scripts/xlsx";
import { readXlsx, XlsxReadError } from "../../scripts/xlsxRead";
import { modelOfPlan, WorkbookModel } from "../../src/journeys/audit/model";
import JSZip from "jszip";

/** The .xlsx reader gives the model of what was written: what our writer saves reads back as the plan's own model. */

const dir = mkdtempSync(join(tmpdir(), "hisab-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Cells without number formats (the reader does not read them), in a stable order. */
const comparable = (model: WorkbookModel) => ({
  sheets: model.sheets.map((s) => ({ name: s.name, visibility: s.visibility, cells: s.cells.map(({ numberFormat: _, ...c }) => c).sort((a, b) => a.row - b.row || a.col - b.col) })),
  tables: model.tables,
  names: model.names.map((n) => ({ ...n, sheet: n.sheet })),
});

it.each(DEMO_FILES.filter((f) => f.lang === "fr").map((f) => [f.file, f]))("%s reads back as the model of its plan", async (file, spec) => {
  const book = demoBook(spec, { at: "2026-01-15T10:00:00.000Z", version: "0.1.0" });
  await writePlanXlsx(book.plan, book.evaluation, join(dir, file));
  const read = await readXlsx(readFileSync(join(dir, file)));
  expect(comparable(read)).toEqual(comparable(modelOfPlan(book.plan, book.evaluation)));
}, 60_000);

it("reads hidden sheets, and refuses what is not a workbook with a reason", async () => {
  const plan = { id: "t", title: "t", sheets: [{ key: "a", name: "Réponses", tables: [], labels: [{ at: "A1", text: "=1+1" }], formulas: [], visibility: "veryHidden" as const }] };
  await writePlanXlsx(plan, { results: new Map(), errors: [], read: () => [], evaluate: () => [] }, join(dir, "hidden.xlsx"));
  const model = await readXlsx(readFileSync(join(dir, "hidden.xlsx")));
  expect(model.sheets).toEqual([{ name: "Réponses", visibility: "veryHidden", cells: [{ row: 0, col: 0, value: "=1+1" }] }]);
  await expect(readXlsx(Buffer.from("plain text"))).rejects.toBeInstanceOf(XlsxReadError);
  const zip = new JSZip();
  zip.file("word/document.xml", "<w:document/>");
  await expect(readXlsx(await zip.generateAsync({ type: "nodebuffer" }))).rejects.toThrow("the package has no workbook part");
});
