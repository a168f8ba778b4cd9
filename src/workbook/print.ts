import { columnLetters, parseRef } from "./formula";
import { columnPixels, columnWidth, SheetLayout } from "./layout";
import type { SheetPlan } from "./plan";

/**
 * How a sheet prints, by one rule for every sheet of every template and
 * journey (the plan's PrintHints say only what the content cannot):
 *
 * - on A4, fitted to the page width and as many pages tall as it takes, in
 *   the orientation that prints fewer pages (a long table in portrait), the
 *   larger print when both take as many; portrait only down to MIN_SCALE;
 * - a sheet that would print below MATRIX_SCALE on one landscape page (a
 *   matrix with a column per centre) on a few pages wide, each repeating
 *   column A;
 * - the header row of its long table repeated on every page (the last row
 *   frozen on screen, or the header of a table longer than a page);
 * - the sheet's name and the page number in the footer;
 * - a sheet with page breaks (a statement to sign, then its annexes) at a
 *   fixed scale instead, since Excel ignores manual breaks when it fits to
 *   pages: the scale at which the page width and the rows before the first
 *   break both fit one page, in portrait if that is MIN_SCALE or more.
 */

export interface PageSetup {
  orientation: "portrait" | "landscape";
  /** Fitted to this many pages wide (and as many tall as needed), or printed at a fixed scale in percent. */
  zoom: { pagesWide: number } | { scale: number };
  /** The columns printed ("A:Q"), when not simply those the sheet writes on. */
  columns?: string;
  /** The row (1-based) repeated at the top of every page. */
  titleRow?: number;
  /** Column A repeated on every page, when the sheet prints more than one page wide. */
  titleColumn: boolean;
  /** Rows (1-based) after which a new page starts. */
  breaksAfter: number[];
  /** In inches, as both Excel APIs take them (Office.js in points: × 72). */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Footer in Excel's header and footer codes: &A the sheet's name, &P the page, &N the pages. */
  footer: { left: string; right: string };
}

/** A4 in points. */
const PAPER = { width: 595.3, height: 841.9 };
const MARGINS: PageSetup["margins"] = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 };
/** Below this scale 11-point text prints smaller than 7 points: turn the page first. */
export const MIN_SCALE = 0.6;
/** Below this on one landscape page (a matrix with a column per centre), print several pages wide. */
const MATRIX_SCALE = 0.45;
/** A table with more rows than this runs over a page: its header row repeats. */
const ROWS_PER_PAGE = 40;
const FOOTER = { left: "&A", right: "&P / &N" };

const points = (pixels: number): number => pixels * 0.75;

/** Printable width and height of a page in points. */
export function printableArea(orientation: PageSetup["orientation"]): { width: number; height: number } {
  const [width, height] = orientation === "portrait" ? [PAPER.width, PAPER.height] : [PAPER.height, PAPER.width];
  return { width: width - (MARGINS.left + MARGINS.right) * 72, height: height - (MARGINS.top + MARGINS.bottom) * 72 };
}

export function pageSetup(sheet: SheetPlan, layout: SheetLayout): PageSetup {
  let width = 0;
  for (let col = 0; col < layout.printColumns; col++) width += points(columnPixels(columnWidth(sheet, col)));
  const breaks = [...(sheet.print?.pageBreaks ?? [])].sort((a, b) => a - b);
  const { orientation, zoom } = breaks.length > 0 ? documentZoom(width, heightTo(layout, breaks[0])) : fittedZoom(width, heightTo(layout, layout.rows));
  return {
    orientation,
    zoom,
    columns: layout.printColumnsSet ? `A:${columnLetters(layout.printColumns - 1)}` : undefined,
    titleRow: titleRow(sheet),
    titleColumn: "pagesWide" in zoom && zoom.pagesWide > 1,
    // A page starting at 0-based row b ends the previous one after 1-based row b.
    breaksAfter: breaks,
    margins: MARGINS,
    footer: FOOTER,
  };
}

type Zoom = Pick<PageSetup, "orientation" | "zoom">;

/**
 * Fitted to the page width: a matrix too wide for one landscape page on a
 * few pages wide; otherwise the orientation that prints fewer pages (a long
 * table in portrait, smaller), the larger print when both take as many.
 */
function fittedZoom(width: number, height: number): Zoom {
  const landscape = printableArea("landscape");
  if (landscape.width / width < MATRIX_SCALE) return { orientation: "landscape", zoom: { pagesWide: Math.ceil((width * MIN_SCALE) / landscape.width) } };
  const options = (["portrait", "landscape"] as const)
    .map((orientation) => {
      const page = printableArea(orientation);
      const scale = Math.min(1, page.width / width);
      return { orientation, scale, pages: Math.ceil((height * scale) / page.height) };
    })
    .filter((option) => option.orientation === "landscape" || option.scale >= MIN_SCALE)
    .sort((a, b) => a.pages - b.pages || b.scale - a.scale);
  return { orientation: options[0].orientation, zoom: { pagesWide: 1 } };
}

/** A document whose first part must fit one page (a statement to sign): portrait if it prints large enough so, landscape otherwise. */
function documentZoom(width: number, firstPart: number): Zoom {
  const portrait = fixedScale(printableArea("portrait"), width, firstPart);
  return portrait >= 100 * MIN_SCALE ? { orientation: "portrait", zoom: { scale: portrait } } : { orientation: "landscape", zoom: { scale: fixedScale(printableArea("landscape"), width, firstPart) } };
}

/** Points from the top of the sheet to the row before `row` (0-based). */
function heightTo(layout: SheetLayout, row: number): number {
  let height = 0;
  for (let r = 0; r < row; r++) height += layout.rowHeight(r);
  return height;
}

/** Room left for renderers that draw columns wider than Excel (LibreOffice: about 5 %). */
const RENDERER_SLACK = 0.94;

/** The largest whole percentage (at most 100) at which `width` × `height` points fit the page, with slack. */
function fixedScale(page: { width: number; height: number }, width: number, height: number): number {
  return Math.floor(100 * Math.min(1, (RENDERER_SLACK * page.width) / width, (RENDERER_SLACK * page.height) / height));
}

/**
 * The row repeated on every page, when the table under it runs over a page:
 * the last frozen row (the header on screen), or else the header of the
 * longest table.
 */
function titleRow(sheet: SheetPlan): number | undefined {
  if (sheet.freezeRows) {
    const first = sheet.freezeRows; // 0-based, the first row under the header
    const long = sheet.tables.some((t) => parseRef(t.at).top + 1 === first && t.rows.length > ROWS_PER_PAGE) || sheet.formulas.some((f) => parseRef(f.at).top === first && f.rows > ROWS_PER_PAGE);
    return long ? first : undefined;
  }
  const longest = [...sheet.tables].sort((a, b) => b.rows.length - a.rows.length)[0];
  return longest && longest.rows.length > ROWS_PER_PAGE ? parseRef(longest.at).top + 1 : undefined;
}
