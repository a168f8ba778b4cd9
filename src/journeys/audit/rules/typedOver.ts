import { parseRef } from "../../../workbook/formula";
import { shiftFormula } from "../../../workbook/parse";
import { Finding, finding } from "../findings";
import { cellRef, ModelCell, Workbook } from "../model";
import type { AuditContext } from "./context";

/**
 * Values typed over formulas, the classic silent error: a constant between
 * two cells of a column (or a row) whose formulas are the same once copied
 * (the same R1C1 form, as Excel's "inconsistent formula" check compares
 * them), or a constant in a table's calculated column. Values inside a
 * spilled result are the spill's own; a value typed over a spill blocks it
 * (#SPILL!, see results.ts).
 */
export function typedOverFindings({ book }: AuditContext): Finding[] {
  const found = new Map<string, Finding>();
  for (const sheet of book.model.sheets) {
    const cells = book.cells(sheet.name).filter((cell) => !(cell.formula === undefined && book.spillHolding(sheet.name, cell.row, cell.col)));
    const lines: ["column" | "row", Along][] = [
      ["column", (c) => [c.col, c.row]],
      ["row", (c) => [c.row, c.col]],
    ];
    for (const [line, along] of lines) {
      for (const run of runs(cells, along)) {
        // Between two consecutive formulas of the run that are copies of each other, every constant was typed over one.
        const formulas = run.flatMap((cell, i) => (cell.formula !== undefined ? [i] : []));
        for (let k = 1; k < formulas.length; k++) {
          const [before, after] = [run[formulas[k - 1]], run[formulas[k]]];
          if (formulas[k] - formulas[k - 1] < 2 || relative(before) !== relative(after)) continue;
          for (const cell of run.slice(formulas[k - 1] + 1, formulas[k])) if (cell.value !== "") add(found, sheet.name, cell, line, before);
        }
      }
    }
  }
  for (const table of book.model.tables) calculatedColumns(book, table.name, found);
  return [...found.values()];
}

function add(found: Map<string, Finding>, sheet: string, cell: ModelCell, where: "column" | "row" | "table", model: ModelCell): void {
  const at = cellRef(sheet, cell.row, cell.col);
  // The formula the cell had: its neighbour's, copied to it.
  const formula = shiftFormula(model.formula ?? "", cell.row - model.row, cell.col - model.col);
  if (!found.has(at)) found.set(at, finding("typed_over_formula", [at], { value: typeof cell.value === "object" && cell.value !== null ? cell.value.error : String(cell.value), where, formula: `=${formula}` }));
}

/** A cell's line (its column, or its row) and its position along it. */
type Along = (c: ModelCell) => readonly [line: number, position: number];

/** Cells in lines (columns or rows), cut into runs of adjacent filled cells. */
function runs(cells: ModelCell[], along: Along): ModelCell[][] {
  const lines = new Map<number, ModelCell[]>();
  for (const cell of cells) {
    if (cell.value === null && cell.formula === undefined) continue;
    const [line] = along(cell);
    const list = lines.get(line);
    if (list) list.push(cell);
    else lines.set(line, [cell]);
  }
  const out: ModelCell[][] = [];
  for (const line of lines.values()) {
    line.sort((a, b) => along(a)[1] - along(b)[1]);
    let run: ModelCell[] = [];
    for (const cell of line) {
      if (run.length > 0 && along(cell)[1] !== along(run[run.length - 1])[1] + 1) {
        out.push(run);
        run = [];
      }
      run.push(cell);
    }
    out.push(run);
  }
  return out.filter((run) => run.length >= 3);
}

/** A formula in a form that is the same for every copy of it down a column or across a row (its references relative to its cell). */
function relative(cell: ModelCell): string {
  return shiftFormula(cell.formula ?? "", 100_000 - cell.row, 10_000 - cell.col);
}

/** Constants in a table's calculated column (a column with one formula for every row). */
function calculatedColumns(book: Workbook, name: string, found: Map<string, Finding>): void {
  const table = book.table(name)!;
  const { top, left, rows } = parseRef(table.ref);
  const first = top + (table.headerRow ? 1 : 0);
  const last = top + rows - 1 - (table.totalsRow ? 1 : 0);
  table.columns.forEach((column, c) => {
    if (column.formula === undefined) return;
    const model: ModelCell = { row: first, col: left + c, value: null, formula: column.formula };
    for (let row = first; row <= last; row++) {
      const cell = book.cell(table.sheet, row, left + c);
      if (cell && cell.formula === undefined && cell.value !== null && cell.value !== "") add(found, table.sheet, cell, "table", model);
    }
  });
}

