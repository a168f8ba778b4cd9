import { Cell, isBlank } from "../cell";
import { CodeIndex } from "../codes";
import { cachedLookup } from "./codeLookup";
import { DuplicateFinder, hashOf } from "./duplicates";
import { lineAmount, prorate, toMinor } from "./minorUnits";

/**
 * Fee-for-service contract (e.g. a hospital and the social-security fund):
 * a price list with contracted volumes and optional volume ceilings, the
 * activity the provider reports, an optional global envelope, advances.
 *
 * One pass over the activity with hashed code look-ups; amounts in integer
 * minor units. Rules, in order, for each activity line:
 *   blank line → ignored; unreadable date, quantity or price → BAD_DATE,
 *   BAD_QUANTITY, BAD_PRICE; code not in the contract → UNKNOWN_CODE; date
 *   outside the period → OUT_OF_PERIOD; same date, code, quantity, price and
 *   reference as an earlier line → DUPLICATE (only when references are given);
 *   billed at another price than the contract's → PRICE_DIFFERS (accepted at
 *   the contract price); beyond the line's volume ceiling, in date order →
 *   OVER_CEILING (accepted in part or not at all); otherwise OK.
 * Line amount = quantity × price, rounded to the minor unit.
 * Envelope: when the amounts due exceed it, "prorata" scales every contract
 * line by envelope ÷ total (largest remainder to the minor unit); "priority"
 * pays contract lines in their order until the envelope is spent.
 */

export const LINE_STATUSES = ["OK", "PRICE_DIFFERS", "OVER_CEILING", "UNKNOWN_CODE", "OUT_OF_PERIOD", "DUPLICATE", "BAD_DATE", "BAD_QUANTITY", "BAD_PRICE"] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];
export type EnvelopeRule = "prorata" | "priority";

/** Status codes of the hot path: 0 for a blank line, else 1 + the status's position in LINE_STATUSES. */
const [OK, PRICE_DIFFERS, OVER_CEILING, UNKNOWN_CODE, OUT_OF_PERIOD, DUPLICATE, BAD_DATE, BAD_QUANTITY, BAD_PRICE] = LINE_STATUSES.map((_, i) => i + 1);
export const BLANK_LINE = 0;
/** Only lines with the first three statuses (codes 1 to 3) have a quantity accepted. */
export const ACCEPTING_STATUSES = 3;

/** The status a code stands for ("" for a blank line). */
export function statusText(code: number): LineStatus | "" {
  return code === BLANK_LINE ? "" : LINE_STATUSES[code - 1];
}

/** The code of a status, for counting codes instead of strings. */
export function statusCode(status: LineStatus): number {
  return LINE_STATUSES.indexOf(status) + 1;
}

export interface ContractTable {
  index: CodeIndex;
  priceMinor: number[];
  volume: number[];
  ceiling: (number | null)[];
}

export interface Period {
  start: number | null;
  end: number | null;
}

export interface ContractLineResult {
  realised: number;
  accepted: number;
  billedMinor: number;
  dueMinor: number;
  volumeVarianceMinor: number;
  priceVarianceMinor: number;
  rejectedLines: number;
}

/** The reconciliation before any envelope (see applyEnvelope): it depends on the contract, the activity and the period only. */
export interface Reconciliation {
  /** Per activity line, a status code (see statusText). */
  status: Uint8Array;
  /** Per activity line, its contract line (-1: blank line or unknown code). */
  contractOf: Int32Array;
  acceptedQuantity: Float64Array;
  lineDueMinor: Float64Array;
  lines: ContractLineResult[];
}

/**
 * activity rows: [date, code, quantity, billed unit price, reference?]; dates as Excel serial numbers.
 * Per-line results and per-contract-line totals live in typed arrays: a
 * million claim lines make no object per line.
 */
export function reconcile(contract: ContractTable, activity: Cell[][], period: Period, scale: number, recycled?: Reconciliation): Reconciliation {
  const m = activity.length;
  const n = contract.priceMinor.length;
  const { status, contractOf, acceptedQuantity, lineDueMinor } = lineArrays(m, recycled);
  const realised = new Float64Array(n);
  const billedTotal = new Float64Array(n);
  const due = new Float64Array(n);
  const rejected = new Int32Array(n);
  const lookup = cachedLookup(contract.index);
  const start = period.start ?? -Infinity;
  const end = period.end ?? Infinity;
  const billedMinorOf = (billed: Cell, c: number) => (typeof billed === "number" ? toMinor(billed, scale) : isBlank(billed) ? (c >= 0 ? contract.priceMinor[c] : 0) : null);
  const referenceOf = (r: number) => trimmed(activity[r][4]);
  // Lines that reach the duplicate check have a readable date, quantity and price: compare what was read.
  const sameLine = (a: number, b: number) => {
    const x = activity[a], y = activity[b];
    return x[0] === y[0] && contractOf[a] === contractOf[b] && x[2] === y[2] && billedMinorOf(x[3], contractOf[a]) === billedMinorOf(y[3], contractOf[b]) && referenceOf(a) === referenceOf(b);
  };
  const duplicates = new DuplicateFinder(m, sameLine);
  let overCeiling: Set<number> | null = null;

  for (let r = 0; r < m; r++) {
    const row = activity[r];
    const date = row[0], code = row[1], qty = row[2], billed = row[3], reference = row[4];
    if (typeof date !== "number" && isBlank(date) && isBlank(code) && isBlank(qty) && isBlank(billed) && isBlank(reference)) continue;
    const c = lookup(code);
    contractOf[r] = c;
    if (typeof date !== "number" || !Number.isFinite(date)) { status[r] = BAD_DATE; continue; }
    if (typeof qty !== "number" || !(qty >= 0)) { status[r] = BAD_QUANTITY; continue; }
    const billedMinor = billedMinorOf(billed, c);
    if (billedMinor === null || billedMinor < 0) { status[r] = BAD_PRICE; continue; }
    if (c < 0) { status[r] = UNKNOWN_CODE; continue; }
    if (date < start || date > end) {
      status[r] = OUT_OF_PERIOD;
      rejected[c]++;
      continue;
    }
    if (!isBlank(reference) && duplicates.seenBefore(hashOf(trimmed(reference), date, c, qty, billedMinor), r)) {
      status[r] = DUPLICATE;
      rejected[c]++;
      continue;
    }
    const price = contract.priceMinor[c];
    const atContractPrice = lineAmount(qty, price);
    status[r] = billedMinor === price ? OK : PRICE_DIFFERS;
    acceptedQuantity[r] = qty;
    lineDueMinor[r] = atContractPrice;
    realised[c] += qty;
    billedTotal[c] += lineAmount(qty, billedMinor);
    due[c] += atContractPrice;
    const ceiling = contract.ceiling[c];
    if (ceiling !== null && realised[c] > ceiling) (overCeiling ??= new Set()).add(c);
  }

  duplicates.release();

  // Until a ceiling cuts them, lines are accepted whole and due at the contract price.
  const beforeCeilings = due.slice();
  const accepted = realised.slice();
  if (overCeiling) applyCeilings(contract, activity, { status, contractOf, acceptedQuantity, lineDueMinor, accepted, due }, overCeiling);
  const lines = contract.priceMinor.map((price, c) => ({
    realised: realised[c],
    accepted: accepted[c],
    billedMinor: billedTotal[c],
    dueMinor: due[c],
    volumeVarianceMinor: lineAmount(realised[c] - contract.volume[c], price),
    priceVarianceMinor: billedTotal[c] - beforeCeilings[c],
    rejectedLines: rejected[c],
  }));
  return { status, contractOf, acceptedQuantity, lineDueMinor, lines };
}

/**
 * Per-line arrays, those of a reconciliation no longer needed (`recycled`) when the activity has the same length:
 * fresh multi-megabyte arrays on every recalculation cost page faults and garbage collection.
 */
function lineArrays(m: number, recycled: Reconciliation | undefined): Pick<Reconciliation, "status" | "contractOf" | "acceptedQuantity" | "lineDueMinor"> {
  if (recycled?.status.length === m) {
    const { status, contractOf, acceptedQuantity, lineDueMinor } = recycled;
    return { status: status.fill(0), contractOf: contractOf.fill(-1), acceptedQuantity: acceptedQuantity.fill(0), lineDueMinor: lineDueMinor.fill(0) };
  }
  return { status: new Uint8Array(m), contractOf: new Int32Array(m).fill(-1), acceptedQuantity: new Float64Array(m), lineDueMinor: new Float64Array(m) };
}

/** A reference as the user means it: spaces around a text ignored (without a copy when there are none, the usual case). */
function trimmed(cell: Cell): Cell {
  if (typeof cell !== "string" || cell.length === 0) return cell;
  const first = cell.charCodeAt(0), last = cell.charCodeAt(cell.length - 1);
  return first > 32 && first !== 160 && last > 32 && last !== 160 ? cell : cell.trim();
}

/** Accepts lines up to each ceiling in date order (then line order); the rest is OVER_CEILING, and the totals follow. */
function applyCeilings(contract: ContractTable, activity: Cell[][], t: { status: Uint8Array; contractOf: Int32Array; acceptedQuantity: Float64Array; lineDueMinor: Float64Array; accepted: Float64Array; due: Float64Array }, over: Set<number>): void {
  // Sort keys day × 2^21 + line (Excel has fewer than 2^21 rows) in a typed array: a native numeric sort, no comparator calls.
  const lineBits = 2 ** 21;
  const keys: number[] = [];
  t.status.forEach((s, r) => {
    if ((s === OK || s === PRICE_DIFFERS) && over.has(t.contractOf[r])) keys.push(Math.floor(activity[r][0] as number) * lineBits + r);
  });
  const order = Float64Array.from(keys).sort();
  const room = new Map<number, number>();
  for (const key of order) {
    const r = key % lineBits;
    const c = t.contractOf[r];
    const left = room.get(c) ?? (contract.ceiling[c] as number);
    const quantity = t.acceptedQuantity[r];
    const kept = Math.min(quantity, left);
    room.set(c, left - kept);
    if (kept === quantity) continue;
    const dueKept = lineAmount(kept, contract.priceMinor[c]);
    t.status[r] = OVER_CEILING;
    t.acceptedQuantity[r] = kept;
    t.accepted[c] -= quantity - kept;
    t.due[c] += dueKept - t.lineDueMinor[r];
    t.lineDueMinor[r] = dueKept;
  }
}

/** Each contract line's amount due after the envelope (`null`: no envelope). */
export function applyEnvelope(dueMinor: readonly number[], envelopeMinor: number | null, rule: EnvelopeRule): number[] {
  const total = dueMinor.reduce((a, d) => a + d, 0);
  if (envelopeMinor === null || total <= envelopeMinor) return dueMinor.slice();
  if (rule === "prorata") return prorate(envelopeMinor, dueMinor);
  let left = envelopeMinor;
  return dueMinor.map((d) => {
    const paid = Math.min(d, left);
    left -= paid;
    return paid;
  });
}
