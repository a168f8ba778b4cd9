import { fail, Place } from "./errors";
import { Money } from "./money";

/**
 * Tariff setting: the three forces the cooperative-clinic programme names
 * (cost recovery, the market price, what the population can pay), each kept
 * visible so a trainer can explain the result and an auditor recompute it.
 *
 * Rule, per act:
 *   cost-plus = cost × (1 + margin) + loan service per act
 *   cap       = the lower of the market price and the affordability ceiling (either may be blank)
 *   tariff    = the lower of cost-plus and cap, rounded to the nearest multiple of `step`
 *               (half up; default step 0.01); if that rounding would pass the cap,
 *               the cap rounded down to the step instead, so the tariff never exceeds the cap.
 *   binding   = which of COST, MARKET or CEILING set the tariff
 *   recovery  = tariff ÷ cost;  subsidy gap = max(0, cost − tariff).
 */

export type Binding = "COST" | "MARKET" | "CEILING";

export interface TariffInput {
  cost: Money;
  margin: Money;
  market: Money | null;
  ceiling: Money | null;
  step: Money;
  loanService: Money;
}

export interface Tariff {
  costPlus: Money;
  cap: Money | null;
  tariff: Money;
  binding: Binding;
  /** null when the cost is zero. */
  recovery: Money | null;
  subsidyGap: Money;
}

export function tariff(input: TariffInput): Tariff {
  const costPlus = input.cost.times(input.margin.plus(1)).plus(input.loanService);
  const caps: [Money, Binding][] = [];
  if (input.market !== null) caps.push([input.market, "MARKET"]);
  if (input.ceiling !== null) caps.push([input.ceiling, "CEILING"]);
  const [cap, capBinding] = caps.reduce<[Money | null, Binding]>((low, c) => (low[0] === null || c[0].lt(low[0]) ? c : low), [null, "COST"]);
  const capped = cap !== null && cap.lt(costPlus);
  const raw = capped ? cap : costPlus;
  let price = raw.div(input.step).toDecimalPlaces(0, Money.ROUND_HALF_UP).times(input.step);
  // Rounding up must never pass the cap, even when the cap did not bind before rounding.
  if (cap !== null && price.gt(cap)) price = cap.div(input.step).floor().times(input.step);
  return {
    costPlus,
    cap,
    tariff: price,
    binding: capped ? capBinding : "COST",
    recovery: input.cost.isZero() ? null : price.div(input.cost),
    subsidyGap: Money.max(0, input.cost.minus(price)),
  };
}

export interface PriceComparison {
  gap: Money;
  recovery: Money | null;
  subsidyGap: Money;
  /** 1 = priced furthest below cost (lowest recovery ratio); null when the price covers the cost. */
  rank: number | null;
}

/** Official tariff against cost, for acts or letter keys (the value of K, B, Z against the cost of a point). */
export function comparePrices(prices: readonly Money[], costs: readonly Money[]): PriceComparison[] {
  const rows = prices.map((price, i) => ({
    gap: price.minus(costs[i]),
    recovery: costs[i].isZero() ? null : price.div(costs[i]),
    subsidyGap: Money.max(0, costs[i].minus(price)),
    rank: null as number | null,
  }));
  rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.subsidyGap.gt(0))
    .sort((a, b) => (a.row.recovery ?? new Money(0)).comparedTo(b.row.recovery ?? new Money(0)) || a.i - b.i)
    .forEach(({ row }, position) => (row.rank = position + 1));
  return rows;
}

/** Volume at which revenue covers fixed and variable costs: fixed ÷ (price − variable cost per act). */
export function breakEven(fixed: Money, price: Money, variable: Money, place: Place): Money {
  const contribution = price.minus(variable);
  if (!contribution.gt(0)) fail("no_break_even", place, { price: price.toString(), variable: variable.toString() });
  return fixed.div(contribution);
}
