import { Cell, Range } from "./cells";
import * as sheet from "./sheetFunctions";

/**
 * The one registry of our Excel functions. The custom functions
 * (functions/functions.ts), the French metadata, the task pane's function
 * list, the reference pages' checks and the test spreadsheet engine are all
 * derived from, or checked against, this table.
 */

export const NAMESPACE = "HISAB";

export interface Text {
  en: string;
  fr: string;
}

export interface ParamSpec {
  /** Parameter name in the English metadata (and in functions.ts). */
  id: string;
  /** "range": a table or column (matrix); "scalar": one value. */
  kind: "range" | "scalar";
  optional?: boolean;
  name: Text;
  description: Text;
}

export type Shape = readonly [rows: number, cols: number];

export interface FunctionSpec {
  /** Function id and English name, as stored in workbooks: never change it. */
  id: string;
  /** Name users type, per language (without the namespace). */
  name: Text;
  /** One line: what it gives. */
  summary: Text;
  params: ParamSpec[];
  /** Pure implementation: Excel's 2-D arrays in, a 2-D array out; throws DomainError on bad input. */
  impl: (...args: (Range | Cell)[]) => Cell[][];
  /** Result shape from argument shapes alone (null for an omitted argument), for spreadsheet engines that size spills before computing. */
  shape: (shapes: (Shape | null)[]) => Shape;
}

const t = (en: string, fr: string): Text => ({ en, fr });
const p = (id: string, kind: ParamSpec["kind"], name: Text, description: Text, optional = false): ParamSpec => ({ id, kind, optional, name, description });

/** Length of a one-column (or one-row) argument. */
const len = (s: Shape | null): number => (s ? Math.max(s[0], s[1]) : 0);

const centres = p("centres", "range", t("centres", "centres"), t("Codes of all cost centres, one column.", "Codes de tous les centres de coût, en une colonne."));
const decimals = p("decimals", "scalar", t("decimals", "décimales"), t("Optional. Round results to this many decimals; rounded results still add up to the rounded total.", "Facultatif. Arrondit les résultats à ce nombre de décimales ; les résultats arrondis totalisent toujours le total arrondi."), true);
const decimalsEach = p("decimals", "scalar", t("decimals", "décimales"), t("Optional. Round each result to this many decimals (half away from zero).", "Facultatif. Arrondit chaque résultat à ce nombre de décimales (au plus proche, 0,5 vers le haut)."), true);
const method = p("method", "scalar", t("method", "méthode"), t('Optional. "direct", "step" (default) or "reciprocal" (also "directe", "cascade", "réciproque").', 'Facultatif. "directe", "cascade" (par défaut) ou "réciproque" (ou "direct", "step", "reciprocal").'), true);
const order = p("order", "range", t("order", "ordre"), t("Optional. Step-down only: the support centres in closing order; default the row order of keys.", "Facultatif. Cascade seulement : les centres auxiliaires dans l'ordre de clôture ; par défaut l'ordre des lignes des clés."), true);
const costs = p("costs", "range", t("costs", "coûts"), t("Cost of each centre before secondary distribution, aligned with centres.", "Coût de chaque centre avant répartition secondaire, aligné sur centres."));
const keys = p("keys", "range", t("keys", "clés"), t("Secondary keys: first row receiving centres, first column support centres, drivers or percentages in the body (blank = 0).", "Clés secondaires : 1re ligne les centres receveurs, 1re colonne les centres auxiliaires, inducteurs ou pourcentages dans le corps (vide = 0)."));

export const CATALOG: readonly FunctionSpec[] = [
  {
    id: "ALLOCATE",
    name: t("ALLOCATE", "REPARTIR"),
    summary: t("Secondary distribution: each centre's cost after support centres are allocated (direct, step-down or reciprocal).", "Répartition secondaire : coût de chaque centre après répartition des centres auxiliaires (directe, en cascade ou réciproque)."),
    params: [centres, costs, keys, method, order, decimals],
    impl: sheet.allocate,
    shape: (s) => [len(s[0]), 1],
  },
  {
    id: "ALLOCATION.FLOWS",
    name: t("ALLOCATION.FLOWS", "FLUX.REPARTITION"),
    summary: t("What each support centre sends to each centre: one row per support centre, one column per centre.", "Ce que chaque centre auxiliaire cède à chaque centre : une ligne par centre auxiliaire, une colonne par centre."),
    params: [centres, costs, keys, method, order, decimals],
    impl: sheet.allocationFlows,
    shape: (s) => [Math.max((s[2]?.[0] ?? 1) - 1, 1), len(s[0])],
  },
  {
    id: "PRIMARY",
    name: t("PRIMARY", "PRIMAIRE"),
    summary: t("Primary distribution: expense lines spread over the centres by named keys, total per centre.", "Répartition primaire : les charges réparties sur les centres par des clés nommées, total par centre."),
    params: [
      centres,
      p("amounts", "range", t("amounts", "montants"), t("Amount of each expense line, one column.", "Montant de chaque ligne de charges, en une colonne.")),
      p("keyNames", "range", t("keyNames", "clés_lignes"), t("For each expense line, the name of its key (a row of keyTable).", "Pour chaque ligne de charges, le nom de sa clé (une ligne de table_clés).")),
      p("keyTable", "range", t("keyTable", "table_clés"), t("Primary keys: first row centre codes, first column key names, drivers or percentages in the body.", "Clés primaires : 1re ligne les codes des centres, 1re colonne les noms des clés, inducteurs ou pourcentages dans le corps.")),
      decimals,
    ],
    impl: sheet.primary,
    shape: (s) => [len(s[0]), 1],
  },
  {
    id: "SPREAD",
    name: t("SPREAD", "VENTILER"),
    summary: t("Spreads each amount over the columns in proportion to its own drivers or percentages: the detailed distribution table.", "Ventile chaque montant sur les colonnes au prorata de ses propres inducteurs ou pourcentages : le tableau de répartition détaillé."),
    params: [
      p("amounts", "range", t("amounts", "montants"), t("Amount of each line, one column.", "Montant de chaque ligne, en une colonne.")),
      p("drivers", "range", t("drivers", "inducteurs"), t("One row per amount: its drivers or percentages per column (blank = 0).", "Une ligne par montant : ses inducteurs ou pourcentages par colonne (vide = 0).")),
      decimals,
    ],
    impl: sheet.spread,
    shape: (s) => [s[1]?.[0] ?? 1, s[1]?.[1] ?? 1],
  },
  {
    id: "UNITCOST",
    name: t("UNITCOST", "COUT.UO"),
    summary: t("Cost per unit of work of each centre: cost after secondary distribution ÷ units produced.", "Coût de l'unité d'œuvre de chaque centre : coût après répartition secondaire ÷ unités produites."),
    params: [
      centres,
      p("costs", "range", t("costs", "coûts"), t("Cost of each centre after secondary distribution (e.g. the result of ALLOCATE).", "Coût de chaque centre après répartition secondaire (par ex. le résultat de REPARTIR).")),
      p("units", "range", t("units", "unités"), t("Units of work produced by each centre (patient-days, tests, meals…); blank where none.", "Unités d'œuvre produites par chaque centre (journées, examens, repas…) ; vide s'il n'y en a pas.")),
      decimalsEach,
    ],
    impl: sheet.unitCost,
    shape: (s) => [len(s[0]), 1],
  },
  {
    id: "KEYCOST",
    name: t("KEYCOST", "COUT.LETTRE"),
    summary: t("Cost of one letter-key point (K, B, Z…): cost of the producing centre ÷ Σ coefficient × number of acts.", "Coût du point de lettre-clé (K, B, Z…) : coût du centre producteur ÷ Σ coefficient × nombre d'actes."),
    params: [
      p("letters", "range", t("letters", "lettres"), t("The letter keys, one column.", "Les lettres-clés, en une colonne.")),
      p("costs", "range", t("costs", "coûts"), t("Cost of the centre that produces each letter, aligned with letters.", "Coût du centre qui produit chaque lettre, aligné sur lettres.")),
      p("actLetters", "range", t("actLetters", "lettres_actes"), t("Letter key of each act performed, one column.", "Lettre-clé de chaque acte réalisé, en une colonne.")),
      p("coefficients", "range", t("coefficients", "coefficients"), t("Coefficient of each act (K50 → 50), aligned with actLetters.", "Coefficient de chaque acte (K50 → 50), aligné sur lettres_actes.")),
      p("volumes", "range", t("volumes", "volumes"), t("Number of each act performed, aligned with actLetters.", "Nombre de chaque acte réalisé, aligné sur lettres_actes.")),
      decimalsEach,
    ],
    impl: sheet.keyCost,
    shape: (s) => [len(s[0]), 1],
  },
  {
    id: "ACTCOST",
    name: t("ACTCOST", "COUT.ACTE"),
    summary: t("Full cost of each act: Σ units it uses in each centre × cost per unit, plus its direct consumables.", "Coût de revient de chaque acte : Σ unités consommées dans chaque centre × coût de l'UO, plus ses consommables directs."),
    params: [
      centres,
      p("unitCosts", "range", t("unitCosts", "coûts_UO"), t("Cost per unit of work of each centre, aligned with centres (e.g. the result of UNITCOST).", "Coût de l'unité d'œuvre de chaque centre, aligné sur centres (par ex. le résultat de COUT.UO).")),
      p("consumption", "range", t("consumption", "consommations"), t("Units used per act: first row centre codes, first column act codes, units in the body.", "Unités consommées par acte : 1re ligne les codes des centres, 1re colonne les codes des actes, unités dans le corps.")),
      p("direct", "range", t("direct", "coûts_directs"), t("Optional. Direct consumables of each act, aligned with the acts of consumption.", "Facultatif. Consommables directs de chaque acte, alignés sur les actes de consommations."), true),
      decimalsEach,
    ],
    impl: sheet.actCost,
    shape: (s) => [Math.max((s[2]?.[0] ?? 1) - 1, 1), 1],
  },
];

export function findFunction(id: string): FunctionSpec | undefined {
  return CATALOG.find((f) => f.id === id);
}
