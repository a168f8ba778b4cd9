import type { Language } from "../../excel/messages";
import { call, COUNT, formula, headerRow, numberCell, onSheet, roundedDifference } from "../blocks";
import { cellAddress } from "../formula";
import type { FormulaCell, LabelCell, SheetPlan, TableBlock, Validation, Value } from "../plan";
import type { PbfData } from "./data";
import { formatsFor, PERCENT, SIGNED_PERCENT } from "./formats";
import { bodyRows, tableBody } from "./tables";

/**
 * The PBF subsidy contract on one sheet: the settings (period, currency,
 * tolerance, decimals), the facilities with their quality score and, beside
 * them, their totals (SUMIF over the indicator lines), the equity bonuses,
 * the quality bands, then the indicator lines with HISAB.PBF.PAYMENT spilled
 * beside them: gap, quantity paid, amount, score, quality bonus, equity
 * bonus, payment.
 */

interface PbfWords {
  sheet: string;
  tables: { settings: string; facilities: string; equity: string; bands: string; lines: string };
  title: string;
  sampleNote: (currency: string) => string;
  emptyNote: string;
  settingsHeaders: [period: string, currency: string, tolerance: string, decimals: string];
  facilityHeaders: [code: string, score: string, name: string];
  totalsHeaders: [amount: string, payment: string];
  equityHeaders: [code: string, bonus: string];
  bandHeaders: [threshold: string, bonus: string];
  linesHeading: string;
  lineHeaders: [facility: string, indicator: string, declared: string, verified: string, validated: string, fee: string];
  resultHeaders: [gap: string, quantity: string, amount: string, score: string, qualityBonus: string, equityBonus: string, payment: string];
  total: string;
  check: string;
}

const WORDS: Record<Language, PbfWords> = {
  fr: {
    sheet: "FBR",
    tables: { settings: "tFbrParametres", facilities: "tFbrFormations", equity: "tFbrEquite", bands: "tFbrPaliers", lines: "tFbrLignes" },
    title: "Financement basé sur les résultats (FBR) — paiement du trimestre",
    sampleNote: (currency) => `Exemple : réseau confessionnel fictif, 10 formations sanitaires × 12 indicateurs, montants en ${currency}.`,
    emptyNote: "Modèle : saisissez vos formations sanitaires, leurs scores qualité et les lignes d'indicateurs vérifiées.",
    settingsHeaders: ["Période", "Monnaie", "Tolérance d'écart", "Décimales"],
    facilityHeaders: ["Formation sanitaire", "Score qualité", "Nom"],
    totalsHeaders: ["Montant (quantités)", "Paiement"],
    equityHeaders: ["Formation sanitaire", "Bonus d'équité"],
    bandHeaders: ["Score minimal", "Bonus qualité"],
    linesHeading: "Lignes d'indicateurs : quantités déclarées, vérifiées, validées",
    lineHeaders: ["Formation sanitaire", "Indicateur", "Déclaré", "Vérifié", "Validé", "Tarif unitaire"],
    resultHeaders: ["Écart déclaré-vérifié", "Quantité payée", "Montant", "Score qualité", "Bonus qualité", "Bonus d'équité", "Paiement"],
    total: "Total",
    check: "Σ par formation − Σ des lignes (doit être 0)",
  },
  en: {
    sheet: "PBF",
    tables: { settings: "tPbfSettings", facilities: "tPbfFacilities", equity: "tPbfEquity", bands: "tPbfBands", lines: "tPbfLines" },
    title: "Performance-based financing (PBF) — the quarter's payment",
    sampleNote: (currency) => `Sample: a fictitious faith-based network, 10 health facilities × 12 indicators, amounts in ${currency}.`,
    emptyNote: "Template: enter your health facilities, their quality scores and the verified indicator lines.",
    settingsHeaders: ["Period", "Currency", "Gap tolerance", "Decimals"],
    facilityHeaders: ["Health facility", "Quality score", "Name"],
    totalsHeaders: ["Amount (quantities)", "Payment"],
    equityHeaders: ["Health facility", "Equity bonus"],
    bandHeaders: ["Lowest score", "Quality bonus"],
    linesHeading: "Indicator lines: declared, verified and validated quantities",
    lineHeaders: ["Health facility", "Indicator", "Declared", "Verified", "Validated", "Unit fee"],
    resultHeaders: ["Declared-verified gap", "Quantity paid", "Amount", "Quality score", "Quality bonus", "Equity bonus", "Payment"],
    total: "Total",
    check: "Σ per facility − Σ of the lines (must be 0)",
  },
};

export interface PbfSpare {
  facilities: number;
  equity: number;
  bands: number;
  lines: number;
}

/** Columns (0-based) of the blocks side by side in rows 4…; the lines start below the tallest. */
const COLS = { settings: 0, facilities: 5, totals: 8, equity: 11, bands: 14, results: 7 };
const TOP = 3;

export function pbfSheet(lang: Language, data: PbfData, spare: PbfSpare): SheetPlan {
  const words = WORDS[lang];
  const fmt = formatsFor(lang, data.currency.decimals);
  const codes = data.facilities.map((f) => f.code);
  const codeList: Validation | undefined = codes.length > 0 && codes.join(",").length <= 255 ? { kind: "list", values: codes } : undefined;
  const table = (name: string, col: number, columns: TableBlock["columns"], rows: Value[][], top = TOP): TableBlock => ({ name, at: cellAddress(top, col), columns, rows });

  const settings = table(words.tables.settings, COLS.settings, [
    { header: words.settingsHeaders[0] },
    { header: words.settingsHeaders[1] },
    { header: words.settingsHeaders[2], numberFormat: PERCENT, validation: { kind: "decimal", min: 0, max: 1 } },
    { header: words.settingsHeaders[3], validation: { kind: "whole", min: 0, max: 3 } },
  ], [[data.period[lang] || null, data.currency.code || null, data.tolerance, data.currency.decimals]]);
  const facilities = table(words.tables.facilities, COLS.facilities, [
    { header: words.facilityHeaders[0] },
    { header: words.facilityHeaders[1], numberFormat: PERCENT, validation: { kind: "decimal", min: 0, max: 1 } },
    { header: words.facilityHeaders[2] },
  ], bodyRows(data.facilities.map((f): Value[] => [f.code, numberCell(f.score), f.name]), spare.facilities, 3));
  const remote = data.facilities.filter((f) => f.equity !== undefined);
  const equity = table(words.tables.equity, COLS.equity, [
    { header: words.equityHeaders[0], validation: codeList },
    { header: words.equityHeaders[1], numberFormat: SIGNED_PERCENT, validation: { kind: "decimal", min: -1, max: 1 } },
  ], bodyRows(remote.map((f): Value[] => [f.code, numberCell(f.equity)]), spare.equity, 2));
  const bands = table(words.tables.bands, COLS.bands, [
    { header: words.bandHeaders[0], numberFormat: PERCENT, validation: { kind: "decimal", min: 0, max: 1 } },
    { header: words.bandHeaders[1], numberFormat: SIGNED_PERCENT, validation: { kind: "decimal", min: -1, max: 1 } },
  ], bodyRows(data.bands.map(([threshold, bonus]): Value[] => [threshold, bonus]), spare.bands, 2));

  const sideRows = Math.max(facilities.rows.length + 2, equity.rows.length, bands.rows.length);
  const linesTop = TOP + 1 + sideRows + 2;
  const count = { numberFormat: COUNT, validation: { kind: "decimal", min: 0 } as Validation };
  const lines = table(words.tables.lines, 0, [
    { header: words.lineHeaders[0], validation: codeList },
    { header: words.lineHeaders[1] },
    { header: words.lineHeaders[2], ...count },
    { header: words.lineHeaders[3], ...count },
    { header: words.lineHeaders[4], ...count },
    { header: words.lineHeaders[5], numberFormat: fmt.amount, validation: { kind: "decimal", min: 0 } },
  ], bodyRows(data.lines.map(([f, indicator, ...rest]): Value[] => [f, data.indicators[indicator]?.[lang] ?? indicator, ...rest]), spare.lines, 6), linesTop + 1);

  const sheet = words.sheet;
  const input = (t: TableBlock) => tableBody(sheet, t);
  const setting = (col: number) => input(settings).cell(0, col);
  const payment = call("PBF.PAYMENT", input(lines).columns(0, 6), setting(2), input(facilities).columns(0, 2), input(bands).columns(0, 2), input(equity).columns(0, 2), setting(3));
  const resultsTop = linesTop + 2;
  const resultColumn = (col: number) => onSheet(sheet, { top: resultsTop, left: COLS.results + col, rows: lines.rows.length, cols: 1 });
  const lineFacilities = input(lines).columns(0);
  const facilityRows = facilities.rows.length;
  const totals: FormulaCell[] = Array.from({ length: facilityRows }, (_, i) => [
    formula(cellAddress(TOP + 1 + i, COLS.totals), call("SUMIF", lineFacilities, input(facilities).cell(i, 0), resultColumn(2)), fmt.amount),
    formula(cellAddress(TOP + 1 + i, COLS.totals + 1), call("SUMIF", lineFacilities, input(facilities).cell(i, 0), resultColumn(6)), fmt.amount),
  ]).flat();
  const totalRow = TOP + 1 + facilityRows;
  const totalsColumn = (col: number) => onSheet(sheet, { top: TOP + 1, left: col, rows: facilityRows, cols: 1 });

  const labels: LabelCell[] = [
    { at: "A1", text: words.title, style: "title" },
    { at: "A2", text: data.lines.length > 0 ? words.sampleNote(data.currency.code) : words.emptyNote, style: "note" },
    ...headerRow(TOP, COLS.totals, words.totalsHeaders),
    { at: cellAddress(totalRow, COLS.facilities), text: words.total, style: "header" },
    { at: cellAddress(totalRow + 1, COLS.facilities), text: words.check, style: "check" },
    { at: cellAddress(linesTop, 0), text: words.linesHeading, style: "subtitle" },
    ...headerRow(linesTop + 1, COLS.results, words.resultHeaders),
  ];
  const formulas: FormulaCell[] = [
    formula(cellAddress(resultsTop, COLS.results), payment, [PERCENT, COUNT, fmt.amount, PERCENT, SIGNED_PERCENT, SIGNED_PERCENT, fmt.amount]),
    ...totals,
    formula(cellAddress(totalRow, COLS.totals), call("SUM", totalsColumn(COLS.totals)), fmt.amount),
    formula(cellAddress(totalRow, COLS.totals + 1), call("SUM", totalsColumn(COLS.totals + 1)), fmt.amount),
    formula(cellAddress(totalRow + 1, COLS.totals + 1), roundedDifference(call("SUM", totalsColumn(COLS.totals + 1)), call("SUM", resultColumn(6))), fmt.amount),
  ];
  return {
    key: "pbf",
    name: sheet,
    tables: [settings, facilities, equity, bands, lines],
    labels,
    formulas,
    columnWidths: { A: 18, B: 44, C: 16, D: 13, E: 13, F: 16, G: 13, H: 34, I: 18, J: 16, K: 12, L: 18, M: 14, N: 16, O: 14, P: 14 },
  };
}
