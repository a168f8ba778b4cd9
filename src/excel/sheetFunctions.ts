/**
 * The Excel-facing side of the engine. No Office import: the custom
 * functions, the test spreadsheet engine and the benchmark all call these.
 */
export * from "./sheet/costCentres";
export * from "./sheet/acts";
export * from "./sheet/loans";
export * from "./sheet/contracts";
