/** The CSV import, from bytes to the blocks of rows the pane writes: papaparse streaming, decoding, conversion, checks. */
import { csvStopText, CsvImportError } from "../../src/journeys/csv/importErrors";
import type { ConvertedBlock } from "../../src/journeys/csv/importRows";
import { reasonText } from "../../src/journeys/csv/importRows";
import { serialOf } from "../../src/journeys/csv/cells";
import { CsvOptions, CsvStart, headerDelimiter, streamCsv } from "../../taskpane/csv/streamCsv";

const TODAY = serialOf(2026, 12, 2)!;

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Imports `bytes` in chunks of `size` bytes and collects what the sink is given. */
async function importBytes(bytes: Uint8Array, size = 64 * 1024, options: Partial<CsvOptions> = {}) {
  const blocks: { block: ConvertedBlock; firstLine: number }[] = [];
  let start: CsvStart | undefined;
  const summary = await streamCsv(chunks(bytes, size), { begin: (s) => void (start = s), block: (block, firstLine) => void blocks.push({ block, firstLine }) }, { today: TODAY, ...options });
  return { start: start!, summary, rows: blocks.flatMap((b) => b.block.rows), flagged: blocks.flatMap((b) => b.block.flagged), rejected: blocks.flatMap((b) => b.block.rejected), blocks };
}
const utf8 = (text: string) => new TextEncoder().encode(text);

const FRENCH_ACTIVITY = [
  "Date de l'acte;Code acte;Quantité;Prix unitaire facturé;N° de facture;Service",
  "15/01/2025;CS01;1;1 500,00;F-001;Médecine",
  "16/01/2025;B120;2;1.234,56;F-002;Laboratoire",
  '17/01/2025;"RX;01";1;"3 000,5";F-003;"Radiologie ""centrale"""',
  "31/02/2025;CS01;un;800;F-004;Médecine",
].join("\r\n");

describe("separators, decimal marks and dates as text", () => {
  it("reads a French export: ; separator, decimal comma, thousands by spaces or points, dd/mm/yyyy, quotes", async () => {
    const { start, rows, flagged, summary } = await importBytes(utf8(FRENCH_ACTIVITY));
    expect(start).toMatchObject({ delimiter: ";", encoding: "utf-8", settings: { decimal: ",", dayFirst: true }, layout: { profile: "activity", fields: ["date", "code", "quantity", "price", "reference", null] } });
    expect(start.rows.tableColumns("fr").map((c) => c.header)).toEqual(["Date", "Code acte", "Quantité", "Prix unitaire facturé", "Référence", "Service"]);
    expect(rows).toEqual([
      [serialOf(2025, 1, 15), "CS01", 1, 1500, "F-001", "Médecine"],
      [serialOf(2025, 1, 16), "B120", 2, 1234.56, "F-002", "Laboratoire"],
      [serialOf(2025, 1, 17), "RX;01", 1, 3000.5, "F-003", 'Radiologie "centrale"'],
      // Kept as the file had them: the reconciliation gives this line BAD_DATE.
      ["31/02/2025", "CS01", "un", 800, "F-004", "Médecine"],
    ]);
    expect(flagged).toEqual([{ line: 5, reasons: [{ code: "bad_date", field: "date", value: "31/02/2025" }, { code: "bad_number", field: "quantity", value: "un" }] }]);
    expect(flagged[0].reasons.map((r) => reasonText(r, "fr", "activity"))).toEqual(["Date : « 31/02/2025 » n'est pas une date", "Quantité : « un » n'est pas un nombre"]);
    expect(summary).toMatchObject({ rows: 4, flagged: 1, rejected: 0, blankLines: 0 });
  });

  it("reads an English openIMIS claims export: , separator, decimal point, ISO dates with times, thousands by commas", async () => {
    const text = [
      "ClaimCode,DateFrom,DateTo,InsureeNumber,HFCode,ItemCode,Quantity,PriceAsked",
      "CLM-001,2025-03-01,2025-03-02,070707070,HF01,0001,1,\"1,500.50\"",
      "CLM-001,2025-03-01T09:30:00,2025-03-01,070707070,HF01,0002,2.5,12.5",
      "CLM-002,2025-03-05,2025-03-04,0012,HF02,0001,0,-3",
      "CLM-001,2025-03-01,2025-03-02,070707070,HF01,0001,1,10",
    ].join("\n");
    const { start, rows, flagged } = await importBytes(utf8(text));
    expect(start).toMatchObject({ delimiter: ",", settings: { decimal: ".", dayFirst: true }, layout: { profile: "claims" } });
    expect(start.rows.tableColumns("en").map((c) => c.header)).toEqual(["Date", "Beneficiary", "Act code", "Quantity", "Billed price", "Already paid by another payer", "Claim code", "Date to", "Health facility"]);
    expect(rows[0]).toEqual([serialOf(2025, 3, 1), "070707070", "0001", 1, 1500.5, null, "CLM-001", serialOf(2025, 3, 2), "HF01"]);
    expect(rows[1][0]).toBe(serialOf(2025, 3, 1, 9 * 3600 + 30 * 60));
    expect(rows[2].slice(1, 3)).toEqual(["0012", "0001"]);
    expect(flagged).toEqual([
      { line: 4, reasons: [{ code: "not_positive", field: "quantity", value: "0" }, { code: "negative", field: "price", value: "-3" }, { code: "date_to_before_from", field: "dateTo" }] },
      { line: 5, reasons: [{ code: "duplicate_item", field: "item" }] },
    ]);
  });

  it("reads month first only when the file leaves no other reading, and tabs as separators", async () => {
    const { start, rows } = await importBytes(utf8("Date\tCode\tQuantité\n01/13/2025\tCS01\t1\n02/03/2025\tCS01\t1\n"));
    expect(start).toMatchObject({ delimiter: "\t", settings: { dayFirst: false } });
    expect(rows.map((r) => r[0])).toEqual([serialOf(2025, 1, 13), serialOf(2025, 2, 3)]);
    expect(headerDelimiter('"a;b",c,d')).toBe(",");
  });
});

describe("encodings", () => {
  const text = "Date;Code acte;Quantité;Prix;Référence\n15/01/2025;CS01;1;10,5;Hôpital d'Oran — pédiatrie\n";

  it("reads UTF-8, with or without a byte-order mark", async () => {
    for (const bytes of [utf8(text), new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])]) {
      const { start, rows } = await importBytes(bytes);
      expect(start.fileHeaders[0]).toBe("Date");
      expect(rows[0][4]).toBe("Hôpital d'Oran — pédiatrie");
      expect(start.encoding).toBe("utf-8");
    }
  });

  it("reads Windows-1252 when the bytes are not UTF-8, even past the first chunk", async () => {
    const latin = "Date;Code acte;Quantité;Prix;Référence\n" + "15/01/2025;CS01;1;10,5;F-1\n".repeat(500) + "16/01/2025;CS02;1;10,5;Hôpital Béjaïa\n";
    const bytes = new Uint8Array(Buffer.from(latin.replace("Référence", "Reference"), "latin1"));
    const { start, rows } = await importBytes(bytes, 1024);
    expect(start.encoding).toBe("windows-1252");
    expect(rows.at(-1)?.[4]).toBe("Hôpital Béjaïa");
    expect((await importBytes(bytes, 1024, { encoding: "windows-1252" })).rows.at(-1)?.[4]).toBe("Hôpital Béjaïa");
  });

  it("keeps a character split between two chunks whole", async () => {
    const { rows } = await importBytes(utf8(text), 7);
    expect(rows[0][4]).toBe("Hôpital d'Oran — pédiatrie");
  });

  it("refuses a file that turns from UTF-8 into something else, saying where", async () => {
    const bytes = new Uint8Array([...utf8("Date;Code;Quantité\n15/01/2025;CS01;1\n"), ...Buffer.from("16/01/2025;Béjaïa;1\n", "latin1")]);
    const error = await importBytes(bytes, 16).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvImportError);
    expect(csvStopText((error as CsvImportError).stop, "en")).toMatch(/mixes two encodings/);
  });
});

describe("quotes, hostile labels and rows that cannot be placed", () => {
  it("keeps labels starting with = + - @ as the text they are, never a formula or a number", async () => {
    const text = 'Date;Code acte;Quantité;Prix;Référence\n15/01/2025;"=HYPERLINK(""http://x"";""y"")";1;10;+33 6 12\n15/01/2025;@SUM(A1);1;10;-F-7\n15/01/2025;CS01;-1;10;"=1+1"\n';
    const { rows, flagged } = await importBytes(utf8(text));
    expect(rows.map((r) => [r[1], r[4]])).toEqual([['=HYPERLINK("http://x";"y")', "+33 6 12"], ["@SUM(A1)", "-F-7"], ["CS01", "=1+1"]]);
    expect(rows.every((r) => typeof r[1] === "string" && typeof r[4] === "string")).toBe(true);
    expect(rows[2][2]).toBe(-1);
    expect(flagged).toEqual([{ line: 4, reasons: [{ code: "not_positive", field: "quantity", value: "-1" }] }]);
  });

  it("reads a line break inside quotes across chunks, and lists rows with too many or too few fields, with their fields", async () => {
    const text = 'Date;Code acte;Quantité;Prix;Référence\n15/01/2025;CS01;1;10;"ligne\nsur deux"\n15/01/2025;CS01;1;10;F-2;en trop\n\n15/01/2025;CS01\n15/01/2025;CS02;1;10;F-3\n';
    const { rows, rejected, summary } = await importBytes(utf8(text), 5);
    expect(rows.map((r) => r[4])).toEqual(["ligne\nsur deux", "F-3"]);
    expect(rejected).toEqual([
      { line: 3, reason: { code: "field_count", value: "6/5" }, fields: ["15/01/2025", "CS01", "1", "10", "F-2", "en trop"] },
      { line: 5, reason: { code: "field_count", value: "2/5" }, fields: ["15/01/2025", "CS01"] },
    ]);
    expect(rejected.map((r) => reasonText(r.reason, "en", "activity"))).toEqual(["6 fields, the header has 5", "2 fields, the header has 5"]);
    expect(summary).toMatchObject({ rows: 2, rejected: 2, blankLines: 1 });
  });

  it("lists a row whose quotes are not closed", async () => {
    const { rejected } = await importBytes(utf8('Date;Code acte;Quantité\n15/01/2025;CS01;1\n16/01/2025;"CS02;1\n'));
    expect(rejected.map((r) => r.reason.code)).toEqual(["bad_quotes"]);
  });

  it("refuses a file without the columns the reconciliation needs, naming them, or without even a header", async () => {
    const error = await importBytes(utf8("Date;Libellé\n15/01/2025;x\n")).catch((e: unknown) => e);
    expect(csvStopText((error as CsvImportError).stop, "fr")).toBe("Colonnes introuvables dans l'en-tête : « Code acte », « Quantité ». Renommez l'en-tête de ces colonnes (en français ou en anglais) puis importez à nouveau.");
    expect(((await importBytes(new Uint8Array(0)).catch((e: unknown) => e)) as CsvImportError).stop).toEqual({ code: "empty" });
  });
});

describe("a file as large as a sheet", () => {
  const LINE = "15/01/2025;A0001;1\n";
  /** The header and `rows` lines, produced as they are read: it never exists whole. */
  function lazyFile(rows: number, chunkRows: number) {
    const state = { produced: 0 };
    async function* generate(): AsyncGenerator<Uint8Array> {
      yield utf8("Date;Code acte;Quantité\n");
      const chunk = utf8(LINE.repeat(chunkRows));
      for (let done = 0; done < rows; done += chunkRows) {
        const n = Math.min(chunkRows, rows - done);
        state.produced += n;
        yield n === chunkRows ? chunk : utf8(LINE.repeat(n));
      }
    }
    return { state, source: generate() };
  }

  it("streams 1,048,576 lines (the header and 1,048,575 rows) through in blocks, never reading far ahead of what was written", async () => {
    const rows = 1_048_575;
    const file = lazyFile(rows, 4_096);
    let written = 0;
    let ahead = 0;
    let largest = 0;
    const summary = await streamCsv(file.source, {
      begin: () => undefined,
      block: (block, firstLine) => {
        expect(firstLine).toBe(written + 2);
        written += block.rows.length;
        largest = Math.max(largest, block.rows.length);
        ahead = Math.max(ahead, file.state.produced - written);
        if (written === rows) expect(block.rows.at(-1)).toEqual([serialOf(2025, 1, 15), "A0001", 1, null, null]);
      },
    }, { today: TODAY });
    expect(summary).toMatchObject({ rows, flagged: 0, rejected: 0 });
    expect(written).toBe(rows);
    // What was read but not yet handed on: at most a block and a chunk, never the file.
    expect(ahead).toBeLessThanOrEqual(largest + 4_096);
    expect(largest).toBeLessThan(rows / 50);
  }, 120_000);

  it("refuses a file with more rows than a sheet holds", async () => {
    const file = lazyFile(1_200, 400);
    const error = await streamCsv(file.source, { begin: () => undefined, block: () => undefined }, { today: TODAY, maxRows: 1_000, blockRows: 300 }).catch((e: unknown) => e);
    expect((error as CsvImportError).stop).toEqual({ code: "too_many_rows", limit: 1_000 });
    expect(csvStopText((error as CsvImportError).stop, "en")).toBe("The file has more than 1,000 lines: an Excel sheet cannot hold them. Split it (by quarter, for example).");
  });
});
