/**
 * A whole journey clicked through in the BUILT pane (headless chromium, the
 * Office stub's in-memory workbook): a finance officer's own workbook mapped
 * range by range, checked with a planted error (a click selects its cell),
 * fixed, computed, computed again in place, and a cell of theirs protected
 * by a question. Then the template route in the dark theme at 125 %.
 * Screenshots go to test/screenshots/j*.png.
 */
import type { Locator, Page } from "playwright-core";
import { costCentres } from "../../src/journeys/costCentres";
import { formatAddress, parseAddress } from "../../src/journeys/names";
import { STRINGS } from "../../taskpane/i18n";
import { typeset } from "../../taskpane/i18n/typography";
import { userCostCentres } from "../support/userWorkbook";
import { lightness, measureLayout } from "./support/layout";
import { browserSession } from "./support/session";
import type { SheetSnapshot, StubSheet, WorkbookSnapshot } from "./support/stubTypes";

const { withPane } = browserSession();
const fr = STRINGS.fr;
const title = fr.journeys.titles.costCentres;

/** The user's workbook with a planted error: text in a "units produced" cell. */
function plantedWorkbook(): StubSheet[] {
  const sheets = userCostCentres().sheets as StubSheet[];
  const centres = sheets.find((s) => s.name === "Centres 2024")!;
  centres.blocks[0].rows[7][4] = "n/a"; // E8
  return sheets;
}

const sheetNamed = (book: WorkbookSnapshot, name: string): SheetSnapshot => {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet "${name}" (have ${book.sheets.map((s) => s.name).join(", ")})`);
  return sheet;
};

const stepButton = (page: Page, step: keyof typeof fr.journeys.steps) => page.getByRole("button", { name: fr.journeys.steps[step], exact: true });

async function openStep(page: Page, step: keyof typeof fr.journeys.steps): Promise<void> {
  const button = stepButton(page, step);
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
}

/** Chooses an option of a picker: opens it and clicks the option. */
async function pick(page: Page, input: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: input, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Types an address in a picker and leaves it. */
async function type(page: Page, input: string, address: string): Promise<void> {
  const box = page.getByRole("combobox", { name: input, exact: true });
  await box.fill(address);
  await box.press("Tab");
}

const label = (id: string) => costCentres.inputs.find((i) => i.id === id)!.label.fr;
const text = async (locator: Locator) => ((await locator.textContent()) ?? "").trim();

describe("the cost-centre journey on a user's own workbook", () => {
  it("maps, checks, computes, computes again in place, and asks before writing over a cell of the user's", async () => {
    await withPane("journey-own", { displayLanguage: "fr-FR", viewport: { width: 360, height: 900 } }, async (pane) => {
      const { page } = pane;
      const user = userCostCentres();
      await pane.stub("loadWorkbook", plantedWorkbook());
      await page.getByRole("button", { name: fr.journeys.open(title) }).click();
      await page.getByRole("heading", { level: 2, name: title }).waitFor();

      // 1. Set up: the user's own ranges, from the table's columns, a typed address, the current selection.
      await page.getByRole("radio", { name: fr.setup.useOwn }).check();
      for (const id of ["centres", "labels", "kinds", "unitNames", "units"]) {
        const column = user.choices[id].replace(/^=/, "").replace("''", "'");
        await pick(page, label(id), `${column} ('Centres 2024'!${columnRef(id)})`);
      }
      const amounts = parseAddress(user.choices.amounts)!;
      await pane.stub("select", "Charges 2024", amounts.ref);
      await page.getByRole("button", { name: fr.setup.refresh }).click();
      await pick(page, label("amounts"), fr.setup.selection(formatAddress(amounts)));
      for (const id of ["keyNames", "keyTable", "secondaryKeys"]) await type(page, label(id), formatAddress(parseAddress(user.choices[id])!));
      await pane.screenshot("j1-setup-mapped", { fullPage: true });
      await page.getByRole("button", { name: fr.setup.save }).click();
      await page.getByText(fr.setup.saved).waitFor();
      const names = Object.fromEntries((await pane.snapshot()).definedNames.map((n) => [n.name, n.formula]));
      expect(names).toMatchObject({
        HISAB_CC_CENTRES: "=tMesCentres[Code]",
        HISAB_CC_UNIT_NAMES: "=tMesCentres[Unité d''œuvre]",
        HISAB_CC_AMOUNTS: user.choices.amounts,
        HISAB_CC_KEY_TABLE: user.choices.keyTable,
      });
      expect(names.HISAB_CC_METHOD).toBeUndefined();

      // 2. Check: the planted error, listed; a click selects its cell on its sheet.
      await openStep(page, "check");
      await page.getByRole("button", { name: fr.check.run }).click();
      await page.getByText(fr.check.summary(1, 0)).waitFor();
      const goTo = page.getByRole("button", { name: fr.check.goTo("'Centres 2024'!E8") });
      await goTo.waitFor();
      expect(await text(page.getByRole("listitem").filter({ has: goTo }))).toContain(typeset("« n/a » n'est pas un nombre", "fr"));
      await pane.stub("activate", "Notes");
      await goTo.click();
      await page.waitForFunction(() => (window as unknown as { hisabStub: { snapshot(): { selection?: string } } }).hisabStub.snapshot().selection === "Centres 2024!E8");
      expect((await pane.snapshot()).activeSheet).toBe("Centres 2024");
      await pane.screenshot("j2-check-problem", { fullPage: true });

      // Fixed in the workbook: the check finds nothing more.
      await pane.stub("setCell", "Centres 2024", "E8", 1200);
      await page.getByRole("button", { name: fr.check.run }).click();
      await page.getByText(fr.check.none).waitFor();

      // 3. Compute, with a values-only copy; the progress shows while it writes.
      await openStep(page, "compute");
      await page.getByRole("checkbox", { name: fr.compute.valuesCopy }).check();
      await pane.stub("pauseAtSync", 8);
      await page.getByRole("button", { name: fr.compute.run, exact: true }).click();
      await page.waitForFunction(() => (window as unknown as { hisabStub: { paused(): boolean } }).hisabStub.paused());
      await page.getByRole("button", { name: fr.compute.run, exact: true }).evaluate((button) => button.scrollIntoView({ block: "center" }));
      await pane.screenshot("j3-computing");
      await pane.stub("resume");
      await page.getByText(fr.compute.done(["Résultats", "Résultats (valeurs)"])).waitFor();
      let book = await pane.snapshot();
      expect(book.sheets.map((s) => s.name)).toEqual(["Notes", "Centres 2024", "Charges 2024", "Clés", "Résultats", "Résultats (valeurs)"]);
      const results = sheetNamed(book, "Résultats");
      expect(results.cells.E8.formula).toBe(`=HISAB.ALLOCATE('Centres 2024'!A2:A31,D8:D37,'Clés'!${parseAddress(user.choices.secondaryKeys)!.ref},C4)`);
      expect(results.cells.C4).toMatchObject({ value: "cascade", numberFormat: "@" });
      expect(results.charts.map((c) => c.name)).toEqual(["Hisab 1"]);
      expect(Object.values(sheetNamed(book, "Résultats (valeurs)").cells).filter((c) => c.formula !== undefined)).toEqual([]);
      expect(book.definedNames.map((n) => n.name)).toEqual(expect.arrayContaining(["HISAB_CC_OUT_RESULTS", "HISAB_CC_VAL_RESULTS"]));

      // 4. Review: the key figures, the checks at 0, links to the sheets.
      await stepButton(page, "review").waitFor();
      expect(await stepButton(page, "review").getAttribute("aria-expanded")).toBe("true");
      await page.getByRole("img", { name: fr.review.passed }).first().waitFor();
      expect(await page.getByRole("img", { name: fr.review.passed }).count()).toBe(2);
      await pane.screenshot("j4-review", { fullPage: true });
      await page.getByRole("button", { name: fr.review.goTo("Résultats") }).click();
      await page.waitForFunction(() => (window as unknown as { hisabStub: { snapshot(): { selection?: string } } }).hisabStub.snapshot().selection === "Résultats!A1");

      // Computed again after the user chose another method on the results sheet: the same sheets, updated in place, the method kept.
      await pane.stub("setCell", "Résultats", "C4", "réciproque");
      await page.getByRole("button", { name: fr.compute.run, exact: true }).click();
      await page.getByText(fr.compute.timingsHint).waitFor();
      book = await pane.snapshot();
      expect(book.sheets.map((s) => s.name)).toEqual(["Notes", "Centres 2024", "Charges 2024", "Clés", "Résultats", "Résultats (valeurs)"]);
      expect(sheetNamed(book, "Résultats").cells.C4.value).toBe("réciproque");
      expect(sheetNamed(book, "Résultats (valeurs)").cells.C4.value).toBe("réciproque");
      expect(sheetNamed(book, "Résultats").charts).toHaveLength(1);
      expect(book.stats.sheetsDeleted).toBe(0);

      // The user writes a note below the results, then their table grows by two centres: the results would grow over the note.
      await pane.stub("setCell", "Résultats", "A56", "ma note");
      for (const [at, value] of Object.entries(NEW_CENTRES)) await pane.stub("setCell", "Centres 2024", at, value);
      await pane.stub("resizeTable", "tMesCentres", "A1:E33");
      await page.getByRole("button", { name: fr.compute.run, exact: true }).click();
      const dialog = page.getByRole("alertdialog");
      await dialog.waitFor();
      expect(await text(dialog)).toContain("Résultats!A56");
      await pane.screenshot("j5-overwrite-question");
      await dialog.getByRole("button", { name: fr.compute.cancel }).click();
      await dialog.waitFor({ state: "hidden" });
      expect(sheetNamed(await pane.snapshot(), "Résultats").cells.A56.value).toBe("ma note");

      await page.getByRole("button", { name: fr.compute.run, exact: true }).click();
      await dialog.getByRole("button", { name: fr.compute.overwriteConfirm }).click();
      await page.getByText(fr.compute.timingsHint).waitFor();
      book = await pane.snapshot();
      expect(sheetNamed(book, "Résultats").cells.A56.value).not.toBe("ma note");
      expect(sheetNamed(book, "Résultats").cells.A8).toMatchObject({ formula: "='Centres 2024'!A2" });
      expect(sheetNamed(book, "Résultats").cells.A39).toMatchObject({ formula: "='Centres 2024'!A33" });
    });
  });
});

describe("the template route, in the dark theme at 125 %", () => {
  it("inserts the template from Set up, finds nothing wrong, computes in place, and nothing overflows", async () => {
    const options = { displayLanguage: "en-US", theme: "dark" as const, viewport: { width: 280, height: 800 }, deviceScaleFactor: 1.25 };
    await withPane("journey-template-dark", options, async (pane) => {
      const { page } = pane;
      const en = STRINGS.en;
      await page.getByRole("button", { name: en.journeys.open(en.journeys.titles.costCentres) }).click();
      await page.getByRole("button", { name: en.template.insert }).click();
      await page.getByText(en.template.successHint).waitFor();
      await page.getByRole("button", { name: en.check.run }).click();
      await page.getByText(en.check.none).waitFor();
      await openStepEn(page, en.journeys.steps.compute);
      await page.getByRole("button", { name: en.compute.run, exact: true }).click();
      await page.getByText(en.compute.done(["Results"])).waitFor();
      const book = await pane.snapshot();
      // The template's own results sheet is the journey's: computed again in place, no new sheet.
      expect(book.sheets.filter((s) => s.name.startsWith("Results"))).toHaveLength(1);
      expect(book.stats.sheetsAdded).toBe(6);
      await pane.screenshot("j6-template-dark-review", { fullPage: true });
      const layout = await page.evaluate(measureLayout);
      expect(layout.overflowing).toEqual([]);
      expect(layout.lowContrast).toEqual([]);
      expect(layout.smallestFontPx).toBeGreaterThanOrEqual(14);
      expect(lightness(layout.background)).toBeLessThan(0.25);
    });
  });
});

async function openStepEn(page: Page, name: string): Promise<void> {
  const button = page.getByRole("button", { name, exact: true });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
}

/** The address of a column of the user's centre table (A2:A31 for the codes…). */
function columnRef(id: string): string {
  const column = { centres: "A", labels: "B", kinds: "C", unitNames: "D", units: "E" }[id]!;
  return `${column}2:${column}31`;
}

/** Two centres the user adds at the end of their table. */
const NEW_CENTRES: Record<string, string | number> = {
  A32: "NOUV1", B32: "Nouveau centre 1", C32: "principal", D32: "journée", E32: 100,
  A33: "NOUV2", B33: "Nouveau centre 2", C33: "principal", D33: "journée", E33: 50,
};
