/**
 * What the browser Office stub (officeStub.ts) exposes on `window.hisabStub`,
 * shared by the stub and the tests that drive it through playwright.
 * Everything here is plain JSON so it crosses page.evaluate unchanged; the
 * workbook's snapshot is the shared model's (test/office/types.ts).
 */
import type { CellValue, SheetSpec, WorkbookSnapshot } from "../../office/types";

export type { CellSnapshot, ChartSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../office/types";

export interface SyncFailure {
  /** The nth context.sync from now rejects (1 = the next one). */
  at: number;
  code: string;
  message: string;
}

/** A user's sheet for loadWorkbook: blocks of values by top-left cell, and Excel tables over them (header row included). */
export type StubSheet = SheetSpec;

export interface HisabStub {
  snapshot(): WorkbookSnapshot;
  /** Replaces the whole workbook with these sheets (names and selection cleared), the first one active. */
  loadWorkbook(sheets: StubSheet[]): void;
  /** The user types a value in a cell. */
  setCell(sheet: string, address: string, value: CellValue): void;
  /** The user grows or shrinks a table (header row included). */
  resizeTable(name: string, address: string): void;
  /** The user clicks a sheet's tab. */
  activate(sheet: string): void;
  /** The user selects cells (their sheet becomes the active one). */
  select(sheet: string, address: string): void;
  /** Structure protection: adding, deleting or renaming sheets fails with AccessDenied, as in Excel. */
  protectStructure(on: boolean): void;
  /** One sync rejects with this Office error, without running any of its commands (e.g. a request Excel refuses as too large). */
  failSync(failure: SyncFailure): void;
  /** Every sheet deletion fails with this code (to see what the pane says when it cannot clean up); undefined stops it. */
  failSheetDeletes(code: string | undefined): void;
  /** The nth context.sync from now waits until resume() (to look at the pane while an insert runs). */
  pauseAtSync(at: number): void;
  resume(): void;
  /** True while a sync waits for resume(). */
  paused(): boolean;
}

/** Query-string parameters of the test page. */
export interface StubParams {
  /** Office.context.displayLanguage, e.g. "fr-FR" (default) or "en-US". */
  displayLanguage?: string;
  /** "dark" gives a dark Office theme (isDarkTheme and dark colours); light otherwise. */
  theme?: "light" | "dark";
  /** The workbook's sheets at start, comma-separated; the first one holds a little user data. Default "Feuil1" in French, "Sheet1" otherwise. */
  sheets?: string;
}
