import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePlanXlsx } from "../../scripts/xlsx";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { evaluatePlan } from "../../src/workbook/evaluate";
import { cellAddress, parseRef } from "../../src/workbook/formula";
import { parseCsv } from "../support/csv";

/**
 * The sample file opened by another spreadsheet program (LibreOffice,
 * headless, one conversion of every sheet to CSV). Single-cell formulas show
 * the values cached in the file. LibreOffice recalculates array formulas when
 * it loads an .xlsx (it ignores their cached values, checked with 7.4), and
 * our functions exist only in Excel, so spilled results show either the
 * cached value or #NAME? there.
 *
 * Runs when `soffice` is installed; on CI (CI=true) it must be.
 */

const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
const required = process.env.CI === "true";
if (!soffice && !required) console.warn("LibreOffice (soffice) not found: skipping the LibreOffice check of the generated workbook (apt-get install libreoffice-calc-nogui)");
const run = soffice || required ? describe : describe.skip;

run("the sample workbook in LibreOffice", () => {
  const plan = costCentreTemplate("fr", { sample: true });
  const evaluation = evaluatePlan(plan);
  const dir = mkdtempSync(join(tmpdir(), "hisab-lo-"));
  const sheets = new Map<string, string[][]>();

  beforeAll(async () => {
    if (!soffice) throw new Error("CI=true but LibreOffice (soffice) is not installed: .ci/run must install libreoffice-calc-nogui");
    const file = join(dir, "sample.xlsx");
    await writePlanXlsx(plan, evaluation, file);
    // Filter options: comma, double quote, UTF-8, from line 1, raw values (not as shown), every sheet to its own file.
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    const converted = spawnSync(soffice, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", filter, "--outdir", dir, file], { encoding: "utf8", timeout: 170_000 });
    if (converted.status !== 0) throw new Error(`soffice failed: ${converted.stderr || converted.error}`);
    for (const sheet of plan.sheets) sheets.set(sheet.name, parseCsv(readFileSync(join(dir, `sample-${sheet.name}.csv`), "utf8")));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const shown = (sheet: string, row: number, col: number): string => sheets.get(sheet)?.[row]?.[col] ?? "";

  it("shows the inputs as written", () => {
    for (const sheet of plan.sheets) {
      for (const table of sheet.tables) {
        const { top, left } = parseRef(table.at);
        table.rows.forEach((row, r) =>
          row.forEach((value, c) => {
            const cell = shown(sheet.name, top + 1 + r, left + c);
            if (typeof value === "number") expect({ at: `${sheet.name}!${cellAddress(top + 1 + r, left + c)}`, value: Number(cell) }).toEqual({ at: `${sheet.name}!${cellAddress(top + 1 + r, left + c)}`, value });
            else expect(cell).toBe(value ?? "");
          }),
        );
      }
    }
  });

  it("shows the cached results of single-cell formulas, and of spills where it keeps them", () => {
    const results = plan.sheets.find((s) => s.key === "results")!;
    let singles = 0;
    for (const formula of results.formulas) {
      const { top, left } = parseRef(formula.at);
      const values = evaluation.results.get(`${results.name}!${formula.at}`)!;
      const single = formula.rows === 1 && formula.cols === 1;
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = shown(results.name, top + r, left + c);
          const where = `${results.name}!${cellAddress(top + r, left + c)}`;
          if (!single && cell === "#NAME?") return;
          const actual = typeof value === "number" ? Number(cell) : cell;
          if (typeof value === "number") expect({ where, close: Math.abs((actual as number) - value) <= 1e-6 * Math.max(1, Math.abs(value)) }).toEqual({ where, close: true });
          else expect({ where, actual }).toEqual({ where, actual: value });
        }),
      );
      if (single) singles++;
    }
    expect(singles).toBeGreaterThan(100);
    // The conservation checks: 0.00 in both.
    const check = results.labels.find((l) => l.style === "check")!;
    const { top } = parseRef(check.at);
    expect([shown(results.name, top + 2, 3), shown(results.name, top + 3, 3)]).toEqual(["0", "0"]);
  });
});
