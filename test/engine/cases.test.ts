/**
 * Published worked cases (test/fixtures/cases, copied with their sources from
 * the project's shared references), reproduced through the custom functions
 * exactly as Excel calls them: 2-D arrays in, 2-D arrays out.
 */
import * as fn from "../../functions/functions";
import directCase from "../fixtures/cases/horngren-phoenix-direct.json";
import stepCase from "../fixtures/cases/horngren-phoenix-stepdown-as-first.json";
import reciprocalCase from "../fixtures/cases/fr-sections-homogenes-prestations-reciproques.json";
import letterCase from "../fixtures/cases/icr-letter-key-cost-per-act.json";
import loanCase from "../fixtures/cases/loan-constant-annuity-20000-5pct-4y.json";
import claimCase from "../fixtures/cases/claim-coverage-rate-ceiling-consultation.json";
import pbfCase from "../fixtures/cases/pbf-verification-discrepancy-rule.json";
import { col, flat } from "../support/excel";

type Shares = Record<string, Record<string, number>>;

/** Builds the Excel arguments of ALLOCATE from a case: centres, costs and a labelled key range of shares. */
function allocationArgs(support: string[], operating: string[], costs: Record<string, number>, shares: Shares) {
  const centres = [...support, ...operating];
  const keys = [[null, ...centres], ...support.map((s) => [s, ...centres.map((c) => shares[s][c] ?? null)])];
  return { centres: col(...centres), costs: col(...centres.map((c) => costs[c] ?? 0)), keys, names: centres };
}

const byName = (names: string[], values: unknown[]) => Object.fromEntries(names.map((n, i) => [n, values[i]]));

describe("Horngren, Phoenix Partners (support departments)", () => {
  const i = directCase.inputs;
  const args = allocationArgs(i.support_centres, i.operating_centres, i.direct_costs, i.allocation_shares as Shares);

  test("direct method", () => {
    const result = byName(args.names, flat(fn.allocate(args.centres, args.costs, args.keys, "direct", null as never, null)));
    expect(result.GOVT).toBeCloseTo(directCase.expected.allocated_to.GOVT, 6);
    expect(result.CORP).toBeCloseTo(directCase.expected.allocated_to.CORP, 6);
    expect(result.AS).toBe(0);
    expect(result.IS).toBe(0);
  });

  test("step-down, AS first: a closed centre never receives again", () => {
    const order = col(...stepCase.inputs.order);
    const result = byName(args.names, flat(fn.allocate(args.centres, args.costs, args.keys, "step", order, 0)));
    expect(result).toMatchObject(stepCase.expected.allocated_to);
    const flows = fn.allocationFlows(args.centres, args.costs, args.keys, "cascade", order, null);
    const isRow = flows[1] as number[];
    expect(isRow.reduce((a, b) => a + b, 0)).toBeCloseTo(stepCase.expected.intermediate.IS_total_before_allocation, 6);
    expect(isRow[0]).toBe(0); // IS sends nothing back to AS, already closed
  });
});

describe("Sections homogènes with prestations réciproques (Energie ↔ Entretien)", () => {
  const i = reciprocalCase.inputs;
  const args = allocationArgs(i.support_centres, i.operating_centres, i.primary_distribution, i.allocation_shares as Shares);

  test("main centres after distribution, 2 decimals, total conserved", () => {
    const result = flat(fn.allocate(args.centres, args.costs, args.keys, "réciproque", null as never, 2)) as number[];
    expect(byName(args.names, result)).toMatchObject({ ...reciprocalCase.expected.secondary_distribution, Energie: 0, Entretien: 0 });
    expect(result.reduce((a, b) => a + b, 0)).toBeCloseTo(i.total_indirect_charges, 9);
  });

  test("reciprocated totals and the cessions between support centres", () => {
    const flows = fn.allocationFlows(args.centres, args.costs, args.keys, "reciprocal", null as never, 2) as number[][];
    const [energie, entretien] = flows;
    expect(energie.reduce((a, b) => a + b, 0)).toBeCloseTo(reciprocalCase.expected.reciprocated_totals.Energie, 9);
    expect(entretien.reduce((a, b) => a + b, 0)).toBeCloseTo(reciprocalCase.expected.reciprocated_totals.Entretien, 9);
    expect(energie[1]).toBe(reciprocalCase.expected.cessions["Energie->Entretien"]);
    expect(entretien[0]).toBe(reciprocalCase.expected.cessions["Entretien->Energie"]);
  });
});

describe("ICR: cost per letter-key point and cost of an act", () => {
  const i = letterCase.inputs;

  test("cost per point of the theatre's letter, then the act of 72 points", () => {
    // 500,000 points produced: e.g. 10,000 acts at K50.
    const perPoint = fn.keyCost(col("K"), col(i.total_cost_of_section), col("K"), col(50), col(i.total_points_produced / 50), null);
    expect(perPoint).toEqual([[letterCase.expected.cost_per_point]]);
    const consumption = [[null, "BLOC"], ["ACTE72", i.act_points]];
    const act = fn.actCost(col("BLOC"), perPoint, consumption, null as never, null);
    expect(act).toEqual([[letterCase.expected.cost_of_act]]);
  });
});

describe("Loan schedule, constant annuity (20,000 at 5% over 4 years)", () => {
  test("rows rounded to the cent, the last row's interest absorbs the difference", () => {
    const i = loanCase.inputs;
    const rows = fn.loanSchedule(i.principal, i.annual_rate, i.periods, null, null, i.payments_per_year, null);
    expect(rows).toEqual(loanCase.expected.schedule.map((r) => [r.period, r.opening, r.interest, r.principal, r.payment, r.closing]));
    expect(rows.every((r) => r[4] === loanCase.expected.annuity)).toBe(true);
  });

  test("the same through the French method words and explicit defaults", () => {
    const i = loanCase.inputs;
    expect(fn.loanSchedule([[i.principal]], [[i.annual_rate]], [[i.periods]], "annuités constantes", 0, 1, 2)).toEqual(fn.loanSchedule(i.principal, i.annual_rate, i.periods));
  });
});

describe("Claim settlement: statutory 70% of the tariff minus a flat fee, complementary capped at 200% of the tariff", () => {
  const i = claimCase.inputs;
  const claim = [[46000, "M1", "CONSULT", 1, i.billed]];
  const prices = [["CONSULT", i.reference_tariff, "C"]];
  const members = [["M1", null, null]];

  test("each payer's share and what the patient pays", () => {
    const [primary] = fn.claimsSettle(claim, prices, [["C", i.primary_payer_rate, i.flat_patient_contribution, null, 1]], members) as (number | string)[][];
    expect(primary[3]).toBe(claimCase.expected.primary_payer);
    // Ticket modérateur: the tariff the primary payer does not cover, flat fee aside.
    expect(Math.round(((primary[1] as number) - (primary[3] as number) - i.flat_patient_contribution) * 100) / 100).toBe(claimCase.expected.ticket_moderateur);
    // The complementary tops up to 200% of the tariff; the primary's flat fee is not refundable, so it counts as already covered.
    const alreadyCovered = (primary[3] as number) + i.flat_patient_contribution;
    const [complementary] = fn.claimsSettle(claim, prices, [["C", 1, 0, null, i.complementary_ceiling_pct_of_tariff]], members, null, null, null, null, null, [[alreadyCovered]]) as (number | string)[][];
    expect(complementary[3]).toBe(claimCase.expected.complementary_payer);
    expect(Math.round((i.billed - (primary[3] as number) - (complementary[3] as number)) * 100) / 100).toBe(claimCase.expected.patient_remainder);
    expect(primary[5]).toBe("PRICE, RATE, COPAY");
  });
});

describe("PBF quantity: a declared-verified gap above 5% pays nothing", () => {
  test("gap, quantity paid and the total, as the orbf rules engine computes them", () => {
    const a = pbfCase.inputs.activities;
    const lines = [
      ["FOSA", "act1", a.act1.claimed, a.act1.verified, a.act1.validated, a.act1.tarif],
      ["FOSA", "act2", a.act2.claimed, a.act2.verified, a.act2.validated, a.act2.tarif],
    ];
    const rows = fn.pbfPayment(lines, 0.05) as number[][];
    expect(rows[0][0] * 100).toBeCloseTo(pbfCase.expected["act1.difference_percentage"], 3);
    expect(rows[0][1]).toBe(pbfCase.expected["act1.amount"]);
    expect(rows[1][0]).toBe(pbfCase.expected["act2.difference_percentage"]);
    expect(rows[1][1]).toBe(pbfCase.expected["act2.amount"]);
    expect(rows[0][1] + rows[1][1]).toBe(pbfCase.expected.quantity_total);
  });
});
