import { centreCostLinkFrom, CentreCostLink, COST_CENTRE_MARKER } from "../../src/workbook/costCentres";
import { parseRef } from "../../src/workbook/formula";
import type { RangeRef } from "../../src/workbook/plan";
import { nameKey } from "./names";

/** A cost-centre template found in the workbook: the sheets of its centre codes and of its results, and where another template reads them. */
export interface FoundCostCentres {
  sheets: { centres: string; results: string };
  link: CentreCostLink;
}

/**
 * Finds a cost-centre template inserted earlier. Its method table (tMethode,
 * tMethod, or with a suffix when the name was taken: tMethode_2) marks its
 * results sheet; the ALLOCATE formula there names the centre codes it reads,
 * as Excel keeps that reference up to date (a renamed sheet, rows inserted
 * inside the centre table). When several are found, the most recent wins: the
 * highest suffix, then the last in the workbook's list of tables.
 */
export async function findCostCentreTemplate(context: Excel.RequestContext): Promise<FoundCostCentres | undefined> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const candidates = tables.items
    .map((table, index) => ({ table, index, rank: suffixRank(table.name) }))
    .filter((c): c is { table: Excel.Table; index: number; rank: number } => c.rank !== undefined)
    .sort((a, b) => b.rank - a.rank || b.index - a.index);
  for (const { table } of candidates) {
    const sheet = table.worksheet.load("name");
    const allocate = table.worksheet.getRange(COST_CENTRE_MARKER.allocateAt).load("formulas");
    await context.sync();
    const codes = centresReadBy(String(allocate.formulas[0][0]));
    if (codes) return { sheets: { centres: codes.sheet!, results: sheet.name }, link: centreCostLinkFrom(codes, sheet.name) };
  }
  return undefined;
}

/** 1 for "tMethode", 2 for "tMethode_2" (names compared as Excel does, without case), undefined for another table. */
function suffixRank(name: string): number | undefined {
  for (const base of COST_CENTRE_MARKER.methodTables) {
    if (!nameKey(name).startsWith(nameKey(base))) continue;
    const suffix = /^(?:_(\d+))?$/.exec(name.slice(base.length));
    if (suffix) return suffix[1] === undefined ? 1 : Number(suffix[1]);
  }
  return undefined;
}

/** The first argument of `=HISAB.ALLOCATE(Centres!A2:A31,…)` (or `=HISAB.REPARTIR(…)`), a one-column range on a named sheet. */
export function centresReadBy(formula: string): RangeRef | undefined {
  const match = /^=\s*HISAB\.[A-Z.]+\(\s*('(?:[^']|'')+'|[^'!,()]+)!(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)\s*,/i.exec(formula);
  if (!match) return undefined;
  const sheet = match[1].startsWith("'") ? match[1].slice(1, -1).replace(/''/g, "'") : match[1];
  const area = parseRef(match[2]);
  return area.cols === 1 ? { kind: "range", sheet, ref: match[2].replace(/\$/g, "") } : undefined;
}
