import { Cell, codeKey, Range, readText } from "../excel/cells";
import { checkCodes, checkNumbers, checkRowsSumToZero } from "../excel/checks";
import type { Language } from "../excel/messages";
import * as sheet from "../excel/sheetFunctions";
import { CENTRE_KIND_WORDS, COST_CENTRE_METHOD_CELL, costCentreInputsOf, CostCentreInputs, costCentreResults } from "../workbook/costCentres";
import type { PlanEvaluation } from "../workbook/evaluate";
import { figure, numbersWithCodes, text as t } from "./figures";
import type { CheckedValues, InputValues, Journey, JourneyInput, KeyFigure, Mapping, Problem, Settings } from "./journey";
import { ArgumentMap, attempt, engineProblem, finding, withoutRepeats } from "./problems";
import { columnCells, engineValues, shapeProblems } from "./shapes";
import { anyFilled, codeSet, codesOf, labelledCodes, labelledTableProblems, missingCodes } from "./tableChecks";

/**
 * The cost-centre journey: centres, expenses and both key tables, from the
 * template or the user's own ranges; the results sheet is the template's
 * (HISAB.PRIMARY, ALLOCATE, UNITCOST, ALLOCATION.FLOWS, the conservation
 * checks and the cost-structure chart), reading the mapped ranges.
 */

const METHOD_INITIAL: Record<Language, string> = { fr: "cascade", en: "step" };

const inputs: JourneyInput[] = [
  {
    id: "centres",
    kind: "codes",
    label: t("Codes des centres", "Centre codes"),
    help: t("Une colonne : le code de chaque centre de coût, un par ligne, sans l'en-tête.", "One column: the code of each cost centre, one per row, without the header."),
  },
  {
    id: "labels",
    kind: "text",
    optional: true,
    alignedWith: "centres",
    label: t("Libellés des centres", "Centre labels"),
    help: t("Facultatif. Le libellé de chaque centre, aligné sur les codes ; recopié dans les résultats.", "Optional. The label of each centre, aligned with the codes; copied into the results."),
  },
  {
    id: "kinds",
    kind: "codes",
    optional: true,
    alignedWith: "centres",
    label: t("Type de chaque centre", "Type of each centre"),
    help: t("Facultatif. « auxiliaire » ou « principal », aligné sur les codes : la vérification dit alors si un centre auxiliaire manque dans les clés secondaires.", 'Optional. "support" or "main", aligned with the codes: the check then says when a support centre is missing from the secondary keys.'),
  },
  {
    id: "unitNames",
    kind: "text",
    optional: true,
    alignedWith: "centres",
    label: t("Unités d'œuvre", "Units of work"),
    help: t("Facultatif. Le nom de l'unité d'œuvre de chaque centre (journée, point B…), aligné sur les codes.", "Optional. The name of each centre's unit of work (patient-day, B point…), aligned with the codes."),
  },
  {
    id: "units",
    kind: "numbers",
    alignedWith: "centres",
    label: t("Unités produites", "Units produced"),
    help: t("Les unités d'œuvre produites par chaque centre principal, alignées sur les codes ; vide pour les centres auxiliaires.", "The units of work each main centre produced, aligned with the codes; blank for support centres."),
  },
  {
    id: "amounts",
    kind: "numbers",
    label: t("Montants des charges", "Expense amounts"),
    help: t("Une colonne : le montant de chaque ligne de charges par nature.", "One column: the amount of each expense line by nature."),
  },
  {
    id: "keyNames",
    kind: "codes",
    alignedWith: "amounts",
    label: t("Clé de chaque charge", "Key of each expense"),
    help: t("Le nom de la clé primaire de chaque ligne de charges, aligné sur les montants.", "The name of the primary key of each expense line, aligned with the amounts."),
  },
  {
    id: "keyTable",
    kind: "labelledTable",
    label: t("Clés primaires", "Primary keys"),
    help: t("Tout le tableau, ligne d'en-tête comprise : 1re ligne les codes des centres, 1re colonne les noms des clés, inducteurs ou pourcentages dedans.", "The whole table, header row included: first row the centre codes, first column the key names, drivers or percentages inside."),
  },
  {
    id: "secondaryKeys",
    kind: "labelledTable",
    label: t("Clés secondaires", "Secondary keys"),
    help: t("Tout le tableau, ligne d'en-tête comprise : 1re ligne les centres servis, 1re colonne les centres auxiliaires (dans l'ordre de clôture pour la cascade).", "The whole table, header row included: first row the centres served, first column the support centres (in closing order for the step-down)."),
  },
  {
    id: "method",
    kind: "scalar",
    optional: true,
    initial: (lang) => METHOD_INITIAL[lang],
    label: t("Méthode de répartition secondaire", "Secondary distribution method"),
    help: t("Facultatif : une cellule de votre classeur qui dit directe, cascade ou réciproque. Sinon, la méthode se choisit dans la feuille des résultats.", "Optional: a cell of your workbook that says direct, step or reciprocal. Otherwise the method is chosen on the results sheet."),
  },
];

type Values = CheckedValues<"centres" | "units" | "amounts" | "keyNames" | "keyTable" | "secondaryKeys", "labels" | "kinds" | "unitNames" | "method">;

function check(all: InputValues): Problem[] {
  const shapes = shapeProblems(costCentres, all);
  if (shapes.length > 0) return shapes;
  const v = engineValues(costCentres, all) as Values;
  const centreCells = columnCells(v.centres);
  const centreCodes = codesOf(centreCells);
  const supportCodes = codesOf(labelledCodes(v.secondaryKeys).down);
  const cellChecks = [
    ...checkCodes(centreCells, "centres", "row", anyFilled([v.units])),
    ...checkNumbers(v.units, "units", { nonNegative: true }),
    ...checkNumbers(v.amounts, "amounts"),
    ...missingCodes(columnCells(v.keyNames), "keyNames", anyFilled([v.amounts])),
    ...labelledTableProblems(v.keyTable, "keyTable", centreCodes),
    ...labelledTableProblems(v.secondaryKeys, "secondaryKeys", centreCodes, centreCodes),
    ...usedKeysSummingToZero(v),
  ];
  const same: ArgumentMap = Object.fromEntries(inputs.map((input) => [input.id, { input: input.id }]));
  const problems: Problem[] = [...cellChecks.map((e) => engineProblem(e, same)), ...kindProblems(v, supportCodes)];
  if (v.method) attempt(problems, same, () => sheet.parseMethod(v.method!));
  const primary = attempt(problems, same, () => sheet.primary(v.centres, v.amounts, v.keyNames, v.keyTable));
  if (primary) {
    problems.push(...supportKeysSummingToZero(v, primary));
    const allocation: ArgumentMap = { centres: same.centres, keys: { input: "secondaryKeys" }, method: same.method };
    const after = attempt(problems, allocation, () => sheet.allocate(v.centres, primary, v.secondaryKeys, v.method ?? null));
    if (after) attempt(problems, { centres: same.centres, units: same.units }, () => sheet.unitCost(v.centres, after, v.units));
  }
  return withoutRepeats(problems);
}

/** Primary keys summing to zero that an expense line with an amount uses (an unused empty key is harmless). */
function usedKeysSummingToZero(v: Values) {
  const amounts = columnCells(v.amounts);
  const used = codeSet(columnCells(v.keyNames).flatMap((cell, i) => (typeof amounts[i] === "number" && amounts[i] !== 0 ? [readText(cell)] : [])));
  return checkRowsSumToZero(v.keyTable, "keyTable").filter((e) => used.has(codeKey(e.place.code ?? "")));
}

/** Support centres whose key sums to zero while they have a cost to give (the engine stops at the first). */
function supportKeysSummingToZero(v: Values, primary: Range): Problem[] {
  const cost = new Map(columnCells(v.centres).map((cell, i) => [codeKey(readText(cell)), primary[i]?.[0]]));
  return checkRowsSumToZero(v.secondaryKeys, "secondaryKeys")
    .filter((e) => {
      const c = cost.get(codeKey(e.place.code ?? ""));
      return typeof c === "number" && c !== 0;
    })
    .map((e) => engineProblem(e, { secondaryKeys: { input: "secondaryKeys" } }));
}

/** With the centres' types: each support centre missing from the secondary keys, each main centre giving in them. */
function kindProblems(v: Values, supportCodes: readonly string[]): Problem[] {
  if (!v.kinds) return [];
  const inKeys = codeSet(supportCodes);
  const kindOf = (cell: Cell) => {
    const word = readText(cell).toLocaleLowerCase("fr");
    return CENTRE_KIND_WORDS.support.includes(word) ? "support" : CENTRE_KIND_WORDS.main.includes(word) ? "main" : undefined;
  };
  const kinds = columnCells(v.kinds).map(kindOf);
  const centres = columnCells(v.centres).map((cell) => readText(cell));
  const missing = centres.flatMap((code, i) => (code !== "" && kinds[i] === "support" && !inKeys.has(codeKey(code)) ? [finding("support_not_in_keys", "centres", { row: i + 1 }, { value: code })] : []));
  const mainCodes = codeSet(centres.filter((code, i) => code !== "" && kinds[i] === "main"));
  const giving = labelledCodes(v.secondaryKeys).down.flatMap((cell, i) => {
    const code = readText(cell);
    return mainCodes.has(codeKey(code)) ? [finding("main_in_keys", "secondaryKeys", { row: i + 2, column: 1 }, { value: code }, "warning")] : [];
  });
  return [...missing, ...giving];
}

const FIGURE_WORDS = {
  expenses: t("Total des charges", "Total expenses"),
  primaryCheck: t("Contrôle de conservation, répartition primaire", "Conservation check, primary distribution"),
  secondaryCheck: t("Contrôle de conservation, répartition secondaire", "Conservation check, secondary distribution"),
  unitCost: (code: string) => t(`Coût de l'unité d'œuvre, ${code}`, `Cost per unit of work, ${code}`),
};

/** The highest costs per unit of work shown on the pane. */
const TOP_UNIT_COSTS = 3;

function results(lang: Language, mapping: Mapping, settings: Settings) {
  const refs = mapping as unknown as CostCentreInputs;
  const built = costCentreResults(lang, refs, settings.method ?? METHOD_INITIAL[lang]);
  const { cells } = built;
  return {
    plan: { id: "journey-cost-centres", title: costCentres.title[lang], sheets: [built.sheet] },
    keyFigures(evaluation: PlanEvaluation): KeyFigure[] {
      const at = (cell: string) => figure(evaluation, built.sheet, cell);
      const top = numbersWithCodes(evaluation, built.sheet, cells.codes, cells.unitCosts)
        .sort((a, b) => b.value - a.value)
        .slice(0, TOP_UNIT_COSTS);
      return [
        { label: FIGURE_WORDS.expenses[lang], format: "amount", ...at(cells.expensesTotal) },
        { label: FIGURE_WORDS.primaryCheck[lang], format: "amount", check: true, ...at(cells.checks[0]) },
        { label: FIGURE_WORDS.secondaryCheck[lang], format: "amount", check: true, ...at(cells.checks[1]) },
        ...top.map((c): KeyFigure => ({ label: FIGURE_WORDS.unitCost(c.code)[lang], format: "amount", value: c.value, sheet: built.sheet.key, at: c.at })),
      ];
    },
  };
}

export const costCentres: Journey = {
  id: "costCentres",
  prefix: "HISAB_CC",
  title: t("Coûts par centre", "Cost per centre"),
  inputs,
  settingCells: { method: { sheet: "results", at: COST_CENTRE_METHOD_CELL } },
  templateMapping: (plan) => ({ ...costCentreInputsOf(plan) }),
  outputKeys: ["results"],
  templateOutputs: ["results"],
  check,
  results,
};
