import type { WorkbookPlan } from "./plan";

/**
 * Several templates in one workbook, in the order given: a later plan's
 * formulas may read an earlier plan's sheets (the acts template reading the
 * cost-centre results), never the other way round. Sheet and table names must
 * not collide (they are unique per template, and distinct across templates).
 */
export function combinePlans(title: string, plans: readonly WorkbookPlan[]): WorkbookPlan {
  const sheets = plans.flatMap((plan) => plan.sheets);
  const once = (names: string[], what: string) => {
    const seen = new Set<string>();
    for (const name of names) {
      const key = name.toLocaleLowerCase();
      if (seen.has(key)) throw new Error(`Combined templates both have a ${what} named "${name}"`);
      seen.add(key);
    }
  };
  once(sheets.map((s) => s.name), "sheet");
  once(sheets.flatMap((s) => s.tables.map((t) => t.name)), "table");
  return { id: plans.map((plan) => plan.id).join("+"), title, sheets };
}
