import { allocate as allocateCosts, AllocationProblem, roundedFlows, roundedResults } from "../../engine/allocation";
import { Cell } from "../cells";
import { CodeIndex } from "../../engine/codes";
import { primaryTotals, roundSpread, spreadAmount } from "../../engine/distribution";
import { fail } from "../../engine/errors";
import { roundFootedFloats } from "../../engine/money";
import type { Args } from "../params";
import type { ALLOCATE, PRIMARY, SPREAD, UNITCOST } from "../registry/costCentres";
import { CodedColumn, denseRow, LabelledTable } from "../tables";
import { unitCost as costPerUnit } from "../../engine/unitCosts";
import { atRows, blankRow, roundEach } from "./args";

/** The cost-centre method in Excel's terms: primary and secondary distribution, cost per unit of work. */

export interface ReadAllocation {
  problem: AllocationProblem;
  centres: CodedColumn;
  keys: LabelledTable;
  order?: number[];
}

export function readAllocation(a: Args<typeof ALLOCATE>): ReadAllocation {
  const { centres, keys } = a;
  const index = centres.index as CodeIndex;
  new CodeIndex(keys.rowCodes, "keys", "row", 1, keys.rowPositions);
  new CodeIndex(keys.colCodes, "keys", "column", 1, keys.colPositions);
  const support = keys.rowCodes.map((code, i) => index.require(code, { argument: "keys", row: keys.rowPositions[i], column: 1 }));
  const columns = keys.colCodes.map((code, c) => index.require(code, { argument: "keys", row: 1, column: keys.colPositions[c] }));
  const drivers = support.map((s, i) => {
    const row = denseRow(keys.filled[i], columns, centres.codes.length);
    row[s] = 0;
    return row;
  });
  const problem = { centres: centres.codes, costs: a.costs.values, support, drivers, keyRows: keys.rowPositions };
  return { problem, centres, keys, order: closingOrder(a.order, keys.rowCodes) };
}

/** The closing order as positions among the support centres; it must name each of them exactly once. */
function closingOrder(codes: readonly string[], supportCodes: readonly string[]): number[] | undefined {
  if (codes.length === 0) return undefined;
  const support = new CodeIndex(supportCodes, "keys");
  const seen = new Set<number>();
  const order = codes.map((code) => {
    const i = support.find(code);
    if (i === undefined || seen.has(i)) fail("bad_order", { argument: "order", code }, { detail: code });
    seen.add(i);
    return i;
  });
  const missing = supportCodes.find((_, i) => !seen.has(i));
  if (missing !== undefined) fail("bad_order", { argument: "order", code: missing }, { detail: missing });
  return order;
}

/** ALLOCATE: each centre's cost after secondary distribution, aligned with `centres`. */
export function allocate(a: Args<typeof ALLOCATE>): Cell[][] {
  const read = readAllocation(a);
  const allocation = allocateCosts(read.problem, a.method, read.order);
  const values = a.decimals === undefined ? allocation.results : roundedResults(allocation, a.decimals, read.problem.support);
  return atRows(read.centres.length, read.centres.rows, values);
}

/** ALLOCATION.FLOWS: row i = what support centre i (row order of `keys`) sends to each centre (column order of `centres`). */
export function allocationFlows(a: Args<typeof ALLOCATE>): Cell[][] {
  const read = readAllocation(a);
  const allocation = allocateCosts(read.problem, a.method, read.order);
  const flows = a.decimals === undefined ? allocation.flows.map((r) => Array.from(r)) : roundedFlows(allocation, a.decimals);
  const out: Cell[][] = Array.from({ length: Math.max(read.keys.length, 1) }, () => blankRow(read.centres.length));
  read.keys.rowPositions.forEach((keyRow, i) => read.centres.rows.forEach((row, j) => (out[keyRow - 2][row - 1] = flows[i][j])));
  return out;
}

/** PRIMARY: expense lines spread by named keys, total per centre aligned with `centres`. */
export function primary(a: Args<typeof PRIMARY>): Cell[][] {
  const { centres, keyNames, keyTable: table } = a;
  const centreIndex = centres.index as CodeIndex;
  const keyIndex = new CodeIndex(table.rowCodes, "keyTable", "row", 1, table.rowPositions);
  new CodeIndex(table.colCodes, "keyTable", "column", 1, table.colPositions);
  const columns = table.colCodes.map((code, c) => centreIndex.require(code, { argument: "keyTable", row: 1, column: table.colPositions[c] }));
  const keyDrivers = table.filled.map((cells) => denseRow(cells, columns, centres.codes.length));
  const keyOf = keyNames.codes.map((name, i) => keyIndex.require(name, { argument: "keyNames", row: keyNames.rows[i] }));
  const { totals, total } = primaryTotals({ amounts: a.amounts.values, keyOf, lineRows: keyNames.rows, keyDrivers, keyNames: table.rowCodes });
  const values = a.decimals === undefined ? totals : roundFootedFloats(totals, a.decimals, total);
  return atRows(centres.length, centres.rows, values);
}

/** SPREAD: each amount spread over the columns by its own row of drivers; each row adds up to its amount; a blank line stays blank. */
export function spread(a: Args<typeof SPREAD>): Cell[][] {
  const { amounts, drivers } = a;
  const out: Cell[][] = drivers.rows.map(() => blankRow(drivers.width));
  amounts.rows.forEach((row, k) => {
    const place = { argument: "drivers", row };
    const amount = amounts.values[k];
    const weights = drivers.rows[row - 1] ?? new Array<number>(drivers.width).fill(0);
    const parts = spreadAmount(amount, weights, place, `${row}`);
    out[row - 1] = a.decimals === undefined ? parts : roundSpread(amount, parts, a.decimals);
  });
  return out;
}

/** UNITCOST: cost ÷ units per centre; blank where a centre has neither cost nor units. */
export function unitCost(a: Args<typeof UNITCOST>): Cell[][] {
  const { centres, costs, units } = a;
  const values = centres.codes.map((code, i) => costPerUnit(code, costs.values[i], units.values[i], { argument: "units", row: centres.rows[i] }));
  return atRows(centres.length, centres.rows, roundEach(values, a.decimals));
}
