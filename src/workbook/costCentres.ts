import type { Method } from "../engine/allocation";
import type { Text } from "../excel/catalog";
import { LANGUAGES, Language } from "../excel/messages";
import { AMOUNT, blankRows, call, cellOf, COUNT_COPY, DRIVER, formula, guideSheet, local, numberCell, onSheet, roundedDifference, Setting, settingsRow, TEXT_COPY, typedFunction } from "./blocks";
import { areaRef, cellAddress, parseRef } from "./formula";
import type { ChartPlan, Expr, FormulaCell, LabelCell, RangeRef, SheetPlan, TableBlock, Value, WorkbookPlan } from "./plan";
import { DISTRICT_HOSPITAL } from "./samples/districtHospital";

/**
 * The cost-centre template (méthode des sections homogènes), the one
 * definition from which the task pane, the sample files, the demo and the
 * tests build the same workbook, in French or English:
 *
 * - a guide sheet;
 * - "Centres": code, label, support/main, unit of work, units produced;
 * - "Charges": expense lines by nature with the name of their primary key;
 * - "Clés primaires": key names × centre codes (drivers or percentages);
 * - "Clés secondaires": support centres × centres they serve;
 * - "Résultats": the method cell, per centre the primary distribution
 *   (HISAB.PRIMARY), the cost after secondary distribution (HISAB.ALLOCATE),
 *   the cost per unit of work (HISAB.UNITCOST), totals, the conservation
 *   checks, the flows matrix (HISAB.ALLOCATION.FLOWS) and a chart of the cost
 *   structure. The same builder (costCentreResults) makes the cost-centre
 *   journey's results from a user's own ranges.
 *
 * Formulas use plain A1 ranges over the tables' rows. Nothing is rounded
 * inside the chain (figures are shown to the cent by their number format), so
 * each check is exactly 0.00.
 *
 * The empty template keeps the sample's structure as a starter (codes,
 * labels, expense natures and key names, every number blank) plus blank rows
 * for more centres, expense lines and keys: the functions skip fully blank
 * rows, so it calculates (to zeros) before anything is typed. A key table's
 * header row holds centre codes and an Excel table header cannot be blank, so
 * a new centre gets a column inserted in each key table (the guide says so).
 */

export type CentreKind = "support" | "main";

export interface CentreInput {
  code: string;
  label: Text;
  kind: CentreKind;
  /** Unit of work of a main centre (patient-days, B points…). */
  unit?: Text;
  units?: number;
}

export interface KeyInput {
  /** Stable id the expense lines refer to. */
  id: string;
  name: Text;
  /** Driver or percentage per centre code; absent = blank. */
  drivers: Record<string, number>;
}

export interface ExpenseInput {
  account: string;
  nature: Text;
  /** Absent in the empty template. */
  amount?: number;
  /** Id of the line's primary key. */
  key: string;
}

export interface CostCentreData {
  currency: string;
  centres: CentreInput[];
  keys: KeyInput[];
  expenses: ExpenseInput[];
  /** Support centre code → driver per centre served, in closing order for the step-down method. */
  secondaryKeys: Record<string, Record<string, number>>;
  method: Method;
}

/** Blank rows the empty template keeps below the starter rows. */
const SPARE_ROWS = { centres: 10, expenses: 20, keys: 5, supportCentres: 3 };

interface Words {
  title: string;
  sampleNote: (currency: string) => string;
  emptyNote: string;
  sheets: { guide: string; centres: string; expenses: string; primaryKeys: string; secondaryKeys: string; results: string };
  tables: { centres: string; expenses: string; primaryKeys: string; secondaryKeys: string; method: string };
  centreHeaders: [code: string, label: string, kind: string, unit: string, units: string];
  kinds: Record<CentreKind, string>;
  expenseHeaders: [account: string, nature: string, amount: string, key: string];
  keyCorner: string;
  supportCorner: string;
  methodHeaders: [parameter: string, value: string];
  methodLabel: string;
  methods: Record<Method, string>;
  methodNote: string;
  guideTitle: string;
  guide: (fn: (id: string) => string) => string[];
  resultsTitle: string;
  resultHeaders: [code: string, label: string, kind: string, primary: string, secondary: string, unit: string, units: string, unitCost: string];
  total: string;
  check: string;
  expensesTotal: string;
  primaryCheck: string;
  secondaryCheck: string;
  flowsTitle: string;
  flowsCorner: string;
  chartTitle: (currency: string) => string;
}

const WORDS: Record<Language, Words> = {
  fr: {
    title: "Hisab Santé — Coûts par centre (sections homogènes)",
    sampleNote: (currency) => `Exemple : hôpital de district fictif, une année, montants en ${currency}.`,
    emptyNote: "Modèle : remplacez les centres, charges et clés de départ par les vôtres.",
    sheets: { guide: "Mode d'emploi", centres: "Centres", expenses: "Charges", primaryKeys: "Clés primaires", secondaryKeys: "Clés secondaires", results: "Résultats" },
    tables: { centres: "tCentres", expenses: "tCharges", primaryKeys: "tClesPrimaires", secondaryKeys: "tClesSecondaires", method: "tMethode" },
    centreHeaders: ["Code", "Libellé", "Type", "Unité d'œuvre", "Unités produites"],
    kinds: { support: "auxiliaire", main: "principal" },
    expenseHeaders: ["Compte", "Nature", "Montant", "Clé"],
    keyCorner: "Clé",
    supportCorner: "Centre auxiliaire",
    methodHeaders: ["Paramètre", "Valeur"],
    methodLabel: "Méthode de répartition secondaire",
    methods: { direct: "directe", step: "cascade", reciprocal: "réciproque" },
    methodNote: "En cascade, les centres auxiliaires sont clôturés dans l'ordre des lignes de « Clés secondaires ». Montants non arrondis, affichés au centime.",
    guideTitle: "Mode d'emploi",
    guide: (fn) => [
      "1. « Centres » : un centre par ligne — code unique, libellé, type (auxiliaire ou principal), unité d'œuvre et unités produites des centres principaux.",
      "2. « Charges » : une ligne par charge par nature — compte, nature, montant, et la clé qui la répartit (liste des clés primaires).",
      "3. « Clés primaires » : une ligne par clé, une colonne par code de centre ; inducteurs (m², effectifs, kWh…) ou pourcentages ; vide = 0.",
      "4. « Clés secondaires » : une ligne par centre auxiliaire, une colonne par centre servi ; les auxiliaires peuvent se servir entre eux.",
      `5. « Résultats » : choisissez la méthode (directe, cascade ou réciproque) ; ${fn("PRIMARY")}, ${fn("ALLOCATE")}, ${fn("UNITCOST")} et ${fn("ALLOCATION.FLOWS")} se recalculent seules.`,
      "6. Les deux contrôles de conservation doivent afficher 0,00 : tout ce qui a été dépensé est réparti, au centime près.",
      "7. Pour ajouter un centre ou une charge, remplissez une ligne vide ou insérez une ligne dans le tableau ; un nouveau centre demande aussi une colonne insérée dans chaque tableau de clés.",
      "8. Si une formule affiche #NOM? ou un nom en _xldudf_, ouvrez le volet Hisab Santé puis recalculez : le complément doit être chargé.",
    ],
    resultsTitle: "Résultats de la répartition",
    resultHeaders: ["Code", "Libellé", "Type", "Répartition primaire", "Après répartition secondaire", "Unité d'œuvre", "Unités produites", "Coût de l'unité d'œuvre"],
    total: "Total",
    check: "Contrôle de conservation",
    expensesTotal: "Total des charges",
    primaryCheck: "Σ répartition primaire − Σ charges (doit être 0,00)",
    secondaryCheck: "Σ après répartition secondaire − Σ charges (doit être 0,00)",
    flowsTitle: "Flux de la répartition secondaire (ligne : centre auxiliaire qui cède ; colonne : centre qui reçoit)",
    flowsCorner: "Cédant \\ receveur",
    chartTitle: (currency) => `Coût de chaque centre avant et après la répartition secondaire${currency ? ` (${currency})` : ""}`,
  },
  en: {
    title: "Hisab Santé — Cost per centre (step-down costing)",
    sampleNote: (currency) => `Sample: a fictitious district hospital, one year, amounts in ${currency}.`,
    emptyNote: "Template: replace the starter centres, expenses and keys with your own.",
    sheets: { guide: "Guide", centres: "Centres", expenses: "Expenses", primaryKeys: "Primary keys", secondaryKeys: "Secondary keys", results: "Results" },
    tables: { centres: "tCentres", expenses: "tExpenses", primaryKeys: "tPrimaryKeys", secondaryKeys: "tSecondaryKeys", method: "tMethod" },
    centreHeaders: ["Code", "Label", "Type", "Unit of work", "Units produced"],
    kinds: { support: "support", main: "main" },
    expenseHeaders: ["Account", "Nature", "Amount", "Key"],
    keyCorner: "Key",
    supportCorner: "Support centre",
    methodHeaders: ["Setting", "Value"],
    methodLabel: "Secondary distribution method",
    methods: { direct: "direct", step: "step", reciprocal: "reciprocal" },
    methodNote: 'Step-down closes the support centres in the row order of "Secondary keys". Amounts are not rounded; they are shown to the cent.',
    guideTitle: "Guide",
    guide: (fn) => [
      '1. "Centres": one centre per row — unique code, label, type (support or main), unit of work and units produced by main centres.',
      '2. "Expenses": one line per expense by nature — account, nature, amount, and the key that spreads it (list of primary keys).',
      '3. "Primary keys": one row per key, one column per centre code; drivers (m², staff, kWh…) or percentages; blank = 0.',
      '4. "Secondary keys": one row per support centre, one column per centre served; support centres may serve each other.',
      `5. "Results": choose the method (direct, step or reciprocal); ${fn("PRIMARY")}, ${fn("ALLOCATE")}, ${fn("UNITCOST")} and ${fn("ALLOCATION.FLOWS")} recalculate by themselves.`,
      "6. Both conservation checks must show 0.00: everything spent is distributed, to the cent.",
      "7. To add a centre or an expense, fill a blank row or insert a row inside the table; a new centre also needs a column inserted in each key table.",
      "8. If a formula shows #NAME? or a name starting with _xldudf_, open the Hisab Santé pane and recalculate: the add-in must be loaded.",
    ],
    resultsTitle: "Distribution results",
    resultHeaders: ["Code", "Label", "Type", "Primary distribution", "After secondary distribution", "Unit of work", "Units produced", "Cost per unit of work"],
    total: "Total",
    check: "Conservation check",
    expensesTotal: "Total expenses",
    primaryCheck: "Σ primary distribution − Σ expenses (must be 0.00)",
    secondaryCheck: "Σ after secondary distribution − Σ expenses (must be 0.00)",
    flowsTitle: "Secondary distribution flows (row: support centre giving; column: centre receiving)",
    flowsCorner: "Giver \\ receiver",
    chartTitle: (currency) => `Cost of each centre before and after secondary distribution${currency ? ` (${currency})` : ""}`,
  },
};

export function costCentreTemplate(lang: Language, options: { sample: boolean }): WorkbookPlan {
  const words = WORDS[lang];
  const data = options.sample ? DISTRICT_HOSPITAL : starterOf(DISTRICT_HOSPITAL);
  const spare = options.sample ? { centres: 0, expenses: 0, keys: 0, supportCentres: 0 } : SPARE_ROWS;
  const guide = { name: words.sheets.guide, title: words.title, heading: words.guideTitle, lines: words.guide((id) => typedFunction(lang, id)) };
  const inputs = [
    centresSheet(lang, words, data, spare.centres),
    expensesSheet(lang, words, data, spare.expenses),
    keyTableSheet("primaryKeys", words.sheets.primaryKeys, words.tables.primaryKeys, words.keyCorner, data, rowsOfKeys(lang, data), spare.keys),
    keyTableSheet("secondaryKeys", words.sheets.secondaryKeys, words.tables.secondaryKeys, words.supportCorner, data, Object.entries(data.secondaryKeys), spare.supportCentres),
  ];
  return {
    id: "cost-centres",
    title: words.title,
    sheets: [
      guideSheet({ ...guide, note: options.sample ? words.sampleNote(data.currency) : words.emptyNote }),
      ...inputs,
      costCentreResults(lang, costCentreInputsOf({ sheets: inputs }), words.methods[data.method], data.currency).sheet,
    ],
  };
}

/** The sample's structure with every number blank: the empty template's starting rows. */
function starterOf(sample: CostCentreData): CostCentreData {
  return {
    ...sample,
    centres: sample.centres.map(({ units: _units, ...centre }) => centre),
    keys: sample.keys.map((k) => ({ ...k, drivers: {} })),
    expenses: sample.expenses.map(({ amount: _amount, ...line }) => line),
    secondaryKeys: Object.fromEntries(Object.keys(sample.secondaryKeys).map((code) => [code, {}])),
  };
}

function centresSheet(lang: Language, words: Words, data: CostCentreData, spare: number): SheetPlan {
  const [code, label, kind, unit, units] = words.centreHeaders;
  const rows: Value[][] = data.centres.map((c) => [c.code, c.label[lang], words.kinds[c.kind], c.unit?.[lang] ?? null, numberCell(c.units)]);
  const table: TableBlock = {
    name: words.tables.centres,
    at: "A1",
    columns: [
      { header: code, width: 10 },
      { header: label, width: 40 },
      { header: kind, width: 14, validation: { kind: "list", values: [words.kinds.support, words.kinds.main] } },
      { header: unit, width: 28 },
      { header: units, width: 18, numberFormat: "#,##0", validation: { kind: "decimal", min: 0 } },
    ],
    rows: [...rows, ...blankRows(spare, 5)],
  };
  return { key: "centres", name: words.sheets.centres, tables: [table], labels: [], formulas: [], freezeRows: 1 };
}

function expensesSheet(lang: Language, words: Words, data: CostCentreData, spare: number): SheetPlan {
  const [account, nature, amount, key] = words.expenseHeaders;
  const keyName = new Map(data.keys.map((k) => [k.id, k.name[lang]]));
  const rows: Value[][] = data.expenses.map((e) => [e.account, e.nature[lang], numberCell(e.amount), keyName.get(e.key) ?? templateBug(`expense ${e.account} uses unknown key "${e.key}"`)]);
  const table: TableBlock = {
    name: words.tables.expenses,
    at: "A1",
    columns: [
      { header: account, width: 10 },
      { header: nature, width: 56 },
      { header: amount, width: 20, numberFormat: AMOUNT, validation: { kind: "decimal" } },
      { header: key, width: 24, validation: { kind: "list", values: data.keys.map((k) => k.name[lang]) } },
    ],
    rows: [...rows, ...blankRows(spare, 4)],
  };
  return { key: "expenses", name: words.sheets.expenses, tables: [table], labels: [], formulas: [], freezeRows: 1 };
}

const rowsOfKeys = (lang: Language, data: CostCentreData): [string, Record<string, number>][] => data.keys.map((k) => [k.name[lang], k.drivers]);

/** A labelled key table: corner, centre codes across; one row per key (or support centre) with its drivers. */
function keyTableSheet(key: string, name: string, tableName: string, corner: string, data: CostCentreData, keyRows: [string, Record<string, number>][], spare: number): SheetPlan {
  const codes = data.centres.map((c) => c.code);
  const table: TableBlock = {
    name: tableName,
    at: "A1",
    columns: [{ header: corner, width: 24 }, ...codes.map((code) => ({ header: code, width: 10, numberFormat: DRIVER, validation: { kind: "decimal" as const, min: 0 } }))],
    rows: [...keyRows.map(([label, drivers]) => [label, ...codes.map((code) => numberCell(drivers[code]))]), ...blankRows(spare, codes.length + 1)],
  };
  return { key, name, tables: [table], labels: [], formulas: [], freezeRows: 1 };
}

/**
 * Where the results read their inputs: the template's tables, or ranges of a
 * user's own workbook (the guided journey). Columns are aligned with
 * `centres`; the key tables are labelled ranges, header row included.
 */
export interface CostCentreInputs {
  centres: RangeRef;
  units: RangeRef;
  amounts: RangeRef;
  keyNames: RangeRef;
  keyTable: RangeRef;
  secondaryKeys: RangeRef;
  /** Copied beside the results when given. */
  labels?: RangeRef;
  kinds?: RangeRef;
  unitNames?: RangeRef;
}

/**
 * 0-based rows of the results sheet's blocks (the method table sits at B3:C4,
 * its value in C4) and the columns of the per-centre results.
 */
const RESULTS = { methodTable: "B3", methodValue: "C4", note: "A5", header: 6, firstRow: 7, primary: 3, afterSecondary: 4, unitCost: 7 };

/** The method cell of the results sheet: the setting a user changes there. */
export const COST_CENTRE_METHOD_CELL = RESULTS.methodValue;

/**
 * Where another template reads the cost centres' results: the centre codes (in
 * the centre table), each centre's cost after secondary distribution and its
 * cost per unit of work (spilled on the results sheet), aligned row by row.
 */
export interface CentreCostLink {
  codes: RangeRef;
  costs: RangeRef;
  unitCosts: RangeRef;
}

/** The link to a cost-centre template whose sheets have these names and whose centre table has `centreRows` rows. */
export function centreCostLink(sheets: { centres: string; results: string }, centreRows: number): CentreCostLink {
  return centreCostLinkFrom(onSheet(sheets.centres, { top: 1, left: 0, rows: centreRows, cols: 1 }), sheets.results);
}

/** The link to the results on `resultsSheet` of the centres whose codes are `codes` (the first argument of its ALLOCATE formula). */
export function centreCostLinkFrom(codes: RangeRef, resultsSheet: string): CentreCostLink {
  const column = (left: number) => onSheet(resultsSheet, { top: RESULTS.firstRow, left, rows: parseRef(codes.ref).rows, cols: 1 });
  return { codes, costs: column(RESULTS.afterSecondary), unitCosts: column(RESULTS.unitCost) };
}

/** Where the cost-centre template of `plan` keeps its inputs (the plan costCentreTemplate made, alone or combined). */
export function costCentreInputsOf(plan: Pick<WorkbookPlan, "sheets">): CostCentreInputs {
  const sheet = (key: string) => plan.sheets.find((s) => s.key === key) ?? templateBug(`the plan has no "${key}" sheet`);
  const [centres, expenses, primaryKeys, secondaryKeys] = ["centres", "expenses", "primaryKeys", "secondaryKeys"].map(sheet);
  const column = (s: SheetPlan, left: number) => onSheet(s.name, { top: 1, left, rows: s.tables[0].rows.length, cols: 1 });
  const whole = (s: SheetPlan) => onSheet(s.name, { top: 0, left: 0, rows: s.tables[0].rows.length + 1, cols: s.tables[0].columns.length });
  return {
    centres: column(centres, 0),
    labels: column(centres, 1),
    kinds: column(centres, 2),
    unitNames: column(centres, 3),
    units: column(centres, 4),
    amounts: column(expenses, 2),
    keyNames: column(expenses, 3),
    keyTable: whole(primaryKeys),
    secondaryKeys: whole(secondaryKeys),
  };
}

/** The link to the cost-centre template of `plan` (the plan costCentreTemplate made, alone or combined). */
export function centreCostLinkOf(plan: WorkbookPlan): CentreCostLink {
  const sheet = (key: string) => plan.sheets.find((s) => s.key === key) ?? templateBug(`the plan has no "${key}" sheet`);
  const centres = sheet("centres");
  return centreCostLink({ centres: centres.name, results: sheet("results").name }, centres.tables[0].rows.length);
}

/**
 * How to recognise an inserted cost-centre template: its method table (named
 * as in any language) sits on the results sheet, whose ALLOCATE formula at
 * `allocateAt` reads the centre codes as its first argument.
 */
export const COST_CENTRE_MARKER = {
  methodTables: [...new Set(LANGUAGES.map((lang) => WORDS[lang].tables.method))],
  allocateAt: cellAddress(RESULTS.firstRow, RESULTS.afterSecondary),
};

/** The results sheet and the cells a reader looks at first (totals, checks, unit costs). */
export interface CostCentreResults {
  sheet: SheetPlan;
  cells: {
    expensesTotal: string;
    /** Σ primary − Σ expenses, Σ after secondary − Σ expenses: both 0.00 when everything is distributed. */
    checks: [primary: string, secondary: string];
    /** Codes (copies), costs after secondary distribution and costs per unit of work, one row per centre. */
    codes: RangeRef;
    afterSecondary: RangeRef;
    unitCosts: RangeRef;
  };
}

/** Kinds of centre as any language writes them, lower case: "auxiliaire" and "support" are both support centres. */
export const CENTRE_KIND_WORDS: Record<CentreKind, readonly string[]> = {
  support: [...new Set(LANGUAGES.map((lang) => WORDS[lang].kinds.support))],
  main: [...new Set(LANGUAGES.map((lang) => WORDS[lang].kinds.main))],
};

/**
 * The results sheet, from wherever the inputs are: the method cell (a
 * value, or a copy of the user's own cell), per centre the primary
 * distribution, the cost after secondary distribution and the cost per unit
 * of work, totals, the conservation checks and the flows matrix.
 */
export function costCentreResults(lang: Language, refs: CostCentreInputs, method: Setting, currency = ""): CostCentreResults {
  const words = WORDS[lang];
  const n = parseRef(refs.centres.ref).rows;
  const supportRows = parseRef(refs.secondaryKeys.ref).rows - 1;
  const supportCentres: RangeRef = { ...refs.secondaryKeys, ref: areaRef({ ...parseRef(refs.secondaryKeys.ref), top: parseRef(refs.secondaryKeys.ref).top + 1, rows: supportRows, cols: 1 }) };
  const top = RESULTS.firstRow; // 0-based row of the first centre
  const column = (col: number, rows = n) => local(areaRef({ top, left: col, rows, cols: 1 }));
  const methodCell = local(RESULTS.methodValue);
  const primary = column(RESULTS.primary);
  const afterSecondary = column(RESULTS.afterSecondary);

  const copies = [refs.centres, refs.labels, refs.kinds].flatMap((source, col) =>
    source ? Array.from({ length: n }, (_, i) => formula(cellAddress(top + i, col), cellOf(source, i), TEXT_COPY)) : [],
  );
  const unitCopies = Array.from({ length: n }, (_, i) => [
    ...(refs.unitNames ? [formula(cellAddress(top + i, 5), cellOf(refs.unitNames, i), TEXT_COPY)] : []),
    formula(cellAddress(top + i, 6), cellOf(refs.units, i), COUNT_COPY),
  ]).flat();

  const totalRow = top + n;
  const checkRow = totalRow + 2;
  const expensesTotal = call("SUM", refs.amounts);
  const difference = (range: Expr): Expr => roundedDifference(call("SUM", range), expensesTotal);

  const flowsRow = checkRow + 5;
  const flowLabels = Array.from({ length: supportRows }, (_, i) => formula(cellAddress(flowsRow + 2 + i, 0), cellOf(supportCentres, i), TEXT_COPY));

  const labels: LabelCell[] = [
    { at: "A1", text: words.resultsTitle, style: "title" },
    { at: RESULTS.note, text: words.methodNote, style: "note" },
    ...words.resultHeaders.map((text, col): LabelCell => ({ at: cellAddress(RESULTS.header, col), text, style: "header" })),
    { at: cellAddress(totalRow, 0), text: words.total, style: "header" },
    { at: cellAddress(checkRow, 0), text: words.check, style: "check" },
    { at: cellAddress(checkRow + 1, 0), text: words.expensesTotal },
    { at: cellAddress(checkRow + 2, 0), text: words.primaryCheck },
    { at: cellAddress(checkRow + 3, 0), text: words.secondaryCheck },
    { at: cellAddress(flowsRow, 0), text: words.flowsTitle, style: "subtitle" },
    { at: cellAddress(flowsRow + 1, 0), text: words.flowsCorner, style: "header" },
  ];

  const settings = settingsRow(RESULTS.methodTable, [words.methodLabel, method]);
  const formulas: FormulaCell[] = [
    ...settings.copies,
    ...copies,
    ...unitCopies,
    formula(cellAddress(top, RESULTS.primary), call("PRIMARY", refs.centres, refs.amounts, refs.keyNames, refs.keyTable), AMOUNT),
    formula(cellAddress(top, RESULTS.afterSecondary), call("ALLOCATE", refs.centres, primary, refs.secondaryKeys, methodCell), AMOUNT),
    formula(cellAddress(top, RESULTS.unitCost), call("UNITCOST", refs.centres, afterSecondary, refs.units), AMOUNT),
    formula(cellAddress(totalRow, RESULTS.primary), call("SUM", primary), AMOUNT),
    formula(cellAddress(totalRow, RESULTS.afterSecondary), call("SUM", afterSecondary), AMOUNT),
    formula(cellAddress(checkRow + 1, 3), expensesTotal, AMOUNT),
    formula(cellAddress(checkRow + 2, 3), difference(primary), AMOUNT),
    formula(cellAddress(checkRow + 3, 3), difference(afterSecondary), AMOUNT),
    formula(cellAddress(flowsRow + 1, 1), call("TRANSPOSE", refs.centres), TEXT_COPY),
    ...flowLabels,
    formula(cellAddress(flowsRow + 2, 1), call("ALLOCATION.FLOWS", refs.centres, primary, refs.secondaryKeys, methodCell), AMOUNT),
  ];

  const methodTable: TableBlock = {
    name: words.tables.method,
    at: RESULTS.methodTable,
    columns: [
      { header: words.methodHeaders[0] },
      { header: words.methodHeaders[1], validation: { kind: "list", values: [words.methods.direct, words.methods.step, words.methods.reciprocal] } },
    ],
    rows: [settings.row],
  };

  // The cost structure: each centre before and after secondary distribution, right of the results (clear of the flows below).
  const chart: ChartPlan = {
    kind: "barClustered",
    title: words.chartTitle(currency),
    categories: column(0),
    series: [
      { name: words.resultHeaders[RESULTS.primary], values: primary },
      { name: words.resultHeaders[RESULTS.afterSecondary], values: afterSecondary },
    ],
    at: `${cellAddress(1, RESULTS.unitCost + 2)}:${cellAddress(Math.max(totalRow, 20), RESULTS.unitCost + 9)}`,
  };

  const widths: Record<string, number> = { A: 12, B: 40, C: 14, D: 22, E: 26, F: 26, G: 16, H: 22 };
  for (let col = 8; col <= n; col++) widths[cellAddress(0, col).replace(/\d+$/, "")] = 16;
  return {
    sheet: { key: "results", name: words.sheets.results, tables: [methodTable], labels, formulas, columnWidths: widths, freezeRows: RESULTS.firstRow, charts: [chart] },
    cells: {
      expensesTotal: cellAddress(checkRow + 1, 3),
      checks: [cellAddress(checkRow + 2, 3), cellAddress(checkRow + 3, 3)],
      codes: column(0),
      afterSecondary,
      unitCosts: column(RESULTS.unitCost),
    },
  };
}

function templateBug(message: string): never {
  throw new Error(`Cost-centre template: ${message}`);
}
