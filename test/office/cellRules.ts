import { cellAddress } from "../../src/workbook/formula";
import type { CellValue } from "./cells";
import { officeError } from "./errors";
import type { SheetModel, WorkbookModel } from "./workbookModel";

/**
 * What Excel does with what is written into a cell: `values` reads a
 * string the way it reads typing (= + - @ start a formula, a number-like
 * string becomes a number) unless the cell is formatted as Text ("@");
 * `formulas` takes a string starting with = as a formula, again unless the
 * cell is Text. A formula Excel would refuse (unbalanced, too long) throws;
 * one it would show as an error (#REF!, #NAME?) is reported as a problem.
 */

const FORMULA_START = /^[=+\-@]/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const TEXT_FORMAT = "@";

export function checkScalar(value: unknown, where: string): asserts value is CellValue {
  if (typeof value === "number" && !Number.isFinite(value)) throw officeError("InvalidArgument", `A non-finite number (${value}) cannot be written to a cell.`, where);
  if (typeof value === "string" && value.length > 32_767) throw officeError("InvalidArgument", "A cell holds at most 32,767 characters.", where);
  if (!["string", "number", "boolean"].includes(typeof value)) throw officeError("InvalidArgument", `Cannot write a ${typeof value} to a cell.`, where);
}

/** `range.values = …` (and the user typing). */
export function writeValue(model: WorkbookModel, sheet: SheetModel, row: number, col: number, value: CellValue): void {
  const cells = sheet.cells;
  if (typeof value !== "string" || cells.numberFormat(row, col) === TEXT_FORMAT) return cells.setValue(row, col, value);
  if (value.length > 1 && FORMULA_START.test(value)) {
    if (NUMBER_TEXT.test(value)) return cells.setValue(row, col, Number(value));
    return setFormula(model, sheet, row, col, value.startsWith("=") ? value : `=${value}`);
  }
  cells.setValue(row, col, NUMBER_TEXT.test(value.trim()) ? Number(value) : value);
}

/** `range.formulas = …`. */
export function writeFormula(model: WorkbookModel, sheet: SheetModel, row: number, col: number, input: CellValue): void {
  if (typeof input === "string" && input.startsWith("=") && input.length > 1 && sheet.cells.numberFormat(row, col) !== TEXT_FORMAT) {
    setFormula(model, sheet, row, col, input);
  } else {
    writeValue(model, sheet, row, col, input);
  }
}

function setFormula(model: WorkbookModel, sheet: SheetModel, row: number, col: number, formula: string): void {
  const where = `${sheet.name}!${cellAddress(row, col)}`;
  if (formula.length > 8192) throw officeError("InvalidArgument", `The formula in ${where} is longer than 8,192 characters.`, "Range.formulas");
  const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (/"/.test(outsideStrings.replace(/""/g, ""))) throw officeError("InvalidArgument", `The formula in ${where} has an unclosed string: ${formula}`, "Range.formulas");
  let depth = 0;
  for (const ch of outsideStrings.replace(/'(?:[^']|'')*'/g, "''")) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    if (depth < 0) break;
  }
  if (depth !== 0) throw officeError("InvalidArgument", `The formula in ${where} has unbalanced parentheses: ${formula}`, "Range.formulas");

  for (const match of outsideStrings.matchAll(/'((?:[^']|'')+)'!|(?<![\w.'])([A-Za-z_][A-Za-z0-9_.]*)!/g)) {
    const name = (match[1] ?? match[2]).replace(/''/g, "'");
    if (!model.findSheet(name)) model.problem(`${where}: ${formula} refers to sheet "${name}", which does not exist (#REF!)`);
  }
  if (model.customFunctions) {
    for (const match of outsideStrings.matchAll(/\bHISAB\.([A-Za-z0-9_.]+)\s*\(/g)) {
      if (!model.customFunctions.has(match[1].toUpperCase())) model.problem(`${where}: ${formula} calls HISAB.${match[1]}, which was not registered (#NAME?)`);
    }
  }
  sheet.cells.setFormula(row, col, formula);
}
