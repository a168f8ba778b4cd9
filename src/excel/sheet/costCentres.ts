import { allocate as allocateCosts, AllocationProblem, Method, roundedFlows, roundedResults } from "../../engine/allocation";
import { Cell, column, isBlank, readDecimals, readNonNegative, readNumber, readText, requireLength, scalar } from "../cells";
import { CodeIndex } from "../../engine/codes";
import { primaryTotals, roundSpread, spreadAmount } from "../../engine/distribution";
import { fail } from "../../engine/errors";
import { roundFootedFloats } from "../../engine/money";
import { denseRow, readCodes, readLabelledTable, readNumbersAt } from "../tables";
import { actCost as costOfAct, pointsPerLetter, unitCost as costPerUnit } from "../../engine/unitCosts";
import { Arg, asRange, atRows, roundEach } from "./args";

/** The cost-centre method in Excel's terms: primary and secondary distribution, unit, letter-key and act costs. */

const METHOD_WORDS: Record<string, Method> = {
  direct: "direct", directe: "direct",
  step: "step", stepdown: "step", cascade: "step", encascade: "step", escalier: "step", enescalier: "step",
  reciprocal: "reciprocal", reciproque: "reciprocal", reciproques: "reciprocal", prestationsreciproques: "reciprocal",
};

export function parseMethod(value: Arg): Method {
  const cell = scalar(value);
  if (isBlank(cell)) return "step";
  const word = String(cell).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[\s_-]/g, "");
  return METHOD_WORDS[word] ?? fail("unknown_method", { argument: "method" }, { value: String(cell) });
}

export interface ReadAllocation {
  problem: AllocationProblem;
  rows: number[];
  length: number;
  /** Position in the keys range of each support row (1-based), and the key range height. */
  keyRows: number[];
  keyHeight: number;
  order?: number[];
}

export function readAllocation(centresArg: Arg, costsArg: Arg, keysArg: Arg, orderArg: Arg): ReadAllocation {
  const centres = readCodes(asRange(centresArg), "centres", [{ range: asRange(costsArg), argument: "costs" }]);
  const index = centres.index as CodeIndex;
  const costs = readNumbersAt(asRange(costsArg), "costs", centres.rows);
  const keys = readLabelledTable(asRange(keysArg), "keys", true);
  new CodeIndex(keys.rowCodes, "keys", "row", 1, keys.rowPositions);
  new CodeIndex(keys.colCodes, "keys", "column", 1, keys.colPositions);
  const support = keys.rowCodes.map((code, i) => index.require(code, { argument: "keys", row: keys.rowPositions[i], column: 1 }));
  const columns = keys.colCodes.map((code, c) => index.require(code, { argument: "keys", row: 1, column: keys.colPositions[c] }));
  const drivers = support.map((s, i) => {
    const row = denseRow(keys.filled[i], columns, centres.codes.length);
    row[s] = 0;
    return row;
  });
  const problem = { centres: centres.codes, costs, support, drivers, keyRows: keys.rowPositions };
  const keyHeight = asRange(keysArg).length;
  return { problem, rows: centres.rows, length: column(asRange(centresArg), "centres").length, keyRows: keys.rowPositions, keyHeight, order: readOrder(orderArg, keys.rowCodes) };
}

/** The closing order as positions among the support centres; it must name each of them exactly once. */
function readOrder(orderArg: Arg, supportCodes: readonly string[]): number[] | undefined {
  const range = asRange(orderArg);
  const cells = range.length === 1 ? range[0] : range.map((r) => r[0]);
  const codes = cells.map(readText).filter((c) => c !== "");
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
export function allocate(centres: Arg, costs: Arg, keys: Arg, method?: Arg, order?: Arg, decimals?: Arg): Cell[][] {
  const read = readAllocation(centres, costs, keys, order ?? null);
  const places = readDecimals(decimals ?? null);
  const allocation = allocateCosts(read.problem, parseMethod(method ?? null), read.order);
  const values = places === undefined ? allocation.results : roundedResults(allocation, places, read.problem.support);
  return atRows(read.length, read.rows, values);
}

/** ALLOCATION.FLOWS: row i = what support centre i (row order of `keys`) sends to each centre (column order of `centres`). */
export function allocationFlows(centres: Arg, costs: Arg, keys: Arg, method?: Arg, order?: Arg, decimals?: Arg): Cell[][] {
  const read = readAllocation(centres, costs, keys, order ?? null);
  const places = readDecimals(decimals ?? null);
  const allocation = allocateCosts(read.problem, parseMethod(method ?? null), read.order);
  const flows = places === undefined ? allocation.flows.map((r) => Array.from(r)) : roundedFlows(allocation, places);
  const out: Cell[][] = Array.from({ length: Math.max(read.keyHeight - 1, 1) }, () => new Array<Cell>(read.length).fill(""));
  read.keyRows.forEach((keyRow, i) => read.rows.forEach((row, j) => (out[keyRow - 2][row - 1] = flows[i][j])));
  return out;
}

/** PRIMARY: expense lines spread by named keys, total per centre aligned with `centres`. */
export function primary(centres: Arg, amounts: Arg, keyNames: Arg, keyTable: Arg, decimals?: Arg): Cell[][] {
  const centreCodes = readCodes(asRange(centres), "centres");
  const centreIndex = centreCodes.index as CodeIndex;
  const lines = readCodes(asRange(keyNames), "keyNames", [{ range: asRange(amounts), argument: "amounts" }], false);
  const lineAmounts = readNumbersAt(asRange(amounts), "amounts", lines.rows);
  const table = readLabelledTable(asRange(keyTable), "keyTable", true);
  const keyIndex = new CodeIndex(table.rowCodes, "keyTable", "row", 1, table.rowPositions);
  new CodeIndex(table.colCodes, "keyTable", "column", 1, table.colPositions);
  const columns = table.colCodes.map((code, c) => centreIndex.require(code, { argument: "keyTable", row: 1, column: table.colPositions[c] }));
  const keyDrivers = table.filled.map((cells) => denseRow(cells, columns, centreCodes.codes.length));
  const keyOf = lines.codes.map((name, i) => keyIndex.require(name, { argument: "keyNames", row: lines.rows[i] }));
  const { totals, total } = primaryTotals({ amounts: lineAmounts, keyOf, lineRows: lines.rows, keyDrivers, keyNames: table.rowCodes });
  const places = readDecimals(decimals ?? null);
  const values = places === undefined ? totals : roundFootedFloats(totals, places, total);
  return atRows(column(asRange(centres), "centres").length, centreCodes.rows, values);
}

/** SPREAD: each amount spread over the columns by its own row of drivers; each row adds up to its amount. */
export function spread(amounts: Arg, drivers: Arg, decimals?: Arg): Cell[][] {
  const amountCells = column(asRange(amounts), "amounts");
  const driverRows = asRange(drivers);
  requireLength(driverRows, amountCells.length, "drivers", "amounts");
  const places = readDecimals(decimals ?? null);
  return driverRows.map((row, r) => {
    const place = { argument: "drivers", row: r + 1 };
    const amount = readNumber(amountCells[r], { argument: "amounts", row: r + 1 });
    const weights = row.map((cell, c) => readNonNegative(cell, { ...place, column: c + 1 }));
    const parts = spreadAmount(amount, weights, place, `${r + 1}`);
    return places === undefined ? parts : roundSpread(amount, parts, places);
  });
}

/** UNITCOST: cost ÷ units per centre; blank where a centre has neither cost nor units. */
export function unitCost(centres: Arg, costs: Arg, units: Arg, decimals?: Arg): Cell[][] {
  const range = asRange(centres);
  const read = readCodes(range, "centres", [{ range: asRange(costs), argument: "costs" }, { range: asRange(units), argument: "units" }]);
  const costValues = readNumbersAt(asRange(costs), "costs", read.rows);
  const unitValues = readNumbersAt(asRange(units), "units", read.rows, true);
  const values = read.codes.map((code, i) => costPerUnit(code, costValues[i], unitValues[i], { argument: "units", row: read.rows[i] }));
  return atRows(column(range, "centres").length, read.rows, roundEach(values, readDecimals(decimals ?? null)));
}

/** KEYCOST: cost of one point of each letter key. */
export function keyCost(letters: Arg, costs: Arg, actLetters: Arg, coefficients: Arg, volumes: Arg, decimals?: Arg): Cell[][] {
  const range = asRange(letters);
  const read = readCodes(range, "letters", [{ range: asRange(costs), argument: "costs" }]);
  const letterIndex = read.index as CodeIndex;
  const costValues = readNumbersAt(asRange(costs), "costs", read.rows);
  const acts = readCodes(asRange(actLetters), "actLetters", [{ range: asRange(coefficients), argument: "coefficients" }, { range: asRange(volumes), argument: "volumes" }], false);
  const actLetter = acts.codes.map((code, a) => letterIndex.require(code, { argument: "actLetters", row: acts.rows[a] }));
  const points = pointsPerLetter(read.codes.length, actLetter, readNumbersAt(asRange(coefficients), "coefficients", acts.rows, true), readNumbersAt(asRange(volumes), "volumes", acts.rows, true));
  const values = read.codes.map((code, i) => costPerUnit(code, costValues[i], points[i], { argument: "letters", row: read.rows[i] }));
  return atRows(column(range, "letters").length, read.rows, roundEach(values, readDecimals(decimals ?? null)));
}

/** ACTCOST: full cost of each act of the consumption table, aligned with its rows. */
export function actCost(centres: Arg, unitCosts: Arg, consumption: Arg, direct?: Arg, decimals?: Arg): Cell[][] {
  const centreCodes = readCodes(asRange(centres), "centres", [{ range: asRange(unitCosts), argument: "unitCosts" }]);
  const centreIndex = centreCodes.index as CodeIndex;
  const costCells = column(asRange(unitCosts), "unitCosts");
  const prices = centreCodes.rows.map((row) => (isBlank(costCells[row - 1]) ? null : readNumber(costCells[row - 1], { argument: "unitCosts", row })));
  const table = readLabelledTable(asRange(consumption), "consumption", true);
  new CodeIndex(table.rowCodes, "consumption", "row", 1, table.rowPositions);
  new CodeIndex(table.colCodes, "consumption", "column", 1, table.colPositions);
  const columns = table.colCodes.map((code, c) => centreIndex.require(code, { argument: "consumption", row: 1, column: table.colPositions[c] }));
  const columnPrices = columns.map((j) => prices[j]);
  const columnCodes = columns.map((j) => centreCodes.codes[j]);
  const height = asRange(consumption).length - 1;
  const directCells = isBlank(scalar(direct ?? null)) && !Array.isArray(direct) ? null : column(asRange(direct ?? null), "direct");
  if (directCells) requireLength(directCells, height, "direct", "consumption");
  const values = table.rowCodes.map((code, a) => {
    const row = table.rowPositions[a];
    const consumables = directCells ? readNumber(directCells[row - 2], { argument: "direct", row: row - 1, code }) : 0;
    return costOfAct(table.filled[a], columnPrices, consumables, { row, code }, columnCodes);
  });
  return atRows(height, table.rowPositions.map((r) => r - 1), roundEach(values, readDecimals(decimals ?? null)));
}
