import { Cell, isBlank } from "../cells";
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
export type LineStatus = (typeof LINE_STATUSES)[number] | "";
export type EnvelopeRule = "prorata" | "priority";

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
  atContractPriceMinor: number;
  dueMinor: number;
  dueAfterEnvelopeMinor: number;
  volumeVarianceMinor: number;
  priceVarianceMinor: number;
  rejectedLines: number;
}

export interface Reconciliation {
  status: LineStatus[];
  acceptedQuantity: Float64Array;
  lineDueMinor: Float64Array;
  lines: ContractLineResult[];
}

/** activity rows: [date, code, quantity, billed unit price, reference?]; dates as Excel serial numbers. */
export function reconcile(contract: ContractTable, activity: Cell[][], period: Period, scale: number, envelopeMinor: number | null, rule: EnvelopeRule): Reconciliation {
  const m = activity.length;
  const status = new Array<LineStatus>(m).fill("");
  const contractOf = new Int32Array(m).fill(-1);
  const quantity = new Float64Array(m);
  const acceptedQuantity = new Float64Array(m);
  const lineDueMinor = new Float64Array(m);
  const lines = contract.priceMinor.map(() => ({ realised: 0, accepted: 0, billedMinor: 0, atContractPriceMinor: 0, dueMinor: 0, dueAfterEnvelopeMinor: 0, volumeVarianceMinor: 0, priceVarianceMinor: 0, rejectedLines: 0 }));
  const lookup = cachedLookup(contract.index);
  const billedOf = new Float64Array(m);
  const referenceOf = (r: number) => (typeof activity[r][4] === "string" ? (activity[r][4] as string).trim() : activity[r][4]);
  const duplicates = new DuplicateFinder(m, (a, b) => activity[a][0] === activity[b][0] && contractOf[a] === contractOf[b] && quantity[a] === quantity[b] && billedOf[a] === billedOf[b] && referenceOf(a) === referenceOf(b));
  const overCeiling = new Set<number>();

  for (let r = 0; r < m; r++) {
    const row = activity[r];
    const date = row[0], code = row[1], qty = row[2], billed = row[3], reference = row[4];
    if (isBlank(date) && isBlank(code) && isBlank(qty) && isBlank(billed) && isBlank(reference)) continue;
    const c = lookup(code);
    contractOf[r] = c;
    if (typeof date !== "number" || !Number.isFinite(date)) { status[r] = "BAD_DATE"; continue; }
    if (typeof qty !== "number" || !(qty >= 0)) { status[r] = "BAD_QUANTITY"; continue; }
    const billedMinor = isBlank(billed) ? (c >= 0 ? contract.priceMinor[c] : 0) : typeof billed === "number" ? toMinor(billed, scale) : null;
    if (billedMinor === null || billedMinor < 0) { status[r] = "BAD_PRICE"; continue; }
    if (c < 0) { status[r] = "UNKNOWN_CODE"; continue; }
    const line = lines[c];
    if ((period.start !== null && date < period.start) || (period.end !== null && date > period.end)) {
      status[r] = "OUT_OF_PERIOD";
      line.rejectedLines++;
      continue;
    }
    quantity[r] = qty;
    billedOf[r] = billedMinor;
    if (!isBlank(reference) && duplicates.seenBefore(hashOf(referenceOf(r), date, c, qty, billedMinor), r)) {
      status[r] = "DUPLICATE";
      line.rejectedLines++;
      continue;
    }
    const price = contract.priceMinor[c];
    status[r] = billedMinor === price ? "OK" : "PRICE_DIFFERS";
    acceptedQuantity[r] = qty;
    line.realised += qty;
    line.billedMinor += lineAmount(qty, billedMinor);
    line.atContractPriceMinor += lineAmount(qty, price);
    const ceiling = contract.ceiling[c];
    if (ceiling !== null && line.realised > ceiling) overCeiling.add(c);
  }

  if (overCeiling.size > 0) applyCeilings(contract, activity, status, contractOf, quantity, acceptedQuantity, overCeiling);

  for (let r = 0; r < m; r++) {
    const c = contractOf[r];
    if (acceptedQuantity[r] === 0 || c < 0) continue;
    const due = lineAmount(acceptedQuantity[r], contract.priceMinor[c]);
    lineDueMinor[r] = due;
    lines[c].accepted += acceptedQuantity[r];
    lines[c].dueMinor += due;
  }
  lines.forEach((line, c) => {
    line.volumeVarianceMinor = lineAmount(line.realised - contract.volume[c], contract.priceMinor[c]);
    line.priceVarianceMinor = line.billedMinor - line.atContractPriceMinor;
  });
  applyEnvelope(lines, envelopeMinor, rule);
  return { status, acceptedQuantity, lineDueMinor, lines };
}

/** Accepts lines up to each ceiling in date order (then line order); the rest is OVER_CEILING. */
function applyCeilings(contract: ContractTable, activity: Cell[][], status: LineStatus[], contractOf: Int32Array, quantity: Float64Array, accepted: Float64Array, over: Set<number>): void {
  // Sort keys day × 2^21 + line (Excel has fewer than 2^21 rows) in a typed array: a native numeric sort, no comparator calls.
  const lineBits = 2 ** 21;
  const keys: number[] = [];
  status.forEach((s, r) => {
    if ((s === "OK" || s === "PRICE_DIFFERS") && over.has(contractOf[r])) keys.push(Math.floor(activity[r][0] as number) * lineBits + r);
  });
  const order = Float64Array.from(keys).sort();
  const room = new Map<number, number>();
  for (const key of order) {
    const r = key % lineBits;
    const c = contractOf[r];
    const left = room.get(c) ?? (contract.ceiling[c] as number);
    accepted[r] = Math.min(quantity[r], left);
    room.set(c, left - accepted[r]);
    if (accepted[r] < quantity[r]) status[r] = "OVER_CEILING";
  }
}

function applyEnvelope(lines: ContractLineResult[], envelopeMinor: number | null, rule: EnvelopeRule): void {
  const total = lines.reduce((a, l) => a + l.dueMinor, 0);
  if (envelopeMinor === null || total <= envelopeMinor) {
    lines.forEach((l) => (l.dueAfterEnvelopeMinor = l.dueMinor));
    return;
  }
  if (rule === "prorata") {
    prorate(envelopeMinor, lines.map((l) => l.dueMinor)).forEach((v, c) => (lines[c].dueAfterEnvelopeMinor = v));
    return;
  }
  let left = envelopeMinor;
  for (const l of lines) {
    l.dueAfterEnvelopeMinor = Math.min(l.dueMinor, left);
    left -= l.dueAfterEnvelopeMinor;
  }
}
