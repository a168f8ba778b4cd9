import { Cell, column, isBlank, readDecimals, readNumber, readText } from "../cells";
import { CodeIndex } from "../../engine/codes";
import { fail } from "../../engine/errors";
import { Convention, settleClaims } from "../../engine/contracts/claims";
import { cachedLookup } from "../../engine/contracts/codeLookup";
import { ACCEPTING_STATUSES, applyEnvelope, BLANK_LINE, ContractTable, EnvelopeRule, LINE_STATUSES, LineStatus, reconcile, Reconciliation, statusCode, statusText } from "../../engine/contracts/feeForService";
import { fromMinor, requireMinor, scaleOf, toMinor } from "../../engine/contracts/minorUnits";
import { payIndicator, QualityBand } from "../../engine/contracts/performance";
import { ServiceLine, settle, valueService } from "../../engine/contracts/twinning";
import { Arg, asRange, readScalar } from "./args";
import { RangeMemo } from "./rangeMemo";
import { readChoice, readDate, readTableRows } from "./tableRows";

/** Contracts in Excel's terms: fee-for-service reconciliation, PBF, mutual-insurance claims, twinning. */

const ENVELOPE_WORDS: Record<string, EnvelopeRule> = {
  prorata: "prorata", proportional: "prorata", proportionnel: "prorata", proportionnelle: "prorata",
  priority: "priority", priorite: "priority", order: "priority", ordre: "priority",
};

/** Currency decimals: 2 (cents) by default, 0 to 3. */
function currencyScale(decimals: Arg | undefined): number {
  return scaleOf(readDecimals(decimals ?? null) ?? 2);
}

function readContract(contract: Cell[][], scale: number): { table: ContractTable; rows: number[]; height: number } {
  const t = readTableRows(contract, "contract", ["number", "nonNegative", "optional"], 2);
  const price = t.values[0] as number[];
  return {
    table: {
      index: t.index,
      priceMinor: price.map((p, i) => requireMinor(p, scale, { argument: "contract", row: t.rows[i], column: 2 })),
      volume: t.values[1] as number[],
      ceiling: t.values[2] as (number | null)[],
    },
    rows: t.rows,
    height: contract.length,
  };
}

/** The last reconciliation: the three contract functions of a workbook pass the same ranges. */
const reconciliations = new RangeMemo<{ contract: ReturnType<typeof readContract>; result: Reconciliation }>();

function run(contract: Arg, activity: Arg, periodStart: Arg | undefined, periodEnd: Arg | undefined, decimals: Arg | undefined) {
  const scale = currencyScale(decimals);
  const period = { start: readDate(periodStart, "periodStart"), end: readDate(periodEnd, "periodEnd") };
  const claims = asRange(activity);
  const contractRange = asRange(contract);
  const { contract: c, result } = reconciliations.get([contractRange, claims, [[period.start, period.end, scale]]], (replaced) => {
    const table = readContract(contractRange, scale);
    return { contract: table, result: reconcile(table.table, claims, period, scale, replaced?.result) };
  });
  return { scale, contract: c, result };
}

/** Each contract line's amount due after the envelope, when there is one. */
function dueAfterEnvelope(result: Reconciliation, scale: number, envelope: Arg | undefined, rule: Arg | undefined): number[] {
  const envelopeMinor = isBlank(asRange(envelope ?? null)[0]?.[0]) ? null : requireMinor(readScalar(envelope, "envelope"), scale, { argument: "envelope" });
  return applyEnvelope(result.lines.map((l) => l.dueMinor), envelopeMinor, readChoice(rule, "rule", ENVELOPE_WORDS, "prorata"));
}

/** CONTRACT.RECONCILE: per contract line, realised and accepted volume, billed, due, due after envelope, variances, rejected lines. */
export function contractReconcile(contract: Arg, activity: Arg, periodStart?: Arg, periodEnd?: Arg, envelope?: Arg, rule?: Arg, decimals?: Arg): Cell[][] {
  const { scale, contract: c, result } = run(contract, activity, periodStart, periodEnd, decimals);
  const afterEnvelope = dueAfterEnvelope(result, scale, envelope, rule);
  const out: Cell[][] = Array.from({ length: c.height }, () => new Array<Cell>(8).fill(""));
  const money = (x: number) => fromMinor(x, scale);
  result.lines.forEach((l, i) => {
    out[c.rows[i] - 1] = [l.realised, l.accepted, money(l.billedMinor), money(l.dueMinor), money(afterEnvelope[i]), money(l.volumeVarianceMinor), money(l.priceVarianceMinor), l.rejectedLines];
  });
  return out;
}

/** CONTRACT.LINES: per activity line, its status, the quantity accepted and the amount due at the contract price. */
export function contractLines(contract: Arg, activity: Arg, periodStart?: Arg, periodEnd?: Arg, decimals?: Arg): Cell[][] {
  const { scale, result } = run(contract, activity, periodStart, periodEnd, decimals);
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
export function contractBalance(contract: Arg, activity: Arg, advances: Arg, periodStart?: Arg, periodEnd?: Arg, envelope?: Arg, rule?: Arg, decimals?: Arg): Cell[][] {
  const { scale, result } = run(contract, activity, periodStart, periodEnd, decimals);
  const total = (amounts: readonly number[]) => amounts.reduce((a, x) => a + x, 0);
  const advanceCells = column(asRange(advances), "advances");
  const advancesMinor = advanceCells.reduce<number>((a, cell, i) => a + requireMinor(readNumber(cell, { argument: "advances", row: i + 1 }), scale, { argument: "advances", row: i + 1 }), 0);
  const due = total(dueAfterEnvelope(result, scale, envelope, rule));
  const tally = new Array<number>(LINE_STATUSES.length + 1).fill(0);
  for (let r = 0; r < result.status.length; r++) tally[result.status[r]]++;
  const count = (statuses: LineStatus[]) => statuses.reduce((n, s) => n + tally[statusCode(s)], 0);
  const envelopeCell = asRange(envelope ?? null)[0]?.[0];
  const values: Cell[] = [
    fromMinor(total(result.lines.map((l) => l.billedMinor)), scale),
    fromMinor(total(result.lines.map((l) => l.dueMinor)), scale),
    isBlank(envelopeCell) ? "" : readScalar(envelope, "envelope"),
    fromMinor(due, scale),
    fromMinor(advancesMinor, scale),
    fromMinor(due - advancesMinor, scale),
    count(["OK"]),
    count(["PRICE_DIFFERS", "OVER_CEILING"]),
    count(["UNKNOWN_CODE", "OUT_OF_PERIOD", "DUPLICATE", "BAD_DATE", "BAD_QUANTITY", "BAD_PRICE"]),
  ];
  return values.map((v) => [v]);
}

/** PBF.PAYMENT: per indicator line, gap, quantity paid, amount, quality score, quality bonus, equity bonus, payment. */
export function pbfPayment(lines: Arg, tolerance?: Arg, scores?: Arg, bands?: Arg, equity?: Arg, decimals?: Arg): Cell[][] {
  const scale = currencyScale(decimals);
  const range = asRange(lines);
  if ((range[0]?.length ?? 0) !== 6) fail("shape_mismatch", { argument: "lines" }, { actual: range[0]?.length ?? 0, expected: 6, reference: "lines" });
  const tol = readScalar(tolerance, "tolerance", 0.05);
  const byFacility = (arg: Arg | undefined, argument: string) => {
    const t = readTableRows(arg ?? null, argument, ["number"], 1, true);
    return (facility: string) => {
      const i = t.index.find(facility);
      return i === undefined ? null : (t.values[0][i] as number);
    };
  };
  const scoreOf = byFacility(scores, "scores");
  const equityOf = byFacility(equity, "equity");
  const bandList: QualityBand[] = isBlank(asRange(bands ?? null)[0]?.[0]) ? [] : asRange(bands ?? null).filter((r) => !r.every(isBlank)).map((r, i) => ({ threshold: readNumber(r[0], { argument: "bands", row: i + 1, column: 1 }), bonus: readNumber(r[1], { argument: "bands", row: i + 1, column: 2 }) }));
  const optional = (cell: Cell, place: { argument: string; row: number; column: number }) => (isBlank(cell) ? null : readNumber(cell, place));
  return range.map((row, r) => {
    if (row.every(isBlank)) return new Array<Cell>(7).fill("");
    const place = (column: number) => ({ argument: "lines", row: r + 1, column });
    const facility = readText(row[0]);
    if (facility === "") fail("missing_code", place(1));
    const score = scoreOf(facility);
    const equityBonus = equityOf(facility) ?? 0;
    const fee = requireMinor(readNumber(row[5], place(6)), scale, place(6));
    const p = payIndicator({ declared: optional(row[2], place(3)), verified: optional(row[3], place(4)), validated: optional(row[4], place(5)), feeMinor: fee, qualityScore: score, equityBonus }, tol, bandList);
    return [p.gap, p.quantity, fromMinor(p.amountMinor, scale), score ?? "", p.qualityBonus, equityBonus, fromMinor(p.paymentMinor, scale)];
  });
}

/** CLAIMS.SETTLE: per claim line, billed, base after the price rule, deductible, payer share, patient share, reasons. */
export function claimsSettle(claims: Arg, priceList: Arg, careTypes: Arg, members: Arg, deductible?: Arg, generalCeiling?: Arg, waitingDays?: Arg, periodStart?: Arg, periodEnd?: Arg, othersPaid?: Arg, decimals?: Arg): Cell[][] {
  const scale = currencyScale(decimals);
  const minor = (x: number, argument: string, row?: number, column?: number) => requireMinor(x, scale, { argument, row, column });
  const claimRows = asRange(claims);
  if (claimRows.every((line) => line.every(isBlank))) return claimRows.map(() => new Array<Cell>(6).fill(""));
  const types = readTableRows(careTypes, "careTypes", ["nonNegative", "nonNegative", "optional", "optional"], 1, true);
  const list = readTableRows(priceList, "priceList", ["nonNegative", "text"], 2, true);
  const people = readTableRows(members, "members", ["optional", "optional"], 0, true);
  const convention: Convention = {
    priceMinor: (list.values[0] as number[]).map((p, i) => minor(p, "priceList", list.rows[i], 2)),
    careTypeOf: (list.values[1] as string[]).map((t, i) => types.index.require(t, { argument: "priceList", row: list.rows[i], column: 3 })),
    careTypes: types.rows.map((row, i) => ({
      rate: types.values[0][i] as number,
      copayMinor: minor((types.values[1][i] as number | null) ?? 0, "careTypes", row, 3),
      ceilingMinor: types.values[2][i] === null ? null : minor(types.values[2][i] as number, "careTypes", row, 4),
      priceCap: (types.values[3][i] as number | null) ?? 1,
    })),
    deductibleMinor: minor(readScalar(deductible, "deductible", 0), "deductible"),
    generalCeilingMinor: isBlank(asRange(generalCeiling ?? null)[0]?.[0]) ? null : minor(readScalar(generalCeiling, "generalCeiling"), "generalCeiling"),
    waitingDays: readScalar(waitingDays, "waitingDays", 0),
    periodStart: readDate(periodStart, "periodStart"),
    periodEnd: readDate(periodEnd, "periodEnd"),
  };
  const others = isBlank(asRange(othersPaid ?? null)[0]?.[0]) && asRange(othersPaid ?? null).length === 1 ? null : column(asRange(othersPaid ?? null), "othersPaid");
  if (others && others.length !== claimRows.length) fail("shape_mismatch", { argument: "othersPaid" }, { actual: others.length, expected: claimRows.length, reference: "claims" });
  const settled = settleClaims(
    claimRows,
    convention,
    people.rows.map((_, i) => ({ joined: people.values[0][i] as number | null, paidUpTo: people.values[1][i] as number | null })),
    { act: cachedLookup(list.index), member: cachedLookup(people.index) },
    scale,
    others ? (r) => (isBlank(others[r]) ? 0 : toMinor(readNumber(others[r], { argument: "othersPaid", row: r + 1 }), scale) ?? 0) : null,
  );
  return settled.map((s) => (s === null ? new Array<Cell>(6).fill("") : [fromMinor(s.billedMinor, scale), fromMinor(s.baseMinor, scale), fromMinor(s.deductibleMinor, scale), fromMinor(s.payerMinor, scale), fromMinor(s.patientMinor, scale), s.reasons.join(", ")]));
}

interface Services {
  lines: (ServiceLine | null)[];
  values: number[];
  unitCosts: (number | null)[];
  hospitals: CodeIndex;
  scale: number;
}

/** services rows: [date, provider, receiver, service code, quantity]; unitCosts: labelled, rows services, columns hospitals. */
function readServices(services: Arg, unitCosts: Arg, decimals: Arg | undefined): Services {
  const scale = currencyScale(decimals);
  const table = asRange(unitCosts);
  if (table.length < 2 || (table[0]?.length ?? 0) < 2) fail("empty_range", { argument: "unitCosts" });
  const hospitals = new CodeIndex(table[0].slice(1).map(readText), "unitCosts", "column", 2);
  // Fully blank rows (room for more services) are skipped; positions stay those of the user's range.
  const kept = table.map((_, r) => r).filter((r) => r > 0 && !table[r].every(isBlank));
  const serviceCodes = new CodeIndex(kept.map((r) => readText(table[r][0])), "unitCosts", "row", 1, kept.map((r) => r + 1));
  const costs = kept.map((r) => table[r].slice(1).map((cell, j) => {
    const place = { argument: "unitCosts", row: r + 1, column: j + 2 };
    return isBlank(cell) ? null : requireMinor(readNumber(cell, place), scale, place);
  }));
  const hospital = cachedLookup(hospitals);
  const service = cachedLookup(serviceCodes);
  const lines: (ServiceLine | null)[] = [];
  const values: number[] = [];
  const unitCostOut: (number | null)[] = [];
  asRange(services).forEach((row, r) => {
    if (row.every(isBlank)) return void (lines.push(null), values.push(0), unitCostOut.push(null));
    const place = (column: number, code?: string) => ({ argument: "services", row: r + 1, column, code });
    const [date, from, to, code, qty] = row;
    if (typeof date !== "number") fail("bad_date", place(1), { value: String(date) });
    const need = (i: number, raw: Cell, column: number, list: string) => (i >= 0 ? i : fail("unknown_code", place(column, readText(raw)), { value: readText(raw), list }));
    const line = { date, provider: need(hospital(from), from, 2, "unitCosts"), receiver: need(hospital(to), to, 3, "unitCosts"), service: need(service(code), code, 4, "unitCosts"), quantity: readNumber(qty, place(5)) };
    lines.push(line);
    values.push(valueService(line, costs, r + 1, { service: readText(code), hospital: readText(from) }));
    unitCostOut.push(costs[line.service][line.provider]);
  });
  return { lines, values, unitCosts: unitCostOut, hospitals, scale };
}

/** TWINNING.VALUE: per service line, the provider's cost per unit and the value of the service. */
export function twinningValue(services: Arg, unitCosts: Arg, decimals?: Arg): Cell[][] {
  const s = readServices(services, unitCosts, decimals);
  return s.lines.map((line, i) => (line === null ? ["", ""] : [fromMinor(s.unitCosts[i] as number, s.scale), fromMinor(s.values[i], s.scale)]));
}

/** TWINNING.SETTLE: per period, what A provided to B, what B provided to A, and the net B owes A. */
export function twinningSettle(services: Arg, unitCosts: Arg, hospitalA: Arg, hospitalB: Arg, periodStarts: Arg, decimals?: Arg): Cell[][] {
  const s = readServices(services, unitCosts, decimals);
  const code = (arg: Arg, argument: string) => s.hospitals.require(readText(asRange(arg)[0]?.[0]), { argument });
  const starts = column(asRange(periodStarts), "periodStarts").map((cell, i) => (typeof cell === "number" ? cell : fail("bad_date", { argument: "periodStarts", row: i + 1 }, { value: String(cell) })));
  return settle(s.lines, s.values, starts, code(hospitalA, "hospitalA"), code(hospitalB, "hospitalB")).map((p, i) => [starts[i], fromMinor(p.aToB, s.scale), fromMinor(p.bToA, s.scale), fromMinor(p.net, s.scale)]);
}
