import { reconcileHandler, ToWorker } from "../../src/journeys/large/protocol";

/**
 * The reconciliation worker's entry (webpack entry "reconcile.worker", served
 * beside taskpane.html): the engine runs here, off the pane's thread, so the
 * pane stays responsive while a million claim lines are reconciled. The
 * protocol is src/journeys/large/protocol.ts.
 */

/** The part of a dedicated worker's global scope used here (tsconfig's lib is the DOM's, not WebWorker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const handle = reconcileHandler((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => handle(event.data);
