import { parentPort, workerData } from "node:worker_threads";
import { Job, measure } from "./measure";

/**
 * Worker thread entry: waits for the main thread's "go" (so that it can take
 * its memory baseline first), runs one measurement, posts progress and rows.
 */
const port = parentPort;
if (!port) throw new Error("bench/worker.ts runs in a worker thread");
port.once("message", () => {
  try {
    measure(workerData as Job, (progress) => port.postMessage(progress));
    port.postMessage({ type: "done" });
  } catch (error) {
    port.postMessage({ type: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
port.postMessage({ type: "ready" });
