import { CATALOG, findFunction, NAMESPACE } from "../excel/catalog";
import type { Cell } from "../excel/cells";
import type { ChartPlan, Expr, FormulaCell, RangeRef, SheetPlan, Value, WorkbookPlan } from "./plan";

/**
 * Formulas of a WorkbookPlan as Excel text, and the A1 arithmetic they need.
 *
 * Two forms of the same formula (both without the leading "="):
 * - "typed": what a user types and what Office.js writes, `HISAB.ALLOCATE(…)`.
 * - "stored": what Excel itself saves in an .xlsx for a JavaScript custom
 *   function, `_xldudf_HISAB_ALLOCATE(…)`: the prefix `_xldudf_`, the
 *   namespace, "_", then the function id with its dots turned into
 *   underscores (`ALLOCATION.FLOWS` → `_xldudf_HISAB_ALLOCATION_FLOWS`).
 *   Excel turns it back into `HISAB.…` once the add-in has loaded. Sources:
 *   Microsoft's answer in OfficeDev/Excel-Custom-Functions#108 ("for
 *   JavaScript custom functions, we by default save out with a different
 *   prefix _xldudf"); OfficeDev/office-js#3558 (the `_xldudf` names stay until
 *   the add-in's manifest is parsed, then become the real names), #5611 and
 *   #4811 (the prefix as users meet it in saved workbooks; public code reading
 *   such files shows e.g. `_xldudf_CX_GET`); for dots, office-js#877
 *   (Microsoft, on XLL-compatible names: "if a function contains a
 *   dot/period it is replaced by an underscore") and a public
 *   importer of Excel workbooks that lists one function's spellings as
 *   `CS.SPARK.XCALL` (typed) and `_xldudf_CS_SPARK_XCALL` (stored). No public
 *   .xlsx saved by Excel with a dotted id was found to check byte for byte.
 *   A file written in the typed form by another tool can stay at #NAME?
 *   (Excel-Custom-Functions#108, office-js#6395): generated files use "stored".
 *
 * Native functions are written in English; only functions that Excel 2007
 * already had are allowed, so none needs the `_xlfn.` prefix in files.
 */

export type FormulaForm = "typed" | "stored";

/** Native Excel functions our templates may use (all pre-2010: stored as typed). */
export const NATIVE_FUNCTIONS = ["SUM", "ROUND", "ABS", "MIN", "MAX", "TRANSPOSE", "SUMIF", "SUMPRODUCT", "INDEX", "SUMIFS", "COUNTIF", "CONCATENATE", "EDATE", "IF", "ISERROR", "ERROR.TYPE"] as const;
export type NativeFunction = (typeof NATIVE_FUNCTIONS)[number];

export function isNativeFunction(fn: string): fn is NativeFunction {
  return (NATIVE_FUNCTIONS as readonly string[]).includes(fn);
}

/** True when `fn` is one of our catalog functions (by id, e.g. "ALLOCATION.FLOWS"). */
function isOurFunction(fn: string): boolean {
  return findFunction(fn) !== undefined;
}

/** Name of one of our functions in a formula: `HISAB.ALLOCATION.FLOWS` typed, `_xldudf_HISAB_ALLOCATION_FLOWS` stored. */
export function ourFunctionName(id: string, form: FormulaForm): string {
  return form === "typed" ? `${NAMESPACE}.${id}` : `_xldudf_${NAMESPACE}_${id.replace(/\./g, "_")}`;
}

const CATALOG_IDS = CATALOG.map((spec) => spec.id);

/** Whether a formula calls one of our functions, in either form (what "repair formulas" re-enters). */
export function callsOurFunctions(formula: string): boolean {
  return new RegExp(`\\b${NAMESPACE}\\.|_xldudf_${NAMESPACE}_`, "i").test(formula);
}

/**
 * A formula as it must be typed for Excel to resolve our functions: each
 * stored name (`_xldudf_HISAB_ALLOCATION_FLOWS(`) back to the typed one
 * (`HISAB.ALLOCATION.FLOWS(`); a stored name of no catalog function is left.
 */
export function typedFormula(formula: string): string {
  return formula.replace(new RegExp(`_xldudf_${NAMESPACE}_([A-Z0-9_]+)(?=\\s*\\()`, "gi"), (stored, name: string) => {
    const id = CATALOG_IDS.find((candidate) => candidate.replace(/\./g, "_") === name.toUpperCase());
    return id ? ourFunctionName(id, "typed") : stored;
  });
}

const PRECEDENCE = { "=": 0, "<>": 0, "<": 0, "<=": 0, ">": 0, ">=": 0, "+": 1, "-": 1, "*": 2, "/": 2 } as const;

/** The formula without its leading "=". Throws on an unknown function (a template bug, not a user error). */
export function formulaText(expr: Expr, options: { form: FormulaForm }): string {
  const render = (e: Expr): string => {
    switch (e.kind) {
      case "call":
        return `${functionName(e.fn, options.form)}(${e.args.map(render).join(",")})`;
      case "range":
        return e.sheet === undefined ? e.ref : `${quoteSheetName(e.sheet)}!${e.ref}`;
      case "number":
        return numberLiteral(e.value);
      case "text":
        return `"${e.value.replace(/"/g, '""')}"`;
      case "binary": {
        const own = PRECEDENCE[e.op];
        const left = e.left.kind === "binary" && PRECEDENCE[e.left.op] < own ? `(${render(e.left)})` : render(e.left);
        // a - (b - c), a / (b * c): the right operand is grouped whenever it does not bind tighter.
        const right = e.right.kind === "binary" && PRECEDENCE[e.right.op] <= own ? `(${render(e.right)})` : render(e.right);
        return `${left}${e.op}${right}`;
      }
    }
  };
  return render(expr);
}

function functionName(fn: string, form: FormulaForm): string {
  if (isOurFunction(fn)) return ourFunctionName(fn, form);
  if (isNativeFunction(fn)) return fn;
  throw new Error(`Template formula calls "${fn}", which is neither a catalog function nor an allowed native function`);
}

function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Template formula holds a non-finite number (${value})`);
  return String(value).toUpperCase();
}

/**
 * A sheet name as Excel writes it in a reference: bare when it is a plain
 * ASCII identifier that cannot be read as a cell, a boolean or an R1C1
 * reference; otherwise in single quotes with inner quotes doubled
 * ('Clés secondaires', 'Mode d''emploi').
 */
export function quoteSheetName(name: string): string {
  const bare = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^(R\d*C?\d*|C\d*)$/i.test(name) && !/^(TRUE|FALSE)$/i.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The number format of column `col` (0-based) of a formula's result. */
export function columnFormat(formula: FormulaCell, col: number): string | undefined {
  return typeof formula.numberFormat === "string" ? formula.numberFormat : formula.numberFormat?.[col];
}

/** The number format the plan gives cell (row, col) of `sheet`: its formula's, its table column's or its value block's. */
export function cellFormat(sheet: SheetPlan, row: number, col: number): string | undefined {
  const inside = (at: string, rows: number, cols: number) => {
    const { top, left } = parseRef(at);
    return row >= top && row < top + rows && col >= left && col < left + cols ? { r: row - top, c: col - left } : undefined;
  };
  for (const formula of sheet.formulas) {
    const hit = inside(formula.at, formula.rows, formula.cols);
    if (hit) return columnFormat(formula, hit.c);
  }
  for (const table of sheet.tables) {
    const hit = inside(table.at, table.rows.length + 1, table.columns.length);
    if (hit && hit.r > 0) return table.columns[hit.c].numberFormat;
  }
  for (const block of sheet.values ?? []) {
    const hit = inside(block.at, block.rows.length, Math.max(0, ...block.rows.map((r) => r.length)));
    if (hit) return block.numberFormats?.[hit.c];
  }
  return undefined;
}

/** The number format of a chart's category cells when they hold figures (months), for its axis; undefined for codes and labels, or cells outside the plan. */
export function categoryFormat(plan: WorkbookPlan, sheet: SheetPlan, chart: ChartPlan): string | undefined {
  const source = chart.categories.sheet === undefined ? sheet : plan.sheets.find((s) => s.name === chart.categories.sheet);
  if (!source) return undefined;
  const { top, left } = parseRef(chart.categories.ref);
  const format = cellFormat(source, top, left);
  return figureFormat(format) ? format : undefined;
}

/** A number format that shows figures (amounts, counts, dates): not General (codes, labels, statuses) nor Text. */
export const figureFormat = (format: string | undefined): format is string => format !== undefined && !/^(General|@)$/i.test(format.split(";")[0]);

// ---- A1 references -------------------------------------------------------

/** A rectangle of cells, 0-based. */
export interface Area {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** "A" → 0, "AE" → 30. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0 → "A", 30 → "AE". */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "B3" from 0-based row 2, column 1. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B3:D9" (or "B3" for one cell). */
export function areaRef(area: Area): string {
  const first = cellAddress(area.top, area.left);
  return area.rows === 1 && area.cols === 1 ? first : `${first}:${cellAddress(area.top + area.rows - 1, area.left + area.cols - 1)}`;
}

/** Parses "B3" or "B3:D9" (dollar signs allowed) into an area. */
export function parseRef(ref: string): Area {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!match) throw new Error(`Not an A1 reference: "${ref}"`);
  const [, c1, r1, c2 = c1, r2 = r1] = match;
  const top = Math.min(Number(r1), Number(r2)) - 1;
  const left = Math.min(columnIndex(c1), columnIndex(c2));
  return { top, left, rows: Math.abs(Number(r2) - Number(r1)) + 1, cols: Math.abs(columnIndex(c2) - columnIndex(c1)) + 1 };
}

/** The value of a one-cell reference, known before calculating (an input constant); undefined when not known. */
export type CellReader = (ref: RangeRef) => Value | undefined;

/**
 * Rows × columns of what `expr` gives, from its references alone: a range its
 * size, our functions their catalog `shape`, TRANSPOSE the swapped size,
 * SUMIF and COUNTIF the size of their criteria (one result per criterion),
 * other native functions and arithmetic one value. Templates size their spills with it. The few functions
 * whose length is a number the user gives (a loan's years) are sized from the
 * scalar arguments' values: literals, or one-cell references that `read` knows.
 */
export function exprShape(expr: Expr, read?: CellReader): readonly [number, number] {
  switch (expr.kind) {
    case "range": {
      const area = parseRef(expr.ref);
      return [area.rows, area.cols];
    }
    case "call": {
      const spec = findFunction(expr.fn);
      if (spec) {
        const shapes = spec.params.map((_, i) => (i < expr.args.length ? exprShape(expr.args[i], read) : null));
        const scalars = spec.params.map((param, i) => (param.kind === "scalar" && i < expr.args.length ? scalarValue(expr.args[i], read) : undefined));
        return spec.shape(shapes, scalars);
      }
      if (expr.fn === "TRANSPOSE") {
        const [rows, cols] = exprShape(expr.args[0], read);
        return [cols, rows];
      }
      if (expr.fn === "SUMIF" || expr.fn === "COUNTIF") return exprShape(expr.args[1], read);
      return [1, 1];
    }
    default:
      return [1, 1];
  }
}

function scalarValue(expr: Expr, read: CellReader | undefined): Cell {
  if (expr.kind === "number" || expr.kind === "text") return expr.value;
  if (expr.kind !== "range" || !read) return undefined;
  const area = parseRef(expr.ref);
  return area.rows === 1 && area.cols === 1 ? read(expr) : undefined;
}
