import { fromFloat, Money, roundFootedFloats } from "../../engine/money";
import { Cell, codeKey, Range, readText } from "../../excel/cells";
import * as sheet from "../../excel/sheetFunctions";
import { readLabelledTable } from "../../excel/tables";
import { centreIndex, CostCentreCase, receivers } from "./costCentreCase";

/**
 * Trace a figure: where an amount comes from, as a small table an auditor
 * can paste into a report. Each trace lists its parts with the basis of each
 * (key and drivers, method and order, units, price and quantity, rules), and
 * each part shown to the cent so that the parts shown add up exactly to the
 * figure shown (rounded by largest remainder, as the engine rounds).
 */

export interface TracePart {
  /** What the part is: an expense line, a support centre's share, a unit of work, a direct cost… */
  kind: "expense" | "primary" | "received" | "given" | "units" | "direct" | "activity" | "envelope";
  /** The line's words, the centre's code, the act's code. */
  label: string;
  /** The basis: key name, or the rule applied (a status, a reason). */
  basis?: string;
  /** Driver (or units, quantity) and what it is divided by (or multiplied by: a cost per unit, a price). */
  driver?: number;
  base?: number;
  /** The part, as computed, and as shown (to the cent, footed to the figure shown). */
  amount: number;
  shown: number;
}

export interface Trace {
  /** What is traced: a centre's code, an act's code, a contract line's code, a claim line's row. */
  subject: string;
  figure: number;
  /** The figure to the cent: Σ of the parts' `shown`. */
  shown: number;
  parts: TracePart[];
  /** The settings the figure depends on ("method": "step", "order": "ADM, LING…"). */
  basis: Record<string, string | number>;
}

const toPlaces = (x: number, decimals: number): Money => fromFloat(x).toDecimalPlaces(decimals, Money.ROUND_HALF_UP);

/** The figure to the cent, and each part to the cent so that they add up to it exactly (after `start`, a part already shown). */
function footed(figure: number, parts: Omit<TracePart, "shown">[], decimals = 2, start?: TracePart): { shown: number; parts: TracePart[] } {
  const total = toPlaces(figure, decimals);
  const rest = start ? total.minus(start.shown) : total;
  const shown = roundFootedFloats(parts.map((p) => p.amount), decimals, rest);
  return { shown: total.toNumber(), parts: [...(start ? [start] : []), ...parts.map((p, i) => ({ ...p, shown: shown[i] }))] };
}

/**
 * A centre's cost after secondary distribution: its share of each expense
 * line (key, driver ÷ Σ drivers), then each support centre's share (its key,
 * the method and the order), minus what it passed on if it is a support
 * centre; then its units of work and cost per unit.
 */
export function traceCentre(c: CostCentreCase, code: string): Trace {
  const j = centreIndex(c, code);
  const expenses = c.lines.filter((line) => line.shares[j] !== 0).map((line) => ({ kind: "expense" as const, label: line.label || `${line.row}`, basis: line.key, driver: line.drivers[j], base: line.base, amount: line.shares[j] }));
  const received = c.support.flatMap((s, i) => {
    const flow = c.allocation.flows[i][j];
    if (flow === 0) return [];
    const open = receivers(c, i);
    const base = c.drivers[i].reduce((a, d, k) => a + (open[k] ? d : 0), 0);
    return [{ kind: "received" as const, label: c.codes[s], basis: c.method, driver: c.drivers[i][j], base, amount: flow }];
  });
  const k = c.support.indexOf(j);
  const given = k >= 0 ? [{ kind: "given" as const, label: c.codes[j], basis: c.method, amount: -c.allocation.outgoing[k] }] : [];
  const result = c.allocation.results[j];
  const primary = footed(c.primary[j], expenses);
  // The primary cost, as its lines add up to it, opens the secondary distribution.
  const secondary = footed(result, [...received, ...given], 2, { kind: "primary", label: c.codes[j], amount: c.primary[j], shown: primary.shown });
  const units = c.units?.[j];
  const unitPart: TracePart[] = typeof units === "number" && units !== 0 ? [{ kind: "units", label: c.codes[j], driver: units, amount: result / units, shown: toPlaces(result / units, 2).toNumber() }] : [];
  return {
    subject: c.codes[j],
    figure: result,
    shown: secondary.shown,
    parts: [...primary.parts, ...secondary.parts, ...unitPart],
    basis: { method: c.method, order: c.method === "step" ? c.order.map((i) => c.codes[c.support[i]]).join(", ") : "" },
  };
}

/**
 * The full cost of an act (ACTCOST): for each centre it uses, its units ×
 * the centre's cost per unit, then its direct consumables.
 */
export function traceAct(centres: Range, unitCosts: Range, consumption: Range, direct: Range | null, act: string, decimals: Cell = null): Trace {
  const costs = sheet.actCost(centres, unitCosts, consumption, direct, decimals);
  const table = readLabelledTable(consumption, "consumption", { type: "quantity" });
  const a = table.rowCodes.findIndex((code) => codeKey(code) === codeKey(act));
  if (a < 0) throw new Error(`No act "${act}" in the consumption table`);
  const row = table.rowPositions[a];
  const codes = centres.map((r) => readText(r[0]));
  const prices = unitCosts.map((r) => r[0]);
  const parts = table.filled[a].columns.flatMap((k, n): Omit<TracePart, "shown">[] => {
    const units = table.filled[a].values[n];
    const centre = table.colCodes[k];
    const price = prices[codes.findIndex((code) => codeKey(code) === codeKey(centre))];
    return units === 0 || typeof price !== "number" ? [] : [{ kind: "units", label: centre, driver: units, base: price, amount: units * price }];
  });
  const consumables = direct ? direct[row - 2]?.[0] : null;
  if (typeof consumables === "number" && consumables !== 0) parts.push({ kind: "direct", label: act, amount: consumables });
  const figure = costs[row - 2][0] as number;
  return { subject: act, ...footed(figure, parts), figure, basis: {} };
}

/**
 * A fee-for-service contract line (CONTRACT.RECONCILE): each activity line of
 * its act with its status, quantity accepted and amount due at the contract
 * price, then what the envelope took off; in the currency's minor units, so
 * the parts add up exactly.
 */
export function traceContractLine(contract: Range, activity: Range, code: string, terms: { periodStart?: Cell; periodEnd?: Cell; envelope?: Cell; rule?: Cell; decimals?: Cell } = {}): Trace {
  const { periodStart = null, periodEnd = null, envelope = null, rule = null, decimals = null } = terms;
  const reconciliation = sheet.contractReconcile(contract, activity, periodStart, periodEnd, envelope, rule, decimals);
  const lines = sheet.contractLines(contract, activity, periodStart, periodEnd, decimals);
  const i = contract.findIndex((r) => codeKey(readText(r[0])) === codeKey(code));
  if (i < 0) throw new Error(`No contract line "${code}"`);
  const [price, volume, ceiling] = [contract[i][1], contract[i][2], contract[i][3]];
  const parts: Omit<TracePart, "shown">[] = activity.flatMap((line, r) => {
    if (codeKey(readText(line[1])) !== codeKey(code) || lines[r][0] === "") return [];
    return [{ kind: "activity" as const, label: `${r + 1}`, basis: String(lines[r][0]), driver: typeof lines[r][1] === "number" ? lines[r][1] : 0, base: typeof price === "number" ? price : undefined, amount: Number(lines[r][2]) || 0 }];
  });
  const [due, afterEnvelope] = [reconciliation[i][3] as number, reconciliation[i][4] as number];
  if (afterEnvelope !== due) parts.push({ kind: "envelope", label: code, basis: String(rule ?? "prorata"), amount: new Money(afterEnvelope).minus(due).toNumber() });
  const places = typeof decimals === "number" ? decimals : 2;
  return { subject: code, ...footed(afterEnvelope, parts, places), figure: afterEnvelope, basis: { price: numberOr(price), volume: numberOr(volume), ceiling: numberOr(ceiling) } };
}

const numberOr = (v: Cell): string | number => (typeof v === "number" ? v : "");

/**
 * A claim line (CLAIMS.SETTLE): billed (quantity × unit price), the base the
 * price rule keeps, the deductible, and the payer's and the patient's shares
 * with the reasons that limited them; payer + patient (+ what another payer
 * covered) is what was billed.
 */
export function traceClaim(args: Parameters<typeof sheet.claimsSettle>, row: number): Trace {
  const settled = sheet.claimsSettle(...args);
  const [billed, base, deductible, payer, patient, reasons] = settled[row - 1] as [number, number, number, number, number, string];
  const claim = (args[0] as Range)[row - 1];
  const others = new Money(billed).minus(payer).minus(patient).toNumber();
  const parts: Omit<TracePart, "shown">[] = [
    { kind: "received", label: "payer", basis: reasons, driver: base, base: deductible, amount: payer },
    ...(others !== 0 ? [{ kind: "received" as const, label: "othersPaid", amount: others }] : []),
    { kind: "given", label: "patient", basis: reasons, amount: patient },
  ];
  return { subject: `${row}`, ...footed(billed, parts), figure: billed, basis: { quantity: numberOr(claim[3]), unitPrice: numberOr(claim[4]), base, deductible, reasons } };
}
