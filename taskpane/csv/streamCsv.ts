import Papa from "papaparse";
import type { CsvLayout, CsvProfile } from "../../src/journeys/csv/headers";
import { recogniseHeaders } from "../../src/journeys/csv/headers";
import { ConvertedBlock, detectSettings, ImportRows, ImportSettings } from "../../src/journeys/csv/importRows";
import { CsvImportError } from "../../src/journeys/csv/importErrors";
import { firstBlockRows } from "../../src/journeys/large/blockSizing";

/**
 * Streams an activity or claims CSV into blocks of table rows: the file's
 * bytes are decoded as they come (UTF-8, or Windows-1252 when the bytes are
 * not UTF-8), parsed by papaparse (quotes, separators inside quotes, line
 * breaks inside quotes), converted and checked (src/journeys/csv), and handed
 * to a sink block by block; the next bytes are read only once the sink is
 * done with a block, so a million-line file is never held in memory, let
 * alone twice. The sink is where the pane writes the table (Office.js).
 */

export type Encoding = "utf-8" | "windows-1252";

/** Excel's rows less the header's. */
export const SHEET_ROWS = 1_048_575;

export interface CsvOptions {
  profile?: CsvProfile;
  encoding?: Encoding | "auto";
  /** Serial of the day of the import (dates after it are flagged). */
  today: number;
  /** Rows per block given to the sink (default: sized for an Office.js request from the column count). */
  blockRows?: number;
  /** Most data rows accepted (default: what a sheet holds under its header). */
  maxRows?: number;
}

export interface CsvStart {
  layout: CsvLayout;
  /** The file's header line, as it was. */
  fileHeaders: string[];
  rows: ImportRows;
  settings: ImportSettings;
  delimiter: string;
  encoding: Encoding;
}

export interface CsvSink {
  /** Called once, with the header recognised, before any block. */
  begin(start: CsvStart): Promise<void> | void;
  /** A block of converted rows (`firstLine`: the record number of its first row of the file, the header being 1). */
  block(block: ConvertedBlock, firstLine: number): Promise<void> | void;
}

export interface CsvSummary {
  rows: number;
  flagged: number;
  rejected: number;
  blankLines: number;
  encoding: Encoding;
  delimiter: string;
}

/** What papaparse reads as a Node stream: events it listens to, pushed by the import loop one chunk at a time. */
class TextFeed {
  readonly readable = true;
  private listeners: Record<string, ((arg?: unknown) => void)[]> = {};
  read(): void {}
  pause(): void {}
  resume(): void {}
  on(event: string, listener: (arg?: unknown) => void): void {
    (this.listeners[event] ??= []).push(listener);
  }
  removeListener(event: string, listener: (arg?: unknown) => void): void {
    this.listeners[event] = (this.listeners[event] ?? []).filter((l) => l !== listener);
  }
  emit(event: string, arg?: unknown): void {
    for (const listener of [...(this.listeners[event] ?? [])]) listener(arg);
  }
}

/** Bytes to text: the encoding asked for, or UTF-8 until a byte sequence is not UTF-8 (then Windows-1252, if nothing but ASCII came before). */
class Decoder {
  private utf8: TextDecoder | null;
  private fallback: TextDecoder | null = null;
  private sawNonAscii = false;
  encoding: Encoding;

  constructor(encoding: Encoding | "auto") {
    this.encoding = encoding === "auto" ? "utf-8" : encoding;
    this.utf8 = this.encoding === "utf-8" ? new TextDecoder("utf-8", { fatal: encoding === "auto", ignoreBOM: false }) : null;
    if (!this.utf8) this.fallback = new TextDecoder("windows-1252");
  }

  decode(bytes: Uint8Array, line: () => number, last = false): string {
    if (this.fallback) return this.fallback.decode(bytes, { stream: !last });
    try {
      const text = this.utf8!.decode(bytes, { stream: !last });
      if (!this.sawNonAscii && bytes.some((b) => b >= 0x80)) this.sawNonAscii = true;
      return text;
    } catch {
      if (this.sawNonAscii) throw new CsvImportError({ code: "mixed_encoding", line: line() });
      this.utf8 = null;
      this.encoding = "windows-1252";
      this.fallback = new TextDecoder("windows-1252");
      return this.fallback.decode(bytes, { stream: !last });
    }
  }
}

/** The separator of the header line: the most frequent of ; , tab | outside quotes (a header names columns, it holds no numbers). */
export function headerDelimiter(text: string): string {
  const line = text.replace(/^\ufeff/, "").split(/\r\n|\n|\r/, 1)[0].replace(/"[^"]*"/g, "");
  const counts = [";", ",", "\t", "|"].map((d) => [d, line.split(d).length - 1] as const);
  const [best, count] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return count > 0 ? best : ",";
}

export async function streamCsv(source: AsyncIterable<Uint8Array>, sink: CsvSink, options: CsvOptions): Promise<CsvSummary> {
  const decoder = new Decoder(options.encoding ?? "auto");
  const maxRows = options.maxRows ?? SHEET_ROWS;
  const feed = new TextFeed();
  let parsed: { rows: string[][]; broken: Set<number> }[] = [];
  let failure: unknown;
  let completed = false;
  let start: CsvStart | undefined;
  let delimiter = "";
  let line = 1;
  let pending: { rows: string[][]; broken: Set<number> } = { rows: [], broken: new Set() };
  const summary = { rows: 0, flagged: 0, rejected: 0, blankLines: 0 };

  const begin = (text: string) => {
    delimiter = headerDelimiter(text);
    Papa.parse<string[], NodeJS.ReadableStream>(feed as unknown as NodeJS.ReadableStream, {
      delimiter,
      header: false,
      skipEmptyLines: false,
      chunk: (results: Papa.ParseResult<string[]>) => {
        const broken = new Set(results.errors.filter((e) => e.type === "Quotes" && e.row !== undefined).map((e) => e.row as number));
        parsed.push({ rows: results.data, broken });
      },
      error: (error: Error) => void (failure = error),
      complete: () => void (completed = true),
    });
  };

  /** Converts and hands on what papaparse produced; a block is handed on when full, or at the end. */
  const drain = async (final: boolean) => {
    for (const { rows, broken } of parsed) {
      let offset = 0;
      // The header line may not be complete in the first chunk papaparse parsed.
      if (!start && rows.length === 0) continue;
      if (!start) {
        const header = rows[0];
        if (header.every((h) => h.trim() === "")) throw new CsvImportError({ code: "empty" });
        const fileHeaders = header.map((h, i) => (i === 0 ? h.replace(/^\ufeff/, "") : h));
        const layout = recogniseHeaders(fileHeaders, options.profile);
        if (layout.missing.length > 0) throw new CsvImportError({ code: "missing_columns", profile: layout.profile, fields: layout.missing });
        const settings = detectSettings(layout, rows.slice(1, 2001), delimiter, options.today);
        start = { layout, fileHeaders, rows: new ImportRows(layout, fileHeaders, settings), settings, delimiter, encoding: decoder.encoding };
        await sink.begin(start);
        line = 2;
        offset = 1;
      }
      for (let i = offset; i < rows.length; i++) {
        pending.rows.push(rows[i]);
        if (broken.has(i)) pending.broken.add(pending.rows.length - 1);
      }
    }
    parsed = [];
    const size = options.blockRows ?? firstBlockRows(start?.fileHeaders.length ?? 1);
    while (start && (pending.rows.length >= size || (final && pending.rows.length > 0))) {
      const rows = pending.rows.splice(0, size);
      const broken = new Set([...pending.broken].filter((i) => i < size));
      pending.broken = new Set([...pending.broken].filter((i) => i >= size).map((i) => i - size));
      const block = start.rows.convert(rows, line, broken);
      if (summary.rows + block.rows.length > maxRows) throw new CsvImportError({ code: "too_many_rows", limit: maxRows });
      summary.rows += block.rows.length;
      summary.flagged += block.flagged.length;
      summary.rejected += block.rejected.length;
      summary.blankLines += block.blankLines;
      await sink.block(block, line);
      line += rows.length;
    }
  };

  for await (const bytes of source) {
    const text = decoder.decode(bytes, () => line + pending.rows.length);
    if (text === "") continue;
    if (!delimiter) begin(text);
    feed.emit("data", text);
    if (failure) throw failure;
    await drain(false);
  }
  const rest = decoder.decode(new Uint8Array(0), () => line, true);
  if (!delimiter) {
    if (rest === "") throw new CsvImportError({ code: "empty" });
    begin(rest);
  }
  if (rest !== "") feed.emit("data", rest);
  feed.emit("end");
  if (failure) throw failure;
  if (!completed) throw new Error("papaparse did not reach the end of the file");
  await drain(true);
  if (!start) throw new CsvImportError({ code: "empty" });
  return { ...summary, encoding: decoder.encoding, delimiter };
}
