/** The reconciliation worker's protocol, driven through its plain handler: no browser, no timing. */
import type { Range } from "../../../src/engine/cell";
import { DomainError } from "../../../src/engine/errors";
import { claimsSettle, contractBalance, contractLines, contractReconcile } from "../../../src/excel/sheetFunctions";
import { ColumnBlock, rowsOf, toColumns, transferList } from "../../../src/journeys/large/columns";
import { FromWorker, reconcileHandler, runMessages, ToWorker, uncarry } from "../../../src/journeys/large/protocol";
import { benchmarkYear, claimsSample, feeForServiceSample } from "./samples";

/** A handler whose messages cross as they would between threads: structured-cloned, buffers transferred. */
function worker() {
  const received: FromWorker[] = [];
  const handle = reconcileHandler((message, transfer) => received.push(structuredClone(message, { transfer })));
  const send = (message: ToWorker) => {
    const transfer = message.type === "block" ? transferList(message.block) : [];
    handle(structuredClone(message, { transfer }));
  };
  return { received, send };
}

const resultOf = (received: FromWorker[]) => {
  const result = received.find((m) => m.type === "result");
  if (result?.type !== "result") throw new Error(`no result: ${JSON.stringify(received.filter((m) => m.type !== "progress"))}`);
  return { ...result, lines: rowsOf(result.lines as ColumnBlock) };
};

describe("typed columns", () => {
  const rows: Range = [
    [45658, "CS01", 1, 1500.25, "F-001"],
    ["12/01/2025", 1001, "un", "", null],
    [null, "", -0.5, true, 7],
    [45660, "CS01", 2, undefined, "=HYPERLINK(\"x\")"],
  ];

  it("give back every cell as it was, of its own type, whatever its column expects", () => {
    const block = toColumns(rows, ["number", "code", "number", "number", "code"]);
    expect(rowsOf(block)).toStrictEqual(rows);
    expect(rowsOf(block, 1, 2)).toStrictEqual(rows.slice(1, 3));
  });

  it("keep each distinct code once, and no index array for a column of numbers only", () => {
    const block = toColumns([[1, "A"], [2, "A"], [3, "B"]], ["number", "code"]);
    expect(block.columns[0]).toMatchObject({ kind: "number", other: null, cells: [] });
    expect(block.columns[1]).toMatchObject({ kind: "code", cells: ["A", "B"] });
  });

  it("cross as transferred buffers: the sender keeps nothing", () => {
    const block = toColumns(rows, ["number", "code", "number", "number", "code"]);
    const copy = structuredClone(block, { transfer: transferList(block) });
    expect(rowsOf(copy)).toStrictEqual(rows);
    expect(block.columns.every((c) => (c.kind === "code" ? c.index.length : c.values.length) === 0)).toBe(true);
  });
});

describe("a fee-for-service run", () => {
  it("gives, cell for cell, the workbook's CONTRACT.LINES, CONTRACT.RECONCILE and CONTRACT.BALANCE on the sample", () => {
    const { inputs, lines, expected } = feeForServiceSample();
    const w = worker();
    runMessages(1, inputs, lines, 7).forEach(w.send);
    const result = resultOf(w.received);
    expect(result.lines).toStrictEqual(expected.lines);
    expect(result.reconciliation).toStrictEqual(expected.reconciliation);
    expect(result.balance).toStrictEqual(expected.balance);
  });

  it("gives the functions' results on a messy claim year sent in blocks, and reports each block read, then the lines computed", () => {
    const { inputs, lines } = benchmarkYear();
    const w = worker();
    runMessages(2, inputs, lines, 1_500).forEach(w.send);
    const t = inputs.kind === "feeForService" ? inputs.terms : undefined!;
    const result = resultOf(w.received);
    expect(result.lines).toStrictEqual(contractLines(t.contract, lines, t.periodStart, t.periodEnd, t.decimals));
    expect(result.reconciliation).toStrictEqual(contractReconcile(t.contract, lines, t.periodStart, t.periodEnd, t.envelope, t.rule, t.decimals));
    expect(result.balance).toStrictEqual(contractBalance(t.contract, lines, t.advances, t.periodStart, t.periodEnd, t.envelope, t.rule, t.decimals));
    const progress = w.received.filter((m) => m.type === "progress").map((m) => m.type === "progress" && [m.read, m.computed]);
    const blocks = Math.ceil(lines.length / 1_500);
    expect(progress).toEqual([[0, 0], ...Array.from({ length: blocks }, (_, i) => [Math.min((i + 1) * 1_500, lines.length), 0]), [lines.length, lines.length]]);
    expect(w.received.at(-1)?.type).toBe("result");
  });

  it("carries an engine error back with its place, for the pane to phrase", () => {
    const { inputs, lines } = feeForServiceSample();
    if (inputs.kind !== "feeForService") throw new Error("fee-for-service sample expected");
    const contract = inputs.terms.contract.map((row) => row.slice());
    contract[1][1] = 1234.567;
    const w = worker();
    runMessages(3, { kind: "feeForService", terms: { ...inputs.terms, contract } }, lines, 50).forEach(w.send);
    const error = w.received.at(-1);
    expect(error).toEqual({ type: "error", run: 3, error: { kind: "domain", code: "sub_cent_amount", place: { argument: "contract", row: 2, column: 2 }, params: { value: 1234.567, decimals: 2 } } });
    expect(w.received.some((m) => m.type === "result")).toBe(false);
    const rebuilt = error?.type === "error" ? uncarry(error.error) : undefined;
    expect(rebuilt).toBeInstanceOf(DomainError);
    expect(rebuilt).toMatchObject({ code: "sub_cent_amount", place: { argument: "contract", row: 2, column: 2 } });
  });
});

describe("a mutuelle's claims run", () => {
  it("gives, cell for cell, the workbook's CLAIMS.SETTLE, amounts already paid by another payer included", () => {
    const { inputs, lines, expected } = claimsSample();
    const w = worker();
    runMessages(4, inputs, lines, 5).forEach(w.send);
    expect(resultOf(w.received).lines).toStrictEqual(expected);
    expect(resultOf(w.received)).toMatchObject({ reconciliation: null, balance: null });
  });

  it("carries the row of an amount already paid that is not a number", () => {
    const { inputs, lines } = claimsSample();
    const edited = lines.map((row) => row.slice());
    edited[2][5] = "deux mille";
    const w = worker();
    runMessages(5, inputs, edited, 4).forEach(w.send);
    const t = inputs.kind === "claims" ? inputs.terms : undefined!;
    const direct = () => claimsSettle(edited.map((r) => r.slice(0, 5)), t.priceList, t.careTypes, t.members, t.deductible, t.generalCeiling, t.waitingDays, t.periodStart, t.periodEnd, edited.map((r) => [r[5]]), t.decimals);
    expect(direct).toThrow(DomainError);
    expect(w.received.at(-1)).toEqual({ type: "error", run: 5, error: { kind: "domain", code: "not_a_number", place: { argument: "othersPaid", row: 3 }, params: { value: "deux mille" } } });
  });
});

describe("cancel", () => {
  it("drops the run at once: what was in flight for it is ignored, and the next run starts clean", () => {
    const { inputs, lines } = benchmarkYear();
    const w = worker();
    const first = runMessages(6, inputs, lines, 4_000);
    w.send(first[0]);
    w.send(first[1]);
    w.send({ type: "cancel", run: 6 });
    first.slice(2).forEach(w.send);
    expect(w.received.map((m) => m.type)).toEqual(["progress", "progress", "cancelled"]);
    runMessages(7, inputs, lines.slice(0, 100), 30).forEach(w.send);
    expect(resultOf(w.received).run).toBe(7);
  });

  it("answers a cancel for a run already over, so that the pane never waits", () => {
    const w = worker();
    w.send({ type: "cancel", run: 99 });
    expect(w.received).toEqual([{ type: "cancelled", run: 99 }]);
  });
});

describe("a pane that breaks the protocol", () => {
  it("gets an error, not a wrong result, for a block out of order or lines missing", () => {
    const { inputs, lines } = feeForServiceSample();
    const w = worker();
    const m = runMessages(8, inputs, lines, 10);
    w.send(m[0]);
    w.send(m[2]);
    expect(w.received.at(-1)).toMatchObject({ type: "error", run: 8, error: { kind: "internal", message: expect.stringContaining("expected line 1") } });
    const v = worker();
    const n = runMessages(9, inputs, lines, 10);
    v.send(n[0]);
    v.send(n[1]);
    v.send(n.at(-1)!);
    expect(v.received.at(-1)).toMatchObject({ type: "error", run: 9, error: { kind: "internal", message: `The run announced ${lines.length} lines and sent 10` } });
  });
});
