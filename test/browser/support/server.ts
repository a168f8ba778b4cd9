/**
 * Serves dist/ on a free localhost port for the browser tests. taskpane.html
 * is rewritten on the fly to load the Office stub (officeStub.ts, bundled
 * here) where the production page loads office.js from Microsoft's CDN; the
 * files in dist/ are never changed.
 */
import { buildSync } from "esbuild";
import * as fs from "fs";
import { createServer } from "http";
import type { AddressInfo } from "net";
import * as path from "path";

const STUB_URL_PATH = "/__hisab_test__/officeStub.js";
const STUB_SOURCE = path.join(__dirname, "officeStub.ts");

/** The production page's office.js tag, quoted or not (html-webpack-plugin minifies the page). */
const OFFICE_JS_TAG = /<script\b[^>]*\bsrc=["']?https:\/\/appsforoffice\.microsoft\.com\/[^"' >]*\/office\.js["']?[^>]*>\s*<\/script>/i;

/** The page as the tests load it: the stub in office.js's place, so it still runs before functions.js and taskpane.js. */
function testPage(productionHtml: string): string {
  const tags = productionHtml.match(new RegExp(OFFICE_JS_TAG.source, "gi")) ?? [];
  if (tags.length !== 1) {
    throw new Error(
      `dist/taskpane.html should load office.js from appsforoffice.microsoft.com exactly once (found ${tags.length} times); ` +
        "the browser tests replace that tag with their Office stub: update test/browser/support/server.ts",
    );
  }
  return productionHtml.replace(OFFICE_JS_TAG, `<script src="${STUB_URL_PATH}"></script>`);
}

/** officeStub.ts and the in-memory Excel it puts behind Office's globals, bundled as one classic script (esbuild, which tsx already brings). */
function compileStub(): string {
  const output = buildSync({ entryPoints: [STUB_SOURCE], bundle: true, format: "iife", target: "es2022", platform: "browser", write: false, logLevel: "silent" });
  return output.outputFiles[0].text;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface DistServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Paths the page asked for that do not exist (each is also a console error in the page). */
  notFound: string[];
  close(): Promise<void>;
}

export async function serveDist(distDir: string): Promise<DistServer> {
  const page = testPage(fs.readFileSync(path.join(distDir, "taskpane.html"), "utf8"));
  const stub = compileStub();
  const notFound: string[] = [];
  const root = path.resolve(distDir);

  const server = createServer((request, response) => {
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      response.end(body);
    };
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "text/plain", "GET only");
    if (urlPath === "/" || urlPath === "/taskpane.html") return send(200, TYPES[".html"], page);
    if (urlPath === STUB_URL_PATH) return send(200, TYPES[".js"], stub);
    const file = path.resolve(root, `.${urlPath}`);
    if (file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return send(200, TYPES[path.extname(file)] ?? "application/octet-stream", fs.readFileSync(file));
    }
    notFound.push(urlPath);
    return send(404, "text/plain", `Not found: ${urlPath}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    notFound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
