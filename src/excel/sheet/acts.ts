import { Cell } from "../cells";
import { CodeIndex } from "../../engine/codes";
import { fail } from "../../engine/errors";
import { fromFloat, Money } from "../../engine/money";
import type { Args, PerRow } from "../params";
import type { ACTCOST, ACTCOST_LETTER, BREAKEVEN, KEYCOST, PRICE_GAP, TARIFF } from "../registry/acts";
import { breakEven as breakEvenVolume, comparePrices, tariff as setTariff } from "../../engine/tariffs";
import { actCost as costOfAct, pointsPerLetter, unitCost as costPerUnit } from "../../engine/unitCosts";
import { atRows, blankRow, roundEach } from "./args";

/** Acts and tariffs in Excel's terms: letter-key points, acts, tariffs, price against cost, break-even. */

const value = (m: Money | null): Cell => (m === null ? "" : m.toNumber());
const moneyAt = (perRow: PerRow | undefined, row: number): Money | null => {
  const v = perRow?.(row);
  return v === null || v === undefined ? null : new Money(v);
};

/** KEYCOST: cost of one point of each letter key. */
export function keyCost(a: Args<typeof KEYCOST>): Cell[][] {
  const { letters, costs, actLetters } = a;
  const letterIndex = letters.index as CodeIndex;
  const actLetter = actLetters.codes.map((code, i) => letterIndex.require(code, { argument: "actLetters", row: actLetters.rows[i] }));
  const points = pointsPerLetter(letters.codes.length, actLetter, a.coefficients.values, a.volumes.values);
  const values = letters.codes.map((code, i) => costPerUnit(code, costs.values[i], points[i], { argument: "letters", row: letters.rows[i] }));
  return atRows(letters.length, letters.rows, roundEach(values, a.decimals));
}

/** ACTCOST: full cost of each act of the consumption table, aligned with its rows. */
export function actCost(a: Args<typeof ACTCOST>): Cell[][] {
  const { centres, consumption: table } = a;
  const centreIndex = centres.index as CodeIndex;
  new CodeIndex(table.rowCodes, "consumption", "row", 1, table.rowPositions);
  new CodeIndex(table.colCodes, "consumption", "column", 1, table.colPositions);
  const columns = table.colCodes.map((code, c) => centreIndex.require(code, { argument: "consumption", row: 1, column: table.colPositions[c] }));
  const columnPrices = columns.map((j) => a.unitCosts.values[j]);
  const columnCodes = columns.map((j) => centres.codes[j]);
  const values = table.rowCodes.map((code, k) => costOfAct(table.filled[k], columnPrices, a.direct?.values[k] ?? 0, { row: table.rowPositions[k], code }, columnCodes));
  return atRows(table.length, table.rows, roundEach(values, a.decimals));
}

/** ACTCOST.LETTER: coefficient × cost of a point of the act's letter key + direct consumables, for every act. */
export function actCostByLetter(a: Args<typeof ACTCOST_LETTER>): Cell[][] {
  const { letters, pointCosts, actLetters } = a;
  const index = letters.index as CodeIndex;
  const values = actLetters.codes.map((letter, k) => {
    const row = actLetters.rows[k];
    const pointCost = pointCosts.values[index.require(letter, { argument: "actLetters", row })];
    if (pointCost === null) fail("missing_point_cost", { argument: "actLetters", row, code: letter }, { value: letter });
    return a.coefficients.values[k] * pointCost + (a.direct?.(row) ?? 0);
  });
  return atRows(actLetters.length, actLetters.rows, roundEach(values, a.decimals));
}

/** TARIFF: cost-plus, cap, tariff, binding factor, cost-recovery ratio and subsidy gap, one row per cost. */
export function tariff(a: Args<typeof TARIFF>): Cell[][] {
  const { costs } = a;
  const step = new Money(a.step);
  const out: Cell[][] = Array.from({ length: costs.length }, () => blankRow(6));
  costs.rows.forEach((row, k) => {
    const t = setTariff({
      cost: new Money(costs.values[k]),
      margin: moneyAt(a.margin, row) ?? new Money(0),
      market: moneyAt(a.market, row),
      ceiling: moneyAt(a.ceiling, row),
      step,
      loanService: moneyAt(a.loanService, row) ?? new Money(0),
    });
    out[row - 1] = [t.costPlus.toNumber(), value(t.cap), t.tariff.toNumber(), t.binding, value(t.recovery), t.subsidyGap.toNumber()];
  });
  return out;
}

/** PRICE.GAP: official price against cost: gap, recovery ratio, subsidy gap, rank of the furthest below cost. */
export function priceGap(a: Args<typeof PRICE_GAP>): Cell[][] {
  const { prices, costs } = a;
  const rows = comparePrices(prices.values.map((p) => new Money(p)), costs.values.map((c) => new Money(c)));
  const out: Cell[][] = Array.from({ length: prices.length }, () => blankRow(4));
  prices.rows.forEach((row, k) => (out[row - 1] = [rows[k].gap.toNumber(), value(rows[k].recovery), rows[k].subsidyGap.toNumber(), rows[k].rank ?? ""]));
  return out;
}

/** BREAKEVEN: volume of acts at which revenue covers fixed and variable costs. */
export function breakEven(a: Args<typeof BREAKEVEN>): Cell[][] {
  const { fixedCosts } = a;
  const out: Cell[][] = Array.from({ length: fixedCosts.length }, () => blankRow(1));
  fixedCosts.rows.forEach((row, k) => {
    const place = { argument: "prices", row };
    const volume = breakEvenVolume(new Money(fixedCosts.values[k]), moneyAt(a.prices, row) ?? new Money(0), moneyAt(a.variableCosts, row) ?? new Money(0), place);
    out[row - 1] = [a.decimals === undefined ? volume.toNumber() : fromFloat(volume.toNumber()).toDecimalPlaces(a.decimals).toNumber()];
  });
  return out;
}
