import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DEMO_FILES, demoBook } from "../../scripts/demoBooks";
import { writeLargeRunDemo } from "../../scripts/demoLarge";
import { hisab } from "../../scripts/hisab";
import { writePlanXlsx } from "../../scripts/xlsx";
import { readXlsx } from "../../scripts/xlsxRead";
import { excelSavedXlsx } from "../support/excelSaved";
import { XlsxParts } from "../support/xlsxEdit";

/**
 * `hisab audit` on the demo workbooks (built from their plans, as `npm run
 * demo` writes them), on copies with planted defects, and on a workbook
 * written the way Excel saves one: its report and its exit code.
 */

const dir = mkdtempSync(join(tmpdir(), "hisab-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const RUN = { at: "2026-01-15T10:00:00.000Z", version: "0.1.0" };
const path = (name: string) => join(dir, name);

/** Runs the command in this process; its exit code, report and messages. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await hisab(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** The rows of a CSV report (RFC 4180: quoted fields may hold commas and doubled quotes). */
function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  for (const line of csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean)) {
    rows.push([...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, "").replace(/""/g, '"')));
  }
  return rows;
}

/** The findings of a CSV report as "code first-cell" (the cells are a union reference: areas joined by commas, outside quotes). */
const csvFindings = (csv: string): string[] => csvRows(csv).slice(1).map(([, code, cells]) => `${code} ${/^('(?:[^']|'')*'|[^,']*)![A-Z0-9:$]+/.exec(cells)?.[0] ?? ""}`.trim());

/** The report's text with the narrow spaces French numbers are written with, as plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

/** The large-table reconciliation the demo writes as the pane does (branch large): its run record and values-only lines. */
const LARGE_RUN = "hisab-rapprochement-volet.xlsx";

beforeAll(async () => {
  for (const spec of DEMO_FILES) {
    const book = demoBook(spec, RUN);
    await writePlanXlsx(book.plan, book.evaluation, path(spec.file));
  }
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  await writeLargeRunDemo(dir);
  log.mockRestore();
}, 180_000);

describe("the demo workbooks", () => {
  it.each(DEMO_FILES.map((f) => [f.file, f.sample]))("%s is clean (exit 0)", async (file, sample) => {
    const { code, out, err } = await run("audit", path(file), "--format", "csv", "--lang", "en");
    // The empty template has not been calculated: no run record yet, which is a note, not a finding.
    expect(csvFindings(out)).toEqual(sample ? [] : ["no_run_record"]);
    expect(code).toBe(0);
    expect(err).toContain(`${file}: 0 error(s), 0 warning(s), ${sample ? 0 : 1} note(s)`);
  });
});

it("finds the large-table reconciliation as the pane writes it clean too", async () => {
  const { code, out } = await run("audit", path(LARGE_RUN), "--format", "csv");
  expect(csvFindings(out)).toEqual([]);
  expect(code).toBe(0);
});

describe("copies with planted defects (exit 1)", () => {
  const sample = () => readFileSync(path("hisab-centres-de-couts.xlsx"));
  const planted = async (name: string, plant: (parts: XlsxParts) => Promise<void>) => {
    const parts = await XlsxParts.open(sample());
    await plant(parts);
    writeFileSync(path(name), await parts.save());
    return run("audit", path(name), "--format", "csv", "--lang", "fr");
  };

  it("a value typed over a formula", async () => {
    const { code, out } = await planted("typed.xlsx", (parts) => parts.setNumber("Résultats", "G15", 12_345));
    expect(csvFindings(out)).toEqual(["typed_over_formula 'Résultats'!G15"]);
    expect(out).toContain("une valeur (12345) est saisie là où la colonne a une formule (=Centres!E9) : elle ne suit plus ses données");
    expect(code).toBe(1);
  });

  it("a key changed after the run", async () => {
    const { code, out } = await planted("key.xlsx", (parts) => parts.setNumber("Clés secondaires", "F2", 7_777));
    expect(csvFindings(out)).toEqual(["saved_differs 'Résultats'!E17", "saved_differs 'Résultats'!C47", "stale_input 'Clés secondaires'!A1:AE10"]);
    expect(code).toBe(1);
  });

  it("a row added after the run", async () => {
    const { code, out } = await planted("row.xlsx", async (parts) => {
      await parts.setText("Charges", "A30", "60900");
      await parts.setText("Charges", "B30", "Divers");
      await parts.setNumber("Charges", "C30", 1_000_000);
      await parts.setText("Charges", "D30", "Effectif total");
      await parts.setTableRef("tCharges", "A1:D30");
    });
    expect(csvFindings(out)).toEqual(["missing_rows 'Résultats'!D8", "missing_rows 'Résultats'!D8", "unmapped_line 'Résultats'!D8", "total_omits_cells 'Résultats'!D41"]);
    expect(plain(out)).toContain("1 ligne(s) de charges, 1 000 000 au total, ne sont réparties sur aucun centre : lignes hors de la plage que lit la répartition primaire");
    expect(code).toBe(1);
  });
});

describe("a workbook saved by Excel", () => {
  it("reads what Excel writes: stored formulas, spills, shared formulas, dates as serials, tables, names", async () => {
    const model = await readXlsx(await excelSavedXlsx());
    const sheet = (name: string) => model.sheets.find((s) => s.name === name)!;
    const at = (name: string, row: number, col: number) => sheet(name).cells.find((c) => c.row === row && c.col === col);
    expect(at("Résultats", 1, 1)).toMatchObject({ formula: "_xldudf_HISAB_ALLOCATE(Données!A2:A6,Données!B2:B6,Données!D1:I3,Données!K2)", spill: "B2:B6", value: 0 });
    expect(at("Résultats", 4, 3)).toMatchObject({ formula: "ROUND(C5,2)" });
    expect(at("Contrat", 1, 0)).toMatchObject({ value: 45660 });
    expect(at("Contrat", 0, 19)).toMatchObject({ value: true });
    expect(at("Contrat", 3, 5)).toMatchObject({ formula: "tActivite[[#This Row],[Qté]]*tActivite[[#This Row],[Prix]]", value: 24_000 });
    expect(model.tables.map((t) => [t.name, t.sheet, t.ref, t.columns.filter((c) => c.formula).length])).toEqual([["tActivite", "Contrat", "A1:F6", 1], ["tContrat", "Contrat", "H1:K3", 0]]);
    expect(model.names).toEqual([{ name: "Méthode", refersTo: "Données!$K$2", sheet: undefined }, { name: "Période", refersTo: "Contrat!$O$2:$O$3", sheet: "Contrat" }]);
  });

  it("is clean, every formula recomputed from the cells it reads", async () => {
    writeFileSync(path("excel.xlsx"), await excelSavedXlsx());
    const { code, out } = await run("audit", path("excel.xlsx"), "--lang", "en");
    expect(code).toBe(0);
    expect(out).toContain("| 'Résultats'!B2:B6 | HISAB.ALLOCATE | centres = 'Données'!A2:A6 (5 × 1); costs = 'Données'!B2:B6 (5 × 1); keys = 'Données'!D1:I3 (3 × 6); method = 'Données'!K2 (\"réciproque\") | matches |");
    expect(out).toContain("| 'Résultats'!C2:C6 | HISAB.UNITCOST | centres = 'Données'!A2:A6 (5 × 1); costs = 'Résultats'!B2:B6 (5 × 1); units = 'Données'!L2:L6 (5 × 1) | matches |");
    expect(out).toContain("| Contrat!Q2:Q10 | HISAB.CONTRACT.BALANCE |");
  });

  it.each([
    ["spill blocked", ["spill_blocked 'Résultats'!B2"]],
    ["not registered", ["not_registered 'Résultats'!B2", "not_registered 'Résultats'!C2", "not_registered Contrat!Q2"]],
    ["typed form", ["typed_form 'Résultats'!B2", "typed_form 'Résultats'!C2", "typed_form Contrat!Q2"]],
  ] as const)("reports a file %s", async (variant, expected) => {
    writeFileSync(path(`${variant}.xlsx`), await excelSavedXlsx(variant));
    const { code, out } = await run("audit", path(`${variant}.xlsx`), "--format", "csv");
    expect(csvFindings(out)).toEqual([...expected, "no_run_record"]);
    expect(code).toBe(1);
  });
});

describe("the command line", () => {
  it("writes the report where --out says, as Markdown, CSV or the dated audit sheet", async () => {
    const file = path("hisab-cost-centres.xlsx");
    expect((await run("audit", file, "--out", path("report.md"), "--lang", "fr")).code).toBe(0);
    expect(readFileSync(path("report.md"), "utf8")).toMatch(/^# Rapport d'audit Hisab Santé — hisab-cost-centres\.xlsx\n\nDate de l'audit : \d{4}-\d\d-\d\d · Version de Hisab Santé : \d+\.\d+\.\d+\n\n\*\*Aucune anomalie\.\*\*/);
    expect((await run("audit", file, "--format", "xlsx", "--out", path("audit.xlsx"))).code).toBe(0);
    const audit = await readXlsx(readFileSync(path("audit.xlsx")));
    expect(audit.sheets.map((s) => s.name)).toEqual([expect.stringMatching(/^Audit( du)? \d{4}-\d\d-\d\d$/)]);
  });

  it("tells a wrong command line (exit 2) from a file it cannot read (exit 3)", async () => {
    expect((await run()).code).toBe(2);
    expect((await run("audit")).code).toBe(2);
    expect((await run("audit", "a.xlsx", "--format", "pdf")).code).toBe(2);
    expect((await run("audit", "a.xlsx", "--format", "xlsx")).code).toBe(2);
    expect((await run("--help")).code).toBe(0);
    writeFileSync(path("not-a-workbook.xlsx"), "plain text");
    const unreadable = await run("audit", path("not-a-workbook.xlsx"));
    expect(unreadable).toMatchObject({ code: 3, out: "" });
    expect(unreadable.err).toContain("not an .xlsx file");
    expect((await run("audit", path("missing.xlsx"))).code).toBe(3);
  });

  it("runs as the package's bin, with its exit code", async () => {
    const bin = join(__dirname, "..", "..", "bin", "hisab.cjs");
    const clean = await promisify(execFile)(process.execPath, [bin, "audit", path("hisab-cost-centres.xlsx"), "--format", "csv"]);
    expect(clean.stderr).toContain("0 error(s)");
    await expect(promisify(execFile)(process.execPath, [bin, "audit", path("typed.xlsx")])).rejects.toMatchObject({ code: 1 });
  }, 60_000);
});
