/** Browser tests (test/browser/): the task pane in Debian's chromium through playwright-core, after `npm run build`. */
const fs = require("fs");
const path = require("path");
const jestProject = require("./test/setup/jestProject");

const dir = path.join(__dirname, "test", "browser");
const testFile = /\.test\.tsx?$/;
const hasTests = (d) =>
  fs.existsSync(d) && fs.readdirSync(d, { withFileTypes: true }).some((e) => (e.isDirectory() ? hasTests(path.join(d, e.name)) : testFile.test(e.name)));

module.exports = jestProject("browser", {
  roots: fs.existsSync(dir) ? ["<rootDir>/test/browser"] : [],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Starting a browser and loading a page takes seconds, not milliseconds.
  testTimeout: 60_000,
  // Only while test/browser/ has no tests yet: once it has some, finding none is a failure.
  passWithNoTests: !hasTests(dir),
});
