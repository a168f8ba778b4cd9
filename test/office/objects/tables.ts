import { type Area, parseAddress, splitSheet } from "../addresses";
import { officeError, throwError } from "../errors";
import type { RequestContext } from "../requestContext";
import type { SheetModel, TableModel } from "../workbookModel";
import { ClientObject, Collection, expose, lazy, payloadOf } from "./base";
import { Range } from "./range";
import type { Worksheet } from "./workbook";

/** Excel tables: the workbook's (sheet undefined) or one sheet's. */
export class TableCollection extends Collection<Table, TableModel> {
  protected readonly itemProperties = ["name", "id", "showHeaders", "showTotals", "style"];

  constructor(
    context: RequestContext,
    private readonly sheet: (() => SheetModel) | undefined,
  ) {
    super(context, sheet ? "Worksheet.tables" : "Workbook.tables");
  }

  protected models(): TableModel[] {
    const sheet = this.sheet?.();
    return sheet ? this.book.tables.filter((t) => t.sheet === sheet) : this.book.tables;
  }

  protected itemFor(model: TableModel): Table {
    return expose(new Table(this.context, () => model));
  }

  add(address: Range | string, hasHeaders: boolean): Table {
    let model: TableModel | undefined;
    this.context.enqueue(
      "TableCollection.add",
      () => {
        const { sheet, area } = typeof address === "string" ? this.place(address) : { sheet: address.sheet(), area: address.area() };
        if (this.sheet && this.sheet() !== sheet) throw officeError("InvalidArgument", "The range is on another sheet.", "TableCollection.add");
        model = this.book.addTable(sheet, area, hasHeaders);
      },
      [payloadOf(address), hasHeaders],
    );
    return expose(new Table(this.context, () => model ?? throwError(officeError("InvalidOperation", "The table was not added.", "Table"))));
  }

  /** "Sheet!A1:C9", or "A1:C9" on this collection's sheet. */
  private place(address: string): { sheet: SheetModel; area: Area } {
    const parts = splitSheet(address);
    const sheet = parts.sheet !== undefined ? this.book.findSheet(parts.sheet) : this.sheet?.();
    if (!sheet) throw officeError("InvalidArgument", `Table address "${address}" names no sheet of this workbook.`, "TableCollection.add");
    return { sheet, area: parseAddress(parts.address, "TableCollection.add") };
  }

  getItem(key: string): Table {
    return expose(
      new Table(
        this.context,
        lazy(() => this.models().find((t) => t === this.book.findTable(key)) ?? throwError(officeError("ItemNotFound", `The requested resource doesn't exist. (table "${key}")`, "TableCollection.getItem"))),
      ),
    );
  }
}

class Table extends ClientObject {
  protected readonly scalarProperties = ["name", "id", "showHeaders", "showTotals", "style"];

  constructor(
    context: RequestContext,
    private readonly table: () => TableModel,
  ) {
    super(context, "Table");
  }

  protected read(property: string): unknown {
    const table = this.table();
    switch (property) {
      case "name":
        return table.name;
      case "id":
        return `{table-${this.book.tables.indexOf(table)}}`;
      case "showHeaders":
        return table.hasHeaders;
      case "showTotals":
        return false;
      case "style":
        return table.style;
    }
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.context.enqueue(
      "Table.name",
      () => {
        const table = this.table();
        this.book.checkTableName(name, table);
        table.name = name;
      },
      name,
    );
  }

  get style(): string {
    return this.loaded("style");
  }

  set style(style: string) {
    this.context.enqueue("Table.style", () => (this.table().style = style), style);
  }

  get worksheet(): Worksheet {
    return this.context.workbook.sheetObject(() => this.table().sheet);
  }

  private part(area: (t: TableModel) => Area): Range {
    return expose(new Range(this.context, () => this.table().sheet, () => area(this.table())));
  }

  getRange(): Range {
    return this.part((t) => t.area);
  }

  getHeaderRowRange(): Range {
    return this.part((t) => {
      if (!t.hasHeaders) throw officeError("ItemNotFound", "The table has no header row.", "Table.getHeaderRowRange");
      return { ...t.area, rows: 1 };
    });
  }

  getDataBodyRange(): Range {
    return this.part((t) => (t.hasHeaders ? { ...t.area, top: t.area.top + 1, rows: t.area.rows - 1 } : t.area));
  }

  delete(): void {
    this.context.enqueue("Table.delete", () => {
      const table = this.table();
      this.book.tables = this.book.tables.filter((t) => t !== table);
    });
  }
}
