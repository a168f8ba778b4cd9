import * as fs from "fs";
import * as path from "path";
import { runInNewContext } from "vm";
import { CATALOG } from "../../src/excel/catalog";
import { customFunctionsStandIn } from "../office/customFunctions";
import { DIST, ensureBuilt } from "./support/build";

/**
 * The production bundles as Excel loads them. The task-pane page (the shared
 * runtime) loads functions.js, then taskpane.js, which reuses the modules
 * functions.js holds: the engine and decimal.js are in the page once.
 * functions.js is also the manifest's custom-functions Script: on its own it
 * must register every function with a working implementation.
 */

beforeAll(() => ensureBuilt(), 180_000);

const read = (file: string) => fs.readFileSync(path.join(DIST, file), "utf8");
const count = (text: string, marker: string) => text.split(marker).length - 1;

it("the page loads functions.js before taskpane.js", () => {
  const scripts = [...read("taskpane.html").matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
  expect(scripts.filter((src) => !src.startsWith("https://"))).toEqual(["functions.js", "taskpane.js"]);
});

it.each([
  ["decimal.js", "[DecimalError] "],
  ["the engine's errors", '"DomainError"'],
])("holds one copy of %s, in functions.js", (_, marker) => {
  expect({ functions: count(read("functions.js"), marker), taskpane: count(read("taskpane.js"), marker) }).toEqual({ functions: 1, taskpane: 0 });
});

it("functions.js alone registers every catalog function, and they compute", () => {
  const registered = new Map<string, unknown>();
  const page: Record<string, unknown> = { CustomFunctions: customFunctionsStandIn((id, implementation) => registered.set(id, implementation)) };
  page.self = page;
  runInNewContext(read("functions.js"), page);
  expect([...registered.keys()].sort()).toEqual(CATALOG.map((fn) => fn.id.toUpperCase()).sort());
  const unitCost = registered.get("UNITCOST") as (...args: unknown[]) => unknown;
  expect(unitCost([["LABO"], ["RADIO"]], [[1000], [500]], [[50], [20]], 2)).toEqual([[20], [25]]);
});
