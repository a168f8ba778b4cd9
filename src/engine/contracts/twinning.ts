import { fail } from "../errors";
import { lineAmount } from "./minorUnits";

/**
 * Twinning convention (jumelage) between two public hospitals: staff
 * missions, tests and equipment time one provides to the other, valued at
 * the PROVIDER's cost per unit of work (from its own cost-centre results),
 * then netted both ways into one settlement per period.
 */

export interface ServiceLine {
  date: number;
  provider: number;
  receiver: number;
  service: number;
  quantity: number;
}

/** unitCostMinor[service][hospital]: what one unit costs at that hospital, or null if it does not provide it. */
export function valueService(line: ServiceLine, unitCostMinor: (number | null)[][], row: number, codes: { service: string; hospital: string }): number {
  const cost = unitCostMinor[line.service][line.provider];
  if (cost === null) fail("missing_unit_cost", { argument: "services", row, code: codes.service }, { act: codes.service, centre: codes.hospital });
  return lineAmount(line.quantity, cost);
}

export interface PeriodSettlement {
  aToB: number;
  bToA: number;
  /** What B owes A (negative: A owes B). */
  net: number;
}

/** Sums values by period (the period whose start ≤ date < next start) and by direction between hospitals a and b. */
export function settle(lines: readonly (ServiceLine | null)[], values: readonly number[], periodStarts: readonly number[], a: number, b: number): PeriodSettlement[] {
  const out = periodStarts.map(() => ({ aToB: 0, bToA: 0, net: 0 }));
  lines.forEach((line, i) => {
    if (!line) return;
    const p = periodOf(periodStarts, line.date);
    if (p < 0) return;
    if (line.provider === a && line.receiver === b) out[p].aToB += values[i];
    if (line.provider === b && line.receiver === a) out[p].bToA += values[i];
  });
  out.forEach((s) => (s.net = s.aToB - s.bToA));
  return out;
}

/** The last period starting on or before `date` (starts in increasing order), -1 before the first: a binary search, as a year of daily periods meets thousands of lines. */
function periodOf(starts: readonly number[], date: number): number {
  let low = -1;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= date) low = mid;
    else high = mid - 1;
  }
  return low;
}

