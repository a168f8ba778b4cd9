import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * The layers of the code, as the folders name them, and which way imports may
 * run: each layer imports only itself and the layers listed before it. The
 * engine knows nothing of Excel; nothing in src/ imports Office, React or a
 * package beyond decimal.js; HyperFormula (GPL-3.0) is a test-only tool that
 * no shipped code may import.
 */

const ROOT = join(__dirname, "..");
const LAYERS = ["src/engine", "src/excel", "src/workbook", "src/journeys"] as const;
const SHIPPED = ["src", "functions", "taskpane"];
const SRC_PACKAGES = ["decimal.js"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

/** Every module a file names, in import/export ... from, import(), require(). */
function specifiers(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm)].map((m) => m[1]);
}

const layerOf = (path: string): number => LAYERS.findIndex((layer) => path === join(ROOT, layer) || path.startsWith(join(ROOT, layer) + "/"));

it("every file of src/ sits in a layer", () => {
  const loose = sourceFiles(join(ROOT, "src")).filter((file) => layerOf(file) < 0).map((file) => relative(ROOT, file));
  expect(loose).toEqual([]);
});

it.each(LAYERS.map((layer, i) => [layer, i] as const))("%s imports only itself and the layers below it", (layer, level) => {
  const offenders = sourceFiles(join(ROOT, layer)).flatMap((file) =>
    specifiers(file)
      .filter((spec) => spec.startsWith("."))
      .filter((spec) => layerOf(resolve(dirname(file), spec)) > level || layerOf(resolve(dirname(file), spec)) < 0)
      .map((spec) => `${relative(ROOT, file)} → ${spec}`),
  );
  expect(offenders).toEqual([]);
});

it("src/ imports no package but decimal.js (no Office, no React)", () => {
  const offenders = sourceFiles(join(ROOT, "src")).flatMap((file) =>
    specifiers(file)
      .filter((spec) => !spec.startsWith(".") && !spec.startsWith("node:") && !SRC_PACKAGES.includes(spec))
      .map((spec) => `${relative(ROOT, file)} → ${spec}`),
  );
  expect(offenders).toEqual([]);
});

it.each(SHIPPED)("%s/ never imports hyperformula", (dir) => {
  const offenders = sourceFiles(join(ROOT, dir)).filter((file) => specifiers(file).some((spec) => spec === "hyperformula" || spec.startsWith("hyperformula/")));
  expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
});

it("the checks see what they check", () => {
  for (const layer of LAYERS) expect(sourceFiles(join(ROOT, layer)).length).toBeGreaterThan(3);
  expect(specifiers(join(ROOT, "src/excel/catalog.ts")).length).toBeGreaterThan(0);
});
