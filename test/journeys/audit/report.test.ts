import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePlanXlsx } from "../../../scripts/xlsx";
import { readXlsx } from "../../../scripts/xlsxRead";
import { auditSheet, cellList, reportCsv, reportMarkdown } from "../../../src/journeys/audit/report";
import { evaluatePlan } from "../../../src/workbook/evaluate";
import { audit, cleanModel, edit } from "./support";

/** The report as Markdown, CSV and the dated sheet to sign, on a workbook with a value typed over a result and a changed key. */

const heading = { workbook: "hopital.xlsx", date: "2026-02-01", version: "0.1.0", repaired: { formulas: 4, sheets: ["Résultats"] } };
const report = audit(edit(edit(cleanModel(), "Résultats", "G15", 12_345), "Clés secondaires", "F2", 7_777));

it("writes Markdown: verdict, findings with their cells, inventory, coverage, run records", () => {
  const md = reportMarkdown(report, "fr", heading);
  expect(md).toContain("# Rapport d'audit Hisab Santé — hopital.xlsx\n\nDate de l'audit : 2026-02-01 · Version de Hisab Santé : 0.1.0\n\n**4 erreur(s), 0 point(s) à vérifier, 0 remarque(s).**");
  expect(md).toContain("« Réparer les formules » a ressaisi 4 formule(s) avant l'audit (Résultats).");
  expect(md).toContain("| 1 | erreur | saved_differs | 'Résultats'!E17:E37 |");
  expect(md).toContain("| 'Résultats'!E8:E37 | HISAB.REPARTIR | centres = Centres!A2:A31 (30 × 1); coûts = D8:D37 (30 × 1); clés = 'Clés secondaires'!A1:AE10 (10 × 31); méthode = C4 (« cascade ») | diffère |");
  expect(md).toContain("| Coûts par centre | 2026-01-15T10:00:00.000Z | 0.1.0 | 'Journal des calculs'!A1 |");
  expect(reportMarkdown(report, "en", heading)).toContain("**4 error(s), 0 warning(s), 0 note(s).**");
});

it("writes CSV: one row per finding, quoted where needed, as UTF-8 Excel recognises", () => {
  const csv = reportCsv(report, "en");
  expect(csv.startsWith("\uFEFFSeverity,Code,Cells,Finding\r\n")).toBe(true);
  expect(csv.trim().split("\r\n")).toHaveLength(1 + report.findings.length);
  expect(csv).toContain(`error,typed_over_formula,'Résultats'!G15,a value (12345) is typed where the column has a formula (=Centres!E9): it no longer follows its inputs\r\n`);
});

it("merges consecutive cells of a column into ranges, and counts what it leaves out", () => {
  expect(cellList(["S!A1", "S!A2", "S!A3", "S!B3", "'T u'!C9", "'T u'!C10", "S!A1:B2"], 10)).toBe("S!A1:A3 S!B3 'T u'!C9:C10 S!A1:B2");
  expect(cellList(["S!A1", "S!C1", "S!E1"], 2)).toBe("S!A1 S!C1 … and 1 more");
});

it("writes the dated audit sheet to sign, every text as text, never as a formula", async () => {
  const sheet = auditSheet(report, "fr", heading);
  expect(sheet.name).toBe("Audit du 2026-02-01");
  expect(sheet.labels.filter((l) => l.style === "header").map((l) => l.text).slice(0, 4)).toEqual(["Nom", "Fonction", "Date", "Signature"]);
  const dir = mkdtempSync(join(tmpdir(), "hisab-audit-sheet-"));
  try {
    const plan = { id: "audit", title: "audit", sheets: [sheet] };
    await writePlanXlsx(plan, evaluatePlan(plan), join(dir, "audit.xlsx"));
    const [read] = (await readXlsx(readFileSync(join(dir, "audit.xlsx")))).sheets;
    expect(read.cells.every((c) => c.formula === undefined)).toBe(true);
    expect(read.cells.some((c) => typeof c.value === "string" && c.value.startsWith("=_xldudf_HISAB_"))).toBe(false);
    expect(read.cells.find((c) => c.value === "typed_over_formula")).toBeDefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
