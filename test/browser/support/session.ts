import type { Browser } from "playwright-core";
import { launchChromium, Pane, type PaneOptions } from "./browser";
import { DIST, ensureBuilt } from "./build";
import { serveDist, type DistServer } from "./server";

/**
 * One browser and one server of dist/ for a test file (started before its
 * tests, closed after), and `withPane` to run a test in a fresh pane.
 */
export function browserSession(): { withPane: (name: string, options: PaneOptions, body: (pane: Pane) => Promise<void>) => Promise<void>; open: (options: PaneOptions) => Promise<Pane> } {
  let server: DistServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureBuilt();
    server = await serveDist(DIST);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (options: PaneOptions) => Pane.open(browser, server.origin, options);

  /**
   * Opens the pane, runs `body`, then checks what must hold in every state: no
   * console error or uncaught exception, no request off this machine, no file
   * missing from dist/, nothing the stub would show as broken in Excel. A
   * failing test leaves a FAILED-<name>.png screenshot.
   */
  async function withPane(name: string, options: PaneOptions, body: (pane: Pane) => Promise<void>): Promise<void> {
    const pane = await open(options);
    try {
      await body(pane);
      expect((await pane.snapshot()).problems).toEqual([]);
      expect(pane.errors).toEqual([]);
      expect(pane.blocked).toEqual([]);
      expect(server.notFound).toEqual([]);
    } catch (error) {
      await pane.screenshot(`FAILED-${name}`, { fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await pane.close();
    }
  }

  return { withPane, open };
}
