/**
 * What one call carries: sizes measured as Excel serialises them, tables too
 * large for a call refused before any work with the command to use instead,
 * and every template and sample well under the limit.
 */
import fc from "fast-check";
import type { Cell } from "../src/engine/cell";
import { DomainError } from "../src/engine/errors";
import { CATALOG, FunctionSpec } from "../src/excel/catalog";
import { PAYLOAD_BYTES } from "../src/excel/limits";
import type { Arg } from "../src/excel/params";
import { checkArguments, checkResultSize, serialisedBytes } from "../src/excel/payload";
import * as functions from "../functions/functions";
import { planCalls, templatePlans } from "./support/planCalls";

const cellArb: fc.Arbitrary<Cell> = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.string(), fc.boolean(), fc.constant(null));

describe("serialisedBytes", () => {
  test("is the length of the JSON Excel sends, for any cells", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((width) => fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 20 })), (range) => {
        expect(serialisedBytes(range)).toBe(JSON.stringify(range).length);
      }),
      { seed: 20251202, numRuns: 300 },
    );
    expect(serialisedBytes(12.5)).toBe(4);
    expect(serialisedBytes('a "quoted" text')).toBe(JSON.stringify('a "quoted" text').length);
  });

  test("stops reading a table once it is past the limit, and extrapolates from what it read", () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => [46023 + (i % 365), "CS", 1, 1000, `P${100_000 + i}`]);
    const estimate = serialisedBytes(lines, PAYLOAD_BYTES);
    const exact = JSON.stringify(lines).length;
    expect(estimate).toBeGreaterThan(PAYLOAD_BYTES);
    expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.05);
  });
});

type Adapter = (...args: unknown[]) => unknown;
const adapterOf = (spec: FunctionSpec) => (functions as unknown as Record<string, Adapter>)[spec.code];
const base = (spec: FunctionSpec): Arg[] => ("result" in spec.examples[0] ? spec.examples[0] : spec.examples.find((e) => "result" in e)!).args.slice();

/** The function's largest range argument repeated down past what one call carries. */
function oversized(spec: FunctionSpec): { args: Arg[]; argument: string } {
  const args = base(spec);
  const sizes = args.map((a) => (Array.isArray(a) ? serialisedBytes(a) : 0));
  const i = sizes.indexOf(Math.max(...sizes));
  const range = args[i] as Cell[][];
  const copies = Math.ceil((PAYLOAD_BYTES * 1.2) / sizes[i]);
  args[i] = Array.from({ length: copies }, () => range.map((row) => row.slice())).flat();
  return { args, argument: spec.params[i].id };
}

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe.each(CATALOG.filter((spec) => spec.params.some((p) => p.kind === "range")))("$id: a table too large for one call", (spec) => {
  test("is refused before any work, naming the argument and what to use instead", () => {
    const { args, argument } = oversized(spec);
    let error: DomainError | undefined;
    try {
      checkArguments(spec, args);
    } catch (e) {
      error = e as DomainError;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect({ code: error!.code, place: error!.place, command: error!.params.command }).toEqual({ code: "payload_too_large", place: { argument }, command: spec.largeTables ?? "split" });
    const compute = jest.spyOn(spec, "impl");
    let thrown: { code?: string; message?: string } = {};
    try {
      adapterOf(spec)(...args);
    } catch (e) {
      thrown = e as typeof thrown;
    }
    expect(compute).not.toHaveBeenCalled();
    compute.mockRestore();
    expect(thrown).toBeInstanceOf(CustomFunctions.Error);
    expect(thrown.code).toBe("#VALUE!");
    expect(thrown.message).toContain(spec.largeTables ? "« Rapprocher un grand tableau »" : "répartissez le tableau sur plusieurs formules");
  });
});

test("the contract functions name the pane's command in English too", () => {
  (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-US" } };
  const spec = CATALOG.find((s) => s.id === "CONTRACT.LINES")!;
  expect(() => adapterOf(spec)(...oversized(spec).args)).toThrow('use "Reconcile a large table" in the contract journey of the Hisab pane');
});

test("a result too large to carry back is refused: TARIFF's six columns for 60,000 costs", () => {
  const spec = CATALOG.find((s) => s.id === "TARIFF")!;
  const costs = Array.from({ length: 60_000 }, (_, i) => [1000 + i / 100]);
  expect(() => checkArguments(spec, [costs, 0.2])).not.toThrow();
  expect(() => adapterOf(spec)(costs, 0.2)).toThrow("le résultat pèse");
});

function resultOf(spec: FunctionSpec, args: Arg[]): Cell[][] | undefined {
  try {
    return spec.impl(...args);
  } catch (e) {
    if (e instanceof DomainError) return undefined;
    throw e;
  }
}

describe("the shipped templates and samples", () => {
  const calls = templatePlans().flatMap(planCalls);

  test("stay well under what one call carries, both ways", () => {
    let largest = 0;
    for (const call of calls) {
      expect(() => checkArguments(call.spec, call.args)).not.toThrow();
      largest = Math.max(largest, call.args.reduce<number>((n, a) => n + serialisedBytes(a), 0));
      // An empty template may refuse its blank inputs (acts without points yet); a result, when there is one, must fit too.
      const result = resultOf(call.spec, call.args);
      if (result) {
        expect(() => checkResultSize(call.spec, result)).not.toThrow();
        largest = Math.max(largest, serialisedBytes(result));
      }
    }
    expect(largest).toBeLessThan(PAYLOAD_BYTES / 4);
  });
});
