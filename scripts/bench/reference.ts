import type { Dataset } from "./data";

/**
 * A minimal reference of the fee-for-service reconciliation, for the
 * benchmark to report the engine's cost as a ratio to it: the same rules as
 * CONTRACT.LINES, .RECONCILE and .BALANCE (src/engine/contracts/
 * feeForService.ts), written apart from the engine the way a careful
 * programmer would write them once, with none of the engine's reporting:
 * one pass over the claim lines, codes found through a Map of what was
 * typed, duplicates through an open-addressing table of line numbers keyed
 * by a hash of the line (the usual way to find equal rows among a million),
 * integer cents throughout, typed columns out. Not shipped; the benchmark checks it gives the engine's
 * statuses and amounts on its data.
 */

/** 1 + the index of each status in the engine's LINE_STATUSES; 0 for a blank line. */
export const STATUS = { OK: 1, PRICE_DIFFERS: 2, OVER_CEILING: 3, UNKNOWN_CODE: 4, OUT_OF_PERIOD: 5, DUPLICATE: 6, BAD_DATE: 7, BAD_QUANTITY: 8, BAD_PRICE: 9 } as const;
export const STATUS_NAMES = ["", ...Object.keys(STATUS)];

export interface ReferenceResult {
  status: Uint8Array;
  /** Per line, the cents due at the contract price (after a ceiling's cut). */
  lineDueCents: Float64Array;
  /** Per contract line, the cents due before and after the envelope. */
  dueCents: Float64Array;
  dueAfterCents: number[];
  billedCents: number;
  advancesCents: number;
  balanceCents: number;
  /** Lines OK, flagged (price differs, over ceiling), rejected. */
  counts: [accepted: number, flagged: number, rejected: number];
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
/** x × 100 as whole cents, or null when x has a fraction of a cent. */
const cents = (x: number): number | null => {
  const c = Math.round(x * 100);
  return Math.abs(x * 100 - c) < 1e-6 * Math.max(1, Math.abs(x * 100)) ? c : null;
};
/** quantity × unit cents, rounded half away from zero. */
const amount = (qty: number, unit: number): number => {
  const exact = qty * unit;
  return Number.isInteger(exact) ? exact : Math.sign(exact) * Math.round(Math.abs(exact));
};

export function referenceReconcile(data: Dataset): ReferenceResult {
  const contract = data.contract;
  const priceOf: number[] = [];
  const ceilingOf: (number | null)[] = [];
  const indexOf = new Map<string, number>();
  contract.forEach((row, c) => {
    indexOf.set(String(row[0]).trim().toUpperCase(), c);
    priceOf.push(cents(row[1] as number) as number);
    ceilingOf.push(typeof row[3] === "number" ? row[3] : null);
  });
  const lookup = new Map<unknown, number>();
  const find = (raw: unknown): number => {
    let c = lookup.get(raw);
    if (c === undefined) lookup.set(raw, (c = raw === null || raw === undefined ? -1 : (indexOf.get(String(raw).trim().toUpperCase()) ?? -1)));
    return c;
  };

  const lines = data.activity;
  const m = lines.length;
  const status = new Uint8Array(m);
  const contractOf = new Int32Array(m).fill(-1);
  const qtyOf = new Float64Array(m);
  const unitOf = new Float64Array(m);
  const lineDueCents = new Float64Array(m);
  const dueCents = new Float64Array(contract.length);
  const realised = new Float64Array(contract.length);
  const seen = new LineTable(m, (a, b) => {
    const x = lines[a], y = lines[b];
    return x[0] === y[0] && contractOf[a] === contractOf[b] && x[2] === y[2] && unitOf[a] === unitOf[b] && trim(x[4]) === trim(y[4]);
  });
  const start = data.periodStart;
  const end = data.periodEnd;
  let billedCents = 0;
  let overCeiling = false;

  for (let r = 0; r < m; r++) {
    const row = lines[r];
    const date = row[0], code = row[1], qty = row[2], billed = row[3], reference = row[4];
    if (blank(date) && blank(code) && blank(qty) && blank(billed) && blank(reference)) continue;
    const c = find(code);
    contractOf[r] = c;
    if (typeof date !== "number" || !Number.isFinite(date)) { status[r] = STATUS.BAD_DATE; continue; }
    if (typeof qty !== "number" || !(qty >= 0)) { status[r] = STATUS.BAD_QUANTITY; continue; }
    const unit = typeof billed === "number" ? cents(billed) : blank(billed) ? (c >= 0 ? priceOf[c] : 0) : null;
    if (unit === null || unit < 0) { status[r] = STATUS.BAD_PRICE; continue; }
    if (c < 0) { status[r] = STATUS.UNKNOWN_CODE; continue; }
    if (date < start || date > end) { status[r] = STATUS.OUT_OF_PERIOD; continue; }
    unitOf[r] = unit;
    if (!blank(reference) && seen.has(r, hashLine(trim(reference), date, c, qty, unit))) { status[r] = STATUS.DUPLICATE; continue; }
    status[r] = unit === priceOf[c] ? STATUS.OK : STATUS.PRICE_DIFFERS;
    qtyOf[r] = qty;
    lineDueCents[r] = amount(qty, priceOf[c]);
    dueCents[c] += lineDueCents[r];
    billedCents += amount(qty, unit);
    realised[c] += qty;
    const ceiling = ceilingOf[c];
    if (ceiling !== null && realised[c] > ceiling) overCeiling = true;
  }
  if (overCeiling) cutAtCeilings(lines, { status, contractOf, qtyOf, lineDueCents, dueCents }, priceOf, ceilingOf);

  const dueAfterCents = envelope(Array.from(dueCents), data.envelopeCents);
  const advancesCents = data.advances.reduce((a, [x]) => a + (cents(x as number) as number), 0);
  const counts: ReferenceResult["counts"] = [0, 0, 0];
  for (let r = 0; r < m; r++) {
    const s = status[r];
    if (s === STATUS.OK) counts[0]++;
    else if (s === STATUS.PRICE_DIFFERS || s === STATUS.OVER_CEILING) counts[1]++;
    else if (s !== 0) counts[2]++;
  }
  const dueTotal = dueAfterCents.reduce((a, d) => a + d, 0);
  return { status, lineDueCents, dueCents, dueAfterCents, billedCents, advancesCents, balanceCents: dueTotal - advancesCents, counts };
}

const trim = (v: unknown) => (typeof v === "string" ? v.trim() : v);

/** A 32-bit hash of a line's reference (its text), date, contract line, quantity and unit cents. */
function hashLine(reference: unknown, date: number, c: number, qty: number, unit: number): number {
  const text = String(reference);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (date | 0), 0x01000193);
  h = Math.imul(h ^ c, 0x01000193);
  h = Math.imul(h ^ ((qty * 1000) | 0), 0x01000193);
  h = Math.imul(h ^ (unit | 0), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}

/** Lines seen so far, by hash: an open-addressing table of line numbers (+1; 0 is empty) and their hashes, `same` settling equal hashes. */
class LineTable {
  private readonly slots: Int32Array;
  private readonly hashes: Uint32Array;
  private readonly mask: number;
  constructor(lines: number, private readonly same: (a: number, b: number) => boolean) {
    let size = 16;
    while (size < lines * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Uint32Array(size);
    this.mask = size - 1;
  }
  /** Whether an earlier line equals line `r`; otherwise it is recorded. */
  has(r: number, hash: number): boolean {
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i];
      if (slot === 0) {
        this.slots[i] = r + 1;
        this.hashes[i] = hash;
        return false;
      }
      if (this.hashes[i] === hash && this.same(slot - 1, r)) return true;
    }
  }
}

/** Lines of a contract line past its ceiling, in date order (then line order), keep what room is left; the rest is cut. */
function cutAtCeilings(lines: Dataset["activity"], t: { status: Uint8Array; contractOf: Int32Array; qtyOf: Float64Array; lineDueCents: Float64Array; dueCents: Float64Array }, priceOf: number[], ceilingOf: (number | null)[]): void {
  const order: number[] = [];
  for (let r = 0; r < t.status.length; r++) if ((t.status[r] === STATUS.OK || t.status[r] === STATUS.PRICE_DIFFERS) && ceilingOf[t.contractOf[r]] !== null) order.push(r);
  order.sort((a, b) => Math.floor(lines[a][0] as number) - Math.floor(lines[b][0] as number) || a - b);
  const room = ceilingOf.map((c) => c ?? Infinity);
  for (const r of order) {
    const c = t.contractOf[r];
    const kept = Math.min(t.qtyOf[r], room[c]);
    room[c] -= kept;
    if (kept === t.qtyOf[r]) continue;
    const due = amount(kept, priceOf[c]);
    t.status[r] = STATUS.OVER_CEILING;
    t.dueCents[c] += due - t.lineDueCents[r];
    t.lineDueCents[r] = due;
  }
}

/** Prorata by largest remainder when the dues pass the envelope (the benchmark's rule). */
function envelope(due: number[], envelopeCents: number): number[] {
  const total = due.reduce((a, d) => a + d, 0);
  if (total <= envelopeCents) return due;
  const t = BigInt(envelopeCents);
  const sum = BigInt(total);
  const parts = due.map((d) => (t * BigInt(d)) / sum);
  const order = due.map((d, i) => ({ i, r: t * BigInt(d) - parts[i] * sum })).sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  let missing = Number(t - parts.reduce((a, b) => a + b, 0n));
  for (let k = 0; missing > 0; k++, missing--) parts[order[k % order.length].i] += 1n;
  return parts.map(Number);
}

/** How far the reference is from the engine's functions on the same data: lines whose status or cents differ, and cents apart in the totals. */
export function referenceMismatches(ref: ReferenceResult, engine: { lines: unknown[][]; reconcile: unknown[][]; balance: unknown[][] }): { statuses: number; lineCents: number; centsApart: number } {
  const toCents = (v: unknown) => (typeof v === "number" ? Math.round(v * 100) : 0);
  let statuses = 0;
  let lineCents = 0;
  engine.lines.forEach(([status, , due], r) => {
    if (status !== STATUS_NAMES[ref.status[r]]) statuses++;
    else if (toCents(due) !== ref.lineDueCents[r]) lineCents++;
  });
  let apart = 0;
  engine.reconcile.forEach((row, c) => (apart += Math.abs(toCents(row[3]) - ref.dueCents[c]) + Math.abs(toCents(row[4]) - ref.dueAfterCents[c])));
  const b = engine.balance.map(([v]) => v);
  apart += Math.abs(toCents(b[0]) - ref.billedCents) + Math.abs(toCents(b[4]) - ref.advancesCents) + Math.abs(toCents(b[5]) - ref.balanceCents);
  apart += Math.abs((b[6] as number) - ref.counts[0]) + Math.abs((b[7] as number) - ref.counts[1]) + Math.abs((b[8] as number) - ref.counts[2]);
  return { statuses, lineCents, centsApart: apart };
}
