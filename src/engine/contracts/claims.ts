import { Cell, isBlank } from "../cell";
import { lineAmount, toMinor } from "./minorUnits";

/**
 * Mutual-insurance convention (mutuelle de santé and the facilities of its
 * convention): each claim line gets its payer share, its patient share and
 * the reasons, applying the rules in the order openIMIS uses:
 *   eligibility (known act and member, period, waiting period after joining,
 *   contributions up to date) → price (billed, capped at the convention price
 *   × price cap) → deductible (per beneficiary and period) → co-insurance
 *   (coverage rate of the care type) → flat co-payment (per act) → what another
 *   payer already covered → category ceiling (per beneficiary, care type and
 *   period) → general ceiling (per beneficiary and period).
 * Lines are settled in date order (then line order), since deductibles and
 * ceilings are consumed as care happens. Amounts in integer minor units.
 */

export const REJECTIONS = ["BAD_DATE", "BAD_QUANTITY", "BAD_PRICE", "UNKNOWN_ACT", "UNKNOWN_MEMBER", "OUT_OF_PERIOD", "WAITING_PERIOD", "CONTRIBUTIONS_DUE"] as const;
export const LIMITS = ["PRICE", "DEDUCTIBLE", "RATE", "COPAY", "OTHER_PAYER", "CATEGORY_CEILING", "GENERAL_CEILING"] as const;
export type Reason = (typeof REJECTIONS)[number] | (typeof LIMITS)[number] | "OK";

export interface CareType {
  rate: number;
  copayMinor: number;
  ceilingMinor: number | null;
  /** The base is capped at convention price × this (1 = the convention price; 2 = 200% of the tariff). */
  priceCap: number;
}

export interface Convention {
  /** Per act (by index): convention price and care type index. */
  priceMinor: number[];
  careTypeOf: number[];
  careTypes: CareType[];
  deductibleMinor: number;
  generalCeilingMinor: number | null;
  waitingDays: number;
  periodStart: number | null;
  periodEnd: number | null;
}

export interface Member {
  joined: number | null;
  paidUpTo: number | null;
}

export interface Settlement {
  billedMinor: number;
  baseMinor: number;
  deductibleMinor: number;
  payerMinor: number;
  patientMinor: number;
  reasons: Reason[];
}

export interface ClaimLookups {
  act: (raw: Cell) => number;
  member: (raw: Cell) => number;
}

/** claims rows: [date, beneficiary, act code, quantity, billed unit price]; `othersPaid` aligned with them (minor units). */
export function settleClaims(claims: Cell[][], convention: Convention, members: Member[], find: ClaimLookups, scale: number, othersPaid: ((row: number) => number) | null): (Settlement | null)[] {
  const out: (Settlement | null)[] = new Array(claims.length).fill(null);
  const deductibleLeft = new Map<number, number>();
  const categoryLeft = new Map<string, number>();
  const generalLeft = new Map<number, number>();

  for (const r of chronological(claims)) {
    const [date, who, code, qty, billed] = claims[r];
    if (isBlank(date) && isBlank(who) && isBlank(code) && isBlank(qty) && isBlank(billed)) continue;
    const others = othersPaid?.(r) ?? 0;
    const reject = (reason: Reason, billedMinor = 0): void => void (out[r] = { billedMinor, baseMinor: 0, deductibleMinor: 0, payerMinor: 0, patientMinor: billedMinor - others, reasons: [reason] });
    if (typeof date !== "number" || !Number.isFinite(date)) { reject("BAD_DATE"); continue; }
    if (typeof qty !== "number" || !(qty >= 0)) { reject("BAD_QUANTITY"); continue; }
    const act = find.act(code);
    const unitMinor = isBlank(billed) ? (act >= 0 ? convention.priceMinor[act] : 0) : typeof billed === "number" ? toMinor(billed, scale) : null;
    if (unitMinor === null || unitMinor < 0) { reject("BAD_PRICE"); continue; }
    const billedMinor = lineAmount(qty, unitMinor);
    if (act < 0) { reject("UNKNOWN_ACT", billedMinor); continue; }
    const m = find.member(who);
    if (m < 0) { reject("UNKNOWN_MEMBER", billedMinor); continue; }
    if ((convention.periodStart !== null && date < convention.periodStart) || (convention.periodEnd !== null && date > convention.periodEnd)) { reject("OUT_OF_PERIOD", billedMinor); continue; }
    const member = members[m];
    if (member.joined !== null && date < member.joined + convention.waitingDays) { reject("WAITING_PERIOD", billedMinor); continue; }
    if (member.paidUpTo !== null && date > member.paidUpTo) { reject("CONTRIBUTIONS_DUE", billedMinor); continue; }

    const reasons: Reason[] = [];
    const type = convention.careTypes[convention.careTypeOf[act]];
    const capMinor = lineAmount(qty * type.priceCap, convention.priceMinor[act]);
    const baseMinor = Math.min(billedMinor, capMinor);
    if (baseMinor < billedMinor) reasons.push("PRICE");
    const deductible = Math.min(deductibleLeft.get(m) ?? convention.deductibleMinor, baseMinor);
    deductibleLeft.set(m, (deductibleLeft.get(m) ?? convention.deductibleMinor) - deductible);
    if (deductible > 0) reasons.push("DEDUCTIBLE");
    let payer = lineAmount(type.rate, baseMinor - deductible);
    if (type.rate < 1) reasons.push("RATE");
    const copay = Math.min(payer, lineAmount(qty, type.copayMinor));
    if (copay > 0) reasons.push("COPAY");
    payer -= copay;
    if (others > 0 && payer > baseMinor - others) {
      payer = Math.max(0, baseMinor - others);
      reasons.push("OTHER_PAYER");
    }
    payer = limit(payer, categoryLeft, `${m}|${convention.careTypeOf[act]}`, type.ceilingMinor, "CATEGORY_CEILING", reasons);
    payer = limit(payer, generalLeft, m, convention.generalCeilingMinor, "GENERAL_CEILING", reasons);
    out[r] = { billedMinor, baseMinor, deductibleMinor: deductible, payerMinor: payer, patientMinor: billedMinor - payer - others, reasons: reasons.length ? reasons : ["OK"] };
  }
  return out;
}

/** Caps `payer` at what is left under a ceiling for `key`, and consumes it. */
function limit<K>(payer: number, left: Map<K, number>, key: K, ceiling: number | null, reason: Reason, reasons: Reason[]): number {
  if (ceiling === null) return payer;
  const room = left.get(key) ?? ceiling;
  const paid = Math.min(payer, room);
  left.set(key, room - paid);
  if (paid < payer) reasons.push(reason);
  return paid;
}

/** Line indices in date order, stable; already-sorted data (the usual export) is not re-sorted. */
function chronological(claims: Cell[][]): number[] {
  const order = claims.map((_, i) => i);
  const dateOf = (i: number) => (typeof claims[i][0] === "number" ? (claims[i][0] as number) : -Infinity);
  for (let i = 1; i < claims.length; i++) if (dateOf(i) < dateOf(i - 1)) return order.sort((a, b) => dateOf(a) - dateOf(b) || a - b);
  return order;
}
