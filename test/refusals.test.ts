/**
 * The table of refusals: every class of bad input, for every function it
 * applies to, one row each (function, argument, bad value, the error's code
 * and place). Each row starts from the function's first reference example
 * (which computes) and changes one argument or one cell of it.
 */
import type { Cell } from "../src/engine/cell";
import type { ErrorCode, Place } from "../src/engine/errors";
import { CATALOG, findFunction, FunctionSpec } from "../src/excel/catalog";
import type { Arg } from "../src/excel/params";
import { domainError } from "./support/excel";

type Change = (args: Arg[], spec: FunctionSpec) => void;
type Row = [fn: string, argument: string, bad: string, change: Change, code: ErrorCode, place: Place];

const indexOf = (spec: FunctionSpec, id: string) => {
  const i = spec.params.findIndex((p) => p.id === id);
  if (i < 0) throw new Error(`${spec.id} has no parameter ${id}`);
  return i;
};
/** The argument `id` replaced by `value`. */
const set = (id: string, value: Arg): Change => (args, spec) => void (args[indexOf(spec, id)] = value);
/** One cell of the range `id` (1-based) replaced by `value`. */
const cell = (id: string, row: number, column: number, value: Cell): Change => (args, spec) => void ((args[indexOf(spec, id)] as Cell[][])[row - 1][column - 1] = value);
/** The range `id` cut to its first `columns` columns. */
const columns = (id: string, count: number): Change => (args, spec) => void (args[indexOf(spec, id)] = (args[indexOf(spec, id)] as Cell[][]).map((r) => r.slice(0, count)));
const both = (...changes: Change[]): Change => (args, spec) => changes.forEach((c) => c(args, spec));

/** The function's first example that computes, with every argument present (null where omitted) and copied. */
function baseArgs(spec: FunctionSpec): Arg[] {
  const example = spec.examples.find((e) => "result" in e)!;
  return spec.params.map((_, i) => {
    const arg = example.args[i] ?? null;
    return Array.isArray(arg) ? arg.map((r) => r.slice()) : arg;
  });
}

const HUGE = 9.99e307;
const JAN1 = 46023;
const CONTRACT_FUNCTIONS = ["CONTRACT.RECONCILE", "CONTRACT.LINES", "CONTRACT.BALANCE"];
const withParam = (id: string) => CATALOG.filter((s) => s.params.some((p) => p.id === id)).map((s) => s.id);

const rows: Row[] = [
  // A swallowed error: an amount already paid by another payer that is not a number names its cell.
  ["CLAIMS.SETTLE", "othersPaid", '"n/a"', set("othersPaid", [["n/a"]]), "not_a_number", { argument: "othersPaid", row: 1 }],
  ["CLAIMS.SETTLE", "othersPaid", "a boolean", set("othersPaid", [[true]]), "not_a_number", { argument: "othersPaid", row: 1 }],
  ["CLAIMS.SETTLE", "othersPaid", "16.105 (finer than the cent)", set("othersPaid", [[16.105]]), "sub_cent_amount", { argument: "othersPaid", row: 1 }],
  ["CLAIMS.SETTLE", "othersPaid", "−1", set("othersPaid", [[-1]]), "negative_value", { argument: "othersPaid", row: 1 }],
  ["CLAIMS.SETTLE", "othersPaid", "a column of 2 for 1 claim", set("othersPaid", [[1], [2]]), "shape_mismatch", { argument: "othersPaid" }],

  // Negative settings are refused.
  ...CONTRACT_FUNCTIONS.filter((f) => f !== "CONTRACT.LINES").map((f): Row => [f, "envelope", "−1", set("envelope", -1), "negative_value", { argument: "envelope" }]),
  ...CONTRACT_FUNCTIONS.map((f): Row => [f, "contract", "price −1000", cell("contract", 1, 2, -1000), "negative_value", { argument: "contract", row: 1, column: 2, code: "CS" }]),
  ...CONTRACT_FUNCTIONS.map((f): Row => [f, "contract", "volume −100", cell("contract", 1, 3, -100), "negative_value", { argument: "contract", row: 1, column: 3, code: "CS" }]),
  ...CONTRACT_FUNCTIONS.map((f): Row => [f, "contract", "ceiling −25", cell("contract", 2, 4, -25), "negative_value", { argument: "contract", row: 2, column: 4, code: "ECHO" }]),
  ["CLAIMS.SETTLE", "priceList", "price −23", cell("priceList", 1, 2, -23), "negative_value", { argument: "priceList", row: 1, column: 2, code: "CONSULT" }],
  ["CLAIMS.SETTLE", "careTypes", "co-payment −1", cell("careTypes", 1, 3, -1), "negative_value", { argument: "careTypes", row: 1, column: 3, code: "C" }],
  ["CLAIMS.SETTLE", "careTypes", "ceiling −1", cell("careTypes", 1, 4, -1), "negative_value", { argument: "careTypes", row: 1, column: 4, code: "C" }],
  ["CLAIMS.SETTLE", "deductible", "−10", set("deductible", -10), "negative_value", { argument: "deductible" }],
  ["CLAIMS.SETTLE", "generalCeiling", "−10", set("generalCeiling", -10), "negative_value", { argument: "generalCeiling" }],
  ["CLAIMS.SETTLE", "waitingDays", "−30", set("waitingDays", -30), "out_of_range", { argument: "waitingDays" }],
  ["CLAIMS.SETTLE", "waitingDays", "1,000,000", set("waitingDays", 1e6), "out_of_range", { argument: "waitingDays" }],
  ["PBF.PAYMENT", "lines", "unit fee −500", cell("lines", 1, 6, -500), "negative_value", { argument: "lines", row: 1, column: 6, code: "CSI-A" }],
  ["PBF.PAYMENT", "lines", "declared −1", cell("lines", 1, 3, -1), "negative_value", { argument: "lines", row: 1, column: 3, code: "CSI-A" }],
  ["PBF.PAYMENT", "lines", "verified −98", cell("lines", 1, 4, -98), "negative_value", { argument: "lines", row: 1, column: 4, code: "CSI-A" }],
  ["PBF.PAYMENT", "lines", "validated −98", cell("lines", 1, 5, -98), "negative_value", { argument: "lines", row: 1, column: 5, code: "CSI-A" }],
  ["PBF.PAYMENT", "tolerance", "−5%", set("tolerance", -0.05), "rate_out_of_range", { argument: "tolerance" }],
  ["PBF.PAYMENT", "equity", "−20%", cell("equity", 1, 2, -0.2), "rate_out_of_range", { argument: "equity", row: 1, column: 2, code: "CSI-C" }],
  ["PBF.PAYMENT", "bands", "bonus −150%", cell("bands", 2, 2, -1.5), "rate_out_of_range", { argument: "bands", row: 2, column: 2 }],
  ["TARIFF", "market", "−1150", cell("market", 1, 1, -1150), "negative_value", { argument: "market", row: 1 }],
  ["TARIFF", "ceiling", "−2100", cell("ceiling", 2, 1, -2100), "negative_value", { argument: "ceiling", row: 2 }],
  ["TARIFF", "margin", "−150%", set("margin", -1.5), "rate_out_of_range", { argument: "margin" }],
  ["TARIFF", "costs", "−1000", cell("costs", 1, 1, -1000), "negative_value", { argument: "costs", row: 1 }],
  ["TARIFF", "step", "0", set("step", 0), "not_positive", { argument: "step" }],
  ["TARIFF", "loanService", "−5", set("loanService", -5), "negative_value", { argument: "loanService" }],
  ["PRICE.GAP", "prices", "−60", cell("prices", 2, 1, -60), "negative_value", { argument: "prices", row: 2 }],
  ["PRICE.GAP", "costs", "−50", cell("costs", 2, 1, -50), "negative_value", { argument: "costs", row: 2 }],
  ["BREAKEVEN", "fixedCosts", "−1", cell("fixedCosts", 1, 1, -1), "negative_value", { argument: "fixedCosts", row: 1 }],
  ["BREAKEVEN", "prices", "−1500", cell("prices", 1, 1, -1500), "negative_value", { argument: "prices", row: 1 }],
  ["BREAKEVEN", "variableCosts", "−300", set("variableCosts", -300), "negative_value", { argument: "variableCosts" }],
  ["UNITCOST", "units", "−4000", cell("units", 1, 1, -4000), "negative_value", { argument: "units", row: 1 }],
  ["KEYCOST", "coefficients", "−50", cell("coefficients", 1, 1, -50), "negative_value", { argument: "coefficients", row: 1 }],
  ["KEYCOST", "volumes", "−6000", cell("volumes", 1, 1, -6000), "negative_value", { argument: "volumes", row: 1 }],
  ["ACTCOST", "consumption", "−90 minutes", cell("consumption", 2, 2, -90), "negative_value", { argument: "consumption", row: 2, column: 2, code: "APP" }],
  ["ACTCOST", "direct", "−1500", cell("direct", 1, 1, -1500), "negative_value", { argument: "direct", row: 1 }],
  ["ACTCOST.LETTER", "coefficients", "−50", cell("coefficients", 1, 1, -50), "negative_value", { argument: "coefficients", row: 1 }],
  ["ACTCOST.LETTER", "direct", "−1200", cell("direct", 1, 1, -1200), "negative_value", { argument: "direct", row: 1 }],
  ["ALLOCATE", "keys", "driver −0.4", cell("keys", 2, 4, -0.4), "negative_value", { argument: "keys", row: 2, column: 4, code: "AS" }],
  ["PRIMARY", "keyTable", "driver −10", cell("keyTable", 2, 2, -10), "negative_value", { argument: "keyTable", row: 2, column: 2, code: "Staff" }],
  ["SPREAD", "drivers", "driver −1", cell("drivers", 1, 1, -1), "negative_value", { argument: "drivers", row: 1, column: 1 }],
  ["TWINNING.VALUE", "services", "quantity −4", cell("services", 1, 5, -4), "negative_value", { argument: "services", row: 1, column: 5 }],
  ["TWINNING.VALUE", "unitCosts", "−15000", cell("unitCosts", 2, 2, -15000), "negative_value", { argument: "unitCosts", row: 2, column: 2, code: "MISSION" }],
  ["FUND.PROJECTION", "capital", "−100,000", set("capital", -100000), "negative_value", { argument: "capital" }],
  ["FUND.PROJECTION", "reserve", "−1", set("reserve", -1), "negative_value", { argument: "reserve" }],
  ["FUND.PROJECTION", "loanAmount", "0", set("loanAmount", 0), "not_positive", { argument: "loanAmount" }],
  ["FUND.PROJECTION", "maxNewLoans", "−1", set("maxNewLoans", -1), "out_of_range", { argument: "maxNewLoans" }],
  ["LOAN.SCHEDULE", "principal", "0", set("principal", 0), "not_positive", { argument: "principal" }],
  ["LOAN.SCHEDULE", "graceYears", "−1", set("graceYears", -1), "out_of_range", { argument: "graceYears" }],

  // A rate typed as a percentage without % is refused, never read as 80 times the rate.
  ["CLAIMS.SETTLE", "careTypes", "coverage 80", cell("careTypes", 1, 2, 80), "rate_out_of_range", { argument: "careTypes", row: 1, column: 2, code: "C" }],
  ["CLAIMS.SETTLE", "careTypes", "price cap 200 (for 200%)", cell("careTypes", 1, 5, 200), "rate_out_of_range", { argument: "careTypes", row: 1, column: 5, code: "C" }],
  ["LOAN.SCHEDULE", "annualRate", "5", set("annualRate", 5), "rate_out_of_range", { argument: "annualRate" }],
  ["LOAN.SCHEDULE", "annualRate", "−1%", set("annualRate", -0.01), "rate_out_of_range", { argument: "annualRate" }],
  ["FUND.PROJECTION", "annualRate", "5", set("annualRate", 5), "rate_out_of_range", { argument: "annualRate" }],
  ["FUND.PROJECTION", "defaultRate", "150%", set("defaultRate", 1.5), "rate_out_of_range", { argument: "defaultRate" }],
  ["PBF.PAYMENT", "tolerance", "5", set("tolerance", 5), "rate_out_of_range", { argument: "tolerance" }],
  ["PBF.PAYMENT", "scores", "score 85", cell("scores", 1, 2, 85), "rate_out_of_range", { argument: "scores", row: 1, column: 2, code: "CSI-A" }],
  ["PBF.PAYMENT", "bands", "threshold 80", cell("bands", 1, 1, 80), "rate_out_of_range", { argument: "bands", row: 1, column: 1 }],
  ["PBF.PAYMENT", "equity", "bonus 20", cell("equity", 1, 2, 20), "rate_out_of_range", { argument: "equity", row: 1, column: 2, code: "CSI-C" }],
  ["TARIFF", "margin", "20", set("margin", 20), "rate_out_of_range", { argument: "margin" }],

  // A period that ends before it starts; a date typed as text.
  ...[...CONTRACT_FUNCTIONS, "CLAIMS.SETTLE"].map((f): Row => [f, "periodEnd", "before periodStart", both(set("periodStart", JAN1 + 30), set("periodEnd", JAN1)), "bad_period", { argument: "periodEnd" }]),
  ...[...CONTRACT_FUNCTIONS, "CLAIMS.SETTLE"].map((f): Row => [f, "periodStart", '"01/01/2026" (text)', set("periodStart", "01/01/2026"), "bad_date", { argument: "periodStart" }]),
  ["CLAIMS.SETTLE", "members", 'joined "01/01/2020" (text)', cell("members", 1, 2, "01/01/2020"), "bad_date", { argument: "members", row: 1, column: 2, code: "M1" }],
  ["TWINNING.VALUE", "services", 'date "04/01/2026" (text)', cell("services", 1, 1, "04/01/2026"), "bad_date", { argument: "services", row: 1, column: 1 }],
  ["TWINNING.SETTLE", "periodStarts", "out of order", set("periodStarts", [[JAN1 + 31], [JAN1]]), "dates_out_of_order", { argument: "periodStarts", row: 2 }],
  ["TWINNING.SETTLE", "periodStarts", "the same start twice", set("periodStarts", [[JAN1], [JAN1]]), "dates_out_of_order", { argument: "periodStarts", row: 2 }],
  ["TWINNING.SETTLE", "periodStarts", "a blank start", set("periodStarts", [[JAN1], [null]]), "missing_value", { argument: "periodStarts", row: 2 }],

  // The same hospital on both sides of a twinning.
  ["TWINNING.SETTLE", "hospitalB", '" chu" (= hospitalA)', set("hospitalB", " chu"), "same_code", { argument: "hospitalB" }],
  ["TWINNING.SETTLE", "hospitalA", "blank", set("hospitalA", null), "missing_value", { argument: "hospitalA" }],

  // A range with too few (or too many) columns.
  ...CONTRACT_FUNCTIONS.map((f): Row => [f, "activity", "3 columns", columns("activity", 3), "shape_mismatch", { argument: "activity" }]),
  ...CONTRACT_FUNCTIONS.map((f): Row => [f, "activity", "6 columns", (args, spec) => void (args[indexOf(spec, "activity")] = (args[indexOf(spec, "activity")] as Cell[][]).map((r) => [...r, "x"])), "shape_mismatch", { argument: "activity" }]),
  ...CONTRACT_FUNCTIONS.map((f): Row => [f, "contract", "2 columns", columns("contract", 2), "shape_mismatch", { argument: "contract" }]),
  ["CLAIMS.SETTLE", "claims", "4 columns", columns("claims", 4), "shape_mismatch", { argument: "claims" }],
  ["CLAIMS.SETTLE", "priceList", "2 columns", columns("priceList", 2), "shape_mismatch", { argument: "priceList" }],
  ["CLAIMS.SETTLE", "careTypes", "1 column", columns("careTypes", 1), "shape_mismatch", { argument: "careTypes" }],
  ["PBF.PAYMENT", "lines", "5 columns", columns("lines", 5), "shape_mismatch", { argument: "lines" }],
  ["PBF.PAYMENT", "scores", "1 column", columns("scores", 1), "shape_mismatch", { argument: "scores" }],
  ["PBF.PAYMENT", "bands", "1 column", columns("bands", 1), "shape_mismatch", { argument: "bands" }],
  ["PBF.PAYMENT", "equity", "1 column", columns("equity", 1), "shape_mismatch", { argument: "equity" }],
  ["TWINNING.VALUE", "services", "4 columns", columns("services", 4), "shape_mismatch", { argument: "services" }],
  ["TWINNING.SETTLE", "services", "4 columns", columns("services", 4), "shape_mismatch", { argument: "services" }],

  // Currency decimals are 0 to 3; a rounding's decimals 0 to 10, whole.
  ...CATALOG.filter((s) => s.params.some((p) => p.currency)).map((s): Row => [s.id, "decimals", "4", set("decimals", 4), "bad_decimals", { argument: "decimals" }]),
  ...CATALOG.filter((s) => s.params.some((p) => p.id === "decimals" && !p.currency)).map((s): Row => [s.id, "decimals", "11", set("decimals", 11), "bad_decimals", { argument: "decimals" }]),
  ...withParam("decimals").map((f): Row => [f, "decimals", "2.5", set("decimals", 2.5), "bad_decimals", { argument: "decimals" }]),
  ["ALLOCATE", "decimals", "10 on costs of 6 × 10^11", both(cell("costs", 1, 1, 6e11), set("decimals", 10)), "beyond_precision", { argument: "decimals" }],
  ["SPREAD", "decimals", "10 on an amount of 10^15", both(set("amounts", [[1e15], [10]]), set("decimals", 10)), "beyond_precision", { argument: "decimals" }],

  // Unbounded work: loans and fund projections are bounded, the result must fit the grid.
  ["LOAN.SCHEDULE", "years", "1,000,000", set("years", 1e6), "out_of_range", { argument: "years" }],
  ["LOAN.SCHEDULE", "years", "2.5", set("years", 2.5), "bad_whole_number", { argument: "years" }],
  ["LOAN.SCHEDULE", "paymentsPerYear", "1,000,000", set("paymentsPerYear", 1e6), "not_allowed", { argument: "paymentsPerYear" }],
  ["LOAN.SCHEDULE", "paymentsPerYear", "3", set("paymentsPerYear", 3), "not_allowed", { argument: "paymentsPerYear" }],
  ["LOAN.SCHEDULE", "graceYears", "10 with 95 years", both(set("years", 95), set("graceYears", 10)), "loan_too_long", { argument: "graceYears" }],
  ["FUND.PROJECTION", "horizon", "1,000,000", set("horizon", 1e6), "out_of_range", { argument: "horizon" }],
  ["FUND.PROJECTION", "years", "0", set("years", 0), "out_of_range", { argument: "years" }],
  ["FUND.PROJECTION", "graceYears", "10 with 95 years", both(set("years", 95), set("graceYears", 10)), "loan_too_long", { argument: "graceYears" }],
  ["ALLOCATION.FLOWS", "centres", "16,385 centres in a row (one result column each)", both(set("centres", [Array.from({ length: 16_385 }, (_, i) => `C${i}`)]), set("costs", [new Array(16_385).fill(0)])), "result_too_large", {}],
  ["CONTRACT.LINES", "activity", "1,048,577 lines", set("activity", Array.from({ length: 1_048_577 }, () => [JAN1, "CS", 1, 1000, null])), "result_too_large", {}],

  // Numbers beyond Excel's 15 digits (9.99E+307 gave ±Infinity, or never returned).
  ["ALLOCATE", "costs", "9.99E+307", cell("costs", 1, 1, HUGE), "out_of_range", { argument: "costs", row: 1 }],
  ["ALLOCATION.FLOWS", "costs", "9.99E+307", cell("costs", 1, 1, HUGE), "out_of_range", { argument: "costs", row: 1 }],
  ["PRIMARY", "amounts", "9.99E+307", cell("amounts", 1, 1, HUGE), "out_of_range", { argument: "amounts", row: 1 }],
  ["SPREAD", "drivers", "SPREAD(61, 9.99E+307, 0)", both(set("amounts", 61), set("drivers", [[HUGE, 0]]), set("decimals", null)), "out_of_range", { argument: "drivers", row: 1, column: 1 }],
  ["UNITCOST", "costs", "9.99E+307", cell("costs", 1, 1, HUGE), "out_of_range", { argument: "costs", row: 1 }],
  ["KEYCOST", "costs", "9.99E+307", cell("costs", 1, 1, HUGE), "out_of_range", { argument: "costs", row: 1 }],
  ["ACTCOST", "consumption", "9.99E+307", cell("consumption", 2, 2, HUGE), "out_of_range", { argument: "consumption", row: 2, column: 2, code: "APP" }],
  ["ACTCOST", "unitCosts", "9.99E+307", cell("unitCosts", 1, 1, HUGE), "out_of_range", { argument: "unitCosts", row: 1 }],
  ["ACTCOST.LETTER", "pointCosts", "9.99E+307", cell("pointCosts", 1, 1, HUGE), "out_of_range", { argument: "pointCosts", row: 1 }],
  ["TARIFF", "costs", "9.99E+307", cell("costs", 1, 1, HUGE), "out_of_range", { argument: "costs", row: 1 }],
  ["PRICE.GAP", "prices", "9.99E+307", cell("prices", 1, 1, HUGE), "out_of_range", { argument: "prices", row: 1 }],
  ["BREAKEVEN", "fixedCosts", "9.99E+307", cell("fixedCosts", 1, 1, HUGE), "out_of_range", { argument: "fixedCosts", row: 1 }],
  ["LOAN.SCHEDULE", "principal", "9.99E+307", set("principal", HUGE), "out_of_range", { argument: "principal" }],
  ["FUND.PROJECTION", "capital", "9.99E+307", set("capital", HUGE), "out_of_range", { argument: "capital" }],
  ...CONTRACT_FUNCTIONS.map((f): Row => [f, "contract", "price 9.99E+307", cell("contract", 1, 2, HUGE), "out_of_range", { argument: "contract", row: 1, column: 2, code: "CS" }]),
  ["CONTRACT.BALANCE", "advances", "9.99E+307", cell("advances", 1, 1, HUGE), "out_of_range", { argument: "advances", row: 1 }],
  ["CONTRACT.RECONCILE", "envelope", "10^13 (no cent left in 15 digits)", set("envelope", 1e13 + 1), "out_of_range", { argument: "envelope" }],
  ["PBF.PAYMENT", "lines", "unit fee 9.99E+307", cell("lines", 1, 6, HUGE), "out_of_range", { argument: "lines", row: 1, column: 6, code: "CSI-A" }],
  ["CLAIMS.SETTLE", "deductible", "9.99E+307", set("deductible", HUGE), "out_of_range", { argument: "deductible" }],
  ["TWINNING.SETTLE", "unitCosts", "9.99E+307", cell("unitCosts", 2, 2, HUGE), "out_of_range", { argument: "unitCosts", row: 2, column: 2, code: "MISSION" }],
  ["TWINNING.SETTLE", "services", "quantity 9.99E+307", cell("services", 1, 5, HUGE), "out_of_range", { argument: "services", row: 1, column: 5 }],

  // A number typed as text is read the same way by every function: refused, naming its cell.
  ["ALLOCATE", "costs", '"600000"', cell("costs", 1, 1, "600000"), "number_as_text", { argument: "costs", row: 1 }],
  ["PRIMARY", "amounts", '"1 000 000"', cell("amounts", 1, 1, "1 000 000"), "number_as_text", { argument: "amounts", row: 1 }],
  ["SPREAD", "amounts", '"100"', cell("amounts", 1, 1, "100"), "number_as_text", { argument: "amounts", row: 1 }],
  ["UNITCOST", "units", '"4000"', cell("units", 1, 1, "4000"), "number_as_text", { argument: "units", row: 1 }],
  ["KEYCOST", "volumes", '"6000"', cell("volumes", 1, 1, "6000"), "number_as_text", { argument: "volumes", row: 1 }],
  ["ACTCOST", "consumption", '"90"', cell("consumption", 2, 2, "90"), "number_as_text", { argument: "consumption", row: 2, column: 2, code: "APP" }],
  ["ACTCOST.LETTER", "coefficients", '"50"', cell("coefficients", 1, 1, "50"), "number_as_text", { argument: "coefficients", row: 1 }],
  ["TARIFF", "costs", '"1000"', cell("costs", 1, 1, "1000"), "number_as_text", { argument: "costs", row: 1 }],
  ["PRICE.GAP", "costs", '"125"', cell("costs", 1, 1, "125"), "number_as_text", { argument: "costs", row: 1 }],
  ["BREAKEVEN", "fixedCosts", '"1200000"', cell("fixedCosts", 1, 1, "1200000"), "number_as_text", { argument: "fixedCosts", row: 1 }],
  ["LOAN.SCHEDULE", "years", '"4"', set("years", "4"), "number_as_text", { argument: "years" }],
  ["FUND.PROJECTION", "capital", '"100000"', set("capital", "100000"), "number_as_text", { argument: "capital" }],
  ...CONTRACT_FUNCTIONS.map((f): Row => [f, "contract", 'volume "100"', cell("contract", 1, 3, "100"), "number_as_text", { argument: "contract", row: 1, column: 3, code: "CS" }]),
  ["CONTRACT.BALANCE", "advances", '"50 000"', cell("advances", 1, 1, "50 000"), "number_as_text", { argument: "advances", row: 1 }],
  ["PBF.PAYMENT", "lines", 'verified "98"', cell("lines", 1, 4, "98"), "number_as_text", { argument: "lines", row: 1, column: 4, code: "CSI-A" }],
  ["CLAIMS.SETTLE", "deductible", '"10"', set("deductible", "10"), "number_as_text", { argument: "deductible" }],
  ["TWINNING.VALUE", "services", 'quantity "4"', cell("services", 1, 5, "4"), "number_as_text", { argument: "services", row: 1, column: 5 }],
  ["ALLOCATE", "costs", "TRUE", cell("costs", 1, 1, true), "not_a_number", { argument: "costs", row: 1 }],

  // A value a function needs, left blank.
  ["LOAN.SCHEDULE", "principal", "blank", set("principal", null), "missing_value", { argument: "principal" }],
  ["FUND.PROJECTION", "horizon", "blank", set("horizon", null), "missing_value", { argument: "horizon" }],
];

describe("the table of refusals", () => {
  test.each(rows.map((row) => [`${row[0]} ${row[1]} = ${row[2]} → ${row[4]}`, ...row] as const))("%s", (_, fn, _argument, _bad, change, code, place) => {
    const spec = findFunction(fn)!;
    const args = baseArgs(spec);
    expect(() => spec.impl(...args)).not.toThrow();
    change(args, spec);
    const error = domainError(() => spec.impl(...args));
    expect({ code: error.code, place: error.place }).toEqual({ code, place });
  });
});

describe("what is not refused reads the same way everywhere", () => {
  test("a text quantity on an activity or claim line gets its line a status, as every other function refuses it", () => {
    const lines = findFunction("CONTRACT.LINES")!;
    const args = baseArgs(lines);
    (args[1] as Cell[][])[0][2] = "3";
    expect(lines.impl(...args)[0]).toEqual(["BAD_QUANTITY", 0, 0]);
    const claims = findFunction("CLAIMS.SETTLE")!;
    const claimArgs = baseArgs(claims);
    (claimArgs[0] as Cell[][])[0][3] = "1";
    expect(claims.impl(...claimArgs)[0][5]).toBe("BAD_QUANTITY");
  });

  test("SPREAD gives a blank result line for a spare blank line, as the common rules promise", () => {
    expect(findFunction("SPREAD")!.impl([[100], [null], [10]], [[1, 1, 2], [null, null, null], [20, 30, 50]])).toEqual([[25, 25, 50], ["", "", ""], [2, 3, 5]]);
  });

  test("a blank coverage rate in a template not yet filled is 0%, the blank rule", () => {
    const claims = findFunction("CLAIMS.SETTLE")!;
    const args = baseArgs(claims);
    (args[2] as Cell[][])[0][1] = null;
    expect(claims.impl(...args)[0].slice(3, 5)).toEqual([0, 50]);
  });
});
