import { t } from "../language";
import { MAX_MARGIN } from "../limits";
import { codes, describe, labelled, numbers, perRow, value } from "../params";
import { AMOUNT, centres, COST, eachDecimals, len, QUANTITY } from "./common";

/** Acts and tariffs: cost of a letter-key point, of each act, tariffs, price against cost, break-even. */

const letters = codes({ id: "letters", name: t("letters", "lettres"), description: t("The letter keys, one column.", "Les lettres-clés, en une colonne."), unique: true });
const coefficientText = t("Coefficient of each act (K50 → 50), aligned with actLetters.", "Coefficient de chaque acte (K50 → 50), aligné sur lettres_actes.");

export const KEYCOST = describe({
  id: "KEYCOST",
  code: "keyCost",
  name: t("KEYCOST", "COUT.LETTRE"),
  summary: t("Cost of one letter-key point (K, B, Z…): cost of the producing centre ÷ Σ coefficient × number of acts.", "Coût du point de lettre-clé (K, B, Z…) : coût du centre producteur ÷ Σ coefficient × nombre d'actes."),
  result: t("One cost per point per letter, aligned with letters.", "Un coût du point par lettre, aligné sur lettres."),
  params: [
    letters,
    numbers({ id: "costs", name: t("costs", "coûts"), description: t("Cost of the centre that produces each letter, aligned with letters.", "Coût du centre qui produit chaque lettre, aligné sur lettres."), type: AMOUNT, alignedWith: "letters" }),
    codes({ id: "actLetters", name: t("actLetters", "lettres_actes"), description: t("Letter key of each act performed, one column.", "Lettre-clé de chaque acte réalisé, en une colonne."), unique: false }),
    numbers({ id: "coefficients", name: t("coefficients", "coefficients"), description: coefficientText, type: QUANTITY, alignedWith: "actLetters" }),
    numbers({ id: "volumes", name: t("volumes", "volumes"), description: t("Number of each act performed, aligned with actLetters.", "Nombre de chaque acte réalisé, aligné sur lettres_actes."), type: QUANTITY, alignedWith: "actLetters" }),
    eachDecimals,
  ],
  shape: (s) => [len(s[0]), 1],
  examples: [
    { id: "theatre", title: t("Operating theatre (ICR): 5,000,000 over 500,000 K points", "Bloc opératoire (ICR) : 5 000 000 sur 500 000 points K"), args: [[["K"]], [[5000000]], [["K"], ["K"]], [[50], [20]], [[6000], [10000]]], result: [[10]] },
    { id: "error.unknown-letter", title: t("An act whose letter is not among the letters", "Un acte dont la lettre n'est pas parmi les lettres"), args: [[["K"]], [[5000000]], [["K"], ["Z"]], [[50], [20]], [[6000], [10]]], error: { code: "unknown_code", place: { argument: "actLetters", row: 2, code: "Z" } } },
  ],
});

export const ACTCOST = describe({
  id: "ACTCOST",
  code: "actCost",
  name: t("ACTCOST", "COUT.ACTE"),
  summary: t("Full cost of each act: Σ units it uses in each centre × cost per unit, plus its direct consumables.", "Coût de revient de chaque acte : Σ unités consommées dans chaque centre × coût de l'UO, plus ses consommables directs."),
  result: t("One cost per act, aligned with the rows of consumption.", "Un coût par acte, aligné sur les lignes de consommations."),
  params: [
    centres,
    numbers({ id: "unitCosts", name: t("unitCosts", "coûts_UO"), description: t("Cost per unit of work of each centre, aligned with centres (e.g. the result of UNITCOST).", "Coût de l'unité d'œuvre de chaque centre, aligné sur centres (par ex. le résultat de COUT.UO)."), type: AMOUNT, alignedWith: "centres", blank: "none" }),
    labelled({
      id: "consumption",
      name: t("consumption", "consommations"),
      description: t("Units used per act: first row centre codes, first column act codes, units in the body.", "Unités consommées par acte : 1re ligne les codes des centres, 1re colonne les codes des actes, unités dans le corps."),
      type: QUANTITY,
      columnsAre: t("centre codes", "les codes des centres"),
      rowsAre: t("act codes", "les codes des actes"),
      blank: "zero",
    }),
    numbers({ id: "direct", name: t("direct", "coûts_directs"), description: t("Optional. Direct consumables of each act, aligned with the acts of consumption.", "Facultatif. Consommables directs de chaque acte, alignés sur les actes de consommations."), type: COST, alignedWith: "consumption", keepsRows: false, optional: true }),
    eachDecimals,
  ],
  shape: (s) => [Math.max((s[2]?.[0] ?? 1) - 1, 1), 1],
  examples: [
    {
      id: "appendectomy",
      title: t("Theatre minutes and patient-days, plus consumables", "Minutes de bloc et journées, plus les consommables"),
      args: [[["BLOC"], ["HOSP"]], [[10], [5000]], [["", "BLOC", "HOSP"], ["APP", 90, 3], ["CES", 60, 4]], [[1500], [2000]]],
      result: [[17400], [22600]],
    },
    { id: "error.no-unit-cost", title: t("An act using a centre that has no cost per unit", "Un acte qui consomme un centre sans coût d'unité"), args: [[["BLOC"], ["HOSP"]], [[10], [""]], [["", "BLOC", "HOSP"], ["APP", 90, 3]]], error: { code: "missing_unit_cost", place: { argument: "consumption", row: 2, code: "APP" } } },
  ],
});

export const ACTCOST_LETTER = describe({
  id: "ACTCOST.LETTER",
  code: "actCostByLetter",
  name: t("ACTCOST.LETTER", "COUT.ACTE.LETTRE"),
  summary: t("Cost of each act of a nomenclature: coefficient × cost of a point of its letter key (K, B, Z…) + direct consumables.", "Coût de chaque acte d'une nomenclature : coefficient × coût du point de sa lettre-clé (K, B, Z…) + consommables directs."),
  result: t("One cost per act, aligned with actLetters.", "Un coût par acte, aligné sur lettres_actes."),
  params: [
    letters,
    numbers({ id: "pointCosts", name: t("pointCosts", "coûts_point"), description: t("Cost of one point of each letter, aligned with letters (e.g. the result of KEYCOST).", "Coût du point de chaque lettre, aligné sur lettres (par ex. le résultat de COUT.LETTRE)."), type: AMOUNT, alignedWith: "letters", blank: "none" }),
    codes({ id: "actLetters", name: t("actLetters", "lettres_actes"), description: t("Letter key of each act of the nomenclature, one column.", "Lettre-clé de chaque acte de la nomenclature, en une colonne."), unique: false }),
    numbers({ id: "coefficients", name: t("coefficients", "coefficients"), description: coefficientText, type: QUANTITY, alignedWith: "actLetters" }),
    perRow({ id: "direct", name: t("direct", "coûts_directs"), description: t("Optional. Direct consumables of each act, aligned with actLetters, or one value for all.", "Facultatif. Consommables directs de chaque acte, alignés sur lettres_actes, ou une valeur pour tous."), type: COST, alignedWith: "actLetters", optional: true }),
    eachDecimals,
  ],
  shape: (s) => [len(s[2]), 1],
  examples: [
    { id: "nomenclature", title: t("K at 100 a point, B at 2.5; a spare line stays blank", "K à 100 le point, B à 2,5 ; une ligne de réserve reste vide"), args: [[["K"], ["B"]], [[100], [2.5]], [["K"], ["B"], [""]], [[50], [20], [""]], [[1200], [0], [""]]], result: [[6200], [50], [""]] },
    { id: "error.no-point-cost", title: t("A letter without a cost per point", "Une lettre sans coût du point"), args: [[["K"], ["B"]], [[100], [""]], [["B"]], [[20]]], error: { code: "missing_point_cost", place: { argument: "actLetters", row: 1, code: "B" } } },
  ],
});

const actCosts = numbers({ id: "costs", name: t("costs", "coûts"), description: t("Full cost of each act, one column.", "Coût de revient de chaque acte, en une colonne."), type: COST });

export const TARIFF = describe({
  id: "TARIFF",
  code: "tariff",
  name: t("TARIFF", "TARIF"),
  summary: t("Tariff from cost, margin, market price and affordability ceiling, rounded to a currency step; each factor in its own column.", "Tarif à partir du coût, de la marge, du prix du marché et du plafond de solvabilité, arrondi à un pas monétaire ; chaque facteur dans sa colonne."),
  result: t("Six columns per act: cost-plus, cap, tariff, binding factor (COST, MARKET or CEILING), cost-recovery ratio, subsidy gap.", "Six colonnes par acte : coût majoré, plafond, tarif, facteur déterminant (COST, MARKET ou CEILING), taux de couverture, besoin de subvention."),
  params: [
    actCosts,
    perRow({ id: "margin", name: t("margin", "marge"), description: t("Margin over cost (10% = 0.1), one value for all or one per act.", "Marge sur coût (10 % = 0,1), une valeur pour tous ou une par acte."), type: { type: "rate", min: 0, max: MAX_MARGIN }, alignedWith: "costs" }),
    perRow({ id: "market", name: t("market", "marché"), description: t("Optional. Market price of each act (blank = none).", "Facultatif. Prix du marché de chaque acte (vide = aucun)."), type: COST, alignedWith: "costs", optional: true }),
    perRow({ id: "ceiling", name: t("ceiling", "plafond"), description: t("Optional. What the population can pay for each act (blank = none).", "Facultatif. Ce que la population peut payer pour chaque acte (vide = aucun)."), type: COST, alignedWith: "costs", optional: true }),
    value({ id: "step", name: t("step", "pas"), description: t("Optional. Round tariffs to a multiple of this (e.g. 5 or 10); default 0.01.", "Facultatif. Arrondit les tarifs à un multiple de ce pas (par ex. 5 ou 10) ; par défaut 0,01."), type: { type: "amount", sign: "positive" }, default: 0.01 }),
    perRow({ id: "loanService", name: t("loanService", "service_prêt"), description: t("Optional. Loan service per act added to cost-plus, one value or one per act.", "Facultatif. Service du prêt par acte ajouté au coût majoré, une valeur ou une par acte."), type: COST, alignedWith: "costs", optional: true }),
  ],
  shape: (s) => [len(s[0]), 6],
  examples: [
    { id: "market", title: t("Cost 1,000, margin 20%: the market price binds", "Coût 1 000, marge 20 % : le prix du marché l'emporte"), args: [[[1000], [2000]], 0.2, [[1150], [""]], [[""], [2100]], 50], result: [[1200, 1150, 1150, "MARKET", 1.15, 0], [2400, 2100, 2100, "CEILING", 1.05, 0]] },
    { id: "error.margin-typed-as-20", title: t("A margin typed 20 instead of 20%", "Une marge saisie 20 au lieu de 20 %"), args: [[[1000]], 20], error: { code: "rate_out_of_range", place: { argument: "margin" } } },
  ],
});

export const PRICE_GAP = describe({
  id: "PRICE.GAP",
  code: "priceGap",
  name: t("PRICE.GAP", "ECART.PRIX"),
  summary: t("Official price against cost: gap, cost-recovery ratio, subsidy gap and rank of the acts priced furthest below cost.", "Prix officiel face au coût : écart, taux de couverture, besoin de subvention et rang des actes les plus sous-tarifés."),
  result: t("Four columns per row: gap, cost-recovery ratio, subsidy gap, rank (1 = furthest below cost).", "Quatre colonnes par ligne : écart, taux de couverture, besoin de subvention, rang (1 = le plus sous-tarifé)."),
  params: [
    numbers({ id: "prices", name: t("prices", "prix"), description: t("Official tariff of each act or letter key, one column.", "Tarif officiel de chaque acte ou lettre-clé, en une colonne."), type: COST }),
    numbers({ id: "costs", name: t("costs", "coûts"), description: t("Cost of each act or letter-key point, aligned with prices.", "Coût de chaque acte ou point de lettre-clé, aligné sur prix."), type: COST, alignedWith: "prices" }),
  ],
  shape: (s) => [len(s[0]), 4],
  examples: [
    { id: "letters", title: t("K, B and Z against the cost of their point", "K, B et Z face au coût de leur point"), args: [[[100], [60], [40]], [[125], [50], [80]]], result: [[-25, 0.8, 25, 2], [10, 1.2, 0, ""], [-40, 0.5, 40, 1]] },
    { id: "error.negative-price", title: t("A negative price", "Un prix négatif"), args: [[[100], [-60]], [[125], [50]]], error: { code: "negative_value", place: { argument: "prices", row: 2 } } },
  ],
});

export const BREAKEVEN = describe({
  id: "BREAKEVEN",
  code: "breakEven",
  name: t("BREAKEVEN", "SEUIL.RENTABILITE"),
  summary: t("Break-even volume: fixed costs ÷ (price − variable cost per act).", "Seuil de rentabilité en volume : coûts fixes ÷ (prix − coût variable par acte)."),
  result: t("One volume per row of fixedCosts.", "Un volume par ligne de coûts_fixes."),
  params: [
    numbers({ id: "fixedCosts", name: t("fixedCosts", "coûts_fixes"), description: t("Fixed costs of each centre or activity, one column.", "Coûts fixes de chaque centre ou activité, en une colonne."), type: COST }),
    perRow({ id: "prices", name: t("prices", "prix"), description: t("Price per act, one value or one per row.", "Prix par acte, une valeur ou une par ligne."), type: COST, alignedWith: "fixedCosts" }),
    perRow({ id: "variableCosts", name: t("variableCosts", "coûts_variables"), description: t("Variable cost per act, one value or one per row.", "Coût variable par acte, une valeur ou une par ligne."), type: COST, alignedWith: "fixedCosts" }),
    eachDecimals,
  ],
  shape: (s) => [len(s[0]), 1],
  examples: [
    { id: "volume", title: t("Fixed 1,200,000, price 1,500, variable cost 300", "Fixes 1 200 000, prix 1 500, coût variable 300"), args: [[[1200000], [500000]], [[1500], [1000]], 300, 0], result: [[1000], [714]] },
    { id: "error.no-break-even", title: t("A price that does not cover the variable cost", "Un prix qui ne couvre pas le coût variable"), args: [[[1200000]], 300, 300], error: { code: "no_break_even", place: { argument: "prices", row: 1 } } },
  ],
});
