import { findFunction, NAMESPACE } from "../excel/catalog";
import type { Language } from "../excel/messages";
import { Area, areaRef, cellAddress, CellReader, exprShape, parseRef } from "./formula";
import { BODY_FONT, columnPixels, textPixels } from "./layout";
import type { Expr, FormulaCell, LabelCell, RangeRef, SheetPlan, Value } from "./plan";

/** Building blocks the templates share: number formats, formula helpers, the guide sheet, header rows. */

export const AMOUNT = "#,##0.00";
/** Numbers as usual, zero hidden, text as typed: for copies of code and label cells (a blank source shows 0). */
export const TEXT_COPY = "General;-General;;@";
export const COUNT_COPY = "#,##0;-#,##0;;@";
/** An amount whose blank source (shown 0) stays blank: copies of optional prices. */
export const AMOUNT_COPY = "#,##0.00;-#,##0.00;;@";
export const COUNT = "#,##0";
export const DRIVER = "General";
export const PERCENT = "0.0%";

export const numberCell = (n: number | undefined): Value => n ?? null;
export const blankRows = (count: number, width: number): Value[][] => Array.from({ length: count }, () => new Array<Value>(width).fill(null));

export const call = (fn: string, ...args: Expr[]): Expr => ({ kind: "call", fn, args });
export const num = (value: number): Expr => ({ kind: "number", value });
/** A reference on the formula's own sheet. */
export const local = (ref: string): RangeRef => ({ kind: "range", ref });
/** A reference to `area` of `sheet`. */
export const onSheet = (sheet: string, area: Area): RangeRef => ({ kind: "range", sheet, ref: areaRef(area) });
export const minus = (left: Expr, right: Expr): Expr => ({ kind: "binary", op: "-", left, right });
export const plus = (left: Expr, right: Expr): Expr => ({ kind: "binary", op: "+", left, right });
export const divide = (left: Expr, right: Expr): Expr => ({ kind: "binary", op: "/", left, right });
/** A check: left − right rounded to the cent, shown 0.00 when the two reconcile. */
export const roundedDifference = (left: Expr, right: Expr): Expr => call("ROUND", minus(left, right), num(2));

/** A formula cell sized by the shape its expression gives (`read` knows the input values that size a result). */
export function formula(at: string, expr: Expr, numberFormat?: FormulaCell["numberFormat"], read?: CellReader): FormulaCell {
  const [rows, cols] = exprShape(expr, read);
  return { at, expr, rows, cols, numberFormat };
}

/** The i-th cell of a one-column range, or the cell at row i, column `col` of a wider one. */
export function cellOf(range: Expr, i: number, col = 0): RangeRef {
  if (range.kind !== "range") throw new Error("cellOf expects a range");
  const { top, left } = parseRef(range.ref);
  return { ...range, ref: cellAddress(top + i, left + col) };
}

/** `HISAB.REPARTIR` in French, `HISAB.ALLOCATE` in English: a function as the user types it. */
export function typedFunction(lang: Language, id: string): string {
  const spec = findFunction(id);
  if (!spec) throw new Error(`Template names an unknown function ${id}`);
  return `${NAMESPACE}.${spec.name[lang]}`;
}

/**
 * What a settings cell of a results sheet holds (a method, a margin, a
 * period's first day): a value the user types there, or a copy of a cell of
 * their own workbook (a formula), when they chose to keep the setting there.
 */
export type Setting = Value | RangeRef;

const isCellCopy = (setting: Setting): setting is RangeRef => typeof setting === "object" && setting !== null;

/** The body row of a one-row table at `at` (header at `at`) and the formulas that copy the settings kept in the user's cells. */
export function settingsRow(at: string, settings: readonly Setting[]): { row: Value[]; copies: FormulaCell[] } {
  const { top, left } = parseRef(at);
  return {
    row: settings.map((setting) => (isCellCopy(setting) ? null : setting)),
    copies: settings.flatMap((setting, c) => (isCellCopy(setting) ? [formula(cellAddress(top + 1, left + c), setting)] : [])),
  };
}

/** Header labels along row `row` (0-based) from column `left`. */
export function headerRow(row: number, left: number, texts: readonly string[]): LabelCell[] {
  return texts.map((text, c): LabelCell => ({ at: cellAddress(row, left + c), text, style: "header" }));
}

/**
 * Where one party signs a printed statement: a heading, then a line to write
 * on for each thing asked ("Nom et fonction : ____"), ruled across the
 * columns of the block (`widths`, in characters); the last one, the
 * signature, comes after `room` blank rows to sign in.
 */
export function signatureBlock(at: { row: number; col: number }, widths: readonly number[], heading: string, lines: readonly string[], room: number): LabelCell[] {
  const pixels = widths.reduce((sum, w) => sum + columnPixels(w), 0) - 5;
  const ruled = (label: string) => `${label} ${"_".repeat(Math.floor((pixels - textPixels(`${label} `, BODY_FONT)) / textPixels("_", BODY_FONT)))}`;
  const row = (i: number) => at.row + 1 + i + (i === lines.length - 1 ? room : 0);
  return [{ at: cellAddress(at.row, at.col), text: heading, style: "header" }, ...lines.map((label, i): LabelCell => ({ at: cellAddress(row(i), at.col), text: ruled(label) }))];
}

/** The guide's one column: as wide as a portrait A4 page prints at full size (longer instructions wrap in it). */
const GUIDE_WIDTH = 96;

/** The guide sheet every template opens with: title, note, then one instruction per line. */
export function guideSheet(guide: { name: string; title: string; note: string; heading: string; lines: readonly string[] }): SheetPlan {
  const labels: LabelCell[] = [
    { at: "A1", text: guide.title, style: "title" },
    { at: "A2", text: guide.note, style: "note" },
    { at: "A4", text: guide.heading, style: "subtitle" },
    ...guide.lines.map((text, i): LabelCell => ({ at: `A${5 + i}`, text })),
  ];
  return { key: "guide", name: guide.name, tables: [], labels, formulas: [], columnWidths: { A: GUIDE_WIDTH } };
}

/**
 * The input constants of `sheets` (table cells and labels), for sizing
 * results by a value the user gives; references without a sheet are on `own`.
 */
export function constantsOf(sheets: readonly SheetPlan[], own: string): CellReader {
  const values = new Map<string, Value>();
  for (const sheet of sheets) {
    for (const table of sheet.tables) {
      const { top, left } = parseRef(table.at);
      table.rows.forEach((row, r) => row.forEach((value, c) => values.set(`${sheet.name}!${cellAddress(top + 1 + r, left + c)}`, value)));
    }
    for (const label of sheet.labels) values.set(`${sheet.name}!${label.at}`, label.text);
  }
  return (ref) => {
    const { top, left } = parseRef(ref.ref);
    return values.get(`${ref.sheet ?? own}!${cellAddress(top, left)}`);
  };
}
