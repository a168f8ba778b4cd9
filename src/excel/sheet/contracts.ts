import { Cell, isBlank } from "../cells";
import { CodeIndex } from "../../engine/codes";
import { fail } from "../../engine/errors";
import { Convention, settleClaims } from "../../engine/contracts/claims";
import { cachedLookup } from "../../engine/contracts/codeLookup";
import { ACCEPTING_STATUSES, applyEnvelope, BLANK_LINE, ContractTable, LINE_STATUSES, LineStatus, reconcile, Reconciliation, statusCode, statusText } from "../../engine/contracts/feeForService";
import { fromMinor, requireMinor, scaleOf } from "../../engine/contracts/minorUnits";
import { payIndicator, QualityBand } from "../../engine/contracts/performance";
import { ServiceLine, settle, valueService } from "../../engine/contracts/twinning";
import type { Args, TableRows } from "../params";
import type { CLAIMS_SETTLE, CONTRACT_BALANCE, CONTRACT_LINES, CONTRACT_RECONCILE, PBF_PAYMENT, TWINNING_SETTLE, TWINNING_VALUE } from "../registry/contracts";
import { LabelledTable } from "../tables";
import { blankRow } from "./args";
import { RangeMemo } from "./rangeMemo";

/** Contracts in Excel's terms: fee-for-service reconciliation, PBF, mutual-insurance claims, twinning. */

function contractTable(contract: TableRows, scale: number): ContractTable {
  const [, price, volume, ceiling] = contract.values;
  return {
    index: contract.index as CodeIndex,
    priceMinor: (price as number[]).map((p, i) => requireMinor(p, scale, { argument: "contract", row: contract.rows[i], column: 2 })),
    volume: volume as number[],
    ceiling: ceiling as (number | null)[],
  };
}

/** The last reconciliation: the three contract functions of a workbook pass the same ranges. */
const reconciliations = new RangeMemo<{ result: Reconciliation }>();

type Reconciled = Pick<Args<typeof CONTRACT_LINES>, "contract" | "activity" | "periodStart" | "periodEnd" | "decimals">;

function run(a: Reconciled) {
  const scale = scaleOf(a.decimals);
  const period = { start: a.periodStart ?? null, end: a.periodEnd ?? null };
  const activity = a.activity.range;
  const { result } = reconciliations.get([a.contract.range, activity, [[period.start, period.end, scale]]], (replaced) => ({
    result: reconcile(contractTable(a.contract, scale), activity, period, scale, replaced?.result),
  }));
  return { scale, result };
}

/** Each contract line's amount due after the envelope, when there is one. */
function dueAfterEnvelope(result: Reconciliation, scale: number, a: Pick<Args<typeof CONTRACT_RECONCILE>, "envelope" | "rule">): number[] {
  const envelopeMinor = a.envelope === undefined ? null : requireMinor(a.envelope, scale, { argument: "envelope" });
  return applyEnvelope(result.lines.map((l) => l.dueMinor), envelopeMinor, a.rule);
}

/** CONTRACT.RECONCILE: per contract line, realised and accepted volume, billed, due, due after envelope, variances, rejected lines. */
export function contractReconcile(a: Args<typeof CONTRACT_RECONCILE>): Cell[][] {
  const { scale, result } = run(a);
  const afterEnvelope = dueAfterEnvelope(result, scale, a);
  const out: Cell[][] = Array.from({ length: a.contract.length }, () => blankRow(8));
  const money = (x: number) => fromMinor(x, scale);
  result.lines.forEach((l, i) => {
    out[a.contract.rows[i] - 1] = [l.realised, l.accepted, money(l.billedMinor), money(l.dueMinor), money(afterEnvelope[i]), money(l.volumeVarianceMinor), money(l.priceVarianceMinor), l.rejectedLines];
  });
  return out;
}

/** CONTRACT.LINES: per activity line, its status, the quantity accepted and the amount due at the contract price. */
export function contractLines(a: Args<typeof CONTRACT_LINES>): Cell[][] {
  const { scale, result } = run(a);
  const { status, contractOf, acceptedQuantity, lineDueMinor } = result;
  // A year of claims repeats a few thousand distinct rows: lines that agree share one frozen row, as 200,000 fresh
  // rows would cost more in garbage collection than the reconciliation itself. A line with nothing accepted is
  // (status, 0, 0); an accepted one follows from its contract line, status and quantity (shared up to 7.5).
  const blank = Object.freeze(["", "", ""]);
  const unaccepted: (readonly Cell[] | undefined)[] = [];
  const accepted = new Array<readonly Cell[] | undefined>(result.lines.length * ACCEPTING_STATUSES * 16);
  const out = new Array<readonly Cell[]>(status.length);
  const row = (r: number) => Object.freeze([statusText(status[r]), acceptedQuantity[r], fromMinor(lineDueMinor[r], scale)]);
  for (let r = 0; r < status.length; r++) {
    const s = status[r];
    const quantity = acceptedQuantity[r];
    if (s === BLANK_LINE) out[r] = blank;
    else if (quantity === 0) out[r] = unaccepted[s] ??= row(r);
    else if (Number.isInteger(quantity * 2) && quantity < 8) out[r] = accepted[(contractOf[r] * ACCEPTING_STATUSES + s - 1) * 16 + quantity * 2] ??= row(r);
    else out[r] = row(r);
  }
  return out as Cell[][];
}

/** CONTRACT.BALANCE: billed, due before envelope, envelope, due, advances, balance, lines accepted, flagged, rejected. */
export function contractBalance(a: Args<typeof CONTRACT_BALANCE>): Cell[][] {
  const { scale, result } = run(a);
  const total = (amounts: readonly number[]) => amounts.reduce((s, x) => s + x, 0);
  const advancesMinor = total(a.advances.values.map((x, i) => requireMinor(x, scale, { argument: "advances", row: a.advances.rows[i] })));
  const due = total(dueAfterEnvelope(result, scale, a));
  const tally = new Array<number>(LINE_STATUSES.length + 1).fill(0);
  for (let r = 0; r < result.status.length; r++) tally[result.status[r]]++;
  const count = (statuses: LineStatus[]) => statuses.reduce((n, s) => n + tally[statusCode(s)], 0);
  const values: Cell[] = [
    fromMinor(total(result.lines.map((l) => l.billedMinor)), scale),
    fromMinor(total(result.lines.map((l) => l.dueMinor)), scale),
    a.envelope ?? "",
    fromMinor(due, scale),
    fromMinor(advancesMinor, scale),
    fromMinor(due - advancesMinor, scale),
    count(["OK"]),
    count(["PRICE_DIFFERS", "OVER_CEILING"]),
    count(["UNKNOWN_CODE", "OUT_OF_PERIOD", "DUPLICATE", "BAD_DATE", "BAD_QUANTITY", "BAD_PRICE"]),
  ];
  return values.map((v) => [v]);
}

/** A facility's value in a two-column table (its quality score, its equity bonus), null when it is not listed. */
function byFacility(table: TableRows): (facility: string) => number | null {
  return (facility) => {
    const i = table.index?.find(facility);
    return i === undefined ? null : (table.values[1][i] as number | null);
  };
}

/** PBF.PAYMENT: per indicator line, gap, quantity paid, amount, quality score, quality bonus, equity bonus, payment. */
export function pbfPayment(a: Args<typeof PBF_PAYMENT>): Cell[][] {
  const scale = scaleOf(a.decimals);
  const { lines } = a;
  const scoreOf = byFacility(a.scores);
  const equityOf = byFacility(a.equity);
  const bandList: QualityBand[] = a.bands.rows.map((_, i) => ({ threshold: a.bands.values[0][i] as number, bonus: a.bands.values[1][i] as number }));
  const [facilities, , declared, verified, validated, fees] = lines.values as [string[], string[], (number | null)[], (number | null)[], (number | null)[], number[]];
  const out: Cell[][] = Array.from({ length: lines.length }, () => blankRow(7));
  lines.rows.forEach((row, k) => {
    const score = scoreOf(facilities[k]);
    const equityBonus = equityOf(facilities[k]) ?? 0;
    const feeMinor = requireMinor(fees[k], scale, { argument: "lines", row, column: 6 });
    const p = payIndicator({ declared: declared[k], verified: verified[k], validated: validated[k], feeMinor, qualityScore: score, equityBonus }, a.tolerance, bandList);
    out[row - 1] = [p.gap, p.quantity, fromMinor(p.amountMinor, scale), score ?? "", p.qualityBonus, equityBonus, fromMinor(p.paymentMinor, scale)];
  });
  return out;
}

/** CLAIMS.SETTLE: per claim line, billed, base after the price rule, deductible, payer share, patient share, reasons. */
export function claimsSettle(a: Args<typeof CLAIMS_SETTLE>): Cell[][] {
  const scale = scaleOf(a.decimals);
  const minor = (x: number, argument: string, row?: number, column?: number) => requireMinor(x, scale, { argument, row, column });
  const claimRows = a.claims.range;
  if (claimRows.every((line) => line.every(isBlank))) return claimRows.map(() => blankRow(6));
  const { careTypes: types, priceList: list, members: people } = a;
  const convention: Convention = {
    priceMinor: (list.values[1] as number[]).map((p, i) => minor(p, "priceList", list.rows[i], 2)),
    careTypeOf: (list.values[2] as string[]).map((type, i) => (types.index as CodeIndex).require(type, { argument: "priceList", row: list.rows[i], column: 3 })),
    careTypes: types.rows.map((row, i) => ({
      rate: types.values[1][i] as number,
      copayMinor: minor(types.values[2][i] as number, "careTypes", row, 3),
      ceilingMinor: types.values[3][i] === null ? null : minor(types.values[3][i] as number, "careTypes", row, 4),
      priceCap: types.values[4][i] as number,
    })),
    deductibleMinor: minor(a.deductible, "deductible"),
    generalCeilingMinor: a.generalCeiling === undefined ? null : minor(a.generalCeiling, "generalCeiling"),
    waitingDays: a.waitingDays,
    periodStart: a.periodStart ?? null,
    periodEnd: a.periodEnd ?? null,
  };
  const others = a.othersPaid?.values;
  const settled = settleClaims(
    claimRows,
    convention,
    people.rows.map((_, i) => ({ joined: people.values[1][i] as number | null, paidUpTo: people.values[2][i] as number | null })),
    { act: cachedLookup(list.index as CodeIndex), member: cachedLookup(people.index as CodeIndex) },
    scale,
    others ? (r) => minor(others[r], "othersPaid", r + 1) : null,
  );
  return settled.map((s) => (s === null ? blankRow(6) : [fromMinor(s.billedMinor, scale), fromMinor(s.baseMinor, scale), fromMinor(s.deductibleMinor, scale), fromMinor(s.payerMinor, scale), fromMinor(s.patientMinor, scale), s.reasons.join(", ")]));
}

interface Services {
  lines: (ServiceLine | null)[];
  values: number[];
  unitCosts: (number | null)[];
  hospitals: CodeIndex;
  scale: number;
}

/** Each service's cost per unit at each hospital, in minor units (null: the hospital does not provide it). */
function unitCostsMinor(table: LabelledTable, scale: number): (number | null)[][] {
  return table.filled.map((cells, s) => {
    const row = new Array<number | null>(table.colCodes.length).fill(null);
    cells.columns.forEach((c, k) => (row[c] = requireMinor(cells.values[k], scale, { argument: "unitCosts", row: table.rowPositions[s], column: table.colPositions[c] })));
    return row;
  });
}

/** services: [date, provider, receiver, service code, quantity] per line; unitCosts: rows services, columns hospitals. */
function readServices(a: Args<typeof TWINNING_VALUE>): Services {
  const scale = scaleOf(a.decimals);
  const table = a.unitCosts;
  const hospitals = new CodeIndex(table.colCodes, "unitCosts", "column", 1, table.colPositions);
  const serviceCodes = new CodeIndex(table.rowCodes, "unitCosts", "row", 1, table.rowPositions);
  const costs = unitCostsMinor(table, scale);
  const [dates, providers, receivers, codes, quantities] = a.services.values as [number[], string[], string[], string[], number[]];
  const lines: (ServiceLine | null)[] = new Array(a.services.length).fill(null);
  const values: number[] = new Array(a.services.length).fill(0);
  const unitCostOut: (number | null)[] = new Array(a.services.length).fill(null);
  a.services.rows.forEach((row, k) => {
    const find = (index: CodeIndex, code: string, column: number) => index.find(code) ?? fail("unknown_code", { argument: "services", row, column, code }, { value: code, list: "unitCosts" });
    const line = { date: dates[k], provider: find(hospitals, providers[k], 2), receiver: find(hospitals, receivers[k], 3), service: find(serviceCodes, codes[k], 4), quantity: quantities[k] };
    lines[row - 1] = line;
    values[row - 1] = valueService(line, costs, row, { service: codes[k], hospital: providers[k] });
    unitCostOut[row - 1] = costs[line.service][line.provider];
  });
  return { lines, values, unitCosts: unitCostOut, hospitals, scale };
}

/** TWINNING.VALUE: per service line, the provider's cost per unit and the value of the service. */
export function twinningValue(a: Args<typeof TWINNING_VALUE>): Cell[][] {
  const s = readServices(a);
  return s.lines.map((line, i) => (line === null ? ["", ""] : [fromMinor(s.unitCosts[i] as number, s.scale), fromMinor(s.values[i], s.scale)]));
}

/** TWINNING.SETTLE: per period, what A provided to B, what B provided to A, and the net B owes A. */
export function twinningSettle(a: Args<typeof TWINNING_SETTLE>): Cell[][] {
  const s = readServices(a);
  const hospital = (code: string, argument: string) => s.hospitals.require(code, { argument });
  const starts = a.periodStarts;
  return settle(s.lines, s.values, starts, hospital(a.hospitalA, "hospitalA"), hospital(a.hospitalB, "hospitalB")).map((p, i) => [starts[i], fromMinor(p.aToB, s.scale), fromMinor(p.bToA, s.scale), fromMinor(p.net, s.scale)]);
}
