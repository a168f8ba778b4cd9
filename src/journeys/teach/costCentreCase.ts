import { allocate as allocateCosts, Allocation, Method } from "../../engine/allocation";
import { CodeIndex } from "../../engine/codes";
import { Cell, codeKey, column, isBlank, Range, readText } from "../../excel/cells";
import * as sheet from "../../excel/sheetFunctions";
import { denseRow, readLabelledTable } from "../../excel/tables";
import { cellAddress, parseRef } from "../../workbook/formula";
import type { RangeRef } from "../../workbook/plan";

/**
 * A cost-centre calculation read from its cells (the cost-centre journey's
 * inputs, as Excel gives them), with what the engine computes from them:
 * each expense line spread over the centres, each centre's primary cost, and
 * the secondary distribution with its flows. Trace, walk-through and
 * what-if all explain this one object, so they explain exactly what
 * PRIMARY, ALLOCATE and ALLOCATION.FLOWS give.
 */

export interface CostCentreCells {
  centres: Range;
  amounts: Range;
  keyNames: Range;
  keyTable: Range;
  secondaryKeys: Range;
  /** Units of work per centre (for costs per unit). */
  units?: Range;
  /** Centre labels, aligned with the codes. */
  labels?: Range;
  /** Words of each expense line (account, nature), aligned with the amounts, one or more columns. */
  lineLabels?: Range;
  method?: Cell | Range;
  /** Step-down closing order (support centre codes). */
  order?: Range;
}

export interface ExpenseLine {
  /** 1-based row in the amounts range. */
  row: number;
  label: string;
  key: string;
  amount: number;
  /** The key's driver for each centre, and their sum. */
  drivers: number[];
  base: number;
  /** The line spread over the centres (what PRIMARY adds up). */
  shares: number[];
}

export interface CostCentreCase {
  codes: string[];
  /** 1-based row of each centre in the centres range (blank rows are skipped). */
  rows: number[];
  labels: string[];
  lines: ExpenseLine[];
  /** PRIMARY per centre. */
  primary: number[];
  method: Method;
  /** Positions (in `support`) in closing order. */
  order: number[];
  /** Index (in codes) of each support centre, in the key rows' order. */
  support: number[];
  /** drivers[i][j]: secondary key of support centre i toward centre j (its own cell set to 0). */
  drivers: number[][];
  allocation: Allocation;
  /** Units of work per centre, null where blank. */
  units?: (number | null)[];
}

export function readCostCentreCase(cells: CostCentreCells): CostCentreCase {
  const primaryColumn = sheet.primary(cells.centres, cells.amounts, cells.keyNames, cells.keyTable);
  const read = sheet.readAllocationOf(cells.centres, primaryColumn, cells.secondaryKeys, cells.order ?? null);
  const rows = read.centres.rows;
  const method = sheet.parseMethod(cells.method ?? null);
  const { problem } = read;
  const at = (range: Range | undefined, row: number): Cell => (range ? column(range, "labels")[row - 1] : null);
  return {
    codes: [...problem.centres],
    rows: [...rows],
    labels: rows.map((row) => readText(at(cells.labels, row))),
    lines: expenseLines(cells, problem.centres),
    primary: [...problem.costs],
    method,
    order: read.order ?? problem.support.map((_, i) => i),
    support: [...problem.support],
    drivers: problem.drivers.map((row) => [...row]),
    allocation: allocateCosts(problem, method, read.order),
    units: cells.units ? rows.map((row) => {
      const v = at(cells.units, row);
      return typeof v === "number" ? v : null;
    }) : undefined,
  };
}

/** Each expense line with an amount, spread alone by its key (PRIMARY on that line). */
function expenseLines(cells: CostCentreCells, codes: readonly string[]): ExpenseLine[] {
  const table = readLabelledTable(cells.keyTable, "keyTable", { type: "driver" });
  const keyIndex = new CodeIndex(table.rowCodes, "keyTable", "row", 1, table.rowPositions);
  const centreIndex = new Map(codes.map((code, i) => [codeKey(code), i]));
  const positions = table.colCodes.map((code) => centreIndex.get(codeKey(code)) ?? -1);
  const amounts = column(cells.amounts, "amounts");
  const keys = column(cells.keyNames, "keyNames");
  const words = cells.lineLabels ?? [];
  return amounts.flatMap((cell, i): ExpenseLine[] => {
    if (typeof cell !== "number" || cell === 0 || isBlank(keys[i])) return [];
    const key = readText(keys[i]);
    const drivers = denseRow(table.filled[keyIndex.require(key, { argument: "keyNames", row: i + 1 })], positions, codes.length);
    const shares = sheet.primary(cells.centres, [[cell]], [[key]], cells.keyTable).map((r) => r[0] as number);
    const label = (words[i] ?? []).map(readText).filter((w) => w !== "").join(" — ");
    return [{ row: i + 1, label, key, amount: cell, drivers, base: drivers.reduce((a, d) => a + d, 0), shares: compact(shares, cells.centres) }];
  });
}

/** PRIMARY's column over the centres' range, as one value per centre code (blank rows left out). */
function compact(values: (number | string)[], centres: Range): number[] {
  const cells = column(centres, "centres");
  return values.filter((_, i) => readText(cells[i]) !== "").map((v) => (typeof v === "number" ? v : 0));
}

/** Index of a centre by its code (as codes compare); an unknown code is a programming error of the caller. */
export function centreIndex(c: CostCentreCase, code: string): number {
  const i = c.codes.findIndex((x) => codeKey(x) === codeKey(code));
  if (i < 0) throw new Error(`No centre "${code}"`);
  return i;
}

/** The cells of some centres (by index) in a column aligned with the centres range: the ALLOCATE spill, the codes. */
export function centreCells(c: CostCentreCase, indexes: readonly number[], column: RangeRef): RangeRef[] {
  const { top, left } = parseRef(column.ref);
  return indexes.map((j) => ({ ...column, ref: cellAddress(top + c.rows[j] - 1, left) }));
}

/** Which centres a support centre gives to: all others (reciprocal), the main ones (direct), those still open when it closes (step). */
export function receivers(c: CostCentreCase, i: number): boolean[] {
  const isSupport = new Set(c.support);
  const closed = new Set(c.order.slice(0, c.order.indexOf(i) + 1).map((k) => c.support[k]));
  return c.codes.map((_, j) => (c.method === "reciprocal" ? j !== c.support[i] : c.method === "direct" ? !isSupport.has(j) : !closed.has(j)));
}
