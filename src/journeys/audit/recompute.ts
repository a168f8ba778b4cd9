import { findFunction, FunctionSpec } from "../../excel/catalog";
import { Computed, evaluatePlan, Grid, isErrorValue, OutsideCells, PlanEvaluation } from "../../workbook/evaluate";
import { Area, cellAddress, parseRef } from "../../workbook/formula";
import { ourFunction } from "../../workbook/parse";
import type { Expr } from "../../workbook/plan";
import { cellRef, computed, ModelCell, Workbook } from "./model";

/**
 * Every formula of a workbook, recomputed from the saved values of the cells
 * it reads (constants, and other formulas' cached results), so that each
 * formula is judged on its own: a difference says that this cell's saved
 * value is not what its formula gives from what the file holds around it.
 */

export interface OurCall {
  spec: FunctionSpec;
  /** The arguments as written, by parameter (omitted ones absent). */
  args: Expr[];
}

export interface Difference {
  /** "Sheet!A1". */
  at: string;
  saved: Computed;
  computed: Computed;
}

export interface FormulaEntry {
  sheet: string;
  cell: ModelCell;
  /** "Sheet!A1" of the anchor. */
  address: string;
  /** The area the saved result covers: the spill, or the anchor alone. */
  area: Area;
  expr?: Expr;
  /** Why the formula cannot be recomputed (parse refusal, or what the evaluator does not compute). */
  problem?: string;
  /** Calls of our functions, outermost first; empty for a native formula. */
  calls: OurCall[];
  saved: Grid;
  recomputed?: Grid;
  differences: Difference[];
}

export function recompute(book: Workbook): FormulaEntry[] {
  const evaluation = savedCells(book);
  return book.model.sheets.flatMap((sheet) =>
    book
      .cells(sheet.name)
      .filter((cell) => cell.formula !== undefined)
      .map((cell) => entryOf(book, evaluation, sheet.name, cell)),
  );
}

/** True when the formula calls one of our functions. */
export const isOurs = (entry: FormulaEntry): boolean => entry.calls.length > 0 || /HISAB[._]/i.test(entry.cell.formula ?? "");

/** The name of the formula's function for messages: our outermost function (read from the text when the formula could not be parsed), or the formula itself. */
export function functionOf(entry: FormulaEntry): string {
  const spec = entry.calls[0]?.spec ?? [...(entry.cell.formula ?? "").matchAll(/(?:_xldudf_)?HISAB[._][\w.]+(?=\s*\()/gi)].map((m) => ourFunction(m[0])).find(Boolean);
  return spec ? `HISAB.${spec.id}` : `=${entry.cell.formula}`;
}

function entryOf(book: Workbook, evaluation: PlanEvaluation, sheet: string, cell: ModelCell): FormulaEntry {
  const address = cellRef(sheet, cell.row, cell.col);
  const area = cell.spill ? parseRef(cell.spill) : { top: cell.row, left: cell.col, rows: 1, cols: 1 };
  const saved = book.values(sheet, area);
  const parsed = book.parse(sheet, cell);
  if (!("expr" in parsed)) return { sheet, cell, address, area, problem: parsed.detail, calls: [], saved, differences: [] };
  const calls = ourCalls(parsed.expr);
  let recomputed: Grid;
  try {
    recomputed = evaluation.evaluate(sheet, parsed.expr);
  } catch (e) {
    // The evaluator computes what templates need; beyond that (array arithmetic, SUMIF over ranges of other sizes) it refuses.
    return { sheet, cell, address, area, expr: parsed.expr, problem: (e as Error).message.replace(/^.*?: /, ""), calls, saved, differences: [] };
  }
  return { sheet, cell, address, area, expr: parsed.expr, calls, saved, recomputed, differences: differences(sheet, area, saved, recomputed) };
}

/** Our functions called in `expr`, outermost first. */
function ourCalls(expr: Expr): OurCall[] {
  const found: OurCall[] = [];
  const walk = (e: Expr): void => {
    if (e.kind === "call") {
      const spec = findFunction(e.fn);
      if (spec) found.push({ spec, args: e.args });
      e.args.forEach(walk);
    } else if (e.kind === "binary") {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expr);
  return found;
}

/**
 * The saved cells over the recomputed result, where they disagree. A single
 * saved cell is compared with the result's first value (a file from an Excel
 * without dynamic arrays shows only that one).
 */
function differences(sheet: string, area: Area, saved: Grid, recomputed: Grid): Difference[] {
  const rows = area.rows === 1 && area.cols === 1 ? 1 : Math.max(area.rows, recomputed.length);
  const cols = area.rows === 1 && area.cols === 1 ? 1 : Math.max(area.cols, recomputed[0]?.length ?? 0);
  const out: Difference[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const was = saved[r]?.[c] ?? null;
      const now = recomputed[r]?.[c] ?? null;
      if (!sameValue(was, now)) out.push({ at: cellRef(sheet, area.top + r, area.left + c), saved: was, computed: now });
    }
  }
  return out;
}

/**
 * Whether a saved value is what was computed: errors by their code, texts
 * exactly, numbers to within a thousand-billionth of their size (a billionth
 * at least: far below a cent), a blank like "" or a reference's 0.
 */
export function sameValue(saved: Computed, computedValue: Computed): boolean {
  if (isErrorValue(saved) || isErrorValue(computedValue)) return isErrorValue(saved) && isErrorValue(computedValue) && saved.error === computedValue.error;
  const blank = (v: Computed) => v === null || v === "";
  if (blank(computedValue)) return blank(saved) || saved === 0;
  if (typeof saved === "number" && typeof computedValue === "number") return Math.abs(saved - computedValue) <= 1e-9 + 1e-12 * Math.max(Math.abs(saved), Math.abs(computedValue));
  return saved === computedValue;
}

/** An evaluator over the workbook as saved: every cell's constant or cached value, every sheet known (even an empty one). */
function savedCells(book: Workbook): PlanEvaluation {
  const outside: OutsideCells[] = book.model.sheets.flatMap((sheet) => {
    // One block per row, from its first filled cell to its last (a million-cell table is a few hundred thousand blocks, not a million).
    const rows = new Map<number, Map<number, Computed>>();
    for (const cell of sheet.cells) {
      if (cell.value === null) continue;
      const row = rows.get(cell.row) ?? new Map<number, Computed>();
      row.set(cell.col, computed(cell.value, cellRef(sheet.name, cell.row, cell.col)));
      rows.set(cell.row, row);
    }
    const blocks = [...rows].map(([row, cells]): OutsideCells => {
      const first = Math.min(...cells.keys());
      const width = Math.max(...cells.keys()) - first + 1;
      return { sheet: sheet.name, at: cellAddress(row, first), rows: [Array.from({ length: width }, (_, c) => cells.get(first + c) ?? null)] };
    });
    return [{ sheet: sheet.name, at: "A1", rows: [[null]] }, ...blocks];
  });
  return evaluatePlan({ id: "audit", title: "", sheets: [] }, outside);
}
