/**
 * Every custom function called the way Excel calls it (the adapter of
 * functions/functions.ts, 2-D arrays, null for an omitted argument), with
 * arguments drawn from the templates and samples and from the reference's
 * examples, then mutated cell by cell: text, blanks, booleans, huge and tiny
 * numbers, negative values, rows and columns dropped or added. Each call must
 * return clean cells (finite numbers, text, booleans, "") in a rectangle the
 * size its declaration gives, or a CustomFunctions.Error with a message, never
 * a JavaScript error. Work is bounded by construction: the result's size is
 * checked, not the clock. Seeded, so a failure replays.
 */
import fc from "fast-check";
import type { Cell } from "../src/engine/cell";
import { CATALOG, FunctionSpec } from "../src/excel/catalog";
import { EXCEL_COLUMNS, EXCEL_ROWS, MAX_LOAN_YEARS, PAYMENTS_PER_YEAR } from "../src/excel/limits";
import { Arg, shapeOf, UnknownSize } from "../src/excel/params";
import * as functions from "../functions/functions";
import { planCalls, templatePlans } from "./support/planCalls";

const SEED = 20251202;
const RUNS_PER_FUNCTION = 250;

/** What a mutated cell may become. */
const ODD_CELLS: Cell[] = ["abc", "12", " 7 ", "1 200,50", "", "   ", null, true, false, 0, -0, -1, -0.5, 1.5, 0.005, 1e308, -1e308, 9.99e307, 1e-300, 5e-324, 2 ** 53, 1e15 + 1, 123456.789, 46023, 80, "=SUM(A1)", "CS", "M1", "K"];

type Mutation =
  | { kind: "cell"; arg: number; row: number; col: number; value: Cell }
  | { kind: "dropRow"; arg: number; row: number }
  | { kind: "dropColumn"; arg: number; col: number }
  | { kind: "blankRow"; arg: number }
  | { kind: "scalar"; arg: number; value: Arg };

const copy = (args: readonly Arg[]): Arg[] => args.map((a) => (Array.isArray(a) ? a.map((r) => r.slice()) : a));

/** Applies a mutation where it fits: positions are taken modulo the argument's size. */
function mutate(args: Arg[], m: Mutation): void {
  const i = m.arg % args.length;
  const target = args[i];
  if (m.kind === "scalar") {
    args[i] = m.value;
    return;
  }
  if (!Array.isArray(target) || target.length === 0) return;
  const width = target[0].length;
  switch (m.kind) {
    case "cell":
      if (width > 0) target[m.row % target.length][m.col % width] = m.value;
      return;
    case "dropRow":
      if (target.length > 1) target.splice(m.row % target.length, 1);
      return;
    case "dropColumn":
      if (width > 1) target.forEach((row) => row.splice(m.col % width, 1));
      return;
    case "blankRow":
      target.push(new Array<Cell>(width).fill(null));
      return;
  }
}

const position = fc.nat({ max: 10_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("cell" as const), arg: position, row: position, col: position, value: fc.constantFrom(...ODD_CELLS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("dropRow" as const), arg: position, row: position }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("dropColumn" as const), arg: position, col: position }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("blankRow" as const), arg: position }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("scalar" as const), arg: position, value: fc.oneof(fc.constantFrom<Arg>(...ODD_CELLS), fc.constantFrom<Arg>([["x"]], [[2]], [[null]], [[1, 2]])) }) },
);

/** Argument sets for each function: every call of the templates and samples, and the reference's examples. */
const calls = templatePlans().flatMap(planCalls);
const basesOf = (spec: FunctionSpec): Arg[][] => {
  const seen = new Set<string>();
  return [...calls.filter((c) => c.spec === spec).map((c) => c.args), ...spec.examples.map((e) => [...e.args])].filter((args) => {
    const key = JSON.stringify(args);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
};

type Adapter = (...args: unknown[]) => unknown;
const adapterOf = (spec: FunctionSpec) => (functions as unknown as Record<string, Adapter>)[spec.code];

/** The size the declaration gives for these arguments, or undefined when it depends on values the call refused. */
function declaredSize(spec: FunctionSpec, args: readonly Arg[]): readonly [number, number] | undefined {
  try {
    const scalars = spec.params.map((p, i) => (p.kind === "scalar" ? (Array.isArray(args[i]) ? (args[i] as Cell[][])[0]?.[0] : (args[i] as Cell)) : undefined));
    return spec.shape(spec.params.map((_, i) => shapeOf(args[i])), scalars);
  } catch (e) {
    if (e instanceof UnknownSize) return undefined;
    throw e;
  }
}

/** The problem with what one call gave Excel, or null when it is clean. */
function problem(spec: FunctionSpec, args: readonly Arg[], call: () => unknown): string | null {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    const error = e as { code?: string; message?: string };
    if (!(e instanceof CustomFunctions.Error)) return `threw a JavaScript error: ${String(e)}`;
    if (error.code !== "#VALUE!" && error.code !== "#N/A") return `an Excel error ${error.code}`;
    if (!error.message || error.message.startsWith("Hisab: internal error")) return `an error without a domain message: ${error.message}`;
    return null;
  }
  if (!Array.isArray(result) || result.length === 0 || !result.every(Array.isArray)) return "not a 2-D array";
  const width = (result[0] as unknown[]).length;
  if (width === 0 || result.some((row: unknown[]) => row.length !== width)) return "a ragged array";
  const size = declaredSize(spec, args);
  if (size && (size[0] !== result.length || size[1] !== width)) return `${result.length}×${width} where the declaration gives ${size[0]}×${size[1]}`;
  if (result.length > EXCEL_ROWS || width > EXCEL_COLUMNS) return "larger than Excel's grid";
  if (spec.id === "LOAN.SCHEDULE" && result.length > MAX_LOAN_YEARS * Math.max(...PAYMENTS_PER_YEAR)) return "a loan schedule past its bound";
  for (const row of result as unknown[][]) {
    for (const cell of row) {
      if (typeof cell === "number" && !Number.isFinite(cell)) return `a number Excel cannot hold: ${cell}`;
      if (typeof cell !== "number" && typeof cell !== "string" && typeof cell !== "boolean") return `a cell that is ${cell === null ? "null" : typeof cell}`;
    }
  }
  return null;
}

describe.each(CATALOG.map((spec) => [spec.id, spec] as const))("%s, called as Excel calls it", (_, spec) => {
  const bases = basesOf(spec);

  test("returns clean cells or a domain error, whatever its arguments", () => {
    expect(bases.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
        const args = copy(bases[which]);
        mutations.forEach((m) => mutate(args, m));
        const omitted = [...args, ...new Array(Math.max(0, spec.params.length - args.length)).fill(null)];
        expect(problem(spec, omitted, () => adapterOf(spec)(...omitted))).toBeNull();
      }),
      { seed: SEED, numRuns: RUNS_PER_FUNCTION },
    );
  });

  test("its unmutated argument sets compute or refuse cleanly too", () => {
    for (const args of bases) {
      const omitted = [...args, ...new Array(Math.max(0, spec.params.length - args.length)).fill(null)];
      expect(problem(spec, omitted, () => adapterOf(spec)(...omitted))).toBeNull();
    }
  });
});
