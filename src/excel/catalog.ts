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
  /**
   * Result shape, for spreadsheet engines that size spills before computing:
   * from the argument shapes (null for an omitted argument) and, for the few
   * functions whose length is a number the user gives (a loan's duration),
   * from the scalar arguments' values (undefined where not known).
   */
  shape: (shapes: (Shape | null)[], scalars?: Cell[]) => Shape;
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

const contract = p("contract", "range", t("contract", "contrat"), t("The contract's lines: act code, contract price, contracted volume, optional volume ceiling.", "Les lignes du contrat : code de l'acte, prix contractuel, volume contractuel, plafond de volume facultatif."));
const activity = p("activity", "range", t("activity", "activité"), t("Activity lines: date, act code, quantity, billed unit price, optional reference (patient or invoice, to find duplicates).", "Lignes d'activité : date, code de l'acte, quantité, prix unitaire facturé, référence facultative (patient ou facture, pour trouver les doublons)."));
const periodStart = p("periodStart", "scalar", t("periodStart", "début_période"), t("Optional. First day of the period (lines before it are out of period).", "Facultatif. Premier jour de la période (les lignes antérieures sont hors période)."), true);
const periodEnd = p("periodEnd", "scalar", t("periodEnd", "fin_période"), t("Optional. Last day of the period.", "Facultatif. Dernier jour de la période."), true);
const envelope = p("envelope", "scalar", t("envelope", "enveloppe"), t("Optional. Global envelope capping the amount due.", "Facultatif. Enveloppe globale qui plafonne le montant dû."), true);
const envelopeRule = p("rule", "scalar", t("rule", "règle"), t('Optional. How the envelope caps: "prorata" (default) or "priority" (contract lines in order).', 'Facultatif. Comment l\'enveloppe plafonne : "prorata" (par défaut) ou "priorité" (lignes du contrat dans l\'ordre).'), true);
const currencyDecimals = p("decimals", "scalar", t("decimals", "décimales"), t("Optional. Decimals of the currency (2 = cents, the default; 0 to 3).", "Facultatif. Décimales de la monnaie (2 = centimes, par défaut ; de 0 à 3)."), true);
const services = p("services", "range", t("services", "services"), t("Service lines: date, provider hospital, receiving hospital, service code, quantity.", "Lignes de service : date, hôpital prestataire, hôpital bénéficiaire, code du service, quantité."));
const twinCosts = p("unitCosts", "range", t("unitCosts", "coûts_UO"), t("Cost per unit of each service at each hospital: first row hospital codes, first column service codes.", "Coût unitaire de chaque service dans chaque hôpital : 1re ligne les codes des hôpitaux, 1re colonne les codes des services."));

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
  {
    id: "ACTCOST.LETTER",
    name: t("ACTCOST.LETTER", "COUT.ACTE.LETTRE"),
    summary: t("Cost of each act of a nomenclature: coefficient × cost of a point of its letter key (K, B, Z…) + direct consumables.", "Coût de chaque acte d'une nomenclature : coefficient × coût du point de sa lettre-clé (K, B, Z…) + consommables directs."),
    params: [
      p("letters", "range", t("letters", "lettres"), t("The letter keys, one column.", "Les lettres-clés, en une colonne.")),
      p("pointCosts", "range", t("pointCosts", "coûts_point"), t("Cost of one point of each letter, aligned with letters (e.g. the result of KEYCOST).", "Coût du point de chaque lettre, aligné sur lettres (par ex. le résultat de COUT.LETTRE).")),
      p("actLetters", "range", t("actLetters", "lettres_actes"), t("Letter key of each act of the nomenclature, one column.", "Lettre-clé de chaque acte de la nomenclature, en une colonne.")),
      p("coefficients", "range", t("coefficients", "coefficients"), t("Coefficient of each act (K50 → 50), aligned with actLetters.", "Coefficient de chaque acte (K50 → 50), aligné sur lettres_actes.")),
      p("direct", "range", t("direct", "coûts_directs"), t("Optional. Direct consumables of each act, aligned with actLetters, or one value for all.", "Facultatif. Consommables directs de chaque acte, alignés sur lettres_actes, ou une valeur pour tous."), true),
      decimalsEach,
    ],
    impl: sheet.actCostByLetter,
    shape: (s) => [len(s[2]), 1],
  },
  {
    id: "TARIFF",
    name: t("TARIFF", "TARIF"),
    summary: t("Tariff from cost, margin, market price and affordability ceiling, rounded to a currency step; each factor in its own column.", "Tarif à partir du coût, de la marge, du prix du marché et du plafond de solvabilité, arrondi à un pas monétaire ; chaque facteur dans sa colonne."),
    params: [
      p("costs", "range", t("costs", "coûts"), t("Full cost of each act, one column.", "Coût de revient de chaque acte, en une colonne.")),
      p("margin", "range", t("margin", "marge"), t("Margin over cost (10% = 0.1), one value for all or one per act.", "Marge sur coût (10 % = 0,1), une valeur pour tous ou une par acte.")),
      p("market", "range", t("market", "marché"), t("Optional. Market price of each act (blank = none).", "Facultatif. Prix du marché de chaque acte (vide = aucun)."), true),
      p("ceiling", "range", t("ceiling", "plafond"), t("Optional. What the population can pay for each act (blank = none).", "Facultatif. Ce que la population peut payer pour chaque acte (vide = aucun)."), true),
      p("step", "scalar", t("step", "pas"), t("Optional. Round tariffs to a multiple of this (e.g. 5 or 10); default 0.01.", "Facultatif. Arrondit les tarifs à un multiple de ce pas (par ex. 5 ou 10) ; par défaut 0,01."), true),
      p("loanService", "range", t("loanService", "service_prêt"), t("Optional. Loan service per act added to cost-plus, one value or one per act.", "Facultatif. Service du prêt par acte ajouté au coût majoré, une valeur ou une par acte."), true),
    ],
    impl: sheet.tariff,
    shape: (s) => [len(s[0]), 6],
  },
  {
    id: "PRICE.GAP",
    name: t("PRICE.GAP", "ECART.PRIX"),
    summary: t("Official price against cost: gap, cost-recovery ratio, subsidy gap and rank of the acts priced furthest below cost.", "Prix officiel face au coût : écart, taux de couverture, besoin de subvention et rang des actes les plus sous-tarifés."),
    params: [
      p("prices", "range", t("prices", "prix"), t("Official tariff of each act or letter key, one column.", "Tarif officiel de chaque acte ou lettre-clé, en une colonne.")),
      p("costs", "range", t("costs", "coûts"), t("Cost of each act or letter-key point, aligned with prices.", "Coût de chaque acte ou point de lettre-clé, aligné sur prix.")),
    ],
    impl: sheet.priceGap,
    shape: (s) => [len(s[0]), 4],
  },
  {
    id: "BREAKEVEN",
    name: t("BREAKEVEN", "SEUIL.RENTABILITE"),
    summary: t("Break-even volume: fixed costs ÷ (price − variable cost per act).", "Seuil de rentabilité en volume : coûts fixes ÷ (prix − coût variable par acte)."),
    params: [
      p("fixedCosts", "range", t("fixedCosts", "coûts_fixes"), t("Fixed costs of each centre or activity, one column.", "Coûts fixes de chaque centre ou activité, en une colonne.")),
      p("prices", "range", t("prices", "prix"), t("Price per act, one value or one per row.", "Prix par acte, une valeur ou une par ligne.")),
      p("variableCosts", "range", t("variableCosts", "coûts_variables"), t("Variable cost per act, one value or one per row.", "Coût variable par acte, une valeur ou une par ligne.")),
      decimalsEach,
    ],
    impl: sheet.breakEven,
    shape: (s) => [len(s[0]), 1],
  },
  {
    id: "LOAN.SCHEDULE",
    name: t("LOAN.SCHEDULE", "ECHEANCIER"),
    summary: t("Loan schedule: period, opening balance, interest, principal, payment, closing balance (constant annuity or constant principal, grace years).", "Tableau d'amortissement : période, capital restant dû, intérêts, amortissement, échéance, solde (annuités constantes ou amortissement constant, différé)."),
    params: [
      p("principal", "scalar", t("principal", "capital"), t("Amount lent.", "Montant prêté.")),
      p("annualRate", "scalar", t("annualRate", "taux_annuel"), t("Annual interest rate (5% = 0.05).", "Taux d'intérêt annuel (5 % = 0,05).")),
      p("years", "scalar", t("years", "années"), t("Years of repayment, after the grace years.", "Années de remboursement, après le différé.")),
      p("method", "scalar", t("method", "méthode"), t('Optional. "annuity" (default, "annuités constantes") or "principal" ("amortissement constant").', 'Facultatif. "annuités constantes" (par défaut, "annuity") ou "amortissement constant" ("principal").'), true),
      p("graceYears", "scalar", t("graceYears", "années_différé"), t("Optional. Years of interest only before repayment starts; default 0.", "Facultatif. Années où seuls les intérêts sont payés avant le remboursement ; 0 par défaut."), true),
      p("paymentsPerYear", "scalar", t("paymentsPerYear", "échéances_par_an"), t("Optional. Payments per year (1, 2, 4, 12); default 1.", "Facultatif. Échéances par an (1, 2, 4, 12) ; 1 par défaut."), true),
      p("decimals", "scalar", t("decimals", "décimales"), t("Optional. Rounding of each row; default 2 (cents). The last row absorbs the difference.", "Facultatif. Arrondi de chaque ligne ; 2 par défaut (centimes). La dernière ligne absorbe l'écart."), true),
    ],
    impl: sheet.loanSchedule,
    shape: (_, v) => [(known(v, 2) + known(v, 4, 0)) * known(v, 5, 1), 6],
  },
  {
    id: "FUND.PROJECTION",
    name: t("FUND.PROJECTION", "FONDS.RENOUVELABLE"),
    summary: t("Revolving fund year by year: loans granted as funds allow, repayments due and received, write-offs, balance, outstanding.", "Fonds renouvelable année par année : prêts accordés selon les fonds, remboursements dus et reçus, pertes, solde, encours."),
    params: [
      p("capital", "scalar", t("capital", "capital"), t("Money in the fund at the start.", "Montant du fonds au départ.")),
      p("loanAmount", "scalar", t("loanAmount", "montant_prêt"), t("Amount of each start-up loan.", "Montant de chaque prêt de démarrage.")),
      p("annualRate", "scalar", t("annualRate", "taux_annuel"), t("Annual interest rate of the loans.", "Taux d'intérêt annuel des prêts.")),
      p("years", "scalar", t("years", "années"), t("Years of repayment of each loan, after its grace years.", "Années de remboursement de chaque prêt, après le différé.")),
      p("horizon", "scalar", t("horizon", "horizon"), t("Number of years to project.", "Nombre d'années à projeter.")),
      p("graceYears", "scalar", t("graceYears", "années_différé"), t("Optional. Interest-only years of each loan; default 0.", "Facultatif. Années de différé de chaque prêt ; 0 par défaut."), true),
      p("reserve", "scalar", t("reserve", "réserve"), t("Optional. Balance the fund keeps and does not lend; default 0.", "Facultatif. Solde que le fonds garde sans le prêter ; 0 par défaut."), true),
      p("maxNewLoans", "scalar", t("maxNewLoans", "prêts_max_par_an"), t("Optional. At most this many new loans a year; default no limit.", "Facultatif. Au plus ce nombre de nouveaux prêts par an ; sans limite par défaut."), true),
      p("defaultRate", "scalar", t("defaultRate", "taux_impayés"), t("Optional. Share of what falls due that is not repaid (written off); default 0.", "Facultatif. Part des échéances non remboursée (passée en perte) ; 0 par défaut."), true),
      p("method", "scalar", t("method", "méthode"), t('Optional. "annuity" (default) or "principal".', 'Facultatif. "annuités constantes" (par défaut) ou "amortissement constant".'), true),
      p("decimals", "scalar", t("decimals", "décimales"), t("Optional. Rounding of amounts; default 2.", "Facultatif. Arrondi des montants ; 2 par défaut."), true),
    ],
    impl: sheet.fundProjection,
    shape: (_, v) => [known(v, 4), 9],
  },
  {
    id: "CONTRACT.RECONCILE",
    name: t("CONTRACT.RECONCILE", "CONTRAT.RAPPROCHER"),
    summary: t("Fee-for-service contract, per contract line: realised and accepted volume, billed, due, due after the envelope, volume and price variances, rejected lines.", "Contrat à l'acte, par ligne du contrat : volume réalisé et accepté, facturé, dû, dû après enveloppe, écarts de volume et de prix, lignes rejetées."),
    params: [contract, activity, periodStart, periodEnd, envelope, envelopeRule, currencyDecimals],
    impl: sheet.contractReconcile,
    shape: (s) => [s[0]?.[0] ?? 1, 8],
  },
  {
    id: "CONTRACT.LINES",
    name: t("CONTRACT.LINES", "CONTRAT.LIGNES"),
    summary: t("Fee-for-service contract, per activity line: status (OK, PRICE_DIFFERS, OVER_CEILING, UNKNOWN_CODE, OUT_OF_PERIOD, DUPLICATE…), quantity accepted, amount due.", "Contrat à l'acte, par ligne d'activité : statut (OK, PRICE_DIFFERS, OVER_CEILING, UNKNOWN_CODE, OUT_OF_PERIOD, DUPLICATE…), quantité acceptée, montant dû."),
    params: [contract, activity, periodStart, periodEnd, currencyDecimals],
    impl: sheet.contractLines,
    shape: (s) => [s[1]?.[0] ?? 1, 3],
  },
  {
    id: "CONTRACT.BALANCE",
    name: t("CONTRACT.BALANCE", "CONTRAT.SOLDE"),
    summary: t("Fee-for-service contract summary: billed, due before and after the envelope, advances, balance, and the count of lines accepted, flagged and rejected.", "Synthèse du contrat à l'acte : facturé, dû avant et après enveloppe, avances, solde, et le nombre de lignes acceptées, signalées et rejetées."),
    params: [
      contract,
      activity,
      p("advances", "range", t("advances", "avances"), t("Advances paid during the period, one column.", "Avances versées pendant la période, en une colonne.")),
      periodStart, periodEnd, envelope, envelopeRule, currencyDecimals,
    ],
    impl: sheet.contractBalance,
    shape: () => [9, 1],
  },
  {
    id: "PBF.PAYMENT",
    name: t("PBF.PAYMENT", "FBR.PAIEMENT"),
    summary: t("Performance-based financing, per indicator line: declared-verified gap, quantity paid, amount, quality score and bonus, equity bonus, payment.", "Financement basé sur les résultats, par ligne d'indicateur : écart déclaré-vérifié, quantité payée, montant, score et bonus qualité, bonus d'équité, paiement."),
    params: [
      p("lines", "range", t("lines", "lignes"), t("Six columns: facility, indicator, declared, verified, validated quantity, unit fee.", "Six colonnes : formation sanitaire, indicateur, quantités déclarée, vérifiée, validée, tarif unitaire.")),
      p("tolerance", "scalar", t("tolerance", "tolérance"), t("Optional. Largest declared-verified gap that still pays (5% = 0.05, the default).", "Facultatif. Plus grand écart déclaré-vérifié qui paie encore (5 % = 0,05, par défaut)."), true),
      p("scores", "range", t("scores", "scores"), t("Optional. Two columns: facility, quality score (80% = 0.8).", "Facultatif. Deux colonnes : formation sanitaire, score qualité (80 % = 0,8)."), true),
      p("bands", "range", t("bands", "paliers"), t("Optional. Two columns: lowest score of the band, bonus (+30% = 0.3, −10% = −0.1).", "Facultatif. Deux colonnes : score minimal du palier, bonus (+30 % = 0,3, −10 % = −0,1)."), true),
      p("equity", "range", t("equity", "équité"), t("Optional. Two columns: facility, equity bonus (remote facilities).", "Facultatif. Deux colonnes : formation sanitaire, bonus d'équité (structures isolées)."), true),
      currencyDecimals,
    ],
    impl: sheet.pbfPayment,
    shape: (s) => [s[0]?.[0] ?? 1, 7],
  },
  {
    id: "CLAIMS.SETTLE",
    name: t("CLAIMS.SETTLE", "PRESTATIONS.REGLER"),
    summary: t("Mutual-insurance convention, per claim line: billed, base, deductible, payer share, patient share and the rules that limited it.", "Convention de mutuelle, par ligne de prestation : facturé, base, franchise, part de la mutuelle, part du patient et les règles qui l'ont limitée."),
    params: [
      p("claims", "range", t("claims", "prestations"), t("Five columns: date, beneficiary, act code, quantity, billed unit price.", "Cinq colonnes : date, bénéficiaire, code de l'acte, quantité, prix unitaire facturé.")),
      p("priceList", "range", t("priceList", "tarifs"), t("The convention's price list: act code, price, care type.", "Les tarifs de la convention : code de l'acte, prix, type de soins.")),
      p("careTypes", "range", t("careTypes", "types_soins"), t("Per care type: code, coverage rate, flat co-payment per act, ceiling per beneficiary, price cap (1 = the convention price).", "Par type de soins : code, taux de prise en charge, ticket forfaitaire par acte, plafond par bénéficiaire, prix plafond (1 = le prix de la convention).")),
      p("members", "range", t("members", "adhérents"), t("Beneficiaries: id, date joined, contributions paid up to (blank = up to date).", "Bénéficiaires : identifiant, date d'adhésion, cotisations payées jusqu'au (vide = à jour).")),
      p("deductible", "scalar", t("deductible", "franchise"), t("Optional. Deductible per beneficiary for the period; default 0.", "Facultatif. Franchise par bénéficiaire pour la période ; 0 par défaut."), true),
      p("generalCeiling", "scalar", t("generalCeiling", "plafond_général"), t("Optional. Most the payer pays per beneficiary for the period.", "Facultatif. Ce que la mutuelle paie au plus par bénéficiaire pour la période."), true),
      p("waitingDays", "scalar", t("waitingDays", "délai_carence"), t("Optional. Waiting period after joining, in days; default 0.", "Facultatif. Délai de carence après l'adhésion, en jours ; 0 par défaut."), true),
      periodStart,
      periodEnd,
      p("othersPaid", "range", t("othersPaid", "déjà_payé"), t("Optional. What another payer already covered on each claim line (a complementary cover tops it up).", "Facultatif. Ce qu'un autre payeur a déjà couvert sur chaque ligne (une couverture complémentaire le complète)."), true),
      currencyDecimals,
    ],
    impl: sheet.claimsSettle,
    shape: (s) => [s[0]?.[0] ?? 1, 6],
  },
  {
    id: "TWINNING.VALUE",
    name: t("TWINNING.VALUE", "JUMELAGE.VALORISER"),
    summary: t("Twinning convention, per service line: the provider's cost per unit of work and the value of the service.", "Convention de jumelage, par ligne de service : coût de l'unité d'œuvre du prestataire et valeur du service."),
    params: [services, twinCosts, currencyDecimals],
    impl: sheet.twinningValue,
    shape: (s) => [s[0]?.[0] ?? 1, 2],
  },
  {
    id: "TWINNING.SETTLE",
    name: t("TWINNING.SETTLE", "JUMELAGE.SOLDER"),
    summary: t("Twinning convention, per period: what A provided to B, what B provided to A, and the net B owes A.", "Convention de jumelage, par période : ce que A a fourni à B, ce que B a fourni à A, et le net dû par B à A."),
    params: [
      services,
      twinCosts,
      p("hospitalA", "scalar", t("hospitalA", "hôpital_A"), t("Code of hospital A.", "Code de l'hôpital A.")),
      p("hospitalB", "scalar", t("hospitalB", "hôpital_B"), t("Code of hospital B.", "Code de l'hôpital B.")),
      p("periodStarts", "range", t("periodStarts", "débuts_périodes"), t("First day of each period (e.g. each month), one column in order.", "Premier jour de chaque période (par ex. chaque mois), en une colonne, dans l'ordre.")),
      currencyDecimals,
    ],
    impl: sheet.twinningSettle,
    shape: (s) => [len(s[4]), 4],
  },
];

/** A whole-number argument known before computing, with its default; an unknown one cannot size the result. */
function known(scalars: Cell[] | undefined, i: number, fallback?: number): number {
  const v = scalars?.[i];
  if (v === undefined || v === null || v === "") {
    if (fallback !== undefined) return fallback;
    throw new Error("the result size depends on an argument whose value is not known");
  }
  return Number(v);
}

export function findFunction(id: string): FunctionSpec | undefined {
  return CATALOG.find((f) => f.id === id);
}
