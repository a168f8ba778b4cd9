import { DomainError, ErrorCode, ErrorParams, Place } from "../engine/errors";

export type Language = "fr" | "en";
export const LANGUAGES: readonly Language[] = ["fr", "en"];

type Template = (p: ErrorParams) => string;

/** The centres a key may send to, as the keys_sum_to_zero message names them. */
const RECEIVERS: Record<Language, Record<string, string>> = {
  fr: { main: "les centres principaux", open: "les centres non encore clôturés", others: "les autres centres", centres: "les centres" },
  en: { main: "the main centres", open: "the centres still open", others: "the other centres", centres: "the centres" },
};

/** One sentence per error code and language; `{x}` placeholders come from the error's params. */
export const ERROR_MESSAGES: Record<Language, Record<ErrorCode, Template>> = {
  fr: {
    not_a_number: (p) => `« ${p.value} » n'est pas un nombre`,
    negative_value: (p) => `valeur négative (${p.value}) interdite ici`,
    missing_code: () => `code manquant alors que la ligne contient des valeurs`,
    duplicate_code: (p) => `le code « ${p.value} » apparaît deux fois (déjà ${p.axis === "row" ? "ligne" : "colonne"} ${p.first})`,
    unknown_code: (p) => `code « ${p.value} » inconnu dans ${p.list}`,
    shape_mismatch: (p) => `${p.actual} ligne(s) ou colonne(s) alors que ${p.expected} sont attendues (${p.reference})`,
    not_a_column: (p) => `une seule colonne est attendue, la plage en a ${p.columns}`,
    empty_range: () => `la plage ne contient aucune donnée`,
    keys_sum_to_zero: (p) => `la clé de « ${p.value} » totalise zéro vers ${RECEIVERS.fr[p.receivers] ?? RECEIVERS.fr.centres}`,
    unknown_method: (p) => `méthode « ${p.value} » inconnue : utilisez directe, cascade ou réciproque`,
    bad_order: (p) => `l'ordre de clôture doit citer chaque centre auxiliaire une fois (${p.detail})`,
    singular_system: (p) => `prestations réciproques sans issue : ${p.centres} se servent entre eux sans rien céder aux centres principaux`,
    ill_conditioned: (p) => `système réciproque trop mal conditionné pour un résultat sûr au centime (${p.centres}) : vérifiez les clés presque circulaires`,
    zero_units: (p) => `le centre « ${p.value} » a un coût de ${p.cost} mais zéro unité d'œuvre`,
    missing_point_cost: (p) => `la lettre-clé « ${p.value} » n'a pas de coût du point`,
    missing_unit_cost: (p) => `l'acte « ${p.act} » consomme des unités du centre « ${p.centre} », qui n'a pas de coût d'unité d'œuvre`,
    bad_decimals: (p) => `nombre de décimales invalide (${p.value}) : entier de 0 à 10 attendu`,
    bad_whole_number: (p) => `« ${p.value} » : un nombre entier supérieur ou égal à ${p.min} est attendu`,
    sub_cent_amount: (p) => `${p.value} a plus de ${p.decimals} décimales : montant plus fin que l'unité monétaire`,
    bad_date: (p) => `« ${p.value} » n'est pas une date`,
    unknown_rule: (p) => `règle « ${p.value} » inconnue : ${p.expected}`,
    no_break_even: (p) => `pas de seuil de rentabilité : le prix (${p.price}) ne couvre pas le coût variable (${p.variable})`,
  },
  en: {
    not_a_number: (p) => `"${p.value}" is not a number`,
    negative_value: (p) => `negative value (${p.value}) not allowed here`,
    missing_code: () => `code missing on a line that holds values`,
    duplicate_code: (p) => `code "${p.value}" appears twice (already at ${p.axis} ${p.first})`,
    unknown_code: (p) => `unknown code "${p.value}" in ${p.list}`,
    shape_mismatch: (p) => `${p.actual} row(s) or column(s) where ${p.expected} are expected (${p.reference})`,
    not_a_column: (p) => `a single column is expected, the range has ${p.columns}`,
    empty_range: () => `the range holds no data`,
    keys_sum_to_zero: (p) => `the key of "${p.value}" sums to zero over ${RECEIVERS.en[p.receivers] ?? RECEIVERS.en.centres}`,
    unknown_method: (p) => `unknown method "${p.value}": use direct, step or reciprocal`,
    bad_order: (p) => `the closing order must name each support centre once (${p.detail})`,
    singular_system: (p) => `reciprocal services with no way out: ${p.centres} serve each other and pass nothing to main centres`,
    ill_conditioned: (p) => `reciprocal system too ill-conditioned for a result safe to the cent (${p.centres}): check keys that are almost circular`,
    zero_units: (p) => `centre "${p.value}" has a cost of ${p.cost} but zero units of work`,
    missing_point_cost: (p) => `letter key "${p.value}" has no cost per point`,
    missing_unit_cost: (p) => `act "${p.act}" uses units of centre "${p.centre}", which has no cost per unit of work`,
    bad_decimals: (p) => `invalid number of decimals (${p.value}): a whole number from 0 to 10 is expected`,
    bad_whole_number: (p) => `"${p.value}": a whole number of at least ${p.min} is expected`,
    sub_cent_amount: (p) => `${p.value} has more than ${p.decimals} decimals: an amount finer than the currency unit`,
    bad_date: (p) => `"${p.value}" is not a date`,
    unknown_rule: (p) => `unknown rule "${p.value}": ${p.expected}`,
    no_break_even: (p) => `no break-even point: the price (${p.price}) does not cover the variable cost (${p.variable})`,
  },
};

/** Argument names as a user reads them in each language (the parameter names of the functions). */
export const ARGUMENT_LABELS: Record<Language, Record<string, string>> = {
  fr: {
    centres: "centres", costs: "coûts", keys: "clés", method: "méthode", order: "ordre", decimals: "décimales",
    amounts: "montants", drivers: "inducteurs", keyNames: "clés_lignes", keyTable: "table_clés", units: "unités",
    letters: "lettres", actLetters: "lettres_actes", coefficients: "coefficients", volumes: "volumes",
    unitCosts: "coûts_UO", consumption: "consommations", direct: "coûts_directs",
    principal: "capital", annualRate: "taux_annuel", years: "années", graceYears: "années_différé", paymentsPerYear: "échéances_par_an",
    pointCosts: "coûts_point", margin: "marge", market: "marché", ceiling: "plafond", step: "pas", loanService: "service_prêt",
    prices: "prix", fixedCosts: "coûts_fixes", variableCosts: "coûts_variables", capital: "capital", loanAmount: "montant_prêt",
    horizon: "horizon", reserve: "réserve", maxNewLoans: "prêts_max_par_an", defaultRate: "taux_impayés",
    contract: "contrat", activity: "activité", periodStart: "début_période", periodEnd: "fin_période", envelope: "enveloppe", rule: "règle",
    advances: "avances", lines: "lignes", tolerance: "tolérance", scores: "scores", bands: "paliers", equity: "équité",
    claims: "prestations", priceList: "tarifs", careTypes: "types_soins", members: "adhérents", deductible: "franchise", generalCeiling: "plafond_général",
    waitingDays: "délai_carence", othersPaid: "déjà_payé", services: "services", hospitalA: "hôpital_A", hospitalB: "hôpital_B", periodStarts: "débuts_périodes",
  },
  en: {},
};

const PLACE_WORDS: Record<Language, { row: string; column: string; code: string; quote: (s: string) => string; colon: string }> = {
  fr: { row: "ligne", column: "colonne", code: "code", quote: (s) => `« ${s} »`, colon: " : " },
  en: { row: "row", column: "column", code: "code", quote: (s) => `"${s}"`, colon: ": " },
};

export function formatPlace(place: Place, lang: Language): string {
  const w = PLACE_WORDS[lang];
  const parts: string[] = [];
  if (place.argument) parts.push(ARGUMENT_LABELS[lang][place.argument] ?? place.argument);
  if (place.row !== undefined) parts.push(`${w.row} ${place.row}`);
  if (place.column !== undefined) parts.push(`${w.column} ${place.column}`);
  if (place.code !== undefined) parts.push(`${w.code} ${w.quote(place.code)}`);
  return parts.join(", ");
}

/** 'keys, row 3, column 2: "abc" is not a number': the place first, so a user knows where to look. */
export function formatError(error: DomainError, lang: Language): string {
  const where = formatPlace(error.place, lang);
  const what = ERROR_MESSAGES[lang][error.code](error.params);
  return where ? where + PLACE_WORDS[lang].colon + what : what;
}
