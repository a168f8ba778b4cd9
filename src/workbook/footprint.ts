import { Area, parseRef } from "./formula";
import type { SheetPlan } from "./plan";

/**
 * The cells a sheet plan writes: the smallest block holding its labels,
 * tables, values and every formula's whole spill. A journey's re-run may
 * rewrite this block of its results (anything of the user's inside it is
 * asked about first); the print layout measures the sheet from it.
 */
export function footprint(sheet: SheetPlan): Area {
  const areas: Area[] = [
    ...sheet.labels.map((label) => parseRef(label.at)),
    ...sheet.tables.map((table) => ({ ...parseRef(table.at), rows: Math.max(1, table.rows.length) + 1, cols: table.columns.length })),
    ...(sheet.values ?? []).map((block) => ({ ...parseRef(block.at), rows: block.rows.length, cols: Math.max(0, ...block.rows.map((row) => row.length)) })),
    ...sheet.formulas.map((formula) => ({ ...parseRef(formula.at), rows: formula.rows, cols: formula.cols })),
  ].filter((area) => area.rows > 0 && area.cols > 0);
  if (areas.length === 0) throw new Error(`Sheet plan "${sheet.name}" writes no cell`);
  const top = Math.min(...areas.map((a) => a.top));
  const left = Math.min(...areas.map((a) => a.left));
  const bottom = Math.max(...areas.map((a) => a.top + a.rows));
  const right = Math.max(...areas.map((a) => a.left + a.cols));
  return { top, left, rows: bottom - top, cols: right - left };
}

/** The parts of `area` outside `owned` (up to four blocks), where a write would reach cells the add-in did not create. */
export function outside(area: Area, owned: Area | undefined): Area[] {
  if (!owned) return [area];
  const bottom = area.top + area.rows;
  const right = area.left + area.cols;
  const [oTop, oLeft, oBottom, oRight] = [owned.top, owned.left, owned.top + owned.rows, owned.left + owned.cols];
  const top = Math.max(area.top, oTop);
  const low = Math.min(bottom, oBottom);
  if (top >= low || Math.max(area.left, oLeft) >= Math.min(right, oRight)) return [area];
  const parts: Area[] = [
    { top: area.top, left: area.left, rows: top - area.top, cols: area.cols },
    { top: low, left: area.left, rows: bottom - low, cols: area.cols },
    { top, left: area.left, rows: low - top, cols: Math.max(0, oLeft - area.left) },
    { top, left: oRight, rows: low - top, cols: Math.max(0, right - oRight) },
  ];
  return parts.filter((part) => part.rows > 0 && part.cols > 0);
}
