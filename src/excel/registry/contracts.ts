import type { EnvelopeRule } from "../../engine/contracts/feeForService";
import { t, Text } from "../language";
import { MAX_PRICE_CAP, MAX_WAITING_DAYS } from "../limits";
import { choice, code, dates, describe, distinct, labelled, lines, numbers, period, table, TableColumn, value } from "../params";
import { currencyDecimals, DATE, len, PRICE, QUANTITY, SHARE } from "./common";

/** Contracts: fee-for-service reconciliation, performance-based financing, mutual-insurance claims, twinning. */

const column = (en: string, fr: string, type: TableColumn["type"], blank: TableColumn["blank"]): TableColumn => ({ name: t(en, fr), type, blank });
const CODE = { type: "code" } as const;

const contract = table({
  id: "contract",
  name: t("contract", "contrat"),
  description: t("The contract's lines: act code, contract price, contracted volume, optional volume ceiling.", "Les lignes du contrat : code de l'acte, prix contractuel, volume contractuel, plafond de volume facultatif."),
  columns: [column("act code", "code de l'acte", CODE, "required"), column("contract price", "prix contractuel", PRICE, "zero"), column("contracted volume", "volume contractuel", QUANTITY, "zero"), column("volume ceiling", "plafond de volume", QUANTITY, "none")],
  minColumns: 3,
  key: "unique",
});
const activity = lines({
  id: "activity",
  name: t("activity", "activité"),
  description: t("Activity lines: date, act code, quantity, billed unit price, optional reference (patient or invoice, to find duplicates).", "Lignes d'activité : date, code de l'acte, quantité, prix unitaire facturé, référence facultative (patient ou facture, pour trouver les doublons)."),
  columns: [column("date", "date", DATE, "required"), column("act code", "code de l'acte", CODE, "required"), column("quantity", "quantité", QUANTITY, "required"), column("billed unit price", "prix unitaire facturé", PRICE, "none"), column("reference", "référence", { type: "text" }, "none")],
  minColumns: 4,
  statuses: t("A line the contract cannot accept keeps its place with a status (BAD_DATE, BAD_QUANTITY, BAD_PRICE, UNKNOWN_CODE…), never an error; a blank price is the contract price.", "Une ligne que le contrat ne peut accepter garde sa place avec un statut (BAD_DATE, BAD_QUANTITY, BAD_PRICE, UNKNOWN_CODE…), jamais une erreur ; un prix vide est le prix du contrat."),
});
const periodStart = value({ id: "periodStart", name: t("periodStart", "début_période"), description: t("Optional. First day of the period (lines before it are out of period).", "Facultatif. Premier jour de la période (les lignes antérieures sont hors période)."), type: DATE, optional: true });
const periodEnd = value({ id: "periodEnd", name: t("periodEnd", "fin_période"), description: t("Optional. Last day of the period.", "Facultatif. Dernier jour de la période."), type: DATE, optional: true });
const envelope = value({ id: "envelope", name: t("envelope", "enveloppe"), description: t("Optional. Global envelope capping the amount due.", "Facultatif. Enveloppe globale qui plafonne le montant dû."), type: PRICE, optional: true });

const ENVELOPE_WORDS: Record<string, EnvelopeRule> = {
  prorata: "prorata", proportional: "prorata", proportionnel: "prorata", proportionnelle: "prorata",
  priority: "priority", priorite: "priority", order: "priority", ordre: "priority",
};
const rule = choice({
  id: "rule",
  name: t("rule", "règle"),
  description: t('Optional. How the envelope caps: "prorata" (default) or "priority" (contract lines in order).', 'Facultatif. Comment l\'enveloppe plafonne : "prorata" (par défaut) ou "priorité" (lignes du contrat dans l\'ordre).'),
  words: ENVELOPE_WORDS,
  fallback: "prorata",
  shown: t('"prorata" (default) or "priority" ("priorité")', '"prorata" (par défaut) ou "priorité" ("priority")'),
  error: "unknown_rule",
});
const periodChecks = [period("periodStart", "periodEnd")];

const JAN1 = 46023; // 1 January 2026
const CNAS = {
  contract: [["CS", 1000, 100, ""], ["ECHO", 3500, 20, 25], ["APPEND", 85000, 10, ""]],
  activity: [[JAN1, "CS", 3, 1000, "A"], [JAN1 + 1, "CS", 2, 1200, "B"], [JAN1 + 2, "ECHO", 30, 3500, "C"], [JAN1 + 3, "APPEND", 1, 85000, "D"], [JAN1 + 4, "IRM", 1, 9000, "E"]],
};

export const CONTRACT_RECONCILE = describe({
  id: "CONTRACT.RECONCILE",
  code: "contractReconcile",
  name: t("CONTRACT.RECONCILE", "CONTRAT.RAPPROCHER"),
  summary: t("Fee-for-service contract, per contract line: realised and accepted volume, billed, due, due after the envelope, volume and price variances, rejected lines.", "Contrat à l'acte, par ligne du contrat : volume réalisé et accepté, facturé, dû, dû après enveloppe, écarts de volume et de prix, lignes rejetées."),
  result: t("One row per contract line, eight columns: realised volume, accepted volume, billed, due, due after envelope, volume variance, price variance, rejected lines.", "Une ligne par ligne du contrat, huit colonnes : volume réalisé, volume accepté, facturé, dû, dû après enveloppe, écart de volume, écart de prix, lignes rejetées."),
  params: [contract, activity, periodStart, periodEnd, envelope, rule, currencyDecimals],
  checks: periodChecks,
  shape: (s) => [s[0]?.[0] ?? 1, 8],
  largeTables: "reconcileLargeTable",
  examples: [
    {
      id: "envelope",
      title: t("Five activity lines against three contract lines, within an envelope of 100,000 paid pro rata", "Cinq lignes d'activité face à trois lignes de contrat, dans une enveloppe de 100 000 payée au prorata"),
      args: [CNAS.contract, CNAS.activity, JAN1, JAN1 + 30, 100000],
      result: [[5, 5, 5400, 5000, 2816.9, -95000, 400, 0], [30, 25, 105000, 87500, 49295.78, 35000, 0, 0], [1, 1, 85000, 85000, 47887.32, -765000, 0, 0]],
    },
    { id: "error.period", title: t("A period that ends before it starts", "Une période qui finit avant de commencer"), args: [CNAS.contract, CNAS.activity, JAN1 + 30, JAN1], error: { code: "bad_period", place: { argument: "periodEnd" } } },
    { id: "error.negative-envelope", title: t("A negative envelope", "Une enveloppe négative"), args: [CNAS.contract, CNAS.activity, null, null, -1], error: { code: "negative_value", place: { argument: "envelope" } } },
    { id: "error.columns", title: t("An activity table with too few columns", "Un tableau d'activité avec trop peu de colonnes"), args: [CNAS.contract, CNAS.activity.map((line) => line.slice(0, 3))], error: { code: "shape_mismatch", place: { argument: "activity" } } },
  ],
});

export const CONTRACT_LINES = describe({
  id: "CONTRACT.LINES",
  code: "contractLines",
  name: t("CONTRACT.LINES", "CONTRAT.LIGNES"),
  summary: t("Fee-for-service contract, per activity line: status (OK, PRICE_DIFFERS, OVER_CEILING, UNKNOWN_CODE, OUT_OF_PERIOD, DUPLICATE…), quantity accepted, amount due.", "Contrat à l'acte, par ligne d'activité : statut (OK, PRICE_DIFFERS, OVER_CEILING, UNKNOWN_CODE, OUT_OF_PERIOD, DUPLICATE…), quantité acceptée, montant dû."),
  result: t("One row per activity line: status, quantity accepted, amount due.", "Une ligne par ligne d'activité : statut, quantité acceptée, montant dû."),
  params: [contract, activity, periodStart, periodEnd, currencyDecimals],
  checks: periodChecks,
  shape: (s) => [s[1]?.[0] ?? 1, 3],
  largeTables: "reconcileLargeTable",
  examples: [
    {
      id: "statuses",
      title: t("Each line's status: accepted, billed at another price, past its ceiling, unknown act", "Le statut de chaque ligne : acceptée, facturée à un autre prix, au-delà du plafond, acte inconnu"),
      args: [CNAS.contract, CNAS.activity, JAN1, JAN1 + 30],
      result: [["OK", 3, 3000], ["PRICE_DIFFERS", 2, 2000], ["OVER_CEILING", 25, 87500], ["OK", 1, 85000], ["UNKNOWN_CODE", 0, 0]],
    },
    { id: "error.decimals", title: t("A currency with 4 decimals", "Une monnaie à 4 décimales"), args: [CNAS.contract, CNAS.activity, null, null, 4], error: { code: "bad_decimals", place: { argument: "decimals" } } },
  ],
});

export const CONTRACT_BALANCE = describe({
  id: "CONTRACT.BALANCE",
  code: "contractBalance",
  name: t("CONTRACT.BALANCE", "CONTRAT.SOLDE"),
  summary: t("Fee-for-service contract summary: billed, due before and after the envelope, advances, balance, and the count of lines accepted, flagged and rejected.", "Synthèse du contrat à l'acte : facturé, dû avant et après enveloppe, avances, solde, et le nombre de lignes acceptées, signalées et rejetées."),
  result: t("Nine values in a column: billed, due before envelope, envelope, due, advances, balance, lines accepted, flagged, rejected.", "Neuf valeurs en colonne : facturé, dû avant enveloppe, enveloppe, dû, avances, solde, lignes acceptées, signalées, rejetées."),
  params: [
    contract,
    activity,
    numbers({ id: "advances", name: t("advances", "avances"), description: t("Advances paid during the period, one column.", "Avances versées pendant la période, en une colonne."), type: { type: "amount", sign: "any", currency: true } }),
    periodStart,
    periodEnd,
    envelope,
    rule,
    currencyDecimals,
  ],
  checks: periodChecks,
  shape: () => [9, 1],
  largeTables: "reconcileLargeTable",
  examples: [
    { id: "balance", title: t("The balance to sign: due within the envelope, less two advances", "Le solde à signer : le dû dans l'enveloppe, moins deux avances"), args: [CNAS.contract, CNAS.activity, [[50000], [20000]], JAN1, JAN1 + 30, 100000], result: [[195400], [177500], [100000], [100000], [70000], [30000], [2], [2], [1]] },
    { id: "error.advance-as-text", title: t("An advance typed as text", "Une avance saisie comme du texte"), args: [CNAS.contract, CNAS.activity, [[50000], ["20 000"]]], error: { code: "number_as_text", place: { argument: "advances", row: 2 } } },
  ],
});

const byFacility = <const Id extends string>(id: Id, name: Text, description: Text, valueColumn: TableColumn) =>
  table({ id, name, description, columns: [column("facility", "formation sanitaire", CODE, "required"), valueColumn], minColumns: 2, key: "unique", optional: true });

export const PBF_PAYMENT = describe({
  id: "PBF.PAYMENT",
  code: "pbfPayment",
  name: t("PBF.PAYMENT", "FBR.PAIEMENT"),
  summary: t("Performance-based financing, per indicator line: declared-verified gap, quantity paid, amount, quality score and bonus, equity bonus, payment.", "Financement basé sur les résultats, par ligne d'indicateur : écart déclaré-vérifié, quantité payée, montant, score et bonus qualité, bonus d'équité, paiement."),
  result: t("One row per indicator line, seven columns: gap, quantity paid, amount, quality score, quality bonus, equity bonus, payment.", "Une ligne par ligne d'indicateur, sept colonnes : écart, quantité payée, montant, score qualité, bonus qualité, bonus d'équité, paiement."),
  params: [
    table({
      id: "lines",
      name: t("lines", "lignes"),
      description: t("Six columns: facility, indicator, declared, verified, validated quantity, unit fee.", "Six colonnes : formation sanitaire, indicateur, quantités déclarée, vérifiée, validée, tarif unitaire."),
      columns: [column("facility", "formation sanitaire", CODE, "required"), column("indicator", "indicateur", { type: "text" }, "none"), column("declared", "déclarée", QUANTITY, "none"), column("verified", "vérifiée", QUANTITY, "none"), column("validated", "validée", QUANTITY, "none"), column("unit fee", "tarif unitaire", PRICE, "zero")],
      minColumns: 6,
      key: "repeated",
      emptyAllowed: true,
    }),
    value({ id: "tolerance", name: t("tolerance", "tolérance"), description: t("Optional. Largest declared-verified gap that still pays (5% = 0.05, the default).", "Facultatif. Plus grand écart déclaré-vérifié qui paie encore (5 % = 0,05, par défaut)."), type: SHARE, default: 0.05 }),
    byFacility("scores", t("scores", "scores"), t("Optional. Two columns: facility, quality score (80% = 0.8).", "Facultatif. Deux colonnes : formation sanitaire, score qualité (80 % = 0,8)."), column("quality score", "score qualité", SHARE, "none")),
    table({
      id: "bands",
      name: t("bands", "paliers"),
      description: t("Optional. Two columns: lowest score of the band, bonus (+30% = 0.3, −10% = −0.1).", "Facultatif. Deux colonnes : score minimal du palier, bonus (+30 % = 0,3, −10 % = −0,1)."),
      columns: [column("lowest score", "score minimal", SHARE, "zero"), column("bonus", "bonus", { type: "rate", min: -1, max: 1 }, "zero")],
      minColumns: 2,
      key: "none",
      optional: true,
    }),
    byFacility("equity", t("equity", "équité"), t("Optional. Two columns: facility, equity bonus (remote facilities).", "Facultatif. Deux colonnes : formation sanitaire, bonus d'équité (structures isolées)."), column("equity bonus", "bonus d'équité", SHARE, "zero")),
    currencyDecimals,
  ],
  shape: (s) => [s[0]?.[0] ?? 1, 7],
  examples: [
    {
      id: "bands",
      title: t("Three facilities: a small gap pays, a large one does not; quality bands and an equity bonus", "Trois formations : un petit écart paie, un grand non ; paliers de qualité et bonus d'équité"),
      args: [[["CSI-A", "ANC", 100, 98, 98, 500], ["CSI-B", "ANC", 100, 90, 90, 500], ["CSI-C", "ANC", 50, 50, "", 500]], 0.05, [["CSI-A", 0.85], ["CSI-B", 0.9], ["CSI-C", 0.4]], [[0.8, 0.3], [0, -0.1], [0.5, 0]], [["CSI-C", 0.2]]],
      result: [[2 / 98, 98, 49000, 0.85, 0.3, 0, 63700], [10 / 90, 0, 0, 0.9, 0.3, 0, 0], [0, 50, 25000, 0.4, -0.1, 0.2, 27500]],
    },
    { id: "error.tolerance", title: t("A tolerance typed 5 instead of 5%", "Une tolérance saisie 5 au lieu de 5 %"), args: [[["CSI-A", "ANC", 100, 98, 98, 500]], 5], error: { code: "rate_out_of_range", place: { argument: "tolerance" } } },
    { id: "error.negative-fee", title: t("A negative unit fee", "Un tarif unitaire négatif"), args: [[["CSI-A", "ANC", 100, 98, 98, -500]]], error: { code: "negative_value", place: { argument: "lines", row: 1, column: 6, code: "CSI-A" } } },
  ],
});

export const CLAIMS_SETTLE = describe({
  id: "CLAIMS.SETTLE",
  code: "claimsSettle",
  name: t("CLAIMS.SETTLE", "PRESTATIONS.REGLER"),
  summary: t("Mutual-insurance convention, per claim line: billed, base, deductible, payer share, patient share and the rules that limited it.", "Convention de mutuelle, par ligne de prestation : facturé, base, franchise, part de la mutuelle, part du patient et les règles qui l'ont limitée."),
  result: t("One row per claim line, six columns: billed, base, deductible, payer share, patient share, reasons.", "Une ligne par ligne de prestation, six colonnes : facturé, base, franchise, part de la mutuelle, part du patient, motifs."),
  params: [
    lines({
      id: "claims",
      name: t("claims", "prestations"),
      description: t("Five columns: date, beneficiary, act code, quantity, billed unit price.", "Cinq colonnes : date, bénéficiaire, code de l'acte, quantité, prix unitaire facturé."),
      columns: [column("date", "date", DATE, "required"), column("beneficiary", "bénéficiaire", CODE, "required"), column("act code", "code de l'acte", CODE, "required"), column("quantity", "quantité", QUANTITY, "required"), column("billed unit price", "prix unitaire facturé", PRICE, "none")],
      minColumns: 5,
      statuses: t("A line the convention cannot pay keeps its place with its reason (BAD_DATE, BAD_QUANTITY, BAD_PRICE, UNKNOWN_ACT…), never an error; a blank price is the convention price.", "Une ligne que la convention ne peut payer garde sa place avec son motif (BAD_DATE, BAD_QUANTITY, BAD_PRICE, UNKNOWN_ACT…), jamais une erreur ; un prix vide est le prix de la convention."),
    }),
    table({
      id: "priceList",
      name: t("priceList", "tarifs"),
      description: t("The convention's price list: act code, price, care type.", "Les tarifs de la convention : code de l'acte, prix, type de soins."),
      columns: [column("act code", "code de l'acte", CODE, "required"), column("price", "prix", PRICE, "zero"), column("care type", "type de soins", CODE, "required")],
      minColumns: 3,
      key: "unique",
      emptyAllowed: true,
    }),
    table({
      id: "careTypes",
      name: t("careTypes", "types_soins"),
      description: t("Per care type: code, coverage rate, flat co-payment per act, ceiling per beneficiary, price cap (1 = the convention price).", "Par type de soins : code, taux de prise en charge, ticket forfaitaire par acte, plafond par bénéficiaire, prix plafond (1 = le prix de la convention)."),
      columns: [
        column("care type", "type de soins", CODE, "required"),
        column("coverage rate", "taux de prise en charge", SHARE, "zero"),
        column("flat co-payment per act", "ticket forfaitaire par acte", PRICE, "zero"),
        column("ceiling per beneficiary", "plafond par bénéficiaire", PRICE, "none"),
        column("price cap", "prix plafond", { type: "rate", min: 0, max: MAX_PRICE_CAP }, { default: 1 }),
      ],
      minColumns: 2,
      key: "unique",
      emptyAllowed: true,
    }),
    table({
      id: "members",
      name: t("members", "adhérents"),
      description: t("Beneficiaries: id, date joined, contributions paid up to (blank = up to date).", "Bénéficiaires : identifiant, date d'adhésion, cotisations payées jusqu'au (vide = à jour)."),
      columns: [column("beneficiary", "bénéficiaire", CODE, "required"), column("date joined", "date d'adhésion", DATE, "none"), column("paid up to", "cotisations payées jusqu'au", DATE, "none")],
      minColumns: 1,
      key: "unique",
      emptyAllowed: true,
    }),
    value({ id: "deductible", name: t("deductible", "franchise"), description: t("Optional. Deductible per beneficiary for the period; default 0.", "Facultatif. Franchise par bénéficiaire pour la période ; 0 par défaut."), type: PRICE, default: 0 }),
    value({ id: "generalCeiling", name: t("generalCeiling", "plafond_général"), description: t("Optional. Most the payer pays per beneficiary for the period.", "Facultatif. Ce que la mutuelle paie au plus par bénéficiaire pour la période."), type: PRICE, optional: true }),
    value({ id: "waitingDays", name: t("waitingDays", "délai_carence"), description: t("Optional. Waiting period after joining, in days; default 0.", "Facultatif. Délai de carence après l'adhésion, en jours ; 0 par défaut."), type: { type: "count", min: 0, max: MAX_WAITING_DAYS }, default: 0 }),
    periodStart,
    periodEnd,
    numbers({ id: "othersPaid", name: t("othersPaid", "déjà_payé"), description: t("Optional. What another payer already covered on each claim line (a complementary cover tops it up).", "Facultatif. Ce qu'un autre payeur a déjà couvert sur chaque ligne (une couverture complémentaire le complète)."), type: PRICE, alignedWith: "claims", keepsRows: false, optional: true }),
    currencyDecimals,
  ],
  checks: periodChecks,
  shape: (s) => [s[0]?.[0] ?? 1, 6],
  largeTables: "reconcileLargeTable",
  examples: [
    {
      id: "statutory",
      title: t("A consultation billed 50 at a tariff of 23, covered at 70% less a flat fee of 1", "Une consultation facturée 50 pour un tarif de 23, prise en charge à 70 % moins une participation de 1"),
      args: [[[46000, "M1", "CONSULT", 1, 50]], [["CONSULT", 23, "C"]], [["C", 0.7, 1, "", ""]], [["M1", "", ""]]],
      result: [[50, 23, 0, 15.1, 34.9, "PRICE, RATE, COPAY"]],
    },
    {
      id: "complementary",
      title: t("The same consultation, then a complementary cover capped at 200% of the tariff, 16.10 being already covered (15.10 paid, the flat fee of 1 not refundable)", "La même consultation, puis une complémentaire plafonnée à 200 % du tarif, 16,10 étant déjà couverts (15,10 payés, la participation de 1 non remboursable)"),
      args: [[[46000, "M1", "CONSULT", 1, 50]], [["CONSULT", 23, "C"]], [["C", 1, 0, "", 2]], [["M1", "", ""]], null, null, null, null, null, [[16.1]]],
      result: [[50, 46, 0, 29.9, 4, "PRICE, OTHER_PAYER"]],
    },
    { id: "error.rate-typed-as-80", title: t("A coverage rate typed 80 instead of 80%", "Un taux de prise en charge saisi 80 au lieu de 80 %"), args: [[[46000, "M1", "CONSULT", 1, 50]], [["CONSULT", 23, "C"]], [["C", 80, 0, "", ""]], [["M1", "", ""]]], error: { code: "rate_out_of_range", place: { argument: "careTypes", row: 1, column: 2, code: "C" } } },
    { id: "error.others-paid", title: t("An amount already paid that is not a number", "Un montant déjà payé qui n'est pas un nombre"), args: [[[46000, "M1", "CONSULT", 1, 50]], [["CONSULT", 23, "C"]], [["C", 0.7, 1, "", ""]], [["M1", "", ""]], null, null, null, null, null, [["n/a"]]], error: { code: "not_a_number", place: { argument: "othersPaid", row: 1 } } },
  ],
});

const services = table({
  id: "services",
  name: t("services", "services"),
  description: t("Service lines: date, provider hospital, receiving hospital, service code, quantity.", "Lignes de service : date, hôpital prestataire, hôpital bénéficiaire, code du service, quantité."),
  columns: [column("date", "date", DATE, "required"), column("provider hospital", "hôpital prestataire", CODE, "required"), column("receiving hospital", "hôpital bénéficiaire", CODE, "required"), column("service code", "code du service", CODE, "required"), column("quantity", "quantité", QUANTITY, "zero")],
  minColumns: 5,
  key: "none",
  emptyAllowed: true,
});
const twinCosts = labelled({
  id: "unitCosts",
  name: t("unitCosts", "coûts_UO"),
  description: t("Cost per unit of each service at each hospital: first row hospital codes, first column service codes.", "Coût unitaire de chaque service dans chaque hôpital : 1re ligne les codes des hôpitaux, 1re colonne les codes des services."),
  type: PRICE,
  columnsAre: t("hospital codes", "les codes des hôpitaux"),
  rowsAre: t("service codes", "les codes des services"),
  blank: "none",
});
const TWIN = {
  costs: [["", "CHU", "EPH"], ["MISSION", 15000, ""], ["SCAN", 4000, 5200], ["BIO", 120, 150]],
  services: [[JAN1 + 3, "CHU", "EPH", "MISSION", 4], [JAN1 + 10, "EPH", "CHU", "BIO", 200], [JAN1 + 40, "CHU", "EPH", "SCAN", 10], [JAN1 + 41, "EPH", "CHU", "SCAN", 2]],
};

export const TWINNING_VALUE = describe({
  id: "TWINNING.VALUE",
  code: "twinningValue",
  name: t("TWINNING.VALUE", "JUMELAGE.VALORISER"),
  summary: t("Twinning convention, per service line: the provider's cost per unit of work and the value of the service.", "Convention de jumelage, par ligne de service : coût de l'unité d'œuvre du prestataire et valeur du service."),
  result: t("One row per service line: provider cost per unit, value.", "Une ligne par ligne de service : coût unitaire du prestataire, valeur."),
  params: [services, twinCosts, currencyDecimals],
  shape: (s) => [s[0]?.[0] ?? 1, 2],
  examples: [
    { id: "provider-cost", title: t("Each service valued at the provider's cost per unit", "Chaque service valorisé au coût unitaire du prestataire"), args: [TWIN.services, TWIN.costs], result: [[15000, 60000], [150, 30000], [4000, 40000], [5200, 10400]] },
    { id: "error.no-cost", title: t("A service the provider has no cost for", "Un service pour lequel le prestataire n'a pas de coût"), args: [[[JAN1, "EPH", "CHU", "MISSION", 1]], TWIN.costs], error: { code: "missing_unit_cost", place: { argument: "services", row: 1, code: "MISSION" } } },
  ],
});

export const TWINNING_SETTLE = describe({
  id: "TWINNING.SETTLE",
  code: "twinningSettle",
  name: t("TWINNING.SETTLE", "JUMELAGE.SOLDER"),
  summary: t("Twinning convention, per period: what A provided to B, what B provided to A, and the net B owes A.", "Convention de jumelage, par période : ce que A a fourni à B, ce que B a fourni à A, et le net dû par B à A."),
  result: t("One row per period: period start, A to B, B to A, net owed by B to A.", "Une ligne par période : début de période, de A vers B, de B vers A, net dû par B à A."),
  params: [
    services,
    twinCosts,
    code({ id: "hospitalA", name: t("hospitalA", "hôpital_A"), description: t("Code of hospital A.", "Code de l'hôpital A.") }),
    code({ id: "hospitalB", name: t("hospitalB", "hôpital_B"), description: t("Code of hospital B.", "Code de l'hôpital B.") }),
    dates({ id: "periodStarts", name: t("periodStarts", "débuts_périodes"), description: t("First day of each period (e.g. each month), one column in order.", "Premier jour de chaque période (par ex. chaque mois), en une colonne, dans l'ordre.") }),
    currencyDecimals,
  ],
  checks: [distinct("hospitalA", "hospitalB")],
  shape: (s) => [len(s[4]), 4],
  examples: [
    { id: "monthly", title: t("Two months netted both ways", "Deux mois soldés dans les deux sens"), args: [TWIN.services, TWIN.costs, "CHU", "EPH", [[JAN1], [JAN1 + 31]]], result: [[JAN1, 60000, 30000, 30000], [JAN1 + 31, 40000, 10400, 29600]] },
    { id: "error.same-hospital", title: t("The same hospital on both sides", "Le même hôpital des deux côtés"), args: [TWIN.services, TWIN.costs, "CHU", " chu", [[JAN1]]], error: { code: "same_code", place: { argument: "hospitalB" } } },
    { id: "error.periods-out-of-order", title: t("Period starts out of order", "Des débuts de période dans le désordre"), args: [TWIN.services, TWIN.costs, "CHU", "EPH", [[JAN1 + 31], [JAN1]]], error: { code: "dates_out_of_order", place: { argument: "periodStarts", row: 2 } } },
  ],
});
