import type { Method } from "../../engine/allocation";
import { t } from "../language";
import { choice, codeList, codes, describe, labelled, matrix, numbers, precision } from "../params";
import { AMOUNT, centres, DRIVER, eachDecimals, footedDecimals, len, QUANTITY } from "./common";

/** The cost-centre method: primary and secondary distribution, cost per unit of work. */

const METHOD_WORDS: Record<string, Method> = {
  direct: "direct", directe: "direct",
  step: "step", stepdown: "step", cascade: "step", encascade: "step", escalier: "step", enescalier: "step",
  reciprocal: "reciprocal", reciproque: "reciprocal", reciproques: "reciprocal", prestationsreciproques: "reciprocal",
};

export const method = choice({
  id: "method",
  name: t("method", "méthode"),
  description: t('Optional. "direct", "step" (default) or "reciprocal" (also "directe", "cascade", "réciproque").', 'Facultatif. "directe", "cascade" (par défaut) ou "réciproque" (ou "direct", "step", "reciprocal").'),
  words: METHOD_WORDS,
  fallback: "step",
  shown: t('"direct", "step" (default) or "reciprocal" (also "directe", "cascade", "réciproque")', '"directe", "cascade" (par défaut) ou "réciproque" (ou "direct", "step", "reciprocal")'),
  error: "unknown_method",
});

const costsBefore = numbers({ id: "costs", name: t("costs", "coûts"), description: t("Cost of each centre before secondary distribution, aligned with centres.", "Coût de chaque centre avant répartition secondaire, aligné sur centres."), type: AMOUNT, alignedWith: "centres" });
const keys = labelled({
  id: "keys",
  name: t("keys", "clés"),
  description: t("Secondary keys: first row receiving centres, first column support centres, drivers or percentages in the body (blank = 0).", "Clés secondaires : 1re ligne les centres receveurs, 1re colonne les centres auxiliaires, inducteurs ou pourcentages dans le corps (vide = 0)."),
  type: DRIVER,
  columnsAre: t("the receiving centres", "les centres receveurs"),
  rowsAre: t("the support centres", "les centres auxiliaires"),
  blank: "zero",
});
const order = codeList({ id: "order", name: t("order", "ordre"), description: t("Optional. Step-down only: the support centres in closing order; default the row order of keys.", "Facultatif. Cascade seulement : les centres auxiliaires dans l'ordre de clôture ; par défaut l'ordre des lignes des clés."), optional: true });

/** The Horngren case (Phoenix Partners): two support centres serving each other and two consulting departments. */
const PHOENIX = {
  centres: [["AS"], ["IS"], ["GOVT"], ["CORP"]],
  costs: [[600000], [2400000], [0], [0]],
  keys: [["", "AS", "IS", "GOVT", "CORP"], ["AS", "", 0.25, 0.4, 0.35], ["IS", 0.1, "", 0.3, 0.6]],
};

/** The French course case: Energie and Entretien serve each other (prestations réciproques). */
const ENERGIE = {
  centres: [["Energie"], ["Entretien"], ["Appro"], ["Distribution"], ["Administration"]],
  costs: [[700], [650], [2750], [2550], [1350]],
  keys: [["", "Energie", "Entretien", "Appro", "Distribution", "Administration"], ["Energie", "", 0.1, 0.5, 0.25, 0.15], ["Entretien", 0.05, "", 0.3, 0.35, 0.3]],
};

const allocationParams = [centres, costsBefore, keys, method, order, footedDecimals] as const;
const allocationChecks = [precision("decimals", "costs", "total")];

export const ALLOCATE = describe({
  id: "ALLOCATE",
  code: "allocate",
  name: t("ALLOCATE", "REPARTIR"),
  summary: t("Secondary distribution: each centre's cost after support centres are allocated (direct, step-down or reciprocal).", "Répartition secondaire : coût de chaque centre après répartition des centres auxiliaires (directe, en cascade ou réciproque)."),
  result: t("One value per centre, aligned with centres; support centres end at 0.", "Une valeur par centre, alignée sur centres ; les centres auxiliaires finissent à 0."),
  params: allocationParams,
  checks: allocationChecks,
  shape: (s) => [len(s[0]), 1],
  examples: [
    { id: "direct", title: t("Direct method (Horngren, Phoenix Partners), to the cent", "Méthode directe (Horngren, Phoenix Partners), au centime"), args: [PHOENIX.centres, PHOENIX.costs, PHOENIX.keys, "direct", null, 2], result: [[0], [0], [1120000], [1880000]] },
    { id: "step", title: t("Step-down, AS closed first, to the cent", "En cascade, AS clôturé d'abord, au centime"), args: [PHOENIX.centres, PHOENIX.costs, PHOENIX.keys, "cascade", [["AS"], ["IS"]], 2], result: [[0], [0], [1090000], [1910000]] },
    { id: "error.method", title: t("A method the function does not know", "Une méthode que la fonction ne connaît pas"), args: [PHOENIX.centres, PHOENIX.costs, PHOENIX.keys, "algébrique"], error: { code: "unknown_method", place: { argument: "method" } } },
    { id: "error.negative-driver", title: t("A negative driver", "Un inducteur négatif"), args: [PHOENIX.centres, PHOENIX.costs, [["", "AS", "IS", "GOVT", "CORP"], ["AS", "", 0.25, -0.4, 0.35], ["IS", 0.1, "", 0.3, 0.6]]], error: { code: "negative_value", place: { argument: "keys", row: 2, column: 4, code: "AS" } } },
  ],
});

export const ALLOCATION_FLOWS = describe({
  id: "ALLOCATION.FLOWS",
  code: "allocationFlows",
  name: t("ALLOCATION.FLOWS", "FLUX.REPARTITION"),
  summary: t("What each support centre sends to each centre: one row per support centre, one column per centre.", "Ce que chaque centre auxiliaire cède à chaque centre : une ligne par centre auxiliaire, une colonne par centre."),
  result: t("A matrix: rows follow the support centres of keys, columns follow centres.", "Une matrice : les lignes suivent les centres auxiliaires de clés, les colonnes suivent centres."),
  params: allocationParams,
  checks: allocationChecks,
  shape: (s) => [Math.max((s[2]?.[0] ?? 1) - 1, 1), len(s[0])],
  examples: [
    {
      id: "reciprocal",
      title: t("Reciprocal services Energie ↔ Entretien (French course case), to the cent", "Prestations réciproques Energie ↔ Entretien (cas de cours), au centime"),
      args: [ENERGIE.centres, ENERGIE.costs, ENERGIE.keys, "réciproque", null, 2],
      result: [[0, 73.62, 368.09, 184.04, 110.43], [36.18, 0, 217.09, 253.27, 217.08]],
    },
    { id: "error.decimals", title: t("More decimals than a rounding allows", "Plus de décimales qu'un arrondi n'en permet"), args: [ENERGIE.centres, ENERGIE.costs, ENERGIE.keys, "réciproque", null, 12], error: { code: "bad_decimals", place: { argument: "decimals" } } },
  ],
});

const amountsByKey = numbers({ id: "amounts", name: t("amounts", "montants"), description: t("Amount of each expense line, one column.", "Montant de chaque ligne de charges, en une colonne."), type: AMOUNT, alignedWith: "keyNames" });

export const PRIMARY = describe({
  id: "PRIMARY",
  code: "primary",
  name: t("PRIMARY", "PRIMAIRE"),
  summary: t("Primary distribution: expense lines spread over the centres by named keys, total per centre.", "Répartition primaire : les charges réparties sur les centres par des clés nommées, total par centre."),
  result: t("One total per centre, aligned with centres.", "Un total par centre, aligné sur centres."),
  params: [
    centres,
    amountsByKey,
    codes({ id: "keyNames", name: t("keyNames", "clés_lignes"), description: t("For each expense line, the name of its key (a row of keyTable).", "Pour chaque ligne de charges, le nom de sa clé (une ligne de table_clés)."), unique: false }),
    labelled({
      id: "keyTable",
      name: t("keyTable", "table_clés"),
      description: t("Primary keys: first row centre codes, first column key names, drivers or percentages in the body.", "Clés primaires : 1re ligne les codes des centres, 1re colonne les noms des clés, inducteurs ou pourcentages dans le corps."),
      type: DRIVER,
      columnsAre: t("centre codes", "les codes des centres"),
      rowsAre: t("key names", "les noms des clés"),
      blank: "zero",
    }),
    footedDecimals,
  ],
  checks: [precision("decimals", "amounts", "total")],
  shape: (s) => [len(s[0]), 1],
  examples: [
    {
      id: "staff",
      title: t("Two expense lines, one spread by staff, one by floor area", "Deux lignes de charges, l'une répartie par l'effectif, l'autre par la surface"),
      args: [[["ADM"], ["LAB"], ["MED"], ["SURG"]], [[1000000], [250000]], [["Staff"], ["m²"]], [["", "ADM", "LAB", "MED", "SURG"], ["Staff", 10, 5, 20, 15], ["m²", 100, 50, 300, 550]]],
      result: [[225000], [112500], [475000], [437500]],
    },
    { id: "error.unknown-key", title: t("An expense line whose key is not in the key table", "Une ligne de charges dont la clé n'est pas dans la table des clés"), args: [[["ADM"], ["MED"]], [[1000]], [["Beds"]], [["", "ADM", "MED"], ["Staff", 1, 3]]], error: { code: "unknown_code", place: { argument: "keyNames", row: 1, code: "Beds" } } },
  ],
});

const spreadAmounts = numbers({ id: "amounts", name: t("amounts", "montants"), description: t("Amount of each line, one column.", "Montant de chaque ligne, en une colonne."), type: AMOUNT });

export const SPREAD = describe({
  id: "SPREAD",
  code: "spread",
  name: t("SPREAD", "VENTILER"),
  summary: t("Spreads each amount over the columns in proportion to its own drivers or percentages: the detailed distribution table.", "Ventile chaque montant sur les colonnes au prorata de ses propres inducteurs ou pourcentages : le tableau de répartition détaillé."),
  result: t("A matrix the shape of drivers; each row adds up to its amount, a blank line stays blank.", "Une matrice à la forme de inducteurs ; chaque ligne totalise son montant, une ligne vide reste vide."),
  params: [
    spreadAmounts,
    matrix({ id: "drivers", name: t("drivers", "inducteurs"), description: t("One row per amount: its drivers or percentages per column (blank = 0).", "Une ligne par montant : ses inducteurs ou pourcentages par colonne (vide = 0)."), type: DRIVER, alignedWith: "amounts" }),
    footedDecimals,
  ],
  checks: [precision("decimals", "amounts", "each")],
  shape: (s) => [s[1]?.[0] ?? 1, s[1]?.[1] ?? 1],
  examples: [
    { id: "rounded", title: t("Two lines, rounded to the cent: each row adds up to its amount", "Deux lignes arrondies au centime : chaque ligne totalise son montant"), args: [[[100], [10]], [[1, 1, 1], [20, 30, 50]], 2], result: [[33.34, 33.33, 33.33], [2, 3, 5]] },
    { id: "spare-line", title: t("A spare blank line gives a blank result line", "Une ligne de réserve vide donne une ligne de résultat vide"), args: [[[100], [""], [10]], [[1, 1, 2], ["", "", ""], [20, 30, 50]]], result: [[25, 25, 50], ["", "", ""], [2, 3, 5]] },
    { id: "error.text-amount", title: t("An amount typed as text", "Un montant saisi comme du texte"), args: [[["100"], [10]], [[1, 1, 1], [20, 30, 50]]], error: { code: "number_as_text", place: { argument: "amounts", row: 1 } } },
  ],
});

export const UNITCOST = describe({
  id: "UNITCOST",
  code: "unitCost",
  name: t("UNITCOST", "COUT.UO"),
  summary: t("Cost per unit of work of each centre: cost after secondary distribution ÷ units produced.", "Coût de l'unité d'œuvre de chaque centre : coût après répartition secondaire ÷ unités produites."),
  result: t("One cost per unit per centre, aligned with centres; blank where a centre has neither cost nor units.", "Un coût d'unité par centre, aligné sur centres ; vide là où un centre n'a ni coût ni unités."),
  params: [
    centres,
    numbers({ id: "costs", name: t("costs", "coûts"), description: t("Cost of each centre after secondary distribution (e.g. the result of ALLOCATE).", "Coût de chaque centre après répartition secondaire (par ex. le résultat de REPARTIR)."), type: AMOUNT, alignedWith: "centres" }),
    numbers({ id: "units", name: t("units", "unités"), description: t("Units of work produced by each centre (patient-days, tests, meals…); blank where none.", "Unités d'œuvre produites par chaque centre (journées, examens, repas…) ; vide s'il n'y en a pas."), type: QUANTITY, alignedWith: "centres" }),
    eachDecimals,
  ],
  shape: (s) => [len(s[0]), 1],
  examples: [
    { id: "per-day", title: t("Cost per patient-day and per test; a support centre emptied by ALLOCATE stays blank", "Coût de la journée et de l'examen ; un centre auxiliaire vidé par REPARTIR reste vide"), args: [[["MED"], ["LAB"], ["ADM"]], [[1200000], [300000], [0]], [[4000], [1500], [""]], 2], result: [[300], [200], [""]] },
    { id: "error.zero-units", title: t("A centre with a cost but no units", "Un centre avec un coût mais sans unités"), args: [[["MED"], ["LAB"]], [[1200000], [300000]], [[4000], [0]]], error: { code: "zero_units", place: { argument: "units", row: 2, code: "LAB" } } },
  ],
});
