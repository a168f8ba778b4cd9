import type { Language } from "../../excel/messages";
import { call, COUNT, formula, headerRow, numberCell, onSheet, plus, roundedDifference } from "../blocks";
import { cellAddress } from "../formula";
import type { Expr, FormulaCell, LabelCell, RangeRef, SheetPlan, TableBlock, Value } from "../plan";
import type { MutualData } from "./data";
import { Formats, formatsFor, PERCENT, QUANTITY, TEXT } from "./formats";
import { CLAIM_REASON_MEANINGS, CLAIM_REASON_ORDER } from "./legend";
import { bodyRows, tableBody } from "./tables";

/**
 * The mutual-insurance convention (a mutuelle de santé and a health facility):
 *
 * - "Convention mutuelle": the settings (parties, period, deductible, general
 *   ceiling, waiting period, decimals), the care types (coverage rate, flat
 *   co-payment, ceiling, price cap), the convention's price list and the
 *   beneficiaries (date joined, contributions paid up to);
 * - "Prestations": the claim lines with HISAB.CLAIMS.SETTLE spilled beside
 *   them (billed, base, deductible, payer share, patient share, reasons), the
 *   payer and patient totals with their check, and the lines counted by
 *   reason (COUNTIF on the reasons, each reason matched as a whole word).
 */

interface MutualWords {
  sheets: { convention: string; claims: string };
  tables: { settings: string; careTypes: string; prices: string; members: string; claims: string };
  title: string;
  sampleNote: (currency: string) => string;
  emptyNote: string;
  settingsHeaders: [mutual: string, facility: string, currency: string, start: string, end: string, deductible: string, ceiling: string, waiting: string, decimals: string];
  careTypesTitle: string;
  careTypeHeaders: [code: string, rate: string, copay: string, ceiling: string, priceCap: string, label: string];
  pricesTitle: string;
  priceHeaders: [code: string, price: string, careType: string, label: string];
  membersTitle: string;
  memberHeaders: [id: string, joined: string, paidUpTo: string, household: string];
  claimHeaders: [date: string, beneficiary: string, act: string, quantity: string, billed: string, othersPaid: string, sheet: string];
  resultHeaders: [billed: string, base: string, deductible: string, payer: string, patient: string, reasons: string];
  totalsTitle: string;
  totals: [billed: string, othersPaid: string, deductible: string, payer: string, patient: string];
  check: string;
  reasonHeaders: [reason: string, lines: string, meaning: string];
}

const WORDS: Record<Language, MutualWords> = {
  fr: {
    sheets: { convention: "Convention mutuelle", claims: "Prestations" },
    tables: { settings: "tMutuelleParametres", careTypes: "tMutuelleTypesSoins", prices: "tMutuelleTarifs", members: "tMutuelleBeneficiaires", claims: "tMutuellePrestations" },
    title: "Convention de mutuelle de santé — règles, tarifs et bénéficiaires",
    sampleNote: (currency) => `Exemple : mutuelle communautaire fictive et centre de santé conventionné, 2025, montants en ${currency}.`,
    emptyNote: "Modèle : remplacez les types de soins et les tarifs de départ par ceux de votre convention, puis saisissez les bénéficiaires.",
    settingsHeaders: ["Mutuelle", "Formation sanitaire", "Monnaie", "Début de période", "Fin de période", "Franchise", "Plafond général", "Délai de carence (jours)", "Décimales"],
    careTypesTitle: "Types de soins",
    careTypeHeaders: ["Type de soins", "Taux de prise en charge", "Ticket forfaitaire par acte", "Plafond par bénéficiaire", "Prix plafond (× tarif)", "Libellé"],
    pricesTitle: "Tarifs de la convention",
    priceHeaders: ["Code acte", "Prix de la convention", "Type de soins", "Libellé"],
    membersTitle: "Bénéficiaires",
    memberHeaders: ["Bénéficiaire", "Date d'adhésion", "Cotisations payées jusqu'au", "Ménage"],
    claimHeaders: ["Date", "Bénéficiaire", "Code acte", "Quantité", "Prix facturé", "Déjà payé par un autre payeur", "N° de feuille de soins"],
    resultHeaders: ["Facturé", "Base", "Franchise", "Part mutuelle", "Part patient", "Motifs"],
    totalsTitle: "Totaux",
    totals: ["Facturé", "Déjà payé par un autre payeur", "Franchise appliquée", "Part mutuelle", "Part patient"],
    check: "Facturé − autre payeur − mutuelle − patient (doit être 0)",
    reasonHeaders: ["Motif", "Lignes", "Signification"],
  },
  en: {
    sheets: { convention: "Mutual convention", claims: "Claims" },
    tables: { settings: "tMutualSettings", careTypes: "tMutualCareTypes", prices: "tMutualPrices", members: "tMutualMembers", claims: "tMutualClaims" },
    title: "Mutual health insurance convention — rules, prices and beneficiaries",
    sampleNote: (currency) => `Sample: a fictitious community mutuelle and the health centre of its convention, 2025, amounts in ${currency}.`,
    emptyNote: "Template: replace the starter care types and prices with your convention's, then enter the beneficiaries.",
    settingsHeaders: ["Mutuelle", "Health facility", "Currency", "Period start", "Period end", "Deductible", "General ceiling", "Waiting period (days)", "Decimals"],
    careTypesTitle: "Care types",
    careTypeHeaders: ["Care type", "Coverage rate", "Flat co-payment per act", "Ceiling per beneficiary", "Price cap (× price)", "Label"],
    pricesTitle: "The convention's prices",
    priceHeaders: ["Act code", "Convention price", "Care type", "Label"],
    membersTitle: "Beneficiaries",
    memberHeaders: ["Beneficiary", "Date joined", "Contributions paid up to", "Household"],
    claimHeaders: ["Date", "Beneficiary", "Act code", "Quantity", "Billed price", "Already paid by another payer", "Care sheet number"],
    resultHeaders: ["Billed", "Base", "Deductible", "Payer share", "Patient share", "Reasons"],
    totalsTitle: "Totals",
    totals: ["Billed", "Already paid by another payer", "Deductible applied", "Payer share", "Patient share"],
    check: "Billed − other payer − payer − patient (must be 0)",
    reasonHeaders: ["Reason", "Lines", "Meaning"],
  },
};

export interface MutualSpare {
  careTypes: number;
  acts: number;
  members: number;
  claims: number;
}

const SETTINGS = { at: "A4", start: 3, end: 4, deductible: 5, ceiling: 6, waiting: 7, decimals: 8 };
const CONVENTION_TABLES = { top: 7, careTypes: 0, prices: 7, members: 12 };
/** Columns (0-based) of the claims sheet's blocks. */
const CLAIMS = { results: 8, summary: 15, reasonsRow: 9 };

export function mutualSheets(lang: Language, data: MutualData, spare: MutualSpare): SheetPlan[] {
  const words = WORDS[lang];
  const fmt = formatsFor(lang, data.currency.decimals);
  const convention = conventionSheet(words, lang, data, fmt, spare);
  return [convention, claimsSheet(words, lang, data, fmt, spare, convention)];
}

function conventionSheet(words: MutualWords, lang: Language, data: MutualData, fmt: Formats, spare: MutualSpare): SheetPlan {
  const h = words.settingsHeaders;
  const settings: TableBlock = {
    name: words.tables.settings,
    at: SETTINGS.at,
    columns: [
      { header: h[0] },
      { header: h[1] },
      { header: h[2] },
      { header: h[3], numberFormat: fmt.date },
      { header: h[4], numberFormat: fmt.date },
      { header: h[5], numberFormat: fmt.amount, validation: { kind: "decimal", min: 0 } },
      { header: h[6], numberFormat: fmt.amount, validation: { kind: "decimal", min: 0 } },
      { header: h[7], validation: { kind: "whole", min: 0 } },
      { header: h[8], validation: { kind: "whole", min: 0, max: 3 } },
    ],
    rows: [[data.mutual || null, data.facility || null, data.currency.code || null, data.periodStart, data.periodEnd, data.deductible, data.generalCeiling, data.waitingDays, data.currency.decimals]],
  };
  const at = (col: number) => cellAddress(CONVENTION_TABLES.top, col);
  const c = words.careTypeHeaders;
  const careTypes: TableBlock = {
    name: words.tables.careTypes,
    at: at(CONVENTION_TABLES.careTypes),
    columns: [
      { header: c[0] },
      { header: c[1], numberFormat: PERCENT, validation: { kind: "decimal", min: 0, max: 1 } },
      { header: c[2], numberFormat: fmt.amount, validation: { kind: "decimal", min: 0 } },
      { header: c[3], numberFormat: fmt.amount, validation: { kind: "decimal", min: 0 } },
      { header: c[4], numberFormat: PERCENT, validation: { kind: "decimal", min: 0 } },
      { header: c[5] },
    ],
    rows: bodyRows(data.careTypes.map((t): Value[] => [t.code, numberCell(t.rate), numberCell(t.copay), numberCell(t.ceiling), numberCell(t.priceCap), t.label[lang]]), spare.careTypes, 6),
  };
  const typeCodes = data.careTypes.map((t) => t.code);
  const p = words.priceHeaders;
  const prices: TableBlock = {
    name: words.tables.prices,
    at: at(CONVENTION_TABLES.prices),
    columns: [
      { header: p[0] },
      { header: p[1], numberFormat: fmt.amount, validation: { kind: "decimal", min: 0 } },
      { header: p[2], validation: typeCodes.length > 0 ? { kind: "list", values: typeCodes } : undefined },
      { header: p[3] },
    ],
    rows: bodyRows(data.acts.map((a): Value[] => [a.code, numberCell(a.price), a.careType, a.label[lang]]), spare.acts, 4),
  };
  const m = words.memberHeaders;
  const members: TableBlock = {
    name: words.tables.members,
    at: at(CONVENTION_TABLES.members),
    columns: [{ header: m[0], numberFormat: TEXT }, { header: m[1], numberFormat: fmt.date }, { header: m[2], numberFormat: fmt.date }, { header: m[3], numberFormat: TEXT }],
    rows: bodyRows(data.members.map((x): Value[] => [x.id, x.joined, x.paidUpTo, x.household]), spare.members, 4),
  };
  const subtitle = (col: number, text: string): LabelCell => ({ at: cellAddress(CONVENTION_TABLES.top - 1, col), text, style: "subtitle" });
  return {
    key: "convention",
    name: words.sheets.convention,
    tables: [settings, careTypes, prices, members],
    labels: [
      { at: "A1", text: words.title, style: "title" },
      { at: "A2", text: data.claims.length > 0 ? words.sampleNote(data.currency.code) : words.emptyNote, style: "note" },
      subtitle(CONVENTION_TABLES.careTypes, words.careTypesTitle),
      subtitle(CONVENTION_TABLES.prices, words.pricesTitle),
      subtitle(CONVENTION_TABLES.members, words.membersTitle),
    ],
    formulas: [],
    columnWidths: { A: 40, B: 34, C: 16, D: 16, E: 16, F: 28, G: 16, H: 14, I: 14, J: 12, K: 42, L: 3, M: 14, N: 14, O: 16, P: 13 },
  };
}

function claimsSheet(words: MutualWords, lang: Language, data: MutualData, fmt: Formats, spare: MutualSpare, convention: SheetPlan): SheetPlan {
  const h = words.claimHeaders;
  const claimsTable: TableBlock = {
    name: words.tables.claims,
    at: "A1",
    columns: [
      { header: h[0], numberFormat: fmt.date },
      { header: h[1], numberFormat: TEXT },
      { header: h[2] },
      { header: h[3], numberFormat: QUANTITY },
      { header: h[4], numberFormat: fmt.amount },
      { header: h[5], numberFormat: fmt.amount, validation: { kind: "decimal", min: 0 } },
      { header: h[6], numberFormat: TEXT },
    ],
    rows: bodyRows(data.claims.map((r): Value[] => [...r]), spare.claims, 7),
  };
  const [settings, careTypes, prices, members] = convention.tables.map((t) => tableBody(convention.name, t));
  const setting = (col: number) => settings.cell(0, col);
  const claims = tableBody(words.sheets.claims, claimsTable);
  const settle = call(
    "CLAIMS.SETTLE",
    claims.columns(0, 5),
    prices.columns(0, 3),
    careTypes.columns(0, 5),
    members.columns(0, 3),
    ...[SETTINGS.deductible, SETTINGS.ceiling, SETTINGS.waiting, SETTINGS.start, SETTINGS.end].map(setting),
    claims.columns(5),
    setting(SETTINGS.decimals),
  );
  const sheet = words.sheets.claims;
  const result = (col: number) => onSheet(sheet, { top: 1, left: CLAIMS.results + col, rows: claims.rows, cols: 1 });
  const summary = claimsSummary(lang, fmt, sheet, CLAIMS.summary, result, claims.columns(5));
  const formulas: FormulaCell[] = [formula("I2", settle, [fmt.amount, fmt.amount, fmt.amount, fmt.amount, fmt.amount, "General"]), ...summary.formulas];
  const labels: LabelCell[] = [...headerRow(0, CLAIMS.results, words.resultHeaders), ...summary.labels];
  return {
    key: "claims",
    name: sheet,
    tables: [claimsTable],
    labels,
    formulas,
    columnWidths: { A: 12, B: 15, C: 12, D: 12, E: 13, F: 16, G: 16, H: 3, I: 13, J: 13, K: 12, L: 14, M: 14, N: 40, O: 3, P: 40, Q: 14, R: 100 },
    freezeRows: 1,
    // The meaning of each reason (column R) is also in the guide: on paper, the claims, their totals and the counts.
    print: { columns: "A:Q" },
  };
}

/** The headers of CLAIMS.SETTLE's columns: billed, base, deductible, payer share, patient share, reasons. */
export const claimResultHeaders = (lang: Language): readonly string[] => WORDS[lang].resultHeaders;

/**
 * The claims' totals (billed, already paid by another payer, deductible, payer and patient shares) with their check,
 * and the lines counted by reason, from row 1 of column `col` of `sheet`: native formulas over CLAIMS.SETTLE's
 * columns (`result`), the spilled function's or those a large-table run wrote.
 */
export function claimsSummary(lang: Language, fmt: Formats, sheet: string, col: number, result: (col: number) => RangeRef, othersPaid: RangeRef): { labels: LabelCell[]; formulas: FormulaCell[] } {
  const words = WORDS[lang];
  const cell = (row: number, c: number) => onSheet(sheet, { top: row, left: c, rows: 1, cols: 1 });
  const totalSources = [result(0), othersPaid, result(2), result(3), result(4)];
  const [billed, others, , payer, patient] = totalSources.map((_, i) => cell(1 + i, col + 1));
  const checkRow = 1 + totalSources.length;
  const reasonRow = (i: number) => CLAIMS.reasonsRow + 1 + i;
  const formulas: FormulaCell[] = [
    ...totalSources.map((source, i) => formula(cellAddress(1 + i, col + 1), call("SUM", source), fmt.amount)),
    formula(cellAddress(checkRow, col + 1), roundedDifference(billed, plus(plus(others, payer), patient)), fmt.amount),
    ...CLAIM_REASON_ORDER.map((reason, i) => formula(cellAddress(reasonRow(i), col + 1), linesWithReason(result(5), reason), COUNT)),
  ];
  const labels: LabelCell[] = [
    { at: cellAddress(0, col), text: words.totalsTitle, style: "header" },
    ...words.totals.map((text, i): LabelCell => ({ at: cellAddress(1 + i, col), text })),
    { at: cellAddress(checkRow, col), text: words.check, style: "check" },
    ...headerRow(CLAIMS.reasonsRow, col, words.reasonHeaders),
    ...CLAIM_REASON_ORDER.flatMap((reason, i): LabelCell[] => [
      { at: cellAddress(reasonRow(i), col), text: reason },
      { at: cellAddress(reasonRow(i), col + 2), text: CLAIM_REASON_MEANINGS[reason][lang] },
    ]),
  ];
  return { labels, formulas };
}

/** Lines whose reasons ("RATE, COPAY") include `reason` as a whole word: alone, first, last or in the middle. */
function linesWithReason(reasons: Expr, reason: string): Expr {
  const count = (pattern: string) => call("COUNTIF", reasons, { kind: "text", value: pattern });
  return [`${reason}, *`, `*, ${reason}`, `*, ${reason}, *`].reduce((sum, pattern) => plus(sum, count(pattern)), count(reason));
}
