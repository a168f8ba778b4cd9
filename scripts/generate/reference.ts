import type { Cell } from "../../src/engine/cell";
import { DomainError } from "../../src/engine/errors";
import { FunctionSpec, NAMESPACE } from "../../src/excel/catalog";
import { formatNumber, formatPercent, Language } from "../../src/excel/language";
import * as limits from "../../src/excel/limits";
import { argumentLabel, formatError } from "../../src/excel/messages";
import type { Arg, Example } from "../../src/excel/params";
import { serialisedBytes } from "../../src/excel/payload";
import { CNAS_CONTRACT } from "../../src/workbook/samples/contractsCnas";
import { afterLine, withBlock } from "./markers";

/**
 * The generated parts of the function reference (docs/functions.<lang>.md):
 * the table of limits, and for each function the table of its parameters
 * (what each accepts, from its declaration) and its examples (typed formulas
 * with what they give, each run as a test). The prose around them is written
 * by hand.
 */

export const REFERENCE_FILES: Record<Language, string> = { en: "docs/functions.en.md", fr: "docs/functions.fr.md" };

const WORDS = {
  en: {
    header: "| Argument | What it holds | Accepted |",
    rules: "Also checked",
    examples: "Examples (each is run as a test, `test/examples.test.ts`):",
    blank: "(blank)",
    cellSeparator: ", ",
    argumentSeparator: ", ",
    arrayColumns: ",",
    limitsHeader: "| What | Limit | Why |",
    functionTable: "| Function |",
  },
  fr: {
    header: "| Argument | Ce qu'il contient | Admis |",
    rules: "Également vérifié",
    examples: "Exemples (chacun est exécuté comme un test, `test/examples.test.ts`) :",
    blank: "(vide)",
    cellSeparator: " ; ",
    argumentSeparator: "; ",
    arrayColumns: ".",
    limitsHeader: "| Quoi | Limite | Pourquoi |",
    functionTable: "| Fonction |",
  },
};

const escapeCell = (text: string) => text.replace(/\|/g, "\\|");

function parametersBlock(spec: FunctionSpec, lang: Language): string {
  const label = (id: string) => argumentLabel(id, lang);
  const rows = spec.params.map((p) => `| \`${p.name[lang]}\` | ${escapeCell(p.description[lang])} | ${escapeCell(p.accepts(lang, label))} |`);
  const checks = (spec.checks ?? []).map((c) => c.accepts(lang, label));
  const rules = checks.length === 0 ? [] : ["", `${WORDS[lang].rules}${lang === "fr" ? " : " : ": "}${checks.join(lang === "fr" ? " ; " : "; ")}.`];
  return [WORDS[lang].header, "|---|---|---|", ...rows, ...rules].join("\n");
}

/** A constant as typed in a formula of that language (decimal comma and VRAI/FAUX in French). */
function literal(cell: Cell, lang: Language): string {
  if (cell === null || cell === undefined || cell === "") return '""';
  if (typeof cell === "number") return lang === "fr" ? String(cell).replace(".", ",") : String(cell);
  if (typeof cell === "boolean") return lang === "fr" ? (cell ? "VRAI" : "FAUX") : cell ? "TRUE" : "FALSE";
  return `"${cell.replace(/"/g, '""')}"`;
}

/** An argument as typed: a range as an array constant ({a;b} a column), an omitted one as nothing. */
function typed(arg: Arg | undefined, lang: Language): string {
  if (arg === null || arg === undefined) return "";
  if (!Array.isArray(arg)) return literal(arg, lang);
  return `{${arg.map((row) => row.map((c) => literal(c, lang)).join(WORDS[lang].arrayColumns)).join(";")}}`;
}

/** The example as a formula one can type in Excel in that language. */
export function exampleFormula(spec: FunctionSpec, example: Example, lang: Language): string {
  const args = example.args.map((a) => typed(a, lang));
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return `=${NAMESPACE}.${spec.name[lang]}(${args.join(WORDS[lang].argumentSeparator)})`;
}

function shownResult(result: Cell[][], lang: Language): string {
  const cell = (c: Cell) => (c === "" || c === null || c === undefined ? WORDS[lang].blank : typeof c === "number" ? formatNumber(c, lang) : String(c));
  return result.map((row) => row.map(cell).join(WORDS[lang].cellSeparator)).join(" / ");
}

/** What Excel shows for a refused example: the error and its message, as the function says it. */
function shownRefusal(spec: FunctionSpec, example: Example, lang: Language): string {
  try {
    spec.impl(...example.args);
  } catch (error) {
    if (error instanceof DomainError) return `\`${error.code === "unknown_code" ? "#N/A" : lang === "fr" ? "#VALEUR!" : "#VALUE!"}\` — ${formatError(error, lang)}`;
    throw error;
  }
  throw new Error(`${spec.id} example ${example.id}: it should be refused and is not`);
}

function examplesBlock(spec: FunctionSpec, lang: Language): string {
  const lines = spec.examples.flatMap((example) => [
    `- ${example.title[lang]}${lang === "fr" ? " :" : ":"}`,
    `  \`${exampleFormula(spec, example, lang)}\``,
    `  → ${"result" in example ? shownResult(example.result, lang) : shownRefusal(spec, example, lang)}`,
  ]);
  return [WORDS[lang].examples, "", ...lines].join("\n");
}

/** How many lines of the CNAS sample's activity one call carries: what the payload limit means in a contract workbook. */
function sampleLinesPerCall(): { lines: number; perCall: number } {
  const activity = CNAS_CONTRACT.activity.map((line) => line.slice(0, 5) as Cell[]);
  const perCall = Math.floor(limits.PAYLOAD_BYTES / (serialisedBytes(activity) / activity.length) / 1000) * 1000;
  return { lines: activity.length, perCall };
}

function limitsBlock(lang: Language): string {
  const n = (x: number) => formatNumber(x, lang);
  const pct = (x: number) => formatPercent(x, lang);
  const mb = n(limits.PAYLOAD_BYTES / 1e6);
  const sample = sampleLinesPerCall();
  const rows: [string, string, string][] =
    lang === "fr"
      ? [
          ["Taille d'un résultat", `${n(limits.EXCEL_ROWS)} lignes × ${n(limits.EXCEL_COLUMNS)} colonnes`, "la grille d'Excel : un résultat plus grand est refusé avant tout calcul"],
          ["Ce qu'un appel échange avec Excel", `${mb} Mo d'arguments et ${mb} Mo de résultat, mesurés comme Excel les sérialise (JSON)`, `Excel sur le web refuse toute requête ou réponse de plus de 5 Mo, fonctions personnalisées comprises, et un appel qui s'en approche reste bloqué sur #BUSY! ; Excel envoie ensemble les appels d'un recalcul, et un classeur de contrat passe le même tableau d'activité à trois fonctions : à ${mb} Mo par appel, les trois et leurs résultats restent sous la limite. L'activité de l'exemple CNAS (${n(sample.lines)} lignes de cinq colonnes) en fait environ ${n(sample.perCall)} lignes par appel ; au-delà, le parcours du contrat rapproche un grand tableau depuis le volet`],
          ["Nombres (montants, quantités, inducteurs)", `au plus 10^${limits.SIGNIFICANT_DIGITS} en valeur absolue`, "Excel garde 15 chiffres significatifs : au-delà, plus de chiffre des unités"],
          ["Montants dans une monnaie à d décimales", `au plus 10^(${limits.SIGNIFICANT_DIGITS} − d) : 10^${limits.SIGNIFICANT_DIGITS - 2} avec les centimes`, "la dernière décimale doit rester exacte"],
          ["Un nombre saisi comme du texte (« 12 »)", "refusé, dans toutes les fonctions", "une somme d'Excel ne le compte pas : un total à côté ne serait pas d'accord ; sur une ligne d'activité ou de prestation, il donne un statut (BAD_QUANTITY…)"],
          ["Taux", `de ${pct(0)} à ${pct(1)} (80 % se tape 80 % ou 0,8 ; 80 est refusé) ; marge jusqu'à ${pct(limits.MAX_MARGIN)}, prix plafond jusqu'à ${pct(limits.MAX_PRICE_CAP)}, bonus qualité de ${pct(-1)} à ${pct(1)}`, "un taux saisi 80 vaudrait 8 000 % : il n'est jamais lu ainsi"],
          ["Dates", "dates Excel, du jour zéro d'Excel (une date vide dans une formule) au 31/12/9999 ; une date en texte est refusée", "une date en texte dépend des réglages régionaux de chaque poste"],
          ["Décimales", `arrondi de 0 à ${limits.MAX_DECIMALS} ; monnaie de 0 à ${limits.MAX_CURRENCY_DECIMALS} ; un arrondi qui totalise au plus ${limits.MAX_FOOTED_DIGITS} chiffres significatifs du total`, "un double porte 17 chiffres : au-delà, les décimales ne sont que du bruit binaire"],
          ["Prêts", `au plus ${limits.MAX_LOAN_YEARS} ans, différé compris ; ${limits.PAYMENTS_PER_YEAR.join(", ")} échéances par an`, "un échéancier de plus d'un siècle ou à échéances quotidiennes n'est pas un prêt de clinique"],
          ["Fonds renouvelable", `horizon de 1 à ${limits.MAX_HORIZON} ans`, "la projection reste lisible et son calcul borné"],
          ["Délai de carence", `de 0 à ${n(limits.MAX_WAITING_DAYS)} jours`, "dix ans de carence ne sont plus une règle d'adhésion"],
        ]
      : [
          ["Size of a result", `${n(limits.EXCEL_ROWS)} rows × ${n(limits.EXCEL_COLUMNS)} columns`, "Excel's grid: a larger result is refused before any computing"],
          ["What one call exchanges with Excel", `${mb} MB of arguments and ${mb} MB of result, measured as Excel serialises them (JSON)`, `Excel on the web refuses any request or response over 5 MB, custom functions included, and a call near it hangs at #BUSY!; Excel sends the calls of a recalculation together, and a contract workbook passes one activity table to three functions: at ${mb} MB a call, the three and their results stay under the cap. The CNAS sample's activity (${n(sample.lines)} lines of five columns) makes about ${n(sample.perCall)} lines a call; beyond, the contract journey reconciles a large table from the pane`],
          ["Numbers (amounts, quantities, drivers)", `at most 10^${limits.SIGNIFICANT_DIGITS} in absolute value`, "Excel keeps 15 significant digits: beyond, no units digit is left"],
          ["Amounts in a currency with d decimals", `at most 10^(${limits.SIGNIFICANT_DIGITS} − d): 10^${limits.SIGNIFICANT_DIGITS - 2} with cents`, "the last decimal must stay exact"],
          ['A number typed as text ("12")', "refused, by every function", "Excel's sums leave it out, so a total beside would disagree; on an activity or claim line it gives a status (BAD_QUANTITY…)"],
          ["Rates", `${pct(0)} to ${pct(1)} (80% is typed 80% or 0.8; 80 is refused); margin up to ${pct(limits.MAX_MARGIN)}, price cap up to ${pct(limits.MAX_PRICE_CAP)}, quality bonus ${pct(-1)} to ${pct(1)}`, "a rate typed 80 would be 8,000%: it is never read so"],
          ["Dates", "Excel dates, from Excel's day zero (a blank date in a formula) to 9999-12-31; a date typed as text is refused", "a date in text depends on each computer's regional settings"],
          ["Decimals", `rounding 0 to ${limits.MAX_DECIMALS}; currency 0 to ${limits.MAX_CURRENCY_DECIMALS}; a footed rounding at most ${limits.MAX_FOOTED_DIGITS} significant digits of its total`, "a double carries 17 digits: beyond, decimals are binary noise"],
          ["Loans", `at most ${limits.MAX_LOAN_YEARS} years, grace years included; ${limits.PAYMENTS_PER_YEAR.join(", ")} payments a year`, "a schedule beyond a century or with daily payments is no clinic loan"],
          ["Revolving fund", `horizon of 1 to ${limits.MAX_HORIZON} years`, "the projection stays readable and its work bounded"],
          ["Waiting period", `0 to ${n(limits.MAX_WAITING_DAYS)} days`, "ten years of waiting is no longer a membership rule"],
        ];
  return [WORDS[lang].limitsHeader, "|---|---|---|", ...rows.map((r) => `| ${r.map(escapeCell).join(" | ")} |`)].join("\n");
}

/** Where a function's section starts in the page: its heading (the French page puts the English anchor before it). */
function sectionStart(text: string, spec: FunctionSpec, lang: Language): number {
  const at = text.indexOf(`\n## ${spec.name[lang]}\n`);
  if (at < 0) throw new Error(`${REFERENCE_FILES[lang]}: no section "## ${spec.name[lang]}"`);
  return at + 1;
}

function sectionEnd(text: string, from: number): number {
  const next = [text.indexOf("\n## ", from), text.indexOf("\n<a id=", from)].filter((i) => i >= 0);
  return next.length === 0 ? text.length : Math.min(...next) + 1;
}

/** The page with every generated block up to date. */
export function referencePage(text: string, catalog: readonly FunctionSpec[], lang: Language): string {
  let page = withBlock(text, "limits", limitsBlock(lang), (t) => t.indexOf(`\n${WORDS[lang].functionTable}`) + 1);
  for (const spec of catalog) {
    page = withBlock(page, `${spec.id} parameters`, parametersBlock(spec, lang), (t) => afterLine(t, "`=HISAB.", sectionStart(t, spec, lang)));
    page = withBlock(page, `${spec.id} examples`, examplesBlock(spec, lang), (t) => sectionEnd(t, sectionStart(t, spec, lang) + 1));
  }
  return page;
}
