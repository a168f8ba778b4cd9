/**
 * The BUILT reconciliation worker (dist/reconcile.worker.js) in Debian's
 * chromium, started from the built pane's page as the pane starts it: served
 * from the add-in's own origin beside taskpane.html, fed typed columns, its
 * results those of the contract functions.
 */
import { rowsOf, transferList } from "../../src/journeys/large/columns";
import { runMessages, type FromWorker, type ToWorker } from "../../src/journeys/large/protocol";
import { WORKER_FILE } from "../../taskpane/worker/reconcileClient";
import { claimsSample, feeForServiceSample } from "../journeys/large/samples";
import { browserSession } from "./support/session";
import type { Pane } from "./support/browser";

const { withPane } = browserSession();

/** Typed arrays as JSON (page.evaluate carries plain values), both ways. */
const TYPED = { f64: Float64Array, i32: Int32Array } as const;
const pack = (value: unknown): string => JSON.stringify(value, (_, v) => (v instanceof Float64Array ? { $typed: "f64", values: [...v] } : v instanceof Int32Array ? { $typed: "i32", values: [...v] } : v));
const unpack = <T>(text: string): T => JSON.parse(text, (_, v) => (v && typeof v === "object" && "$typed" in v ? TYPED[v.$typed as keyof typeof TYPED].from(v.values as number[]) : v)) as T;

/** Starts the worker from the pane's page, posts `sent` with their buffers transferred, and returns what it answered up to its result or error. */
async function runInPage(pane: Pane, sent: ToWorker[]): Promise<{ url: string; origin: string; received: FromWorker[] }> {
  const answer = await pane.page.evaluate(
    ([file, packed]) => {
      const TYPES = { f64: Float64Array, i32: Int32Array } as const;
      const revive = (text: string) => JSON.parse(text, (_, v) => (v && typeof v === "object" && "$typed" in v ? TYPES[v.$typed as keyof typeof TYPES].from(v.values) : v));
      const replace = (value: unknown) => JSON.stringify(value, (_, v) => (v instanceof Float64Array ? { $typed: "f64", values: [...v] } : v instanceof Int32Array ? { $typed: "i32", values: [...v] } : v));
      const url = new URL(file, document.baseURI);
      const worker = new Worker(url);
      const received: unknown[] = [];
      return new Promise<string>((resolve, reject) => {
        worker.onerror = (event) => reject(new Error(`worker error: ${event.message}`));
        worker.onmessage = (event) => {
          received.push(event.data);
          if (event.data.type === "result" || event.data.type === "error") {
            worker.terminate();
            resolve(replace({ url: url.href, origin: location.origin, received }));
          }
        };
        for (const message of revive(packed) as { type: string; block?: { columns: { values?: Float64Array; other?: Int32Array | null; index?: Int32Array }[] } }[]) {
          const buffers = (message.block?.columns ?? []).flatMap((c) => [c.values, c.other, c.index].filter((a): a is Float64Array | Int32Array => !!a).map((a) => a.buffer));
          worker.postMessage(message, buffers);
        }
      });
    },
    [WORKER_FILE, pack(sent)] as const,
  );
  return unpack(answer);
}

describe("the built reconciliation worker", () => {
  it("starts from the pane's own origin and gives the contract functions' results", async () => {
    await withPane("worker-fee-for-service", {}, async (pane) => {
      const { inputs, lines, expected } = feeForServiceSample();
      const sent = runMessages(1, inputs, lines, 9);
      expect(sent.flatMap((m) => (m.type === "block" ? transferList(m.block) : [])).length).toBeGreaterThan(0);
      const { url, origin, received } = await runInPage(pane, sent);
      expect(new URL(url).origin).toBe(origin);
      expect(new URL(url).pathname).toBe(`/${WORKER_FILE}`);
      const result = received.at(-1);
      if (result?.type !== "result") throw new Error(`no result: ${JSON.stringify(result)}`);
      expect(rowsOf(result.lines)).toEqual(expected.lines);
      expect(result.reconciliation).toEqual(expected.reconciliation);
      expect(result.balance).toEqual(expected.balance);
      expect(received.filter((m) => m.type === "progress").at(-1)).toEqual({ type: "progress", run: 1, read: lines.length, computed: lines.length });
    });
  });

  it("carries the engine's error back with its place", async () => {
    await withPane("worker-claims-error", {}, async (pane) => {
      const { inputs, lines } = claimsSample();
      const edited = lines.map((row) => row.slice());
      edited[3][5] = "beaucoup";
      const { received } = await runInPage(pane, runMessages(1, inputs, edited, 4));
      expect(received.at(-1)).toEqual({ type: "error", run: 1, error: { kind: "domain", code: "not_a_number", place: { argument: "othersPaid", row: 4 }, params: { value: "beaucoup" } } });
    });
  });
});
