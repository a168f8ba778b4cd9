import type { Language } from "../excel/messages";
import { Money } from "../engine/money";
import type { ActsTariffsData, CentreCostInput } from "./actsTariffsData";
import { ACTS_WORDS, ActsWords } from "./actsTariffsWords";
import {
  AMOUNT, AMOUNT_COPY, blankRows, call, constantsOf, COUNT, divide, DRIVER, formula, guideSheet, headerRow, local, minus, numberCell, onSheet, PERCENT, plus, roundedDifference, TEXT_COPY, typedFunction,
} from "./blocks";
import { combinePlans } from "./combine";
import { CentreCostLink, centreCostLinkOf, costCentreTemplate } from "./costCentres";
import { evaluatePlan } from "./evaluate";
import { areaRef, cellAddress, columnLetters } from "./formula";
import type { ChartPlan, Expr, FormulaCell, LabelCell, RangeRef, SheetPlan, TableBlock, TableColumn, Value, WorkbookPlan } from "./plan";
import { DISTRICT_HOSPITAL } from "./samples/districtHospital";
import { NOMENCLATURE_SAMPLE } from "./samples/nomenclature";

/**
 * The acts-and-tariffs template, one definition in French or English (for
 * the task pane, the sample files, the demo and the tests):
 *
 * - a guide;
 * - "Centre costs" (standalone only): each main centre's cost and units, and
 *   its cost per unit of work (HISAB.UNITCOST). Linked to a cost-centre
 *   template instead, the costs come by formula from its results sheet;
 * - "Letter keys": letter, producing centre, official value of a point; the
 *   centre's cost (SUMIF on the centre costs), the cost of a point
 *   (HISAB.KEYCOST) and its gap to the official value (HISAB.PRICE.GAP), a
 *   chart of the two;
 * - "Nomenclature": one act per row; its cost (HISAB.ACTCOST.LETTER) and its
 *   gap to the official tariff (HISAB.PRICE.GAP);
 * - "Packages": units used in several centres, costed at their cost per unit
 *   of work (HISAB.ACTCOST);
 * - "Loan": the start-up loan's schedule (HISAB.LOAN.SCHEDULE) and the loan
 *   service per act (second year's payment ÷ the year's acts);
 * - "Revolving fund": the fund lending such loans (HISAB.FUND.PROJECTION);
 * - "Tariffs": margin and step, the acts check, and per act the factors of
 *   the proposed tariff (HISAB.TARIFF).
 *
 * Results sit right of their input table (one blank column apart) and are
 * single spilled formulas over whole columns, so they stay aligned when rows
 * are inserted inside a table. The sheets are ordered so that a formula only
 * reads sheets before its own (the tariffs read the loan).
 */

export interface ActsTariffsOptions {
  /** The data filled in; false: its structure only (codes, labels, letters, coefficients, settings), numbers blank, spare rows below. */
  sample: boolean;
  /** Results of a cost-centre template in the same workbook; without it, the template has its own "Centre costs" sheet. */
  link?: CentreCostLink;
  /** Another nomenclature than the district hospital's (and, standalone, its centre costs). */
  data?: ActsTariffsData;
  centreCosts?: CentreCostInput[];
}

/** Blank rows the empty template keeps below the starter rows. */
const SPARE_ROWS = { centres: 10, acts: 30, packages: 5 };
const NO_SPARE_ROWS = { centres: 0, acts: 0, packages: 0 };
/** Bounds of the loan and fund settings; checks sum over the longest schedule they allow. */
const LIMITS = { years: 30, graceYears: 5, horizon: 30 };
const RATE = "0.00%";
const PERIOD = "0";

/** Columns (0-based) of each sheet's inputs and results. */
const COLS = {
  centreCosts: { code: 0, cost: 3, units: 4, unitCost: 6 },
  letters: { letter: 0, centre: 2, value: 3, centreCost: 5, centreUnitCost: 6, pointCost: 7, gap: 8 },
  acts: { code: 0, letter: 2, coefficient: 3, volume: 4, consumables: 5, official: 6, market: 7, ceiling: 8, cost: 10, gap: 11 },
};
/** Rows (0-based) of the loan, fund and tariffs sheets. */
const LOAN = { table: 3, annualActs: 6, payment: 7, service: 8, check: 10, scheduleTitle: 12, scheduleHeader: 13, schedule: 14, value: 4 };
const FUND = { table: 3, check: 6, title: 8, header: 9, projection: 10, value: 4 };
const TARIFFS = { table: 3, service: 6, check: 8, header: 11, first: 12, value: 4 };

export function actsTariffsTemplate(lang: Language, options: ActsTariffsOptions): WorkbookPlan {
  const words = ACTS_WORDS[lang];
  const source = options.data ?? NOMENCLATURE_SAMPLE;
  const data = options.sample ? source : starterOf(source);
  const spare = options.sample ? NO_SPARE_ROWS : SPARE_ROWS;
  const standalone = options.link ? undefined : centreCostsSheet(lang, words, centreCostRows(options), spare.centres);
  const refs = inputRanges(words, data, spare, options.link ?? standalone!.link);
  const guide = {
    name: words.sheets.guide,
    title: words.title,
    note: options.sample ? words.sampleNote(data.currency) : words.emptyNote,
    heading: words.guideTitle,
    lines: words.guide((id) => typedFunction(lang, id), options.link !== undefined),
  };
  const loan = loanSheet(words, data, refs);
  return {
    id: "acts-tariffs",
    title: words.title,
    sheets: [
      guideSheet(guide),
      ...(standalone ? [standalone.sheet] : []),
      lettersSheet(lang, words, data, refs),
      nomenclatureSheet(lang, words, data, refs),
      packagesSheet(lang, words, data, refs),
      loan,
      fundSheet(words, data, refs, loan),
      tariffsSheet(words, data, refs),
    ],
  };
}

/** The cost-centre template and the acts-and-tariffs template in one workbook, the acts reading the centres' results. */
export function costingWorkbook(lang: Language, options: { sample: boolean }): WorkbookPlan {
  const centres = costCentreTemplate(lang, options);
  const acts = actsTariffsTemplate(lang, { ...options, link: centreCostLinkOf(centres) });
  return combinePlans(acts.title, [centres, acts]);
}

// ---- data ------------------------------------------------------------------

/** The sample's structure with every number blank (settings kept): the empty template's starting rows. */
function starterOf(sample: ActsTariffsData): ActsTariffsData {
  return {
    ...sample,
    letters: sample.letters.map(({ value: _value, ...letter }) => letter),
    acts: sample.acts.map(({ code, label, letter, coefficient }) => ({ code, label, letter, coefficient })),
    packages: sample.packages.map(({ code, label }) => ({ code, label, units: {} })),
  };
}

/** The standalone template's centre costs: given or the district hospital's, numbers blank in the empty template. */
function centreCostRows(options: ActsTariffsOptions): CentreCostInput[] {
  const centres = options.centreCosts ?? sampleCentreCosts();
  return options.sample ? centres : centres.map(({ code, label, unit }) => ({ code, label, unit }));
}

let sampleCosts: CentreCostInput[] | undefined;

/** The district hospital's main centres with their cost after secondary distribution (to the cent) and units: the standalone sample. */
function sampleCentreCosts(): CentreCostInput[] {
  if (!sampleCosts) {
    const plan = costCentreTemplate("en", { sample: true });
    const link = centreCostLinkOf(plan);
    const costs = evaluatePlan(plan).read(link.costs.sheet!, link.costs.ref);
    sampleCosts = DISTRICT_HOSPITAL.centres.flatMap((centre, i) =>
      centre.kind === "main" && centre.unit ? [{ code: centre.code, label: centre.label, unit: centre.unit, cost: new Money(Number(costs[i][0])).toDecimalPlaces(2).toNumber(), units: centre.units }] : [],
    );
  }
  return sampleCosts;
}

// ---- where things are ------------------------------------------------------

interface InputRanges {
  link: CentreCostLink;
  packageRows: number;
  letters: { rows: number; letters: RangeRef; centres: RangeRef; values: RangeRef; centreCosts: RangeRef; pointCosts: RangeRef };
  acts: { rows: number; codesLabels: RangeRef; letters: RangeRef; coefficients: RangeRef; volumes: RangeRef; consumables: RangeRef; official: RangeRef; market: RangeRef; ceiling: RangeRef; prices: RangeRef; costs: RangeRef };
  loan: { principal: RangeRef; rate: RangeRef; years: RangeRef; grace: RangeRef; method: RangeRef; service: RangeRef };
}

function inputRanges(words: ActsWords, data: ActsTariffsData, spare: typeof SPARE_ROWS, link: CentreCostLink): InputRanges {
  const column = (sheet: string, left: number, rows: number, cols = 1): RangeRef => onSheet(sheet, { top: 1, left, rows, cols });
  const letterRows = data.letters.length;
  const actRows = data.acts.length + spare.acts;
  const { letters, nomenclature, loan } = words.sheets;
  const L = COLS.letters;
  const A = COLS.acts;
  const loanCell = (col: number) => onSheet(loan, { top: LOAN.value, left: col, rows: 1, cols: 1 });
  return {
    link,
    packageRows: data.packages.length + spare.packages,
    letters: {
      rows: letterRows,
      letters: column(letters, L.letter, letterRows),
      centres: column(letters, L.centre, letterRows),
      values: column(letters, L.value, letterRows),
      centreCosts: column(letters, L.centreCost, letterRows),
      pointCosts: column(letters, L.pointCost, letterRows),
    },
    acts: {
      rows: actRows,
      codesLabels: column(nomenclature, A.code, actRows, 2),
      letters: column(nomenclature, A.letter, actRows),
      coefficients: column(nomenclature, A.coefficient, actRows),
      volumes: column(nomenclature, A.volume, actRows),
      consumables: column(nomenclature, A.consumables, actRows),
      official: column(nomenclature, A.official, actRows),
      market: column(nomenclature, A.market, actRows),
      ceiling: column(nomenclature, A.ceiling, actRows),
      prices: column(nomenclature, A.official, actRows, 3),
      costs: column(nomenclature, A.cost, actRows),
    },
    loan: { principal: loanCell(0), rate: loanCell(1), years: loanCell(2), grace: loanCell(3), method: loanCell(4), service: onSheet(loan, { top: LOAN.service, left: 4, rows: 1, cols: 1 }) },
  };
}

/** What the acts journey reads from this template, by its input ids (sheet names as in the plan). */
export function actsTariffsInputsOf(plan: WorkbookPlan): Record<string, RangeRef> {
  const sheet = (key: string) => plan.sheets.find((s) => s.key === key) ?? templateBug(`the plan has no "${key}" sheet`);
  const [letters, nomenclature, tariffs] = ["letters", "nomenclature", "tariffs"].map(sheet);
  const column = (s: SheetPlan, left: number) => onSheet(s.name, { top: 1, left, rows: s.tables[0].rows.length, cols: 1 });
  const setting = (col: number) => onSheet(tariffs.name, { top: TARIFFS.value, left: col, rows: 1, cols: 1 });
  const L = COLS.letters;
  const A = COLS.acts;
  return {
    letters: column(letters, L.letter),
    letterCosts: column(letters, L.centreCost),
    letterValues: column(letters, L.value),
    actCodes: column(nomenclature, A.code),
    actLetters: column(nomenclature, A.letter),
    coefficients: column(nomenclature, A.coefficient),
    volumes: column(nomenclature, A.volume),
    consumables: column(nomenclature, A.consumables),
    tariffs: column(nomenclature, A.official),
    market: column(nomenclature, A.market),
    ceiling: column(nomenclature, A.ceiling),
    margin: setting(0),
    step: setting(1),
  };
}

function templateBug(message: string): never {
  throw new Error(`Acts-and-tariffs template: ${message}`);
}

/** The same reference written from `sheet`: without the sheet name when it is that sheet. */
const from = (sheet: string) => (ref: RangeRef): RangeRef => (ref.sheet === sheet ? local(ref.ref) : ref);

const table = (name: string, at: string, columns: TableColumn[], rows: Value[][]): TableBlock => ({ name, at, columns, rows });
const nonNegative = { kind: "decimal" as const, min: 0 };
const amountColumn = (header: string, width = 17): TableColumn => ({ header, width, numberFormat: AMOUNT, validation: nonNegative });
const gapFormats = [AMOUNT, PERCENT, AMOUNT, PERIOD];

// ---- results, wherever their inputs are ------------------------------------
// The template writes them beside its tables; the guided journey on its own
// sheets, reading a user's ranges. Optional inputs not given are "" (a blank
// argument to our functions).

const blank: Expr = { kind: "text", value: "" };

/** Cost of a point of each letter (KEYCOST), one row per letter. */
export function pointCostFormula(at: string, r: { letters: RangeRef; centreCosts: RangeRef; actLetters: RangeRef; coefficients: RangeRef; volumes: RangeRef }): FormulaCell {
  return formula(at, call("KEYCOST", r.letters, r.centreCosts, r.actLetters, r.coefficients, r.volumes), AMOUNT);
}

/** Official price against cost (PRICE.GAP): gap, cost-recovery ratio, subsidy gap, rank. */
export function priceGapFormula(at: string, prices: RangeRef, costs: RangeRef): FormulaCell {
  return formula(at, call("PRICE.GAP", prices, costs), gapFormats);
}

/** Cost of each act of a nomenclature (ACTCOST.LETTER). */
export function actCostFormula(at: string, r: { letters: RangeRef; pointCosts: RangeRef; actLetters: RangeRef; coefficients: RangeRef; consumables?: RangeRef }): FormulaCell {
  return formula(at, call("ACTCOST.LETTER", r.letters, r.pointCosts, r.actLetters, r.coefficients, ...(r.consumables ? [r.consumables] : [])), AMOUNT);
}

/** The proposed tariff of each act and its factors (TARIFF), six columns. */
export function tariffFormula(at: string, r: { costs: RangeRef; margin: RangeRef; market?: RangeRef; ceiling?: RangeRef; step: RangeRef; loanService?: RangeRef }): FormulaCell {
  const args: Expr[] = [r.costs, r.margin, r.market ?? blank, r.ceiling ?? blank, r.step, ...(r.loanService ? [r.loanService] : [])];
  return formula(at, call("TARIFF", ...args), [AMOUNT, AMOUNT_COPY, AMOUNT, TEXT_COPY, PERCENT, AMOUNT]);
}

/** Σ act costs × volumes − Σ consumables × volumes − Σ centre costs of the letters: 0.00 when the acts carry exactly the centres' costs. */
export function actsCheckFormula(at: string, r: { costs: RangeRef; volumes: RangeRef; consumables?: RangeRef; centreCosts: RangeRef }): FormulaCell {
  const actsTotal = call("SUMPRODUCT", r.costs, r.volumes);
  const carried = r.consumables ? minus(actsTotal, call("SUMPRODUCT", r.consumables, r.volumes)) : actsTotal;
  return formula(at, roundedDifference(carried, call("SUM", r.centreCosts)), AMOUNT);
}
const widths = (columns: number[], width: number): Record<string, number> => Object.fromEntries(columns.map((c) => [columnLetters(c), width]));

// ---- sheets ----------------------------------------------------------------

function centreCostsSheet(lang: Language, words: ActsWords, centres: CentreCostInput[], spare: number): { sheet: SheetPlan; link: CentreCostLink } {
  const C = COLS.centreCosts;
  const [code, label, unit, cost, units] = words.centreCostHeaders;
  const rows = centres.length + spare;
  const name = words.sheets.centreCosts;
  const column = (col: number) => onSheet(name, { top: 1, left: col, rows, cols: 1 });
  const link: CentreCostLink = { codes: column(C.code), costs: column(C.cost), unitCosts: column(C.unitCost) };
  const here = from(name);
  const sheet: SheetPlan = {
    key: "centreCosts",
    name,
    tables: [
      table(words.tables.centreCosts, "A1", [{ header: code, width: 10 }, { header: label, width: 40 }, { header: unit, width: 28 }, { ...amountColumn(cost, 22), validation: { kind: "decimal" } }, { header: units, width: 16, numberFormat: COUNT, validation: nonNegative }], [
        ...centres.map((c): Value[] => [c.code, c.label[lang], c.unit[lang], numberCell(c.cost), numberCell(c.units)]),
        ...blankRows(spare, 5),
      ]),
    ],
    labels: headerRow(0, C.unitCost, [words.unitCost]),
    formulas: [formula(cellAddress(1, C.unitCost), call("UNITCOST", here(link.codes), here(link.costs), here(column(C.units))), AMOUNT)],
    columnWidths: widths([C.unitCost], 22),
    freezeRows: 1,
  };
  return { sheet, link };
}

function lettersSheet(lang: Language, words: ActsWords, data: ActsTariffsData, refs: InputRanges): SheetPlan {
  const L = COLS.letters;
  const name = words.sheets.letters;
  const here = from(name);
  const { letters, acts, link } = refs;
  const [letter, label, centre, value] = words.letterHeaders;
  const at = (col: number) => cellAddress(1, col);
  const chartTop = letters.rows + 3;
  const chart: ChartPlan = {
    kind: "columnClustered",
    title: words.chartTitle(data.currency),
    categories: letters.letters,
    series: [
      { name: words.chartSeries[0], values: letters.values },
      { name: words.chartSeries[1], values: letters.pointCosts },
    ],
    at: `A${chartTop + 1}:${columnLetters(L.gap + 3)}${chartTop + 20}`,
  };
  return {
    key: "letters",
    name,
    tables: [
      table(words.tables.letters, "A1", [{ header: letter, width: 8 }, { header: label, width: 44 }, { header: centre, width: 18 }, amountColumn(value, 22)], data.letters.map((l): Value[] => [l.letter, l.label[lang], l.centre, numberCell(l.value)])),
    ],
    labels: headerRow(0, L.centreCost, [...words.letterResults, ...words.gapHeaders]),
    formulas: [
      formula(at(L.centreCost), call("SUMIF", link.codes, here(letters.centres), link.costs), AMOUNT),
      formula(at(L.centreUnitCost), call("SUMIF", link.codes, here(letters.centres), link.unitCosts), AMOUNT),
      pointCostFormula(at(L.pointCost), { letters: here(letters.letters), centreCosts: here(letters.centreCosts), actLetters: acts.letters, coefficients: acts.coefficients, volumes: acts.volumes }),
      priceGapFormula(at(L.gap), here(letters.values), here(letters.pointCosts)),
    ],
    columnWidths: widths([L.centreCost, L.centreUnitCost, L.pointCost, L.gap, L.gap + 1, L.gap + 2, L.gap + 3], 20),
    freezeRows: 1,
    charts: [chart],
  };
}

function nomenclatureSheet(lang: Language, words: ActsWords, data: ActsTariffsData, refs: InputRanges): SheetPlan {
  const A = COLS.acts;
  const here = from(words.sheets.nomenclature);
  const { acts, letters } = refs;
  const [code, label, letter, coefficient, volume, consumables, official, market, ceiling] = words.actHeaders;
  const rows = data.acts.map((a): Value[] => [a.code, a.label[lang], a.letter, a.coefficient, numberCell(a.volume), numberCell(a.consumables), numberCell(a.official), numberCell(a.market), numberCell(a.ceiling)]);
  return {
    key: "nomenclature",
    name: words.sheets.nomenclature,
    tables: [
      table(words.tables.nomenclature, "A1", [
        { header: code, width: 10 },
        { header: label, width: 48 },
        { header: letter, width: 8, validation: { kind: "list", values: data.letters.map((l) => l.letter) } },
        { header: coefficient, width: 14, numberFormat: DRIVER, validation: nonNegative },
        { header: volume, width: 14, numberFormat: COUNT, validation: { kind: "whole", min: 0 } },
        amountColumn(consumables),
        amountColumn(official),
        amountColumn(market),
        amountColumn(ceiling, 18),
      ], [...rows, ...blankRows(acts.rows - rows.length, 9)]),
    ],
    labels: headerRow(0, A.cost, [words.actCost, ...words.gapHeaders]),
    formulas: [
      actCostFormula(cellAddress(1, A.cost), { letters: letters.letters, pointCosts: letters.pointCosts, actLetters: here(acts.letters), coefficients: here(acts.coefficients), consumables: here(acts.consumables) }),
      priceGapFormula(cellAddress(1, A.gap), here(acts.official), here(acts.costs)),
    ],
    columnWidths: widths([A.cost, A.gap, A.gap + 1, A.gap + 2, A.gap + 3], 20),
    freezeRows: 1,
  };
}

function packagesSheet(lang: Language, words: ActsWords, data: ActsTariffsData, refs: InputRanges): SheetPlan {
  const centres = data.packageCentres;
  const rows = refs.packageRows;
  const name = words.sheets.packages;
  const h = words.packageHeaders;
  const consumablesCol = 2 + centres.length;
  const tariffCol = consumablesCol + 1;
  const costCol = tariffCol + 2;
  const column = (col: number) => local(areaRef({ top: 1, left: col, rows, cols: 1 }));
  // ACTCOST's labelled range: the code column and the centre columns, with their header row.
  const consumption = local(areaRef({ top: 0, left: 1, rows: rows + 1, cols: centres.length + 1 }));
  return {
    key: "packages",
    name,
    tables: [
      table(words.tables.packages, "A1", [
        { header: h.label, width: 40 },
        { header: h.code, width: 9 },
        ...centres.map((code): TableColumn => ({ header: code, width: 9, numberFormat: DRIVER, validation: nonNegative })),
        amountColumn(h.consumables),
        amountColumn(h.tariff),
      ], [
        ...data.packages.map((p): Value[] => [p.label[lang], p.code, ...centres.map((c) => numberCell(p.units[c])), numberCell(p.consumables), numberCell(p.tariff)]),
        ...blankRows(rows - data.packages.length, centres.length + 4),
      ]),
    ],
    labels: headerRow(0, costCol, [words.packageCost, ...words.gapHeaders]),
    formulas: [
      formula(cellAddress(1, costCol), call("ACTCOST", refs.link.codes, refs.link.unitCosts, consumption, column(consumablesCol)), AMOUNT),
      priceGapFormula(cellAddress(1, costCol + 1), column(tariffCol), column(costCol)),
    ],
    columnWidths: widths([costCol, costCol + 1, costCol + 2, costCol + 3, costCol + 4], 20),
    freezeRows: 1,
  };
}

function loanSheet(words: ActsWords, data: ActsTariffsData, refs: InputRanges): SheetPlan {
  const name = words.sheets.loan;
  const here = from(name);
  const { principal, rate, years, grace, method } = refs.loan;
  const { loan } = data;
  const [principalH, rateH, yearsH, graceH, methodH] = words.loanHeaders;
  const loanTable = table(words.tables.loan, cellAddress(LOAN.table, 0), [
    amountColumn(principalH, 18),
    { header: rateH, width: 14, numberFormat: RATE, validation: { kind: "decimal", min: 0, max: 1 } },
    { header: yearsH, width: 24, numberFormat: PERIOD, validation: { kind: "whole", min: 1, max: LIMITS.years } },
    { header: graceH, width: 18, numberFormat: PERIOD, validation: { kind: "whole", min: 0, max: LIMITS.graceYears } },
    { header: methodH, width: 24, validation: { kind: "list", values: [words.methods.annuity, words.methods.principal] } },
  ], [[loan.principal, loan.annualRate, loan.years, loan.graceYears, words.methods[loan.method]]]);
  const sheetSoFar: SheetPlan = { key: "loan", name, tables: [loanTable], labels: [], formulas: [] };
  const scheduleRows = LIMITS.years + LIMITS.graceYears;
  const scheduleColumn = (col: number) => local(areaRef({ top: LOAN.schedule, left: col, rows: scheduleRows, cols: 1 }));
  const valueAt = (row: number) => cellAddress(row, 4);
  const labels: LabelCell[] = [
    { at: "A1", text: words.loanTitle, style: "title" },
    { at: "A2", text: words.loanNote, style: "note" },
    { at: cellAddress(LOAN.annualActs, 0), text: words.annualActs },
    { at: cellAddress(LOAN.payment, 0), text: words.secondYearPayment },
    { at: cellAddress(LOAN.service, 0), text: words.servicePerAct },
    { at: cellAddress(LOAN.check, 0), text: words.check, style: "check" },
    { at: cellAddress(LOAN.check + 1, 0), text: words.loanCheck },
    { at: cellAddress(LOAN.scheduleTitle, 0), text: words.scheduleTitle, style: "subtitle" },
    ...headerRow(LOAN.scheduleHeader, 0, words.scheduleHeaders),
  ];
  const formulas: FormulaCell[] = [
    // The schedule first: the payment below reads its second row.
    formula(cellAddress(LOAN.schedule, 0), call("LOAN.SCHEDULE", here(principal), here(rate), here(years), here(method), here(grace)), [PERIOD, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT], constantsOf([sheetSoFar], name)),
    formula(valueAt(LOAN.annualActs), call("SUM", refs.acts.volumes), COUNT),
    formula(valueAt(LOAN.payment), local(cellAddress(LOAN.schedule + 1, 4)), AMOUNT),
    formula(valueAt(LOAN.service), divide(local(valueAt(LOAN.payment)), local(valueAt(LOAN.annualActs))), AMOUNT),
    formula(valueAt(LOAN.check + 1), roundedDifference(call("SUM", scheduleColumn(3)), here(principal)), AMOUNT),
  ];
  return { ...sheetSoFar, labels, formulas, columnWidths: { E: 24, F: 18 } };
}

function fundSheet(words: ActsWords, data: ActsTariffsData, refs: InputRanges, loan: SheetPlan): SheetPlan {
  const name = words.sheets.fund;
  const { fund } = data;
  const [capitalH, horizonH, reserveH, maxLoansH, defaultH] = words.fundHeaders;
  const fundTable = table(words.tables.fund, cellAddress(FUND.table, 0), [
    amountColumn(capitalH, 18),
    { header: horizonH, width: 16, numberFormat: PERIOD, validation: { kind: "whole", min: 1, max: LIMITS.horizon } },
    amountColumn(reserveH, 16),
    { header: maxLoansH, width: 24, numberFormat: PERIOD, validation: { kind: "whole", min: 0 } },
    { header: defaultH, width: 18, numberFormat: RATE, validation: { kind: "decimal", min: 0, max: 1 } },
  ], [[fund.capital, fund.horizon, fund.reserve, fund.maxNewLoans, fund.defaultRate]]);
  const sheetSoFar: SheetPlan = { key: "fund", name, tables: [fundTable], labels: [], formulas: [] };
  const cell = (col: number) => local(cellAddress(FUND.value, col));
  const projection = (col: number) => local(areaRef({ top: FUND.projection, left: col, rows: LIMITS.horizon, cols: 1 }));
  const { principal, rate, years, grace, method } = refs.loan;
  const finalBalance = call("INDEX", projection(7), cell(1));
  const footing = minus(plus(cell(0), call("SUM", projection(5))), call("SUM", projection(3)));
  return {
    ...sheetSoFar,
    labels: [
      { at: "A1", text: words.fundTitle, style: "title" },
      { at: "A2", text: words.fundNote, style: "note" },
      { at: cellAddress(FUND.check, 0), text: words.check, style: "check" },
      { at: cellAddress(FUND.check + 1, 0), text: words.fundCheck },
      { at: cellAddress(FUND.title, 0), text: words.projectionTitle, style: "subtitle" },
      ...headerRow(FUND.header, 0, words.projectionHeaders),
    ],
    formulas: [
      formula(cellAddress(FUND.projection, 0), call("FUND.PROJECTION", cell(0), principal, rate, years, cell(1), grace, cell(2), cell(3), cell(4), method), [PERIOD, AMOUNT, PERIOD, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT], constantsOf([sheetSoFar, loan], name)),
      formula(cellAddress(FUND.check + 1, 4), roundedDifference(footing, finalBalance), AMOUNT),
    ],
    columnWidths: { F: 18, G: 18, H: 18, I: 18 },
  };
}

function tariffsSheet(words: ActsWords, data: ActsTariffsData, refs: InputRanges): SheetPlan {
  const { acts, letters, loan } = refs;
  const value = (col: number) => local(cellAddress(TARIFFS.value, col));
  const first = (col: number) => cellAddress(TARIFFS.first, col);
  const service = local(cellAddress(TARIFFS.service, 3));
  const [marginH, stepH] = words.tariffSettings;
  return {
    key: "tariffs",
    name: words.sheets.tariffs,
    tables: [
      table(words.tables.tariffs, cellAddress(TARIFFS.table, 0), [
        { header: marginH, width: 14, numberFormat: PERCENT, validation: { kind: "decimal", min: 0 } },
        { header: stepH, width: 46, numberFormat: AMOUNT, validation: { kind: "decimal", min: 0.01 } },
      ], [[data.margin, data.step]]),
    ],
    labels: [
      { at: "A1", text: words.tariffsTitle, style: "title" },
      { at: "A2", text: words.tariffsNote, style: "note" },
      { at: cellAddress(TARIFFS.service, 0), text: words.loanServiceCopy },
      { at: cellAddress(TARIFFS.check, 0), text: words.check, style: "check" },
      { at: cellAddress(TARIFFS.check + 1, 0), text: words.actsCheck },
      ...headerRow(TARIFFS.header, 0, words.tariffHeaders),
    ],
    formulas: [
      formula(cellAddress(TARIFFS.service, 3), loan.service, AMOUNT),
      actsCheckFormula(cellAddress(TARIFFS.check + 1, 3), { costs: acts.costs, volumes: acts.volumes, consumables: acts.consumables, centreCosts: letters.centreCosts }),
      formula(first(0), acts.codesLabels, TEXT_COPY),
      formula(first(2), acts.costs, AMOUNT_COPY),
      formula(first(3), acts.prices, AMOUNT_COPY),
      tariffFormula(first(6), { costs: acts.costs, margin: value(0), market: acts.market, ceiling: acts.ceiling, step: value(1), loanService: service }),
    ],
    columnWidths: { C: 16, D: 16, E: 16, F: 16, G: 16, H: 16, I: 16, J: 18, K: 18, L: 18 },
    freezeRows: TARIFFS.first,
  };
}
