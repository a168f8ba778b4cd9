import type { Cell } from "../../engine/cell";
import { ErrorCode, fail, Place } from "../../engine/errors";
import { scalar } from "../cells";
import type { Text } from "../language";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../limits";
import type { Check } from "./checks";
import { Arg, Param, ReadContext } from "./param";

/** A function's description (its parameters, checks, result size and examples) and the reading of its arguments. */

export type Shape = readonly [rows: number, cols: number];

/** An example of the reference, run as a test: the arguments as Excel passes them, and what must come out. */
export type Example =
  | { id: string; title: Text; args: readonly Arg[]; result: Cell[][] }
  /** `id` starts with "error.": a call that must be refused with this code and place. */
  | { id: `error.${string}`; title: Text; args: readonly Arg[]; error: { code: ErrorCode; place: Place } };

export interface Description<P extends readonly Param[] = readonly Param[]> {
  /** Function id and English name, as stored in workbooks: never change it. */
  id: string;
  /** Name of its adapter in functions/functions.ts and of its entry point in src/excel/sheetFunctions.ts. */
  code: string;
  /** Name users type, per language (without the namespace). */
  name: Text;
  /** One line: what it gives. */
  summary: Text;
  /** What the spilled result holds. */
  result: Text;
  params: P;
  checks?: readonly Check[];
  /**
   * Result shape, known before computing: from the argument shapes (null for an omitted argument) and, for the
   * few functions whose length is a number the user gives (a loan's duration), from the scalar arguments' values
   * (undefined where not known).
   */
  shape: (shapes: (Shape | null)[], scalars?: Cell[]) => Shape;
  /** The task-pane command to use when a table is too large for one call. */
  largeTables?: "reconcileLargeTable";
  examples: readonly Example[];
}

export type ArgsOf<P extends readonly Param[]> = { [K in P[number] as K["id"]]: K extends Param<string, infer V> ? V : never };
export type Args<D> = D extends Description<infer P> ? ArgsOf<P> : never;

/** Keeps the parameter tuple's literal ids, so a function's arguments are typed from its declaration. */
export function describe<const P extends readonly Param[]>(d: Description<P>): Description<P> {
  return d;
}

/** A result's size that depends on an argument whose value is not known (not given, or a formula's not yet computed). */
export class UnknownSize extends Error {
  constructor() {
    super("the result size depends on an argument whose value is not known");
  }
}

export const shapeOf = (arg: Arg | undefined): Shape | null => (arg === undefined || arg === null ? null : Array.isArray(arg) ? [arg.length, arg[0]?.length ?? 0] : [1, 1]);

/**
 * Every argument read and checked by its declaration, then the result's size checked against Excel's grid, all
 * before any computing. `raw`: the arguments as Excel passes them, in parameter order (missing = omitted).
 */
export function readArguments<P extends readonly Param[]>(d: Description<P>, raw: readonly (Arg | undefined)[]): ArgsOf<P> {
  checkGrid(d, raw, false);
  const ctx = new ReadContext(d.params, raw);
  const args: Record<string, unknown> = {};
  for (const p of d.params) args[p.id] = ctx.get(p.id);
  for (const check of d.checks ?? []) check.apply(args);
  checkGrid(d, raw, true);
  return args as ArgsOf<P>;
}

/**
 * The result must fit Excel's grid. Most sizes follow from the arguments' shapes: checked before reading a cell. A
 * size that depends on values (a loan's years × payments a year) is checked once they are read within their bounds.
 */
function checkGrid(d: Description, raw: readonly (Arg | undefined)[], withValues: boolean): void {
  let size: Shape;
  try {
    const scalars = withValues ? d.params.map((p, i) => (p.kind === "scalar" ? scalar(raw[i] ?? null) : undefined)) : undefined;
    size = d.shape(d.params.map((_, i) => shapeOf(raw[i])), scalars);
  } catch (error) {
    if (error instanceof UnknownSize) return;
    throw error;
  }
  const [rows, cols] = size;
  if (rows > EXCEL_ROWS || cols > EXCEL_COLUMNS) fail("result_too_large", {}, { rows, cols, maxRows: EXCEL_ROWS, maxCols: EXCEL_COLUMNS });
}

/** One parameter read on its own (a method word the pane checks before computing). */
export function readAlone<V>(p: Param<string, V>, arg: Arg | undefined): V {
  return p.read(arg, new ReadContext([p], [arg]));
}
