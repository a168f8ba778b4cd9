import type { Cell, Range } from "../../engine/cell";
import { DomainError, ErrorCode, ErrorParams, Place } from "../../engine/errors";
import { ColumnBlock, rowsOf, toColumns, transferList } from "./columns";
import { computeRun, LINE_COLUMNS, RESULT_COLUMNS, RunInputs } from "./run";

/**
 * The messages between the pane and its reconciliation worker, and the
 * worker's side as a plain function (`reconcileHandler`), so that the
 * protocol is tested without a browser.
 *
 * The pane starts a run (its small inputs and the number of lines), sends the
 * large table in blocks of typed columns as it reads them, then says it is
 * done; the worker reports the lines it has received and computed, and
 * answers with the line results (typed columns again) and the small results,
 * or with the engine's error and its place. A cancel drops the run at once;
 * anything still in flight for it is ignored.
 */

export type ToWorker =
  | { type: "start"; run: number; inputs: RunInputs; lines: number }
  | { type: "block"; run: number; offset: number; block: ColumnBlock }
  | { type: "end"; run: number }
  | { type: "cancel"; run: number };

/** Where a run stands, in lines of the large table; `written` is counted by the pane as it writes the results. */
export interface RunProgress {
  lines: number;
  read: number;
  computed: number;
  written: number;
}

/** An error as it crosses: a DomainError's code, place and parameters (the pane phrases it), or a bug's message. */
export type CarriedError = { kind: "domain"; code: ErrorCode; place: Place; params: ErrorParams } | { kind: "internal"; message: string };

export interface RunResult {
  /** One row per line of the large table, in RESULT_COLUMNS. */
  lines: ColumnBlock;
  reconciliation: Range | null;
  balance: Range | null;
}

export type FromWorker =
  | { type: "progress"; run: number; read: number; computed: number }
  | ({ type: "result"; run: number } & RunResult)
  | { type: "error"; run: number; error: CarriedError }
  | { type: "cancelled"; run: number };

export type Post = (message: FromWorker, transfer: ArrayBuffer[]) => void;

export function carry(error: unknown): CarriedError {
  if (error instanceof DomainError) return { kind: "domain", code: error.code, place: { ...error.place }, params: { ...error.params } };
  return { kind: "internal", message: error instanceof Error ? error.message : String(error) };
}

/** The error the worker carried back, as the pane shows errors: a DomainError again, or an Error. */
export function uncarry(error: CarriedError): Error {
  return error.kind === "domain" ? new DomainError(error.code, error.place, error.params) : new Error(error.message);
}

interface Run {
  id: number;
  inputs: RunInputs;
  lines: Cell[][];
  read: number;
}

/** The worker's message handler: one run at a time (a new start replaces a run not finished). */
export function reconcileHandler(post: Post): (message: ToWorker) => void {
  let current: Run | null = null;
  const fail = (run: number, error: unknown) => {
    current = null;
    post({ type: "error", run, error: carry(error) }, []);
  };
  return (message) => {
    if (message.type === "start") {
      current = { id: message.run, inputs: message.inputs, lines: new Array<Cell[]>(message.lines), read: 0 };
      post({ type: "progress", run: message.run, read: 0, computed: 0 }, []);
      return;
    }
    if (message.type === "cancel") {
      if (current?.id === message.run) current = null;
      post({ type: "cancelled", run: message.run }, []);
      return;
    }
    const run = current;
    // A block or an end for a run cancelled or replaced: it was in flight, nothing to do.
    if (!run || run.id !== message.run) return;
    if (message.type === "block") {
      const { offset, block } = message;
      if (offset !== run.read || offset + block.rows > run.lines.length) return fail(run.id, new Error(`Block of ${block.rows} lines at line ${offset + 1}: expected line ${run.read + 1} of ${run.lines.length}`));
      const rows = rowsOf(block);
      for (let i = 0; i < rows.length; i++) run.lines[offset + i] = rows[i];
      run.read += block.rows;
      post({ type: "progress", run: run.id, read: run.read, computed: 0 }, []);
      return;
    }
    if (run.read !== run.lines.length) return fail(run.id, new Error(`The run announced ${run.lines.length} lines and sent ${run.read}`));
    current = null;
    let result: RunResult;
    try {
      const outcome = computeRun(run.inputs, run.lines);
      result = { lines: toColumns(outcome.lines, RESULT_COLUMNS[run.inputs.kind]), reconciliation: outcome.reconciliation, balance: outcome.balance };
    } catch (error) {
      return fail(run.id, error);
    }
    post({ type: "progress", run: run.id, read: run.read, computed: run.read }, []);
    post({ type: "result", run: run.id, ...result }, transferList(result.lines));
  };
}

/** Everything the pane sends for a run of a table already in memory: its start, the table in blocks of typed columns, its end (the demo's run, and the tests'). */
export function runMessages(run: number, inputs: RunInputs, lines: Range, blockRows: number): ToWorker[] {
  const out: ToWorker[] = [{ type: "start", run, inputs, lines: lines.length }];
  for (let offset = 0; offset < lines.length; offset += blockRows) out.push({ type: "block", run, offset, block: toColumns(lines.slice(offset, offset + blockRows), LINE_COLUMNS[inputs.kind]) });
  out.push({ type: "end", run });
  return out;
}
