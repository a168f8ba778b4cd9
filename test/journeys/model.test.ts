/** What every journey shares: names kept in the workbook, addresses, footprints, the values-only copy, messages in both languages. */
import { ERROR_MESSAGES, LANGUAGES } from "../../src/excel/messages";
import { costCentres } from "../../src/journeys/costCentres";
import { FINDING_MESSAGES } from "../../src/journeys/findings";
import { footprint, outside } from "../../src/workbook/footprint";
import { JOURNEYS, journeyById } from "../../src/journeys";
import { cellOfProblem, formatAddress, inputName, inputOfName, outputName, parseAddress } from "../../src/journeys/names";
import { shapeProblem } from "../../src/journeys/shapes";
import { withRunRecords } from "../../src/journeys/runRecordSheet";
import { valuesCompanion, valuesCopy } from "../../src/journeys/valuesCopy";
import type { Settings } from "../../src/journeys/journey";
import { contractsTemplate } from "../../src/workbook/contracts";
import { costCentreTemplate } from "../../src/workbook/costCentres";
import { evaluatePlan } from "../../src/workbook/evaluate";
import { callsOurFunctions, typedFormula } from "../../src/workbook/formula";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { mappedValues } from "./support";

describe("names an auditor sees in the Name Manager", () => {
  it("one per input and one per results sheet, prefixed by the journey", () => {
    expect(inputName(costCentres, "keyTable")).toBe("HISAB_CC_KEY_TABLE");
    expect(outputName(costCentres, "results", "formulas")).toBe("HISAB_CC_OUT_RESULTS");
    expect(outputName(journeyById("contracts"), "lineStatuses", "values")).toBe("HISAB_CT_VAL_LINE_STATUSES");
    expect(inputOfName(costCentres, "hisab_cc_key_table")).toBe("keyTable");
    expect(inputOfName(costCentres, "HISAB_CC_OUT_RESULTS")).toBeUndefined();
  });

  it("never collide between journeys or inputs, and are valid Excel names", () => {
    const names = JOURNEYS.flatMap((j) => j.inputs.map((i) => inputName(j, i.id)));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^HISAB_[A-Z]{2}_[A-Z0-9_]+$/);
  });
});

describe("addresses", () => {
  it.each([
    ["Feuil1!B2:B40", { sheet: "Feuil1", ref: "B2:B40" }],
    ["'Clés primaires'!$A$1:$AE$10", { sheet: "Clés primaires", ref: "A1:AE10" }],
    ["='Mode d''emploi'!c3", { sheet: "Mode d'emploi", ref: "C3" }],
    ["Feuil1!B:B", undefined],
    ["#REF!", undefined],
    ["Feuil1!A1:B2,Feuil1!C3", undefined],
    ["B2:B4", undefined],
  ])("reads %s", (address, expected) => {
    expect(parseAddress(address)).toEqual(expected && { kind: "range", ...expected });
  });

  it("writes them back as Office reads them", () => {
    expect(formatAddress({ kind: "range", sheet: "Clés primaires", ref: "A1:AE10" })).toBe("'Clés primaires'!A1:AE10");
    expect(formatAddress({ kind: "range", sheet: "Feuil1", ref: "B2" })).toBe("Feuil1!B2");
  });

  it("places a problem at its cell, its row, or its range", () => {
    const keys = { kind: "range" as const, sheet: "K", ref: "C3:H9" };
    expect(cellOfProblem(keys, { row: 2, column: 4 }).ref).toBe("F4");
    expect(cellOfProblem(keys, { row: 2 }).ref).toBe("C4:H4");
    expect(cellOfProblem(keys, {}).ref).toBe("C3:H9");
    expect(cellOfProblem({ kind: "range", sheet: "K", ref: "B2:B9" }, { row: 3 }).ref).toBe("B4");
  });
});

describe("shapes", () => {
  it.each([
    ["codes", 5, 1, undefined],
    ["codes", 1, 5, "not_one_column"],
    ["scalar", 1, 1, undefined],
    ["scalar", 2, 1, "not_one_cell"],
    ["labelledTable", 1, 9, "too_small"],
    ["labelledTable", 2, 2, undefined],
  ] as const)("%s of %i × %i", (kind, rows, cols, expected) => {
    expect(shapeProblem({ id: "x", kind, label: { fr: "", en: "" }, help: { fr: "", en: "" } }, rows, cols)?.finding?.code).toBe(expected);
  });

  it("a table needs its columns, and may have more", () => {
    const input = { id: "activity", kind: "table" as const, columns: 5, label: { fr: "", en: "" }, help: { fr: "", en: "" } };
    expect(shapeProblem(input, 10, 4)?.finding).toEqual({ code: "too_few_columns", params: { expected: 5, columns: 4 } });
    expect(shapeProblem(input, 10, 6)).toBeUndefined();
  });
});

describe("footprints", () => {
  const results = costCentreTemplate("fr", { sample: true }).sheets.find((s) => s.key === "results")!;

  it("cover labels, tables and every spill", () => {
    expect(footprint(results)).toEqual({ top: 0, left: 0, rows: 55, cols: 31 }); // down to the last support centre's flows
  });

  it("what lies outside an owned area", () => {
    const area = { top: 0, left: 0, rows: 10, cols: 5 };
    expect(outside(area, undefined)).toEqual([area]);
    expect(outside(area, area)).toEqual([]);
    expect(outside(area, { top: 0, left: 0, rows: 8, cols: 5 })).toEqual([{ top: 8, left: 0, rows: 2, cols: 5 }]);
    expect(outside(area, { top: 2, left: 1, rows: 3, cols: 2 })).toEqual([
      { top: 0, left: 0, rows: 2, cols: 5 },
      { top: 5, left: 0, rows: 5, cols: 5 },
      { top: 2, left: 0, rows: 3, cols: 1 },
      { top: 2, left: 3, rows: 3, cols: 2 },
    ]);
    expect(outside(area, { top: 20, left: 0, rows: 3, cols: 2 })).toEqual([area]);
  });
});

describe("the values-only copy", () => {
  const contractsJourney = journeyById("contracts");
  const contractsPlan = contractsTemplate("en", { sample: true, parts: ["feeForService"] });
  const contractSettings: Settings = Object.fromEntries(contractsJourney.inputs.filter((i) => i.kind === "scalar").map((i) => [i.id, contractsJourney.templateMapping(contractsPlan)[i.id]!]));
  const plan = costCentreTemplate("en", { sample: true });
  const mapping = costCentres.templateMapping(plan);
  const { outside: cells } = mappedValues(plan, mapping);
  const results = costCentres.results("en", mapping, { method: "reciprocal" });
  const evaluation = evaluatePlan(results.plan, cells);
  const copy = valuesCopy(results.plan, evaluation, "en");

  it("has the same sheets, named as copies, without a formula or a table: a table's header row becomes header labels", () => {
    expect(copy.sheets.map((s) => s.name)).toEqual(["Results (values)"]);
    expect(copy.sheets[0].formulas).toEqual([]);
    expect(copy.sheets[0].tables).toEqual([]);
    expect(copy.sheets[0].labels).toEqual([
      ...results.plan.sheets[0].labels,
      { at: "B3", text: "Setting", style: "header" },
      { at: "C3", text: "Value", style: "header" },
    ]);
  });

  it("keeps the sheet's layout: column widths (the tables' too), frozen rows, print hints", () => {
    const [sheet] = results.plan.sheets;
    expect(copy.sheets[0].columnWidths).toEqual(sheet.columnWidths);
    expect(copy.sheets[0].freezeRows).toBe(sheet.freezeRows);
    const contractResults = contractsJourney.results("en", contractsJourney.templateMapping(contractsPlan), contractSettings);
    const contractCopy = valuesCopy(contractResults.plan, evaluatePlan(contractResults.plan, mappedValues(contractsPlan, contractsJourney.templateMapping(contractsPlan)).outside), "en");
    const balance = (plan: WorkbookPlan) => plan.sheets.find((s) => s.key === "balance")!;
    expect(balance(contractCopy).print).toEqual(balance(contractResults.plan).print);
    expect(balance(contractCopy).print?.pageBreaks).toHaveLength(1);
  });

  it("holds the computed values, with the formulas' number formats, and evaluates to the same cells", () => {
    const again = evaluatePlan(copy, cells);
    expect(again.read("Results (values)", "A8:H37")).toEqual(evaluation.read("Results", "A8:H37"));
    expect(again.read("Results (values)", "C4")).toEqual([["reciprocal"]]);
    const allocate = copy.sheets[0].values!.find((b) => b.at === "E8")!;
    expect(allocate.numberFormats).toEqual(["#,##0.00"]);
  });

  it("as a companion file: the sheets' own names, no formula, and a note on the first sheet saying what it copies and when", () => {
    const template = costCentreTemplate("fr", { sample: true });
    const companion = valuesCompanion(template, evaluatePlan(template), "fr", { source: "hisab-centres-de-couts.xlsx", date: new Date(Date.UTC(2025, 11, 2)) });
    expect(companion.sheets.map((sheet) => sheet.name)).toEqual(template.sheets.map((sheet) => sheet.name));
    expect(companion.sheets.flatMap((sheet) => sheet.formulas)).toEqual([]);
    const note = companion.sheets[0].labels.find((label) => label.at === "A3");
    expect(note).toEqual({ at: "A3", style: "note", text: expect.stringContaining("Copie en valeurs de « hisab-centres-de-couts.xlsx », faite le 2 décembre 2025") });
    const english = valuesCompanion(template, evaluatePlan(template), "en", { source: "x.xlsx", date: new Date(Date.UTC(2025, 11, 2)) });
    expect(english.sheets[0].labels.find((label) => label.at === "A3")?.text).toMatch(/^Values-only copy of "x\.xlsx", made on 2 December 2025 for readers without the Hisab Santé add-in/);
  });

  it("keeps the plan's own plain values: a run record sheet is copied as it is", () => {
    const template = costCentreTemplate("en", { sample: true });
    const recorded = withRunRecords(template, evaluatePlan(template), { at: "2025-12-02T10:00:00.000Z", version: "0.1.0", lang: "en" });
    const record = recorded.sheets[recorded.sheets.length - 1];
    expect(record.values?.length).toBeGreaterThan(0);
    const companion = valuesCompanion(recorded, evaluatePlan(recorded), "en", { source: "x.xlsx", date: new Date(Date.UTC(2025, 11, 2)) });
    expect(companion.sheets[companion.sheets.length - 1].values?.slice(0, record.values!.length)).toEqual(record.values);
  });

  it("draws its chart from the copied cells", () => {
    expect(copy.sheets[0].charts?.[0].series.map((s) => s.values)).toEqual([
      { kind: "range", ref: "D8:D37" },
      { kind: "range", ref: "E8:E37" },
    ]);
  });
});

describe("messages", () => {
  it.each(LANGUAGES)("every finding has a sentence in %s", (lang) => {
    expect(Object.keys(FINDING_MESSAGES[lang]).sort()).toEqual(Object.keys(FINDING_MESSAGES.fr).sort());
    expect(Object.keys(ERROR_MESSAGES[lang]).length).toBeGreaterThan(0);
  });

  it("every input of every journey is labelled and explained in both languages", () => {
    for (const journey of JOURNEYS) for (const input of journey.inputs) for (const lang of LANGUAGES) {
      expect(input.label[lang].trim()).not.toBe("");
      expect(input.help[lang].trim()).not.toBe("");
    }
  });
});

describe("formulas to repair", () => {
  it.each([
    ["=_xldudf_HISAB_ALLOCATION_FLOWS(A1:A3,B1:B3,C1:D4)", "=HISAB.ALLOCATION.FLOWS(A1:A3,B1:B3,C1:D4)"],
    ["=SUM(_xldudf_HISAB_ACTCOST_LETTER(A1,B1,C1,D1))+_XLDUDF_HISAB_ACTCOST (A1)", "=SUM(HISAB.ACTCOST.LETTER(A1,B1,C1,D1))+HISAB.ACTCOST (A1)"],
    ["=HISAB.ALLOCATE(A1:A3,B1:B3,C1:D4)", "=HISAB.ALLOCATE(A1:A3,B1:B3,C1:D4)"],
    ["=_xldudf_HISAB_NOT_OURS(A1)", "=_xldudf_HISAB_NOT_OURS(A1)"],
  ])("%s is typed %s", (stored, typed) => {
    expect(typedFormula(stored)).toBe(typed);
  });

  it("knows our formulas in either form, and only ours", () => {
    expect(["=HISAB.TARIFF(A1,B1)", "=_xldudf_HISAB_TARIFF(A1,B1)", "=hisab.tariff(A1,B1)"].every(callsOurFunctions)).toBe(true);
    expect(["=SUM(A1)", "=NOTHISAB.X(1)", "=_xldudf_OTHER_TARIFF(A1)"].some(callsOurFunctions)).toBe(false);
  });
});

describe("results computed from a user's own cells", () => {
  it("refuses cells said to be outside the plan on one of its own sheets", () => {
    const plan = costCentreTemplate("en", { sample: true });
    expect(() => evaluatePlan(plan, [{ sheet: "Results", at: "A1", rows: [[1]] }])).toThrow(/a sheet of the plan/);
  });
});
