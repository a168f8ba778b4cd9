/**
 * The custom-functions metadata, generated from functions/functions.ts as the
 * webpack plugin does, checked against src/excel/catalog.ts; then its French
 * localization (functions-fr.json), built by scripts/localize-metadata.ts.
 */
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { CATALOG, FunctionSpec } from "../src/excel/catalog";
import { localizeMetadata, Metadata, MetadataFunction } from "../scripts/localize-metadata";

const FUNCTIONS = join(__dirname, "..", "functions", "functions.ts");
const help = (lang: string, id: string) =>
  `https://github.com/hisab-sante/hisab/blob/main/docs/functions.${lang}.md#${id.toLowerCase().replace(/[^a-z0-9_-]/g, "")}`;
/** Excel's rule for function names: a letter, then letters, digits, "_" or "."; three characters at least. */
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;
const PARAMETER_NAME = /^\p{L}[\p{L}\p{N}_]*$/u;

let metadata: Metadata;
let french: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
  french = localizeMetadata(metadata, CATALOG, "fr");
}, 60_000);

const specOf = (fn: MetadataFunction): FunctionSpec => CATALOG.find((s) => s.id === fn.id)!;
/** A function without the texts that localization replaces. */
const structure = (fn: MetadataFunction) => ({
  ...fn,
  name: undefined,
  description: undefined,
  helpUrl: undefined,
  parameters: fn.parameters.map((p) => ({ ...p, name: undefined, description: undefined })),
});

describe("functions.json generated from functions/functions.ts", () => {
  test("declares exactly the catalog's functions, once each", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect([...ids].sort()).toEqual(CATALOG.map((s) => s.id).sort());
  });

  test("uses the catalog's English names, summaries and help pages", () => {
    for (const fn of metadata.functions) {
      const spec = specOf(fn);
      expect([fn.id, fn.name, fn.description]).toEqual([fn.id, spec.name.en, spec.summary.en]);
      expect(fn.helpUrl).toBe(help("en", fn.id));
    }
  });

  test("has the catalog's parameters: names, descriptions, optional flags, ranges as matrices", () => {
    for (const fn of metadata.functions) {
      const expected = specOf(fn).params.map((p) => ({
        name: p.id,
        description: p.description.en,
        optional: p.optional === true,
        matrix: p.kind === "range",
      }));
      const actual = fn.parameters.map((p) => ({
        name: p.name,
        description: p.description,
        optional: p.optional === true,
        matrix: p.dimensionality === "matrix",
      }));
      expect([fn.id, actual]).toEqual([fn.id, expected]);
    }
  });

  test("returns matrices (results spill) and follows Excel's naming rules", () => {
    for (const fn of metadata.functions) {
      expect([fn.id, fn.result]).toEqual([fn.id, expect.objectContaining({ dimensionality: "matrix" })]);
      expect(fn.name).toMatch(FUNCTION_NAME);
      for (const p of fn.parameters) expect(p.name).toMatch(PARAMETER_NAME);
    }
  });
});

describe("functions-fr.json", () => {
  test("has the same functions, in the same order, with the same structure", () => {
    expect(french.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    expect(french.functions.map(structure)).toEqual(metadata.functions.map(structure));
    expect({ ...french, functions: undefined }).toEqual({ ...metadata, functions: undefined });
  });

  test("names and describes every function and parameter in French, from the catalog, with French help", () => {
    for (const fn of french.functions) {
      const spec = specOf(fn);
      expect([fn.id, fn.name, fn.description]).toEqual([fn.id, spec.name.fr, spec.summary.fr]);
      expect(fn.helpUrl).toBe(help("fr", fn.id));
      expect(fn.parameters.map((p) => [p.name, p.description])).toEqual(spec.params.map((p) => [p.name.fr, p.description.fr]));
      expect(fn.name).toMatch(FUNCTION_NAME);
      for (const p of fn.parameters) {
        expect(p.name).toMatch(PARAMETER_NAME);
        expect(p.description?.trim()).toBeTruthy();
      }
    }
    const names = french.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("localizeMetadata", () => {
  const withCatalog = (change: (spec: FunctionSpec) => FunctionSpec) => CATALOG.map((s) => (s.id === "SPREAD" ? change(s) : s));

  test("fails on a function without French text", () => {
    const catalog = withCatalog((s) => ({ ...s, summary: { ...s.summary, fr: " " } }));
    expect(() => localizeMetadata(metadata, catalog, "fr")).toThrow("SPREAD summary: no fr text");
  });

  test("fails on a parameter without French text", () => {
    const catalog = withCatalog((s) => ({ ...s, params: s.params.map((p, i) => (i === 1 ? { ...p, name: { ...p.name, fr: "" } } : p)) }));
    expect(() => localizeMetadata(metadata, catalog, "fr")).toThrow("SPREAD.drivers name: no fr text");
  });

  test("fails when parameters differ from the catalog's in order or number", () => {
    const swapped = withCatalog((s) => ({ ...s, params: [s.params[1], s.params[0], ...s.params.slice(2)] }));
    expect(() => localizeMetadata(metadata, swapped, "fr")).toThrow('SPREAD: parameter 1 is "amounts" in functions.ts, "drivers" in the catalog');
    const shorter = withCatalog((s) => ({ ...s, params: s.params.slice(0, 2) }));
    expect(() => localizeMetadata(metadata, shorter, "fr")).toThrow("SPREAD: 3 parameters in functions.ts, 2 in the catalog");
  });

  test("fails on a function the catalog does not know", () => {
    const catalog = CATALOG.filter((s) => s.id !== "SPREAD");
    expect(() => localizeMetadata(metadata, catalog, "fr")).toThrow("SPREAD: not in src/excel/catalog.ts");
  });
});
