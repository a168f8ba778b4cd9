import { type Area, MAX_COLS, MAX_ROWS, overlaps, qualified } from "../addresses";
import type { CellValue, Style, StyleKind } from "../cells";
import { checkScalar, writeFormula, writeValue } from "../cellRules";
import { officeError } from "../errors";
import type { RequestContext } from "../requestContext";
import type { SheetModel } from "../workbookModel";
import { ClientObject, expose, settable } from "./base";

/** A range of cells and its formats and validation. */

/** One value written to every cell of an area: a few whole columns are modelled, a whole sheet is not. */
const MAX_BROADCAST_CELLS = 4 * MAX_ROWS;
/** Excel on the web may not even answer a read this large. */
const MAX_READ_CELLS = 5_000_000;

type Grid = unknown[][];

export class Range extends ClientObject {
  protected readonly scalarProperties = ["address", "values", "formulas", "numberFormat", "text", "rowCount", "columnCount", "rowIndex", "columnIndex"];
  private rangeFormat: RangeFormat | undefined = undefined;
  private validation: DataValidation | undefined = undefined;

  constructor(
    context: RequestContext,
    readonly sheet: () => SheetModel,
    readonly area: () => Area,
  ) {
    super(context, "Range");
  }

  setNull(isNull: boolean): void {
    this.foundNull(isNull);
  }

  /** Applies `write` to each cell with the matching element of `input` (a grid of the range's size, or one value for all); null leaves a cell as it is. */
  eachCell(input: unknown, property: string, write: (row: number, col: number, value: CellValue) => void): void {
    const area = this.area();
    const where = `Range.${property}`;
    const grid = Array.isArray(input) ? (input as Grid) : undefined;
    if (grid) {
      if (grid.length !== area.rows || grid.some((row) => !Array.isArray(row) || row.length !== area.cols)) {
        throw officeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${grid.length} × ${Array.isArray(grid[0]) ? grid[0].length : "?"} written to ${qualified(this.sheet().name, area)})`,
          where,
        );
      }
    } else if (area.rows * area.cols > MAX_BROADCAST_CELLS) {
      this.book.problem(`${qualified(this.sheet().name, area)}: writing ${property} to ${area.rows * area.cols} cells is not modelled`);
      return;
    }
    this.context.wrote(area.rows * area.cols);
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.cols; c++) {
        const value = grid ? grid[r][c] : input;
        if (value === null || value === undefined) continue;
        checkScalar(value, where);
        write(area.top + r, area.left + c, value);
      }
    }
  }

  set values(input: unknown) {
    this.context.enqueue("Range.values", () => this.eachCell(input, "values", (row, col, value) => writeValue(this.book, this.sheet(), row, col, value)), input);
  }

  get values(): CellValue[][] {
    return this.loaded("values");
  }

  set formulas(input: unknown) {
    this.context.enqueue("Range.formulas", () => this.eachCell(input, "formulas", (row, col, value) => writeFormula(this.book, this.sheet(), row, col, value)), input);
  }

  get formulas(): CellValue[][] {
    return this.loaded("formulas");
  }

  set numberFormat(input: unknown) {
    this.context.enqueue(
      "Range.numberFormat",
      () =>
        this.eachCell(input, "numberFormat", (row, col, format) => {
          if (typeof format !== "string" || format === "") throw officeError("InvalidArgument", `Number format ${JSON.stringify(format)} is not valid.`, "Range.numberFormat");
          this.sheet().cells.setNumberFormat(row, col, format);
        }),
      input,
    );
  }

  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }

  get address(): string {
    return this.loaded("address");
  }

  get text(): string[][] {
    return this.loaded("text");
  }

  get rowCount(): number {
    return this.loaded("rowCount");
  }

  get columnCount(): number {
    return this.loaded("columnCount");
  }

  get rowIndex(): number {
    return this.loaded("rowIndex");
  }

  get columnIndex(): number {
    return this.loaded("columnIndex");
  }

  protected read(property: string): unknown {
    const area = this.area();
    const { cells, name } = this.sheet();
    const grid = <T>(of: (row: number, col: number) => T): T[][] => {
      if (area.rows * area.cols > MAX_READ_CELLS) throw officeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", "Range.load");
      return Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.cols }, (_, c) => of(area.top + r, area.left + c)));
    };
    switch (property) {
      case "address":
        return qualified(name, area);
      case "values":
        return grid((row, col) => (cells.formula(row, col) !== undefined ? 0 : cells.value(row, col))); // the fake does not calculate
      case "formulas":
        return grid((row, col) => cells.formula(row, col) ?? cells.value(row, col));
      case "numberFormat":
        return grid((row, col) => cells.numberFormat(row, col));
      case "text":
        return grid((row, col) => (cells.formula(row, col) !== undefined ? "" : String(cells.value(row, col))));
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.cols;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
    }
  }

  get format(): RangeFormat {
    return (this.rangeFormat ??= expose(new RangeFormat(this.context, this)));
  }

  get dataValidation(): DataValidation {
    return (this.validation ??= expose(new DataValidation(this.context, this)));
  }

  private derived(area: (own: Area) => Area, where: string): Range {
    return expose(
      new Range(this.context, this.sheet, () => {
        const result = area(this.area());
        if (result.top < 0 || result.left < 0 || result.rows < 1 || result.cols < 1 || result.top + result.rows > MAX_ROWS || result.left + result.cols > MAX_COLS) {
          throw officeError("InvalidArgument", `${where} gives a range outside the sheet.`, where);
        }
        return result;
      }),
    );
  }

  getCell(row: number, column: number): Range {
    return this.derived((a) => ({ top: a.top + row, left: a.left + column, rows: 1, cols: 1 }), "Range.getCell");
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derived((a) => ({ ...a, rows: a.rows + deltaRows, cols: a.cols + deltaColumns }), "Range.getResizedRange");
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derived((a) => ({ ...a, top: a.top + rowOffset, left: a.left + columnOffset }), "Range.getOffsetRange");
  }

  getRow(row: number): Range {
    return this.derived((a) => ({ ...a, top: a.top + row, rows: 1 }), "Range.getRow");
  }

  getColumn(column: number): Range {
    return this.derived((a) => ({ ...a, left: a.left + column, cols: 1 }), "Range.getColumn");
  }

  getEntireColumn(): Range {
    return this.derived((a) => ({ ...a, top: 0, rows: MAX_ROWS }), "Range.getEntireColumn");
  }

  select(): void {
    this.context.enqueue("Range.select", () => {
      const sheet = this.sheet();
      if (this.book.activeSheet !== sheet) throw officeError("InvalidOperation", "A range can only be selected on the active sheet.", "Range.select");
      this.book.selection = { sheet, area: this.area() };
    });
  }

  /** Empties the cells: everything ("All", the default: values, formulas, formats) or only their contents. */
  clear(applyTo = "All"): void {
    this.context.enqueue("Range.clear", () => this.sheet().cells.clear(this.area(), applyTo === "Contents"), applyTo);
  }
}

/** Sets (or, with undefined, removes) a font, fill or alignment property on every cell of a range. */
function styleEachCell(range: Range, kind: StyleKind, property: string, value: unknown): void {
  const area = range.area();
  const { cells, name } = range.sheet();
  if (area.rows * area.cols > MAX_BROADCAST_CELLS) return range.context.model.problem(`${qualified(name, area)}: ${kind}.${property} on ${area.rows * area.cols} cells is not modelled`);
  for (let r = 0; r < area.rows; r++) for (let c = 0; c < area.cols; c++) cells.setStyle(kind, area.top + r, area.left + c, property, value);
}

/** The alignment properties a range's format sets on each of its cells, and the values Excel accepts. */
const ALIGNMENT: Record<string, (value: unknown) => boolean> = {
  wrapText: (value) => typeof value === "boolean",
  horizontalAlignment: (value) => ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"].includes(value as string),
  verticalAlignment: (value) => ["Top", "Center", "Bottom", "Justify", "Distributed"].includes(value as string),
  indentLevel: (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 250,
};

class RangeFormat extends ClientObject {
  protected readonly scalarProperties = ["columnWidth", "rowHeight", ...Object.keys(ALIGNMENT)];
  readonly font: RangeFont;
  readonly fill: RangeFill;

  constructor(
    context: RequestContext,
    private readonly range: Range,
  ) {
    super(context, "RangeFormat");
    this.font = expose(new RangeFont(context, range));
    this.fill = expose(new RangeFill(context, range));
    settable(this, ALIGNMENT, (property, value) => styleEachCell(this.range, "alignment", property, value), (property) => this.loaded(property));
  }

  protected read(property: string): unknown {
    const { top, left } = this.range.area();
    if (property === "columnWidth") return this.range.sheet().columnWidths.get(left) ?? 48;
    if (property === "rowHeight") return this.range.sheet().rowHeights.get(top) ?? 15;
    return firstStyle(this.range, "alignment", top, left)[property] ?? (property === "wrapText" ? false : property === "indentLevel" ? 0 : "General");
  }

  /** Sets the height of every row of the range, in points (Excel's tallest row is 409 points). */
  set rowHeight(points: number) {
    this.context.enqueue(
      "RangeFormat.rowHeight",
      () => {
        if (typeof points !== "number" || !(points >= 0) || points > 409) throw officeError("InvalidArgument", `Row height ${points} pt is outside 0 to 409.`, "RangeFormat.rowHeight");
        const area = this.range.area();
        for (let r = area.top; r < area.top + area.rows; r++) this.range.sheet().rowHeights.set(r, points);
      },
      points,
    );
  }

  get rowHeight(): number {
    return this.loaded("rowHeight");
  }

  set columnWidth(points: number) {
    this.context.enqueue(
      "RangeFormat.columnWidth",
      () => {
        // Excel's widest column is 255 characters of the default font.
        if (typeof points !== "number" || !(points >= 0) || points > (255 * 7 + 5) * 0.75) throw officeError("InvalidArgument", `Column width ${points} pt is outside 0 to 255 characters.`, "RangeFormat.columnWidth");
        const area = this.range.area();
        for (let c = area.left; c < area.left + area.cols; c++) this.range.sheet().columnWidths.set(c, points);
      },
      points,
    );
  }

  get columnWidth(): number {
    return this.loaded("columnWidth");
  }

  autofitColumns(): void {
    this.context.enqueue("RangeFormat.autofitColumns", () => this.range.area());
  }
}

/** format.font: bold, italic, size, color, name, underline; each set on every cell of the range. */
class RangeFont extends ClientObject {
  protected readonly scalarProperties = ["bold", "italic", "size", "color", "name", "underline"];

  constructor(
    context: RequestContext,
    private readonly range: Range,
  ) {
    super(context, "RangeFont");
    for (const property of this.scalarProperties) {
      Object.defineProperty(this, property, {
        get: () => this.loaded(property),
        set: (value: unknown) => this.context.enqueue(`RangeFont.${property}`, () => styleEachCell(this.range, "font", property, value), value),
      });
    }
  }

  protected read(property: string): unknown {
    const { top, left } = this.range.area();
    return firstStyle(this.range, "font", top, left)[property] ?? null;
  }
}

const firstStyle = (range: Range, kind: StyleKind, row: number, col: number): Style => range.sheet().cells.style(kind, row, col);

class RangeFill extends ClientObject {
  protected readonly scalarProperties = ["color"];

  constructor(
    context: RequestContext,
    private readonly range: Range,
  ) {
    super(context, "RangeFill");
  }

  protected read(): unknown {
    const { top, left } = this.range.area();
    return firstStyle(this.range, "fill", top, left).color ?? "#FFFFFF";
  }

  set color(color: string) {
    this.context.enqueue(
      "RangeFill.color",
      () => {
        if (!/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(color)) throw officeError("InvalidArgument", `Colour "${color}" is not valid.`, "RangeFill.color");
        styleEachCell(this.range, "fill", "color", color);
      },
      color,
    );
  }

  get color(): string {
    return this.loaded("color");
  }

  clear(): void {
    this.context.enqueue("RangeFill.clear", () => styleEachCell(this.range, "fill", "color", undefined));
  }
}

const sameArea = (a: Area, b: Area) => a.top === b.top && a.left === b.left && a.rows === b.rows && a.cols === b.cols;

const RULE_TYPES = ["wholeNumber", "decimal", "list", "date", "time", "textLength", "custom"];
const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];

class DataValidation extends ClientObject {
  protected readonly scalarProperties = ["type", "valid", "ignoreBlanks"];

  constructor(
    context: RequestContext,
    private readonly range: Range,
  ) {
    super(context, "DataValidation");
  }

  protected read(property: string): unknown {
    if (property === "ignoreBlanks" || property === "valid") return true;
    const area = this.range.area();
    const rule = this.range.sheet().validations.find((v) => sameArea(v.area, area))?.rule;
    return rule ? Object.keys(rule)[0] : "None";
  }

  set rule(rule: Record<string, unknown>) {
    const snapshot = JSON.parse(JSON.stringify(rule ?? {})) as Record<string, unknown>;
    this.context.enqueue(
      "DataValidation.rule",
      () => {
        const where = "DataValidation.rule";
        const types = Object.keys(snapshot).filter((key) => snapshot[key] !== undefined);
        if (types.length !== 1 || !RULE_TYPES.includes(types[0])) throw officeError("InvalidArgument", `A validation rule has exactly one of ${RULE_TYPES.join(", ")} (got ${types.join(", ") || "none"}).`, where);
        const body = snapshot[types[0]] as Record<string, unknown>;
        if (types[0] === "list") {
          const source = body.source;
          if (typeof source !== "string" || source === "") throw officeError("InvalidArgument", "A list rule needs a source.", where);
          if (!source.startsWith("=") && source.length > 255) throw officeError("InvalidArgument", `A typed list source holds at most 255 characters (${source.length}).`, where);
        } else if (types[0] !== "custom") {
          if (!OPERATORS.includes(String(body.operator))) throw officeError("InvalidArgument", `Unknown operator ${String(body.operator)}.`, where);
          if (body.formula1 === undefined || body.formula1 === "") throw officeError("InvalidArgument", "formula1 is required.", where);
          if (/Between/.test(String(body.operator)) && (body.formula2 === undefined || body.formula2 === "")) throw officeError("InvalidArgument", "formula2 is required with Between.", where);
        }
        const area = this.range.area();
        const validations = this.range.sheet().validations;
        const same = validations.findIndex((v) => sameArea(v.area, area));
        if (same >= 0) validations.splice(same, 1);
        validations.push({ area, rule: snapshot });
      },
      snapshot,
    );
  }

  clear(): void {
    this.context.enqueue("DataValidation.clear", () => {
      const area = this.range.area();
      const validations = this.range.sheet().validations;
      for (let i = validations.length - 1; i >= 0; i--) if (overlaps(validations[i].area, area)) validations.splice(i, 1);
    });
  }

  set errorAlert(_alert: unknown) {
    this.context.enqueue("DataValidation.errorAlert", () => undefined);
  }

  set prompt(_prompt: unknown) {
    this.context.enqueue("DataValidation.prompt", () => undefined);
  }

  set ignoreBlanks(_ignore: boolean) {
    this.context.enqueue("DataValidation.ignoreBlanks", () => undefined);
  }
}
