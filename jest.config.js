/**
 * The jest tests but the browser's (jest.browser.config.js), in three groups:
 * - fast (npm run test:fast), the inner loop: the engine, the custom
 *   functions, the journeys, the templates as data, the layers;
 * - slow (npm run test:slow): the benchmark's own test, the .xlsx round
 *   trips and LibreOffice opening them, a million-row table in the
 *   in-memory Excel;
 * - integration: the rest (the pane's components, its writers on the
 *   in-memory Excel, templates recalculated by HyperFormula, the metadata,
 *   the manifest, the docs).
 * `npm test` runs them all, then the browser tests.
 */
const jestProject = require("./test/setup/jestProject");

const SLOW = ["/test/bench/", "/test/workbook/[^/]*[Xx]lsx\\.test\\.ts$", "/test/workbook/libreoffice\\.test\\.ts$", "/test/office/largeTable\\.test\\.ts$"];
const FAST = [
  "/test/engine/.*\\.test\\.ts$",
  "/test/journeys/.*\\.test\\.ts$",
  "/test/functions\\.test\\.ts$",
  "/test/layers\\.test\\.ts$",
  // Templates as data; their recalculation by HyperFormula is an integration test.
  "/test/workbook/(?![^/]*[Hh]yperformula)[^/]*\\.test\\.ts$",
];
const ANY_TEST = "/test/.*\\.test\\.tsx?$";

module.exports = {
  // A limit, not a measure: on a busy two-core machine a component test can take several seconds.
  testTimeout: 30_000,
  projects: [
    jestProject("fast", { testRegex: FAST, testPathIgnorePatterns: SLOW }),
    jestProject("integration", { testRegex: ANY_TEST, testPathIgnorePatterns: ["/test/browser/", ...FAST, ...SLOW] }),
    jestProject("slow", { testRegex: SLOW }),
  ],
};
