import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import type { ModelCell, ModelName, ModelSheet, ModelTable, SavedValue, WorkbookModel } from "../src/journeys/audit/model";
import type { ErrorCode } from "../src/workbook/evaluate";
import { areaRef, parseRef } from "../src/workbook/formula";
import { shiftFormula } from "../src/workbook/parse";

/**
 * Reads a saved .xlsx into the audit's workbook model, from the package's
 * XML itself (ECMA-376 SpreadsheetML), so that what Excel wrote is what the
 * audit sees: every cell's constant or cached result as stored (numbers as
 * numbers, dates as their serials, a cached 0 or "" as such, errors as
 * errors), formulas as stored (`_xldudf_HISAB_…`), shared formulas expanded
 * to each cell, array and dynamic-array anchors with the area they cover,
 * Excel tables (with calculated columns), defined names, hidden sheets.
 * Number formats are not read: nothing the audit checks depends on them.
 */

export class XlsxReadError extends Error {}

const ARRAYS = new Set(["sheet", "definedName", "Relationship", "row", "c", "si", "r", "tableColumn", "tablePart"]);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, unknown>;
const text = (node: unknown): string => (typeof node === "string" ? node : typeof node === "object" && node !== null ? String((node as Node)["#text"] ?? "") : "");
const list = (node: unknown): Node[] => (Array.isArray(node) ? (node as Node[]) : []);

export async function readXlsx(data: Buffer | Uint8Array): Promise<WorkbookModel> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (e) {
    throw new XlsxReadError(`not an .xlsx file (${(e as Error).message})`);
  }
  const part = async (path: string): Promise<Node | undefined> => {
    const file = zip.file(path);
    return file ? (xml.parse(await file.async("string")) as Node) : undefined;
  };
  const workbook = (await part("xl/workbook.xml"))?.workbook as Node | undefined;
  if (!workbook) throw new XlsxReadError("the package has no workbook part (xl/workbook.xml)");
  const targets = relationships(await part("xl/_rels/workbook.xml.rels"), "xl/");
  const strings = sharedStrings(await part("xl/sharedStrings.xml"));

  const sheets: ModelSheet[] = [];
  const tables: ModelTable[] = [];
  for (const sheet of list((workbook.sheets as Node | undefined)?.sheet)) {
    const name = String(sheet["@_name"]);
    const path = targets.get(String(sheet["@_r:id"]));
    const content = path ? ((await part(path))?.worksheet as Node | undefined) : undefined;
    if (!content) continue; // a chart sheet or a dialog sheet: no cells
    const state = sheet["@_state"];
    sheets.push({ name, visibility: state === "hidden" || state === "veryHidden" ? state : undefined, cells: sheetCells(content, strings) });
    const sheetTargets = relationships(await part(path!.replace(/([^/]+)$/, "_rels/$1.rels")), path!.replace(/[^/]+$/, ""));
    for (const tablePart of list((content.tableParts as Node | undefined)?.tablePart)) {
      const tablePath = sheetTargets.get(String(tablePart["@_r:id"]));
      const table = tablePath ? ((await part(tablePath))?.table as Node | undefined) : undefined;
      if (table) tables.push(tableOf(table, name));
    }
  }
  const names = list((workbook.definedNames as Node | undefined)?.definedName).flatMap((n): ModelName[] => {
    const local = n["@_localSheetId"];
    const name = String(n["@_name"]);
    // Excel's own names (_xlnm.Print_Area, _xlnm._FilterDatabase) are not the user's.
    if (name.startsWith("_xlnm.")) return [];
    return [{ name, refersTo: text(n), sheet: local === undefined ? undefined : sheets[Number(local)]?.name }];
  });
  return { sheets, tables, names };
}

/** Relationship id → part path, resolved against `base` ("xl/"). */
function relationships(rels: Node | undefined, base: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of list((rels?.Relationships as Node | undefined)?.Relationship)) {
    const target = String(r["@_Target"]);
    out.set(String(r["@_Id"]), target.startsWith("/") ? target.slice(1) : normalise(base + target));
  }
  return out;
}

/** "xl/worksheets/../tables/table1.xml" → "xl/tables/table1.xml". */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const piece of path.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** Each shared string, rich-text runs joined; phonetic runs (<rPh>) left out. */
function sharedStrings(sst: Node | undefined): string[] {
  return list((sst?.sst as Node | undefined)?.si).map((si) => (si.t !== undefined ? text(si.t) : list(si.r).map((run) => text(run.t)).join("")));
}

interface Shared {
  formula: string;
  row: number;
  col: number;
}

function sheetCells(sheet: Node, strings: string[]): ModelCell[] {
  const cells: ModelCell[] = [];
  const shared = new Map<string, Shared>();
  let rowIndex = -1;
  for (const row of list((sheet.sheetData as Node | undefined)?.row)) {
    rowIndex = row["@_r"] !== undefined ? Number(row["@_r"]) - 1 : rowIndex + 1;
    let colIndex = -1;
    for (const c of list(row.c)) {
      const at = c["@_r"] !== undefined ? parseRef(String(c["@_r"])) : { top: rowIndex, left: colIndex + 1 };
      colIndex = at.left;
      const cell: ModelCell = { row: at.top, col: at.left, value: valueOf(c, strings) };
      const f = c.f;
      if (f !== undefined) {
        const kind = typeof f === "object" && f !== null ? (f as Node)["@_t"] : undefined;
        const body = text(f);
        if (kind === "shared") {
          const si = String((f as Node)["@_si"]);
          const master = shared.get(si);
          if (body !== "" || !master) shared.set(si, { formula: body, row: at.top, col: at.left });
          cell.formula = body !== "" || !master ? body : shiftFormula(master.formula, at.top - master.row, at.left - master.col);
        } else if (kind !== "dataTable") {
          cell.formula = body;
          const ref = (f as Node)["@_ref"];
          if (kind === "array" && typeof ref === "string" && ref !== areaRef({ top: at.top, left: at.left, rows: 1, cols: 1 })) cell.spill = ref;
        }
      }
      if (cell.value !== null || cell.formula !== undefined) cells.push(cell);
    }
  }
  return cells;
}

const ERRORS: readonly ErrorCode[] = ["#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#N/A", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#BUSY!", "#GETTING_DATA"];

/** A cell's stored value by its type attribute; a formula never calculated has none (null). */
function valueOf(c: Node, strings: string[]): SavedValue {
  const type = c["@_t"];
  if (type === "inlineStr") {
    const is = c.is as Node | undefined;
    return is ? (is.t !== undefined ? text(is.t) : list(is.r).map((run) => text(run.t)).join("")) : "";
  }
  if (c.v === undefined) return type === "str" && c.f !== undefined ? "" : null;
  const v = text(c.v);
  switch (type) {
    case "s":
      return strings[Number(v)] ?? "";
    case "str":
      return v;
    case "b":
      return v === "1" || v.toLowerCase() === "true";
    case "e":
      return { error: (ERRORS as readonly string[]).includes(v) ? (v as ErrorCode) : "#VALUE!" };
    case "d":
      return isoToSerial(v);
    default:
      return v === "" ? null : Number(v);
  }
}

const EPOCH = Date.UTC(1899, 11, 30);

/** An ISO 8601 date cell (t="d", rare) as its serial in the 1900 system. */
function isoToSerial(iso: string): number {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
  return (ms - EPOCH) / 86_400_000;
}

function tableOf(table: Node, sheet: string): ModelTable {
  const columns = list((table.tableColumns as Node | undefined)?.tableColumn).map((column) => {
    const formula = column.calculatedColumnFormula;
    return { name: String(column["@_name"]), ...(formula !== undefined ? { formula: text(formula) } : {}) };
  });
  return {
    name: String(table["@_displayName"] ?? table["@_name"]),
    sheet,
    ref: String(table["@_ref"]),
    headerRow: table["@_headerRowCount"] !== "0",
    totalsRow: Number(table["@_totalsRowCount"] ?? 0) > 0,
    columns,
  };
}
