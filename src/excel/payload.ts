import type { Cell } from "../engine/cell";
import { fail } from "../engine/errors";
import { PAYLOAD_BYTES } from "./limits";
import type { Arg, Description } from "./params";

/**
 * What a call carries between Excel and the add-in, in bytes, estimated as
 * Excel serialises it (JSON: a number as its shortest text, a text with its
 * quotes and escapes, a separator per cell, brackets per row). The custom
 * functions refuse a call above PAYLOAD_BYTES each way; the pane's own path
 * (a Web Worker, blocks) has no such limit, and neither do the functions it
 * and the benchmark call directly.
 */

function cellBytes(cell: Cell): number {
  if (typeof cell === "number") return String(cell).length;
  if (typeof cell === "string") return JSON.stringify(cell).length;
  if (typeof cell === "boolean") return cell ? 4 : 5;
  return 4; // null
}

/**
 * The serialised size of `value`, exact while it stays under `stopAbove`; past it, the scan stops and the rest is
 * extrapolated from what was read (a million cells need not be measured to know they are too many).
 */
export function serialisedBytes(value: Arg | undefined, stopAbove = Infinity): number {
  if (!Array.isArray(value)) return cellBytes(value ?? null);
  // Brackets around the table and around each row; a comma between rows and between the cells of a row.
  let bytes = 2;
  for (let r = 0; r < value.length; r++) {
    const row = value[r];
    bytes += (r > 0 ? 1 : 0) + 2 + Math.max(row.length - 1, 0);
    for (const cell of row) bytes += cellBytes(cell);
    if (bytes > stopAbove) return Math.round(((bytes - 2) / (r + 1)) * value.length + 2);
  }
  return bytes;
}

/** The task-pane command to name when a function's table is too large: its own, or several formulas. */
const advice = (d: Description): string => d.largeTables ?? "split";

/** Refuses arguments larger than one call can carry, naming the largest argument; before any work. */
export function checkArguments(d: Description, args: readonly (Arg | undefined)[]): void {
  const sizes = args.map((arg) => serialisedBytes(arg, PAYLOAD_BYTES));
  const size = sizes.reduce((a, b) => a + b, 0);
  if (size <= PAYLOAD_BYTES) return;
  const largest = sizes.indexOf(Math.max(...sizes));
  fail("payload_too_large", { argument: d.params[largest]?.id }, { direction: "arguments", size, limit: PAYLOAD_BYTES, command: advice(d) });
}

/** Refuses a result larger than one call can carry back. */
export function checkResultSize(d: Description, result: Cell[][]): void {
  const size = serialisedBytes(result, PAYLOAD_BYTES);
  if (size > PAYLOAD_BYTES) fail("payload_too_large", {}, { direction: "result", size, limit: PAYLOAD_BYTES, command: advice(d) });
}
