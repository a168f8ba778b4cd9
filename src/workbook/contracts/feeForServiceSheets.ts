import type { Language } from "../../excel/messages";
import { call, COUNT, COUNT_COPY, formula, headerRow, minus, num, numberCell, onSheet, plus, roundedDifference, signatureBlock, TEXT_COPY } from "../blocks";
import { cellAddress, parseRef } from "../formula";
import type { ChartPlan, Expr, FormulaCell, LabelCell, RangeRef, SheetPlan, TableBlock, Value } from "../plan";
import type { FeeForServiceData } from "./data";
import { FEE_FOR_SERVICE_WORDS, FeeForServiceWords } from "./feeForServiceWords";
import { Formats, formatsFor, QUANTITY, TEXT } from "./formats";
import { LINE_STATUS_MEANINGS, LINE_STATUS_ORDER } from "./legend";
import { bodyRows, tableBody, TableBody } from "./tables";

/**
 * The fee-for-service contract (a hospital and the social-security fund):
 *
 * - "Contrat": the terms (parties, period, envelope and its rule, currency
 *   decimals) in a one-row table, the contract lines (act code, price,
 *   volume, ceiling, label) and the advances paid;
 * - "Activité": the activity export (date, act, quantity, billed price,
 *   reference, patient category) with HISAB.CONTRACT.LINES spilled beside it,
 *   row for row: status, quantity accepted, amount due;
 * - "Rapprochement": per contract line, copies of the code, label, price and
 *   volume beside HISAB.CONTRACT.RECONCILE, and totals;
 * - "Solde": the statement both parties sign (HISAB.CONTRACT.BALANCE with its
 *   labels), the lines counted by status (COUNTIF), the footing checks, and
 *   due against paid by month (SUMIFS over the dates) with its chart.
 *
 * The columns a function reads come first in each table, descriptive ones
 * after (the label of an act, the patient category), so each argument is one
 * block of a table.
 */

export interface FeeForServiceSpare {
  lines: number;
  activity: number;
  advances: number;
}

/** The terms table (header in row 4, the terms in row 5) and the column of each term. */
export const TERMS = { at: "A4", payer: 0, provider: 1, currency: 2, start: 3, end: 4, envelope: 5, rule: 6, decimals: 7 };
const CONTRACT_TABLES = { lines: "A8", advances: "G8" };

/**
 * What the results read: one cell per term, the contract lines (code,
 * price, volume, ceiling first), the advances (date, amount first) and the
 * activity (date, code, quantity, billed price, reference first). The
 * template's tables, or a user's own ranges (the guided journey).
 */
export interface FeeForServiceInputs {
  term: (col: number) => RangeRef;
  lines: TableBody;
  /** The label of contract line i, when there is one. */
  lineLabel?: (i: number) => RangeRef;
  advances: TableBody;
  activity: TableBody;
}
type Inputs = FeeForServiceInputs;

export function feeForServiceSheets(lang: Language, data: FeeForServiceData, spare: FeeForServiceSpare): SheetPlan[] {
  const words = FEE_FOR_SERVICE_WORDS[lang];
  const fmt = formatsFor(lang, data.currency.decimals);
  const contract = contractSheet(words, lang, data, fmt, spare);
  const activityTable = activityInput(words, lang, data, fmt, spare.activity);
  const [terms, lines, advances] = contract.tables;
  const inputs: Inputs = {
    term: (col) => tableBody(words.sheets.contract, terms).cell(0, col),
    lines: tableBody(words.sheets.contract, lines),
    lineLabel: (i) => tableBody(words.sheets.contract, lines).cell(i, 4),
    advances: tableBody(words.sheets.contract, advances),
    activity: tableBody(words.sheets.activity, activityTable),
  };
  const activity = activitySheet(words, fmt, activityTable, inputs);
  const reconciliation = reconciliationSheet(words, fmt, inputs);
  return [contract, activity, reconciliation, balanceSheet(words, lang, fmt, inputs, spilledResults(activity, reconciliation))];
}

/** The terms as a one-row table at TERMS.at: parties, currency, period, envelope and its rule, currency decimals. */
export function termsTable(words: FeeForServiceWords, fmt: Formats, row: Value[]): TableBlock {
  const [payer, provider, currency, start, end, envelope, rule, decimals] = words.termsHeaders;
  return {
    name: words.tables.terms,
    at: TERMS.at,
    columns: [
      { header: payer },
      { header: provider },
      { header: currency },
      { header: start, numberFormat: fmt.date },
      { header: end, numberFormat: fmt.date },
      { header: envelope, numberFormat: fmt.amount, validation: { kind: "decimal", min: 0 } },
      { header: rule, validation: { kind: "list", values: [words.rules.prorata, words.rules.priority] } },
      { header: decimals, validation: { kind: "whole", min: 0, max: 3 } },
    ],
    rows: [row],
  };
}

function contractSheet(words: FeeForServiceWords, lang: Language, data: FeeForServiceData, fmt: Formats, spare: FeeForServiceSpare): SheetPlan {
  const terms = termsTable(words, fmt, [data.payer || null, data.provider || null, data.currency.code || null, data.periodStart, data.periodEnd, data.envelope, words.rules[data.rule], data.currency.decimals]);
  const [code, price, volume, ceiling, label] = words.lineHeaders;
  const lines: TableBlock = {
    name: words.tables.lines,
    at: CONTRACT_TABLES.lines,
    columns: [
      { header: code },
      { header: price, numberFormat: fmt.amount, validation: { kind: "decimal", min: 0 } },
      { header: volume, numberFormat: COUNT, validation: { kind: "decimal", min: 0 } },
      { header: ceiling, numberFormat: COUNT, validation: { kind: "decimal", min: 0 } },
      { header: label },
    ],
    rows: bodyRows(data.lines.map((l): Value[] => [l.code, numberCell(l.price), numberCell(l.volume), numberCell(l.ceiling), l.label[lang]]), spare.lines, 5),
  };
  const [date, amount, voucher] = words.advanceHeaders;
  const advances: TableBlock = {
    name: words.tables.advances,
    at: CONTRACT_TABLES.advances,
    columns: [{ header: date, numberFormat: fmt.date }, { header: amount, numberFormat: fmt.amount, validation: { kind: "decimal" } }, { header: voucher, numberFormat: TEXT }],
    rows: bodyRows(data.advances.map((a): Value[] => [a.date, a.amount, a.reference]), spare.advances, 3),
  };
  const sample = data.activity.length > 0;
  const labels: LabelCell[] = [
    { at: "A1", text: words.contractTitle, style: "title" },
    { at: "A2", text: sample ? words.sampleNote(data.payer, data.provider, data.currency.code) : words.emptyNote, style: "note" },
    { at: "A7", text: words.linesTitle, style: "subtitle" },
    { at: "G7", text: words.advancesTitle, style: "subtitle" },
  ];
  return {
    key: "contract",
    name: words.sheets.contract,
    tables: [terms, lines, advances],
    labels,
    formulas: [],
    columnWidths: { A: 30, B: 30, C: 18, D: 18, E: 50, F: 18, G: 16, H: 18, I: 14 },
  };
}

function activityInput(words: FeeForServiceWords, lang: Language, data: FeeForServiceData, fmt: Formats, spare: number): TableBlock {
  const [date, code, quantity, billed, reference, category] = words.activityHeaders;
  const categories = Object.values(data.categories).map((c) => c[lang]);
  return {
    name: words.tables.activity,
    at: "A1",
    columns: [
      { header: date, numberFormat: fmt.date },
      { header: code },
      { header: quantity, numberFormat: QUANTITY },
      { header: billed, numberFormat: fmt.amount },
      { header: reference, numberFormat: TEXT },
      { header: category, validation: { kind: "list", values: categories } },
    ],
    rows: bodyRows(
      data.activity.map(([d, c, q, p, r, cat]): Value[] => [d, c, q, p, r === "" ? null : r, cat === null ? null : (data.categories[cat]?.[lang] ?? cat)]),
      spare,
      6,
    ),
  };
}

/** The contract range the functions read: code, price, volume, ceiling. */
const contractArg = (inputs: Inputs): RangeRef => inputs.lines.columns(0, 4);
/** The activity range the functions read: date, code, quantity, billed price, reference. */
const activityArg = (inputs: Inputs): RangeRef => inputs.activity.columns(0, 5);

/** Per activity line, row for row from `at`: status, quantity accepted, amount due (CONTRACT.LINES). */
export function lineStatusFormula(fmt: Formats, inputs: Inputs, at: string): FormulaCell {
  const lines = call("CONTRACT.LINES", contractArg(inputs), activityArg(inputs), inputs.term(TERMS.start), inputs.term(TERMS.end), inputs.term(TERMS.decimals));
  return formula(at, lines, ["General", QUANTITY, fmt.amount]);
}

function activitySheet(words: FeeForServiceWords, fmt: Formats, table: TableBlock, inputs: Inputs): SheetPlan {
  return {
    key: "activity",
    name: words.sheets.activity,
    tables: [table],
    labels: headerRow(0, 7, words.lineResultHeaders),
    formulas: [lineStatusFormula(fmt, inputs, "H2")],
    columnWidths: { A: 12, B: 16, C: 12, D: 14, E: 14, F: 26, G: 3, H: 16, I: 18, J: 16 },
    freezeRows: 1,
  };
}

/** Rows of the reconciliation sheet (0-based): header, first contract line. */
const RECONCILIATION = { header: 3, first: 4, result: 4 };

/**
 * Per contract line: copies of its code, label, price and volume beside CONTRACT.RECONCILE, and totals. `computed`:
 * CONTRACT.RECONCILE's values as a large-table run wrote them, in place of the formula (the rest stays live).
 */
export function reconciliationSheet(words: FeeForServiceWords, fmt: Formats, inputs: Inputs, computed?: Value[][]): SheetPlan {
  const n = inputs.lines.rows;
  const top = RECONCILIATION.first;
  // Code, label (when the lines have one), price and volume of each contract line.
  const copies: [source: ((i: number) => RangeRef) | undefined, format: string][] = [
    [(i) => inputs.lines.cell(i, 0), TEXT_COPY],
    [inputs.lineLabel, TEXT_COPY],
    [(i) => inputs.lines.cell(i, 1), fmt.amountCopy],
    [(i) => inputs.lines.cell(i, 2), COUNT_COPY],
  ];
  const copyFormulas = copies.flatMap(([source, format], c) => (source ? Array.from({ length: n }, (_, i) => formula(cellAddress(top + i, c), source(i), format)) : []));
  const reconcile = call("CONTRACT.RECONCILE", contractArg(inputs), activityArg(inputs), ...[TERMS.start, TERMS.end, TERMS.envelope, TERMS.rule, TERMS.decimals].map(inputs.term));
  const totalRow = top + n;
  const column = (col: number) => onSheet(words.sheets.reconciliation, { top, left: col, rows: n, cols: 1 });
  const totals = [6, 7, 8, 9, 10, 11].map((col) => formula(cellAddress(totalRow, col), call("SUM", column(col)), col === 11 ? COUNT : fmt.amount));
  const at = cellAddress(top, RECONCILIATION.result);
  const formats = [COUNT, COUNT, fmt.amount, fmt.amount, fmt.amount, fmt.amount, fmt.amount, COUNT];
  return {
    key: "reconciliation",
    name: words.sheets.reconciliation,
    tables: [],
    labels: [
      { at: "A1", text: words.reconciliationTitle, style: "title" },
      { at: "A2", text: words.reconciliationNote, style: "note" },
      ...headerRow(RECONCILIATION.header, 0, words.reconciliationHeaders),
      { at: cellAddress(totalRow, 0), text: words.total, style: "header" },
    ],
    formulas: [...copyFormulas, ...(computed ? [] : [formula(at, reconcile, formats)]), ...totals],
    ...(computed ? { values: [{ at, rows: computed, numberFormats: formats }] } : {}),
    columnWidths: { A: 14, B: 48, C: 16, D: 12, E: 12, F: 12, G: 18, H: 18, I: 18, J: 18, K: 16, L: 10 },
    freezeRows: RECONCILIATION.first,
  };
}

/**
 * Rows (0-based) and columns of the statement's blocks. The statement to sign
 * (parties, balance, lines by status, checks, signatures) sits in columns
 * A to E and prints on one page; due and paid by month follow on the next.
 */
const BALANCE = { parties: 3, heading: 9, values: 10, statusCol: 2, checksHeading: 21, checks: 22, signatures: 29, signatureRoom: 3, monthsHeading: 37, monthHeader: 38, months: 39, monthCount: 12 };
const BALANCE_WIDTHS = { A: 48, B: 18, C: 17, D: 14, E: 42 };

/** Cells of the statement a reader looks at first: the i-th value of CONTRACT.BALANCE (as words.balanceLabels names them) and the i-th footing check (words.checks). */
export const BALANCE_CELLS = {
  statement: (i: number): string => cellAddress(BALANCE.values + i, 1),
  check: (i: number): string => cellAddress(BALANCE.checks + i, 1),
};

/** Where the statement reads the results per activity line (CONTRACT.LINES's columns) and per contract line (CONTRACT.RECONCILE's). */
export interface StatementSources {
  lines: (col: number) => RangeRef;
  reconciled: (col: number) => RangeRef;
  /**
   * "function": the statement is CONTRACT.BALANCE over the activity; "sums": each of its values is a native formula
   * over the sources (the tables a large-table run wrote), so it stays live where the activity is too large for a function.
   */
  statement: "function" | "sums";
}

/** The template's sources: CONTRACT.LINES spilled on `activity`, CONTRACT.RECONCILE on `reconciliation`. */
export function spilledResults(activity: SheetPlan, reconciliation: SheetPlan): StatementSources {
  return { lines: (col) => resultColumn(activity, "CONTRACT.LINES", col), reconciled: (col) => resultColumn(reconciliation, "CONTRACT.RECONCILE", col), statement: "function" };
}

/** Amounts have at most 3 decimals: a difference rounded to 3 places is the exact decimal, whatever the currency. */
const EXACT_PLACES = 3;

/** The statement to sign: parties, CONTRACT.BALANCE (or its sums), lines by status, footing checks, due and paid by month with its chart. */
export function balanceSheet(words: FeeForServiceWords, lang: Language, fmt: Formats, inputs: Inputs, sources: StatementSources): SheetPlan {
  const sheet = words.sheets.balance;
  const at = (row: number, col: number) => onSheet(sheet, { top: row, left: col, rows: 1, cols: 1 });
  const value = (i: number) => at(BALANCE.values + i, 1);
  const [, dueBefore, , due, advances, balance, accepted, flagged, rejected] = words.balanceLabels.map((_, i) => value(i));

  const partySources: [col: number, format: string][] = [
    [TERMS.payer, TEXT_COPY],
    [TERMS.provider, TEXT_COPY],
    [TERMS.start, fmt.dateCopy],
    [TERMS.end, fmt.dateCopy],
    [TERMS.currency, TEXT_COPY],
  ];
  const parties = partySources.map(([col, format], i) => formula(cellAddress(BALANCE.parties + i, 1), inputs.term(col), format));

  const lineStatus = sources.lines(0);
  const statusRow = (i: number) => BALANCE.values + i;
  const statusCounts = LINE_STATUS_ORDER.map((_, i) => formula(cellAddress(statusRow(i), BALANCE.statusCol + 1), call("COUNTIF", lineStatus, at(statusRow(i), BALANCE.statusCol)), COUNT));
  const statusTotalRow = statusRow(LINE_STATUS_ORDER.length);
  const statusTotal = at(statusTotalRow, BALANCE.statusCol + 1);
  const statement = sources.statement === "function" ? [formula(cellAddress(BALANCE.values, 1), call("CONTRACT.BALANCE", contractArg(inputs), activityArg(inputs), inputs.advances.columns(1), ...[TERMS.start, TERMS.end, TERMS.envelope, TERMS.rule, TERMS.decimals].map(inputs.term)), fmt.amount)] : statementSums(fmt, inputs, sources, { value, count: (status) => at(statusRow(LINE_STATUS_ORDER.indexOf(status)), BALANCE.statusCol + 1) });

  const months = monthTable(words, fmt, inputs, sources.lines(2));
  const checks: Expr[] = [
    roundedDifference(call("SUM", sources.lines(2)), call("SUM", sources.reconciled(3))),
    roundedDifference(call("SUM", sources.reconciled(4)), due),
    roundedDifference(balance, minus(due, advances)),
    roundedDifference(plus(plus(accepted, flagged), rejected), statusTotal),
    roundedDifference(call("SUM", months.due), dueBefore),
    roundedDifference(call("SUM", months.paid), advances),
  ];

  const labels: LabelCell[] = [
    { at: "A1", text: words.balanceTitle, style: "title" },
    { at: "A2", text: words.balanceNote, style: "note" },
    ...words.parties.map((text, i): LabelCell => ({ at: cellAddress(BALANCE.parties + i, 0), text, style: "header" })),
    { at: cellAddress(BALANCE.heading, 0), text: words.balanceHeading, style: "subtitle" },
    ...words.balanceLabels.map((text, i): LabelCell => ({ at: cellAddress(BALANCE.values + i, 0), text, style: i === 5 ? "check" : undefined })),
    ...headerRow(BALANCE.heading, BALANCE.statusCol, words.statusHeaders),
    ...LINE_STATUS_ORDER.flatMap((status, i): LabelCell[] => [
      { at: cellAddress(statusRow(i), BALANCE.statusCol), text: status },
      { at: cellAddress(statusRow(i), BALANCE.statusCol + 2), text: LINE_STATUS_MEANINGS[status][lang] },
    ]),
    { at: cellAddress(statusTotalRow, BALANCE.statusCol), text: words.total, style: "header" },
    { at: cellAddress(BALANCE.checksHeading, 0), text: words.checksHeading, style: "subtitle" },
    ...words.checks.map((text, i): LabelCell => ({ at: cellAddress(BALANCE.checks + i, 0), text })),
    ...signatureBlock({ row: BALANCE.signatures, col: 0 }, [BALANCE_WIDTHS.A, BALANCE_WIDTHS.B], words.signatures[0], words.signatureLines, BALANCE.signatureRoom),
    ...signatureBlock({ row: BALANCE.signatures, col: BALANCE.statusCol }, [BALANCE_WIDTHS.C, BALANCE_WIDTHS.D, BALANCE_WIDTHS.E], words.signatures[1], words.signatureLines, BALANCE.signatureRoom),
    ...months.labels,
  ];
  const formulas: FormulaCell[] = [
    ...parties,
    ...statusCounts,
    formula(cellAddress(statusTotalRow, BALANCE.statusCol + 1), call("SUM", onSheet(sheet, { top: BALANCE.values, left: BALANCE.statusCol + 1, rows: LINE_STATUS_ORDER.length, cols: 1 })), COUNT),
    // After the counts: the sums of the statement read them.
    ...statement,
    ...months.formulas,
    ...checks.map((check, i) => formula(cellAddress(BALANCE.checks + i, 1), check, fmt.amount)),
  ];
  return {
    key: "balance",
    name: sheet,
    tables: [],
    labels,
    formulas,
    columnWidths: BALANCE_WIDTHS,
    charts: [months.chart],
    print: { pageBreaks: [BALANCE.monthsHeading] },
  };
}

/**
 * CONTRACT.BALANCE's nine values as native formulas: the totals of the reconciliation's columns, the envelope as its
 * cell holds it, the advances, the balance, and the lines counted by status on the statement itself.
 */
function statementSums(fmt: Formats, inputs: Inputs, sources: StatementSources, cells: { value: (i: number) => RangeRef; count: (status: (typeof LINE_STATUS_ORDER)[number]) => RangeRef }): FormulaCell[] {
  const sum = (col: number) => call("SUM", sources.reconciled(col));
  const counts = (statuses: readonly (typeof LINE_STATUS_ORDER)[number][]) => statuses.map(cells.count).reduce<Expr>((total, cell) => plus(total, cell), num(0));
  const flagged = ["PRICE_DIFFERS", "OVER_CEILING"] as const;
  const values: [Expr, string][] = [
    [sum(2), fmt.amount],
    [sum(3), fmt.amount],
    [inputs.term(TERMS.envelope), fmt.amountCopy],
    [sum(4), fmt.amount],
    [call("SUM", inputs.advances.columns(1)), fmt.amount],
    [call("ROUND", minus(cells.value(3), cells.value(4)), num(EXACT_PLACES)), fmt.amount],
    [cells.count("OK"), COUNT],
    [counts(flagged), COUNT],
    [counts(LINE_STATUS_ORDER.filter((s) => s !== "OK" && !(flagged as readonly string[]).includes(s))), COUNT],
  ];
  return values.map(([expr, format], i) => formula(cellAddress(BALANCE.values + i, 1), expr, format));
}

/** Column `col` of the spilled result of `fn` on `sheet`, as a range. */
function resultColumn(sheet: SheetPlan, fn: string, col: number): RangeRef {
  const f = sheet.formulas.find((x) => x.expr.kind === "call" && x.expr.fn === fn);
  if (!f) throw new Error(`Contract template: no ${fn} on ${sheet.name}`);
  const { top, left } = parseRef(f.at);
  return onSheet(sheet.name, { top, left: left + col, rows: f.rows, cols: 1 });
}

/**
 * Due and paid by month: twelve months from the period start (EDATE), the
 * activity's amounts due and the advances summed by date (SUMIFS, from the
 * month's first day to the next month's), the gap and its running total.
 */
function monthTable(words: FeeForServiceWords, fmt: Formats, inputs: Inputs, lineDue: RangeRef) {
  const sheet = words.sheets.balance;
  const at = (row: number, col: number) => onSheet(sheet, { top: row, left: col, rows: 1, cols: 1 });
  const column = (col: number, rows = BALANCE.monthCount) => onSheet(sheet, { top: BALANCE.months, left: col, rows, cols: 1 });
  const start = inputs.term(TERMS.start);
  const text = (value: string): Expr => ({ kind: "text", value });
  /** The criteria "date in month i": from its first day (the month cell) to the next month's first day. */
  const within = (dates: RangeRef, i: number): Expr[] => [dates, call("CONCATENATE", text(">="), at(BALANCE.months + i, 0)), dates, call("CONCATENATE", text("<"), call("EDATE", start, num(i + 1)))];
  const formulas: FormulaCell[] = Array.from({ length: BALANCE.monthCount }, (_, i) => {
    const row = BALANCE.months + i;
    return [
      formula(cellAddress(row, 0), call("EDATE", start, num(i)), fmt.month),
      formula(cellAddress(row, 1), call("SUMIFS", lineDue, ...within(inputs.activity.columns(0), i)), fmt.amount),
      formula(cellAddress(row, 2), call("SUMIFS", inputs.advances.columns(1), ...within(inputs.advances.columns(0), i)), fmt.amount),
      formula(cellAddress(row, 3), minus(at(row, 1), at(row, 2)), fmt.amount),
      formula(cellAddress(row, 4), call("SUM", column(3, i + 1)), fmt.amount),
    ];
  }).flat();
  const totalRow = BALANCE.months + BALANCE.monthCount;
  formulas.push(...[1, 2, 3].map((col) => formula(cellAddress(totalRow, col), call("SUM", column(col)), fmt.amount)));
  const labels: LabelCell[] = [
    { at: cellAddress(BALANCE.monthsHeading, 0), text: words.monthsHeading, style: "subtitle" },
    ...headerRow(BALANCE.monthHeader, 0, words.monthHeaders),
    { at: cellAddress(totalRow, 0), text: words.total, style: "header" },
  ];
  const chart: ChartPlan = {
    kind: "columnClustered",
    title: words.chartTitle,
    categories: column(0),
    series: [
      { name: words.monthHeaders[1], values: column(1) },
      { name: words.monthHeaders[2], values: column(2) },
    ],
    // Below the months, in the statement's columns.
    at: `${cellAddress(totalRow + 2, 0)}:${cellAddress(totalRow + 22, 4)}`,
  };
  return { due: column(1), paid: column(2), formulas, labels, chart };
}
