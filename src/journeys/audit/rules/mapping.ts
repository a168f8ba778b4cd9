import { codeKey, readText } from "../../../excel/cells";
import { Area, parseRef } from "../../../workbook/formula";
import { Finding, finding } from "../findings";
import { areaAddress, ModelCell, ModelTable, Workbook } from "../model";
import { FormulaEntry, functionOf, OurCall } from "../recompute";
import { argument, AuditContext, Place, placeOf } from "./context";

/**
 * Ranges mapped to the wrong table or with rows left out: an argument that
 * stops before the end of its table (or of the data right below it), a key
 * table that leaves out columns, two arguments read row for row that start or
 * end on different rows, or come from different tables.
 */

/** The arguments of each function that are read row for row, in groups. */
const ALIGNED: Record<string, string[][]> = {
  ALLOCATE: [["centres", "costs"]],
  "ALLOCATION.FLOWS": [["centres", "costs"]],
  PRIMARY: [["amounts", "keyNames"]],
  SPREAD: [["amounts", "drivers"]],
  UNITCOST: [["centres", "costs", "units"]],
  KEYCOST: [["letters", "costs"], ["actLetters", "coefficients", "volumes"]],
  ACTCOST: [["centres", "unitCosts"]],
  "ACTCOST.LETTER": [["letters", "pointCosts"], ["actLetters", "coefficients", "direct"]],
  TARIFF: [["costs", "margin", "market", "ceiling", "loanService"]],
  "PRICE.GAP": [["prices", "costs"]],
  BREAKEVEN: [["fixedCosts", "prices", "variableCosts"]],
  "CLAIMS.SETTLE": [["claims", "othersPaid"]],
};

/** Arguments that are labelled tables whose header row holds codes of the call's centres: a centre's column left out loses its share. */
const LABELLED: Record<string, string> = { ALLOCATE: "keys", "ALLOCATION.FLOWS": "keys", PRIMARY: "keyTable", ACTCOST: "consumption" };

const TOTAL_LABEL = /^\s*(total|totaux|sous-total|subtotal|σ)\b/i;

export function mappingFindings({ book, formulas }: AuditContext): Finding[] {
  return formulas.flatMap((entry) =>
    entry.calls.flatMap((call) => [...leftOut(book, entry, call), ...alignment(book, entry, call)]),
  );
}

/** An input range: a reference to constants, not to a spilled result or formulas (those are outputs, sized by the formula). */
function inputPlace(book: Workbook, entry: FormulaEntry, call: OurCall, id: string): Place | undefined {
  const place = placeOf(argument(call, id), entry.sheet);
  if (!place || (place.area.rows === 1 && place.area.cols === 1)) return undefined;
  const { sheet, area } = place;
  const holdsFormula = book.cell(sheet, area.top, area.left)?.formula !== undefined || book.spillHolding(sheet, area.top + (area.rows > 1 ? 1 : 0), area.left) !== undefined;
  return holdsFormula ? undefined : place;
}

function leftOut(book: Workbook, entry: FormulaEntry, call: OurCall): Finding[] {
  return call.spec.params
    .filter((param) => param.kind === "range")
    .flatMap((param): Finding[] => {
      const place = inputPlace(book, entry, call, param.id);
      if (!place) return [];
      const labelled = LABELLED[call.spec.id] === param.id;
      const table = book.tableAt(place.sheet, place.area.top, place.area.left);
      const common = { fn: functionOf(entry), argument: param.id, range: areaAddress(place.sheet, place.area), table: table?.name ?? "" };
      const out: Finding[] = [];
      const rows = table ? tableRowsLeftOut(book, table, place) : rowsBelow(book, place);
      if (rows.length > 0) out.push(finding("missing_rows", [entry.address, ...rows], { ...common, count: rows.length, left: rows.slice(0, 5).join(", ") + (rows.length > 5 ? "…" : "") }));
      if (labelled) {
        const centres = centreCodes(book, entry, call);
        const cols = table ? tableColumnsLeftOut(book, table, place, centres) : columnsRight(book, place, centres);
        if (cols.length > 0) out.push(finding("missing_columns", [entry.address, ...cols], { ...common, count: cols.length, left: cols.slice(0, 5).join(", ") + (cols.length > 5 ? "…" : "") }));
      }
      return out;
    });
}

const filled = (cell: ModelCell | undefined): boolean => cell !== undefined && cell.value !== null && cell.value !== "";

/** Rows of the table's body with data in the argument's columns that the argument does not read ("Sheet!A32:E32"). */
function tableRowsLeftOut(book: Workbook, table: ModelTable, { sheet, area }: Place): string[] {
  const t = parseRef(table.ref);
  const first = t.top + (table.headerRow ? 1 : 0);
  const last = t.top + t.rows - 1 - (table.totalsRow ? 1 : 0);
  const out: string[] = [];
  for (let row = first; row <= last; row++) {
    if (row >= area.top && row < area.top + area.rows) continue;
    if (Array.from({ length: area.cols }, (_, c) => book.cell(sheet, row, area.left + c)).some(filled)) out.push(areaAddress(sheet, { top: row, left: area.left, rows: 1, cols: area.cols }));
  }
  return out;
}

/** With no table: the rows right below the range that hold typed data in its columns (up to a blank row or a total). */
function rowsBelow(book: Workbook, { sheet, area }: Place): string[] {
  const out: string[] = [];
  for (let row = area.top + area.rows; ; row++) {
    const cells = Array.from({ length: area.cols }, (_, c) => book.cell(sheet, row, area.left + c));
    const typed = cells.filter((cell) => filled(cell) && cell!.formula === undefined && !book.spillHolding(sheet, cell!.row, cell!.col));
    if (typed.length === 0 || cells.some((cell) => typeof cell?.value === "string" && TOTAL_LABEL.test(cell.value))) return out;
    out.push(areaAddress(sheet, { top: row, left: area.left, rows: 1, cols: area.cols }));
  }
}

/** The codes of the call's `centres` argument, as codes compare. */
function centreCodes(book: Workbook, entry: FormulaEntry, call: OurCall): Set<string> {
  const place = placeOf(argument(call, "centres"), entry.sheet);
  const cells = place ? book.values(place.sheet, place.area).flat() : [];
  return new Set(cells.flatMap((v) => (typeof v === "string" || typeof v === "number" ? [codeKey(readText(v))] : [])));
}

const isCentre = (book: Workbook, sheet: string, row: number, col: number, centres: Set<string>): boolean => {
  const v = book.cell(sheet, row, col)?.value;
  return (typeof v === "string" || typeof v === "number") && centres.has(codeKey(readText(v)));
};

/** Columns of the table headed by a centre code that a labelled table argument does not read. */
function tableColumnsLeftOut(book: Workbook, table: ModelTable, { sheet, area }: Place, centres: Set<string>): string[] {
  const t = parseRef(table.ref);
  const out: string[] = [];
  for (let col = t.left; col < t.left + t.cols; col++) {
    if (col >= area.left && col < area.left + area.cols) continue;
    if (isCentre(book, sheet, area.top, col, centres)) out.push(columnAddress(sheet, area, col));
  }
  return out;
}

/** With no table: the columns right of a labelled table headed by a centre code. */
function columnsRight(book: Workbook, { sheet, area }: Place, centres: Set<string>): string[] {
  const out: string[] = [];
  for (let col = area.left + area.cols; isCentre(book, sheet, area.top, col, centres); col++) out.push(columnAddress(sheet, area, col));
  return out;
}

const columnAddress = (sheet: string, area: Area, col: number): string => areaAddress(sheet, { top: area.top, left: col, rows: area.rows, cols: 1 });

/** Arguments read row for row: on one sheet they must cover the same rows; from two tables, they are mixed up. */
function alignment(book: Workbook, entry: FormulaEntry, call: OurCall): Finding[] {
  const out: Finding[] = [];
  for (const group of ALIGNED[call.spec.id] ?? []) {
    const places = group.flatMap((id) => {
      const place = placeOf(argument(call, id), entry.sheet);
      return place && place.area.rows > 1 ? [{ id, place, table: book.tableAt(place.sheet, place.area.top, place.area.left) }] : [];
    });
    for (let i = 1; i < places.length; i++) {
      const [a, b] = [places[0], places[i]];
      const fields = { fn: functionOf(entry), first: a.id, second: b.id, firstRange: areaAddress(a.place.sheet, a.place.area), secondRange: areaAddress(b.place.sheet, b.place.area) };
      if (a.table && b.table && a.table !== b.table && !isOutput(book, a.place) && !isOutput(book, b.place)) {
        out.push(finding("wrong_table", [entry.address, fields.firstRange, fields.secondRange], { ...fields, firstTable: a.table.name, secondTable: b.table.name }));
      } else if (a.place.sheet === b.place.sheet && (a.place.area.top !== b.place.area.top || a.place.area.rows !== b.place.area.rows)) {
        out.push(finding("misaligned_ranges", [entry.address, fields.firstRange, fields.secondRange], fields));
      }
    }
  }
  return out;
}

const isOutput = (book: Workbook, { sheet, area }: Place): boolean => book.spillHolding(sheet, area.top, area.left) !== undefined;
