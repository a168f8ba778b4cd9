import { parseAddress } from "../addresses";
import type { RequestContext } from "../requestContext";
import type { SheetModel } from "../workbookModel";
import { ClientObject, expose, settable } from "./base";

/**
 * A sheet's page layout (ExcelApi 1.9) as the writers set it: paper,
 * orientation, zoom (fit to pages or a scale), margins in points, the
 * footers of every page, the print area and titles; and its horizontal page
 * breaks. Each setting is kept under its Office.js name (SheetModel.page).
 */

const PAGE_PROPERTIES: Record<string, (value: unknown) => boolean> = {
  paperSize: (value) => typeof value === "string",
  orientation: (value) => value === "Portrait" || value === "Landscape",
  zoom: (value) => validZoom(value),
  ...Object.fromEntries(["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"].map((margin) => [margin, (value: unknown) => typeof value === "number" && value >= 0])),
};

/** A scale from 10 to 400, or pages to fit (0: as many as needed). */
function validZoom(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { scale, horizontalFitToPages, verticalFitToPages } = value as Record<string, unknown>;
  if (scale !== undefined) return typeof scale === "number" && scale >= 10 && scale <= 400 && horizontalFitToPages === undefined && verticalFitToPages === undefined;
  return [horizontalFitToPages, verticalFitToPages].every((pages) => pages === undefined || (Number.isInteger(pages) && (pages as number) >= 0));
}

export class PageLayout extends ClientObject {
  protected readonly scalarProperties = Object.keys(PAGE_PROPERTIES);
  readonly headersFooters: HeaderFooterGroup;

  constructor(
    context: RequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "PageLayout");
    settable(this, PAGE_PROPERTIES, (property, value) => (this.sheet().page[property] = value), (property) => this.loaded(property));
    this.headersFooters = expose(new HeaderFooterGroup(context, sheet));
  }

  protected read(property: string): unknown {
    return this.sheet().page[property] ?? null;
  }

  setPrintArea(area: string): void {
    this.setRange("printArea", area);
  }

  setPrintTitleRows(rows: string): void {
    this.setRange("printTitleRows", rows);
  }

  setPrintTitleColumns(columns: string): void {
    this.setRange("printTitleColumns", columns);
  }

  private setRange(property: string, address: string): void {
    this.context.enqueue(
      `PageLayout.set${property[0].toUpperCase()}${property.slice(1)}`,
      () => {
        parseAddress(address); // refuses what is not an address
        this.sheet().page[property] = address;
      },
      address,
    );
  }
}

class HeaderFooterGroup extends ClientObject {
  protected readonly scalarProperties: readonly string[] = [];
  readonly defaultForAllPages: HeaderFooter;

  constructor(context: RequestContext, sheet: () => SheetModel) {
    super(context, "HeaderFooterGroup");
    this.defaultForAllPages = expose(new HeaderFooter(context, sheet));
  }

  protected read(): unknown {
    return undefined;
  }
}

const HEADERS_FOOTERS = Object.fromEntries(["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"].map((part) => [part, (value: unknown) => typeof value === "string"]));

class HeaderFooter extends ClientObject {
  protected readonly scalarProperties = Object.keys(HEADERS_FOOTERS);

  constructor(
    context: RequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "HeaderFooter");
    settable(this, HEADERS_FOOTERS, (property, value) => (this.sheet().page[property] = value), (property) => this.loaded(property));
  }

  protected read(property: string): unknown {
    return this.sheet().page[property] ?? "";
  }
}

/** The manual page breaks above rows: add one before a cell's row, remove them all. */
export class PageBreakCollection extends ClientObject {
  protected readonly scalarProperties: readonly string[] = [];

  constructor(
    context: RequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "PageBreakCollection");
  }

  protected read(): unknown {
    return undefined;
  }

  add(cell: string): void {
    this.context.enqueue(
      "PageBreakCollection.add",
      () => {
        parseAddress(cell);
        this.sheet().pageBreaks.push(cell);
      },
      cell,
    );
  }

  removePageBreaks(): void {
    this.context.enqueue("PageBreakCollection.removePageBreaks", () => (this.sheet().pageBreaks = []));
  }
}
