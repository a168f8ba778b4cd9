import { MAX_COLS, MAX_ROWS, parseAddress, splitSheet } from "../addresses";
import { officeError, throwError } from "../errors";
import type { RequestContext } from "../requestContext";
import { nameKey, type SheetModel } from "../workbookModel";
import { ClientObject, Collection, expose, lazy } from "./base";
import { ChartCollection } from "./charts";
import { NamedItemCollection } from "./names";
import { PageBreakCollection, PageLayout } from "./pageLayout";
import { Range } from "./range";
import { TableCollection } from "./tables";

/** The workbook, its application, its sheets. */

export class Workbook extends ClientObject {
  protected readonly scalarProperties = ["name"];
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly application: Application;

  constructor(context: RequestContext) {
    super(context, "Workbook");
    this.worksheets = expose(new WorksheetCollection(context));
    this.tables = expose(new TableCollection(context, undefined));
    this.names = expose(new NamedItemCollection(context));
    this.application = expose(new Application(context));
  }

  protected read(): unknown {
    return "Classeur1.xlsx";
  }

  get name(): string {
    return this.loaded("name");
  }

  getSelectedRange(): Range {
    const selected = () => this.book.selection ?? { sheet: this.book.activeSheet ?? this.book.sheets[0], area: parseAddress("A1") };
    return expose(new Range(this.context, () => selected().sheet, () => selected().area));
  }

  /** The proxy of a sheet (for Table.worksheet). */
  sheetObject(sheet: () => SheetModel): Worksheet {
    return expose(new Worksheet(this.context, sheet));
  }
}

class Application extends ClientObject {
  protected readonly scalarProperties = ["calculationMode"];

  constructor(context: RequestContext) {
    super(context, "Application");
  }

  protected read(): unknown {
    return "Automatic";
  }

  calculate(): void {
    this.context.enqueue("Application.calculate", () => undefined);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue("Application.suspendApiCalculationUntilNextSync", () => undefined);
  }
}

class WorksheetCollection extends Collection<Worksheet, SheetModel> {
  protected readonly itemProperties = ["name", "position", "id", "visibility"];

  constructor(context: RequestContext) {
    super(context, "WorksheetCollection");
  }

  protected models(): SheetModel[] {
    return this.book.sheets;
  }

  protected itemFor(model: SheetModel): Worksheet {
    return expose(new Worksheet(this.context, () => model));
  }

  add(name?: string): Worksheet {
    let model: SheetModel | undefined;
    this.context.enqueue(
      "WorksheetCollection.add",
      () => {
        this.book.refuseIfProtected("WorksheetCollection.add");
        let wanted = name;
        if (wanted === undefined) for (let n = this.book.sheets.length + 1; wanted === undefined || this.book.findSheet(wanted); n++) wanted = `Sheet${n}`;
        model = this.book.addSheet(wanted);
      },
      name,
    );
    return expose(new Worksheet(this.context, () => model ?? throwError(officeError("InvalidOperation", "The sheet was not added.", "Worksheet"))));
  }

  private find(key: string): SheetModel | undefined {
    return this.book.findSheet(key) ?? this.book.sheets.find((s) => s.id === key);
  }

  getItem(key: string): Worksheet {
    return expose(new Worksheet(this.context, lazy(() => this.find(key) ?? throwError(officeError("ItemNotFound", `The requested resource doesn't exist. (sheet "${key}")`, "WorksheetCollection.getItem")))));
  }

  getItemOrNullObject(key: string): Worksheet {
    const found = lazy(() => this.find(key));
    const sheet = expose(new Worksheet(this.context, () => found() ?? throwError(officeError("InvalidObjectPath", `The sheet "${key}" is a null object.`, "Worksheet"))));
    this.context.enqueue("WorksheetCollection.getItemOrNullObject", () => sheet.setNull(found() === undefined), key);
    return sheet;
  }

  getActiveWorksheet(): Worksheet {
    return expose(new Worksheet(this.context, lazy(() => this.book.activeSheet ?? this.book.sheets[0])));
  }
}

export class Worksheet extends ClientObject {
  protected readonly scalarProperties = ["name", "position", "id", "visibility"];
  private tableCollection: TableCollection | undefined = undefined;
  private chartCollection: ChartCollection | undefined = undefined;
  private panes: FreezePanes | undefined = undefined;
  private page: PageLayout | undefined = undefined;
  private breaks: PageBreakCollection | undefined = undefined;

  constructor(
    context: RequestContext,
    readonly sheet: () => SheetModel,
  ) {
    super(context, "Worksheet");
  }

  protected read(property: string): unknown {
    const sheet = this.sheet();
    switch (property) {
      case "name":
        return sheet.name;
      case "position":
        return this.book.sheets.indexOf(sheet);
      case "id":
        return sheet.id;
      case "visibility":
        return "Visible";
    }
  }

  setNull(isNull: boolean): void {
    this.foundNull(isNull);
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.context.enqueue(
      "Worksheet.name",
      () => {
        this.book.refuseIfProtected("Worksheet.name");
        this.book.renameSheet(this.sheet(), name);
      },
      name,
    );
  }

  get position(): number {
    return this.loaded("position");
  }

  get id(): string {
    return this.loaded("id");
  }

  get visibility(): string {
    return this.loaded("visibility");
  }

  get tables(): TableCollection {
    return (this.tableCollection ??= expose(new TableCollection(this.context, this.sheet)));
  }

  get charts(): ChartCollection {
    return (this.chartCollection ??= expose(new ChartCollection(this.context, this.sheet)));
  }

  get freezePanes(): FreezePanes {
    return (this.panes ??= expose(new FreezePanes(this.context, this.sheet)));
  }

  get pageLayout(): PageLayout {
    return (this.page ??= expose(new PageLayout(this.context, this.sheet)));
  }

  get horizontalPageBreaks(): PageBreakCollection {
    return (this.breaks ??= expose(new PageBreakCollection(this.context, this.sheet)));
  }

  getRange(address?: string): Range {
    if (address === undefined) return expose(new Range(this.context, this.sheet, () => ({ top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS })));
    const { sheet: sheetName, address: ref } = splitSheet(address);
    return expose(
      new Range(this.context, this.sheet, () => {
        if (sheetName !== undefined && nameKey(sheetName) !== nameKey(this.sheet().name)) throw officeError("InvalidArgument", `Worksheet.getRange("${address}") names another sheet.`, "Worksheet.getRange");
        return parseAddress(ref);
      }),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return expose(
      new Range(this.context, this.sheet, () => {
        if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS) {
          throw officeError("InvalidArgument", `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet.`, "Worksheet.getRangeByIndexes");
        }
        return { top: startRow, left: startColumn, rows: rowCount, cols: columnCount };
      }),
    );
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The block from the first to the last cell holding something (only values and formulas with `valuesOnly`); a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    const used = lazy(() => this.sheet().cells.usedArea(valuesOnly));
    const range = expose(new Range(this.context, this.sheet, () => used() ?? throwError(officeError("InvalidObjectPath", "The used range is a null object.", "Range"))));
    this.context.enqueue("Worksheet.getUsedRangeOrNullObject", () => range.setNull(used() === undefined), valuesOnly);
    return range;
  }

  activate(): void {
    this.context.enqueue("Worksheet.activate", () => (this.book.activeSheet = this.sheet()));
  }

  delete(): void {
    this.context.enqueue("Worksheet.delete", () => {
      const sheet = this.sheet();
      this.book.refuseIfProtected("Worksheet.delete");
      this.book.deleteSheet(sheet);
    });
  }
}

class FreezePanes extends ClientObject {
  protected readonly scalarProperties: readonly string[] = [];

  constructor(
    context: RequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "WorksheetFreezePanes");
  }

  protected read(): unknown {
    return undefined;
  }

  freezeRows(count = 1): void {
    this.context.enqueue(
      "WorksheetFreezePanes.freezeRows",
      () => {
        if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) throw officeError("InvalidArgument", `freezeRows(${count})`, "WorksheetFreezePanes.freezeRows");
        this.sheet().frozenRows = count;
      },
      count,
    );
  }

  unfreeze(): void {
    this.context.enqueue("WorksheetFreezePanes.unfreeze", () => (this.sheet().frozenRows = 0));
  }
}
