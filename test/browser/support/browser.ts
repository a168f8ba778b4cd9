/**
 * Debian's chromium driven by playwright-core (never a downloaded browser),
 * cut off from the network: every request that is not to this machine is
 * aborted and recorded, so Microsoft's CDN is never reached.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { HisabStub, StubParams, WorkbookSnapshot } from "./stubTypes";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = path.resolve(__dirname, "../../screenshots");

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium; .ci/run does it)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // playwright gives each launch a fresh temporary --user-data-dir of its own (and refuses one in args).
    args: [
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      "--headless",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-default-apps",
      "--disable-extensions",
      "--mute-audio",
    ],
    timeout: 30_000,
  });
}

export interface PaneOptions extends StubParams {
  /** CSS pixels. The default is a task pane as Excel opens it. */
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** One task pane page in its own browser context (fresh storage), with what went wrong in it recorded. */
export class Pane {
  /** Console errors and uncaught exceptions of the page. */
  readonly errors: string[] = [];
  /** Requests to anywhere but localhost, aborted. */
  readonly blocked: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, origin: string, options: PaneOptions = {}): Promise<Pane> {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 360, height: 900 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      serviceWorkers: "block",
      locale: options.displayLanguage ?? "fr-FR",
    });
    const page = await context.newPage();
    const pane = new Pane(context, page);
    page.setDefaultTimeout(10_000);
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
      pane.blocked.push(url.href);
      return route.abort("blockedbyclient");
    });
    page.on("console", (message) => {
      if (message.type() === "error") pane.errors.push(`console.error: ${message.text()}`);
    });
    page.on("pageerror", (error) => pane.errors.push(`uncaught: ${error.stack ?? error.message}`));
    const query = new URLSearchParams();
    for (const key of ["displayLanguage", "theme", "sheets"] as const) if (options[key] !== undefined) query.set(key, String(options[key]));
    await page.goto(`${origin}/taskpane.html?${query}`);
    await pane.ready();
    return pane;
  }

  /** The pane has rendered (its title is up). */
  async ready(): Promise<void> {
    await this.page.getByRole("heading", { level: 1 }).waitFor();
  }

  async snapshot(): Promise<WorkbookSnapshot> {
    return this.page.evaluate(() => (window as unknown as { hisabStub: HisabStub }).hisabStub.snapshot());
  }

  /** Calls one of the stub's controls in the page. */
  async stub<K extends keyof HisabStub>(method: K, ...args: Parameters<HisabStub[K]>): Promise<void> {
    await this.page.evaluate(
      ([name, values]) => {
        const stub = (window as unknown as { hisabStub: Record<string, (...a: unknown[]) => unknown> }).hisabStub;
        stub[name](...values);
      },
      [method, args] as [string, unknown[]],
    );
  }

  /** test/screenshots/<name>.png: what the viewport shows, or the whole page. */
  async screenshot(name: string, options: { fullPage?: boolean } = {}): Promise<string> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.png`);
    // Transitions finished (a button fading from its disabled look would show half-way), no text caret.
    await this.page.screenshot({ path: file, fullPage: options.fullPage ?? false, animations: "disabled", caret: "hide" });
    return file;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
