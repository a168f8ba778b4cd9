import { DomainError, ErrorCode, ErrorParams, Place } from "../engine/errors";
import { CATALOG } from "./catalog";
import { formatDate, formatNumber, formatPercent, Language } from "./language";

export { LANGUAGES } from "./language";
export type { Language } from "./language";

type Template = (p: ErrorParams) => string;

/** The centres a key may send to, as the keys_sum_to_zero message names them. */
const RECEIVERS: Record<Language, Record<string, string>> = {
  fr: { main: "les centres principaux", open: "les centres non encore clôturés", others: "les autres centres", centres: "les centres" },
  en: { main: "the main centres", open: "the centres still open", others: "the other centres", centres: "the centres" },
};

/** What to do with a table too large for one call: the task-pane command, or several formulas. */
const LARGE_TABLE_ADVICE: Record<Language, Record<string, string>> = {
  fr: { reconcileLargeTable: "utilisez « Rapprocher un grand tableau » dans le parcours du contrat du volet Hisab", split: "répartissez le tableau sur plusieurs formules" },
  en: { reconcileLargeTable: 'use "Reconcile a large table" in the contract journey of the Hisab pane', split: "split the table over several formulas" },
};

const DIRECTION: Record<Language, Record<string, string>> = {
  fr: { arguments: "les arguments pèsent", result: "le résultat pèse" },
  en: { arguments: "the arguments weigh", result: "the result weighs" },
};

/** A parameter's value in a message: numbers as the reader writes them, anything else as typed. */
const shown = (lang: Language) => (v: string | number | undefined): string => (typeof v === "number" ? formatNumber(v, lang) : String(v));
const megabytes = (bytes: string | number, lang: Language) => formatNumber(Math.round((Number(bytes) / 1e6) * 10) / 10, lang);
const date = (lang: Language) => (v: string | number) => (typeof v === "number" ? formatDate(v, lang) : String(v));

/** "80 would be 8,000%": a rate refused for its bounds, with what to type when it reads as a percentage typed without %. */
function rateMessage(p: ErrorParams, lang: Language): string {
  const [v, min, max] = [Number(p.value), Number(p.min), Number(p.max)];
  const fr = lang === "fr";
  const pct = (x: number) => formatPercent(x, lang);
  const n = (x: number) => formatNumber(x, lang);
  const main = fr ? `${n(v)} vaudrait ${pct(v)} : un taux de ${pct(min)} à ${pct(max)} est attendu` : `${n(v)} would be ${pct(v)}: a rate from ${pct(min)} to ${pct(max)} is expected`;
  const asPercent = v / 100;
  if (v <= max || asPercent < min || asPercent > max) return main;
  return fr ? `${main} (pour ${n(v)} %, tapez ${n(v)} % ou ${n(asPercent)})` : `${main} (for ${n(v)}%, type ${n(v)}% or ${n(asPercent)})`;
}

/** One sentence per error code and language; `{x}` placeholders come from the error's params. */
export const ERROR_MESSAGES: Record<Language, Record<ErrorCode, Template>> = {
  fr: {
    not_a_number: (p) => `« ${p.value} » n'est pas un nombre`,
    negative_value: (p) => `valeur négative (${shown("fr")(p.value)}) interdite ici`,
    missing_code: () => `code manquant alors que la ligne contient des valeurs`,
    duplicate_code: (p) => `le code « ${p.value} » apparaît deux fois (déjà ${p.axis === "row" ? "ligne" : "colonne"} ${p.first})`,
    unknown_code: (p) => `code « ${p.value} » inconnu dans ${argumentLabel(String(p.list), "fr")}`,
    shape_mismatch: (p) => `${p.actual} ligne(s) ou colonne(s) alors que ${p.expected} sont attendues (${argumentLabel(String(p.reference), "fr")})`,
    not_a_column: (p) => `une seule colonne est attendue, la plage en a ${p.columns}`,
    empty_range: () => `la plage ne contient aucune donnée`,
    keys_sum_to_zero: (p) => `la clé de « ${p.value} » totalise zéro vers ${RECEIVERS.fr[p.receivers] ?? RECEIVERS.fr.centres}`,
    unknown_method: (p) => `méthode « ${p.value} » inconnue : utilisez ${p.words_fr}`,
    bad_order: (p) => `l'ordre de clôture doit citer chaque centre auxiliaire une fois (${p.detail})`,
    singular_system: (p) => `prestations réciproques sans issue : ${p.centres} se servent entre eux sans rien céder aux centres principaux`,
    ill_conditioned: (p) => `système réciproque trop mal conditionné pour un résultat sûr au centime (${p.centres}) : vérifiez les clés presque circulaires`,
    zero_units: (p) => `le centre « ${p.value} » a un coût de ${shown("fr")(p.cost)} mais zéro unité d'œuvre`,
    missing_point_cost: (p) => `la lettre-clé « ${p.value} » n'a pas de coût du point`,
    missing_unit_cost: (p) => `l'acte « ${p.act} » consomme des unités du centre « ${p.centre} », qui n'a pas de coût d'unité d'œuvre`,
    bad_decimals: (p) => `nombre de décimales invalide (${shown("fr")(p.value)}) : entier de 0 à ${p.max} attendu`,
    bad_whole_number: (p) => `« ${shown("fr")(p.value)} » : un nombre entier supérieur ou égal à ${p.min} est attendu`,
    sub_cent_amount: (p) => `${shown("fr")(p.value)} a plus de ${p.decimals} décimales : montant plus fin que l'unité monétaire`,
    bad_date: (p) => `« ${shown("fr")(p.value)} » n'est pas une date (une date Excel jusqu'au 31/12/9999, pas un texte)`,
    unknown_rule: (p) => `règle « ${p.value} » inconnue : utilisez ${p.words_fr}`,
    no_break_even: (p) => `pas de seuil de rentabilité : le prix (${p.price}) ne couvre pas le coût variable (${p.variable})`,
    number_as_text: (p) => `« ${p.value} » est du texte, pas un nombre : convertissez la cellule en nombre (une somme d'Excel ne compte pas un texte)`,
    missing_value: () => `une valeur est attendue ici`,
    out_of_range: (p) => `${shown("fr")(p.value)} sort des limites admises : de ${shown("fr")(p.min)} à ${shown("fr")(p.max)}`,
    not_positive: (p) => `${shown("fr")(p.value)} : une valeur supérieure à 0 est attendue`,
    rate_out_of_range: (p) => rateMessage(p, "fr"),
    not_allowed: (p) => `${shown("fr")(p.value)} n'est pas admis : l'une des valeurs ${p.allowed} est attendue`,
    beyond_precision: (p) => `${p.value} décimales demandent plus de ${p.digits} chiffres significatifs pour un total de ${shown("fr")(p.magnitude)} : au plus ${p.max}`,
    bad_period: (p) => `la période finit (${date("fr")(p.end)}) avant de commencer (${date("fr")(p.start)})`,
    dates_out_of_order: (p) => `${date("fr")(p.value)} ne vient pas après ${date("fr")(p.previous)} : les débuts de période vont en ordre croissant`,
    same_code: (p) => `« ${p.value} » est déjà ${argumentLabel(String(p.other), "fr")} : deux codes différents sont attendus`,
    loan_too_long: (p) => `${p.years} ans de remboursement et ${p.grace} ans de différé dépassent ${p.max} ans`,
    result_too_large: (p) => `le résultat aurait ${shown("fr")(p.rows)} lignes et ${shown("fr")(p.cols)} colonnes, plus que la grille d'Excel (${shown("fr")(p.maxRows)} lignes, ${shown("fr")(p.maxCols)} colonnes)`,
    payload_too_large: (p) => `${DIRECTION.fr[p.direction]} ${megabytes(p.size, "fr")} Mo, plus que le ${megabytes(p.limit, "fr")} Mo qu'une fonction échange avec Excel (Excel sur le web refuse plus de 5 Mo par appel) : ${LARGE_TABLE_ADVICE.fr[p.command]}`,
    result_not_finite: () => `un résultat dépasse ce qu'Excel peut contenir : vérifiez l'ordre de grandeur des données`,
  },
  en: {
    not_a_number: (p) => `"${p.value}" is not a number`,
    negative_value: (p) => `negative value (${shown("en")(p.value)}) not allowed here`,
    missing_code: () => `code missing on a line that holds values`,
    duplicate_code: (p) => `code "${p.value}" appears twice (already at ${p.axis} ${p.first})`,
    unknown_code: (p) => `unknown code "${p.value}" in ${argumentLabel(String(p.list), "en")}`,
    shape_mismatch: (p) => `${p.actual} row(s) or column(s) where ${p.expected} are expected (${argumentLabel(String(p.reference), "en")})`,
    not_a_column: (p) => `a single column is expected, the range has ${p.columns}`,
    empty_range: () => `the range holds no data`,
    keys_sum_to_zero: (p) => `the key of "${p.value}" sums to zero over ${RECEIVERS.en[p.receivers] ?? RECEIVERS.en.centres}`,
    unknown_method: (p) => `unknown method "${p.value}": use ${p.words_en}`,
    bad_order: (p) => `the closing order must name each support centre once (${p.detail})`,
    singular_system: (p) => `reciprocal services with no way out: ${p.centres} serve each other and pass nothing to main centres`,
    ill_conditioned: (p) => `reciprocal system too ill-conditioned for a result safe to the cent (${p.centres}): check keys that are almost circular`,
    zero_units: (p) => `centre "${p.value}" has a cost of ${shown("en")(p.cost)} but zero units of work`,
    missing_point_cost: (p) => `letter key "${p.value}" has no cost per point`,
    missing_unit_cost: (p) => `act "${p.act}" uses units of centre "${p.centre}", which has no cost per unit of work`,
    bad_decimals: (p) => `invalid number of decimals (${shown("en")(p.value)}): a whole number from 0 to ${p.max} is expected`,
    bad_whole_number: (p) => `"${shown("en")(p.value)}": a whole number of at least ${p.min} is expected`,
    sub_cent_amount: (p) => `${shown("en")(p.value)} has more than ${p.decimals} decimals: an amount finer than the currency unit`,
    bad_date: (p) => `"${shown("en")(p.value)}" is not a date (an Excel date up to 9999-12-31, not text)`,
    unknown_rule: (p) => `unknown rule "${p.value}": use ${p.words_en}`,
    no_break_even: (p) => `no break-even point: the price (${p.price}) does not cover the variable cost (${p.variable})`,
    number_as_text: (p) => `"${p.value}" is text, not a number: convert the cell to a number (Excel's sums leave text out)`,
    missing_value: () => `a value is required here`,
    out_of_range: (p) => `${shown("en")(p.value)} is out of bounds: from ${shown("en")(p.min)} to ${shown("en")(p.max)}`,
    not_positive: (p) => `${shown("en")(p.value)}: a value greater than 0 is expected`,
    rate_out_of_range: (p) => rateMessage(p, "en"),
    not_allowed: (p) => `${shown("en")(p.value)} is not allowed: one of ${p.allowed} is expected`,
    beyond_precision: (p) => `${p.value} decimals ask for more than ${p.digits} significant digits of a total of ${shown("en")(p.magnitude)}: at most ${p.max}`,
    bad_period: (p) => `the period ends (${date("en")(p.end)}) before it starts (${date("en")(p.start)})`,
    dates_out_of_order: (p) => `${date("en")(p.value)} does not come after ${date("en")(p.previous)}: period starts go in increasing order`,
    same_code: (p) => `"${p.value}" is already ${argumentLabel(String(p.other), "en")}: two different codes are expected`,
    loan_too_long: (p) => `${p.years} years of repayment and ${p.grace} grace years exceed ${p.max} years`,
    result_too_large: (p) => `the result would have ${shown("en")(p.rows)} rows and ${shown("en")(p.cols)} columns, more than Excel's grid (${shown("en")(p.maxRows)} rows, ${shown("en")(p.maxCols)} columns)`,
    payload_too_large: (p) => `${DIRECTION.en[p.direction]} ${megabytes(p.size, "en")} MB, more than the ${megabytes(p.limit, "en")} MB a function exchanges with Excel (Excel on the web refuses more than 5 MB a call): ${LARGE_TABLE_ADVICE.en[p.command]}`,
    result_not_finite: () => `a result is beyond what Excel can hold: check the magnitudes of the inputs`,
  },
};

/** Argument names as a user reads them in each language: the parameter names of the functions, from the catalog (and the result, where a result cell is at fault). */
export const ARGUMENT_LABELS: Record<Language, Record<string, string>> = { fr: { result: "résultat" }, en: { result: "result" } };
for (const spec of CATALOG) {
  for (const p of spec.params) {
    ARGUMENT_LABELS.fr[p.id] = p.name.fr;
    ARGUMENT_LABELS.en[p.id] = p.name.en;
  }
}

export const argumentLabel = (id: string, lang: Language): string => ARGUMENT_LABELS[lang][id] ?? id;

const PLACE_WORDS: Record<Language, { row: string; column: string; code: string; quote: (s: string) => string; colon: string }> = {
  fr: { row: "ligne", column: "colonne", code: "code", quote: (s) => `« ${s} »`, colon: " : " },
  en: { row: "row", column: "column", code: "code", quote: (s) => `"${s}"`, colon: ": " },
};

export function formatPlace(place: Place, lang: Language): string {
  const w = PLACE_WORDS[lang];
  const parts: string[] = [];
  if (place.argument) parts.push(argumentLabel(place.argument, lang));
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
