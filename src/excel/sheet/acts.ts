import { Cell, column, isBlank, readDecimals, readNonNegative, readNumber } from "../cells";
import { CodeIndex } from "../../engine/codes";
import { fail } from "../../engine/errors";
import { fromFloat, Money } from "../../engine/money";
import { readCodes, readNumbersAt } from "../tables";
import { breakEven as breakEvenVolume, comparePrices, tariff as setTariff } from "../../engine/tariffs";
import { Arg, asRange, atRows, readBroadcast, readScalar, roundEach } from "./args";

/** Acts and tariffs in Excel's terms: acts priced by letter key, tariffs, price against cost, break-even. */

const blankRow = (width: number): Cell[] => new Array<Cell>(width).fill("");
const value = (m: Money | null): Cell => (m === null ? "" : m.toNumber());

/** ACTCOST.LETTER: coefficient × cost of a point of the act's letter key + direct consumables, for every act. */
export function actCostByLetter(letters: Arg, pointCosts: Arg, actLetters: Arg, coefficients: Arg, direct?: Arg, decimals?: Arg): Cell[][] {
  const keys = readCodes(asRange(letters), "letters", [{ range: asRange(pointCosts), argument: "pointCosts" }]);
  const index = keys.index as CodeIndex;
  const costCells = column(asRange(pointCosts), "pointCosts");
  const acts = readCodes(asRange(actLetters), "actLetters", [{ range: asRange(coefficients), argument: "coefficients" }], false);
  const coefficientValues = readNumbersAt(asRange(coefficients), "coefficients", acts.rows, true);
  const length = column(asRange(actLetters), "actLetters").length;
  const consumables = readBroadcast(direct, "direct", length);
  const values = acts.codes.map((letter, a) => {
    const row = acts.rows[a];
    const k = index.require(letter, { argument: "actLetters", row });
    const cell = costCells[keys.rows[k] - 1];
    if (isBlank(cell)) fail("missing_point_cost", { argument: "actLetters", row, code: letter }, { value: letter });
    const pointCost = readNumber(cell, { argument: "pointCosts", row: keys.rows[k], code: letter });
    return coefficientValues[a] * pointCost + (consumables?.(row, { argument: "direct", row })?.toNumber() ?? 0);
  });
  return atRows(length, acts.rows, roundEach(values, readDecimals(decimals ?? null)));
}

/** TARIFF: cost-plus, cap, tariff, binding factor, cost-recovery ratio and subsidy gap, one row per cost. */
export function tariff(costs: Arg, margin: Arg, market?: Arg, ceiling?: Arg, step?: Arg, loanService?: Arg): Cell[][] {
  const costCells = column(asRange(costs), "costs");
  const n = costCells.length;
  const margins = readBroadcast(margin, "margin", n);
  const markets = readBroadcast(market, "market", n);
  const ceilings = readBroadcast(ceiling, "ceiling", n);
  const loans = readBroadcast(loanService, "loanService", n);
  const stepValue = new Money(readScalar(step, "step", 0.01));
  if (!stepValue.gt(0)) fail("negative_value", { argument: "step" }, { value: stepValue.toString() });
  return costCells.map((cell, i) => {
    const row = i + 1;
    if (isBlank(cell)) return blankRow(6);
    const t = setTariff({
      cost: new Money(readNonNegative(cell, { argument: "costs", row })),
      margin: margins?.(row, { argument: "margin", row }) ?? new Money(0),
      market: markets?.(row, { argument: "market", row }) ?? null,
      ceiling: ceilings?.(row, { argument: "ceiling", row }) ?? null,
      step: stepValue,
      loanService: loans?.(row, { argument: "loanService", row }) ?? new Money(0),
    });
    return [t.costPlus.toNumber(), value(t.cap), t.tariff.toNumber(), t.binding, value(t.recovery), t.subsidyGap.toNumber()];
  });
}

/** PRICE.GAP: official price against cost: gap, recovery ratio, subsidy gap, rank of the furthest below cost. */
export function priceGap(prices: Arg, costs: Arg): Cell[][] {
  const priceCells = column(asRange(prices), "prices");
  const costCells = column(asRange(costs), "costs");
  if (costCells.length !== priceCells.length) fail("shape_mismatch", { argument: "costs" }, { actual: costCells.length, expected: priceCells.length, reference: "prices" });
  const kept = priceCells.map((_, i) => i).filter((i) => !isBlank(priceCells[i]) || !isBlank(costCells[i]));
  const read = (cells: Cell[], argument: string) => kept.map((i) => new Money(readNonNegative(cells[i], { argument, row: i + 1 })));
  const rows = comparePrices(read(priceCells, "prices"), read(costCells, "costs"));
  const out = priceCells.map(() => blankRow(4));
  kept.forEach((i, k) => (out[i] = [rows[k].gap.toNumber(), value(rows[k].recovery), rows[k].subsidyGap.toNumber(), rows[k].rank ?? ""]));
  return out;
}

/** BREAKEVEN: volume of acts at which revenue covers fixed and variable costs. */
export function breakEven(fixedCosts: Arg, prices: Arg, variableCosts: Arg, decimals?: Arg): Cell[][] {
  const fixedCells = column(asRange(fixedCosts), "fixedCosts");
  const prices_ = readBroadcast(prices, "prices", fixedCells.length);
  const variables = readBroadcast(variableCosts, "variableCosts", fixedCells.length);
  const places = readDecimals(decimals ?? null);
  return fixedCells.map((cell, i) => {
    const row = i + 1;
    if (isBlank(cell)) return [""];
    const place = { argument: "prices", row };
    const volume = breakEvenVolume(new Money(readNumber(cell, { argument: "fixedCosts", row })), prices_?.(row, place) ?? new Money(0), variables?.(row, place) ?? new Money(0), place);
    return [places === undefined ? volume.toNumber() : fromFloat(volume.toNumber()).toDecimalPlaces(places).toNumber()];
  });
}
