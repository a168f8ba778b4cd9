/** The results of a large-table run as data: evaluated as Excel would, they give the functions' figures, and stay live formulas where Excel can carry them. */
import type { Range } from "../../../src/engine/cell";
import { CATALOG } from "../../../src/excel/catalog";
import { contracts } from "../../../src/journeys/contracts";
import type { Settings } from "../../../src/journeys/journey";
import { BlockSizer, payloadBytes } from "../../../src/journeys/large/blockSizing";
import { toColumns } from "../../../src/journeys/large/columns";
import { claimsRunResults, contractRunResults, RUN_IDS, withLines } from "../../../src/journeys/large/results";
import { computeRun, RESULT_COLUMNS, RunInputs } from "../../../src/journeys/large/run";
import { formatAddress } from "../../../src/journeys/names";
import { Fingerprint, parseRecordRows, RunRecord, stampInput, staleInputs } from "../../../src/journeys/runRecord";
import { contractsTemplate } from "../../../src/workbook/contracts";
import { BALANCE_CELLS } from "../../../src/workbook/contracts/feeForServiceSheets";
import { tableBody } from "../../../src/workbook/contracts/tables";
import { evaluatePlan, PlanEvaluation } from "../../../src/workbook/evaluate";
import type { Expr, WorkbookPlan } from "../../../src/workbook/plan";
import { mappedValues } from "../support";
import { benchmarkYear, claimsSample } from "./samples";

const FUNCTION_IDS = new Set(CATALOG.map((spec) => spec.id));
const ourCalls = (plan: WorkbookPlan): string[] => {
  const calls = (e: Expr): string[] => (e.kind === "call" ? [...(FUNCTION_IDS.has(e.fn) ? [e.fn] : []), ...e.args.flatMap(calls)] : e.kind === "binary" ? [...calls(e.left), ...calls(e.right)] : []);
  return plan.sheets.flatMap((sheet) => sheet.formulas.flatMap((f) => calls(f.expr)));
};
const cell = (evaluation: PlanEvaluation, sheet: string, at: string) => evaluation.read(sheet, at)[0][0];
const cents = (x: unknown) => (typeof x === "number" ? Math.round(x * 100) : 0);

const record = (run: string, inputs: RunRecord["inputs"]): RunRecord => ({ run, at: "2026-12-02T10:00:00.000Z", version: "0.1.0", inputs, settings: { decimals: 2 }, totals: {} });

describe("a fee-for-service run's results", () => {
  const template = contractsTemplate("fr", { sample: true, parts: ["feeForService"] });
  const mapping = contracts.templateMapping(template);
  const { values, outside } = mappedValues(template, mapping);
  const settings: Settings = Object.fromEntries(contracts.inputs.filter((i) => i.kind === "scalar").map((i) => [i.id, mapping[i.id]!]));
  const term = (id: string) => values[id]?.[0]?.[0] ?? null;
  const inputs: RunInputs = {
    kind: "feeForService",
    terms: { contract: values.contract!, advances: values.advances!.map((row) => [row[1]]), periodStart: term("periodStart"), periodEnd: term("periodEnd"), envelope: term("envelope"), rule: term("rule"), decimals: term("decimals") },
  };
  const outcome = computeRun(inputs, values.activity!);
  const stamps = ["activity", "contract", "advances"].map((id) => stampInput(id, formatAddress(mapping[id]!), values[id]!));
  const results = contractRunResults("fr", mapping, settings, outcome.reconciliation!, record(RUN_IDS.feeForService, stamps));
  const plan = withLines(results, toColumns(outcome.lines, RESULT_COLUMNS.feeForService));
  const evaluation = evaluatePlan(plan, outside);
  const balance = plan.sheets.find((s) => s.key === "balance")!;

  it("calculate without error, and without a single call of our functions: nothing Excel would have to carry", () => {
    expect(evaluation.errors).toEqual([]);
    expect(ourCalls(results.plan)).toEqual([]);
    // The journey's own results do call them: the run replaces exactly those.
    expect(ourCalls(contracts.results("fr", mapping, settings).plan)).toEqual(expect.arrayContaining(["CONTRACT.RECONCILE", "CONTRACT.BALANCE", "CONTRACT.LINES"]));
  });

  it("give the statement CONTRACT.BALANCE gives, as live formulas over the tables the run wrote, every check at 0", () => {
    const statement = outcome.balance!.map(([v]) => v);
    statement.forEach((value, i) => {
      // The envelope is a copy of its cell (a blank one shows blank, as CONTRACT.BALANCE's "").
      expect([i, cell(evaluation, balance.name, BALANCE_CELLS.statement(i))]).toEqual([i, i === 2 && value === "" ? 0 : value]);
    });
    const journey = contracts.results("fr", mapping, settings);
    const journeyBalance = evaluatePlan(journey.plan, outside);
    const journeySheet = journey.plan.sheets.find((s) => s.key === "balance")!;
    for (let i = 0; i < 6; i++) expect(cell(evaluation, balance.name, BALANCE_CELLS.check(i))).toBe(0);
    expect(statement.map((_, i) => cell(journeyBalance, journeySheet.name, BALANCE_CELLS.statement(i)))).toEqual(statement.map((_, i) => cell(evaluation, balance.name, BALANCE_CELLS.statement(i))));
  });

  it("write one numbered row per activity line, and CONTRACT.RECONCILE's values beside live copies of the contract lines", () => {
    const lines = plan.sheets[0].tables[0];
    expect(lines.rows).toHaveLength(values.activity!.length);
    expect(lines.rows.map((row) => row[0])).toEqual(values.activity!.map((_, i) => i + 1));
    expect(lines.rows.map((row) => row.slice(1))).toEqual(outcome.lines);
    const reconciliation = plan.sheets.find((s) => s.key === "reconciliation")!;
    expect(reconciliation.values?.[0].rows).toEqual(outcome.reconciliation);
    expect(reconciliation.formulas.length).toBeGreaterThan(0);
    // Status is text: its "@" goes before the values; the line number, quantity and amount formats after them.
    expect(results.lines.formats.before).toEqual([{ column: 1, columns: 1, format: "@" }]);
    expect(results.lines.formats.after.map((f) => f.column)).toEqual([0, 2, 3]);
  });

  it("keep their run record, read back as it was written", () => {
    const sheet = plan.sheets.find((s) => s.key === "runRecord")!;
    expect(parseRecordRows(sheet.values![0].rows)).toEqual(record(RUN_IDS.feeForService, stamps));
  });
});

describe("a mutuelle's claims run's results", () => {
  const { inputs, lines } = claimsSample();
  const outcome = computeRun(inputs, lines);
  const template = contractsTemplate("en", { sample: true, parts: ["mutual"] });
  const claimsSheet = template.sheets.find((s) => s.key === "claims")!;
  const claims = tableBody(claimsSheet.name, claimsSheet.tables[0]).columns(0, 6);
  const results = claimsRunResults("en", claims, 0, record(RUN_IDS.claims, [stampInput("claims", formatAddress(claims), lines)]));
  const plan = withLines(results, toColumns(outcome.lines, RESULT_COLUMNS.claims));
  const evaluation = evaluatePlan(plan, [{ sheet: claimsSheet.name, at: "A2", rows: lines.map((row) => row.map((c) => c ?? null)) }]);
  const summary = plan.sheets.find((s) => s.key === "summary")!;
  const column = (c: number) => outcome.lines.map((row) => row[c]);

  it("total the settled lines with live formulas, footing to 0, and count the lines by reason", () => {
    expect(evaluation.errors).toEqual([]);
    expect(ourCalls(results.plan)).toEqual([]);
    const totals = [0, 5, 2, 3, 4].map((c) => (c === 5 ? lines.map((row) => row[5]) : column(c)).reduce<number>((a, v) => a + cents(v), 0));
    totals.forEach((total, i) => expect(cents(cell(evaluation, summary.name, `B${2 + i}`))).toBe(total));
    expect(cell(evaluation, summary.name, "B7")).toBe(0);
    const reasons = column(5).flatMap((r) => String(r).split(", ").filter(Boolean));
    const counted = summary.labels.filter((l) => /^[A-Z_]+$/.test(l.text) && l.at.startsWith("A")).map((l) => [l.text, cell(evaluation, summary.name, l.at.replace("A", "B"))]);
    expect(counted.length).toBeGreaterThan(5);
    for (const [reason, count] of counted) expect([reason, count]).toEqual([reason, reasons.filter((r) => r === reason).length]);
  });
});

describe("the stamps of a large run", () => {
  const { lines } = benchmarkYear();
  /** The stamp of a table read in blocks, as the pane reads it. */
  const stampInBlocks = (table: Range) => {
    const sizer = new BlockSizer(table.length, 5);
    const print = new Fingerprint();
    for (let block; (block = sizer.next()); ) {
      const values = table.slice(block.start, block.start + block.rows);
      print.add(values);
      sizer.done(block, payloadBytes(values));
    }
    return { id: "activity", address: `Activité!A2:E${table.length + 1}`, rows: print.rows, cols: print.cols, fingerprint: print.digest() };
  };
  const run = record(RUN_IDS.feeForService, [stampInBlocks(lines)]);

  it("are those of the table read in one piece", () => {
    expect(run.inputs[0]).toEqual(stampInput("activity", `Activité!A2:E${lines.length + 1}`, lines));
  });

  it.each([
    ["a changed cell", (t: Range) => ((t[5_000][2] = 4), t), "values"],
    ["a sorted table", (t: Range) => t.sort((a, b) => String(a[1]).localeCompare(String(b[1]))), "values"],
    ["an added row", (t: Range) => [...t, [45300, "A0001", 1, null, "new"]], "moved"],
  ] as const)("say the results are out of date after %s", (_, edit, reason) => {
    const edited = edit(lines.map((row) => row.slice()));
    expect(staleInputs(run, [stampInBlocks(edited)]).map((s) => s.reason)).toEqual([reason]);
  });

  it("say nothing when the table is as it was", () => {
    expect(staleInputs(run, [stampInBlocks(lines.map((row) => row.slice()))])).toEqual([]);
  });
});
