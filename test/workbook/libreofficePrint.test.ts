import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePlanXlsx } from "../../scripts/xlsx";
import { valuesCompanion } from "../../src/journeys/valuesCopy";
import { costingWorkbook } from "../../src/workbook/actsTariffs";
import { contractsPlan, NO_SPARE_ROWS } from "../../src/workbook/contracts";
import { evaluatePlan, isErrorValue } from "../../src/workbook/evaluate";
import { cellAddress, parseRef } from "../../src/workbook/formula";
import { sheetLayout } from "../../src/workbook/layout";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { pageSetup } from "../../src/workbook/print";
import { shortContractsSample } from "./contractsShortSample";
import { parseCsv } from "../support/csv";

/**
 * The generated workbooks printed and opened by another program
 * (LibreOffice, headless): the contract workbook printed to PDF page by page
 * (pdftotext reads each page's text, its footer names the sheet), and the
 * values-only companions, which show every result as a number where the
 * workbook with formulas shows #NAME? (LibreOffice recalculates spilled
 * results on load and does not know our functions). Fonts: Carlito, the
 * metric twin of Calibri, as .ci/run installs it.
 *
 * Runs when `soffice` and `pdftotext` are installed; on CI (CI=true) they must be.
 */

const which = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
const soffice = which("soffice");
const pdftotext = which("pdftotext");
const required = process.env.CI === "true";
if ((!soffice || !pdftotext) && !required) console.warn("LibreOffice (soffice) or pdftotext (poppler-utils) not found: skipping the printed pages and the values-only companions in LibreOffice");
const run = (soffice && pdftotext) || required ? describe : describe.skip;

const dir = mkdtempSync(join(tmpdir(), "hisab-lo-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function convert(file: string, filter: string): void {
  if (!soffice || !pdftotext) throw new Error("CI=true but LibreOffice (soffice) or pdftotext is missing: .ci/run must install libreoffice-calc-nogui and poppler-utils");
  const converted = spawnSync(soffice, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", filter, "--outdir", dir, file], { encoding: "utf8", timeout: 170_000 });
  if (converted.status !== 0) throw new Error(`soffice failed: ${converted.stderr || converted.error}`);
}

/** The text of each page of a PDF, with the sheet its footer names ("Balance … 3 / 12"). */
function pages(pdf: string): { sheet: string; text: string }[] {
  const text = spawnSync(pdftotext, ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  return text
    .split("\f")
    .filter((page) => page.trim() !== "")
    .map((page) => {
      const footer = page.trimEnd().split("\n").pop()!.trim();
      return { sheet: footer.replace(/\s+\d+ \/ \d+$/, ""), text: page };
    });
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const serial = (year: number, month: number, day: number) => (Date.UTC(year, month, day) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** A number as LibreOffice's CSV gives it: raw, except that percentages, dates and months keep their format. */
function numberShown(cell: string): number {
  if (cell.endsWith("%")) return Number(cell.slice(0, -1)) / 100;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  if (iso) return serial(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(cell);
  if (french) return serial(Number(french[3]), Number(french[2]) - 1, Number(french[1]));
  const month = /^([A-Z][a-z]{2}) (\d{4})$/.exec(cell);
  if (month) return serial(Number(month[2]), MONTHS.indexOf(month[1]), 1);
  return Number(cell);
}

const at = (plan: WorkbookPlan, key: string) => plan.sheets.find((s) => s.key === key)!;

run("the contract workbook printed by LibreOffice", () => {
  const plan = contractsPlan("en", shortContractsSample(), { spare: NO_SPARE_ROWS, note: "" });
  const evaluation = evaluatePlan(plan);
  let printed: { sheet: string; text: string }[] = [];

  beforeAll(async () => {
    await writePlanXlsx(plan, evaluation, join(dir, "contracts.xlsx"));
    convert(join(dir, "contracts.xlsx"), "pdf");
    printed = pages(join(dir, "contracts.pdf"));
  }, 180_000);

  it("prints the statement to sign on one page, with both parties' name, date and signature lines, and the months on the next", () => {
    const balance = printed.filter((page) => page.sheet === "Balance");
    expect(balance).toHaveLength(2);
    const [statement, months] = balance.map((page) => page.text);
    for (const text of ["Fee-for-service contract statement", "Balance due to the provider", "Lines rejected", "BAD_PRICE", "Checks (each must be 0)", "For the payer", "For the provider"]) expect(statement).toContain(text);
    expect(statement.match(/Name and position: _{10,}/g)).toHaveLength(2);
    expect(statement.match(/Date: _{10,}/g)).toHaveLength(2);
    expect(statement.match(/Signature: _{10,}/g)).toHaveLength(2);
    expect(statement).not.toContain("Due and paid by month");
    expect(months).toContain("Due and paid by month");
  });

  it("shows the months of the chart's axis as months, not date serials", () => {
    const months = printed.filter((page) => page.sheet === "Balance")[1].text;
    expect(months.match(/\b(Jan|Feb|Mar) 2025\b/g)?.length).toBeGreaterThanOrEqual(6); // three in the table, three on the axis
    expect(months).not.toMatch(/\b4565[89]\b/);
  });

  it("fits each sheet's width on its pages: a header row's first and last headers print on the same page", () => {
    for (const sheet of plan.sheets) {
      const layout = sheetLayout(sheet);
      if (!("pagesWide" in pageSetup(sheet, layout).zoom) || sheet.key === "guide") continue;
      const headers = sheet.tables.length > 0 ? sheet.tables[0].columns.map((c) => c.header) : sheet.labels.filter((l) => l.style === "header").map((l) => l.text);
      const first = printed.find((page) => page.sheet === sheet.name)!;
      const words = (text: string) => text.split(/\s+/)[0];
      expect({ sheet: sheet.name, first: first.text.includes(words(headers[0])), last: first.text.includes(words(headers[headers.length - 1])) }).toEqual({ sheet: sheet.name, first: true, last: true });
    }
  });

  it("prints every line of the guide whole, wrapped on a portrait page", () => {
    const guide = printed.filter((page) => page.sheet === "Guide").map((page) => page.text).join("\n").replace(/\s+/g, " ");
    for (const label of at(plan, "guide").labels) {
      const last = label.text.split(/\s+/).slice(-3).join(" ");
      expect({ line: label.text.slice(0, 30), printed: guide.includes(last) }).toEqual({ line: label.text.slice(0, 30), printed: true });
    }
  });

  it("repeats the activity's header row on each of its pages", () => {
    const activity = printed.filter((page) => page.sheet === "Activity");
    expect(activity.length).toBeGreaterThan(1);
    for (const page of activity) expect(page.text).toMatch(/Date\s+Act code\s+Quantity/);
  });
});

run("the values-only companions in LibreOffice", () => {
  const made = { date: new Date(Date.UTC(2025, 11, 2)) };
  const books = {
    costing: costingWorkbook("fr", { sample: true }),
    contracts: contractsPlan("en", shortContractsSample(), { spare: NO_SPARE_ROWS, note: "" }),
  };
  const evaluations = { costing: evaluatePlan(books.costing), contracts: evaluatePlan(books.contracts) };
  const shown = new Map<string, string[][]>();
  let costingPages: { sheet: string; text: string }[] = [];

  beforeAll(async () => {
    for (const [name, plan] of Object.entries(books) as [keyof typeof books, WorkbookPlan][]) {
      const companion = valuesCompanion(plan, evaluations[name], name === "costing" ? "fr" : "en", { ...made, source: `${name}.xlsx` });
      const file = join(dir, `${name}-values.xlsx`);
      await writePlanXlsx(companion, evaluatePlan(companion), file);
      // Comma, double quote, UTF-8, from line 1, raw values (not as shown), every sheet to its own file.
      convert(file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
      for (const sheet of plan.sheets) shown.set(`${name}!${sheet.name}`, parseCsv(readFileSync(join(dir, `${name}-values-${sheet.name}.csv`), "utf8")));
    }
    convert(join(dir, "costing-values.xlsx"), "pdf");
    costingPages = pages(join(dir, "costing-values.pdf"));
  }, 180_000);

  it("shows no #NAME? anywhere", () => {
    for (const [sheet, rows] of shown) expect({ sheet, names: rows.flat().filter((cell) => cell === "#NAME?").length }).toEqual({ sheet, names: 0 });
  });

  it("shows every result the engine computed, where the workbook with formulas has them", () => {
    let compared = 0;
    for (const [name, plan] of Object.entries(books) as [keyof typeof books, WorkbookPlan][]) {
      for (const sheet of plan.sheets) {
        for (const formula of sheet.formulas) {
          const { top, left } = parseRef(formula.at);
          evaluations[name].results.get(`${sheet.name}!${formula.at}`)!.forEach((row, r) =>
            row.forEach((value, c) => {
              const where = `${name}!${sheet.name}!${cellAddress(top + r, left + c)}`;
              const cell = shown.get(`${name}!${sheet.name}`)?.[top + r]?.[left + c] ?? "";
              if (isErrorValue(value)) expect({ where, cell }).toEqual({ where, cell: value.error });
              else if (typeof value === "number") expect({ where, cell, value, close: Math.abs(numberShown(cell) - value) <= 1e-6 * Math.max(1, Math.abs(value)) }).toEqual({ where, cell, value, close: true });
              else expect({ where, cell }).toEqual({ where, cell: value === null ? "" : String(value) });
              compared++;
            }),
          );
        }
      }
    }
    expect(compared).toBeGreaterThan(5_000);
  });

  it("says on its first sheet what it is a copy of, and when", () => {
    expect(shown.get("costing!Mode d'emploi")?.[2]?.[0]).toMatch(/^Copie en valeurs de « costing\.xlsx », faite le 2 décembre 2025 pour les lecteurs sans le complément Hisab Santé/);
  });

  it("draws the cost-centre chart with its figures (the workbook with formulas can only draw it empty there)", () => {
    const chart = costingPages.find((page) => page.text.includes("Coût de chaque centre avant et après la répartition secondaire"));
    expect(chart?.text).toMatch(/\b100,000,000\b/); // a tick of the value axis: the bars have values
  });
});
