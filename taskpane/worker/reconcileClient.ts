import type { Range } from "../../src/excel/cells";
import { toColumns, transferList } from "../../src/journeys/large/columns";
import { FromWorker, RunResult, ToWorker, uncarry } from "../../src/journeys/large/protocol";
import { LINE_COLUMNS, RunInputs } from "../../src/journeys/large/run";

/**
 * The pane's side of the reconciliation worker: starts the worker (its own
 * bundle, served beside taskpane.html, so from the add-in's own origin), runs
 * one reconciliation at a time through it, and turns its messages into
 * progress callbacks and a promise of the result. An engine error comes back
 * as the DomainError it was, with its place, for the pane to phrase.
 */

/** The worker bundle's file (webpack entry "reconcile.worker"), next to taskpane.html. */
export const WORKER_FILE = "reconcile.worker.js";

/** What the client needs of a worker: a browser Worker (see startReconcileWorker), or the handler itself in tests. */
export interface WorkerPort {
  post(message: ToWorker, transfer: ArrayBuffer[]): void;
  /** `onFailure`: the worker itself failed (its script did not load, or threw outside the handler). */
  listen(onMessage: (message: FromWorker) => void, onFailure: (error: Error) => void): void;
  terminate(): void;
}

/** Starts the worker from the page's own origin (a worker script must be same-origin: no AppDomain is involved). */
export function startReconcileWorker(base: string = document.baseURI): WorkerPort {
  const worker = new Worker(new URL(WORKER_FILE, base));
  return {
    post: (message, transfer) => worker.postMessage(message, transfer),
    listen: (onMessage, onFailure) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        onFailure(new Error(`The reconciliation worker failed: ${event.message || WORKER_FILE}`));
      };
    },
    terminate: () => worker.terminate(),
  };
}

export type RunEnd = { status: "done"; result: RunResult } | { status: "cancelled" };

export interface WorkerProgress {
  read: number;
  computed: number;
}

interface Pending {
  resolve: (end: RunEnd) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: WorkerProgress) => void;
}

let runs = 0;

/** One worker, one run at a time: `start` a run, `send` its blocks in order, `finish` it (or `cancel` it). */
export class ReconcileWorker {
  private pending: { id: number; handlers: Pending } | null = null;

  constructor(private readonly port: WorkerPort) {
    port.listen(
      (message) => this.receive(message),
      (error) => this.settle((p) => p.reject(error)),
    );
  }

  start(inputs: RunInputs, lines: number, onProgress?: (progress: WorkerProgress) => void): ReconcileRun {
    if (this.pending) throw new Error("A reconciliation is already running in this worker");
    const id = ++runs;
    const done = new Promise<RunEnd>((resolve, reject) => (this.pending = { id, handlers: { resolve, reject, onProgress } }));
    this.port.post({ type: "start", run: id, inputs, lines }, []);
    let sent = 0;
    return {
      done,
      send: (rows) => {
        const block = toColumns(rows, LINE_COLUMNS[inputs.kind]);
        this.port.post({ type: "block", run: id, offset: sent, block }, transferList(block));
        sent += rows.length;
      },
      finish: () => {
        this.port.post({ type: "end", run: id }, []);
        return done;
      },
      cancel: () => {
        this.port.post({ type: "cancel", run: id }, []);
        return done;
      },
    };
  }

  terminate(): void {
    this.port.terminate();
    this.settle((p) => p.resolve({ status: "cancelled" }));
  }

  private receive(message: FromWorker): void {
    const pending = this.pending;
    if (!pending || pending.id !== message.run) return;
    if (message.type === "progress") pending.handlers.onProgress?.({ read: message.read, computed: message.computed });
    else if (message.type === "result") this.settle((p) => p.resolve({ status: "done", result: { lines: message.lines, reconciliation: message.reconciliation, balance: message.balance } }));
    else if (message.type === "cancelled") this.settle((p) => p.resolve({ status: "cancelled" }));
    else this.settle((p) => p.reject(uncarry(message.error)));
  }

  private settle(how: (handlers: Pending) => void): void {
    const pending = this.pending;
    this.pending = null;
    if (pending) how(pending.handlers);
  }
}

export interface ReconcileRun {
  /** Settles once: the result, or cancelled; rejected with the engine's DomainError or the worker's failure. */
  done: Promise<RunEnd>;
  /** The next block of the large table, in order (its typed columns are transferred to the worker). */
  send(rows: Range): void;
  /** All blocks sent: compute. */
  finish(): Promise<RunEnd>;
  /**
   * Drop the run: the worker forgets it. Settles with how the run ended: cancelled, or its result when the worker had
   * finished before the cancel reached it (a computation is not interrupted); after a cancel the pane writes nothing
   * either way.
   */
  cancel(): Promise<RunEnd>;
}
