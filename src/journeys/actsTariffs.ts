import { checkCodes, checkKnown, checkNumbers } from "../excel/checks";
import type { Language } from "../excel/messages";
import * as sheet from "../excel/sheetFunctions";
import { actCostFormula, actsCheckFormula, actsTariffsInputsOf, pointCostFormula, priceGapFormula, tariffFormula } from "../workbook/actsTariffs";
import { ACTS_WORDS } from "../workbook/actsTariffsWords";
import { AMOUNT, AMOUNT_COPY, COUNT_COPY, DRIVER, formula, headerRow, local, onSheet, PERCENT, settingsRow, TEXT_COPY } from "../workbook/blocks";
import type { PlanEvaluation } from "../workbook/evaluate";
import { areaRef, cellAddress, columnLetters, parseRef } from "../workbook/formula";
import type { ChartPlan, FormulaCell, LabelCell, RangeRef, SheetPlan } from "../workbook/plan";
import { figure, numbersWithCodes, text as t } from "./figures";
import type { CheckedValues, InputValues, Journey, JourneyInput, KeyFigure, Mapping, Problem, Settings } from "./journey";
import { ArgumentMap, attempt, engineProblem, withoutRepeats } from "./problems";
import { columnCells, engineValues, shapeProblems } from "./shapes";
import { anyFilled, codesOf, missingCodes } from "./tableChecks";

/**
 * The acts-and-tariffs journey: letter keys with the cost of their
 * producing centre, a nomenclature (letter, coefficient, volume…), and the
 * margin and rounding step of the tariffs. Two results sheets, built with
 * the template's formula builders: the cost of a point of each letter
 * against its official value (with the chart), and per act its cost, its gap
 * to the official tariff and the proposed tariff, with the acts check.
 */

const column = (id: string, label: [string, string], help: [string, string], extra: Partial<JourneyInput> = {}): JourneyInput => ({
  id,
  kind: "numbers",
  label: t(...label),
  help: t(...help),
  ...extra,
});

const inputs: JourneyInput[] = [
  column("letters", ["Lettres-clés", "Letter keys"], ["Une colonne : chaque lettre-clé (K, B, Z…), une par ligne.", "One column: each letter key (K, B, Z…), one per row."], { kind: "codes" }),
  column("letterCosts", ["Coût du centre de chaque lettre", "Centre cost of each letter"], ["Le coût, après répartition secondaire, du centre qui produit chaque lettre, aligné sur les lettres.", "The cost, after secondary distribution, of the centre that produces each letter, aligned with the letters."], { alignedWith: "letters" }),
  column("letterValues", ["Valeur officielle du point", "Official value of a point"], ["Facultatif. La valeur officielle du point de chaque lettre, alignée sur les lettres : le graphique la compare au coût.", "Optional. The official value of a point of each letter, aligned with the letters: the chart compares it with the cost."], { alignedWith: "letters", optional: true }),
  column("actCodes", ["Codes des actes", "Act codes"], ["Une colonne : le code de chaque acte de la nomenclature.", "One column: the code of each act of the nomenclature."], { kind: "codes" }),
  column("actLetters", ["Lettre de chaque acte", "Letter of each act"], ["La lettre-clé de chaque acte, alignée sur les codes des actes.", "The letter key of each act, aligned with the act codes."], { kind: "codes", alignedWith: "actCodes" }),
  column("coefficients", ["Coefficients", "Coefficients"], ["Le coefficient de chaque acte (K50 → 50), aligné sur les codes des actes.", "The coefficient of each act (K50 → 50), aligned with the act codes."], { alignedWith: "actCodes" }),
  column("volumes", ["Volumes annuels", "Annual volumes"], ["Le nombre de chaque acte réalisé dans l'année, aligné sur les codes des actes.", "How many of each act were performed in the year, aligned with the act codes."], { alignedWith: "actCodes" }),
  column("consumables", ["Consommables", "Consumables"], ["Facultatif. Les consommables directs d'un acte, alignés sur les codes des actes.", "Optional. The direct consumables of one act, aligned with the act codes."], { alignedWith: "actCodes", optional: true }),
  column("tariffs", ["Tarifs officiels", "Official tariffs"], ["Facultatif. Le tarif officiel de chaque acte, aligné : les résultats disent alors l'écart au coût.", "Optional. The official tariff of each act, aligned: the results then give its gap to cost."], { alignedWith: "actCodes", optional: true }),
  column("market", ["Prix du marché", "Market prices"], ["Facultatif. Le prix de chaque acte dans le privé, aligné (vide : aucun).", "Optional. The price of each act in the private sector, aligned (blank: none)."], { alignedWith: "actCodes", optional: true }),
  column("ceiling", ["Plafonds de solvabilité", "Affordability ceilings"], ["Facultatif. Ce que la population peut payer pour chaque acte, aligné (vide : aucun).", "Optional. What the population can pay for each act, aligned (blank: none)."], { alignedWith: "actCodes", optional: true }),
  column("margin", ["Marge sur coût", "Margin over cost"], ["Facultatif : une cellule de votre classeur (10 % = 0,1). Sinon, la marge se saisit dans la feuille des résultats.", "Optional: a cell of your workbook (10% = 0.1). Otherwise the margin is typed on the results sheet."], { kind: "scalar", optional: true, initial: () => 0 }),
  column("step", ["Pas d'arrondi des tarifs", "Tariff rounding step"], ["Facultatif : une cellule de votre classeur (par ex. 10). Sinon, le pas se saisit dans la feuille des résultats.", "Optional: a cell of your workbook (e.g. 10). Otherwise the step is typed on the results sheet."], { kind: "scalar", optional: true, initial: () => 0.01 }),
];

type Values = CheckedValues<"letters" | "letterCosts" | "actCodes" | "actLetters" | "coefficients" | "volumes", "letterValues" | "consumables" | "tariffs" | "market" | "ceiling" | "margin" | "step">;
const OPTIONAL_NUMBERS = ["consumables", "tariffs", "market", "ceiling"] as const;

function check(all: InputValues): Problem[] {
  const shapes = shapeProblems(actsTariffs, all);
  if (shapes.length > 0) return shapes;
  const v = engineValues(actsTariffs, all) as Values;
  const letterCells = columnCells(v.letters);
  const actLetterCells = columnCells(v.actLetters);
  const cellChecks = [
    ...checkCodes(letterCells, "letters", "row", anyFilled([v.letterCosts, v.letterValues])),
    ...checkNumbers(v.letterCosts, "letterCosts"),
    ...(v.letterValues ? checkNumbers(v.letterValues, "letterValues", { nonNegative: true }) : []),
    ...checkCodes(columnCells(v.actCodes), "actCodes", "row", anyFilled([v.actLetters, v.coefficients, v.volumes])),
    ...missingCodes(actLetterCells, "actLetters", anyFilled([v.coefficients, v.volumes])),
    ...checkKnown(actLetterCells, codesOf(letterCells), "actLetters", "letters", "row"),
    ...checkNumbers(v.coefficients, "coefficients", { nonNegative: true }),
    ...checkNumbers(v.volumes, "volumes", { nonNegative: true }),
    ...OPTIONAL_NUMBERS.flatMap((id) => (v[id] ? checkNumbers(v[id]!, id, { nonNegative: true }) : [])),
  ];
  const same: ArgumentMap = Object.fromEntries(inputs.map((input) => [input.id, { input: input.id }]));
  const problems: Problem[] = cellChecks.map((e) => engineProblem(e, same));
  const pointCosts = attempt(problems, { ...same, costs: same.letterCosts }, () => sheet.keyCost(v.letters, v.letterCosts, v.actLetters, v.coefficients, v.volumes));
  const costs = pointCosts && attempt(problems, { ...same, direct: same.consumables }, () => sheet.actCostByLetter(v.letters, pointCosts, v.actLetters, v.coefficients, v.consumables ?? null));
  if (costs) {
    attempt(problems, same, () => sheet.tariff(costs, v.margin ?? 0, v.market ?? null, v.ceiling ?? null, v.step ?? null));
    if (v.tariffs) attempt(problems, { prices: same.tariffs }, () => sheet.priceGap(v.tariffs!, costs));
  }
  return withoutRepeats(problems);
}

/** Rows (0-based) of the results sheets. */
const LETTERS = { header: 3, first: 4 };
const ACTS = { settings: "A4", checkLabel: 6, check: 7, header: 9, first: 10 };

const JOURNEY_WORDS = {
  lettersSheet: t("Coût des lettres", "Letter costs"),
  actsSheet: t("Coût des actes", "Act costs"),
  lettersTitle: t("Coût du point de chaque lettre-clé", "Cost of a point of each letter key"),
  actsTitle: t("Coût et tarif de chaque acte", "Cost and tariff of each act"),
  note: t("Calculé par Hisab Santé depuis vos plages ; relancez « Calculer » pour mettre à jour cette feuille.", "Computed by Hisab Santé from your ranges; run \"Compute\" again to update this sheet."),
  letter: t("Lettre", "Letter"),
  settingsTable: t("tParcoursTarifs", "tJourneyTariffs"),
  acts: t("Actes dont le coût est calculé", "Acts costed"),
  belowCost: t("Actes dont le tarif officiel est sous le coût", "Acts whose official tariff is below cost"),
  furthest: (code: string) => t(`Acte le plus sous-tarifé : ${code} (écart)`, `Act priced furthest below cost: ${code} (gap)`),
  lowestRecovery: (code: string) => t(`Lettre la moins couverte : ${code} (taux de couverture)`, `Letter with the lowest cost recovery: ${code} (ratio)`),
};

function results(lang: Language, mapping: Mapping, settings: Settings) {
  const words = ACTS_WORDS[lang];
  const m = mapping as Record<keyof Values, RangeRef | undefined>;
  const letterRows = parseRef(m.letters!.ref).rows;
  const actRows = parseRef(m.actCodes!.ref).rows;
  const lettersSheetName = JOURNEY_WORDS.lettersSheet[lang];
  const pointCosts = onSheet(lettersSheetName, { top: LETTERS.first, left: 2, rows: letterRows, cols: 1 });

  // Letter costs: letter, centre cost, cost of a point, then the official value and its gap when given.
  const at = (row: number, col: number) => cellAddress(row, col);
  const letterColumn = (col: number, rows = letterRows) => local(areaRef({ top: LETTERS.first, left: col, rows, cols: 1 }));
  const letterFormulas: FormulaCell[] = [
    formula(at(LETTERS.first, 0), m.letters!, TEXT_COPY),
    formula(at(LETTERS.first, 1), m.letterCosts!, AMOUNT_COPY),
    pointCostFormula(at(LETTERS.first, 2), { letters: m.letters!, centreCosts: m.letterCosts!, actLetters: m.actLetters!, coefficients: m.coefficients!, volumes: m.volumes! }),
    ...(m.letterValues ? [formula(at(LETTERS.first, 3), m.letterValues, AMOUNT_COPY), priceGapFormula(at(LETTERS.first, 4), m.letterValues, letterColumn(2))] : []),
  ];
  const chart: ChartPlan[] = m.letterValues
    ? [{ kind: "columnClustered", title: words.chartTitle(""), categories: letterColumn(0), series: [{ name: words.chartSeries[0], values: letterColumn(3) }, { name: words.chartSeries[1], values: letterColumn(2) }], at: `${at(LETTERS.first + letterRows + 2, 0)}:${at(LETTERS.first + letterRows + 22, 8)}` }]
    : [];
  const lettersSheet: SheetPlan = {
    key: "letterCosts",
    name: lettersSheetName,
    tables: [],
    labels: [
      { at: "A1", text: JOURNEY_WORDS.lettersTitle[lang], style: "title" },
      { at: "A2", text: JOURNEY_WORDS.note[lang], style: "note" },
      ...headerRow(LETTERS.header, 0, [JOURNEY_WORDS.letter[lang], words.letterResults[0], words.letterResults[2], ...(m.letterValues ? [words.letterHeaders[3], ...words.gapHeaders] : [])]),
    ],
    formulas: letterFormulas,
    columnWidths: widths(0, 9, 20),
    freezeRows: LETTERS.first,
    charts: chart,
  };

  // Act costs: the settings, the check, then per act its code, letter, coefficient, volume, cost, official tariff and gap, tariff.
  const actColumn = (col: number) => local(areaRef({ top: ACTS.first, left: col, rows: actRows, cols: 1 }));
  const gapCols = m.tariffs ? 5 : 0;
  const tariffCol = 5 + gapCols;
  const { row: settingValues, copies } = settingsRow(ACTS.settings, [settings.margin ?? 0, settings.step ?? 0.01]);
  const settingCell = (col: number) => local(settingAt(col));
  const actFormulas: FormulaCell[] = [
    ...copies,
    formula(at(ACTS.first, 0), m.actCodes!, TEXT_COPY),
    formula(at(ACTS.first, 1), m.actLetters!, TEXT_COPY),
    formula(at(ACTS.first, 2), m.coefficients!, DRIVER),
    formula(at(ACTS.first, 3), m.volumes!, COUNT_COPY),
    actCostFormula(at(ACTS.first, 4), { letters: m.letters!, pointCosts, actLetters: m.actLetters!, coefficients: m.coefficients!, consumables: m.consumables }),
    ...(m.tariffs ? [formula(at(ACTS.first, 5), m.tariffs, AMOUNT_COPY), priceGapFormula(at(ACTS.first, 6), m.tariffs, actColumn(4))] : []),
    tariffFormula(at(ACTS.first, tariffCol), { costs: actColumn(4), margin: settingCell(0), market: m.market, ceiling: m.ceiling, step: settingCell(1) }),
    actsCheckFormula(at(ACTS.check, 3), { costs: actColumn(4), volumes: m.volumes!, consumables: m.consumables, centreCosts: m.letterCosts! }),
  ];
  const [marginH, stepH] = words.tariffSettings;
  const [code, , letter, coefficient, volume] = words.actHeaders;
  const actLabels: LabelCell[] = [
    { at: "A1", text: JOURNEY_WORDS.actsTitle[lang], style: "title" },
    { at: "A2", text: JOURNEY_WORDS.note[lang], style: "note" },
    { at: at(ACTS.checkLabel, 0), text: words.check, style: "check" },
    { at: at(ACTS.check, 0), text: words.actsCheck },
    ...headerRow(ACTS.header, 0, [code, letter, coefficient, volume, words.actCost, ...(m.tariffs ? [words.actHeaders[6], ...words.gapHeaders] : []), ...words.tariffHeaders.slice(6)]),
  ];
  const actsSheet: SheetPlan = {
    key: "actCosts",
    name: JOURNEY_WORDS.actsSheet[lang],
    tables: [
      {
        name: JOURNEY_WORDS.settingsTable[lang],
        at: ACTS.settings,
        columns: [
          { header: marginH, width: 14, numberFormat: PERCENT, validation: { kind: "decimal", min: 0 } },
          { header: stepH, width: 46, numberFormat: AMOUNT, validation: { kind: "decimal", min: 0.01 } },
        ],
        rows: [settingValues],
      },
    ],
    labels: actLabels,
    formulas: actFormulas,
    columnWidths: { ...widths(2, tariffCol + 6, 18), A: 14, B: 46 },
    freezeRows: ACTS.first,
  };
  const plan = { id: "journey-acts-tariffs", title: actsTariffs.title[lang], sheets: [lettersSheet, actsSheet] };
  return {
    plan,
    keyFigures(evaluation: PlanEvaluation): KeyFigure[] {
      const costs = numbersWithCodes(evaluation, actsSheet, actColumn(0), actColumn(4));
      const figures: KeyFigure[] = [
        { label: JOURNEY_WORDS.acts[lang], format: "count", value: costs.length, sheet: actsSheet.key, at: at(ACTS.first, 4) },
        { label: words.actsCheck, format: "amount", check: true, ...figure(evaluation, actsSheet, at(ACTS.check, 3)) },
      ];
      if (m.tariffs) {
        const gaps = numbersWithCodes(evaluation, actsSheet, actColumn(0), actColumn(6));
        const furthest = gaps.reduce<(typeof gaps)[number] | undefined>((low, g) => (low === undefined || g.value < low.value ? g : low), undefined);
        figures.push({ label: JOURNEY_WORDS.belowCost[lang], format: "count", value: gaps.filter((g) => g.value < 0).length, sheet: actsSheet.key, at: at(ACTS.first, 6) });
        if (furthest && furthest.value < 0) figures.push({ label: JOURNEY_WORDS.furthest(furthest.code)[lang], format: "amount", value: furthest.value, sheet: actsSheet.key, at: furthest.at });
      }
      if (m.letterValues) {
        const ratios = numbersWithCodes(evaluation, lettersSheet, letterColumn(0), letterColumn(5));
        const lowest = ratios.reduce<(typeof ratios)[number] | undefined>((low, r) => (low === undefined || r.value < low.value ? r : low), undefined);
        if (lowest) figures.push({ label: JOURNEY_WORDS.lowestRecovery(lowest.code)[lang], format: "percent", value: lowest.value, sheet: lettersSheet.key, at: lowest.at });
      }
      return figures;
    },
  };
}

const widths = (from: number, to: number, width: number): Record<string, number> => Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [columnLetters(from + i), width]));

const settingAt = (col: number): string => cellAddress(parseRef(ACTS.settings).top + 1, col);

export const actsTariffs: Journey = {
  id: "actsTariffs",
  prefix: "HISAB_AT",
  title: t("Actes et tarifs", "Acts and tariffs"),
  inputs,
  settingCells: { margin: { sheet: "actCosts", at: settingAt(0) }, step: { sheet: "actCosts", at: settingAt(1) } },
  templateMapping: actsTariffsInputsOf,
  outputKeys: ["letterCosts", "actCosts"],
  templateOutputs: [],
  check,
  results,
};
