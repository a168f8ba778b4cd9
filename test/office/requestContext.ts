import { OfficeError, officeError } from "./errors";
import { expose } from "./objects/base";
import { Workbook } from "./objects/workbook";
import { jsonBytes, type Measured, requestBytes } from "./requestSize";
import type { RequestRecord } from "./types";
import type { WorkbookModel } from "./workbookModel";

/**
 * Office's request model: proxies queue commands, `context.sync()` sends
 * them as one request that runs them in order, and loaded values come back
 * with its response. A sync can be refused as a whole (an injected fault, a
 * request or response over the payload limit: nothing runs, nothing is
 * loaded); a failing command rejects the sync with an Office-style error
 * after the commands before it have run. Every sync is recorded with its
 * commands, cells written and sizes (model.requests).
 */

interface Command extends Measured {
  run: () => void;
}

/** What the running request has written and what its response carries. */
interface Running {
  record: RequestRecord;
  responses: unknown[];
  deliveries: (() => void)[];
}

/** Between two requests the page gets to render, as with Excel's round trips. */
const roundTrip = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class RequestContext {
  private queue: Command[] = [];
  private running: Running | undefined;
  readonly workbook: Workbook;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(readonly model: WorkbookModel) {
    this.workbook = expose(new Workbook(this));
  }

  enqueue(where: string, run: () => void, payload?: unknown): void {
    this.queue.push({ where, run, payload });
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Counts cells a running command writes (once per property). */
  wrote(cells: number): void {
    if (this.running) this.running.record.cellsWritten += cells;
  }

  /** A value a running command loads: it travels in the response and becomes readable once the response is in. */
  respond(value: unknown, deliver: () => void): void {
    if (!this.running) return deliver();
    this.running.responses.push(value);
    this.running.deliveries.push(deliver);
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const { model } = this;
    const commands = this.queue;
    this.queue = [];
    const number = ++model.stats.syncs;
    await roundTrip();
    await model.pauses.wait(number);
    const record: RequestRecord = { commands: commands.map((c) => c.where), cellsWritten: 0, requestBytes: requestBytes(commands), responseBytes: 0 };
    model.requests.push(record);
    const running: Running = { record, responses: [], deliveries: [] };
    try {
      const refused = model.faults.syncFailure(number);
      if (refused) throw refused;
      if (record.requestBytes > model.limits.requestBytes) throw officeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.", "RequestContext.sync");
      this.running = running;
      try {
        for (const command of commands) this.runCommand(command);
      } finally {
        this.running = undefined;
      }
      record.responseBytes = jsonBytes(running.responses);
      if (record.responseBytes > model.limits.responseBytes) throw officeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", "RequestContext.sync");
      for (const deliver of running.deliveries) deliver();
      return passThroughValue;
    } catch (error) {
      model.stats.failedSyncs++;
      record.error = (error as OfficeError).code;
      throw error;
    } finally {
      model.version++;
    }
  }

  private runCommand(command: Command): void {
    const fault = this.model.faults.commandFailure(command.where);
    if (fault) throw fault;
    try {
      command.run();
    } catch (error) {
      if (error instanceof OfficeError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      this.model.problem(`${command.where}: ${message}`);
      throw officeError("GeneralException", message, command.where);
    }
  }
}

type Batch<T> = (context: RequestContext) => Promise<T>;

/** Excel.run(batch) on the model: a fresh context; commands still queued when the batch returns are sent. */
export async function run<T>(model: WorkbookModel, first: Batch<T> | unknown, second?: Batch<T>): Promise<T> {
  const batch = (typeof first === "function" ? first : second) as Batch<T> | undefined;
  if (typeof batch !== "function") throw officeError("InvalidArgument", "Excel.run needs a batch function.", "Excel.run");
  model.stats.runs++;
  const context = new RequestContext(model);
  const result = await batch(context);
  if (context.pending > 0) {
    model.stats.pendingAtEndOfRun += context.pending;
    await context.sync();
  }
  return result;
}
