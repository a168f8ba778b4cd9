import { ArraySize, CellError, DetailedCellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, ImplementedFunctions, SimpleCellAddress, SimpleRangeValue } from "hyperformula";
import { Cell } from "../../src/excel/cells";
import { CATALOG, FunctionSpec, NAMESPACE, Shape } from "../../src/excel/catalog";
import { DomainError } from "../../src/engine/errors";
import { formatError } from "../../src/excel/messages";
import { formulaText, parseRef } from "../../src/workbook/formula";
import type { Value, WorkbookPlan } from "../../src/workbook/plan";

/**
 * HyperFormula (GPL-3.0: tests only) hosting our catalog functions, so a
 * WorkbookPlan can be recalculated by a real spreadsheet engine from its
 * typed formulas. Each function's result is sized by the catalog's `shape`
 * from the sizes of its arguments and, for the few whose length is a number
 * the user gives (LOAN.SCHEDULE's years, FUND.PROJECTION's horizon), from the
 * values of their scalar arguments: literals, or input cells, which are
 * constants in a plan (HyperFormula sizes a spill before it computes it). A
 * DomainError becomes #VALUE! with the English message.
 *
 * Array arithmetic is on, so SUMIF with a range of criteria spills one sum per
 * criterion, as in Excel 365. HyperFormula refuses a formula that is only a
 * reference to several cells (`=Nomenclature!A2:B9`, which Excel spills): the
 * harness writes it `=+Nomenclature!A2:B9`, the same values.
 */

const typedName = (spec: FunctionSpec): string => `${NAMESPACE}.${spec.id}`;
const SPECS = new Map(CATALOG.map((spec) => [typedName(spec), spec]));

/** The two methods HyperFormula calls, typed from FunctionPlugin itself (its AST and state types are not exported). */
type Ast = Parameters<FunctionPlugin["runFunction"]>[0][number];
type State = Parameters<FunctionPlugin["runFunction"]>[1];
interface CallAst {
  procedureName: string;
  args: Ast[];
}

/** Our value of one HyperFormula argument: ranges as 2-D arrays, blanks as null, an omitted argument as null. */
function toExcel(value: unknown): Cell | Cell[][] {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map((v) => toCell(v)));
  return toCell(value);
}

function toCell(value: unknown): Cell {
  if (value === EmptyValue || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  // A number HyperFormula typed as a date, percentage or currency (RichNumber, e.g. what EDATE gives): its raw value.
  if (typeof value === "object" && value !== null && typeof (value as { val?: unknown }).val === "number") return (value as { val: number }).val;
  throw new Error(`Unexpected HyperFormula value ${String(value)}`);
}

const shapeOf = (value: unknown): Shape | null =>
  value === undefined ? null : value instanceof SimpleRangeValue ? [value.height(), value.width()] : [1, 1];

const firstError = (args: unknown[]): CellError | undefined =>
  args.flatMap((a) => (a instanceof SimpleRangeValue ? a.rawData().flat() : [a])).find((v): v is CellError => v instanceof CellError);

class CatalogPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    CATALOG.map((spec) => [
      typedName(spec),
      {
        method: "runCatalogFunction",
        sizeOfResultArrayMethod: "catalogResultSize",
        vectorizationForbidden: true,
        parameters: spec.params.map((p) => ({ argumentType: p.kind === "range" ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR, optionalArg: p.optional ?? false })),
      },
    ]),
  );

  /**
   * An error fills the whole result, as evaluatePlan and a legacy array formula
   * do (HyperFormula 3.5 cannot read back the range of an array formula that
   * returned a single error: "Unknown array").
   */
  runCatalogFunction(ast: CallAst, state: State) {
    const spec = specOf(ast.procedureName);
    return this.runFunction(ast.args, state, this.metadata(typedName(spec)), (...args: unknown[]) => {
      const filledWith = (error: CellError) => {
        const scalars = spec.params.map((p, i) => (p.kind === "scalar" && !(args[i] instanceof SimpleRangeValue) && !(args[i] instanceof CellError) ? toCell(args[i]) : undefined));
        const [rows, cols] = spec.shape(spec.params.map((_, i) => shapeOf(args[i])), scalars);
        return SimpleRangeValue.onlyValues(Array.from({ length: rows }, () => new Array(cols).fill(error)));
      };
      const error = firstError(args);
      if (error) return filledWith(error);
      try {
        const result = spec.impl(...spec.params.map((_, i) => toExcel(args[i])));
        return SimpleRangeValue.onlyValues(result.map((row) => row.map((v) => (v === null || v === undefined ? EmptyValue : v))));
      } catch (e) {
        if (e instanceof DomainError) return filledWith(new CellError(ErrorType.VALUE, formatError(e, "en")));
        throw e;
      }
    });
  }

  catalogResultSize(ast: CallAst, state: State): ArraySize {
    const spec = specOf(ast.procedureName);
    const shapes = spec.params.map((_, i): Shape | null => {
      const arg = ast.args[i];
      if (arg === undefined || arg.type === "EMPTY") return null;
      const size = this.arraySizeForAst(arg, state);
      return [size.height, size.width];
    });
    const scalars = spec.params.map((p, i) => (p.kind === "scalar" && ast.args[i] ? this.knownValue(ast.args[i], state) : undefined));
    const [rows, cols] = spec.shape(shapes, scalars);
    return new ArraySize(cols, rows);
  }

  /** A literal, or the value of a referenced input cell (a constant: its value is known before anything is computed). */
  private knownValue(arg: Ast, state: State): Cell {
    const node = arg as { type: string; value?: unknown; reference?: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress } };
    if (node.type === "NUMBER" || node.type === "STRING") return node.value as Cell;
    if (node.type !== "CELL_REFERENCE" || !node.reference) return undefined;
    const value = this.dependencyGraph.getCellValue(node.reference.toSimpleCellAddress(state.formulaAddress));
    return typeof value === "number" || typeof value === "string" ? value : undefined;
  }
}

function specOf(name: string): FunctionSpec {
  const spec = SPECS.get(name.toUpperCase());
  if (!spec) throw new Error(`Not a catalog function: ${name}`);
  return spec;
}

let registered = false;
function registerCatalog(): void {
  if (registered) return;
  const names = Object.fromEntries([...SPECS.keys()].map((name) => [name, name]));
  HyperFormula.registerFunctionPlugin(CatalogPlugin, { enGB: names });
  registered = true;
}

/** A plan's inputs and typed formulas loaded into HyperFormula and calculated. */
export function calculateWithHyperFormula(plan: WorkbookPlan): { read(sheet: string, at: string, rows: number, cols: number): unknown[][]; destroy(): void } {
  registerCatalog();
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of plan.sheets) {
    const cells: (string | number | boolean | null)[][] = [];
    const put = (ref: string, rowOffset: number, colOffset: number, value: Value | string) => {
      const { top, left } = parseRef(ref);
      const row = (cells[top + rowOffset] ??= []);
      // A leading apostrophe makes HyperFormula keep any text as text ("=1+1", "601").
      row[left + colOffset] = typeof value === "string" ? `'${value}` : value;
    };
    for (const table of sheet.tables) {
      table.columns.forEach((column, c) => put(table.at, 0, c, column.header));
      table.rows.forEach((row, r) => row.forEach((value, c) => put(table.at, r + 1, c, value)));
    }
    for (const label of sheet.labels) put(label.at, 0, 0, label.text);
    for (const block of sheet.values ?? []) block.rows.forEach((row, r) => row.forEach((value, c) => value !== null && put(block.at, r, c, value)));
    for (const formula of sheet.formulas) {
      const { top, left } = parseRef(formula.at);
      const bareRange = formula.expr.kind === "range" && formula.rows * formula.cols > 1;
      (cells[top] ??= [])[left] = `=${bareRange ? "+" : ""}${formulaText(formula.expr, { form: "typed" })}`;
    }
    sheets[sheet.name] = Array.from(cells, (row) => Array.from(row ?? [], (v) => v ?? null));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true });
  return {
    read(sheet, at, rows, cols) {
      const sheetId = hf.getSheetId(sheet);
      if (sheetId === undefined) throw new Error(`No sheet ${sheet}`);
      const { top, left } = parseRef(at);
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => {
          const value = hf.getCellValue({ sheet: sheetId, row: top + r, col: left + c });
          return value instanceof DetailedCellError ? { error: value.value, message: value.message } : value;
        }),
      );
    },
    destroy: () => hf.destroy(),
  };
}
