import { type Area, areaRef, columnIndex, columnLetters, quoteSheetName } from "../../src/workbook/formula";
import { officeError } from "./errors";

/** A1 addresses as Office.js takes and gives them: cells, blocks, whole columns and whole rows. */

export type { Area };

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

const outside = (address: string, where: string) => officeError("InvalidArgument", `The address "${address}" is outside the sheet.`, where);

/** "B3", "B3:D9", "A:C" (whole columns), "2:4" (whole rows), with or without $. */
export function parseAddress(address: string, where = "Worksheet.getRange"): Area {
  const text = address.replace(/\$/g, "").trim();
  const cells = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(text);
  if (cells) {
    const [, c1, r1, c2 = c1, r2 = r1] = cells;
    const [top, bottom] = [Number(r1) - 1, Number(r2) - 1].sort((a, b) => a - b);
    const [left, right] = [columnIndex(c1), columnIndex(c2)].sort((a, b) => a - b);
    if (top < 0 || bottom >= MAX_ROWS || right >= MAX_COLS) throw outside(address, where);
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (columns) {
    const [left, right] = [columnIndex(columns[1]), columnIndex(columns[2])].sort((a, b) => a - b);
    if (right >= MAX_COLS) throw outside(address, where);
    return { top: 0, left, rows: MAX_ROWS, cols: right - left + 1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) {
    const [top, bottom] = [Number(rows[1]) - 1, Number(rows[2]) - 1].sort((a, b) => a - b);
    if (top < 0 || bottom >= MAX_ROWS) throw outside(address, where);
    return { top, left: 0, rows: bottom - top + 1, cols: MAX_COLS };
  }
  throw officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (address "${address}")`, where);
}

/** "B3:D9", "B3", or "A:C" / "2:4" for whole columns or rows. */
export function addressOf(area: Area): string {
  if (area.rows === MAX_ROWS) return `${columnLetters(area.left)}:${columnLetters(area.left + area.cols - 1)}`;
  if (area.cols === MAX_COLS) return `${area.top + 1}:${area.top + area.rows}`;
  return areaRef(area);
}

/** "'Centres 2024'!A2:A31": an address on a sheet, the sheet's name quoted as Excel does. */
export function qualified(sheet: string, area: Area): string {
  return `${quoteSheetName(sheet)}!${addressOf(area)}`;
}

/** "'Mode d''emploi'!A1" → the sheet's name and the address; no "!" → no sheet. */
export function splitSheet(text: string): { sheet?: string; address: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { address: text };
  return { sheet: text.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), address: text.slice(bang + 1) };
}

export function overlaps(a: Area, b: Area): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
}
