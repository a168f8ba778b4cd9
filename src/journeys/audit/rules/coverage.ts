import { codeKey, readText } from "../../../excel/cells";
import { sumNumbers } from "../../../engine/money";
import { areaRef, parseRef } from "../../../workbook/formula";
import { Finding, finding } from "../findings";
import { cellRef, Workbook } from "../model";
import { FormulaEntry, functionOf, OurCall } from "../recompute";
import { argument, AuditContext, Place, placeOf } from "./context";

/**
 * Coverage: every expense line (an account, a staff member's pay) of the
 * table a primary distribution reads, and whether it reaches a centre. A line
 * with an amount is unmapped when it lies outside the range the formula
 * reads, has no key, a key the key table does not know, or a key that gives
 * nothing to any centre. Unmapped amounts are listed line by line and added
 * up, never dropped.
 */

export type UnmappedReason = "outside" | "no_key" | "unknown_key" | "zero_key";

export interface CoverageLine {
  /** The formula that distributes the lines. */
  formula: string;
  /** The amount's cell. */
  at: string;
  /** The line's words (account, nature), as its row holds them left of the amount. */
  label: string;
  amount: number;
  reason: UnmappedReason;
}

export interface Coverage {
  formula: string;
  /** Σ of every line's amount in the table, and what of it reaches the centres. */
  total: number;
  distributed: number;
  unmapped: CoverageLine[];
}

export function coverage({ book, formulas }: AuditContext): { coverages: Coverage[]; findings: Finding[] } {
  const coverages = formulas.flatMap((entry) => entry.calls.filter((c) => c.spec.id === "PRIMARY" || c.spec.id === "SPREAD").flatMap((call) => coverageOf(book, entry, call) ?? []));
  const findings = coverages.flatMap((c) => {
    const reasons = [...new Set(c.unmapped.map((line) => line.reason))];
    return reasons.map((reason) => {
      const lines = c.unmapped.filter((line) => line.reason === reason);
      return finding("unmapped_line", [c.formula, ...lines.map((line) => line.at)], { count: lines.length, amount: sumNumbers(lines.map((line) => line.amount)).toNumber(), reason, fn: functionOf(formulas.find((f) => f.address === c.formula)!) });
    });
  });
  return { coverages, findings };
}

function coverageOf(book: Workbook, entry: FormulaEntry, call: OurCall): Coverage | undefined {
  const amounts = placeOf(argument(call, "amounts"), entry.sheet);
  const keys = placeOf(argument(call, call.spec.id === "PRIMARY" ? "keyNames" : "drivers"), entry.sheet);
  if (!amounts || !keys || amounts.area.cols !== 1) return undefined;
  const rows = lineRows(book, amounts);
  const mapped = call.spec.id === "PRIMARY" ? keyStatus(book, entry, call) : undefined;
  const lines = rows.flatMap((row) => {
    const value = book.cell(amounts.sheet, row, amounts.area.left)?.value;
    if (typeof value !== "number" || value === 0) return [];
    const inside = row >= amounts.area.top && row < amounts.area.top + amounts.area.rows;
    const keyRow = keys.area.top + (row - amounts.area.top);
    const reason: UnmappedReason | undefined = !inside
      ? "outside"
      : mapped
        ? mapped(book.cell(keys.sheet, keyRow, keys.area.left)?.value)
        : Array.from({ length: keys.area.cols }, (_, c) => book.cell(keys.sheet, keyRow, keys.area.left + c)?.value).some((v) => typeof v === "number" && v > 0)
          ? undefined
          : "zero_key";
    return [{ row, amount: value, reason }];
  });
  const unmapped = lines.flatMap((line): CoverageLine[] =>
    line.reason === undefined ? [] : [{ formula: entry.address, at: cellRef(amounts.sheet, line.row, amounts.area.left), label: labelOf(book, amounts.sheet, line.row, amounts.area.left), amount: line.amount, reason: line.reason }],
  );
  const total = sumNumbers(lines.map((line) => line.amount));
  return { formula: entry.address, total: total.toNumber(), distributed: total.minus(sumNumbers(unmapped.map((line) => line.amount))).toNumber(), unmapped };
}

/** The rows of the lines: the amount's table body, or the range and the typed rows right below it. */
function lineRows(book: Workbook, { sheet, area }: Place): number[] {
  const table = book.tableAt(sheet, area.top, area.left);
  let first = area.top;
  let last = area.top + area.rows - 1;
  if (table) {
    const t = parseRef(table.ref);
    first = Math.min(first, t.top + (table.headerRow ? 1 : 0));
    last = Math.max(last, t.top + t.rows - 1 - (table.totalsRow ? 1 : 0));
  } else {
    while (typeof book.cell(sheet, last + 1, area.left)?.value === "number" && book.cell(sheet, last + 1, area.left)?.formula === undefined) last++;
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** How PRIMARY's key table treats a line's key: undefined when it reaches the centres, else why not. */
function keyStatus(book: Workbook, entry: FormulaEntry, call: OurCall): (key: unknown) => UnmappedReason | undefined {
  const table = placeOf(argument(call, "keyTable"), entry.sheet);
  const drivers = new Map<string, boolean>();
  if (table) {
    const grid = book.values(table.sheet, table.area);
    grid.slice(1).forEach((row) => {
      const name = readText(row[0] as never);
      if (name !== "") drivers.set(codeKey(name), row.slice(1).some((v) => typeof v === "number" && v > 0));
    });
  }
  return (key) => {
    const name = typeof key === "string" || typeof key === "number" ? readText(key) : "";
    if (name === "") return "no_key";
    const gives = drivers.get(codeKey(name));
    return gives === undefined ? "unknown_key" : gives ? undefined : "zero_key";
  };
}

/** The texts of the row left of the amount (account, nature), joined. */
function labelOf(book: Workbook, sheet: string, row: number, col: number): string {
  const words: string[] = [];
  for (let c = 0; c < col; c++) {
    const v = book.cell(sheet, row, c)?.value;
    if (typeof v === "string" || typeof v === "number") words.push(String(v));
  }
  return words.join(" — ") || areaRef({ top: row, left: col, rows: 1, cols: 1 });
}
