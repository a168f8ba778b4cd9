/**
 * The journeys' Office.js flows against the mock workbook: a template made a
 * journey's, a user's own ranges mapped, checked (a click selects the cell),
 * computed, computed again in place, a user's cell refused, and Excel
 * refusing along the way.
 */
import { actsTariffs } from "../../src/journeys/actsTariffs";
import { contracts } from "../../src/journeys/contracts";
import { costCentres } from "../../src/journeys/costCentres";
import { checkJourney } from "../../taskpane/office/checkJourney";
import { ComputeOptions, computeJourney, ComputeStopped } from "../../taskpane/office/computeJourney";
import { InsertPlanError, OfficeFailure } from "../../taskpane/office/insertErrors";
import { insertActsTariffsTemplate, insertContractsTemplate, insertCostCentreTemplate } from "../../taskpane/office/insertTemplate";
import { readJourneyState } from "../../taskpane/office/journeyState";
import { rangeChoices } from "../../taskpane/office/rangeChoices";
import { repairFormulas } from "../../taskpane/office/repairFormulas";
import { saveMapping } from "../../taskpane/office/saveMapping";
import { selectRange } from "../../taskpane/office/selectCell";
import { userCostCentres } from "../support/userWorkbook";
import { FakeWorkbook, officeError } from "./mockWorkbook";

const SHEETS = ["Notes", "Centres 2024", "Charges 2024", "Clés"];
/** Where the user keeps the secondary keys, below the primary ones. */
const SECONDARY_KEYS = userCostCentres().choices.secondaryKeys.replace(/^='Clés'!/, "").replace(/\$/g, "");

/** The user's workbook of test/support/userWorkbook.ts in the mock. */
const userBook = (): FakeWorkbook => FakeWorkbook.of(userCostCentres().sheets);

async function mapped(): Promise<FakeWorkbook> {
  const book = userBook();
  await saveMapping(book.context(), costCentres, userCostCentres().choices, "fr");
  return book;
}

const compute = (book: FakeWorkbook, options: Partial<ComputeOptions> = {}) => computeJourney(book.context(), costCentres, { lang: "fr", valuesCopy: false, ...options });
const stopOf = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => (e instanceof ComputeStopped ? e.stop : e));

describe("setting up", () => {
  it("offers the selection, the tables (whole, body, each column) and the named ranges, never the journeys' own names", async () => {
    const book = await mapped();
    book.select("Charges 2024", "D4:D12");
    const choices = await rangeChoices(book.context());
    expect(choices[0]).toMatchObject({ kind: "selection", formula: "='Charges 2024'!$D$4:$D$12", ref: { sheet: "Charges 2024", ref: "D4:D12" } });
    expect(choices.filter((c) => c.kind !== "selection").map((c) => c.formula)).toEqual(["=tMesCentres[#All]", "=tMesCentres", "=tMesCentres[Code]", "=tMesCentres[Libellé]", "=tMesCentres[Type]", "=tMesCentres[Unité d''œuvre]", "=tMesCentres[Unités produites]"]);
    expect(choices.find((c) => c.formula === "=tMesCentres[Type]")?.ref).toEqual({ kind: "range", sheet: "Centres 2024", ref: "C2:C31" });
  });

  it("records the mapping as defined names an auditor sees, read back on the next session", async () => {
    const book = await mapped();
    expect(book.names()).toContain("HISAB_CC_CENTRES → =tMesCentres[Code]");
    expect(book.definedNames.find((n) => n.name === "HISAB_CC_AMOUNTS")?.comment).toBe("Coûts par centre: Montants des charges (Hisab Santé)");
    const state = await readJourneyState(book.context(), costCentres);
    expect(state.inputs.centres).toEqual({ ref: { kind: "range", sheet: "Centres 2024", ref: "A2:A31" }, formula: "=tMesCentres[Code]" });
    expect(state.inputs.keyTable?.ref.sheet).toBe("Clés");
    expect(state.outputs).toEqual([]);
  });

  it("replaces a name when an input is mapped again, and drops it when unmapped", async () => {
    const book = await mapped();
    await saveMapping(book.context(), costCentres, { labels: undefined, units: "='Centres 2024'!$E$2:$E$31" }, "en");
    const state = await readJourneyState(book.context(), costCentres);
    expect(state.inputs.labels).toBeUndefined();
    expect(state.inputs.units?.formula).toBe("='Centres 2024'!$E$2:$E$31");
    expect(book.definedNames.filter((n) => n.name === "HISAB_CC_UNITS")).toHaveLength(1);
  });

  it("makes an inserted template the journey's: its inputs and its results sheet recorded", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    (globalThis as { Excel?: unknown }).Excel = { run: book.run };
    const result = await insertCostCentreTemplate("fr", { sample: true });
    expect(result.recorded).toBe(true);
    const state = await readJourneyState(book.context(), costCentres);
    expect(state.inputs.centres?.ref).toEqual({ kind: "range", sheet: "Centres", ref: "A2:A31" });
    expect(state.inputs.method).toBeUndefined();
    expect(state.outputs).toEqual([{ key: "results", kind: "formulas", sheet: "Résultats", area: { top: 0, left: 0, rows: 55, cols: 31 } }]);
    expect(await checkJourney(book.context(), costCentres, "fr")).toEqual([]);
  });
});

describe("checking", () => {
  it("finds nothing in the user's ranges as they are", async () => {
    expect(await checkJourney((await mapped()).context(), costCentres, "fr")).toEqual([]);
  });

  it("places each problem at its cell, and a click selects it on its sheet", async () => {
    const book = await mapped();
    book.fill("Centres 2024", "E8", [["n/a"]]);
    book.fill("Clés", "D1", [["IRM"]]);
    const problems = await checkJourney(book.context(), costCentres, "fr");
    expect(problems.map((p) => [p.problem.error?.code, p.at && `${p.at.sheet}!${p.at.ref}`])).toEqual([
      ["not_a_number", "Centres 2024!E8"],
      ["unknown_code", "Clés!D1"],
    ]);
    await selectRange(book.context(), problems[1].at!);
    expect(book.selection).toBe("Clés!D1");
    expect(book.activeSheet).toBe("Clés");
  });

  it("says which inputs are not mapped yet", async () => {
    const problems = await checkJourney(userBook().context(), costCentres, "en");
    expect(problems.map((p) => p.problem.finding?.code)).toEqual(Array(6).fill("not_mapped"));
    expect(problems.every((p) => p.at === undefined)).toBe(true);
  });

  it("explains an Excel refusal", async () => {
    const book = await mapped();
    book.failSync(2, officeError("InvalidOperationInCellEditMode", "edit mode"));
    const error = await checkJourney(book.context(), costCentres, "fr").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});

describe("computing", () => {
  it("writes the results as formulas reading the user's ranges, records them, and gives the key figures and timings", async () => {
    const book = await mapped();
    const progress: string[] = [];
    const outcome = await compute(book, { onProgress: (p) => progress.push(p.phase) });
    expect(outcome.sheets).toEqual([{ key: "results", name: "Résultats", kind: "formulas" }]);
    expect(book.sheetNames()).toEqual([...SHEETS, "Résultats"]);
    const results = book.sheet("Résultats");
    expect(results.cells.get("E8")?.formula).toBe(`=HISAB.ALLOCATE('Centres 2024'!A2:A31,D8:D37,'Clés'!${SECONDARY_KEYS},C4)`);
    expect(results.cells.get("D8")?.formula).toMatch(/^=HISAB\.PRIMARY\('Centres 2024'!A2:A31,'Charges 2024'!D4:D\d+,'Charges 2024'!E4:E\d+,'Clés'!A1:AE\d+\)$/);
    expect(results.cells.get("C4")).toEqual({ value: "cascade", numberFormat: "@" });
    expect(results.charts.map((c) => c.name)).toEqual(["Hisab 1"]);
    expect(book.names()).toContain("HISAB_CC_OUT_RESULTS → ='Résultats'!$A$1:$AE$55");
    expect(outcome.figures.filter((f) => f.check).map((f) => f.value)).toEqual([0, 0]);
    expect(Object.values(outcome.timings).every((ms) => ms >= 0)).toBe(true);
    expect(progress).toEqual(["reading", "computing", "writing"]);
  });

  it("computes again in place: the same sheet, the method the user chose there kept, a renamed sheet followed", async () => {
    const book = await mapped();
    await compute(book);
    const results = book.sheet("Résultats");
    book.renameSheet("Résultats", "Résultats 2024");
    book.fill("Résultats 2024", "C4", [["réciproque"]]);
    book.fill("Notes", "A1", [["Mes données"]]);
    const outcome = await compute(book);
    expect(outcome.sheets).toEqual([{ key: "results", name: "Résultats 2024", kind: "formulas" }]);
    expect(book.sheetNames()).toEqual([...SHEETS, "Résultats 2024"]);
    expect(results.cells.get("C4")?.value).toBe("réciproque");
    expect(results.tables.map((t) => t.name)).toEqual(["tMethode"]);
    expect(results.charts).toHaveLength(1);
    expect(results.cells.get("E8")?.formula).toBe(`=HISAB.ALLOCATE('Centres 2024'!A2:A31,D8:D37,'Clés'!${SECONDARY_KEYS},C4)`);
  });

  it("leaves what the user added beside the results alone: their table, their chart, their cells", async () => {
    const book = await mapped();
    await compute(book);
    const results = book.sheet("Résultats");
    book.fill("Résultats", "AM1", [["Note", "Qui"], ["à revoir", "DAF"]]);
    book.addTable("Résultats", "tMesNotes", "AM1:AN3");
    book.addChart("Résultats", "Pie", "AM2:AN3", "Mon graphique");
    await compute(book);
    expect(results.tables.map((t) => t.name)).toEqual(["tMesNotes", "tMethode"]);
    expect(results.charts.map((c) => c.name)).toEqual(["Mon graphique", "Hisab 1"]);
    expect(results.cells.get("AM2")?.value).toBe("à revoir");
  });

  it("asks before writing over a cell of the user's, and writes once allowed", async () => {
    const book = await mapped();
    await compute(book);
    // The user types beside the results, then adds a centre: the results grow into their note.
    book.fill("Résultats", "A60", [["ma note"]]);
    await saveMapping(book.context(), costCentres, { centres: "='Centres 2024'!$A$2:$A$40", labels: undefined, kinds: undefined, unitNames: undefined, units: "='Centres 2024'!$E$2:$E$40" }, "fr");
    expect(await stopOf(compute(book))).toEqual({ reason: "overwrite", cells: ["Résultats!A60"], count: 1 });
    expect(book.sheet("Résultats").cells.get("A60")?.value).toBe("ma note");
    await compute(book, { allowOverwrite: true });
    expect(book.sheet("Résultats").cells.get("A60")?.value).not.toBe("ma note");
    expect(book.names()).toContain("HISAB_CC_OUT_RESULTS → ='Résultats'!$A$1:$AN$64");
  });

  it("does not compute on bad input without saying so, and never on ranges of the wrong shape", async () => {
    const book = await mapped();
    book.fill("Clés", "C3", [["n/a"]]);
    expect(await stopOf(compute(book))).toEqual({ reason: "problems", problems: 1 });
    expect(book.sheetNames()).toEqual(SHEETS);
    const outcome = await compute(book, { acceptProblems: true });
    expect(outcome.figures[1]).toMatchObject({ check: true, value: { error: "#VALUE!" } });
    expect(book.sheet("Résultats").cells.get("D8")?.formula).toMatch(/^=HISAB\.PRIMARY/);
    expect(await stopOf(compute(userBook()))).toEqual({ reason: "blocked", problems: 6 });
  });

  it("writes a values-only copy beside the formulas, and keeps it up to date on later runs", async () => {
    const book = await mapped();
    await compute(book, { valuesCopy: true });
    const copy = book.sheet("Résultats (valeurs)");
    expect([...copy.cells.values()].filter((c) => c.formula !== undefined)).toEqual([]);
    expect(typeof copy.cells.get("E8")?.value).toBe("number");
    expect(copy.cells.get("C4")).toEqual({ value: "cascade", numberFormat: "@" });
    expect(book.activeSheet).toBe("Résultats");
    book.fill("Résultats", "C4", [["directe"]]);
    const outcome = await compute(book);
    expect(outcome.sheets.map((s) => s.name)).toEqual(["Résultats", "Résultats (valeurs)"]);
    expect(copy.cells.get("C4")?.value).toBe("directe");
  });

  it("refuses an input mapped inside its own results", async () => {
    const book = await mapped();
    await compute(book);
    await saveMapping(book.context(), costCentres, { units: "='Résultats'!$G$8:$G$37" }, "fr");
    expect(await stopOf(compute(book))).toEqual({ reason: "inputInResults", input: "Unités produites", sheet: "Résultats" });
  });
});

describe("when Excel refuses while computing", () => {
  it("the first time: the results sheet it added is removed again, and the pane is told why", async () => {
    const book = await mapped();
    book.failCommand("TableCollection.add", officeError("AccessDenied", "protected"));
    const error = await compute(book).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsertPlanError);
    expect(error).toMatchObject({ reason: "protected", leftBehind: [], cleared: [] });
    expect(book.sheetNames()).toEqual(SHEETS);
    expect(book.names().filter((n) => n.startsWith("HISAB_CC_OUT"))).toEqual([]);
  });

  it("on a re-run: the results are cleared rather than left half written, and the user's cells are untouched", async () => {
    const book = await mapped();
    await compute(book);
    book.failCommand("ChartCollection.add", officeError("GeneralException", "chart refused"));
    const error = await compute(book).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "unknown", cleared: ["Résultats"] });
    expect(book.sheet("Résultats").cells.size).toBe(0);
    expect(book.sheet("Notes").cells.get("A1")?.value).toBe("Mes données");
    book.clearFaults();
    await compute(book);
    expect(book.sheet("Résultats").cells.get("E8")?.formula).toMatch(/^=HISAB\.ALLOCATE/);
  });

  it("a sheet gone meanwhile becomes a clear reason", async () => {
    const book = await mapped();
    book.failSync(1, officeError("ItemNotFound", "The requested resource doesn't exist.")); // the first request of the computation
    const error = await compute(book).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeFailure);
    expect(error).toMatchObject({ reason: "changed" });
  });
});

describe("the other journeys on their templates", () => {
  /** Excel.run on this mock workbook, for the template inserters. */
  const runOn = (book: FakeWorkbook) => ((globalThis as { Excel?: unknown }).Excel = { run: book.run });

  it("acts and tariffs: the template's ranges mapped, its margin and step copied from its own cells, two results sheets written", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    runOn(book);
    await insertActsTariffsTemplate("fr", { sample: true });
    const state = await readJourneyState(book.context(), actsTariffs);
    expect(state.inputs.letters?.ref).toEqual({ kind: "range", sheet: "Lettres-clés", ref: "A2:A11" });
    expect(state.inputs.margin?.ref).toEqual({ kind: "range", sheet: "Tarifs", ref: "A5" });
    expect(await checkJourney(book.context(), actsTariffs, "fr")).toEqual([]);
    const outcome = await computeJourney(book.context(), actsTariffs, { lang: "fr", valuesCopy: false });
    expect(outcome.sheets.map((sheet) => sheet.name)).toEqual(["Coût des lettres", "Coût des actes"]);
    expect(book.sheet("Coût des actes").cells.get("A5")?.formula).toBe("=Tarifs!A5");
    expect(book.sheet("Coût des lettres").charts).toHaveLength(1);
    expect(outcome.figures[0].value).toBe(310);
  });

  it("contracts: the planted activity lines listed as warnings at their cells, the statement written with its chart", async () => {
    const book = new FakeWorkbook(["Feuil1"]);
    runOn(book);
    const inserted = await insertContractsTemplate("en", { sample: true });
    expect(inserted.recorded).toBe(true);
    const problems = await checkJourney(book.context(), contracts, "en");
    expect(problems.length).toBeGreaterThan(20);
    expect(problems.every((p) => p.problem.severity === "warning" && p.at?.sheet === "Activity")).toBe(true);
    const outcome = await computeJourney(book.context(), contracts, { lang: "en", valuesCopy: true });
    expect(outcome.sheets.map((sheet) => `${sheet.name}/${sheet.kind}`)).toEqual([
      "Contract terms/formulas", "Line statuses/formulas", "Reconciliation (2)/formulas", "Balance (2)/formulas",
      "Contract terms (values)/values", "Line statuses (values)/values", "Reconciliation (values)/values", "Balance (values)/values",
    ]);
    expect(book.sheet("Contract terms").cells.get("D5")?.formula).toBe("=Contract!D5");
    expect(book.sheet("Balance (2)").charts).toHaveLength(1);
    expect(outcome.figures.filter((f) => f.check).map((f) => f.value)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe("repairing formulas stuck at #NAME?", () => {
  it("re-enters the formulas of the journeys' results, stored names made typed again, and nothing else", async () => {
    const book = await mapped();
    await compute(book);
    const results = book.sheet("Résultats");
    const flows = [...results.cells].find(([, cell]) => cell.formula?.startsWith("=HISAB.ALLOCATION.FLOWS("))![0];
    book.fill("Résultats", "E8", [["=_xldudf_HISAB_ALLOCATE(A2:A31,D8:D37,K1:L2,C4)"]]);
    book.fill("Résultats", flows, [["=_XLDUDF_HISAB_ALLOCATION_FLOWS(A1)"]]);
    const ours = [...results.cells.values()].filter((c) => /HISAB/i.test(c.formula ?? "")).length;
    const outcome = await repairFormulas(book.context(), "results");
    expect(outcome).toEqual({ formulas: ours, sheets: ["Résultats"] });
    expect(results.cells.get("E8")?.formula).toBe("=HISAB.ALLOCATE(A2:A31,D8:D37,K1:L2,C4)");
    expect(results.cells.get(flows)?.formula).toBe("=HISAB.ALLOCATION.FLOWS(A1)");
    expect(results.cells.get("A1")).toEqual({ value: "Résultats de la répartition", numberFormat: "@", font: { bold: true, size: 14 } });
  });

  it("in the active sheet once agreed: only cells calling our functions are written", async () => {
    const book = userBook();
    book.fill("Notes", "B2", [["=SUM(A1:A3)", "=_xldudf_HISAB_UNITCOST(A1:A3,B1:B3,C1:C3)"]]);
    book.activate("Notes");
    const outcome = await repairFormulas(book.context(), "activeSheet", 4);
    expect(outcome).toEqual({ formulas: 1, sheets: ["Notes"] });
    expect(book.sheet("Notes").cells.get("B2")?.formula).toBe("=SUM(A1:A3)");
    expect(book.sheet("Notes").cells.get("C2")?.formula).toBe("=HISAB.UNITCOST(A1:A3,B1:B3,C1:C3)");
  });

  it("finds nothing to do in a workbook without journeys", async () => {
    expect(await repairFormulas(userBook().context(), "results")).toEqual({ formulas: 0, sheets: [] });
  });
});
