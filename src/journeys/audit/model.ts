import { ErrorCode, ErrorValue, evaluatePlan, formulaKey, Grid, isErrorValue, PlanEvaluation } from "../../workbook/evaluate";
import { Area, areaRef, cellAddress, formulaText, parseRef, quoteSheetName } from "../../workbook/formula";
import { ParseContext, parseFormula, Parsed, TableSpec } from "../../workbook/parse";
import type { RangeRef, Value, WorkbookPlan } from "../../workbook/plan";
import { nameReference } from "../names";

/**
 * A workbook as the audit sees it, however it was read: every cell's value
 * (a constant, or a formula's cached result), its formula and number format,
 * the areas spilled results cover, the Excel tables and the defined names.
 * The headless audit builds it from a saved .xlsx (scripts/xlsxRead.ts), the
 * pane from Office.js, the tests from a plan (modelOfPlan).
 */

export type SavedValue = Value | { error: ErrorCode };

export interface ModelCell {
  /** 0-based. */
  row: number;
  col: number;
  /** The constant, or the value the formula had when the workbook was saved; blank is null. */
  value: SavedValue;
  /** Without the leading "=": as the file stores it (`_xldudf_HISAB_ALLOCATE(…)`) or as Office.js gives it. */
  formula?: string;
  /** On an array formula's anchor: the area its result covers ("D8:D37"). */
  spill?: string;
  numberFormat?: string;
}

export interface ModelTable {
  name: string;
  sheet: string;
  /** Header row included: "A1:E31". */
  ref: string;
  headerRow: boolean;
  totalsRow: boolean;
  /** Column names, and the formula of a calculated column. */
  columns: { name: string; formula?: string }[];
}

export interface ModelSheet {
  name: string;
  visibility?: "hidden" | "veryHidden";
  cells: ModelCell[];
}

export interface ModelName {
  name: string;
  /** Without "=": "'Clés primaires'!$A$1:$AE$16", "tCentres[Code]". */
  refersTo: string;
  /** A sheet-scoped name's sheet; absent for a workbook-scoped one. */
  sheet?: string;
}

export interface WorkbookModel {
  sheets: ModelSheet[];
  tables: ModelTable[];
  names: ModelName[];
}

const key = (row: number, col: number): string => `${row},${col}`;
const lower = (s: string) => s.toLocaleLowerCase();

/** Look-ups over a model: cells by place, sheets and tables by name (without case), names and references resolved. */
export class Workbook {
  private readonly cellMaps = new Map<string, Map<string, ModelCell>>();
  private readonly sheetNames = new Map<string, string>();
  private readonly tablesByName = new Map<string, ModelTable>();
  private readonly anchors = new Map<string, { cell: ModelCell; area: Area }[]>();

  constructor(readonly model: WorkbookModel) {
    for (const sheet of model.sheets) {
      this.sheetNames.set(lower(sheet.name), sheet.name);
      this.cellMaps.set(sheet.name, new Map(sheet.cells.map((cell) => [key(cell.row, cell.col), cell])));
      this.anchors.set(sheet.name, sheet.cells.flatMap((cell) => (cell.spill ? [{ cell, area: parseRef(cell.spill) }] : [])));
    }
    for (const table of model.tables) this.tablesByName.set(lower(table.name), table);
  }

  sheetName(name: string): string | undefined {
    return this.sheetNames.get(lower(name));
  }

  cell(sheet: string, row: number, col: number): ModelCell | undefined {
    return this.cellMaps.get(sheet)?.get(key(row, col));
  }

  cells(sheet: string): ModelCell[] {
    return [...(this.cellMaps.get(sheet)?.values() ?? [])];
  }

  /** The saved values of `area` (blank = null), errors as the evaluator's error values. */
  values(sheet: string, area: Area): Grid {
    return Array.from({ length: area.rows }, (_, r) =>
      Array.from({ length: area.cols }, (_, c) => {
        const cell = this.cell(sheet, area.top + r, area.left + c);
        return cell ? computed(cell.value, cellRef(sheet, cell.row, cell.col)) : null;
      }),
    );
  }

  table(name: string): ModelTable | undefined {
    return this.tablesByName.get(lower(name));
  }

  /** The table whose area holds the cell, if any. */
  tableAt(sheet: string, row: number, col: number): ModelTable | undefined {
    return this.model.tables.find((t) => t.sheet === sheet && contains(parseRef(t.ref), row, col));
  }

  /** The area the formula anchored at this cell spills over. */
  spillAt(sheet: string, row: number, col: number): Area | undefined {
    const spill = this.cell(sheet, row, col)?.spill;
    return spill ? parseRef(spill) : undefined;
  }

  /** The anchor whose spill holds the cell (the anchor itself included). */
  spillHolding(sheet: string, row: number, col: number): ModelCell | undefined {
    return this.anchors.get(sheet)?.find(({ area }) => contains(area, row, col))?.cell;
  }

  /** How the parser resolves this workbook's sheets, names, tables and spills, for a formula at `cell` of `sheet`. */
  parseContext(sheet: string, cell?: { row: number; col: number }): ParseContext {
    return {
      sheet,
      cell,
      sheetName: (name) => this.sheetName(name),
      name: (name) => this.resolveName(name, sheet),
      table: (table, spec, at) => this.resolveTable(table, spec, sheet, at),
      spill: (anchor) => {
        const { top, left } = parseRef(anchor.ref);
        const area = this.spillAt(anchor.sheet ?? sheet, top, left);
        return area && { kind: "range", sheet: anchor.sheet ?? sheet, ref: areaRef(area) };
      },
    };
  }

  /** A cell's formula as an Expr, or why it cannot be read. */
  parse(sheet: string, cell: ModelCell): Parsed {
    return parseFormula(cell.formula ?? "", this.parseContext(sheet, cell));
  }

  /** What a defined name refers to, as a block of cells; "Sheet!Name" for a sheet-scoped one. */
  resolveName(written: string, from: string): RangeRef | undefined {
    const bang = written.lastIndexOf("!");
    const [scope, name] = bang > 0 ? [this.sheetName(written.slice(0, bang)), written.slice(bang + 1)] : [undefined, written];
    const candidates = this.model.names.filter((n) => lower(n.name) === lower(name));
    const found = candidates.find((n) => n.sheet !== undefined && lower(n.sheet) === lower(scope ?? from)) ?? (scope === undefined ? candidates.find((n) => n.sheet === undefined) : undefined);
    // A table's name alone stands for its body (=SUM(tCharges) in a formula).
    if (!found) return scope === undefined && this.table(name) ? this.resolveTable(name, { items: [] }, from) : undefined;
    const target = parseFormula(found.refersTo, { ...this.parseContext(found.sheet ?? from), name: undefined });
    return "expr" in target && target.expr.kind === "range" && target.expr.sheet !== undefined ? target.expr : undefined;
  }

  /** The cells of a structured reference (see TableSpec); `[@Column]` needs the formula's row inside the table. */
  resolveTable(name: string | undefined, spec: TableSpec, from: string, at?: { row: number; col: number }): RangeRef | undefined {
    const table = name === undefined ? (at ? this.tableAt(from, at.row, at.col) : undefined) : this.table(name);
    if (!table) return undefined;
    const area = parseRef(table.ref);
    const header = table.headerRow ? 1 : 0;
    const totals = table.totalsRow ? 1 : 0;
    const rowsOf: Record<TableSpec["items"][number], [number, number] | undefined> = {
      all: [area.top, area.top + area.rows - 1],
      headers: header ? [area.top, area.top] : undefined,
      data: [area.top + header, area.top + area.rows - 1 - totals],
      totals: totals ? [area.top + area.rows - 1, area.top + area.rows - 1] : undefined,
      thisRow: at && at.row >= area.top + header && at.row <= area.top + area.rows - 1 - totals ? [at.row, at.row] : undefined,
    };
    const spans = (spec.items.length === 0 ? (["data"] as const) : spec.items).map((item) => rowsOf[item]);
    if (spans.some((span) => span === undefined)) return undefined;
    const top = Math.min(...spans.map((s) => s![0]));
    const bottom = Math.max(...spans.map((s) => s![1]));
    let [first, last] = [0, table.columns.length - 1];
    if (spec.columns) {
      const index = (column: string) => table.columns.findIndex((c) => lower(c.name) === lower(column));
      [first, last] = [index(spec.columns[0]), index(spec.columns[1])].sort((a, b) => a - b);
      if (first < 0) return undefined;
    }
    if (bottom < top) return undefined;
    return { kind: "range", sheet: table.sheet, ref: areaRef({ top, left: area.left + first, rows: bottom - top + 1, cols: last - first + 1 }) };
  }
}

/** "'Clés primaires'!B3": a cell as Excel writes it in a reference, its sheet quoted when it must be. */
export const cellRef = (sheet: string, row: number, col: number): string => `${quoteSheetName(sheet)}!${cellAddress(row, col)}`;

/** "'Clés primaires'!A1:AE16" (or one cell). */
export const areaAddress = (sheet: string, area: Area): string => `${quoteSheetName(sheet)}!${areaRef(area)}`;

export function contains(area: Area, row: number, col: number): boolean {
  return row >= area.top && row < area.top + area.rows && col >= area.left && col < area.left + area.cols;
}

/** A saved value as the evaluator holds it: an error keeps the cell it is in. */
export function computed(value: SavedValue, at: string): Value | ErrorValue {
  return isErrorValue(value as Value | ErrorValue) ? { error: (value as { error: ErrorCode }).error, at } : (value as Value);
}

/**
 * The model of the workbook a plan writes (what scripts/xlsx.ts saves, in the
 * stored form): tables with their header row, labels, values, each formula
 * at its anchor with the area it spills over and its computed values, and the
 * plan's defined names. Tests audit plans through it without a file.
 */
export function modelOfPlan(plan: WorkbookPlan, evaluation: PlanEvaluation = evaluatePlan(plan)): WorkbookModel {
  const sheets = plan.sheets.map((sheet): ModelSheet => {
    const cells: ModelCell[] = [];
    const put = (at: Area, values: readonly (readonly (Value | ErrorValue)[])[], format?: (col: number) => string | undefined) =>
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null) cells.push({ row: at.top + r, col: at.left + c, value: saved(value), numberFormat: format?.(c) });
        }),
      );
    for (const table of sheet.tables) {
      const at = parseRef(table.at);
      put(at, [table.columns.map((c) => c.header), ...table.rows], (c) => table.columns[c].numberFormat);
    }
    for (const label of sheet.labels) cells.push({ ...at(label.at), value: label.text });
    for (const block of sheet.values ?? []) put(parseRef(block.at), block.rows, (c) => block.numberFormats?.[c]);
    for (const formula of sheet.formulas) {
      const anchor = parseRef(formula.at);
      const grid = evaluation.results.get(formulaKey(sheet.name, formula.at));
      if (!grid) throw new Error(`No value for ${sheet.name}!${formula.at}: evaluate the plan first`);
      const format = (c: number) => (typeof formula.numberFormat === "string" ? formula.numberFormat : formula.numberFormat?.[c]);
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell: ModelCell = { row: anchor.top + r, col: anchor.left + c, value: saved(value), numberFormat: format(c) };
          if (r === 0 && c === 0) {
            cell.formula = formulaText(formula.expr, { form: "stored" });
            if (formula.rows * formula.cols > 1) cell.spill = areaRef({ ...anchor, rows: formula.rows, cols: formula.cols });
          }
          cells.push(cell);
        }),
      );
    }
    return { name: sheet.name, visibility: sheet.visibility, cells };
  });
  const tables = plan.sheets.flatMap((sheet) =>
    sheet.tables.map((table): ModelTable => {
      const { top, left } = parseRef(table.at);
      const ref = areaRef({ top, left, rows: table.rows.length + 1, cols: table.columns.length });
      return { name: table.name, sheet: sheet.name, ref, headerRow: true, totalsRow: false, columns: table.columns.map((c) => ({ name: c.header })) };
    }),
  );
  const names = (plan.names ?? []).map((n): ModelName => ({ name: n.name, refersTo: nameReference(n.refersTo).slice(1) }));
  return { sheets, tables, names };
}

const at = (address: string) => {
  const { top, left } = parseRef(address);
  return { row: top, col: left };
};

function saved(value: Value | ErrorValue): SavedValue {
  return isErrorValue(value) ? { error: value.error } : value;
}

