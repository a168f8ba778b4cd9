import { Cell, isBlank, readNonNegative, readNumber, readText } from "../cells";
import { CodeIndex } from "../../engine/codes";
import { fail } from "../../engine/errors";
import { Arg, asRange } from "./args";

/**
 * Small reference tables passed as one range without their header (a
 * contract's price list, care types, members): a code in the first column,
 * then typed columns. These must be right, so a bad cell is an error naming
 * its row and column; fully blank rows are skipped.
 */

export type ColumnKind = "number" | "nonNegative" | "optional" | "text";

export interface TableRows {
  /** Row (1-based in the range) of each kept line. */
  rows: number[];
  index: CodeIndex;
  /** values[c][i]: column c + 1 of kept line i (null for a blank "optional" cell, text for "text"). */
  values: (number | string | null)[][];
}

/** `optional`: an omitted or fully blank table is an empty one (quality scores not yet filled), not an error. */
export function readTableRows(arg: Arg, argument: string, kinds: readonly ColumnKind[], required = kinds.length, optional = false): TableRows {
  const range = asRange(arg);
  if (optional && range.every((line) => line.every(isBlank))) return { rows: [], index: new CodeIndex([], argument), values: kinds.map(() => []) };
  const width = range[0]?.length ?? 0;
  if (width < required + 1 || width > kinds.length + 1) fail("shape_mismatch", { argument }, { actual: width, expected: `${required + 1}–${kinds.length + 1}`, reference: argument });
  const rows: number[] = [];
  const codes: string[] = [];
  const values: (number | string | null)[][] = kinds.map(() => []);
  range.forEach((line, r) => {
    if (line.every(isBlank)) return;
    const row = r + 1;
    const code = readText(line[0]);
    if (code === "") fail("missing_code", { argument, row, column: 1 });
    rows.push(row);
    codes.push(code);
    kinds.forEach((kind, c) => values[c].push(readCell(line[c + 1], kind, { argument, row, column: c + 2, code })));
  });
  if (rows.length === 0) fail("empty_range", { argument });
  return { rows, index: new CodeIndex(codes, argument, "row", 1, rows), values };
}

function readCell(cell: Cell, kind: ColumnKind, place: { argument: string; row: number; column: number; code: string }): number | string | null {
  switch (kind) {
    case "text":
      return readText(cell);
    case "optional":
      return isBlank(cell) ? null : readNumber(cell, place);
    case "nonNegative":
      return readNonNegative(cell, place);
    case "number":
      return readNumber(cell, place);
  }
}

/** A scalar date (Excel serial number) or null when blank. */
export function readDate(arg: Arg | undefined, argument: string): number | null {
  const range = asRange(arg ?? null);
  const cell = range[0]?.[0];
  if (isBlank(cell)) return null;
  if (typeof cell !== "number" || !Number.isFinite(cell)) fail("bad_date", { argument }, { value: String(cell) });
  return cell;
}

/** Words of a choice argument, matched without accents, case or spaces. */
export function readChoice<T extends string>(arg: Arg | undefined, argument: string, words: Record<string, T>, fallback: T): T {
  const cell = asRange(arg ?? null)[0]?.[0];
  if (isBlank(cell)) return fallback;
  const word = String(cell).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[\s_-]/g, "");
  return words[word] ?? fail("unknown_rule", { argument }, { value: String(cell), expected: [...new Set(Object.keys(words))].join(", ") });
}
