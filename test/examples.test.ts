/**
 * Every example of the reference is a test, as the custom function Excel calls
 * runs it: the arguments as Excel passes them (2-D arrays, null for an omitted
 * argument), the result expected to the last digit, and the "error." samples
 * that must be refused with their code, their place and their message.
 */
import { DomainError } from "../src/engine/errors";
import { CATALOG, FunctionSpec } from "../src/excel/catalog";
import { formatError } from "../src/excel/messages";
import type { Example } from "../src/excel/params";
import * as functions from "../functions/functions";
import * as sheet from "../src/excel/sheetFunctions";

type Adapter = (...args: unknown[]) => unknown;
const adapterOf = (spec: FunctionSpec) => (functions as unknown as Record<string, Adapter>)[spec.code];
const cases = CATALOG.flatMap((spec) => spec.examples.map((example): [string, FunctionSpec, Example] => [`${spec.id} ${example.id}`, spec, example]));

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

test("every function has an example that computes and one that is refused", () => {
  for (const spec of CATALOG) {
    expect([spec.id, spec.examples.some((e) => "result" in e)]).toEqual([spec.id, true]);
    expect([spec.id, spec.examples.some((e) => e.id.startsWith("error."))]).toEqual([spec.id, true]);
  }
});

test("every catalog entry has its custom function and its entry point, under its code name", () => {
  for (const spec of CATALOG) {
    expect([spec.id, typeof adapterOf(spec)]).toEqual([spec.id, "function"]);
    expect([spec.id, (sheet as unknown as Record<string, unknown>)[spec.code]]).toEqual([spec.id, spec.impl]);
  }
});

describe.each(cases)("%s", (_, spec, example) => {
  const call = () => adapterOf(spec)(...example.args);

  if ("result" in example) {
    test("gives the expected result, exactly", () => {
      expect(call()).toEqual(example.result);
    });
  } else {
    test("is refused with its code and place", () => {
      let domain: DomainError | undefined;
      try {
        spec.impl(...example.args);
      } catch (e) {
        if (e instanceof DomainError) domain = e;
      }
      expect(domain).toBeDefined();
      expect({ code: domain!.code, place: domain!.place }).toEqual(example.error);
    });

    test.each(["fr", "en"] as const)("shows Excel an error with its message in %s", (lang) => {
      if (lang === "en") (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-GB" } };
      let thrown: { code?: string; message?: string } | undefined;
      try {
        call();
      } catch (e) {
        thrown = e as { code: string; message: string };
      }
      expect(thrown).toBeInstanceOf(CustomFunctions.Error);
      expect(thrown!.code).toBe(example.error.code === "unknown_code" ? "#N/A" : "#VALUE!");
      let domain: DomainError | undefined;
      try {
        spec.impl(...example.args);
      } catch (e) {
        domain = e as DomainError;
      }
      expect(thrown!.message).toBe(formatError(domain!, lang));
    });
  }
});
