import { blankRows, onSheet } from "../blocks";
import { Area, areaRef, parseRef } from "../formula";
import type { RangeRef, TableBlock, Value } from "../plan";

/**
 * A table's body: its data rows, then `spare` blank rows; at least one row,
 * as Excel gives every table one (the formulas' ranges then cover it).
 */
export function bodyRows(rows: Value[][], spare: number, width: number): Value[][] {
  const all = [...rows, ...blankRows(spare, width)];
  return all.length > 0 ? all : blankRows(1, width);
}

/** Where an input table's body sits, as the ranges formulas read (without the header row). */
export interface TableBody {
  rows: number;
  /** `cols` columns from column `first` (0-based within the table), every body row. */
  columns(first: number, cols?: number): RangeRef;
  /** One body cell (0-based row and column within the table body). */
  cell(row: number, col: number): RangeRef;
}

export function tableBody(sheet: string, table: TableBlock): TableBody {
  const { top, left } = parseRef(table.at);
  if (table.rows.length === 0) throw new Error(`Contract template: table ${table.name} has no row`);
  return rangeBody(onSheet(sheet, { top: top + 1, left, rows: table.rows.length, cols: table.columns.length }));
}

/** A range of body rows (no header), as a table body: a user's own lines. */
export function rangeBody(range: RangeRef): TableBody {
  const { top, left, rows } = parseRef(range.ref);
  const at = (area: Area): RangeRef => ({ ...range, ref: areaRef(area) });
  return {
    rows,
    columns: (first, cols = 1) => at({ top, left: left + first, rows, cols }),
    cell: (row, col) => at({ top: top + row, left: left + col, rows: 1, cols: 1 }),
  };
}
