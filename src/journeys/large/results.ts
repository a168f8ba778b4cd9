import type { Range } from "../../engine/cell";
import type { Language } from "../../excel/messages";
import { COUNT, onSheet } from "../../workbook/blocks";
import { balanceSheet, reconciliationSheet } from "../../workbook/contracts/feeForServiceSheets";
import { FEE_FOR_SERVICE_WORDS } from "../../workbook/contracts/feeForServiceWords";
import { formatsFor, QUANTITY, TEXT } from "../../workbook/contracts/formats";
import { claimResultHeaders, claimsSummary } from "../../workbook/contracts/mutualSheets";
import { rangeBody } from "../../workbook/contracts/tables";
import { parseRef } from "../../workbook/formula";
import type { RangeRef, SheetPlan, TableBlock, TableColumn, Value, WorkbookPlan } from "../../workbook/plan";
import { text as t } from "../figures";
import type { Mapping, Settings } from "../journey";
import { contractInputs } from "../contracts";
import { recordRows, RunRecord } from "../runRecord";
import { formatSteps } from "./blockSizing";
import { ColumnBlock, rowsOf } from "./columns";
import type { LargeRunKind } from "./run";

/**
 * The results of a large-table run, defined once as data: what the pane
 * writes, what the demo writes and what the tests evaluate.
 *
 * - The line results are values in a table the add-in owns, one row per line
 *   of the large table in its order (with the line's number, so that a
 *   sorted or filtered table still says which line each row is): too many
 *   for a function, written in blocks by the pane.
 * - The small results stay live formulas over what the run wrote: for a
 *   contract, the reconciliation per contract line (CONTRACT.RECONCILE's
 *   values as the run computed them, beside live copies and totals) and the
 *   statement to sign, every value of which is a native formula over those
 *   tables, with the template's footing checks; for claims, the totals, their
 *   check and the lines by reason.
 * - The run record says when, by which version, from which tables
 *   (address, size, fingerprint) and with which settings the values were
 *   computed, and their totals (src/journeys/runRecord.ts).
 */

/** RunRecord.run of each kind. */
export const RUN_IDS: Record<LargeRunKind, string> = { feeForService: "contractsLarge", claims: "claimsLarge" };

const WORDS = {
  lineNumber: t("N° de ligne", "Line no."),
  linesSheet: { feeForService: t("Lignes rapprochées", "Reconciled lines"), claims: t("Prestations réglées", "Settled claims") },
  linesTable: { feeForService: t("tHisabLignesRapprochees", "tHisabReconciledLines"), claims: t("tHisabPrestationsReglees", "tHisabSettledClaims") },
  summarySheet: t("Synthèse des prestations", "Claims summary"),
  recordSheet: t("Journal du calcul", "Run record"),
  recordTitle: t("Journal du calcul : les valeurs des lignes ont été calculées par le volet à partir de ces tableaux", "Run record: the line values were computed by the pane from these tables"),
  recordInputs: { fr: ["Adresse", "Lignes", "Colonnes", "Empreinte"], en: ["Address", "Rows", "Columns", "Fingerprint"] },
};

/** The table of line results: its sheet, its columns, its size, and its rows from the worker's typed columns. */
export interface LineTable {
  sheet: { key: string; name: string };
  table: Omit<TableBlock, "rows">;
  /** Body rows: one per line of the large table. */
  rows: number;
  /** Body rows `start` to `start + count`: the line's number, then its results. */
  cells(results: ColumnBlock, start: number, count: number): Value[][];
  /** Column `col` of the body (0: the line number, then the result columns in order), as formulas read it. */
  column(col: number): RangeRef;
  /** The format requests around the blocks of values (text columns before them, the others after). */
  formats: ReturnType<typeof formatSteps>;
}

export interface LargeRunResults {
  lines: LineTable;
  /** The small sheets, written once the lines are: their formulas read the line table. */
  plan: WorkbookPlan;
}

function lineTable(kind: LargeRunKind, lang: Language, columns: TableColumn[], rows: number): LineTable {
  const name = WORDS.linesSheet[kind][lang];
  const table = { name: WORDS.linesTable[kind][lang], at: "A1", columns: [{ header: WORDS.lineNumber[lang], numberFormat: COUNT, width: 10 }, ...columns] };
  const body = rangeBody(onSheet(name, { top: 1, left: 0, rows, cols: table.columns.length }));
  return {
    sheet: { key: "lines", name },
    table,
    rows,
    cells: (results, start, count) => rowsOf(results, start, count).map((row, i): Value[] => [start + i + 1, ...row.map((cell) => cell ?? null)]),
    column: (col) => body.columns(col),
    formats: formatSteps(table.columns.map((c) => ({ format: c.numberFormat ?? "General", text: c.numberFormat === TEXT }))),
  };
}

function recordSheet(lang: Language, record: RunRecord): SheetPlan {
  return {
    key: "runRecord",
    name: WORDS.recordSheet[lang],
    tables: [],
    labels: [],
    formulas: [],
    values: [{ at: "A1", rows: recordRows(record, { title: WORDS.recordTitle[lang], inputs: WORDS.recordInputs[lang] }) }],
    columnWidths: { A: 22, B: 40, C: 26, D: 12, E: 20 },
  };
}

/**
 * A fee-for-service run over the contract journey's inputs (`mapping`, `settings`: the journey's): the terms sheet, the
 * reconciliation with CONTRACT.RECONCILE's values as the run computed them, the statement as native formulas, the record.
 */
export function contractRunResults(lang: Language, mapping: Mapping, settings: Settings, reconciled: Range, record: RunRecord): LargeRunResults {
  const words = FEE_FOR_SERVICE_WORDS[lang];
  const { fmt, termsSheet, refs } = contractInputs(lang, mapping, settings);
  const [status, accepted, due] = words.lineResultHeaders;
  const lines = lineTable("feeForService", lang, [{ header: status, numberFormat: TEXT, width: 18 }, { header: accepted, numberFormat: QUANTITY, width: 18 }, { header: due, numberFormat: fmt.amount, width: 18 }], refs.activity.rows);
  const reconciliation = reconciliationSheet(words, fmt, refs, reconciled.map((row) => row.map((cell) => cell ?? null)));
  const balance = balanceSheet(words, lang, fmt, refs, { lines: (col) => lines.column(col + 1), reconciled: reconciliationColumn(reconciliation), statement: "sums" });
  return { lines, plan: { id: "large-contracts", title: words.balanceTitle, sheets: [termsSheet, reconciliation, balance, recordSheet(lang, record)] } };
}

/** Column `col` of the CONTRACT.RECONCILE values on a reconciliation sheet. */
function reconciliationColumn(sheet: SheetPlan): (col: number) => RangeRef {
  const block = sheet.values?.[0];
  if (!block) throw new Error("The reconciliation sheet of a large run holds its values");
  const { top, left } = parseRef(block.at);
  const body = rangeBody(onSheet(sheet.name, { top, left, rows: block.rows.length, cols: 8 }));
  return (col) => body.columns(col);
}

/** A mutuelle's claims run: the settled lines, the summary over them (totals, check, lines by reason), the record. `claims`: the claims table's six columns. */
export function claimsRunResults(lang: Language, claims: RangeRef, decimals: number, record: RunRecord): LargeRunResults {
  const fmt = formatsFor(lang, decimals);
  const headers = claimResultHeaders(lang);
  const columns: TableColumn[] = headers.map((header, i) => (i < 5 ? { header, numberFormat: fmt.amount, width: 14 } : { header, numberFormat: TEXT, width: 40 }));
  const body = rangeBody(claims);
  const lines = lineTable("claims", lang, columns, body.rows);
  const name = WORDS.summarySheet[lang];
  const summary = claimsSummary(lang, fmt, name, 0, (col) => lines.column(col + 1), body.columns(5));
  const summarySheet: SheetPlan = { key: "summary", name, tables: [], labels: summary.labels, formulas: summary.formulas, columnWidths: { A: 40, B: 16, C: 100 } };
  return { lines, plan: { id: "large-claims", title: name, sheets: [summarySheet, recordSheet(lang, record)] } };
}

/** The results' plan with the line table's sheet first, rows and all: what the demo writes and the tests evaluate (the pane writes the lines in blocks). */
export function withLines(results: LargeRunResults, lineResults: ColumnBlock): WorkbookPlan {
  const { lines, plan } = results;
  if (lineResults.rows !== lines.rows) throw new Error(`${lineResults.rows} line results for a table of ${lines.rows} lines`);
  const sheet: SheetPlan = {
    key: lines.sheet.key,
    name: lines.sheet.name,
    tables: [{ ...lines.table, rows: lines.cells(lineResults, 0, lines.rows) }],
    labels: [],
    formulas: [],
    freezeRows: 1,
  };
  return { ...plan, sheets: [sheet, ...plan.sheets] };
}
