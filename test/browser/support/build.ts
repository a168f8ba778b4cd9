/**
 * The browser tests load the BUILT pane from dist/. `npm test` and CI build it
 * just before; when dist/ is missing or older than a source it is built here
 * first (npm run build, a few seconds), so `npm run test:browser` on its own
 * never tests yesterday's pane.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");

/** What the bundle is made from. */
const SOURCES = ["taskpane", "src", "functions", "assets", "manifest.xml", "webpack.config.js", "scripts/localize-metadata.ts", "tsconfig.json", "package.json", "package-lock.json"];
/** What the tests load. */
const OUTPUTS = ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "functions-fr.json", "reconcile.worker.js"];

function newestFile(entry: string): { file: string; mtime: number } | undefined {
  if (!fs.existsSync(entry)) return undefined;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return { file: entry, mtime: stat.mtimeMs };
  let newest: { file: string; mtime: number } | undefined;
  for (const child of fs.readdirSync(entry)) {
    const found = newestFile(path.join(entry, child));
    if (found && (!newest || found.mtime > newest.mtime)) newest = found;
  }
  return newest;
}

/** Why dist/ needs building, or undefined when it is up to date. */
function staleReason(): string | undefined {
  const missing = OUTPUTS.filter((file) => !fs.existsSync(path.join(DIST, file)));
  if (missing.length > 0) return `dist/ lacks ${missing.join(", ")}`;
  const built = Math.min(...OUTPUTS.map((file) => fs.statSync(path.join(DIST, file)).mtimeMs));
  const sources = SOURCES.map((entry) => newestFile(path.join(ROOT, entry))).filter((found): found is { file: string; mtime: number } => found !== undefined);
  const newest = sources.reduce((a, b) => (b.mtime > a.mtime ? b : a));
  return newest.mtime > built ? `${path.relative(ROOT, newest.file)} changed after the last build` : undefined;
}

/** Builds dist/ when it is missing or stale; a failed build fails the tests with webpack's output. */
export function ensureBuilt(): void {
  const reason = staleReason();
  if (reason === undefined) return;
  process.stdout.write(`Browser tests: ${reason}; running npm run build first.\n`);
  const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8", timeout: 180_000 });
  if (build.status !== 0) {
    const output = `${build.stdout ?? ""}\n${build.stderr ?? ""}`.trim().split("\n").slice(-40).join("\n");
    throw new Error(`The browser tests need a build of the pane (${reason}), and npm run build failed:\n${output}`);
  }
  // webpack leaves a file alone when its content did not change (a comment edited in a source): mark the build as current.
  const now = new Date();
  for (const file of OUTPUTS) fs.utimesSync(path.join(DIST, file), now, now);
}
