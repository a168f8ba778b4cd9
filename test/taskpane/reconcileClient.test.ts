/** The pane's client of the reconciliation worker, over the worker's own handler (messages cloned and transferred as between threads). */
import { DomainError } from "../../src/engine/errors";
import { rowsOf } from "../../src/journeys/large/columns";
import { FromWorker, reconcileHandler, ToWorker } from "../../src/journeys/large/protocol";
import { ReconcileWorker, startReconcileWorker, WorkerPort, WORKER_FILE } from "../../taskpane/worker/reconcileClient";
import { claimsSample, feeForServiceSample } from "../journeys/large/samples";

/** A port whose worker is the handler, answering on later turns of the event loop, as a real worker does. */
function handlerPort(): WorkerPort & { fail(error: Error): void; terminated: boolean } {
  let onMessage: (message: FromWorker) => void = () => undefined;
  let onFailure: (error: Error) => void = () => undefined;
  const handle = reconcileHandler((message, transfer) => {
    const copy = structuredClone(message, { transfer });
    setImmediate(() => onMessage(copy));
  });
  const port = {
    terminated: false,
    post: (message: ToWorker, transfer: ArrayBuffer[]) => {
      const copy = structuredClone(message, { transfer });
      setImmediate(() => handle(copy));
    },
    listen: (m: typeof onMessage, f: typeof onFailure) => ((onMessage = m), (onFailure = f)),
    terminate: () => void (port.terminated = true),
    fail: (error: Error) => onFailure(error),
  };
  return port;
}

const blocks = <T>(rows: T[], size: number): T[][] => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

describe("the reconciliation worker's client", () => {
  it("sends the table in blocks, reports what the worker read and computed, and resolves with the functions' results", async () => {
    const { inputs, lines, expected } = feeForServiceSample();
    const worker = new ReconcileWorker(handlerPort());
    const progress: [number, number][] = [];
    const run = worker.start(inputs, lines.length, (p) => progress.push([p.read, p.computed]));
    for (const block of blocks(lines, 8)) run.send(block);
    const end = await run.finish();
    if (end.status !== "done") throw new Error("the run should complete");
    expect(rowsOf(end.result.lines)).toStrictEqual(expected.lines);
    expect(end.result.reconciliation).toStrictEqual(expected.reconciliation);
    expect(end.result.balance).toStrictEqual(expected.balance);
    expect(progress.at(-1)).toEqual([lines.length, lines.length]);
    expect(progress.filter(([, computed]) => computed === 0).map(([read]) => read)).toEqual([0, ...blocks(lines, 8).map((_, i) => Math.min((i + 1) * 8, lines.length))]);
  });

  it("rejects with the engine's DomainError and its place", async () => {
    const { inputs, lines } = claimsSample();
    const edited = lines.map((row) => row.slice());
    edited[1][5] = "n/a";
    const run = new ReconcileWorker(handlerPort()).start(inputs, edited.length);
    run.send(edited);
    const failure = await run.finish().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({ code: "not_a_number", place: { argument: "othersPaid", row: 2 } });
  });

  it("resolves a cancelled run as cancelled, and the worker takes the next one", async () => {
    const { inputs, lines } = claimsSample();
    const worker = new ReconcileWorker(handlerPort());
    const run = worker.start(inputs, lines.length);
    run.send(lines.slice(0, 3));
    expect(await run.cancel()).toEqual({ status: "cancelled" });
    const next = worker.start(inputs, lines.length);
    next.send(lines);
    expect((await next.finish()).status).toBe("done");
  });

  it("settles a cancel that reaches the worker after its result with that result, which the pane then leaves unwritten", async () => {
    const { inputs, lines } = claimsSample();
    const run = new ReconcileWorker(handlerPort()).start(inputs, lines.length);
    run.send(lines);
    void run.finish();
    expect((await run.cancel()).status).toBe("done");
  });

  it("runs one reconciliation at a time", () => {
    const { inputs, lines } = claimsSample();
    const worker = new ReconcileWorker(handlerPort());
    worker.start(inputs, lines.length);
    expect(() => worker.start(inputs, lines.length)).toThrow("already running");
  });

  it("rejects when the worker itself fails, and ends a run cut short by terminate as cancelled", async () => {
    const { inputs, lines } = claimsSample();
    const port = handlerPort();
    const worker = new ReconcileWorker(port);
    const failed = worker.start(inputs, lines.length);
    port.fail(new Error("The reconciliation worker failed: reconcile.worker.js"));
    await expect(failed.done).rejects.toThrow("reconcile.worker.js");
    const cut = worker.start(inputs, lines.length);
    worker.terminate();
    expect(port.terminated).toBe(true);
    expect(await cut.done).toEqual({ status: "cancelled" });
  });

  it("starts the worker from the page's own origin, beside taskpane.html", () => {
    const created: URL[] = [];
    const original = (globalThis as { Worker?: unknown }).Worker;
    (globalThis as { Worker?: unknown }).Worker = class {
      constructor(url: URL) {
        created.push(url);
      }
    };
    try {
      startReconcileWorker("https://hisab.example/addin/taskpane.html");
    } finally {
      (globalThis as { Worker?: unknown }).Worker = original;
    }
    expect(created.map(String)).toEqual([`https://hisab.example/addin/${WORKER_FILE}`]);
  });
});
