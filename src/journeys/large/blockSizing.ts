import type { Cell } from "../../engine/cell";

/**
 * How many rows of a large table go in one Office.js request, so that every
 * request and response stays within PAYLOAD_LIMIT: Excel on the web refuses
 * more than 5 MB either way (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded), and the benchmark's goal is 2 MB, which
 * leaves room for what Office adds around the values. Microsoft's advice is
 * to start at 5,000–20,000 rows and halve on a payload error.
 *
 * The first block is sized from the column count alone, on an assumed cell
 * size; every later one from the bytes the blocks before it measured (their
 * values as JSON, UTF-8, which is what crosses the Office.js boundary), with
 * headroom for longer texts further down the table. A refused block is
 * halved and tried again from the same row. Pure: the Office.js loops that
 * read and write through it live in the pane.
 */

export const PAYLOAD_LIMIT = 2 * 1024 * 1024;
/** The most rows in one request, whatever their size (Microsoft's 5,000–20,000 advice; a desktop add-in busy 5 s is restarted). */
export const MAX_BLOCK_ROWS = 20_000;
/** What a cell is assumed to take before any was measured: a 17-digit number or a 30-character text in JSON, with its comma. */
export const ASSUMED_CELL_BYTES = 40;
/** Blocks are sized to fill this share of the limit: a later block may hold longer texts than the ones measured. */
export const HEADROOM = 0.5;

const clamp = (rows: number) => Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(rows)));

/** Rows of the first block of a table `columns` wide. */
export function firstBlockRows(columns: number, limit = PAYLOAD_LIMIT): number {
  return clamp((limit * HEADROOM) / (Math.max(1, columns) * ASSUMED_CELL_BYTES));
}

/** Rows of a block, once `rows` rows were measured at `bytes`. */
export function measuredBlockRows(bytes: number, rows: number, limit = PAYLOAD_LIMIT): number {
  return clamp((limit * HEADROOM) / Math.max(1, bytes / Math.max(1, rows)));
}

/** The size of a block of values as it crosses the Office.js boundary: its JSON text in UTF-8 bytes. */
export function payloadBytes(values: readonly (readonly Cell[])[]): number {
  const text = JSON.stringify(values);
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // UTF-16 units → UTF-8 bytes: 2 for U+0080–U+07FF, 3 up to U+FFFF; a surrogate pair (4 bytes) is two units of 2.
    if (c >= 0x80) bytes += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** Whether Office refused a request for its size (the error's `code`, as Office.js gives it). */
export function isPayloadLimit(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

export interface Block {
  /** First row, 0-based within the table's body. */
  start: number;
  rows: number;
}

/** The blocks of a table of `total` rows, in order, each sized from what the previous ones measured. */
export class BlockSizer {
  private start = 0;
  private rows: number;
  /** Rows and bytes measured so far: the next block's size follows their average. */
  private measured = { rows: 0, bytes: 0 };

  constructor(
    readonly total: number,
    columns: number,
    readonly limit = PAYLOAD_LIMIT,
  ) {
    this.rows = firstBlockRows(columns, limit);
  }

  /** The next block, or null when the table is done. */
  next(): Block | null {
    if (this.start >= this.total) return null;
    return { start: this.start, rows: Math.min(this.rows, this.total - this.start) };
  }

  /** The block from next() went through, and its values measured `bytes`: the next block starts after it. */
  done(block: Block, bytes: number): void {
    if (block.start !== this.start) throw new Error(`Block at row ${block.start + 1} done, expected row ${this.start + 1}`);
    this.start += block.rows;
    this.measured = { rows: this.measured.rows + block.rows, bytes: this.measured.bytes + bytes };
    this.rows = measuredBlockRows(this.measured.bytes, this.measured.rows, this.limit);
  }

  /**
   * The block from next() is too large: before sending it (its values measured `bytes`, over the limit), or when
   * Office refused it. Halves it (or sizes it from `bytes`, if smaller) and returns true; false when a single row is
   * already too large, so the failure stands.
   */
  shrink(block: Block, bytes?: number): boolean {
    if (block.rows <= 1) return false;
    const fitted = bytes === undefined ? block.rows : measuredBlockRows(bytes, block.rows, this.limit);
    this.rows = Math.max(1, Math.min(Math.floor(block.rows / 2), fitted));
    return true;
  }

  /** Rows read or written so far. */
  get completed(): number {
    return this.start;
  }
}

/** One number format over some adjacent columns of a table's body: one small request for the whole column range. */
export interface FormatStep {
  /** First column (0-based) and how many. */
  column: number;
  columns: number;
  format: string;
}

/**
 * The format requests around the values of a table written in blocks: values first and formats after (formats are
 * costly, and Excel applies them faster to a filled range), except the columns of text, whose "@" must precede their
 * values, so that a label starting with = + - or @ stays a label and "0012" stays "0012".
 */
export function formatSteps(formats: readonly { format: string; text?: boolean }[]): { before: FormatStep[]; after: FormatStep[] } {
  const steps = (text: boolean) =>
    formats.reduce<FormatStep[]>((out, f, c) => {
      if (Boolean(f.text) !== text) return out;
      const format = text ? "@" : f.format;
      const last = out.at(-1);
      if (last && last.column + last.columns === c && last.format === format) last.columns++;
      else out.push({ column: c, columns: 1, format });
      return out;
    }, []);
  return { before: steps(true), after: steps(false) };
}
