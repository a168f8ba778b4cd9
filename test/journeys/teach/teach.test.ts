import type { Method } from "../../../src/engine/allocation";
import { Money, sumNumbers } from "../../../src/engine/money";
import type { Range } from "../../../src/excel/cells";
import * as sheet from "../../../src/excel/sheetFunctions";
import { centreCells, CostCentreCells, readCostCentreCase } from "../../../src/journeys/teach/costCentreCase";
import { traceAct, traceCentre, traceClaim, traceContractLine } from "../../../src/journeys/teach/trace";
import { walkAllocation } from "../../../src/journeys/teach/walkthrough";
import { classicScenarios, whatIf } from "../../../src/journeys/teach/whatIf";
import { traceTable, walkText, whatIfTable } from "../../../src/journeys/teach/words";
import { CONTRACTS_SAMPLE, contractsTemplate } from "../../../src/workbook/contracts";
import { costCentreInputsOf, costCentreTemplate } from "../../../src/workbook/costCentres";
import { evaluatePlan, isErrorValue } from "../../../src/workbook/evaluate";
import type { RangeRef } from "../../../src/workbook/plan";
import reciprocalCase from "../../fixtures/cases/fr-sections-homogenes-prestations-reciproques.json";
import stepCase from "../../fixtures/cases/horngren-phoenix-stepdown-as-first.json";
import claimCase from "../../fixtures/cases/claim-coverage-rate-ceiling-consultation.json";

/** Trace, walk-through and what-if against the engine's own results: ALLOCATE, ALLOCATION.FLOWS, PRIMARY, ACTCOST, the contract functions. */

const plan = costCentreTemplate("fr", { sample: true });
const evaluation = evaluatePlan(plan);
const read = (ref: RangeRef): Range => evaluation.read(ref.sheet!, ref.ref).map((row) => row.map((v) => (isErrorValue(v) ? v.error : v)));
const inputs = costCentreInputsOf(plan);
const expenses = plan.sheets.find((s) => s.key === "expenses")!;
const sampleCells = (method: Method): CostCentreCells => ({
  centres: read(inputs.centres),
  labels: read(inputs.labels!),
  units: read(inputs.units),
  amounts: read(inputs.amounts),
  keyNames: read(inputs.keyNames),
  keyTable: read(inputs.keyTable),
  secondaryKeys: read(inputs.secondaryKeys),
  lineLabels: evaluation.read(expenses.name, `A2:B${expenses.tables[0].rows.length + 1}`) as Range,
  method,
});
const compactColumn = (cells: CostCentreCells, column: Range) => column.filter((_, i) => cells.centres[i][0] !== null && cells.centres[i][0] !== "").map((r) => r[0]);
const METHODS: Method[] = ["direct", "step", "reciprocal"];

/** The cells of a published case as the engine's cost-centre inputs: one expense line per centre, spread by a key naming only that centre. */
function caseCells(support: string[], operating: string[], costs: Record<string, number>, shares: Record<string, Record<string, number>>, method: Method, order?: string[]): CostCentreCells {
  const centres = [...support, ...operating];
  return {
    centres: centres.map((c) => [c]),
    amounts: centres.map((c) => [costs[c] ?? 0]),
    keyNames: centres.map((c) => [c]),
    keyTable: [[null, ...centres], ...centres.map((c) => [c, ...centres.map((d) => (d === c ? 1 : null))])],
    secondaryKeys: [[null, ...centres], ...support.map((s) => [s, ...centres.map((c) => shares[s][c] ?? null)])],
    method,
    order: order?.map((code) => [code]),
  };
}

describe("trace a centre", () => {
  it.each(METHODS)("every centre under the %s method: the parts are the engine's, and add up to the figure shown", (method) => {
    const cells = sampleCells(method);
    const c = readCostCentreCase(cells);
    const allocated = compactColumn(cells, sheet.allocate(cells.centres, sheet.primary(cells.centres, cells.amounts, cells.keyNames, cells.keyTable), cells.secondaryKeys, method));
    const primary = compactColumn(cells, sheet.primary(cells.centres, cells.amounts, cells.keyNames, cells.keyTable));
    const flows = sheet.allocationFlows(cells.centres, sheet.primary(cells.centres, cells.amounts, cells.keyNames, cells.keyTable), cells.secondaryKeys, method);
    for (const [j, code] of c.codes.entries()) {
      const trace = traceCentre(c, code);
      expect(trace.figure).toBe(allocated[j]);
      const shown = (kinds: string[]) => sumNumbers(trace.parts.filter((p) => kinds.includes(p.kind)).map((p) => p.shown));
      const primaryPart = trace.parts.find((p) => p.kind === "primary")!;
      expect(primaryPart.amount).toBe(primary[j]);
      expect(shown(["expense"]).toNumber()).toBe(primaryPart.shown);
      expect(shown(["primary", "received", "given"]).toNumber()).toBe(trace.shown);
      expect(trace.shown).toBe(new Money(Number((allocated[j] as number).toPrecision(15))).toDecimalPlaces(2).toNumber());
      expect(sumNumbers(trace.parts.filter((p) => p.kind === "expense").map((p) => p.amount)).minus(primary[j] as number).abs().toNumber()).toBeLessThan(1e-6);
      for (const part of trace.parts.filter((p) => p.kind === "received")) {
        const i = c.support.indexOf(c.codes.indexOf(part.label));
        expect(part.amount).toBe(flows[i][c.rows[j] - 1]);
        expect(part.amount).toBeCloseTo(((c.allocation.outgoing[i] * part.driver!) / part.base!) as number, 6);
      }
    }
  });

  it("shows a support centre passing on all it holds, with its key lines and units", () => {
    const cells = sampleCells("step");
    const trace = traceCentre(readCostCentreCase(cells), "LING");
    expect(trace.figure).toBe(0);
    expect(trace.parts.filter((p) => p.kind === "given")).toHaveLength(1);
    const table = traceTable(trace, "fr");
    expect(table[0]).toEqual(["Élément", "Base", "Inducteur / quantité", "Sur / prix", "Montant"]);
    expect(table.find((row) => row[0] === "Total")).toEqual(["Total", "", null, null, 0]);
    expect(table.find((row) => row[0] === "Ordre de clôture")?.[1]).toBe("ADM, LING, REST, PHAR, MAINT, HYG, TRANS, DIM, STER");
    const labo = traceTable(traceCentre(readCostCentreCase(cells), "LABO"), "en");
    expect(labo[1][0]).toBe("Expense 60130 — Réactifs et produits de laboratoire");
    expect(labo.find((row) => row[0] === "Units of work LABO")?.[2]).toBe(2_450_000);
  });

  it("traces the published step-down case: IS passes on 2,550,000, AS's share included", () => {
    const i = stepCase.inputs;
    const c = readCostCentreCase(caseCells(i.support_centres, i.operating_centres, i.direct_costs, i.allocation_shares, "step", i.order));
    const is = traceCentre(c, "IS");
    expect(is.parts.find((p) => p.kind === "given")!.amount).toBe(-stepCase.expected.intermediate.IS_total_before_allocation);
    expect(traceCentre(c, "GOVT").shown).toBe(stepCase.expected.allocated_to.GOVT);
  });
});

describe("trace an act, a contract line, a claim", () => {
  it("an act: units × cost per unit in each centre, plus its consumables", () => {
    const trace = traceAct([["BLOC"], ["LABO"]], [[10], [2.5]], [[null, "BLOC", "LABO"], ["ACTE72", 72, 4], ["AUTRE", 1, null]], [[15.5], [0]], "acte72");
    expect(trace.parts.map((p) => [p.kind, p.label, p.driver, p.base, p.shown])).toEqual([["units", "BLOC", 72, 10, 720], ["units", "LABO", 4, 2.5, 10], ["direct", "acte72", undefined, undefined, 15.5]]);
    expect(trace.figure).toBe(sheet.actCost([["BLOC"], ["LABO"]], [[10], [2.5]], [[null, "BLOC", "LABO"], ["ACTE72", 72, 4], ["AUTRE", 1, null]], [[15.5], [0]])[0][0]);
    expect(trace.shown).toBe(745.5);
  });

  it("every contract line of the CNAS sample: its activity lines, in minor units, add up to what is due after the envelope", () => {
    const contracts = contractsTemplate("en", { sample: true });
    const book = evaluatePlan(contracts);
    const reconcile = contracts.sheets.flatMap((s) => s.formulas.map((f) => ({ s, f }))).find(({ f }) => f.expr.kind === "call" && f.expr.fn === "CONTRACT.RECONCILE")!;
    const args = (reconcile.f.expr as { args: RangeRef[] }).args.map((a) => book.evaluate(reconcile.s.name, a) as Range);
    const [contract, activity, start, end, envelope, rule] = args;
    const terms = { periodStart: start[0][0], periodEnd: end[0][0], envelope: envelope[0][0], rule: rule[0][0] };
    const due = sheet.contractReconcile(contract, activity, terms.periodStart, terms.periodEnd, terms.envelope, terms.rule);
    for (const [i, line] of CONTRACTS_SAMPLE.feeForService.lines.entries()) {
      const trace = traceContractLine(contract, activity, line.code, terms);
      expect(trace.figure).toBe(due[i][4]);
      expect(sumNumbers(trace.parts.map((p) => p.shown)).toNumber()).toBe(trace.shown);
      expect(sumNumbers(trace.parts.filter((p) => p.kind === "activity").map((p) => p.amount)).toNumber()).toBe(due[i][3]);
    }
  });

  it("the published claim: the payer's share and the patient's add up to what was billed", () => {
    const i = claimCase.inputs;
    const trace = traceClaim([[[46000, "M1", "CONSULT", 1, i.billed]], [["CONSULT", i.reference_tariff, "C"]], [["C", i.primary_payer_rate, i.flat_patient_contribution, null, 1]], [["M1", null, null]]], 1);
    expect(trace.parts.map((p) => [p.label, p.shown])).toEqual([["payer", claimCase.expected.primary_payer], ["patient", i.billed - claimCase.expected.primary_payer]]);
    expect(trace.shown).toBe(i.billed);
    expect(traceTable(trace, "en")[1][1]).toBe("billed above the convention price: the base is the capped price; coverage rate of the care type (co-insurance); flat co-payment per act paid by the patient");
  });
});

describe("walk through an allocation", () => {
  it.each(["step", "direct"] as const)("%s: one step per support centre, each against the engine's flows, the last equal to ALLOCATE to the last bit", (method) => {
    const cells = sampleCells(method);
    const c = readCostCentreCase(cells);
    const walk = walkAllocation(c);
    expect(walk.steps.map((s) => s.kind)).toEqual(["start", ...c.support.map(() => (method === "step" ? "close" : "give")), "closed"]);
    const flows = sheet.allocationFlows(cells.centres, sheet.primary(cells.centres, cells.amounts, cells.keyNames, cells.keyTable), cells.secondaryKeys, method);
    walk.steps.slice(1, -1).forEach((step, k) => {
      const before = walk.steps[k].amounts;
      const i = method === "step" ? c.order[k] : k;
      expect(step.centre).toBe(c.support[i]);
      expect(step.amounts[c.support[i]]).toBe(0);
      expect(step.params.amount).toBeCloseTo(sumNumbers(flows[i].filter((v): v is number => typeof v === "number")).toNumber(), 6);
      for (const [j, v] of step.amounts.entries()) if (j !== c.support[i]) expect(v).toBeCloseTo(before[j] + ((flows[i][c.rows[j] - 1] as number) || 0), 6);
      expect(step.moved).toEqual(step.amounts.flatMap((v, j) => (v !== before[j] ? [j] : [])));
    });
    for (const step of walk.steps) expect(step.check).toBe(0);
    const allocated = compactColumn(cells, sheet.allocate(cells.centres, sheet.primary(cells.centres, cells.amounts, cells.keyNames, cells.keyTable), cells.secondaryKeys, method));
    const last = walk.steps[walk.steps.length - 1];
    last.amounts.forEach((v, j) => expect(Object.is(v, allocated[j])).toBe(true));
    expect(last.pending).toBe(0);
    expect(last.params.difference).toBe(0);
  });

  it("reciprocal: successive passes converge to the exact solution, which the last step gives exactly", () => {
    const i = reciprocalCase.inputs;
    const cells = caseCells(i.support_centres, i.operating_centres, i.primary_distribution, i.allocation_shares, "reciprocal");
    const walk = walkAllocation(readCostCentreCase(cells));
    const passes = walk.steps.filter((s) => s.kind === "pass");
    expect(passes.length).toBeGreaterThan(2);
    for (let k = 1; k < passes.length; k++) expect(passes[k].params.gap).toBeLessThan(passes[k - 1].params.gap as number);
    expect(passes[passes.length - 1].pending).toBeLessThan(0.005);
    for (const step of walk.steps) expect(step.check).toBe(0);
    const exact = walk.steps.find((s) => s.kind === "exact")!;
    expect(exact.params.totals).toBe(`Energie ${reciprocalCase.expected.reciprocated_totals.Energie.toFixed(2)}, Entretien ${reciprocalCase.expected.reciprocated_totals.Entretien.toFixed(2)}`);
    const allocated = sheet.allocate(cells.centres, cells.amounts, cells.secondaryKeys, "reciprocal").map((r) => r[0]);
    exact.amounts.forEach((v, j) => expect(Object.is(v, allocated[j])).toBe(true));
    expect(walkText(walk, exact, "en")).toBe(`After ${passes.length} pass(es), the exact solution of the system (I − Sᵀ) T = D: reciprocated totals Energie 736.18, Entretien 723.62. This is what the function gives.`);
  });

  it("explains every kind of step in French and English, and names the cells that move", () => {
    for (const method of METHODS) {
      const c = readCostCentreCase(sampleCells(method));
      const walk = walkAllocation(c);
      for (const step of walk.steps) for (const lang of ["fr", "en"] as const) expect(walkText(walk, step, lang)).not.toMatch(/undefined|NaN/);
    }
    const c = readCostCentreCase(sampleCells("step"));
    const first = walkAllocation(c).steps[1];
    expect(walkText(walkAllocation(c), first, "fr")).toMatch(/^On clôture « ADM » : son coût propre .* répartis par sa clé sur les 29 centres encore ouverts\. Il ne recevra plus rien\.$/);
    expect(centreCells(c, first.moved.slice(0, 2), { kind: "range", sheet: "Résultats", ref: "E8:E37" })).toEqual([{ kind: "range", sheet: "Résultats", ref: "E8" }, { kind: "range", sheet: "Résultats", ref: "E9" }]);
  });
});

describe("what if", () => {
  it("compares the three methods and another closing order, each ALLOCATE itself, with the differences by centre", () => {
    const cells = sampleCells("step");
    const scenarios = classicScenarios(cells);
    const w = whatIf(cells, scenarios);
    const primary = sheet.primary(cells.centres, cells.amounts, cells.keyNames, cells.keyTable);
    const total = sumNumbers(compactColumn(cells, primary) as number[]);
    w.scenarios.forEach((s, k) => {
      const order = s.scenario.order?.map((code) => [code]) ?? null;
      expect(s.results).toEqual(compactColumn(cells, sheet.allocate(cells.centres, primary, cells.secondaryKeys, s.scenario.method, order)));
      expect(sumNumbers(s.results).minus(total).abs().toNumber()).toBeLessThan(1e-6);
      s.results.forEach((v, j) => expect(w.differences[k][j]).toBe(new Money(v).minus(w.scenarios[0].results[j]).toNumber()));
    });
    expect(w.differences[0].every((d) => d === 0)).toBe(true);
    const table = whatIfTable(w, "fr");
    expect(table[0]).toEqual(["Centre", "Libellé", "Méthode directe", "Méthode en cascade", "Méthode réciproque", "Méthode en cascade, ordre STER, DIM, TRANS, HYG, MAINT, PHAR, REST, LING, ADM", "Écart : Méthode en cascade", "Écart : Méthode réciproque", "Écart : Méthode en cascade, ordre STER, DIM, TRANS, HYG, MAINT, PHAR, REST, LING, ADM"]);
    expect(table).toHaveLength(31);
  });

  it("switches a support centre to main and a main centre to support", () => {
    const cells = sampleCells("step");
    const w = whatIf(cells, [{ method: "step" }, { method: "step", toMain: ["PHAR"], toSupport: [{ code: "CONS", drivers: { URG: 1, MED: 1 } }] }]);
    const c = readCostCentreCase(cells);
    const [phar, cons] = [c.codes.indexOf("PHAR"), c.codes.indexOf("CONS")];
    expect(w.scenarios[0].results[phar]).toBe(0);
    expect(w.scenarios[1].results[phar]).toBeGreaterThan(c.primary[phar]);
    expect(w.scenarios[1].results[cons]).toBe(0);
    expect(sumNumbers(w.scenarios[1].results).minus(sumNumbers(w.scenarios[0].results)).abs().toNumber()).toBeLessThan(1e-6);
    expect(whatIfTable(w, "en")[0][3]).toBe("Step-down method, PHAR as main, CONS as support");
  });

  it("the published case: direct against step-down, AS first", () => {
    const i = stepCase.inputs;
    const cells = caseCells(i.support_centres, i.operating_centres, i.direct_costs, i.allocation_shares, "step", i.order);
    const w = whatIf(cells, [{ method: "direct" }, { method: "step", order: i.order }]);
    expect(w.scenarios.map((s) => s.results[2])).toEqual([1_120_000, 1_090_000]);
    expect(w.differences[1].slice(2).map((d) => Math.round(d))).toEqual([-30_000, 30_000]);
  });
});
