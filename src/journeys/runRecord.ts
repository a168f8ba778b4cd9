import type { Range } from "../engine/cell";
import type { Value } from "../workbook/plan";

/**
 * The run record: what a computation was made from, kept in the workbook
 * beside its results, so that the pane can say when results no longer match
 * their inputs and an auditor can read when, by which version, from which
 * ranges (address, size and a fingerprint of their values) and with which
 * settings a figure was produced. One mechanism for every journey and for the
 * large-table reconciliation; the pane (Office.js) and the headless audit
 * (a saved .xlsx) read and write the same rows.
 */

export interface InputStamp {
  /** The journey input (or table) id, e.g. "activity". */
  id: string;
  /** Where it was read, as Excel shows it ("Activité!A2:E200001" or "tActivite[#Data]"). */
  address: string;
  rows: number;
  cols: number;
  /** A hash of every cell's value, in order (see Fingerprint). */
  fingerprint: string;
}

export interface RunRecord {
  /** What was run: a journey id, or a large-table reconciliation ("contractsLarge", "claimsLarge"). */
  run: string;
  /** When, as an ISO 8601 UTC timestamp. */
  at: string;
  /** The add-in's version. */
  version: string;
  inputs: InputStamp[];
  /** Settings the results depend on (method, order, period, envelope, rule, decimals…), as their cells hold them. */
  settings: Record<string, Value>;
  /** Key totals of the run, for a reader to compare with the results. */
  totals: Record<string, number>;
}

/**
 * An order-sensitive 64-bit hash (two 32-bit FNV-1a lanes with different
 * seeds) of a range's cells, fed block by block so a million-line table never
 * sits in memory at once. Blank cells ("" or null) hash alike, numbers by
 * their shortest decimal form, so a value read by Office.js in the pane and
 * the same value read from the saved file give the same fingerprint. Not a
 * cryptographic hash: it detects edits, insertions and re-sorting, not forgery.
 */
export class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;
  rows = 0;
  cols = 0;

  add(block: Range): this {
    for (const row of block) {
      this.cols = Math.max(this.cols, row.length);
      this.rows++;
      this.text("\n");
      for (const cell of row) this.text(canonical(cell));
    }
    return this;
  }

  digest(): string {
    const hex = (x: number) => (x >>> 0).toString(16).padStart(8, "0");
    return hex(this.a) + hex(this.b);
  }

  private text(s: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    // A separator after each cell, so ["ab", ""] and ["a", "b"] differ.
    this.a = Math.imul(a ^ 0x1f, 0x01000193);
    this.b = Math.imul(b ^ 0x1f, 0x5bd1e995);
  }
}

/** A cell as the fingerprint sees it: a type tag and its value. */
function canonical(cell: Range[number][number]): string {
  if (cell === null || cell === undefined || cell === "") return "";
  if (typeof cell === "number") return `n${cell}`;
  if (typeof cell === "boolean") return cell ? "T" : "F";
  return `s${cell}`;
}

/** The stamp of an input read in one piece. */
export function stampInput(id: string, address: string, values: Range): InputStamp {
  const print = new Fingerprint().add(values);
  return { id, address, rows: print.rows, cols: print.cols, fingerprint: print.digest() };
}

export type StaleReason = "missing" | "moved" | "rows" | "columns" | "values";

export interface Staleness {
  id: string;
  reason: StaleReason;
  /** What the record says and what the workbook now holds (addresses or row counts). */
  was?: string | number;
  now?: string | number;
}

/**
 * Why results no longer match their inputs: every input of the record whose
 * address, size or values differ from what the workbook holds now (empty when
 * the results are current). Addresses compare without `$` and case.
 */
export function staleInputs(record: RunRecord, current: readonly InputStamp[]): Staleness[] {
  const byId = new Map(current.map((stamp) => [stamp.id, stamp]));
  const plain = (address: string) => address.replace(/\$/g, "").toUpperCase();
  return record.inputs.flatMap((was): Staleness[] => {
    const now = byId.get(was.id);
    if (!now) return [{ id: was.id, reason: "missing", was: was.address }];
    if (plain(now.address) !== plain(was.address)) return [{ id: was.id, reason: "moved", was: was.address, now: now.address }];
    if (now.rows !== was.rows) return [{ id: was.id, reason: "rows", was: was.rows, now: now.rows }];
    if (now.cols !== was.cols) return [{ id: was.id, reason: "columns", was: was.cols, now: now.cols }];
    if (now.fingerprint !== was.fingerprint) return [{ id: was.id, reason: "values" }];
    return [];
  });
}

/** Section words of the record's rows: fixed, so any language's workbook is read back the same way. */
const HEADER = "HISAB_RUN_RECORD";
const SECTIONS = { inputs: "inputs", settings: "settings", totals: "totals" } as const;

/**
 * The record as rows of cells (first column a key, values beside it): what
 * the pane writes on the run-record sheet and the audit reads back. `labels`
 * are the human words shown in a second header row (the reader ignores them).
 */
export function recordRows(record: RunRecord, labels: { title: string; inputs: readonly string[] }): Value[][] {
  const rows: Value[][] = [
    [HEADER, record.run, record.at, record.version],
    [labels.title, "", "", "", ""],
    [SECTIONS.inputs, ...labels.inputs],
    ...record.inputs.map((s): Value[] => [s.id, s.address, s.rows, s.cols, s.fingerprint]),
    [SECTIONS.settings],
    ...Object.entries(record.settings).map(([key, value]): Value[] => [key, value]),
    [SECTIONS.totals],
    ...Object.entries(record.totals).map(([key, value]): Value[] => [key, value]),
  ];
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...new Array<Value>(width - row.length).fill("")]);
}

/** The record written by recordRows, or undefined when the rows are not one (a user's edits, another tool's sheet). */
export function parseRecordRows(rows: readonly (readonly Value[])[]): RunRecord | undefined {
  const [head] = rows;
  if (!head || head[0] !== HEADER || typeof head[1] !== "string" || typeof head[2] !== "string") return undefined;
  const record: RunRecord = { run: head[1], at: head[2], version: String(head[3] ?? ""), inputs: [], settings: {}, totals: {} };
  let section: keyof typeof SECTIONS | undefined;
  for (const row of rows.slice(2)) {
    const key = row[0];
    if (key === SECTIONS.inputs || key === SECTIONS.settings || key === SECTIONS.totals) {
      section = key;
      continue;
    }
    if (typeof key !== "string" || key === "") continue;
    if (section === "inputs") {
      const [, address, rowCount, colCount, fingerprint] = row;
      if (typeof address !== "string" || typeof rowCount !== "number" || typeof colCount !== "number" || typeof fingerprint !== "string") return undefined;
      record.inputs.push({ id: key, address, rows: rowCount, cols: colCount, fingerprint });
    } else if (section === "settings") record.settings[key] = row[1] ?? null;
    else if (section === "totals" && typeof row[1] === "number") record.totals[key] = row[1];
  }
  return record;
}
