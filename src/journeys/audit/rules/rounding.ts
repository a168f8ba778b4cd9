import type { ParamSpec } from "../../../excel/catalog";
import { areaRef } from "../../../workbook/formula";
import { Finding, finding } from "../findings";
import { functionOf } from "../recompute";
import { argument, AuditContext, placeOf } from "./context";
import { decimalsOf } from "./totals";

/**
 * Inconsistent rounding: formulas over the same data (the same first
 * argument: the same centres, the same contract) whose rounding setting of
 * the same kind differs, e.g. ALLOCATE to the cent beside ALLOCATION.FLOWS
 * unrounded, whose rows then do not add up to the results shown.
 */
export function roundingFindings({ book, formulas }: AuditContext): Finding[] {
  const kinds = new Map<ParamSpec, number>();
  const groups = new Map<string, { fn: string; at: string; argument: string; decimals: number | undefined }[]>();
  for (const entry of formulas) {
    for (const call of entry.calls) {
      const param = call.spec.params.find((p) => p.id === "decimals");
      const first = placeOf(call.args[0], entry.sheet);
      if (!param || !first) continue;
      if (!kinds.has(param)) kinds.set(param, kinds.size);
      const key = `${kinds.get(param)}|${first.sheet}!${areaRef(first.area)}`;
      const members = groups.get(key) ?? [];
      members.push({ fn: functionOf(entry), at: entry.address, argument: call.spec.params[0].id, decimals: decimalsOf(book, entry.sheet, argument(call, "decimals")) });
      groups.set(key, members);
    }
  }
  return [...groups.entries()].flatMap(([key, members]) => {
    if (new Set(members.map((m) => m.decimals)).size < 2) return [];
    const settings = members.map((m) => `${m.fn} (${m.at}): ${m.decimals ?? "—"}`).join(", ");
    return [finding("inconsistent_rounding", members.map((m) => m.at), { argument: members[0].argument, range: key.slice(key.indexOf("|") + 1), settings })];
  });
}
