import type { Expr } from "../../../workbook/plan";
import { Area, parseRef } from "../../../workbook/formula";
import type { Workbook } from "../model";
import type { FormulaEntry, OurCall } from "../recompute";

/** What every audit rule reads: the workbook, its formulas recomputed, and where the workbook comes from. */
export interface AuditContext {
  book: Workbook;
  formulas: FormulaEntry[];
  /** "file": a saved .xlsx (formulas as stored); "workbook": read from Excel itself (formulas as typed). */
  source: "file" | "workbook";
}

/** A block of cells on a sheet. */
export interface Place {
  sheet: string;
  area: Area;
}

/** The cells an argument refers to, when it is a reference. */
export function placeOf(expr: Expr | undefined, ownSheet: string): Place | undefined {
  return expr?.kind === "range" ? { sheet: expr.sheet ?? ownSheet, area: parseRef(expr.ref) } : undefined;
}

/** The argument given for parameter `id` of a call, if any. */
export function argument(call: OurCall, id: string): Expr | undefined {
  const i = call.spec.params.findIndex((p) => p.id === id);
  const arg = i >= 0 ? call.args[i] : undefined;
  return arg?.kind === "text" && arg.value === "" ? undefined : arg;
}
