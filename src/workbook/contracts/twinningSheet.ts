import type { Language } from "../../excel/messages";
import { call, formula, headerRow, num, numberCell, onSheet, roundedDifference } from "../blocks";
import { cellAddress } from "../formula";
import type { FormulaCell, LabelCell, SheetPlan, TableBlock, Validation, Value } from "../plan";
import type { TwinningData } from "./data";
import { formatsFor, QUANTITY } from "./formats";
import { bodyRows, tableBody } from "./tables";

/**
 * The twinning convention on one sheet: the settings (hospitals A and B,
 * first month, currency, decimals), each hospital's cost per unit of work
 * per service (a labelled table: first row the hospital codes), twelve
 * monthly periods (EDATE) with HISAB.TWINNING.SETTLE beside them and their
 * checks, then the service lines with HISAB.TWINNING.VALUE spilled beside
 * them.
 */

interface TwinningWords {
  sheet: string;
  tables: { settings: string; costs: string; services: string };
  title: string;
  sampleNote: (currency: string) => string;
  emptyNote: string;
  settingsHeaders: [a: string, b: string, first: string, currency: string, decimals: string];
  costsTitle: string;
  serviceCorner: string;
  label: string;
  settlementTitle: string;
  periodHeader: string;
  settlementHeaders: [period: string, aToB: string, bToA: string, net: string];
  total: string;
  checks: [aToB: string, bToA: string];
  servicesTitle: string;
  serviceHeaders: [date: string, provider: string, receiver: string, service: string, quantity: string, purpose: string];
  valueHeaders: [unitCost: string, value: string];
}

const WORDS: Record<Language, TwinningWords> = {
  fr: {
    sheet: "Jumelage",
    tables: { settings: "tJumelageParametres", costs: "tJumelageCoutsUO", services: "tJumelageServices" },
    title: "Convention de jumelage entre établissements publics de santé",
    sampleNote: (currency) => `Exemple : un CHU du Nord et un EPH du Sud (fictifs), 2025, montants en ${currency}, au coût de l'unité d'œuvre du prestataire.`,
    emptyNote: "Modèle : reportez le coût de l'unité d'œuvre de chaque hôpital (résultats de ses centres de coût), puis les services rendus.",
    settingsHeaders: ["Hôpital A", "Hôpital B", "Début de la 1re période", "Monnaie", "Décimales"],
    costsTitle: "Coût de l'unité d'œuvre par service et par hôpital",
    serviceCorner: "Service",
    label: "Libellé",
    settlementTitle: "Règlement mensuel (au coût du prestataire)",
    periodHeader: "Début de période",
    settlementHeaders: ["Période", "Fourni par A à B", "Fourni par B à A", "Net dû par B à A"],
    total: "Total",
    checks: ["Σ A → B − services rendus par A à B (doit être 0)", "Σ B → A − services rendus par B à A (doit être 0)"],
    servicesTitle: "Services rendus",
    serviceHeaders: ["Date", "Prestataire", "Bénéficiaire", "Service", "Quantité", "Objet"],
    valueHeaders: ["Coût unitaire du prestataire", "Valeur"],
  },
  en: {
    sheet: "Twinning",
    tables: { settings: "tTwinningSettings", costs: "tTwinningUnitCosts", services: "tTwinningServices" },
    title: "Twinning convention between public hospitals",
    sampleNote: (currency) => `Sample: a university hospital in the north and a public hospital in the south (fictitious), 2025, amounts in ${currency}, at the provider's cost per unit of work.`,
    emptyNote: "Template: enter each hospital's cost per unit of work (from its cost-centre results), then the services provided.",
    settingsHeaders: ["Hospital A", "Hospital B", "First period start", "Currency", "Decimals"],
    costsTitle: "Cost per unit of work by service and hospital",
    serviceCorner: "Service",
    label: "Label",
    settlementTitle: "Monthly settlement (at the provider's cost)",
    periodHeader: "Period start",
    settlementHeaders: ["Period", "Provided by A to B", "Provided by B to A", "Net owed by B to A"],
    total: "Total",
    checks: ["Σ A → B − services provided by A to B (must be 0)", "Σ B → A − services provided by B to A (must be 0)"],
    servicesTitle: "Services provided",
    serviceHeaders: ["Date", "Provider", "Receiver", "Service", "Quantity", "Purpose"],
    valueHeaders: ["Provider's unit cost", "Value"],
  },
};

export interface TwinningSpare {
  services: number;
  lines: number;
}

const PERIODS = 12;
/** Rows and columns (0-based) of the blocks. */
const LAYOUT = { settings: "A4", costsTop: 7, periodsCol: 6, settlementCol: 8 };

export function twinningSheet(lang: Language, data: TwinningData, spare: TwinningSpare): SheetPlan {
  const words = WORDS[lang];
  const fmt = formatsFor(lang, data.currency.decimals);
  const sheet = words.sheet;
  const hospitals = [data.hospitalA, data.hospitalB];
  const hospitalList: Validation = { kind: "list", values: hospitals };
  const serviceCodes = data.services.map((s) => s.code);
  const s = words.settingsHeaders;
  const settings: TableBlock = {
    name: words.tables.settings,
    at: LAYOUT.settings,
    columns: [{ header: s[0], validation: hospitalList }, { header: s[1], validation: hospitalList }, { header: s[2], numberFormat: fmt.date }, { header: s[3] }, { header: s[4], validation: { kind: "whole", min: 0, max: 3 } }],
    rows: [[data.hospitalA, data.hospitalB, data.firstPeriod, data.currency.code || null, data.currency.decimals]],
  };
  const costs: TableBlock = {
    name: words.tables.costs,
    at: cellAddress(LAYOUT.costsTop, 0),
    columns: [
      { header: words.serviceCorner },
      ...hospitals.map((code) => ({ header: code, numberFormat: fmt.amount, validation: { kind: "decimal" as const, min: 0 } })),
      { header: words.label },
    ],
    rows: bodyRows(data.services.map((x): Value[] => [x.code, ...hospitals.map((h) => numberCell(data.unitCosts[x.code]?.[h])), x.label[lang]]), spare.services, hospitals.length + 2),
  };
  const settlementTop = LAYOUT.costsTop + 1;
  const servicesTop = Math.max(settlementTop + PERIODS + 3, LAYOUT.costsTop + 1 + costs.rows.length) + 3;
  const h = words.serviceHeaders;
  const services: TableBlock = {
    name: words.tables.services,
    at: cellAddress(servicesTop, 0),
    columns: [
      { header: h[0], numberFormat: fmt.date },
      { header: h[1], validation: hospitalList },
      { header: h[2], validation: hospitalList },
      { header: h[3], validation: serviceCodes.join(",").length <= 255 ? { kind: "list", values: serviceCodes } : undefined },
      { header: h[4], numberFormat: QUANTITY, validation: { kind: "decimal", min: 0 } },
      { header: h[5] },
    ],
    rows: bodyRows(data.lines.map(([date, from, to, code, quantity, purpose]): Value[] => [date, from, to, code, quantity, purpose === null ? null : (data.purposes[purpose]?.[lang] ?? purpose)]), spare.lines, 6),
  };

  const setting = (col: number) => tableBody(sheet, settings).cell(0, col);
  const lines = tableBody(sheet, services);
  const serviceArg = lines.columns(0, 5);
  const unitCosts = onSheet(sheet, { top: LAYOUT.costsTop, left: 0, rows: costs.rows.length + 1, cols: hospitals.length + 1 });
  const periods = onSheet(sheet, { top: settlementTop, left: LAYOUT.periodsCol, rows: PERIODS, cols: 1 });
  const settlement = (col: number) => onSheet(sheet, { top: settlementTop, left: LAYOUT.settlementCol + col, rows: PERIODS, cols: 1 });
  const valueColumn = onSheet(sheet, { top: servicesTop + 1, left: 8, rows: lines.rows, cols: 1 });
  const totalRow = settlementTop + PERIODS;
  const flow = (from: number, to: number) => call("SUMIFS", valueColumn, lines.columns(1), setting(from), lines.columns(2), setting(to));

  const formulas: FormulaCell[] = [
    formula(cellAddress(servicesTop + 1, 7), call("TWINNING.VALUE", serviceArg, unitCosts, setting(4)), fmt.amount),
    ...Array.from({ length: PERIODS }, (_, i) => formula(cellAddress(settlementTop + i, LAYOUT.periodsCol), call("EDATE", setting(2), num(i)), fmt.month)),
    formula(cellAddress(settlementTop, LAYOUT.settlementCol), call("TWINNING.SETTLE", serviceArg, unitCosts, setting(0), setting(1), periods, setting(4)), [fmt.month, fmt.amount, fmt.amount, fmt.amount]),
    ...[1, 2, 3].map((col) => formula(cellAddress(totalRow, LAYOUT.settlementCol + col), call("SUM", settlement(col)), fmt.amount)),
    formula(cellAddress(totalRow + 1, LAYOUT.settlementCol + 3), roundedDifference(call("SUM", settlement(1)), flow(0, 1)), fmt.amount),
    formula(cellAddress(totalRow + 2, LAYOUT.settlementCol + 3), roundedDifference(call("SUM", settlement(2)), flow(1, 0)), fmt.amount),
  ];
  const labels: LabelCell[] = [
    { at: "A1", text: words.title, style: "title" },
    { at: "A2", text: data.lines.length > 0 ? words.sampleNote(data.currency.code) : words.emptyNote, style: "note" },
    { at: cellAddress(LAYOUT.costsTop - 1, 0), text: words.costsTitle, style: "subtitle" },
    { at: cellAddress(LAYOUT.costsTop - 1, LAYOUT.periodsCol), text: words.settlementTitle, style: "subtitle" },
    { at: cellAddress(LAYOUT.costsTop, LAYOUT.periodsCol), text: words.periodHeader, style: "header" },
    ...headerRow(LAYOUT.costsTop, LAYOUT.settlementCol, words.settlementHeaders),
    { at: cellAddress(totalRow, LAYOUT.settlementCol), text: words.total, style: "header" },
    ...words.checks.map((text, i): LabelCell => ({ at: cellAddress(totalRow + 1 + i, LAYOUT.settlementCol), text, style: "check" })),
    { at: cellAddress(servicesTop - 1, 0), text: words.servicesTitle, style: "subtitle" },
    ...headerRow(servicesTop, 7, words.valueHeaders),
  ];
  return {
    key: "twinning",
    name: sheet,
    tables: [settings, costs, services],
    labels,
    formulas,
    columnWidths: { A: 14, B: 14, C: 16, D: 36, E: 13, F: 40, G: 16, H: 20, I: 16, J: 18, K: 18, L: 18 },
  };
}
