/**
 * The BUILT task pane (dist/) in Debian's chromium, with an Office stub in
 * place of office.js (support/officeStub.ts) whose Excel.run writes into an
 * in-memory workbook. One browser for the file; each test opens the pane in a
 * fresh browser context (fresh storage). Screenshots go to test/screenshots/.
 *
 * Expectations come from the sources (catalog, UI strings, the template
 * plan), so the tests follow the product; a few are spelled out by hand
 * (=HISAB.REPARTIR, the ALLOCATE formula on the results sheet) so that a
 * change in how formulas are rendered cannot pass unnoticed.
 */
import type { Locator, Page } from "playwright-core";
import { CATALOG, NAMESPACE } from "../../src/excel/catalog";
import type { Language } from "../../src/excel/messages";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { areaRef, columnLetters, formulaText, parseRef } from "../../src/workbook/formula";
import type { Expr, FormulaCell, WorkbookPlan } from "../../src/workbook/plan";
import { PRODUCT_NAME, STRINGS } from "../../taskpane/i18n";
import { typeset } from "../../taskpane/i18n/typography";
import { LANGUAGE_STORAGE_KEY } from "../../taskpane/language";
import type { PaneOptions } from "./support/browser";
import { lightness, measureLayout, namesBrokenInsideAWord } from "./support/layout";
import { browserSession } from "./support/session";
import type { HisabStub, SheetSnapshot, WorkbookSnapshot } from "./support/stubTypes";

const { withPane, open } = browserSession();

const DISPLAY_LANGUAGE: Record<Language, string> = { fr: "fr-FR", en: "en-US" };
/** The user's own sheet the stub starts with. */
const USER_SHEET: Record<Language, string> = { fr: "Feuil1", en: "Sheet1" };

/** The cost-centre template's section (other templates may sit next to it), its button, progress/success and error regions. */
const costCentreSection = (page: Page) => page.getByRole("region", { name: STRINGS.fr.template.heading, exact: true }).or(page.getByRole("region", { name: STRINGS.en.template.heading, exact: true }));
const insertButton = (page: Page, language: Language) => costCentreSection(page).getByRole("button", { name: STRINGS[language].template.insert, exact: true });
const status = (page: Page) => costCentreSection(page).getByRole("status");
const alert = (page: Page) => costCentreSection(page).getByRole("alert");

/** Until the stub holds a sync (see pauseAtSync). */
async function waitUntilPaused(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { hisabStub: HisabStub }).hisabStub.paused());
}

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? "").trim();
}

// ---- The home page -------------------------------------------------------------------

/** Title, headings, choices and the whole function list, in `language`. */
async function expectHome(page: Page, language: Language): Promise<void> {
  const s = STRINGS[language];
  const title = page.getByRole("heading", { level: 1 });
  expect(await text(title)).toBe(PRODUCT_NAME);
  expect(await title.evaluate((h) => h.closest("[lang]")?.getAttribute("lang"))).toBe(language);
  await page.getByRole("heading", { level: 2, name: s.template.heading }).waitFor();
  await page.getByRole("heading", { level: 2, name: s.functions.heading }).waitFor();
  await page.getByText(s.tagline).waitFor();
  expect(await page.getByRole("radio", { name: s.languageName }).isChecked()).toBe(true);
  expect(await costCentreSection(page).getByRole("radio", { name: s.template.withSample }).isChecked()).toBe(true);
  expect(await insertButton(page, language).isEnabled()).toBe(true);

  const items = page.getByRole("region", { name: s.functions.heading }).getByRole("listitem");
  expect(await items.locator("code").allTextContents()).toEqual(CATALOG.map((fn) => `=${NAMESPACE}.${fn.name[language]}`));
  expect(await items.allTextContents()).toEqual(CATALOG.map((fn) => `=${NAMESPACE}.${fn.name[language]}${typeset(fn.summary[language], language)}`));
}

describe("the task pane opens", () => {
  it.each<[Language, string]>([
    ["fr", "=HISAB.REPARTIR"],
    ["en", "=HISAB.ALLOCATE"],
  ])("in %s with every catalog function (%s…), and functions.js registers them all in the same page", async (language, allocate) => {
    await withPane(`home-${language}`, { displayLanguage: DISPLAY_LANGUAGE[language] }, async (pane) => {
      await expectHome(pane.page, language);
      expect(await pane.page.getByRole("listitem").locator("code").allTextContents()).toContain(allocate);
      // Shared runtime: the page that shows the pane also loaded the custom functions.
      expect((await pane.snapshot()).customFunctions).toEqual(CATALOG.map((fn) => fn.id.toUpperCase()).sort());
      await pane.screenshot(`a-home-${language}`, { fullPage: true });
    });
  });
});

describe("the language switch", () => {
  it("changes every text, and the choice outlives a reload", async () => {
    await withPane("language-switch", { displayLanguage: "fr-FR" }, async (pane) => {
      const { page } = pane;
      await expectHome(page, "fr");
      await page.getByRole("radio", { name: STRINGS.en.languageName }).check();
      await page.getByRole("heading", { level: 2, name: STRINGS.en.functions.heading }).waitFor();
      await expectHome(page, "en");
      expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_STORAGE_KEY)).toBe("en");
      await pane.screenshot("c-switched-to-en");

      await page.reload();
      await pane.ready();
      await expectHome(page, "en"); // Office says fr-FR; the user chose English

      await page.getByRole("radio", { name: STRINGS.fr.languageName }).check();
      await page.getByRole("heading", { level: 2, name: STRINGS.fr.functions.heading }).waitFor();
      await expectHome(page, "fr");
    });
  });
});

// ---- The workbook the insert writes ----------------------------------------------------

/** The same formula pointing at the sheets as actually named. */
function renamed(expr: Expr, names: ReadonlyMap<string, string>): Expr {
  switch (expr.kind) {
    case "range":
      return expr.sheet === undefined ? expr : { ...expr, sheet: names.get(expr.sheet) ?? expr.sheet };
    case "call":
      return { ...expr, args: expr.args.map((arg) => renamed(arg, names)) };
    case "binary":
      return { ...expr, left: renamed(expr.left, names), right: renamed(expr.right, names) };
    default:
      return expr;
  }
}

const widthPoints = (characters: number) => (characters * 7 + 5) * 0.75; // Excel: 8.43 characters = 64 px = 48 pt

/** A formula result's number format in column `col`: one format for all columns, or one per column. */
function formatOfColumn(formula: FormulaCell, col: number): string | undefined {
  const format = formula.numberFormat as string | readonly (string | undefined)[] | undefined;
  return typeof format === "string" ? format : format?.[col];
}

function sheetNamed(book: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet "${name}" in the stub workbook (it has ${book.sheets.map((s) => s.name).join(", ")})`);
  return sheet;
}

/**
 * Every sheet of `plan` was written under `created`: formulas at exactly the
 * plan's cells, pointing at the created sheets; labels and table texts as text;
 * tables, validation, widths and frozen rows; nothing else.
 */
function expectPlanWritten(book: WorkbookSnapshot, plan: WorkbookPlan, created: string[], tableSuffix: string): void {
  const finalNames = new Map(plan.sheets.map((sheet, i) => [sheet.name, created[i]]));
  plan.sheets.forEach((sheetPlan, i) => {
    const sheet = sheetNamed(book, created[i]);
    const expected = new Set<string>();
    const expectCell = (address: string, cell: object) => {
      expected.add(address);
      expect({ at: `${sheet.name}!${address}`, ...sheet.cells[address] }).toMatchObject({ at: `${sheet.name}!${address}`, ...cell });
    };
    /** The cells a result spills into carry its number formats (the anchor holds the formula). */
    const spill = (formula: FormulaCell) => {
      const { top, left } = parseRef(formula.at);
      for (let r = 0; r < formula.rows; r++) {
        for (let c = 0; c < formula.cols; c++) {
          const at = areaRef({ top: top + r, left: left + c, rows: 1, cols: 1 });
          expected.add(at);
          expect({ at: `${sheet.name}!${at}`, numberFormat: sheet.cells[at]?.numberFormat ?? "General" }).toEqual({ at: `${sheet.name}!${at}`, numberFormat: formatOfColumn(formula, c) ?? "General" });
        }
      }
    };

    for (const label of sheetPlan.labels) {
      const look = label.style === "title" ? { font: { bold: true, size: 14 } } : label.style === "header" ? { font: { bold: true }, fill: { color: "#DDEBF7" } } : {};
      expectCell(label.at, { value: label.text, numberFormat: "@", ...look });
    }

    const formulaCells = Object.entries(sheet.cells).filter(([, cell]) => cell.formula !== undefined).map(([address]) => address);
    expect(formulaCells.sort()).toEqual(sheetPlan.formulas.map((f) => f.at).sort());
    for (const formula of sheetPlan.formulas) {
      expectCell(formula.at, { formula: `=${formulaText(renamed(formula.expr, finalNames), { form: "typed" })}` });
      if (formula.numberFormat) spill(formula);
    }

    expect(sheet.tables.map((t) => t.name)).toEqual(sheetPlan.tables.map((t) => t.name + tableSuffix));
    for (const [t, table] of sheetPlan.tables.entries()) {
      const { top, left } = parseRef(table.at);
      const bodyRows = Math.max(1, table.rows.length);
      expect(sheet.tables[t]).toEqual({ name: table.name + tableSuffix, address: areaRef({ top, left, rows: bodyRows + 1, cols: table.columns.length }), hasHeaders: true, headers: table.columns.map((c) => c.header) });
      table.columns.forEach((column, c) => {
        expectCell(areaRef({ top, left: left + c, rows: 1, cols: 1 }), { value: column.header, numberFormat: "@" });
        for (let r = 0; r < bodyRows; r++) {
          const value = table.rows[r]?.[c] ?? null;
          const at = areaRef({ top: top + 1 + r, left: left + c, rows: 1, cols: 1 });
          if (typeof value === "string") expectCell(at, { value, numberFormat: "@" });
          else if (value !== null) expectCell(at, { value, numberFormat: column.numberFormat ?? "General" });
          else {
            // A blank cell carrying its column's format (the snapshot leaves out blank General cells).
            expected.add(at);
            const cell = sheet.cells[at] ?? { value: "", numberFormat: "General" };
            expect({ at: `${sheet.name}!${at}`, ...cell }).toEqual({ at: `${sheet.name}!${at}`, value: "", numberFormat: column.numberFormat ?? "General" });
          }
        }
        if (column.width) expect(sheet.columnWidths[columnLetters(left + c)]).toBe(widthPoints(column.width));
        const rule = sheet.validations.find((v) => v.address === areaRef({ top: top + 1, left: left + c, rows: bodyRows, cols: 1 }))?.rule;
        if (column.validation?.kind === "list") expect(rule).toEqual({ list: { inCellDropDown: true, source: column.validation.values.join(",") } });
        else if (column.validation) expect(Object.keys(rule ?? {})).toEqual([column.validation.kind === "whole" ? "wholeNumber" : "decimal"]);
        else expect(rule).toBeUndefined();
      });
    }
    for (const [column, characters] of Object.entries(sheetPlan.columnWidths ?? {})) expect(sheet.columnWidths[column]).toBe(widthPoints(characters));
    expect(sheet.frozenRows).toBe(sheetPlan.freezeRows ?? 0);

    const stray = Object.keys(sheet.cells).filter((address) => !expected.has(address));
    expect(stray).toEqual([]);
  });
}

/** The user's sheet as the stub created it: never touched by an insert. */
function expectUserSheetUntouched(book: WorkbookSnapshot, language: Language): void {
  expect(sheetNamed(book, USER_SHEET[language]).cells).toEqual({
    A1: { value: language === "fr" ? "Mes données" : "My data", numberFormat: "General", font: { bold: true } },
    B1: { value: 42, numberFormat: "General" },
    C1: { formula: "=B1*2", numberFormat: "General" },
  });
}

describe("inserting the cost-centre template", () => {
  const plan = costCentreTemplate("fr", { sample: true });
  const names = plan.sheets.map((sheet) => sheet.name);
  const t = STRINGS.fr.template;

  it("shows its progress, then writes every sheet with its formulas, labels and tables, and lists the sheets", async () => {
    await withPane("insert", { displayLanguage: "fr-FR" }, async (pane) => {
      const { page } = pane;
      await pane.stub("pauseAtSync", 3); // hold the insert half-way to look at the pane while it works
      await insertButton(page, "fr").click();
      await waitUntilPaused(page);
      expect(await insertButton(page, "fr").getAttribute("aria-disabled")).toBe("true");
      await status(page).getByRole("progressbar").waitFor();
      expect([t.inserting, ...names.map((_, k) => t.progress(k, names.length))]).toContain(await text(status(page)));
      await pane.screenshot("e-inserting");
      await pane.stub("resume");

      await status(page).getByText(t.success(names)).waitFor();
      await status(page).getByText(t.successHint).waitFor();
      expect(await insertButton(page, "fr").getAttribute("aria-disabled")).toBeNull();
      expect(await text(alert(page))).toBe("");
      await pane.screenshot("e-inserted");

      const book = await pane.snapshot();
      expect(book.sheets.map((s) => s.name)).toEqual(["Feuil1", ...names]);
      expect(names).toEqual(["Mode d'emploi", "Centres", "Charges", "Clés primaires", "Clés secondaires", "Résultats"]);
      expect(book.activeSheet).toBe(names[0]);
      expectPlanWritten(book, plan, names, "");
      expectUserSheetUntouched(book, "fr");
      // Spelled out by hand: the typed form Office.js expects, French sheet names quoted.
      const results = sheetNamed(book, "Résultats").cells;
      expect(results.E8.formula).toMatch(/^=HISAB\.ALLOCATE\(Centres!A2:A\d+,D8:D\d+,'Clés secondaires'!A1:[A-Z]+\d+,C4\)$/);
      expect(results.D8.formula).toMatch(/^=HISAB\.PRIMARY\(Centres!A2:A\d+,Charges!C2:C\d+,Charges!D2:D\d+,'Clés primaires'!A1:[A-Z]+\d+\)$/);
      expect(results.A8).toEqual({ formula: "=Centres!A2", numberFormat: "General;-General;;@" });
      // A table header wraps, aligned like its column.
      expect(sheetNamed(book, "Centres").cells.A1).toEqual({ value: "Code", numberFormat: "@", alignment: { horizontalAlignment: "Left", verticalAlignment: "Bottom", wrapText: true } });
      expect(book.stats).toMatchObject({ runs: 1, failedSyncs: 0, sheetsAdded: names.length, sheetsDeleted: 0, pendingAtEndOfRun: 0 });
    });
  });

  it("inserts again next to the first copy: new sheet and table names, the first sheets untouched", async () => {
    await withPane("insert-twice", { displayLanguage: "fr-FR" }, async (pane) => {
      const { page } = pane;
      await insertButton(page, "fr").click();
      await status(page).getByText(t.success(names)).waitFor();
      const first = await pane.snapshot();

      const again = names.map((name) => `${name} (2)`);
      await insertButton(page, "fr").click();
      await status(page).getByText(t.success(again)).waitFor();
      await pane.screenshot("f-inserted-twice");

      const book = await pane.snapshot();
      expect(book.sheets.map((s) => s.name)).toEqual(["Feuil1", ...names, ...again]);
      expect(book.sheets.slice(0, first.sheets.length)).toEqual(first.sheets);
      expect(book.activeSheet).toBe("Mode d'emploi (2)");
      expectPlanWritten(book, plan, again, "_2");
      expect(sheetNamed(book, "Résultats (2)").cells.E8.formula).toMatch(/^=HISAB\.ALLOCATE\('Centres \(2\)'!A2:A\d+,D8:D\d+,'Clés secondaires \(2\)'!A1:[A-Z]+\d+,C4\)$/);
    });
  });

  it("is reached and run from the keyboard: Tab, arrows to choose the empty template, Enter, then Space", async () => {
    await withPane("keyboard", { displayLanguage: "fr-FR" }, async (pane) => {
      const { page } = pane;
      /** What has the keyboard focus: its section's heading, and its label or text. */
      const focus = () =>
        page.evaluate(() => {
          const active = document.activeElement as HTMLInputElement | null;
          const section = active?.closest("section[aria-labelledby]");
          const heading = section ? document.getElementById(section.getAttribute("aria-labelledby") ?? "")?.textContent ?? "" : "";
          return { section: heading, label: active?.labels?.[0]?.textContent ?? active?.textContent ?? "" };
        });
      const focused = async () => (await focus()).label;
      const focusedLabel = async () => {
        const { section, label } = await focus();
        return section === t.heading ? label : "";
      };
      const tabUntil = async (wanted: () => Promise<boolean>, what: string) => {
        for (let presses = 1; presses <= 15; presses++) {
          await page.keyboard.press("Tab");
          if (await wanted()) return presses;
        }
        throw new Error(`Tab never reached ${what} (focus is on "${await focused()}")`);
      };

      const toContent = await tabUntil(async () => (await focusedLabel()) === t.withSample, "the template content choice");
      await page.keyboard.press("ArrowDown");
      expect(await costCentreSection(page).getByRole("radio", { name: t.empty }).isChecked()).toBe(true);
      const toButton = await tabUntil(async () => (await focusedLabel()) === t.insert, "the insert button");
      expect(toContent + toButton).toBeLessThanOrEqual(10); // a few stops: the language, the content choice, the button
      // Keyboard focus is visible (Fluent's focus outline is drawn when this attribute is set).
      expect(await insertButton(page, "fr").getAttribute("data-fui-focus-visible")).not.toBeNull();
      await pane.screenshot("d-keyboard-focus");

      const empty = costCentreTemplate("fr", { sample: false });
      await page.keyboard.press("Enter");
      await status(page).getByText(t.success(names)).waitFor();
      expect(await focused()).toBe(t.insert); // focus stays on the button through the insert
      expectPlanWritten(await pane.snapshot(), empty, names, "");

      await page.keyboard.press(" ");
      await status(page).getByText(t.success(names.map((name) => `${name} (2)`))).waitFor();
      await pane.screenshot("d-keyboard-inserted-twice");
    });
  });
});

describe("when Excel refuses", () => {
  const names = costCentreTemplate("fr", { sample: true }).sheets.map((sheet) => sheet.name);
  const t = STRINGS.fr.template;

  it("a protected workbook: the pane says why and what to do, the workbook is unchanged, and a retry works", async () => {
    await withPane("protected", { displayLanguage: "fr-FR" }, async (pane) => {
      const { page } = pane;
      await pane.stub("protectStructure", true);
      await insertButton(page, "fr").click();
      await alert(page).getByText(STRINGS.fr.failures.protected).waitFor();
      await alert(page).getByText(t.nothingChanged).waitFor();
      await alert(page).getByText(STRINGS.fr.detail("You cannot perform the requested operation.")).waitFor();
      expect(await text(status(page))).toBe("");
      await pane.screenshot("g-protected");
      const book = await pane.snapshot();
      expect(book.sheets.map((s) => s.name)).toEqual(["Feuil1"]);
      expectUserSheetUntouched(book, "fr");

      await pane.stub("protectStructure", false);
      await insertButton(page, "fr").click();
      await status(page).getByText(t.success(names)).waitFor();
      expect(await text(alert(page))).toBe("");
    });
  });

  it("half-way through: the sheets already added are removed again, and a retry gets the plain names", async () => {
    await withPane("failure-midway", { displayLanguage: "fr-FR" }, async (pane) => {
      const { page } = pane;
      const message = "The request payload size has exceeded the limit.";
      await pane.stub("failSync", { at: 4, code: "RequestPayloadSizeLimitExceeded", message });
      await insertButton(page, "fr").click();
      await alert(page).getByText(STRINGS.fr.failures.too_large).waitFor();
      await alert(page).getByText(t.nothingChanged).waitFor();
      await alert(page).getByText(STRINGS.fr.detail(message)).waitFor();
      await pane.screenshot("g-failure-midway");
      const book = await pane.snapshot();
      expect(book.stats).toMatchObject({ failedSyncs: 1, sheetsAdded: names.length, sheetsDeleted: names.length, maxSheets: names.length + 1 });
      expect(book.sheets.map((s) => s.name)).toEqual(["Feuil1"]);
      expect(book.activeSheet).toBe("Feuil1");
      expectUserSheetUntouched(book, "fr");

      await insertButton(page, "fr").click();
      await status(page).getByText(t.success(names)).waitFor();
    });
  });

  it("and the clean-up fails too: the pane names the sheets left behind", async () => {
    await withPane("failure-left-behind", { displayLanguage: "fr-FR" }, async (pane) => {
      const { page } = pane;
      await pane.stub("failSync", { at: 4, code: "GeneralException", message: "Something went wrong." });
      await pane.stub("failSheetDeletes", "AccessDenied");
      await insertButton(page, "fr").click();
      await alert(page).getByText(t.unknownFailure).waitFor();
      await alert(page).getByText(t.leftBehind(names)).waitFor();
      await pane.screenshot("g-failure-left-behind");
      expect((await pane.snapshot()).sheets.map((s) => s.name)).toEqual(["Feuil1", ...names]);
    });
  });
});

// ---- Large display, dark theme -------------------------------------------------------------

describe("a large display (125 %) and Office's dark theme", () => {
  // A 350 px task pane at 125 % scaling is 280 CSS pixels wide; 320 px (Excel's narrowest) is 256.
  it.each<[string, Language, "light" | "dark", number, "success" | "failure"]>([
    ["fr-dark-success", "fr", "dark", 280, "success"],
    ["en-dark-failure", "en", "dark", 280, "failure"],
    ["fr-light-narrowest-failure", "fr", "light", 256, "failure"],
  ])("%s: nothing overflows or is cut, the text stays large and legible", async (name, language, theme, width, outcome) => {
    const options: PaneOptions = { displayLanguage: DISPLAY_LANGUAGE[language], theme, viewport: { width, height: 800 }, deviceScaleFactor: 1.25 };
    await withPane(`display-${name}`, options, async (pane) => {
      const { page } = pane;
      const t = STRINGS[language].template;
      if (outcome === "failure") await pane.stub("protectStructure", true);
      await insertButton(page, language).click();
      if (outcome === "success") await status(page).getByText(t.successHint).waitFor();
      else await alert(page).getByText(STRINGS[language].failures.protected).waitFor();
      // Keyboard focus on the button (Shift+Tab, Tab), so its focus outline shows in the screenshot.
      await insertButton(page, language).focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      expect(await insertButton(page, language).getAttribute("data-fui-focus-visible")).not.toBeNull();
      await pane.screenshot(`h-${name}`);
      await pane.screenshot(`h-${name}-full`, { fullPage: true });

      const layout = await page.evaluate(measureLayout);
      expect(layout.overflowing).toEqual([]);
      expect(layout.rootScrollWidth).toBeLessThanOrEqual(layout.rootClientWidth);
      expect(layout.pageScrollWidth).toBeLessThanOrEqual(layout.pageClientWidth);
      expect(layout.uncoveredHeight).toBe(0);
      expect(layout.lowContrast).toEqual([]);
      expect(layout.smallestFontPx).toBeGreaterThanOrEqual(14);
      if (theme === "dark") {
        expect(lightness(layout.background)).toBeLessThan(0.25);
        expect(lightness(layout.color)).toBeGreaterThan(0.75);
      } else {
        expect(lightness(layout.background)).toBeGreaterThan(0.9);
      }
    });
  });
});

describe("function names at a large display", () => {
  // Each name has a <wbr /> after its dots, so it wraps between its parts ("=HISAB.COUT.ACTE." / "LETTRE").
  it("at 125 % in a 320 px pane, no function name wraps inside a word (=HISAB.CONTRAT.LIG|NES)", async () => {
    const pane = await open({ displayLanguage: "fr-FR", viewport: { width: 256, height: 800 }, deviceScaleFactor: 1.25 });
    try {
      await pane.screenshot("k-names-wrap", { fullPage: true });
      expect(await pane.page.evaluate(namesBrokenInsideAWord)).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
