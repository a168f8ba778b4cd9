import type { ParamSpec } from "../../excel/catalog";
import { isErrorValue } from "../../workbook/evaluate";
import { formulaText, parseRef } from "../../workbook/formula";
import type { Expr, Value } from "../../workbook/plan";
import { AuditCode, Finding, SEVERITIES, SEVERITY, Severity } from "./findings";
import { areaAddress, Workbook, WorkbookModel } from "./model";
import { FormulaEntry, isOurs, recompute } from "./recompute";
import type { AuditContext } from "./rules/context";
import { coverage, Coverage } from "./rules/coverage";
import { mappingFindings } from "./rules/mapping";
import { outputFindings } from "./rules/outputs";
import { resultFindings } from "./rules/results";
import { roundingFindings } from "./rules/rounding";
import { RunFound, runFindings, runRecords } from "./rules/runs";
import { totalFindings } from "./rules/totals";
import { typedOverFindings } from "./rules/typedOver";

/**
 * "Audit this workbook": every rule on one workbook model, the same for the
 * pane (a workbook read through Office.js) and the headless audit (a saved
 * .xlsx). The report lists the findings, worst first, each naming its cells;
 * the inventory of our formulas with their inputs and whether each saved
 * result is what the formula gives; the coverage of expense lines; the run
 * records read.
 */

export interface AuditOptions {
  /** "file": a saved .xlsx (formulas as stored); "workbook": read from Excel (formulas as typed). */
  source: AuditContext["source"];
}

export type RecomputeStatus = "matches" | "differs" | "error" | "not_registered" | "spill_blocked" | "not_calculated" | "not_recomputable";

export interface InventoryArgument {
  param: ParamSpec;
  /** The argument as written (typed form), e.g. "Centres!A2:A31" or "\"cascade\"". */
  text: string;
  /** Rows × columns of a reference to several cells. */
  size?: string;
  /** The saved value of a reference to one cell (a method, a setting). */
  value?: Value;
}

export interface InventoryEntry {
  /** "Sheet!A1" of the anchor, and the whole result. */
  address: string;
  area: string;
  /** Catalog id of our outermost function. */
  fn: string;
  formula: string;
  args: InventoryArgument[];
  status: RecomputeStatus;
}

export interface AuditReport {
  findings: Finding[];
  inventory: InventoryEntry[];
  coverage: Coverage[];
  runs: RunFound[];
}

export function auditWorkbook(model: WorkbookModel, options: AuditOptions): AuditReport {
  const book = new Workbook(model);
  const formulas = recompute(book);
  const context: AuditContext = { book, formulas, source: options.source };
  const runs = runRecords(book);
  const covered = coverage(context);
  const findings = [
    ...resultFindings(context),
    ...typedOverFindings(context),
    ...outputFindings(context),
    ...totalFindings(context),
    ...runFindings(context, runs),
    ...mappingFindings(context),
    ...roundingFindings(context),
    ...covered.findings,
  ];
  return { findings: ordered(withoutRepeats(findings)), inventory: formulas.filter(isOurs).map((entry) => inventoryEntry(book, entry)), coverage: covered.coverages, runs };
}

/** True when nothing is wrong or to look at (notes say only what could not be checked). */
export function isClean(report: AuditReport): boolean {
  return report.findings.every((f) => SEVERITY[f.code] === "note");
}

export function countBySeverity(report: AuditReport): Record<Severity, number> {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of report.findings) counts[SEVERITY[f.code]]++;
  return counts;
}

/** A formula the journey wrote and a value typed over it are the same cell told twice: the typed value says more. */
function withoutRepeats(findings: Finding[]): Finding[] {
  const typed = new Set(findings.filter((f) => f.code === "typed_over_formula").map((f) => f.cells[0]));
  return findings.filter((f) => f.code !== "formula_replaced" || !typed.has(f.cells[0]));
}

/** Errors first, then warnings, then notes; within each, in the order the rules found them. */
function ordered(findings: Finding[]): Finding[] {
  const rank = (code: AuditCode) => SEVERITIES.indexOf(SEVERITY[code]);
  return findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f.code) - rank(b.f.code) || a.i - b.i).map(({ f }) => f);
}

function inventoryEntry(book: Workbook, entry: FormulaEntry): InventoryEntry {
  const call = entry.calls[0];
  const args: InventoryArgument[] = call ? call.spec.params.flatMap((param, i) => (call.args[i] === undefined || isOmitted(call.args[i]) ? [] : [argumentOf(book, entry.sheet, param, call.args[i])])) : [];
  return {
    address: entry.address,
    area: areaAddress(entry.sheet, entry.area),
    fn: call?.spec.id ?? "",
    formula: `=${entry.cell.formula}`,
    args,
    status: statusOf(entry),
  };
}

const isOmitted = (e: Expr) => e.kind === "text" && e.value === "";

function argumentOf(book: Workbook, sheet: string, param: ParamSpec, expr: Expr): InventoryArgument {
  const text = formulaText(expr, { form: "typed" });
  if (expr.kind !== "range") return { param, text };
  const area = parseRef(expr.ref);
  if (area.rows * area.cols > 1) return { param, text, size: `${area.rows} × ${area.cols}` };
  const value = book.values(expr.sheet ?? sheet, area)[0][0];
  return { param, text, value: isErrorValue(value) ? value.error : value };
}

function statusOf(entry: FormulaEntry): RecomputeStatus {
  const anchor = entry.saved[0][0];
  if (isErrorValue(anchor) && anchor.error === "#NAME?") return "not_registered";
  if (isErrorValue(anchor) && anchor.error === "#SPILL!") return "spill_blocked";
  if (entry.problem !== undefined) return "not_recomputable";
  if (entry.saved.every((row) => row.every((v) => v === null))) return "not_calculated";
  if (entry.differences.length > 0) return "differs";
  return isErrorValue(anchor) ? "error" : "matches";
}
