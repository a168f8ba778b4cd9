import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The engine as shipped is one bundle: webpack (production) hoists
 * src/excel/sheetFunctions.ts and everything it imports into a single scope, so a
 * call between modules is a plain function call. Run from TypeScript sources
 * through tsx instead, every imported function is reached through an export
 * getter, which costs about a third more on the reconciliation. The benchmark
 * therefore builds the same kind of bundle once per run (esbuild: already
 * installed, tsx is built on it; ES2020 like tsconfig) and times that;
 * `--engine source` times the sources through tsx instead.
 */

interface Esbuild {
  buildSync(options: Record<string, unknown>): unknown;
}

export const FUNCTIONS_ENTRY = join(__dirname, "..", "..", "src", "excel", "sheetFunctions.ts");

/** Path of a CommonJS bundle of src/excel/sheetFunctions.ts, or undefined when esbuild cannot be loaded. */
export function bundleFunctions(): string | undefined {
  let esbuild: Esbuild;
  try {
    esbuild = require("esbuild") as Esbuild;
  } catch {
    return undefined;
  }
  const outfile = join(mkdtempSync(join(tmpdir(), "hisab-bench-")), "functions.js");
  esbuild.buildSync({ entryPoints: [FUNCTIONS_ENTRY], bundle: true, platform: "node", format: "cjs", target: "es2020", outfile, logLevel: "error" });
  return outfile;
}
