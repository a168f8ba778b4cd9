import type { Method } from "../../engine/allocation";
import { Money } from "../../engine/money";
import { Cell, codeKey, Range, readText } from "../../excel/cells";
import * as sheet from "../../excel/sheetFunctions";
import { CostCentreCells, readCostCentreCase } from "./costCentreCase";

/**
 * What if: the same keys under another method, another step-down order, or
 * with a centre switched between support and main, side by side with the
 * differences by centre. Each scenario is ALLOCATE itself on the same cells,
 * the secondary keys changed only as the scenario says: a support centre
 * made main loses its key row (it keeps its cost and what it receives); a
 * main centre made support gets the key row the scenario gives it.
 */

export interface Scenario {
  method: Method;
  /** Step-down: the support centres in closing order (codes); default the key rows' order. */
  order?: string[];
  /** Support centres treated as main centres. */
  toMain?: string[];
  /** Main centres treated as support centres, with their key: driver per centre code. */
  toSupport?: { code: string; drivers: Record<string, number> }[];
}

export interface ScenarioResult {
  scenario: Scenario;
  /** Each centre's cost after secondary distribution, and its cost per unit where it has units. */
  results: number[];
  unitCosts: (number | null)[];
}

export interface WhatIf {
  codes: string[];
  labels: string[];
  scenarios: ScenarioResult[];
  /** differences[k][j]: scenario k minus the first scenario, for centre j (exact in decimal). */
  differences: number[][];
}

/** The three methods on the same keys, then step-down in the reverse order: the classic comparison. */
export function classicScenarios(cells: CostCentreCells): Scenario[] {
  const c = readCostCentreCase(cells);
  const reversed = [...c.order].reverse().map((i) => c.codes[c.support[i]]);
  return [{ method: "direct" }, { method: "step" }, { method: "reciprocal" }, { method: "step", order: reversed }];
}

export function whatIf(cells: CostCentreCells, scenarios: readonly Scenario[]): WhatIf {
  const base = readCostCentreCase(cells);
  const primary = sheet.primary(cells.centres, cells.amounts, cells.keyNames, cells.keyTable);
  const results = scenarios.map((scenario): ScenarioResult => {
    const keys = scenarioKeys(cells.secondaryKeys, scenario);
    const order = scenario.order ? scenario.order.map((code): Cell[] => [code]) : null;
    const column = sheet.allocate(cells.centres, primary, keys, scenario.method, order ?? null);
    const values = base.rows.map((row) => column[row - 1][0] as number);
    return { scenario, results: values, unitCosts: values.map((v, j) => (typeof base.units?.[j] === "number" && base.units[j] !== 0 ? v / base.units[j]! : null)) };
  });
  const differences = results.map((r) => r.results.map((v, j) => new Money(v).minus(results[0].results[j]).toNumber()));
  return { codes: base.codes, labels: base.labels, scenarios: results, differences };
}

/** The secondary keys as the scenario has them: rows of centres made main removed, rows of centres made support added. */
function scenarioKeys(keys: Range, scenario: Scenario): Range {
  const header = keys[0];
  const main = new Set((scenario.toMain ?? []).map(codeKey));
  const kept = keys.filter((row, r) => r === 0 || !main.has(codeKey(readText(row[0]))));
  const added = (scenario.toSupport ?? []).map((s): Cell[] => {
    const drivers = new Map(Object.entries(s.drivers).map(([code, d]) => [codeKey(code), d]));
    return [s.code, ...header.slice(1).map((code) => drivers.get(codeKey(readText(code))) ?? null)];
  });
  return [...kept, ...added];
}
