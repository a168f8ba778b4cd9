import { CATALOG, FunctionSpec, NAMESPACE } from "../excel/catalog";
import { areaRef, cellAddress, columnIndex, isNativeFunction } from "./formula";
import type { Comparison, Expr, RangeRef } from "./plan";

/**
 * Excel formula text back to the Expr tree of plan.ts, so that a formula
 * found in a workbook (read from a saved .xlsx, or from Office.js) can be
 * computed by the template evaluator. It reads:
 *
 * - our functions typed (`HISAB.ALLOCATE`, `HISAB.REPARTIR`, any case) and as
 *   Excel stores them (`_xldudf_HISAB_ALLOCATION_FLOWS`, see formula.ts);
 * - the native functions the evaluator computes, in English, or in French
 *   with `;` between arguments and `,` as the decimal mark (`locale: "fr"`,
 *   what Office.js's formulasLocal gives in a French Excel); the `_xlfn.`
 *   prefixes Excel writes in files; `_xlfn.ANCHORARRAY(E8)` and `E8#` (a
 *   spill), `_xlfn.SINGLE(x)` (the `@` of one cell);
 * - references: `B3`, `$B$3:D9`, `Résultats!E8`, `'Clés primaires'!A1:AE16`,
 *   defined names, and tables' structured references (`tCentres[Code]`,
 *   `tCentres[[#Data],[Code]:[Type]]`, `[@Montant]`), which the context
 *   resolves to cells;
 * - numbers, texts, `+ - * /`, unary minus, `%`, `&` (as CONCATENATE) and the
 *   comparisons.
 *
 * What the evaluator cannot compute is refused with a reason rather than
 * guessed: other functions, `^`, array constants, whole columns or rows, 3-D
 * and external references, names the workbook does not define.
 */

export interface ParseContext {
  /** The sheet the formula is on: references without a sheet are on it. */
  sheet: string;
  /** The formula's cell (0-based), for `[@Column]`: the row of a table the formula is on. */
  cell?: { row: number; col: number };
  locale?: "en" | "fr";
  /** A sheet's name as the workbook spells it (names compare without case); undefined when there is no such sheet. */
  sheetName?(name: string): string | undefined;
  /** The cells a defined name refers to, seen from the formula's sheet. */
  name?(name: string): RangeRef | undefined;
  /** The cells of a structured reference; `table` is undefined for `[@Column]` written inside the table. */
  table?(table: string | undefined, spec: TableSpec, cell: ParseContext["cell"]): RangeRef | undefined;
  /** The area a formula anchored at `anchor` spills over (`E8#`). */
  spill?(anchor: RangeRef): RangeRef | undefined;
}

/** What a structured reference names: its special items (`#All`, `#Data`, `#Headers`, `#Totals`, `#This Row`) and columns (first and last). */
export interface TableSpec {
  items: ("all" | "data" | "headers" | "totals" | "thisRow")[];
  columns?: [first: string, last: string];
}

export type ParseProblem = "syntax" | "function" | "reference" | "operator";

export type Parsed = { expr: Expr } | { problem: ParseProblem; detail: string };

export function parseFormula(text: string, context: ParseContext): Parsed {
  try {
    return { expr: new Parser(lex(text.replace(/^\s*=/, ""), context.locale ?? "en"), context).formula() };
  } catch (e) {
    if (e instanceof Refusal) return { problem: e.problem, detail: e.message };
    throw e;
  }
}

/**
 * The formula of a cell that shares the formula of `shared` (an .xlsx's
 * `<f t="shared">`): every relative reference moved by the offset between
 * the two cells, absolute ones ($) kept, the rest of the text unchanged.
 */
export function shiftFormula(text: string, rows: number, cols: number): string {
  let out = "";
  let at = 0;
  for (const token of lex(text, "en")) {
    if (token.t !== "ref") continue;
    for (const part of token.parts) {
      out += text.slice(at, part.start) + movedCell(part, rows, cols);
      at = part.end;
    }
  }
  return out + text.slice(at);
}

class Refusal extends Error {
  constructor(
    readonly problem: ParseProblem,
    detail: string,
  ) {
    super(detail);
  }
}

const refuse = (problem: ParseProblem, detail: string): never => {
  throw new Refusal(problem, detail);
};

// ---- lexer ----------------------------------------------------------------

/** One corner of a reference as written: its place in the text, for shifting shared formulas. */
interface CellPart {
  start: number;
  end: number;
  col: number;
  row: number;
  colAbsolute: boolean;
  rowAbsolute: boolean;
}

type Token =
  | { t: "number"; value: number }
  | { t: "text"; value: string }
  | { t: "op"; value: string }
  | { t: "(" | ")" | "," }
  | { t: "ref"; sheet?: string; parts: CellPart[]; spill: boolean }
  | { t: "word"; value: string; sheet?: string }
  | { t: "struct"; table?: string; spec: string }
  | { t: "end" };

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const WORD = /[\p{L}\p{N}_.$\\]/u;
const MAX = { rows: 1_048_576, cols: 16_384 };

function cellPart(word: string, start: number): CellPart | undefined {
  const match = CELL.exec(word);
  if (!match) return undefined;
  const col = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  if (col >= MAX.cols || row < 0 || row >= MAX.rows) return undefined;
  const colAbsolute = word.startsWith("$");
  return { start, end: start + word.length, col, row, colAbsolute, rowAbsolute: word.indexOf("$", colAbsolute ? 1 : 0) >= 0 };
}

function movedCell(part: CellPart, rows: number, cols: number): string {
  const col = part.colAbsolute ? part.col : part.col + cols;
  const row = part.rowAbsolute ? part.row : part.row + rows;
  if (col < 0 || row < 0) return "#REF!";
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cellAddress(row, col))!;
  return `${part.colAbsolute ? "$" : ""}${letters}${part.rowAbsolute ? "$" : ""}${digits}`;
}

function lex(text: string, locale: "en" | "fr"): Token[] {
  const separator = locale === "fr" ? ";" : ",";
  const decimal = locale === "fr" ? "," : ".";
  const tokens: Token[] = [];
  let i = 0;
  const word = (from: number): string => {
    let j = from;
    while (j < text.length && WORD.test(text[j])) j++;
    return text.slice(from, j);
  };
  const quoted = (quote: string): string => {
    let value = "";
    for (i++; ; i++) {
      if (i >= text.length) refuse("syntax", `unclosed ${quote}`);
      if (text[i] === quote) {
        if (text[i + 1] !== quote) break;
        i++;
      }
      value += text[i];
    }
    i++;
    return value;
  };
  /** The reference after a sheet's name (or without one): a cell, a range, or a name. */
  const reference = (sheet: string | undefined): Token => {
    const first = word(i);
    const start = i;
    i += first.length;
    const a = cellPart(first, start);
    if (text[i] === ":") {
      const second = word(i + 1);
      const b = cellPart(second, i + 1);
      if (a && b) {
        i += 1 + second.length;
        return spilled({ t: "ref", sheet, parts: [a, b], spill: false });
      }
      if (/^\$?[A-Za-z]{1,3}$|^\$?\d+$/.test(first)) refuse("reference", `whole columns or rows (${first}:${second}) are not read`);
      if (sheet === undefined && second !== "" && text[i + 1 + second.length] === "!") refuse("reference", `a reference across sheets (${first}:${second}) is not read`);
    }
    if (a) return spilled({ t: "ref", sheet, parts: [a], spill: false });
    if (first === "") refuse("syntax", `a reference is expected after ${sheet}!`);
    return { t: "word", value: first, sheet };
  };
  const spilled = (token: Extract<Token, { t: "ref" }>): Token => {
    if (text[i] === "#") {
      i++;
      token.spill = true;
    }
    return token;
  };

  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"') {
      tokens.push({ t: "text", value: quoted('"') });
    } else if (ch === "'") {
      const sheet = quoted("'");
      if (text[i] !== "!") refuse("syntax", `"!" expected after '${sheet}'`);
      i++;
      tokens.push(reference(sheet));
    } else if (/\d/.test(ch) || (ch === decimal && /\d/.test(text[i + 1] ?? ""))) {
      const number = new RegExp(`^\\d*(\\${decimal}\\d*)?([eE][+-]?\\d+)?`).exec(text.slice(i))![0];
      if (text[i + number.length] === ":") refuse("reference", "whole rows are not read");
      if (/^[A-Za-z_$]/.test(text[i + number.length] ?? "")) {
        // A sheet or name starting with a digit ("2024!B3"): a word.
        const w = word(i);
        i += w.length;
        if (text[i] !== "!") refuse("syntax", `unexpected "${w}"`);
        i++;
        tokens.push(reference(w));
        continue;
      }
      tokens.push({ t: "number", value: Number(number.replace(decimal, ".")) });
      i += number.length;
    } else if (ch === "(" || ch === ")") {
      tokens.push({ t: ch });
      i++;
    } else if (ch === separator) {
      tokens.push({ t: "," });
      i++;
    } else if (/[<>]/.test(ch)) {
      const two = text.slice(i, i + 2);
      const op = two === "<>" || two === "<=" || two === ">=" ? two : ch;
      tokens.push({ t: "op", value: op });
      i += op.length;
    } else if ("+-*/^&=%".includes(ch)) {
      tokens.push({ t: "op", value: ch });
      i++;
    } else if (ch === "[") {
      const spec = brackets();
      if (/^\[\d+\]/.test(spec)) refuse("reference", "references to other workbooks are not read");
      tokens.push({ t: "struct", spec });
    } else if (ch === "{") {
      refuse("syntax", "array constants ({…}) are not read");
    } else if (ch === "#") {
      refuse("syntax", `an error literal (${word(i + 1) || "#"}) is not read`);
    } else if (ch === "@") {
      refuse("operator", "the implicit intersection operator @ is not read");
    } else if (WORD.test(ch)) {
      const w = word(i);
      if (text[i + w.length] === "!") {
        i += w.length + 1;
        tokens.push(reference(w));
      } else if (text[i + w.length] === "[") {
        i += w.length;
        tokens.push({ t: "struct", table: w, spec: brackets() });
      } else {
        tokens.push(reference(undefined));
      }
    } else {
      refuse("syntax", `unexpected "${ch}"`);
    }
  }
  tokens.push({ t: "end" });
  return tokens;

  /** A bracketed group with its nested groups, from `[` to its `]`; `'` escapes the next character. */
  function brackets(): string {
    const start = i;
    let depth = 0;
    for (; i < text.length; i++) {
      if (text[i] === "'") i++;
      else if (text[i] === "[") depth++;
      else if (text[i] === "]" && --depth === 0) return text.slice(start, ++i);
    }
    return refuse("syntax", "unclosed [");
  }
}

// ---- parser ---------------------------------------------------------------

/** Binding strength of the infix operators, low to high (Excel's order); negation binds tighter still, then %. */
const INFIX: Record<string, number> = { "=": 1, "<>": 1, "<": 1, "<=": 1, ">": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 5 };
const PERCENT = 6;
const NEGATION = 7;

/** Excel's French names of the native functions the evaluator computes. */
const FRENCH_NATIVES: Record<string, string> = {
  SOMME: "SUM", ARRONDI: "ROUND", ABS: "ABS", MIN: "MIN", MAX: "MAX", TRANSPOSE: "TRANSPOSE", "SOMME.SI": "SUMIF", SOMMEPROD: "SUMPRODUCT", INDEX: "INDEX",
  "SOMME.SI.ENS": "SUMIFS", "NB.SI": "COUNTIF", CONCATENER: "CONCATENATE", "MOIS.DECALER": "EDATE", SI: "IF", ESTERREUR: "ISERROR", "TYPE.ERREUR": "ERROR.TYPE",
};

/** Our functions by every name a formula may call them: id (typed and stored) and French name. */
const OUR_NAMES = new Map<string, FunctionSpec>(
  CATALOG.flatMap((spec) => [
    [`${NAMESPACE}.${spec.id}`, spec],
    [`${NAMESPACE}.${spec.name.fr}`, spec],
    [`_XLDUDF_${NAMESPACE}_${spec.id.replace(/\./g, "_")}`, spec],
  ]),
);

/** One of our functions by a name a formula calls it (`HISAB.REPARTIR`, `_xldudf_HISAB_ALLOCATE`), without case. */
export function ourFunction(written: string): FunctionSpec | undefined {
  return OUR_NAMES.get(written.toUpperCase());
}

class Parser {
  private at = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly context: ParseContext,
  ) {}

  formula(): Expr {
    const expr = this.expression(0);
    if (this.peek().t !== "end") refuse("syntax", "unexpected text after the formula");
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.at];
  }

  private next(): Token {
    return this.tokens[this.at++];
  }

  private expression(min: number): Expr {
    let left = this.prefix();
    for (;;) {
      const token = this.peek();
      if (token.t !== "op") return left;
      if (token.value === "%") {
        if (PERCENT < min) return left;
        this.next();
        left = { kind: "binary", op: "/", left, right: { kind: "number", value: 100 } };
        continue;
      }
      const strength = INFIX[token.value];
      if (strength === undefined || strength <= min) return left;
      this.next();
      if (token.value === "^") refuse("operator", "the power operator ^ is not computed here");
      const right = this.expression(strength);
      left = token.value === "&" ? concatenation(left, right) : { kind: "binary", op: token.value as "+" | "-" | "*" | "/" | Comparison, left, right };
    }
  }

  private prefix(): Expr {
    const token = this.next();
    switch (token.t) {
      case "number":
        return { kind: "number", value: token.value };
      case "text":
        return { kind: "text", value: token.value };
      case "op": {
        if (token.value !== "-" && token.value !== "+") return refuse("syntax", `unexpected "${token.value}"`);
        const operand = this.expression(NEGATION - 1);
        if (token.value === "+") return operand;
        return operand.kind === "number" ? { kind: "number", value: -operand.value } : { kind: "binary", op: "-", left: { kind: "number", value: 0 }, right: operand };
      }
      case "(": {
        const inner = this.expression(0);
        if (this.next().t !== ")") refuse("syntax", "missing )");
        return inner;
      }
      case "ref":
        return this.reference(token);
      case "struct": {
        const ref = this.context.table?.(token.table, tableSpec(token.spec), this.context.cell);
        return ref ?? refuse("reference", `${token.table ?? ""}${token.spec} is not a table of this workbook`);
      }
      case "word":
        if (this.peek().t === "(" && token.sheet === undefined) return this.call(token.value);
        return this.definedName(token.value, token.sheet);
      default:
        return refuse("syntax", "the formula ends too early");
    }
  }

  private reference(token: Extract<Token, { t: "ref" }>): RangeRef {
    const [a, b = a] = token.parts;
    const area = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
    const ref: RangeRef = token.sheet === undefined ? { kind: "range", ref: areaRef(area) } : { kind: "range", sheet: this.sheet(token.sheet), ref: areaRef(area) };
    return token.spill ? this.spill(ref) : ref;
  }

  private sheet(name: string): string {
    if (!this.context.sheetName) return name;
    return this.context.sheetName(name) ?? refuse("reference", `no sheet "${name}"`);
  }

  private spill(anchor: RangeRef): RangeRef {
    return this.context.spill?.({ ...anchor, sheet: anchor.sheet ?? this.context.sheet }) ?? refuse("reference", `${anchor.ref}# does not spill`);
  }

  private definedName(name: string, sheet: string | undefined): Expr {
    if (/^(TRUE|FALSE|VRAI|FAUX)$/i.test(name)) refuse("syntax", `the logical value ${name} is not read`);
    const scoped = sheet === undefined ? name : `${this.sheet(sheet)}!${name}`;
    return this.context.name?.(scoped) ?? refuse("reference", `"${scoped}" is not a name defined in this workbook`);
  }

  private call(written: string): Expr {
    this.next(); // (
    const upper = written.toUpperCase().replace(/^(_XLFN\.)?(_XLWS\.)?/, "");
    const args = this.arguments();
    const ours = OUR_NAMES.get(upper);
    if (ours) return { kind: "call", fn: ours.id, args: args.map((arg) => arg ?? { kind: "text", value: "" }) };
    if (upper === "SINGLE" && args.length === 1 && args[0]) return args[0];
    if (upper === "ANCHORARRAY" && args.length === 1 && args[0]?.kind === "range") return this.spill(args[0]);
    const native = this.context.locale === "fr" ? (FRENCH_NATIVES[upper] ?? refuse("function", `${written} is not computed here`)) : upper;
    if (!isNativeFunction(native)) refuse("function", `${written} is not computed here`);
    if (args.some((arg) => arg === undefined)) refuse("syntax", `${written}: an argument left empty is not read`);
    return { kind: "call", fn: native, args: args as Expr[] };
  }

  /** The arguments up to ")": an argument left empty (F(a,,b)) is undefined. */
  private arguments(): (Expr | undefined)[] {
    const args: (Expr | undefined)[] = [];
    if (this.peek().t === ")") {
      this.next();
      return args;
    }
    for (;;) {
      const t = this.peek().t;
      args.push(t === "," || t === ")" ? undefined : this.expression(0));
      const token = this.next();
      if (token.t === ")") return args;
      if (token.t !== ",") refuse("syntax", "a separator or ) is expected between arguments");
    }
  }
}

/** a & b as CONCATENATE, one call for a chain (a & b & c). */
function concatenation(left: Expr, right: Expr): Expr {
  const args = left.kind === "call" && left.fn === "CONCATENATE" ? [...left.args, right] : [left, right];
  return { kind: "call", fn: "CONCATENATE", args };
}

/** The inside of a structured reference: "[Code]", "[[#Data],[Code]:[Type]]", "[@Montant]", "[#All]", "[]". */
function tableSpec(bracketed: string): TableSpec {
  const inner = bracketed.slice(1, -1).trim();
  const items = inner.startsWith("[") ? groups(inner) : inner === "" ? [] : [inner];
  const spec: TableSpec = { items: [] };
  const columns: string[] = [];
  for (const raw of items) {
    const item = raw.trim();
    if (item.startsWith("@")) {
      spec.items.push("thisRow");
      const rest = item.slice(1).trim();
      if (rest !== "") columns.push(...(rest.startsWith("[") ? groups(rest) : [rest]).map(unescape));
    } else if (item.startsWith("#")) {
      const keyword = item.slice(1).toLowerCase().replace(/\s+/g, "");
      const known = { all: "all", data: "data", headers: "headers", totals: "totals", thisrow: "thisRow" } as const;
      spec.items.push(known[keyword as keyof typeof known] ?? refuse("reference", `unknown table item ${item}`));
    } else {
      columns.push(unescape(item));
    }
  }
  if (columns.length > 2) refuse("reference", `a table reference names ${columns.length} columns`);
  if (columns.length > 0) spec.columns = [columns[0], columns[columns.length - 1]];
  return spec;
}

/** "[a],[b]:[c]" → ["a", "b", "c"] (a range of columns gives its two ends). */
function groups(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") i++;
    else if (text[i] === "[" && depth++ === 0) start = i + 1;
    else if (text[i] === "]" && --depth === 0) out.push(text.slice(start, i));
  }
  return out;
}

/** A column name as its header reads: "'" escapes [ ] # and ' in a structured reference. */
const unescape = (name: string): string => name.replace(/'(.)/g, "$1");
