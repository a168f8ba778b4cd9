/** The Excel adapter: domain errors become Excel errors whose message says where and what, in Office's language. */
import * as fn from "../functions/functions";
import { CATALOG } from "../src/excel/catalog";
import { col, labelled } from "./support/excel";

type Thrown = { code: string; message: string };
function thrown(f: () => unknown): Thrown {
  try {
    f();
  } catch (e) {
    return e as Thrown;
  }
  throw new Error("nothing thrown");
}

const centres = col("ADM", "MED");
const keys = labelled(["MED"], { ADM: [1] });

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

test("text in a number cell: #VALUE! with the place, in French by default", () => {
  const error = thrown(() => fn.allocate(centres, col(100, "cent"), keys));
  expect(error).toBeInstanceOf(CustomFunctions.Error);
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toBe("coûts, ligne 2 : « cent » n'est pas un nombre");
});

test("messages follow Office's display language", () => {
  (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-US" } };
  expect(thrown(() => fn.allocate(centres, col(100, "cent"), keys)).message).toBe('costs, row 2: "cent" is not a number');
});

test("an unknown code is #N/A, like a failed look-up", () => {
  const error = thrown(() => fn.allocate(centres, col(1, 2), labelled(["RADIO"], { ADM: [1] })));
  expect(error.code).toBe("#N/A");
  expect(error.message).toContain("RADIO");
});

test("results spill as 2-D arrays shaped like the inputs", () => {
  expect(fn.allocate(centres, col(100, 50), keys)).toEqual([[0], [150]]);
  expect(fn.allocationFlows(centres, col(100, 50), keys)).toEqual([[0, 100]]);
});

test("a result Excel cannot hold is refused at its cell, never returned as Infinity", () => {
  const error = thrown(() => fn.unitCost(col("MED"), col(1e15), col(1e-300)));
  expect([error.code, error.message]).toEqual(["#VALUE!", "résultat, ligne 1, colonne 1 : un résultat dépasse ce qu'Excel peut contenir : vérifiez l'ordre de grandeur des données"]);
});

test("a failure that is not a domain error says it is internal", () => {
  const spec = CATALOG.find((s) => s.id === "SPREAD")!;
  const impl = jest.spyOn(spec, "impl").mockImplementation(() => {
    throw new Error("boom");
  });
  try {
    expect(thrown(() => fn.spread(col(1), [[1]])).message).toBe("Hisab: internal error: boom");
  } finally {
    impl.mockRestore();
  }
});
