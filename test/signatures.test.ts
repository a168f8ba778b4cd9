/**
 * What users' workbooks store, and so must never change: each function's id,
 * its names in both languages, and its parameters in order (names, optional,
 * range or value). test/fixtures/stored-signatures.json is the metadata as
 * shipped before the registry was generated; a parameter may only be added
 * at the end, optional.
 */
import { CATALOG } from "../src/excel/catalog";
import stored from "./fixtures/stored-signatures.json";

const signature = CATALOG.map((spec) => ({
  id: spec.id,
  name: spec.name,
  parameters: spec.params.map((p) => ({ en: p.id, fr: p.name.fr, optional: p.optional, matrix: p.kind === "range" })),
}));

test("no function stored in a workbook has disappeared, and none has been renamed", () => {
  expect(signature.filter((s) => stored.some((o) => o.id === s.id)).map((s) => [s.id, s.name])).toEqual(stored.map((o) => [o.id, o.name]));
});

test.each(stored.map((o) => [o.id, o] as const))("%s keeps its parameters; any new one comes last and is optional", (id, old) => {
  const now = signature.find((s) => s.id === id)!;
  expect(now.parameters.slice(0, old.parameters.length)).toEqual(old.parameters);
  for (const added of now.parameters.slice(old.parameters.length)) expect(added.optional).toBe(true);
});
