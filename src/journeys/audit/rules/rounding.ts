import { Finding, finding } from "../findings";
import { areaAddress } from "../model";
import { functionOf } from "../recompute";
import { argument, AuditContext, placeOf } from "./context";
import { decimalsOf } from "./totals";

/**
 * Inconsistent rounding: functions that give two views of one computation
 * (an allocation's results and its flows; a contract's reconciliation, lines
 * and balance; a twinning's values and settlement) over the same data, whose
 * rounding differs: ALLOCATE to the cent beside ALLOCATION.FLOWS unrounded,
 * and the flows shown no longer add up to the results shown.
 */
const FAMILIES: Record<string, string> = {
  ALLOCATE: "allocation",
  "ALLOCATION.FLOWS": "allocation",
  "CONTRACT.RECONCILE": "contract",
  "CONTRACT.LINES": "contract",
  "CONTRACT.BALANCE": "contract",
  "TWINNING.VALUE": "twinning",
  "TWINNING.SETTLE": "twinning",
};

export function roundingFindings({ book, formulas }: AuditContext): Finding[] {
  const groups = new Map<string, { fn: string; at: string; argument: string; decimals: number | undefined }[]>();
  for (const entry of formulas) {
    for (const call of entry.calls) {
      const family = FAMILIES[call.spec.id];
      const [first, second] = [placeOf(call.args[0], entry.sheet), placeOf(call.args[1], entry.sheet)];
      if (!family || !first || !second) continue;
      const key = `${family}|${areaAddress(first.sheet, first.area)}|${areaAddress(second.sheet, second.area)}`;
      const members = groups.get(key) ?? [];
      members.push({ fn: functionOf(entry), at: entry.address, argument: call.spec.params[0].id, decimals: decimalsOf(book, entry.sheet, argument(call, "decimals")) });
      groups.set(key, members);
    }
  }
  return [...groups.entries()].flatMap(([key, members]) => {
    if (new Set(members.map((m) => m.decimals)).size < 2) return [];
    const settings = members.map((m) => `${m.fn} (${m.at}): ${m.decimals ?? "—"}`).join(", ");
    return [finding("inconsistent_rounding", members.map((m) => m.at), { argument: members[0].argument, range: key.split("|")[1], settings })];
  });
}
