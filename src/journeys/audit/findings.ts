import type { DomainError, ErrorParams } from "../../engine/errors";
import { findFunction } from "../../excel/catalog";
import { ARGUMENT_LABELS, formatError, Language } from "../../excel/messages";
import { JOURNEYS } from "../index";

/**
 * What the audit finds: a stable code, the cells it concerns ("Sheet!A1" or
 * "Sheet!A1:B9"), the values to phrase it, and the engine's error when one of
 * our functions refused its inputs. One sentence per code and language, like
 * the engine's messages (Arabic comes with the pane).
 */

export type AuditCode =
  | "formula_error"
  | "not_registered"
  | "typed_form"
  | "saved_differs"
  | "not_calculated"
  | "not_recomputable"
  | "typed_over_formula"
  | "spill_blocked"
  | "formula_replaced"
  | "total_not_footed"
  | "total_omits_cells"
  | "check_not_zero"
  | "not_conserved"
  | "stale_input"
  | "setting_changed"
  | "no_run_record"
  | "missing_rows"
  | "missing_columns"
  | "misaligned_ranges"
  | "wrong_table"
  | "inconsistent_rounding"
  | "unmapped_line";

/** error: a figure is wrong or cannot be trusted; warning: to look at; note: what the audit could not check. */
export type Severity = "error" | "warning" | "note";

export const SEVERITY: Record<AuditCode, Severity> = {
  formula_error: "error",
  not_registered: "warning",
  typed_form: "warning",
  saved_differs: "error",
  not_calculated: "warning",
  not_recomputable: "note",
  typed_over_formula: "error",
  spill_blocked: "error",
  formula_replaced: "error",
  total_not_footed: "error",
  total_omits_cells: "warning",
  check_not_zero: "error",
  not_conserved: "error",
  stale_input: "error",
  setting_changed: "error",
  no_run_record: "note",
  missing_rows: "error",
  missing_columns: "error",
  misaligned_ranges: "error",
  wrong_table: "error",
  inconsistent_rounding: "warning",
  unmapped_line: "error",
};

export interface Finding {
  code: AuditCode;
  /** The cells concerned, first the one to look at. */
  cells: string[];
  params: ErrorParams;
  cause?: DomainError;
}

export const finding = (code: AuditCode, cells: string[], params: ErrorParams = {}, cause?: DomainError): Finding => ({ code, cells, params, ...(cause ? { cause } : {}) });

/** A number as the language writes it, with up to `decimals` decimals (2 by default, as amounts). */
export function formatNumber(value: string | number, lang: Language, decimals = 2): string {
  if (typeof value !== "number") return value;
  return value.toLocaleString(lang === "fr" ? "fr-FR" : "en-US", { maximumFractionDigits: decimals, minimumFractionDigits: Number.isInteger(value) ? 0 : Math.min(2, decimals) });
}

/** A message from the finding's values; `n` writes a number, `a` names a function's argument, in the message's language. */
type Template = (p: ErrorParams, n: (v: string | number, decimals?: number) => string, a: (id: string | number) => string) => string;

const STALE_FR: Record<string, Template> = {
  values: (p) => `« ${inputLabel(p, "fr")} » (${p.address}) a changé depuis le calcul « ${journeyTitle(p.run, "fr")} » du ${p.date} : ses résultats sont plus anciens que leurs données`,
  rows: (p) => `« ${inputLabel(p, "fr")} » avait ${p.was} ligne(s) au calcul « ${journeyTitle(p.run, "fr")} » du ${p.date}, il en a ${p.now} : ses résultats sont plus anciens que leurs données`,
  columns: (p) => `« ${inputLabel(p, "fr")} » avait ${p.was} colonne(s) au calcul « ${journeyTitle(p.run, "fr")} » du ${p.date}, il en a ${p.now}`,
  moved: (p) => `« ${inputLabel(p, "fr")} » était en ${p.was} au calcul « ${journeyTitle(p.run, "fr")} » du ${p.date}, il est maintenant en ${p.now}`,
  missing: (p) => `« ${inputLabel(p, "fr")} » (${p.was}), lu par le calcul « ${journeyTitle(p.run, "fr")} » du ${p.date}, n'est plus dans le classeur`,
};
const STALE_EN: Record<string, Template> = {
  values: (p) => `"${inputLabel(p, "en")}" (${p.address}) changed after the "${journeyTitle(p.run, "en")}" run of ${p.date}: its results are older than their inputs`,
  rows: (p) => `"${inputLabel(p, "en")}" had ${p.was} row(s) at the "${journeyTitle(p.run, "en")}" run of ${p.date}, it has ${p.now} now: its results are older than their inputs`,
  columns: (p) => `"${inputLabel(p, "en")}" had ${p.was} column(s) at the "${journeyTitle(p.run, "en")}" run of ${p.date}, it has ${p.now} now`,
  moved: (p) => `"${inputLabel(p, "en")}" was at ${p.was} for the "${journeyTitle(p.run, "en")}" run of ${p.date}, it is at ${p.now} now`,
  missing: (p) => `"${inputLabel(p, "en")}" (${p.was}), read by the "${journeyTitle(p.run, "en")}" run of ${p.date}, is no longer in the workbook`,
};

const UNMAPPED_FR: Record<string, string> = { outside: "hors de la plage que lit la répartition primaire", no_key: "sans clé de répartition", unknown_key: "avec une clé absente de la table des clés", zero_key: "avec une clé qui ne donne rien à aucun centre" };
const UNMAPPED_EN: Record<string, string> = { outside: "outside the range the primary distribution reads", no_key: "with no allocation key", unknown_key: "with a key missing from the key table", zero_key: "with a key that gives nothing to any centre" };

export const AUDIT_MESSAGES: Record<Language, Record<AuditCode, Template>> = {
  fr: {
    formula_error: (p) => `${p.fn} affiche ${p.error}`,
    not_registered: (p) => `${p.fn} a été enregistré à #NOM? : Hisab Santé n'était pas chargé dans l'Excel qui a enregistré le fichier, qui ne contient donc pas ce résultat ; ouvrez-le avec le complément chargé et enregistrez-le à nouveau`,
    typed_form: (p) => `${p.fn} est enregistré sous sa forme saisie (HISAB.…) et non comme Excel l'enregistre : la cellule peut rester à #NOM? dans Excel ; lancez « Réparer les formules » dans le volet, ou ressaisissez-la`,
    saved_differs: (p, n) => `${p.count} cellule(s) de ${p.fn} contiennent une autre valeur que celle que donne la formule à partir des cellules qu'elle lit (${p.cell} : enregistré ${n(p.saved)}, recalculé ${n(p.computed)}) : les résultats n'ont pas été recalculés après une modification, ou une valeur a été saisie par-dessus`,
    not_calculated: (p) => `${p.fn} n'a aucune valeur enregistrée : le fichier a été écrit sans la calculer`,
    not_recomputable: (p) => `l'audit ne sait pas recalculer cette formule de ${p.fn} (${p.detail}) : sa valeur enregistrée n'est pas vérifiée`,
    typed_over_formula: (p, n) => `une valeur (${n(p.value)}) est saisie là où ${p.where === "table" ? "la colonne calculée du tableau" : p.where === "row" ? "la ligne" : "la colonne"} a une formule (${p.formula}) : elle ne suit plus ses données`,
    spill_blocked: (p) => `${p.fn} ne peut pas se déployer (#PROPAGATION!) : ${p.count} cellule(s) de la zone qu'il lui faut contiennent des valeurs saisies par-dessus`,
    formula_replaced: (p) => `les résultats « ${journeyTitle(p.journey, "fr")} » doivent avoir ici la formule ${p.formula} ; la cellule contient ${p.now === "" ? "une valeur" : `la formule ${p.now}`}`,
    total_not_footed: (p, n) => `le total ${n(p.value)} n'est pas la somme des ${p.count} montants au-dessus (${n(p.sum)})`,
    total_omits_cells: (p) => `SOMME(${p.range}) laisse de côté ${p.cells}, un montant contigu à la plage`,
    check_not_zero: (p, n) => `le contrôle affiche ${n(p.value)} au lieu de 0 : les deux totaux ne se rapprochent pas`,
    not_conserved: (p, n, a) => `${p.fn} ne conserve pas les coûts : Σ des résultats ${n(p.results)} ≠ Σ de « ${a(p.input)} » ${n(p.inputs)} (écart ${n(p.difference)})`,
    stale_input: (p, n, a) => (STALE_FR[String(p.reason)] ?? STALE_FR.values)(p, n, a),
    setting_changed: (p) => `le paramètre « ${inputLabel({ ...p, input: p.setting }, "fr")} » valait « ${p.was} » au calcul « ${journeyTitle(p.run, "fr")} » du ${p.date} ; il vaut « ${p.now} » maintenant`,
    no_run_record: () => `le classeur contient des formules de Hisab Santé mais aucun journal de calcul : l'audit ne peut pas dire si leurs résultats sont plus anciens que leurs données`,
    missing_rows: (p, _, a) => `${p.fn} lit ${p.range} (${a(p.argument)}) ; ${p.count} ligne(s) de données ${p.table === "" ? "juste en dessous" : `du tableau ${p.table}`} sont laissées de côté (${p.left})`,
    missing_columns: (p, _, a) => `${p.fn} lit ${p.range} (${a(p.argument)}) ; ${p.count} colonne(s) de données ${p.table === "" ? "juste à droite" : `du tableau ${p.table}`} sont laissées de côté (${p.left})`,
    misaligned_ranges: (p, _, a) => `${p.fn} : « ${a(p.first)} » (${p.firstRange}) et « ${a(p.second)} » (${p.secondRange}) doivent être lus ligne à ligne, mais ne commencent ou ne finissent pas sur les mêmes lignes`,
    wrong_table: (p, _, a) => `${p.fn} : « ${a(p.first)} » est dans le tableau ${p.firstTable} et « ${a(p.second)} » dans le tableau ${p.secondTable} ; ils doivent venir du même tableau`,
    inconsistent_rounding: (p, _, a) => `les formules sur les mêmes « ${a(p.argument)} » (${p.range}) n'arrondissent pas pareil : ${p.settings} (décimales ; — : non arrondi)`,
    unmapped_line: (p, n) => `${p.count} ligne(s) de charges, ${n(p.amount)} au total, ne sont réparties sur aucun centre : lignes ${UNMAPPED_FR[String(p.reason)] ?? p.reason}`,
  },
  en: {
    formula_error: (p) => `${p.fn} shows ${p.error}`,
    not_registered: (p) => `${p.fn} was saved as #NAME?: Hisab Santé was not loaded in the Excel that saved the file, so the file holds no result here; open it with the add-in loaded and save it again`,
    typed_form: (p) => `${p.fn} is stored as typed (HISAB.…), not the way Excel stores it: the cell may stay at #NAME? in Excel; run "Repair formulas" in the pane, or re-enter it`,
    saved_differs: (p, n) => `${p.count} cell(s) of ${p.fn} hold another value than the formula gives from the cells it reads (${p.cell}: saved ${n(p.saved)}, recomputed ${n(p.computed)}): the results were not recalculated after a change, or a value was typed over them`,
    not_calculated: (p) => `${p.fn} holds no saved value: the file was written without calculating it`,
    not_recomputable: (p) => `the audit cannot recompute this formula of ${p.fn} (${p.detail}): its saved value is not checked`,
    typed_over_formula: (p, n) => `a value (${n(p.value)}) is typed where the ${p.where === "table" ? "table's calculated column" : p.where === "row" ? "row" : "column"} has a formula (${p.formula}): it no longer follows its inputs`,
    spill_blocked: (p) => `${p.fn} cannot spill (#SPILL!): ${p.count} cell(s) of the area it needs hold values typed over it`,
    formula_replaced: (p) => `the "${journeyTitle(p.journey, "en")}" results should hold the formula ${p.formula} here; the cell holds ${p.now === "" ? "a value" : `the formula ${p.now}`}`,
    total_not_footed: (p, n) => `the total ${n(p.value)} is not the sum of the ${p.count} figures above it (${n(p.sum)})`,
    total_omits_cells: (p) => `SUM(${p.range}) leaves out ${p.cells}, a figure next to the range`,
    check_not_zero: (p, n) => `the check reads ${n(p.value)} instead of 0: the two totals do not reconcile`,
    not_conserved: (p, n, a) => `${p.fn} does not conserve the costs: Σ of the results ${n(p.results)} ≠ Σ of "${a(p.input)}" ${n(p.inputs)} (difference ${n(p.difference)})`,
    stale_input: (p, n, a) => (STALE_EN[String(p.reason)] ?? STALE_EN.values)(p, n, a),
    setting_changed: (p) => `the setting "${inputLabel({ ...p, input: p.setting }, "en")}" was "${p.was}" at the "${journeyTitle(p.run, "en")}" run of ${p.date}; it is "${p.now}" now`,
    no_run_record: () => `the workbook holds Hisab Santé formulas but no run record: the audit cannot tell whether their results are older than their inputs`,
    missing_rows: (p, _, a) => `${p.fn} reads ${p.range} (${a(p.argument)}); ${p.count} row(s) of data ${p.table === "" ? "just below it" : `of table ${p.table}`} are left out (${p.left})`,
    missing_columns: (p, _, a) => `${p.fn} reads ${p.range} (${a(p.argument)}); ${p.count} column(s) of data ${p.table === "" ? "just right of it" : `of table ${p.table}`} are left out (${p.left})`,
    misaligned_ranges: (p, _, a) => `${p.fn}: "${a(p.first)}" (${p.firstRange}) and "${a(p.second)}" (${p.secondRange}) must be read row for row, but they do not start or end on the same rows`,
    wrong_table: (p, _, a) => `${p.fn}: "${a(p.first)}" is in table ${p.firstTable} and "${a(p.second)}" in table ${p.secondTable}; they must come from the same table`,
    inconsistent_rounding: (p, _, a) => `the formulas over the same "${a(p.argument)}" (${p.range}) round differently: ${p.settings} (decimals; —: unrounded)`,
    unmapped_line: (p, n) => `${p.count} expense line(s), ${n(p.amount)} in all, are distributed to no centre: lines ${UNMAPPED_EN[String(p.reason)] ?? p.reason}`,
  },
};

function journeyTitle(id: string | number, lang: Language): string {
  return JOURNEYS.find((j) => j.id === id)?.title[lang] ?? String(id);
}

/** A journey input by its label (params `run` and `input`), its id when the run is not a journey. */
function inputLabel(p: ErrorParams, lang: Language): string {
  return JOURNEYS.find((j) => j.id === p.run)?.inputs.find((input) => input.id === p.input)?.label[lang] ?? String(p.input);
}

/** Our functions as the language names them (HISAB.ALLOCATE → HISAB.REPARTIR in French), in a message's text. */
export function localNames(text: string, lang: Language): string {
  return text.replace(/HISAB\.([A-Z][A-Z.]*[A-Z])/g, (whole, id: string) => {
    const spec = findFunction(id);
    return spec ? `HISAB.${spec.name[lang]}` : whole;
  });
}

/** The finding as one sentence; the engine's own explanation follows when one of our functions refused its inputs. */
export function formatFinding(f: Finding, lang: Language): string {
  const text = AUDIT_MESSAGES[lang][f.code](
    f.params,
    (v, decimals) => formatNumber(v, lang, decimals),
    (id) => ARGUMENT_LABELS[lang][id] ?? String(id),
  );
  return localNames(f.cause ? `${text}${lang === "fr" ? " : " : ": "}${formatError(f.cause, lang)}` : text, lang);
}

/** Severities in the order a report lists them. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "note"];

export const SEVERITY_WORDS: Record<Language, Record<Severity, string>> = {
  fr: { error: "erreur", warning: "à vérifier", note: "remarque" },
  en: { error: "error", warning: "warning", note: "note" },
};
