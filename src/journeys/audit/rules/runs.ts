import type { Range } from "../../../engine/cell";
import { codeKey } from "../../../excel/cells";
import { isErrorValue } from "../../../workbook/evaluate";
import { areaRef, parseRef } from "../../../workbook/formula";
import { parseFormula } from "../../../workbook/parse";
import type { RangeRef, Value } from "../../../workbook/plan";
import { JOURNEYS } from "../../index";
import { formatAddress, inputName, outputName } from "../../names";
import { InputStamp, parseRecordRows, RunRecord, stampInput, staleInputs } from "../../runRecord";
import { Finding, finding } from "../findings";
import { cellRef, Workbook } from "../model";
import { isOurs } from "../recompute";
import type { AuditContext } from "./context";

/**
 * Results older than their inputs, from the run records the workbook keeps:
 * every input of a record is read again where it is now (the journey's
 * defined name, which Excel moves with inserted rows, else the address
 * recorded) and fingerprinted the same way; any difference in place, size or
 * values, and any setting whose cell now says something else, is a finding.
 */

export interface RunFound {
  record: RunRecord;
  /** The record's first cell. */
  at: string;
}

/** Every block of run-record rows in the workbook, wherever it sits (its first cell reads HISAB_RUN_RECORD). */
export function runRecords(book: Workbook): RunFound[] {
  return book.model.sheets.flatMap((sheet) =>
    book
      .cells(sheet.name)
      .filter((cell) => cell.value === "HISAB_RUN_RECORD")
      .flatMap((cell): RunFound[] => {
        const rows: Value[][] = [];
        for (let row = cell.row; ; row++) {
          const first = book.cell(sheet.name, row, cell.col)?.value;
          if ((first === null || first === undefined || first === "") && row > cell.row + 1) break;
          if (first === "HISAB_RUN_RECORD" && row > cell.row) break;
          rows.push(book.values(sheet.name, { top: row, left: cell.col, rows: 1, cols: 8 })[0].map((v) => (isErrorValue(v) ? v.error : v)));
        }
        const record = parseRecordRows(rows);
        return record ? [{ record, at: cellRef(sheet.name, cell.row, cell.col) }] : [];
      }),
  );
}

export function runFindings(context: AuditContext, runs: readonly RunFound[]): Finding[] {
  const { book, formulas } = context;
  if (runs.length === 0) return formulas.some(isOurs) ? [finding("no_run_record", [])] : [];
  return runs.flatMap(({ record, at }) => {
    const date = `${record.at.slice(0, 16).replace("T", " ")} UTC`;
    const common = { run: record.run, date };
    const current = record.inputs.flatMap((stamp) => currentStamp(book, record, stamp) ?? []);
    const stale = staleInputs(record, current).map((s) => {
      const now = current.find((c) => c.id === s.id);
      const address = now?.address ?? record.inputs.find((i) => i.id === s.id)!.address;
      return finding("stale_input", [address, at], { ...common, input: s.id, reason: s.reason, address, was: s.was ?? "", now: s.now ?? "" });
    });
    return [...stale, ...settingFindings(book, record, at, common)];
  });
}

/** An input as it is now: where the journey's name puts it, or at the recorded address; undefined when it is gone. */
function currentStamp(book: Workbook, record: RunRecord, stamp: InputStamp): InputStamp | undefined {
  const journey = JOURNEYS.find((j) => j.id === record.run);
  const named = journey ? book.resolveName(inputName(journey, stamp.id), "") : undefined;
  const ref = named ?? addressRef(book, stamp.address);
  if (!ref?.sheet || !book.sheetName(ref.sheet)) return undefined;
  const values: Range = book.values(ref.sheet, parseRef(ref.ref)).map((row) => row.map((v) => (isErrorValue(v) ? v.error : v)));
  return stampInput(stamp.id, formatAddress(ref), values);
}

/** A recorded address ("Activité!A2:E200", "'Clés primaires'!A1:AE16", "tActivite[#Data]") as the cells it names now. */
function addressRef(book: Workbook, address: string): RangeRef | undefined {
  const parsed = parseFormula(address, book.parseContext(""));
  return "expr" in parsed && parsed.expr.kind === "range" ? parsed.expr : undefined;
}

/** Each setting of the record whose cell (the journey's mapped cell, or its results' settings cell) now holds another value. */
function settingFindings(book: Workbook, record: RunRecord, at: string, common: { run: string; date: string }): Finding[] {
  const journey = JOURNEYS.find((j) => j.id === record.run);
  if (!journey) return [];
  return Object.entries(record.settings).flatMap(([id, was]) => {
    const cell = journey.settingCells[id];
    const results = cell ? book.resolveName(outputName(journey, cell.sheet, "formulas"), "") : undefined;
    const ref = book.resolveName(inputName(journey, id), "") ?? (results && cell ? { kind: "range" as const, sheet: results.sheet, ref: areaRef({ ...parseRef(cell.at), rows: 1, cols: 1 }) } : undefined);
    if (!ref?.sheet) return [];
    const { top, left } = parseRef(ref.ref);
    const now = book.values(ref.sheet, { top, left, rows: 1, cols: 1 })[0][0];
    const nowValue = isErrorValue(now) ? now.error : now;
    if (sameSetting(was, nowValue)) return [];
    const where = cellRef(ref.sheet, top, left);
    return [finding("setting_changed", [where, at], { ...common, setting: id, was: String(was ?? ""), now: String(nowValue ?? "") })];
  });
}

const sameSetting = (a: Value, b: Value): boolean => (typeof a === "number" || typeof b === "number" ? a === b : codeKey(String(a ?? "")) === codeKey(String(b ?? "")));
