/** Contract reconciliation rules, one table row per rule, and the properties that must hold for any activity. */
import fc from "fast-check";
import { Cell } from "../../src/excel/cells";
import * as sheet from "../../src/excel/sheetFunctions";
import { domainError } from "../support/excel";

const JAN1 = 46023; // 2026-01-01 as an Excel serial number
const contract = [
  ["CS", 1000, 100, null],
  ["ECHO", 3500, 20, 25],
  ["APPEND", 85000, 10, null],
];

describe("CONTRACT.LINES: every activity line gets a status, none is dropped", () => {
  test.each<[string, Cell[], string, number, number]>([
    ["a line at the contract price", [JAN1, "CS", 2, 1000, "P1"], "OK", 2, 2000],
    ["a code typed with spaces and another case", [JAN1, " cs ", 1, 1000, "P1"], "OK", 1, 1000],
    ["billed at another price: accepted at the contract price", [JAN1, "CS", 1, 1500, "P1"], "PRICE_DIFFERS", 1, 1000],
    ["a blank price means the contract price", [JAN1, "CS", 1, null, "P1"], "OK", 1, 1000],
    ["an unknown act", [JAN1, "IRM", 1, 9000, "P1"], "UNKNOWN_CODE", 0, 0],
    ["before the period", [JAN1 - 1, "CS", 1, 1000, "P1"], "OUT_OF_PERIOD", 0, 0],
    ["after the period", [JAN1 + 31, "CS", 1, 1000, "P1"], "OUT_OF_PERIOD", 0, 0],
    ["a date typed as text", ["12/01/2026", "CS", 1, 1000, "P1"], "BAD_DATE", 0, 0],
    ["a quantity typed as text", [JAN1, "CS", "deux", 1000, "P1"], "BAD_QUANTITY", 0, 0],
    ["a negative quantity", [JAN1, "CS", -1, 1000, "P1"], "BAD_QUANTITY", 0, 0],
    ["a price finer than the cent", [JAN1, "CS", 1, 10.005, "P1"], "BAD_PRICE", 0, 0],
  ])("%s", (_, line, status, accepted, due) => {
    expect(sheet.contractLines(contract, [line], JAN1, JAN1 + 30)).toEqual([[status, accepted, due]]);
  });

  test("a duplicated line (same date, act, quantity, price and reference) is listed once as DUPLICATE", () => {
    const line = [JAN1, "CS", 1, 1000, "P1"];
    expect(sheet.contractLines(contract, [line, line, [JAN1, "CS", 1, 1000, "P2"]]).map((r) => r[0])).toEqual(["OK", "DUPLICATE", "OK"]);
  });

  test("a volume ceiling accepts lines in date order, the rest is OVER_CEILING", () => {
    const activity = [[JAN1 + 2, "ECHO", 10, 3500], [JAN1, "ECHO", 10, 3500], [JAN1 + 1, "ECHO", 10, 3500]];
    expect(sheet.contractLines(contract, activity)).toEqual([["OVER_CEILING", 5, 17500], ["OK", 10, 35000], ["OK", 10, 35000]]);
  });
});

describe("CONTRACT.RECONCILE and CONTRACT.BALANCE", () => {
  const activity = [
    [JAN1, "CS", 3, 1000, "A"],
    [JAN1 + 1, "CS", 2, 1200, "B"],
    [JAN1 + 2, "ECHO", 30, 3500, "C"],
    [JAN1 + 3, "APPEND", 1, 85000, "D"],
    [JAN1 + 4, "IRM", 1, 9000, "E"],
  ];

  test("per contract line: realised, accepted, billed, due, volume and price variances", () => {
    expect(sheet.contractReconcile(contract, activity)).toEqual([
      [5, 5, 5400, 5000, 5000, (5 - 100) * 1000, 400, 0],
      [30, 25, 105000, 87500, 87500, (30 - 20) * 3500, 0, 0],
      [1, 1, 85000, 85000, 85000, (1 - 10) * 85000, 0, 0],
    ]);
  });

  test("an envelope caps the total: pro rata to the cent, or by priority in contract order", () => {
    const prorata = sheet.contractReconcile(contract, activity, null, null, 100000).map((r) => r[4] as number);
    expect(prorata.reduce((a, b) => a + b, 0)).toBe(100000);
    expect(prorata).toEqual([2816.9, 49295.78, 47887.32]); // 5,000, 87,500 and 85,000 × 100,000 ÷ 177,500
    const priority = sheet.contractReconcile(contract, activity, null, null, 100000, "priorité").map((r) => r[4]);
    expect(priority).toEqual([5000, 87500, 7500]);
  });

  test("the balance a payer and a provider can both sign", () => {
    const balance = sheet.contractBalance(contract, activity, [[50000], [20000], [null]], null, null, 100000).map((r) => r[0]);
    expect(balance).toEqual([195400, 177500, 100000, 100000, 70000, 30000, 2, 2, 1]);
  });

  test("errors in the contract itself name the cell", () => {
    expect(domainError(() => sheet.contractReconcile([["CS", "mille", 1]], activity)).place).toMatchObject({ argument: "contract", row: 1, column: 2 });
    expect(domainError(() => sheet.contractReconcile([["CS", 1, 1], ["cs", 2, 1]], activity)).code).toBe("duplicate_code");
    expect(domainError(() => sheet.contractReconcile(contract, activity, null, null, 1, "au hasard")).code).toBe("unknown_rule");
  });
});

/** Random activity against the contract: codes known or not, dates over two months, prices at or off the contract price. */
const activityLine = fc.tuple(
  fc.integer({ min: JAN1 - 5, max: JAN1 + 60 }),
  fc.constantFrom("CS", "ECHO", "APPEND", "IRM", " cs"),
  fc.integer({ min: 0, max: 12 }),
  fc.constantFrom(1000, 1200, 3500, 85000, null),
  fc.option(fc.integer({ min: 1, max: 30 }).map(String), { nil: null }),
);
const due = (rows: Cell[][]) => rows.reduce((a, r) => a + ((r[3] as number) || 0), 0);
const noCeiling = contract.map((r) => [r[0], r[1], r[2], null]);

describe("fee-for-service properties", () => {
  test("line order does not change the totals (ceilings included)", () => {
    fc.assert(
      fc.property(fc.array(activityLine, { maxLength: 60 }), fc.infiniteStream(fc.double()), (lines, noise) => {
        const shuffled = lines.map((l) => ({ l, k: noise.next().value })).sort((a, b) => a.k - b.k).map((x) => x.l);
        expect(sheet.contractReconcile(contract, shuffled, JAN1, JAN1 + 58)).toEqual(sheet.contractReconcile(contract, lines, JAN1, JAN1 + 58));
      }),
    );
  });

  test("splitting the period in two and adding gives the same amount due where no ceiling binds", () => {
    fc.assert(
      fc.property(fc.array(activityLine.map(([d, c, q, p]) => [d, c, q, p, null] as Cell[]), { maxLength: 60 }), (lines) => {
        const whole = due(sheet.contractReconcile(noCeiling, lines, JAN1, JAN1 + 58));
        const parts = due(sheet.contractReconcile(noCeiling, lines, JAN1, JAN1 + 30)) + due(sheet.contractReconcile(noCeiling, lines, JAN1 + 31, JAN1 + 58));
        expect(parts).toBe(whole);
      }),
    );
  });

  test("every line is accounted for: accepted + flagged + rejected = non-blank lines", () => {
    fc.assert(
      fc.property(fc.array(activityLine, { maxLength: 60 }), (lines) => {
        const balance = sheet.contractBalance(contract, lines, [[0]], JAN1, JAN1 + 58).map((r) => r[0] as number);
        expect(balance[6] + balance[7] + balance[8]).toBe(lines.length);
      }),
    );
  });
});

describe("CLAIMS.SETTLE: the convention's rules in order", () => {
  const prices = [["CS", 2000, "CONSULT"], ["HOSP", 15000, "HOSP"], ["MED", 500, "PHARMA"]];
  const careTypes = [["CONSULT", 0.8, 200, null, null], ["HOSP", 0.9, 0, 40000, null], ["PHARMA", 0.5, 0, null, null]];
  const members = [["M1", JAN1 - 400, null], ["NEW", JAN1 - 10, null], ["LATE", JAN1 - 400, JAN1 + 5]];
  const settle = (claims: Cell[][], deductible: number | null = null, ceiling: number | null = null) => sheet.claimsSettle(claims, prices, careTypes, members, deductible, ceiling, 30);

  test.each<[string, Cell[], Cell[]]>([
    ["a consultation: 80% minus the flat co-payment", [JAN1, "M1", "CS", 1, 2000], [2000, 2000, 0, 1400, 600, "RATE, COPAY"]],
    ["billed above the convention price: the base is the convention price", [JAN1, "M1", "CS", 1, 3000], [3000, 2000, 0, 1400, 1600, "PRICE, RATE, COPAY"]],
    ["within the waiting period after joining", [JAN1, "NEW", "CS", 1, 2000], [2000, 0, 0, 0, 2000, "WAITING_PERIOD"]],
    ["contributions not paid up to the date of care", [JAN1 + 6, "LATE", "CS", 1, 2000], [2000, 0, 0, 0, 2000, "CONTRIBUTIONS_DUE"]],
    ["an act outside the convention", [JAN1, "M1", "IRM", 1, 9000], [9000, 0, 0, 0, 9000, "UNKNOWN_ACT"]],
    ["an unknown beneficiary", [JAN1, "X9", "CS", 1, 2000], [2000, 0, 0, 0, 2000, "UNKNOWN_MEMBER"]],
  ])("%s", (_, claim, expected) => {
    expect(settle([claim])).toEqual([expected]);
  });

  test("the deductible is consumed first, then co-insurance, then the category and general ceilings", () => {
    const rows = settle([[JAN1, "M1", "HOSP", 2, 15000], [JAN1 + 1, "M1", "HOSP", 2, 15000], [JAN1 + 2, "M1", "MED", 4, 500]], 5000, 45000);
    expect(rows).toEqual([
      [30000, 30000, 5000, 22500, 7500, "DEDUCTIBLE, RATE"],
      [30000, 30000, 0, 17500, 12500, "RATE, CATEGORY_CEILING"],
      [2000, 2000, 0, 1000, 1000, "RATE"],
    ]);
    const rows2 = settle([[JAN1, "M1", "HOSP", 2, 15000], [JAN1 + 2, "M1", "MED", 40, 500]], 0, 30000);
    expect(rows2[1]).toEqual([20000, 20000, 0, 3000, 17000, "RATE, GENERAL_CEILING"]);
  });

  const claimLine = fc.tuple(fc.integer({ min: JAN1, max: JAN1 + 90 }), fc.constantFrom("M1", "NEW", "LATE", "X9"), fc.constantFrom("CS", "HOSP", "MED", "IRM"), fc.integer({ min: 0, max: 5 }), fc.option(fc.constantFrom(400, 500, 2000, 2500, 15000), { nil: null }));

  test("the payer never pays more than was billed, and payer + patient = billed", () => {
    fc.assert(
      fc.property(fc.array(claimLine, { maxLength: 50 }), fc.option(fc.integer({ min: 0, max: 20000 }), { nil: null }), fc.option(fc.integer({ min: 0, max: 100000 }), { nil: null }), (claims, deductible, ceiling) => {
        for (const [billed, , , payer, patient] of settle(claims, deductible, ceiling) as number[][]) {
          expect(payer).toBeLessThanOrEqual(billed);
          expect(payer).toBeGreaterThanOrEqual(0);
          expect(Math.round((payer + patient) * 100)).toBe(Math.round(billed * 100));
        }
      }),
    );
  });

  test("without deductible or ceilings, line order and splitting the period do not change the total paid", () => {
    const total = (rows: Cell[][]) => Math.round(rows.reduce((a, r) => a + ((r[3] as number) || 0), 0) * 100);
    const uncapped = careTypes.map(([code, rate, copay]) => [code, rate, copay, null, null]);
    fc.assert(
      fc.property(fc.array(claimLine, { maxLength: 50 }), (claims) => {
        const run = (lines: Cell[][], from: number, to: number) => total(sheet.claimsSettle(lines, prices, uncapped, members, null, null, 30, from, to));
        const whole = run(claims, JAN1, JAN1 + 90);
        expect(run([...claims].reverse(), JAN1, JAN1 + 90)).toBe(whole);
        const split = run(claims, JAN1, JAN1 + 45) + run(claims, JAN1 + 46, JAN1 + 90);
        expect(split).toBe(whole);
      }),
    );
  });
});

describe("PBF.PAYMENT: quality bands and equity bonus", () => {
  const lines = [["CSI-A", "ANC", 100, 98, 98, 500], ["CSI-B", "ANC", 100, 90, 90, 500], ["CSI-C", "ANC", 50, 50, null, 500]];
  const scores = [["CSI-A", 0.85], ["CSI-B", 0.9], ["CSI-C", 0.4]];
  const bands = [[0.8, 0.3], [0, -0.1], [0.5, 0]];

  test("each factor visible: gap, quantity, amount, score, bonus, equity, payment", () => {
    const rows = sheet.pbfPayment(lines, 0.05, scores, bands, [["CSI-C", 0.2]]) as number[][];
    expect(rows.map((r) => r[0])).toEqual([2 / 98, 10 / 90, 0].map((g) => expect.closeTo(g, 12)));
    expect(rows.map((r) => r.slice(1))).toEqual([
      [98, 49000, 0.85, 0.3, 0, 63700],
      [0, 0, 0.9, 0.3, 0, 0],
      [50, 25000, 0.4, -0.1, 0.2, 27500],
    ]);
  });
});

describe("TWINNING: services valued at the provider's unit cost, netted both ways", () => {
  const costs = [[null, "CHU", "EPH"], ["MISSION", 15000, null], ["SCAN", 4000, 5200], ["BIO", 120, 150]];
  const services = [[JAN1 + 3, "CHU", "EPH", "MISSION", 4], [JAN1 + 10, "EPH", "CHU", "BIO", 200], [JAN1 + 40, "CHU", "EPH", "SCAN", 10], [JAN1 + 41, "EPH", "CHU", "SCAN", 2]];

  test("value = quantity × the PROVIDER's cost per unit", () => {
    expect(sheet.twinningValue(services, costs)).toEqual([[15000, 60000], [150, 30000], [4000, 40000], [5200, 10400]]);
  });

  test("one settlement per period", () => {
    expect(sheet.twinningSettle(services, costs, "CHU", "EPH", [[JAN1], [JAN1 + 31]])).toEqual([[JAN1, 60000, 30000, 30000], [JAN1 + 31, 40000, 10400, 29600]]);
  });

  test("a service the provider has no unit cost for is an error naming it", () => {
    expect(domainError(() => sheet.twinningValue([[JAN1, "EPH", "CHU", "MISSION", 1]], costs))).toMatchObject({ code: "missing_unit_cost", place: { row: 1 } });
  });
});

describe("tables left blank in a template are empty, not errors", () => {
  test("PBF without quality scores or equity yet", () => {
    const lines = [["CSI-A", "ANC", 100, 100, 100, 500]];
    expect(sheet.pbfPayment(lines, 0.05, [[null, null], [null, null]], [[null, null]], [[null, null], [null, null]])).toEqual([[0, 100, 50000, "", 0, 0, 50000]]);
  });

  test("claims with no claim lines yet give blank rows", () => {
    expect(sheet.claimsSettle([[null, null, null, null, null]], [[null, null, null]], [[null, null, null, null, null]], [[null, null, null]])).toEqual([["", "", "", "", "", ""]]);
  });

  test("a rejected claim leaves the patient what another payer did not cover", () => {
    const rows = sheet.claimsSettle([[JAN1, "X9", "CS", 1, 2000]], [["CS", 2000, "C"]], [["C", 0.8, 0, null, null]], [[null, null, null]], null, null, null, null, null, [[500]]);
    expect(rows).toEqual([[2000, 0, 0, 0, 1500, "UNKNOWN_MEMBER"]]);
  });

  test("twinning unit costs with spare blank rows", () => {
    const costs = [[null, "CHU", "EPH"], ["SCAN", 4000, 5200], [null, null, null]];
    expect(sheet.twinningValue([[JAN1, "CHU", "EPH", "SCAN", 2]], costs)).toEqual([[4000, 8000]]);
  });
});
