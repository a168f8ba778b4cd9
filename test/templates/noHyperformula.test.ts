import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** HyperFormula is GPL-3.0: a test-only tool. No shipped code may import it. */

const ROOT = join(__dirname, "..", "..");
const SHIPPED = ["src", "functions", "taskpane"];

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

it("finds the shipped sources", () => {
  expect(sourceFiles(join(ROOT, "src")).length).toBeGreaterThan(5);
});

it.each(SHIPPED)("%s/ never imports hyperformula", (dir) => {
  const offenders = sourceFiles(join(ROOT, dir)).filter((file) => /(from\s+|require\s*\(\s*|import\s*\(\s*)["']hyperformula(\/[^"']*)?["']/.test(readFileSync(file, "utf8")));
  expect(offenders).toEqual([]);
});
