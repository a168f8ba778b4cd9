import { Money, sumNumbers } from "../../../engine/money";
import { Grid, isErrorValue } from "../../../workbook/evaluate";
import type { Expr } from "../../../workbook/plan";
import { Finding, finding } from "../findings";
import { areaAddress, cellRef, ModelCell, Workbook } from "../model";
import { FormulaEntry, functionOf } from "../recompute";
import { argument, AuditContext, placeOf } from "./context";

/**
 * Totals that do not foot and costs that are not conserved: check cells
 * (ROUND(a − b, n), the templates' conservation checks) that do not read 0,
 * SUM ranges that stop one figure short, typed totals that are not the sum
 * of the figures above them, and allocations whose results do not add up to
 * what they distribute.
 */
export function totalFindings(context: AuditContext): Finding[] {
  const { book, formulas } = context;
  return [...formulas.flatMap((entry) => checkNotZero(book, entry)), ...oncePerCell(formulas.flatMap((entry) => omittedCells(book, entry))), ...formulas.flatMap((entry) => notConserved(book, entry)), ...typedTotals(book)];
}

/** One finding per figure left out, naming every SUM that leaves it out. */
function oncePerCell(findings: Finding[]): Finding[] {
  const byCell = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.params.range}|${f.params.cells}`;
    const seen = byCell.get(key);
    if (seen) seen.cells.splice(seen.cells.length - 1, 0, f.cells[0]);
    else byCell.set(key, { ...f, cells: [...f.cells] });
  }
  return [...byCell.values()];
}

/**
 * A check cell: ROUND(a − b, n) where a or b is a total (SUM, SUMIFS,
 * SUMPRODUCT…) or a computation of its own, as the templates' conservation
 * checks are, or whose row says it must read 0. ROUND(B14 − B15, 2) alone is
 * a difference (a balance due, a gap), not a check.
 */
function checkNotZero(book: Workbook, entry: FormulaEntry): Finding[] {
  const e = entry.expr;
  const value = entry.saved[0][0];
  if (e?.kind !== "call" || e.fn !== "ROUND" || e.args[0]?.kind !== "binary" || e.args[0].op !== "-" || typeof value !== "number" || value === 0) return [];
  const { left, right } = e.args[0];
  const computed = (x: Expr) => x.kind === "binary" || (x.kind === "call" && AGGREGATES.has(x.fn));
  const labelled = book.cells(entry.sheet).some((c) => c.row === entry.cell.row && c.col < entry.cell.col && typeof c.value === "string" && MUST_BE_ZERO.test(c.value));
  return computed(left) || computed(right) || labelled ? [finding("check_not_zero", [entry.address], { value })] : [];
}

const AGGREGATES = new Set(["SUM", "SUMIF", "SUMIFS", "SUMPRODUCT", "COUNTIF"]);
const MUST_BE_ZERO = /doit être 0|must be 0|contrôle|check/i;

/** SUM over one column (or row) with a figure right next to either end that is not itself a total. */
function omittedCells(book: Workbook, entry: FormulaEntry): Finding[] {
  const out: Finding[] = [];
  for (const sum of sums(entry.expr)) {
    const place = placeOf(sum.args[0], entry.sheet);
    if (!place || sum.args.length !== 1) continue;
    const { sheet, area } = place;
    const vertical = area.cols === 1 && area.rows > 1;
    if (!vertical && !(area.rows === 1 && area.cols > 1)) continue;
    // A running total (a SUM beside the last figure it adds) is meant to stop there.
    const beside = vertical ? entry.cell.row >= area.top && entry.cell.row < area.top + area.rows : entry.cell.col >= area.left && entry.cell.col < area.left + area.cols;
    if (sheet === entry.sheet && beside) continue;
    const ends = vertical
      ? [
          [area.top - 1, area.left],
          [area.top + area.rows, area.left],
        ]
      : [
          [area.top, area.left - 1],
          [area.top, area.left + area.cols],
        ];
    for (const [row, col] of ends) {
      if (row < 0 || col < 0 || (sheet === entry.sheet && row === entry.cell.row && col === entry.cell.col)) continue;
      const cell = book.cell(sheet, row, col);
      const anchor = cell?.formula !== undefined ? cell : book.spillHolding(sheet, row, col);
      const isTotal = anchor?.formula !== undefined && /^\s*(_xlfn\.)?SUM\(/i.test(anchor.formula);
      if (cell && typeof cell.value === "number" && !isTotal) out.push(finding("total_omits_cells", [entry.address, cellRef(sheet, row, col)], { range: sheet === entry.sheet ? refText(sum.args[0]) : areaAddress(sheet, area), cells: cellRef(sheet, row, col) }));
    }
  }
  return out;
}

const refText = (e: Expr): string => (e.kind === "range" ? e.ref : "");

function sums(expr: Expr | undefined): Extract<Expr, { kind: "call" }>[] {
  if (!expr) return [];
  if (expr.kind === "binary") return [...sums(expr.left), ...sums(expr.right)];
  if (expr.kind !== "call") return [];
  return [...(expr.fn === "SUM" ? [expr] : []), ...expr.args.flatMap(sums)];
}

const TOTAL_LABEL = /^\s*(total|totaux|sous-total|subtotal|σ)\b/i;

/** A typed number on a row labelled "Total" (its first cell) that is not the sum of the figures right above it. */
function typedTotals(book: Workbook): Finding[] {
  return book.model.sheets.flatMap((sheet) => {
    const first = new Map<number, ModelCell>();
    for (const cell of book.cells(sheet.name)) if (cell.value !== null && cell.value !== "" && (first.get(cell.row)?.col ?? Infinity) > cell.col) first.set(cell.row, cell);
    const labelled = new Set([...first.values()].filter((c) => typeof c.value === "string" && TOTAL_LABEL.test(c.value)).map((c) => c.row));
    return book.cells(sheet.name).flatMap((cell): Finding[] => {
      if (!labelled.has(cell.row) || cell.formula !== undefined || typeof cell.value !== "number" || book.spillHolding(sheet.name, cell.row, cell.col)) return [];
      const above: number[] = [];
      for (let row = cell.row - 1; row >= 0; row--) {
        const v = book.cell(sheet.name, row, cell.col)?.value;
        if (typeof v !== "number") break;
        above.push(v);
      }
      if (above.length < 2) return [];
      const sum = sumNumbers(above);
      if (sum.minus(cell.value).abs().lt(0.005)) return [];
      const at = cellRef(sheet.name, cell.row, cell.col);
      return [finding("total_not_footed", [at], { value: cell.value, sum: sum.toNumber(), count: above.length })];
    });
  });
}

/** What each allocation distributes and the argument it comes from; SPREAD is checked row by row. */
const CONSERVING: Record<string, string> = { PRIMARY: "amounts", ALLOCATE: "costs", SPREAD: "amounts" };

function notConserved(book: Workbook, entry: FormulaEntry): Finding[] {
  const call = entry.calls[0];
  const input = call && entry.expr?.kind === "call" && entry.expr.fn === call.spec.id ? CONSERVING[call.spec.id] : undefined;
  const place = input ? placeOf(argument(call, input), entry.sheet) : undefined;
  if (!input || !place || entry.saved.flat().some(isErrorValue)) return [];
  const decimals = decimalsOf(book, entry.sheet, argument(call, "decimals"));
  const given = book.values(place.sheet, place.area);
  const pairs: [results: Grid, inputs: Grid][] = call.spec.id === "SPREAD" ? entry.saved.map((row, r) => [[row], [given[r] ?? []]]) : [[entry.saved, given]];
  for (const [results, inputs] of pairs) {
    const total = sumNumbers(numbers(inputs));
    const expected = decimals === undefined ? total : total.toDecimalPlaces(decimals, Money.ROUND_HALF_UP);
    const got = sumNumbers(numbers(results));
    const difference = got.minus(expected);
    if (difference.abs().gte(0.005)) {
      return [finding("not_conserved", [entry.address], { fn: functionOf(entry), input, results: got.toNumber(), inputs: expected.toNumber(), difference: difference.toDecimalPlaces(2, Money.ROUND_HALF_UP).toNumber() })];
    }
  }
  return [];
}

const numbers = (grid: Grid): number[] => grid.flat().filter((v): v is number => typeof v === "number");

/** The decimals an argument gives (a literal or a cell), undefined when not given. */
export function decimalsOf(book: Workbook, sheet: string, expr: Expr | undefined): number | undefined {
  if (expr?.kind === "number") return expr.value;
  const place = placeOf(expr, sheet);
  const value = place ? book.values(place.sheet, place.area)[0][0] : undefined;
  return typeof value === "number" ? value : undefined;
}
