/**
 * A stand-in for office.js in a plain browser page, so the BUILT task pane
 * (dist/taskpane.html, dist/functions.js, dist/taskpane.js) runs in chromium
 * without Excel or Microsoft's CDN. The test server bundles this file
 * (server.ts) and serves it in place of office.js.
 *
 * The workbook, its rules and Office's request model are the in-memory Excel
 * of test/office/, the same the jest tests use; this file only puts it
 * behind the globals office.js defines:
 * - `Office`: onReady (host Excel), context.displayLanguage from the query
 *   string (?displayLanguage=en-US), officeTheme (?theme=dark),
 *   context.requirements.isSetSupported (always true);
 * - `CustomFunctions`: the shared stand-in, recording the ids functions.js
 *   registers, against which formulas calling HISAB.* are checked (#NAME?);
 * - `OfficeExtension.Error` and `Excel.run` on the in-memory workbook;
 * and the controls of `window.hisabStub` (see stubTypes.ts). A problem (a
 * member not implemented, a formula Excel would show as broken) is logged
 * as a console error, which fails the test that caused it.
 */
import { customFunctionsStandIn } from "../../office/customFunctions";
import { OfficeError, officeError } from "../../office/errors";
import { RequestContext, run } from "../../office/requestContext";
import { workbookSnapshot } from "../../office/snapshot";
import { WorkbookModel } from "../../office/workbookModel";
import type { HisabStub } from "./stubTypes";

const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get("displayLanguage") ?? "fr-FR";
const french = /^fr/i.test(displayLanguage);
const dark = params.get("theme") === "dark";

const sheetNames = (params.get("sheets") ?? (french ? "Feuil1" : "Sheet1")).split(",").map((s) => s.trim()).filter((s) => s !== "");
const model = new WorkbookModel(sheetNames, { checkCustomFunctions: true, onProblem: (problem) => console.error(`[office stub] ${problem}`) });
{
  // A little of the user's own data, which an insert must never touch.
  const own = model.sheets[0];
  model.type(own.name, "A1", [[french ? "Mes données" : "My data", 42, "=B1*2"]]);
  own.cells.setStyle("font", 0, 0, "bold", true);
}

const hisabStub: HisabStub = {
  snapshot: () => workbookSnapshot(model),
  loadWorkbook: (sheets) => model.load(sheets),
  setCell: (sheet, address, value) => model.type(sheet, address, [[value]]),
  resizeTable: (name, address) => model.resizeTable(name, address),
  activate: (sheet) => model.activate(sheet),
  select: (sheet, address) => model.select(sheet, address),
  protectStructure(on) {
    model.protectedStructure = on;
  },
  failSync: ({ at, code, message }) => model.failSync(at, officeError(code, message, "RequestContext.sync")),
  failSheetDeletes(code) {
    if (code === undefined) model.faults.allow("Worksheet.delete");
    else model.faults.failCommand("Worksheet.delete", officeError(code, "The sheet could not be deleted.", "Worksheet.delete"));
  },
  pauseAtSync: (at) => model.pauseAtSync(at),
  resume: () => model.pauses.resume(),
  paused: () => model.pauses.paused,
};

const LIGHT_THEME = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000", isDarkTheme: false };
const DARK_THEME = { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#3B3B3B", controlForegroundColor: "#FFFFFF", isDarkTheme: true };

const hostInfo = { host: "Excel", platform: "OfficeOnline" };
let ready: Promise<typeof hostInfo> | undefined;

Object.assign(window, {
  hisabStub,
  OfficeExtension: { Error: OfficeError },
  Office: {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady(callback?: (info: typeof hostInfo) => void) {
      // Office initializes asynchronously, after the page's scripts have run.
      ready ??= new Promise((resolve) => setTimeout(() => resolve(hostInfo), 0));
      return ready.then((info) => {
        callback?.(info);
        return info;
      });
    },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      officeTheme: dark ? DARK_THEME : LIGHT_THEME,
      host: "Excel",
      platform: "OfficeOnline",
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0 (stub)" },
      requirements: { isSetSupported: () => true },
    },
  },
  Excel: {
    run: (first: unknown, second?: unknown) => run(model, first, second as never),
    RequestContext: class extends RequestContext {
      constructor() {
        super(model);
      }
    },
    ErrorCodes: { accessDenied: "AccessDenied", generalException: "GeneralException", invalidArgument: "InvalidArgument", invalidOperation: "InvalidOperation", itemNotFound: "ItemNotFound", itemAlreadyExists: "ItemAlreadyExists" },
  },
  CustomFunctions: customFunctionsStandIn((id, implementation) => {
    if (typeof implementation !== "function") model.problem(`CustomFunctions.associate("${id}") was given no function`);
    model.customFunctions?.add(id.toUpperCase());
  }),
});
