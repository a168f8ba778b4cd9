import type { Language } from "../../excel/messages";
import { formatsFor, TEXT } from "../../workbook/contracts/formats";
import type { TableColumn, Value } from "../../workbook/plan";
import { dateOrderEvidence, decimalEvidence, DecimalMark, parseDate, parseNumber } from "./cells";
import { CsvLayout, Field, FieldId, FieldKind, PROFILES } from "./headers";

/**
 * The rows of an activity or claims export turned into the rows of a table,
 * block by block: each cell converted to what its column holds (a date
 * serial, a number) when its text says so unambiguously, and otherwise kept
 * as the text it was, so that the reconciliation gives the line its status
 * (BAD_DATE, BAD_QUANTITY…) instead of a guess. Every string stays a string:
 * the table writer writes it as text, so a label starting with = + - or @
 * stays a label, never a formula.
 *
 * Each row is checked against the openIMIS claim-review list where a file
 * alone can tell (a required field blank, an unreadable date or number, a
 * quantity not above zero, a negative price, a date to before its date
 * from, a date in the future, the same item twice in one claim): such rows
 * are imported and listed with their reasons. A row that cannot be placed in
 * the columns (too many or too few fields, broken quotes) is rejected and
 * listed with its reason and its fields as they were. Blank lines are
 * counted. Nothing is dropped without a word.
 */

export interface ImportSettings {
  decimal: DecimalMark;
  /** 03/04/2025 is 3 April. */
  dayFirst: boolean;
  /** Serial of the day of the import: a care date after it is in the future. */
  today: number;
}

export type ReasonCode = "missing_value" | "bad_date" | "bad_number" | "not_positive" | "negative" | "date_to_before_from" | "date_in_future" | "duplicate_item" | "field_count" | "bad_quotes";

export interface RowReason {
  code: ReasonCode;
  field?: FieldId;
  /** The cell's text; for field_count, "fields/header's fields". */
  value?: string;
}

/** A row imported with what is wrong with it. `line`: its record number in the file, the header being 1. */
export interface FlaggedRow {
  line: number;
  reasons: RowReason[];
}

/** A row that could not be imported, with its fields as the file had them. */
export interface RejectedRow {
  line: number;
  reason: RowReason;
  fields: string[];
}

export interface ConvertedBlock {
  rows: Value[][];
  flagged: FlaggedRow[];
  rejected: RejectedRow[];
  blankLines: number;
}

/** Settings read from the first rows: the decimal mark and the order of day and month, from the cells only one reading fits. */
export function detectSettings(layout: CsvLayout, sample: readonly (readonly string[])[], delimiter: string, today: number): ImportSettings {
  const kinds = layout.fields.map((id) => (id === null ? undefined : PROFILES[layout.profile].find((f) => f.id === id)?.kind));
  const votes = { ",": 0, ".": 0, dayFirst: 0, monthFirst: 0 };
  for (const row of sample) {
    row.forEach((text, c) => {
      if (kinds[c] === "number") {
        const evidence = decimalEvidence(text);
        if (evidence === "," || evidence === ".") votes[evidence]++;
      } else if (kinds[c] === "date") {
        const evidence = dateOrderEvidence(text);
        if (evidence === "dayFirst" || evidence === "monthFirst") votes[evidence]++;
      }
    });
  }
  // Without evidence: a comma-separated file cannot use a decimal comma unquoted; French exports use one otherwise.
  const decimal: DecimalMark = votes[","] > votes["."] ? "," : votes["."] > votes[","] ? "." : delimiter === "," ? "." : ",";
  return { decimal, dayFirst: !(votes.monthFirst > 0 && votes.dayFirst === 0), today };
}

/** Two 26-bit lanes of FNV-1a: a 52-bit number per key, so that a million claim lines need no string kept each. */
function hash52(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 6) * 2 ** 26 + (b >>> 6);
}

export class ImportRows {
  private readonly fields: readonly Field[];
  /** Per field of the profile, its column in the file (-1: absent, left blank). */
  private readonly source: number[];
  /** Columns of the file no field names: kept, as text, after the fields. */
  private readonly extras: number[];
  private readonly seenItems = new Set<number>();

  constructor(
    private readonly layout: CsvLayout,
    private readonly headers: readonly string[],
    private readonly settings: ImportSettings,
  ) {
    this.fields = PROFILES[layout.profile];
    this.source = this.fields.map((f) => layout.fields.indexOf(f.id));
    this.extras = layout.fields.flatMap((id, c) => (id === null ? [c] : []));
  }

  /**
   * The columns of the table written: the profile's fields, then the file's other columns under their own headers,
   * as text. Dates in the language's date format, numbers as General, text as Text ("@", so that nothing typed as text
   * becomes a formula or a number). A header met twice gets a number, as a table's headers must differ.
   */
  tableColumns(lang: Language): TableColumn[] {
    const format: Record<FieldKind, string> = { date: formatsFor(lang, 2).date, number: "General", text: TEXT };
    const columns = [...this.fields.map((f) => ({ header: f.header[lang], numberFormat: format[f.kind] })), ...this.extras.map((c) => ({ header: this.headers[c].trim() || `${c + 1}`, numberFormat: TEXT }))];
    const seen = new Set<string>();
    return columns.map((column) => {
      let header = column.header;
      for (let n = 2; seen.has(header.toLocaleLowerCase()); n++) header = `${column.header} (${n})`;
      seen.add(header.toLocaleLowerCase());
      return { ...column, header };
    });
  }

  /** Converts the rows of records `firstLine`, `firstLine + 1`…; `brokenQuotes`: indices (in `rows`) the parser found badly quoted. */
  convert(rows: readonly (readonly string[])[], firstLine: number, brokenQuotes: ReadonlySet<number> = new Set()): ConvertedBlock {
    const out: ConvertedBlock = { rows: [], flagged: [], rejected: [], blankLines: 0 };
    const width = this.headers.length;
    rows.forEach((fields, i) => {
      const line = firstLine + i;
      if (fields.every((f) => f.trim() === "")) return void out.blankLines++;
      const structural: RowReason | null = brokenQuotes.has(i) ? { code: "bad_quotes" } : fields.length !== width ? { code: "field_count", value: `${fields.length}/${width}` } : null;
      if (structural) return void out.rejected.push({ line, reason: structural, fields: [...fields] });
      const reasons: RowReason[] = [];
      const values = this.fields.map((f, k) => this.cell(f, this.source[k] < 0 ? "" : fields[this.source[k]], reasons));
      this.check(values, reasons);
      out.rows.push([...values, ...this.extras.map((c) => (fields[c] === "" ? null : fields[c]))]);
      if (reasons.length > 0) out.flagged.push({ line, reasons });
    });
    return out;
  }

  private cell(field: Field, text: string, reasons: RowReason[]): Value {
    if (text.trim() === "") {
      if (field.required) reasons.push({ code: "missing_value", field: field.id });
      return null;
    }
    if (field.kind === "text") return text;
    const value = field.kind === "date" ? parseDate(text, this.settings.dayFirst) : parseNumber(text, this.settings.decimal);
    if (value === null) reasons.push({ code: field.kind === "date" ? "bad_date" : "bad_number", field: field.id, value: text });
    return value ?? text;
  }

  /** The checks across a row's cells, once each is converted. */
  private check(values: Value[], reasons: RowReason[]): void {
    const get = (id: FieldId) => {
      const k = this.fields.findIndex((f) => f.id === id);
      return k < 0 ? null : values[k];
    };
    const quantity = get("quantity");
    if (typeof quantity === "number" && !(quantity > 0)) reasons.push({ code: "not_positive", field: "quantity", value: String(quantity) });
    const price = get("price");
    if (typeof price === "number" && price < 0) reasons.push({ code: "negative", field: "price", value: String(price) });
    const dateField: FieldId = this.layout.profile === "claims" ? "dateFrom" : "date";
    const from = get(dateField);
    // Days compare whole: a claim from 9:30 to the same day is not backwards.
    if (typeof from === "number" && Math.floor(from) > this.settings.today) reasons.push({ code: "date_in_future", field: dateField });
    const to = get("dateTo");
    if (typeof from === "number" && typeof to === "number" && Math.floor(to) < Math.floor(from)) reasons.push({ code: "date_to_before_from", field: "dateTo" });
    const claim = get("claimCode");
    if (this.layout.profile === "claims" && claim !== null) {
      const key = hash52(JSON.stringify([claim, get("item"), from, get("insuree")]));
      if (this.seenItems.has(key)) reasons.push({ code: "duplicate_item", field: "item" });
      else this.seenItems.add(key);
    }
  }
}

const REASONS: Record<ReasonCode, Record<Language, (r: RowReason, field: string) => string>> = {
  missing_value: { fr: (_, f) => `${f} : vide`, en: (_, f) => `${f}: blank` },
  bad_date: { fr: (r, f) => `${f} : « ${r.value} » n'est pas une date`, en: (r, f) => `${f}: "${r.value}" is not a date` },
  bad_number: { fr: (r, f) => `${f} : « ${r.value} » n'est pas un nombre`, en: (r, f) => `${f}: "${r.value}" is not a number` },
  not_positive: { fr: (r, f) => `${f} : ${r.value}, doit être supérieure à 0`, en: (r, f) => `${f}: ${r.value}, must be above 0` },
  negative: { fr: (r, f) => `${f} : ${r.value}, ne peut pas être négatif`, en: (r, f) => `${f}: ${r.value}, cannot be negative` },
  date_to_before_from: { fr: () => "date de fin avant la date de début", en: () => "date to before the date from" },
  date_in_future: { fr: (_, f) => `${f} : dans le futur`, en: (_, f) => `${f}: in the future` },
  duplicate_item: { fr: () => "même acte, même date, même bénéficiaire déjà dans cette demande", en: () => "same item, date and beneficiary already in this claim" },
  field_count: { fr: (r) => `${r.value?.split("/")[0]} champs, l'en-tête en a ${r.value?.split("/")[1]}`, en: (r) => `${r.value?.split("/")[0]} fields, the header has ${r.value?.split("/")[1]}` },
  bad_quotes: { fr: () => "guillemets mal fermés", en: () => "quotes not closed" },
};

/** A reason as the import report says it, the field named by the table's header. */
export function reasonText(reason: RowReason, lang: Language, profile: CsvLayout["profile"]): string {
  const field = reason.field ? (PROFILES[profile].find((f) => f.id === reason.field)?.header[lang] ?? reason.field) : "";
  return REASONS[reason.code][lang](reason, field);
}
