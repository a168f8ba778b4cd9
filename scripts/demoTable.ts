import type { Cell } from "../src/excel/cells";

/** Console tables for the demo: text columns left-aligned, figures right-aligned. */

export const amount = (v: Cell): string => (typeof v === "number" ? v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : "");
export const percent = (v: Cell): string => (typeof v === "number" ? `${(v * 100).toFixed(1)}%` : "");

/** Prints `title`, then the table; the first `textColumns` columns are left-aligned. */
export function printTable(title: string, header: string[], rows: string[][], textColumns: number): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((v, c) => (c < textColumns ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join("  ").trimEnd();
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  rows.forEach((r) => console.log(line(r)));
}
