import { areaRef, columnLetters, parseRef, quoteSheetName } from "../workbook/formula";
import type { RangeRef } from "../workbook/plan";
import type { Journey } from "./journey";

/**
 * How a journey is kept in the workbook, where an auditor sees it (Formulas ›
 * Name Manager): one workbook-scoped defined name per mapped input
 * (HISAB_CC_CENTRES → =Centres!$A$2:$A$31 or =tCentres[Code]) and one per
 * results sheet the journey wrote (HISAB_CC_OUT_RESULTS → the area it owns;
 * HISAB_CC_VAL_RESULTS for its values-only copy). Excel keeps the references
 * up to date when sheets are renamed or rows inserted.
 */

/** Every name the add-in creates starts with this. */
export const NAME_PREFIX = "HISAB_";

/** "keyTable" → "KEY_TABLE". */
const upperSnake = (id: string): string => id.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

export function inputName(journey: Journey, inputId: string): string {
  return `${journey.prefix}_${upperSnake(inputId)}`;
}

export type OutputKind = "formulas" | "values";

/** The name of the area a results sheet owns, by the sheet's key in the results plan. */
export function outputName(journey: Journey, sheetKey: string, kind: OutputKind): string {
  return `${journey.prefix}_${kind === "formulas" ? "OUT" : "VAL"}_${upperSnake(sheetKey)}`;
}

/** The input a defined name maps, if it is one of the journey's. Names compare without case, as in Excel. */
export function inputOfName(journey: Journey, name: string): string | undefined {
  return journey.inputs.find((input) => inputName(journey, input.id) === name.toUpperCase())?.id;
}

/**
 * An address as Office gives it ("Feuil1!B2:B40", "'Clés primaires'!A1:AE10",
 * with or without $) as a reference; undefined for what is not a block of
 * cells on one sheet (whole columns, several areas, #REF!).
 */
export function parseAddress(address: string): RangeRef | undefined {
  const text = address.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const sheetPart = text.slice(0, bang);
  const quoted = /^'((?:[^']|'')+)'$/.exec(sheetPart);
  if (!quoted && /['\s,()]/.test(sheetPart)) return undefined;
  const sheet = quoted ? quoted[1].replace(/''/g, "'") : sheetPart;
  const ref = text.slice(bang + 1).replace(/\$/g, "");
  try {
    parseRef(ref);
  } catch {
    return undefined;
  }
  return { kind: "range", sheet, ref: ref.toUpperCase() };
}

/** "='Clés primaires'!$A$1:$AE$10": what a defined name refers to, absolute (a relative one would move with the active cell). */
export function nameReference(ref: RangeRef): string {
  const area = parseRef(ref.ref);
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const last = area.rows === 1 && area.cols === 1 ? "" : `:${cell(area.top + area.rows - 1, area.left + area.cols - 1)}`;
  return `=${quoteSheetName(ref.sheet ?? "")}!${cell(area.top, area.left)}${last}`;
}

/** The output (results sheet key and kind) a defined name records, if it is one of the journey's. */
export function outputOfName(journey: Journey, name: string): { key: string; kind: OutputKind } | undefined {
  for (const key of journey.outputKeys) {
    for (const kind of ["formulas", "values"] as const) if (outputName(journey, key, kind) === name.toUpperCase()) return { key, kind };
  }
  return undefined;
}

/** "'Clés primaires'!A1:AE10": a reference as the pane shows it and as Office reads it. */
export function formatAddress(ref: RangeRef): string {
  if (ref.sheet === undefined) throw new Error("An address needs its sheet");
  return `${quoteSheetName(ref.sheet)}!${ref.ref}`;
}

/** The cell a problem is at in its input's range (row and column 1-based within it), or the range's row, or the range. */
export function cellOfProblem(range: RangeRef, place: { row?: number; column?: number }): RangeRef {
  const area = parseRef(range.ref);
  if (place.row === undefined) return range;
  const top = area.top + place.row - 1;
  const whole = place.column === undefined && area.cols > 1;
  const left = whole ? area.left : area.left + (place.column ?? 1) - 1;
  return { ...range, ref: areaRef({ top, left, rows: 1, cols: whole ? area.cols : 1 }) };
}
