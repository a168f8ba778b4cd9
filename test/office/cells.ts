import type { Area } from "./addresses";

/**
 * The cells of one sheet, stored sparsely by column: an array of values and
 * one of number formats per column that holds anything, and maps for the
 * rarer formulas and styles. A table of a million rows costs one array slot
 * per cell written, nothing for the empty rows around it.
 */

export type CellValue = string | number | boolean;
export type Style = Record<string, unknown>;
/** A cell's font, fill and alignment (wrapping, horizontal and vertical alignment, indent) are kept apart. */
export type StyleKind = "font" | "fill" | "alignment";

const GENERAL = "General";

class Column {
  /** Constants; a hole or undefined is an empty cell (""). */
  readonly values: (CellValue | undefined)[] = [];
  /** Number formats; a hole or undefined is General. */
  readonly formats: (string | undefined)[] = [];
  readonly formulas = new Map<number, string>();
  readonly styles: Record<StyleKind, Map<number, Style>> = { font: new Map(), fill: new Map(), alignment: new Map() };

  /** The rows that hold anything (a value, formula, format or style). */
  rows(): Set<number> {
    const rows = new Set<number>();
    this.values.forEach((value, row) => value !== undefined && value !== "" && rows.add(row));
    this.formats.forEach((format, row) => format !== undefined && rows.add(row));
    for (const map of [this.formulas, ...Object.values(this.styles)]) for (const row of map.keys()) rows.add(row);
    return rows;
  }

  /** The first and last rows holding a value or formula (or, unless `valuesOnly`, anything), without visiting every row. */
  extent(valuesOnly: boolean): { first: number; last: number } | undefined {
    let [first, last] = [Infinity, -1];
    const scan = (list: unknown[], filled: (item: unknown) => boolean) => {
      let row = 0;
      while (row < list.length && !(row in list && filled(list[row]))) row++;
      if (row < list.length) first = Math.min(first, row);
      row = list.length - 1;
      while (row >= 0 && !(row in list && filled(list[row]))) row--;
      if (row >= 0) last = Math.max(last, row);
    };
    scan(this.values, (value) => value !== undefined && value !== "");
    if (!valuesOnly) scan(this.formats, (format) => format !== undefined);
    for (const map of valuesOnly ? [this.formulas] : [this.formulas, ...Object.values(this.styles)]) {
      for (const row of map.keys()) [first, last] = [Math.min(first, row), Math.max(last, row)];
    }
    return last < 0 ? undefined : { first, last };
  }

  clear(top: number, bottom: number, contentsOnly: boolean): void {
    const end = (list: unknown[]) => Math.min(bottom, list.length);
    for (let row = top; row < end(this.values); row++) delete this.values[row];
    for (const row of [...this.formulas.keys()]) if (row >= top && row < bottom) this.formulas.delete(row);
    if (contentsOnly) return;
    for (let row = top; row < end(this.formats); row++) delete this.formats[row];
    for (const map of Object.values(this.styles)) for (const row of [...map.keys()]) if (row >= top && row < bottom) map.delete(row);
  }
}

export class SheetCells {
  private readonly columns = new Map<number, Column>();

  private column(col: number): Column {
    let column = this.columns.get(col);
    if (!column) this.columns.set(col, (column = new Column()));
    return column;
  }

  /** The constant a cell holds ("" when empty or when it holds a formula). */
  value(row: number, col: number): CellValue {
    return this.columns.get(col)?.values[row] ?? "";
  }

  formula(row: number, col: number): string | undefined {
    return this.columns.get(col)?.formulas.get(row);
  }

  numberFormat(row: number, col: number): string {
    return this.columns.get(col)?.formats[row] ?? GENERAL;
  }

  /** The font, fill or alignment properties set on a cell (empty when none). */
  style(kind: StyleKind, row: number, col: number): Style {
    return this.columns.get(col)?.styles[kind].get(row) ?? {};
  }

  /** A constant: any formula is gone. */
  setValue(row: number, col: number, value: CellValue): void {
    const column = this.column(col);
    column.formulas.delete(row);
    if (value === "") delete column.values[row];
    else column.values[row] = value;
  }

  /** A formula: the cell holds no constant any more. */
  setFormula(row: number, col: number, formula: string): void {
    const column = this.column(col);
    delete column.values[row];
    column.formulas.set(row, formula);
  }

  setNumberFormat(row: number, col: number, format: string): void {
    const column = this.column(col);
    if (format === GENERAL) delete column.formats[row];
    else column.formats[row] = format;
  }

  setStyle(kind: StyleKind, row: number, col: number, property: string, value: unknown): void {
    const map = this.column(col).styles[kind];
    const style = map.get(row) ?? {};
    if (value === undefined) delete style[property];
    else style[property] = value;
    if (Object.keys(style).length === 0) map.delete(row);
    else map.set(row, style);
  }

  /** Empties an area: contents only (values and formulas), or everything (formats and styles too). */
  clear(area: Area, contentsOnly = false): void {
    for (const [col, column] of this.columns) {
      if (col >= area.left && col < area.left + area.cols) column.clear(area.top, area.top + area.rows, contentsOnly);
    }
  }

  /** Every cell holding anything, row by row. */
  occupied(): { row: number; col: number }[] {
    const cells: { row: number; col: number }[] = [];
    for (const [col, column] of this.columns) for (const row of column.rows()) cells.push({ row, col });
    return cells.sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /** The block from the first to the last cell with a value or formula (or, unless `valuesOnly`, any format or style), undefined on an empty sheet. */
  usedArea(valuesOnly: boolean): Area | undefined {
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    for (const [col, column] of this.columns) {
      const rows = column.extent(valuesOnly);
      if (!rows) continue;
      [top, left, bottom, right] = [Math.min(top, rows.first), Math.min(left, col), Math.max(bottom, rows.last), Math.max(right, col)];
    }
    return bottom < 0 ? undefined : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}
