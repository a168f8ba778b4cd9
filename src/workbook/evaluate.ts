import { Cell } from "../excel/cells";
import { findFunction, FunctionSpec } from "../excel/catalog";
import { DomainError } from "../engine/errors";
import { Money, sumNumbers } from "../engine/money";
import { concatenate, countIf, criterion as excelCriterion, edate, sumIfs } from "./criteria";
import { Area, cellAddress, exprShape, isNativeFunction, NativeFunction, parseRef } from "./formula";
import type { BinaryOp, Expr, FormulaCell, SheetPlan, Value, WorkbookPlan } from "./plan";

/**
 * Calculates a WorkbookPlan without Excel: inputs come from the plan's tables
 * and labels, formulas are evaluated in plan order, our functions through the
 * catalog's pure `impl`s and a few native functions (SUM, ROUND, ABS, MIN,
 * MAX, TRANSPOSE, SUMIF, SUMIFS, COUNTIF, SUMPRODUCT, INDEX, CONCATENATE, EDATE,
 * IF, ISERROR, ERROR.TYPE, + - * / and the comparisons) here. The results are the cached values written into
 * generated files, the demo's figures, and what the HyperFormula test compares.
 *
 * Errors are values, as in a spreadsheet: a DomainError thrown by one of our
 * functions becomes `#VALUE!` over the formula's whole result, carrying the
 * DomainError (for a translated message) and the anchor address; any formula
 * that reads an error gives that same error. A broken template (unknown
 * function, spill over a filled cell, result shape different from the plan's)
 * is a programming error and throws.
 */

/** The errors formulas give here, and those a saved workbook's cells may hold (read back by the audit). */
export type ErrorCode = "#VALUE!" | "#DIV/0!" | "#REF!" | "#NAME?" | "#N/A" | "#NUM!" | "#NULL!" | "#SPILL!" | "#CALC!" | "#BUSY!" | "#GETTING_DATA";

export interface ErrorValue {
  error: ErrorCode;
  /** "Sheet!A1" of the formula where the error arose. */
  at: string;
  /** The engine's error, when one of our functions refused its inputs. */
  cause?: DomainError;
}

export type Computed = Value | ErrorValue;
export type Grid = Computed[][];

export function isErrorValue(value: Computed | undefined): value is ErrorValue {
  return typeof value === "object" && value !== null;
}

export interface PlanEvaluation {
  /** The (spilled) result of every formula, by `formulaKey(sheet name, anchor)`. */
  results: ReadonlyMap<string, Grid>;
  /** The first error of each formula that gives one, in plan order. */
  errors: readonly ErrorValue[];
  /** Cell values of `ref` on `sheet` after calculation (blank = null). */
  read(sheet: string, ref: string): Grid;
  /** Evaluates an extra expression as if it were written on `sheet` (references read as ranges, blank = null). */
  evaluate(sheet: string, expr: Expr): Grid;
}

export function formulaKey(sheet: string, at: string): string {
  return `${sheet}!${at}`;
}

/** Cells of sheets outside the plan that its formulas read (a user's own ranges), as read from the workbook. */
export interface OutsideCells {
  sheet: string;
  /** Top-left cell. */
  at: string;
  /** Values, or the errors a saved workbook's cells hold. */
  rows: readonly (readonly Computed[])[];
}

/** Every formula cell of the plan with its computed, spilled value; `outside` gives the cells it reads on other sheets. */
export function evaluatePlan(plan: WorkbookPlan, outside: readonly OutsideCells[] = []): PlanEvaluation {
  const book = new Book(plan, outside);
  const results = new Map<string, Grid>();
  const errors: ErrorValue[] = [];
  for (const sheet of plan.sheets) {
    for (const formula of sheet.formulas) {
      const values = evaluateFormula(book, sheet, formula);
      book.spill(sheet.name, formula, values);
      results.set(formulaKey(sheet.name, formula.at), values);
      const error = values.flat().find(isErrorValue);
      if (error) errors.push(error);
    }
  }
  return {
    results,
    errors,
    read: (sheet, ref) => book.read(sheet, parseRef(ref)),
    evaluate: (sheet, expr) => new Evaluator(book, sheet, formulaKey(sheet, "(expression)")).evaluate(expr),
  };
}

function evaluateFormula(book: Book, sheet: SheetPlan, formula: FormulaCell): Grid {
  const at = formulaKey(sheet.name, formula.at);
  const [rows, cols] = exprShape(formula.expr, (ref) => {
    const value = book.read(ref.sheet ?? sheet.name, parseRef(ref.ref))[0][0];
    return isErrorValue(value) ? undefined : value;
  });
  if (rows !== formula.rows || cols !== formula.cols) throw new Error(`${at}: the plan says ${formula.rows}×${formula.cols}, the formula gives ${rows}×${cols}`);
  const grid = new Evaluator(book, sheet.name, at).evaluate(formula.expr);
  const error = grid.flat().find(isErrorValue);
  if (error) return filled(rows, cols, error);
  if (grid.length !== rows || grid.some((row) => row.length !== cols)) throw new Error(`${at}: result is not ${rows}×${cols}`);
  // A cell showing a reference to a blank cell shows 0, as in Excel.
  return grid.map((row) => row.map((v) => (v === null ? 0 : v)));
}

const filled = (rows: number, cols: number, value: Computed): Grid => Array.from({ length: rows }, () => new Array<Computed>(cols).fill(value));

/** The workbook's cells: inputs first, formula results as they are computed. */
class Book {
  private readonly sheets = new Map<string, Map<string, Computed>>();

  constructor(plan: WorkbookPlan, outside: readonly OutsideCells[]) {
    for (const sheet of plan.sheets) {
      this.sheets.set(sheet.name, new Map());
      for (const table of sheet.tables) {
        const { top, left } = parseRef(table.at);
        table.columns.forEach((column, c) => this.set(sheet.name, top, left + c, column.header));
        table.rows.forEach((row, r) => row.forEach((value, c) => this.set(sheet.name, top + 1 + r, left + c, value)));
      }
      for (const label of sheet.labels) {
        const { top, left } = parseRef(label.at);
        this.set(sheet.name, top, left, label.text);
      }
      for (const block of sheet.values ?? []) this.setBlock(sheet.name, block.at, block.rows);
    }
    const planSheets = new Set(this.sheets.keys());
    for (const block of outside) {
      if (planSheets.has(block.sheet)) throw new Error(`Cells read outside the plan are on "${block.sheet}", a sheet of the plan`);
      // Two ranges read may overlap (a column inside a table): the same cells, read once.
      const cells = this.sheets.get(block.sheet) ?? new Map<string, Computed>();
      this.sheets.set(block.sheet, cells);
      const { top, left } = parseRef(block.at);
      block.rows.forEach((row, r) => row.forEach((value, c) => value !== null && cells.set(key(top + r, left + c), value)));
    }
  }

  private setBlock(sheet: string, at: string, rows: readonly (readonly Value[])[]): void {
    const { top, left } = parseRef(at);
    rows.forEach((row, r) => row.forEach((value, c) => this.set(sheet, top + r, left + c, value)));
  }

  read(sheet: string, area: Area): Grid {
    const cells = this.cells(sheet);
    return Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.cols }, (_, c) => cells.get(key(area.top + r, area.left + c)) ?? null));
  }

  spill(sheet: string, formula: FormulaCell, values: Grid): void {
    const { top, left } = parseRef(formula.at);
    values.forEach((row, r) => row.forEach((value, c) => this.set(sheet, top + r, left + c, value)));
  }

  private set(sheet: string, row: number, col: number, value: Computed): void {
    const cells = this.cells(sheet);
    const k = key(row, col);
    if (cells.has(k)) throw new Error(`${sheet}!${cellAddress(row, col)} is written twice by the plan`);
    if (value !== null) cells.set(k, value);
  }

  private cells(sheet: string): Map<string, Computed> {
    const cells = this.sheets.get(sheet);
    if (!cells) throw new Error(`The plan has no sheet "${sheet}"`);
    return cells;
  }
}

const key = (row: number, col: number): string => `${row},${col}`;

class Evaluator {
  constructor(
    private readonly book: Book,
    private readonly sheet: string,
    private readonly at: string,
  ) {}

  evaluate(expr: Expr): Grid {
    switch (expr.kind) {
      case "range":
        return this.book.read(expr.sheet ?? this.sheet, parseRef(expr.ref));
      case "number":
      case "text":
        return [[expr.value]];
      case "binary":
        return [[this.binary(expr.op, this.scalar(expr.left), this.scalar(expr.right))]];
      case "call": {
        if (expr.fn === "IF" || expr.fn === "ISERROR" || expr.fn === "ERROR.TYPE") return [[this.errorAware(expr.fn, expr.args)]];
        const spec = findFunction(expr.fn);
        if (spec) return this.ours(spec, expr.args);
        if (isNativeFunction(expr.fn)) return this.native(expr.fn as Parameters<Evaluator["native"]>[0], expr.args);
        throw new Error(`${this.at}: unknown function "${expr.fn}"`);
      }
    }
  }

  /** One of our functions, called as Excel calls it: ranges as 2-D arrays, a one-cell argument of a scalar parameter as its value, omitted arguments as null. */
  private ours(spec: FunctionSpec, args: Expr[]): Grid {
    if (args.length > spec.params.length) throw new Error(`${this.at}: ${spec.id} takes at most ${spec.params.length} arguments`);
    const values = spec.params.map((_, i) => (i < args.length ? this.evaluate(args[i]) : null));
    // An error in a one-cell argument comes first: the function is not called (as in HyperFormula); then the first error inside a range.
    const oneCellError = values.find((v) => v?.length === 1 && v[0].length === 1 && isErrorValue(v[0][0]))?.[0][0];
    const error = oneCellError ?? values.flatMap((v) => (v === null ? [] : v.flat())).find(isErrorValue);
    if (error) return [[error]];
    const excelArgs = values.map((grid, i) => {
      if (grid === null) return null;
      const cells = grid as Cell[][];
      return spec.params[i].kind === "scalar" && cells.length === 1 && cells[0].length === 1 ? cells[0][0] : cells;
    });
    try {
      return spec.impl(...excelArgs).map((row) => row.map((v) => (v === undefined ? null : v)));
    } catch (e) {
      if (e instanceof DomainError) return [[{ error: "#VALUE!", at: this.at, cause: e }]];
      throw e;
    }
  }

  /**
   * The functions that look at an error rather than pass it on: IF evaluates
   * only the branch it takes (an error in the other one does not matter),
   * ISERROR and ERROR.TYPE read it. A self-test sheet tells #NAME? (functions
   * not registered) from a wrong result with them.
   */
  private errorAware(fn: "IF" | "ISERROR" | "ERROR.TYPE", args: Expr[]): Computed {
    const value = this.scalar(args[0]);
    if (fn === "ISERROR") return isErrorValue(value);
    if (fn === "ERROR.TYPE") return isErrorValue(value) ? ERROR_TYPES[value.error] : { error: "#N/A", at: this.at };
    if (isErrorValue(value)) return value;
    if (typeof value === "string") return { error: "#VALUE!", at: this.at };
    const branch = value === null || value === false || value === 0 ? args[2] : args[1];
    return branch === undefined ? value !== null && value !== false && value !== 0 : this.scalar(branch) ?? 0;
  }

  private native(fn: Exclude<NativeFunction, "IF" | "ISERROR" | "ERROR.TYPE">, args: Expr[]): Grid {
    const grids = args.map((a) => this.evaluate(a));
    // COUNTIF compares the cells of its range, errors included (they match no criterion), as Excel does.
    const error = (fn === "COUNTIF" ? grids.slice(1) : grids).flatMap((g) => g.flat()).find(isErrorValue);
    if (error) return [[error]];
    switch (fn) {
      case "SUM":
        return [[sumNumbers(numbersIn(grids)).toNumber()]];
      case "MIN":
      case "MAX": {
        const numbers = numbersIn(grids);
        return [[numbers.length === 0 ? 0 : Math[fn === "MIN" ? "min" : "max"](...numbers)]];
      }
      case "ABS":
        return [[Math.abs(this.number(grids[0]))]];
      case "ROUND":
        return [[roundHalfAwayFromZero(this.number(grids[0]), this.number(grids[1]))]];
      case "TRANSPOSE":
        return grids[0][0].map((_, c) => grids[0].map((row) => row[c]));
      case "SUMIF":
        return this.sumIf(grids[0], grids[1], grids[2] ?? grids[0]);
      case "SUMPRODUCT":
        return [[this.sumProduct(grids)]];
      case "INDEX": {
        const [row, col] = [this.number(grids[1]), grids.length > 2 ? this.number(grids[2]) : 1];
        const value = grids[0][row - 1]?.[col - 1];
        return [[value === undefined ? { error: "#REF!", at: this.at } : value]];
      }
      case "SUMIFS":
        return [[sumIfs(grids[0], Array.from({ length: (grids.length - 1) / 2 }, (_, k) => [grids[1 + 2 * k], this.single(grids[2 + 2 * k])] as [Grid, Computed]))]];
      case "COUNTIF":
        return grids[1].map((row) => row.map((value) => countIf(grids[0], value)));
      case "CONCATENATE":
        return [[concatenate(grids.map((g) => this.single(g)))]];
      case "EDATE":
        return [[edate(this.number(grids[0]), this.number(grids[1]))]];
    }
  }

  /** SUMIF, one sum per criterion (a range of criteria spills, as in Excel 365). */
  private sumIf(range: Grid, criteria: Grid, sums: Grid): Grid {
    if (range.length !== sums.length || range[0].length !== sums[0].length) throw new Error(`${this.at}: SUMIF ranges of different sizes are not supported by the template evaluator`);
    return criteria.map((row) =>
      row.map((criterion) => {
        const matches = this.criterion(criterion);
        const picked = range.flatMap((cells, r) => cells.flatMap((cell, c) => (matches(cell) ? [sums[r][c]] : [])));
        return sumNumbers(picked.filter((v): v is number => typeof v === "number")).toNumber();
      }),
    );
  }

  /** Excel's criterion (criteria.ts): equality, comparison operators ("<5") and wildcards ("K*"); a blank criterion means 0. */
  private criterion(criterion: Computed): (cell: Computed) => boolean {
    return excelCriterion(criterion);
  }

  /** The one value of a single-cell argument (a criterion, a piece of text). */
  private single(grid: Grid): Computed {
    if (grid.length !== 1 || grid[0].length !== 1) throw new Error(`${this.at}: a single value is expected here, not a range, by the template evaluator`);
    return grid[0][0];
  }

  /** Σ of the element-wise products; text and blanks count as 0, as in Excel. */
  private sumProduct(grids: Grid[]): Computed {
    const [first] = grids;
    if (grids.some((g) => g.length !== first.length || g[0].length !== first[0].length)) return { error: "#VALUE!", at: this.at };
    const products = first.flatMap((row, r) => row.map((_, c) => grids.reduce((product, g) => product * (typeof g[r][c] === "number" ? (g[r][c] as number) : 0), 1)));
    return sumNumbers(products).toNumber();
  }

  private scalar(expr: Expr): Computed {
    const grid = this.evaluate(expr);
    if (grid.length !== 1 || grid[0].length !== 1) throw new Error(`${this.at}: arithmetic on a range is not supported by the template evaluator`);
    return grid[0][0];
  }

  private number(grid: Grid): number {
    const value = grid.length === 1 && grid[0].length === 1 ? grid[0][0] : undefined;
    if (value === null) return 0;
    if (typeof value !== "number") throw new Error(`${this.at}: a number is expected, got ${JSON.stringify(value)}`);
    return value;
  }

  private binary(op: BinaryOp, left: Computed, right: Computed): Computed {
    if (isErrorValue(left)) return left;
    if (isErrorValue(right)) return right;
    if (op === "+" || op === "-" || op === "*" || op === "/") return this.arithmetic(op, left, right);
    const order = compareValues(left, right);
    return op === "=" ? order === 0 : op === "<>" ? order !== 0 : op === "<" ? order < 0 : op === "<=" ? order <= 0 : op === ">" ? order > 0 : order >= 0;
  }

  private arithmetic(op: "+" | "-" | "*" | "/", left: Value, right: Value): Computed {
    const a = left === null ? 0 : left;
    const b = right === null ? 0 : right;
    if (typeof a !== "number" || typeof b !== "number") return { error: "#VALUE!", at: this.at };
    switch (op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        return b === 0 ? { error: "#DIV/0!", at: this.at } : a / b;
    }
  }
}

/** ERROR.TYPE's number for each error, as Excel gives it. */
const ERROR_TYPES: Record<ErrorCode, number> = {
  "#NULL!": 1, "#DIV/0!": 2, "#VALUE!": 3, "#REF!": 4, "#NAME?": 5, "#NUM!": 6, "#N/A": 7, "#GETTING_DATA": 8, "#SPILL!": 9, "#CALC!": 14, "#BUSY!": 15,
};

/**
 * Excel's order of two values in a comparison: a blank is 0, "" or FALSE as
 * the other side needs; numbers come before texts, texts before logical
 * values; texts compare without case.
 */
function compareValues(left: Value, right: Value): number {
  const blank = (other: Value): Value => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const a = left ?? blank(right);
  const b = right ?? blank(left);
  const rank = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") return a.localeCompare(b as string, undefined, { sensitivity: "accent" });
  return Math.sign(Number(a) - Number(b));
}

/** Numbers of the arguments, as SUM reads them: text, booleans and blanks in ranges are ignored. */
function numbersIn(grids: Grid[]): number[] {
  return grids.flatMap((g) => g.flat()).filter((v): v is number => typeof v === "number");
}

/** Excel's ROUND: half away from zero, in decimal; negative digits round to tens, hundreds… */
function roundHalfAwayFromZero(value: number, digits: number): number {
  const places = Math.trunc(digits);
  const scale = new Money(10).pow(-places);
  // Excel has no negative zero: a difference that rounds to nothing is 0.
  return new Money(value).div(scale).toDecimalPlaces(0, Money.ROUND_HALF_UP).times(scale).toNumber() || 0;
}
