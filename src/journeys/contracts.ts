import { checkCodes, checkNumbers, rowHasValues } from "../excel/checks";
import type { Language } from "../excel/messages";
import * as sheet from "../excel/sheetFunctions";
import { formula, headerRow, settingsRow, TEXT_COPY } from "../workbook/blocks";
import type { PlanEvaluation } from "../workbook/evaluate";
import { BALANCE_CELLS, balanceSheet, FeeForServiceInputs, lineStatusFormula, reconciliationSheet, spilledResults, TERMS, termsTable } from "../workbook/contracts/feeForServiceSheets";
import { FEE_FOR_SERVICE_WORDS } from "../workbook/contracts/feeForServiceWords";
import { formatsFor } from "../workbook/contracts/formats";
import { rangeBody, tableBody } from "../workbook/contracts/tables";
import { cellAddress, parseRef } from "../workbook/formula";
import type { RangeRef, SheetPlan, WorkbookPlan } from "../workbook/plan";
import { figure, text as t } from "./figures";
import type { CheckedValues, InputValues, Journey, JourneyInput, KeyFigure, Mapping, Problem, Settings } from "./journey";
import { ArgumentMap, attempt, engineProblem, finding, withoutRepeats } from "./problems";
import { columnCells, engineValues, shapeProblems } from "./shapes";

/**
 * The contract-reconciliation journey (a fee-for-service contract with a
 * payer): the contract lines, the activity export and the advances, from the
 * template or the user's own ranges, and the terms (parties, period,
 * envelope and its rule, currency decimals) kept on the journey's terms
 * sheet or copied from the user's cells. The results are the template's:
 * the status of every activity line, the reconciliation per contract line
 * and the statement to sign with its checks and its due-against-paid chart.
 */

const WORDS = FEE_FOR_SERVICE_WORDS;
/** The terms, in the order of the terms table's columns (TERMS). */
const TERM_IDS = ["payer", "provider", "currency", "periodStart", "periodEnd", "envelope", "rule", "decimals"] as const;
const TERM_HELP = t("Facultatif : une cellule de votre classeur. Sinon, saisissez-le dans la feuille des conditions du contrat.", "Optional: a cell of your workbook. Otherwise type it on the contract terms sheet.");
const INITIAL_TERMS: Record<(typeof TERM_IDS)[number], (lang: Language) => string | number | null> = {
  payer: () => null,
  provider: () => null,
  currency: () => null,
  periodStart: () => null,
  periodEnd: () => null,
  envelope: () => null,
  rule: (lang) => WORDS[lang].rules.prorata,
  decimals: () => 2,
};

const inputs: JourneyInput[] = [
  {
    id: "contract",
    kind: "table",
    columns: 4,
    label: t("Lignes du contrat", "Contract lines"),
    help: t("Les lignes, sans l'en-tête, avec dans l'ordre : code de l'acte, prix contractuel, volume contractuel, plafond de volume (vide : aucun).", "The lines, without the header, in this order: act code, contract price, contracted volume, volume ceiling (blank: none)."),
  },
  {
    id: "lineLabels",
    kind: "text",
    optional: true,
    alignedWith: "contract",
    label: t("Libellés des actes du contrat", "Labels of the contract's acts"),
    help: t("Facultatif. Le libellé de chaque ligne du contrat, aligné : recopié dans le rapprochement.", "Optional. The label of each contract line, aligned: copied into the reconciliation."),
  },
  {
    id: "activity",
    kind: "table",
    columns: 5,
    label: t("Lignes d'activité", "Activity lines"),
    help: t("L'export d'activité, sans l'en-tête, avec dans l'ordre : date, code de l'acte, quantité, prix unitaire facturé, référence (patient ou facture).", "The activity export, without the header, in this order: date, act code, quantity, billed unit price, reference (patient or invoice)."),
  },
  {
    id: "advances",
    kind: "table",
    columns: 2,
    label: t("Avances versées", "Advances paid"),
    help: t("Les avances, sans l'en-tête, avec dans l'ordre : date, montant.", "The advances, without the header, in this order: date, amount."),
  },
  ...TERM_IDS.map((id, i): JourneyInput => ({
    id,
    kind: "scalar",
    optional: true,
    initial: INITIAL_TERMS[id],
    label: t(WORDS.fr.termsHeaders[i], WORDS.en.termsHeaders[i]),
    help: TERM_HELP,
  })),
];

type Values = CheckedValues<"contract" | "activity" | "advances", "lineLabels" | (typeof TERM_IDS)[number]>;

/** The column of the activity line a status points at (the date, the code…); none: the whole line. */
const STATUS_COLUMN: Record<string, number | undefined> = { BAD_DATE: 1, OUT_OF_PERIOD: 1, UNKNOWN_CODE: 2, BAD_QUANTITY: 3, OVER_CEILING: 3, BAD_PRICE: 4, PRICE_DIFFERS: 4 };

function check(all: InputValues): Problem[] {
  const shapes = shapeProblems(contracts, all);
  if (shapes.length > 0) return shapes;
  const v = engineValues(contracts, all) as Values;
  const amounts = v.advances.map((row) => [row[1]]);
  const args: ArgumentMap = { ...Object.fromEntries(inputs.map((input) => [input.id, { input: input.id }])), advances: { input: "advances", column: 2 } };
  const problems: Problem[] = [
    ...checkCodes(columnCells(v.contract), "contract", "row", (i) => rowHasValues(v.contract)(i)).map((e) => engineProblem(e, args)),
    ...checkNumbers(v.contract, "contract", { nonNegative: true, firstColumn: 1 }).map((e) => engineProblem(e, args)),
    ...checkNumbers(amounts, "advances").map((e) => engineProblem(e, args)),
  ];
  const term = (id: (typeof TERM_IDS)[number]) => v[id] ?? null;
  const statuses = attempt(problems, args, () => sheet.contractLines(v.contract, v.activity, term("periodStart"), term("periodEnd"), term("decimals")));
  if (statuses) {
    attempt(problems, args, () => sheet.contractBalance(v.contract, v.activity, amounts, term("periodStart"), term("periodEnd"), term("envelope"), term("rule"), term("decimals")));
    statuses.forEach(([status], r) => {
      if (status !== "" && status !== "OK") problems.push(finding("line_status", "activity", { row: r + 1, column: STATUS_COLUMN[String(status)] }, { status: String(status) }, "warning"));
    });
  }
  return withoutRepeats(problems);
}

const JOURNEY_WORDS = {
  termsSheet: t("Conditions du contrat", "Contract terms"),
  termsTitle: t("Conditions du contrat rapproché", "Terms of the contract reconciled"),
  termsNote: t("Saisissez ici ce qui n'est pas dans votre classeur (ou choisissez vos cellules dans le volet) : les résultats les lisent. Date vide : pas de limite.", "Type here what is not in your workbook (or choose your cells in the pane): the results read them. Blank date: no limit."),
  linesSheet: t("Statuts des lignes", "Line statuses"),
  termsTable: t("tParcoursContrat", "tJourneyContract"),
};

/** The balance statement's figures shown on the pane: billed, due, advances, balance, and the lines accepted, flagged, rejected. */
const STATEMENT_FIGURES: [index: number, format: KeyFigure["format"]][] = [
  [0, "amount"],
  [3, "amount"],
  [4, "amount"],
  [5, "amount"],
  [6, "count"],
  [7, "count"],
  [8, "count"],
];

/**
 * What the journey's results read, and the terms sheet they read the terms on (typed there, or copies of the user's
 * cells): shared by the formulas of the Compute step and by a large-table run from the pane.
 */
export function contractInputs(lang: Language, mapping: Mapping, settings: Settings): { fmt: ReturnType<typeof formatsFor>; termsSheet: SheetPlan; refs: FeeForServiceInputs } {
  const words = WORDS[lang];
  const m = mapping as Record<keyof Values, RangeRef | undefined>;
  const decimals = typeof settings.decimals === "number" ? settings.decimals : 2;
  const fmt = formatsFor(lang, decimals);
  const terms = settingsRow(TERMS.at, TERM_IDS.map((id) => settings[id] ?? INITIAL_TERMS[id](lang)));
  const table = { ...termsTable(words, fmt, terms.row), name: JOURNEY_WORDS.termsTable[lang] };
  const termsSheet: SheetPlan = {
    key: "terms",
    name: JOURNEY_WORDS.termsSheet[lang],
    tables: [table],
    labels: [
      { at: "A1", text: JOURNEY_WORDS.termsTitle[lang], style: "title" },
      { at: "A2", text: JOURNEY_WORDS.termsNote[lang], style: "note" },
    ],
    formulas: terms.copies,
    columnWidths: { A: 30, B: 30, C: 14, D: 18, E: 18, F: 18, G: 20, H: 14 },
  };
  const labels = m.lineLabels && rangeBody(m.lineLabels);
  const refs: FeeForServiceInputs = {
    term: (col) => tableBody(termsSheet.name, table).cell(0, col),
    lines: rangeBody(m.contract!),
    lineLabel: labels ? (i) => labels.cell(i, 0) : undefined,
    advances: rangeBody(m.advances!),
    activity: rangeBody(m.activity!),
  };
  return { fmt, termsSheet, refs };
}

function results(lang: Language, mapping: Mapping, settings: Settings) {
  const words = WORDS[lang];
  const { fmt, termsSheet, refs } = contractInputs(lang, mapping, settings);
  const activity = refs.activity;
  const [dateH, codeH] = words.activityHeaders;
  const linesSheet: SheetPlan = {
    key: "lineStatuses",
    name: JOURNEY_WORDS.linesSheet[lang],
    tables: [],
    labels: headerRow(0, 0, [dateH, codeH, ...words.lineResultHeaders]),
    formulas: [formula("A2", activity.columns(0), fmt.dateCopy), formula("B2", activity.columns(1), TEXT_COPY), lineStatusFormula(fmt, refs, "C2")],
    columnWidths: { A: 14, B: 16, C: 18, D: 18, E: 18 },
    freezeRows: 1,
  };
  const reconciliation = reconciliationSheet(words, fmt, refs);
  const balance = balanceSheet(words, lang, fmt, refs, spilledResults(linesSheet, reconciliation));
  const plan: WorkbookPlan = { id: "journey-contracts", title: contracts.title[lang], sheets: [termsSheet, linesSheet, reconciliation, balance] };
  return { plan, keyFigures: statementFigures(lang, balance) };
}

/** The figures Review shows, read on a balance sheet (the journey's, or a large-table run's). */
export function statementFigures(lang: Language, balance: SheetPlan): (evaluation: PlanEvaluation) => KeyFigure[] {
  const words = WORDS[lang];
  return (evaluation) => [
    ...STATEMENT_FIGURES.map(([i, format]): KeyFigure => ({ label: words.balanceLabels[i], format, ...figure(evaluation, balance, BALANCE_CELLS.statement(i)) })),
    ...words.checks.map((label, i): KeyFigure => ({ label, format: "amount", check: true, ...figure(evaluation, balance, BALANCE_CELLS.check(i)) })),
  ];
}

/** Where the contract template keeps what this journey reads. */
function templateMapping(plan: WorkbookPlan): Mapping {
  const contractSheet = plan.sheets.find((s) => s.key === "contract");
  const activitySheet = plan.sheets.find((s) => s.key === "activity");
  if (!contractSheet || !activitySheet) return {};
  const [termsTableBlock, lines, advances] = contractSheet.tables;
  const body = (s: SheetPlan, table: SheetPlan["tables"][number]) => tableBody(s.name, table);
  const termsBody = body(contractSheet, termsTableBlock);
  return {
    contract: body(contractSheet, lines).columns(0, 4),
    lineLabels: body(contractSheet, lines).columns(4),
    activity: body(activitySheet, activitySheet.tables[0]).columns(0, 5),
    advances: body(contractSheet, advances).columns(0, 2),
    ...Object.fromEntries(TERM_IDS.map((id, col) => [id, termsBody.cell(0, col)])),
  };
}

export const contracts: Journey = {
  id: "contracts",
  prefix: "HISAB_CT",
  title: t("Rapprochement d'un contrat", "Contract reconciliation"),
  inputs,
  settingCells: Object.fromEntries(TERM_IDS.map((id, col) => [id, { sheet: "terms", at: cellAddress(parseRef(TERMS.at).top + 1, col) }])),
  templateMapping,
  outputKeys: ["terms", "lineStatuses", "reconciliation", "balance"],
  templateOutputs: [],
  check,
  results,
};
