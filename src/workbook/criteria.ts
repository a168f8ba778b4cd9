import { sumNumbers } from "../engine/money";
import type { Computed, Grid } from "./evaluate";

/**
 * The native functions that select cells by a criterion (SUMIF, SUMIFS,
 * COUNTIF) and the two the contract template builds its criteria with
 * (CONCATENATE, EDATE), as Excel computes them, for the template evaluator.
 *
 * A criterion is a value or a text with an operator, as typed in Excel:
 *   5, "5", "OK", "TRUE"    equal (text ignores case; 5 and "5" match the number and the text "5"; "TRUE" the logical value)
 *   "=x", "<>x"             equal, different (blanks and other types are different)
 *   "<x" "<=x" ">x" ">=x"   compare: numbers with a number, texts with a text
 *   "*" "?" "~"             wildcards in an equal or different text: any run, one character, escape
 *   "" / "=" / "<>"         blank / empty / not blank
 * A blank criterion cell matches 0 (as the evaluator always did).
 */

export type Criterion = (cell: Computed) => boolean;

const OPERATOR = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/;

export function criterion(value: Computed): Criterion {
  if (value === null) return (cell) => cell === 0;
  if (typeof value === "boolean") return (cell) => cell === value;
  if (typeof value === "number") return equalTo(String(value), value, "=");
  if (typeof value !== "string") return () => false;
  const [, operator = "", operand] = OPERATOR.exec(value) as RegExpExecArray;
  const number = operand.trim() === "" ? NaN : Number(operand);
  if (operator === "" || operator === "=" || operator === "<>") {
    const equal = equalTo(operand, number, operator);
    return operator === "<>" ? (cell) => !equal(cell) : equal;
  }
  const compare = (a: number) => (operator === "<" ? a < 0 : operator === "<=" ? a <= 0 : operator === ">" ? a > 0 : a >= 0);
  if (Number.isFinite(number)) return (cell) => typeof cell === "number" && compare(cell - number);
  const text = operand.toLocaleLowerCase();
  return (cell) => typeof cell === "string" && compare(cell.toLocaleLowerCase() < text ? -1 : cell.toLocaleLowerCase() > text ? 1 : 0);
}

function equalTo(operand: string, number: number, operator: string): Criterion {
  if (operand === "") return operator === "=" ? (cell) => cell === null : (cell) => cell === null || cell === "";
  const pattern = wildcard(operand);
  const logical = /^(true|false)$/i.test(operand) ? operand.toUpperCase() === "TRUE" : undefined;
  return (cell) => (typeof cell === "number" ? cell === number : typeof cell === "boolean" ? cell === logical : typeof cell === "string" && pattern.test(cell));
}

/** A text criterion as a whole-cell, case-insensitive pattern: * any run, ? one character, ~ escapes the next one. */
function wildcard(text: string): RegExp {
  let source = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "~" && i + 1 < text.length) source += escape(text[++i]);
    else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += escape(ch);
  }
  return new RegExp(`^${source}$`, "iu");
}

const escape = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function sameShape(a: Grid, b: Grid): boolean {
  return a.length === b.length && (a[0]?.length ?? 0) === (b[0]?.length ?? 0);
}

/** SUMIFS(sums, range1, criterion1, range2, criterion2, …): the numbers of `sums` where every criterion holds. */
export function sumIfs(sums: Grid, conditions: readonly [range: Grid, criterion: Computed][]): number {
  if (conditions.some(([range]) => !sameShape(range, sums))) throw new Error("SUMIFS ranges of different sizes are not supported by the template evaluator");
  const tests = conditions.map(([range, value]) => [range, criterion(value)] as const);
  const picked: number[] = [];
  sums.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === "number" && tests.every(([range, test]) => test(range[r][c]))) picked.push(value);
    }),
  );
  return sumNumbers(picked).toNumber();
}

/** COUNTIF(range, criterion): how many cells of `range` meet it. */
export function countIf(range: Grid, value: Computed): number {
  const test = criterion(value);
  return range.reduce((n, row) => n + row.filter(test).length, 0);
}

/** CONCATENATE of single values: numbers as Excel shows them in General format (15 significant digits), booleans as TRUE/FALSE, blank as "". */
export function concatenate(values: readonly Computed[]): string {
  return values.map((v) => (v === null ? "" : typeof v === "number" ? String(Number(v.toPrecision(15))) : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v))).join("");
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** EDATE(start, months): the same day `months` later (or earlier), the last day of the month when it has fewer days; serials in the 1900 system. */
export function edate(start: number, months: number): number {
  const date = new Date(EXCEL_EPOCH + Math.trunc(start) * DAY);
  const month = date.getUTCMonth() + Math.trunc(months);
  const year = date.getUTCFullYear() + Math.floor(month / 12);
  const inYear = ((month % 12) + 12) % 12;
  const day = Math.min(date.getUTCDate(), new Date(Date.UTC(year, inYear + 1, 0)).getUTCDate());
  return (Date.UTC(year, inYear, day) - EXCEL_EPOCH) / DAY;
}
