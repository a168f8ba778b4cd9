import ExcelJS from "exceljs";
import { Computed, isErrorValue, PlanEvaluation } from "../../src/workbook/evaluate";
import { areaRef, cellAddress, columnFormat, formulaText, parseRef } from "../../src/workbook/formula";
import type { WorkbookPlan } from "../../src/workbook/plan";

/** A formula cell as ExcelJS reads it back. */
export interface FormulaRead {
  formula?: string;
  result?: unknown;
  shareType?: string;
  ref?: string;
}

/** What a cached value looks like once read back (ExcelJS 4.4 reads a cached 0 or "" of a formula as no result: the XML itself holds them). */
function expectCached(read: unknown, expected: Computed, where: string): void {
  // A number in a date format is read back as a Date.
  const actual = read instanceof Date ? (read.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : read;
  if (actual === undefined && (expected === 0 || expected === "")) return;
  if (isErrorValue(expected)) expect({ where, actual }).toEqual({ where, actual: { error: expected.error } });
  else if (typeof expected === "number") expect({ where, actual }).toEqual({ where, actual: expect.closeTo(expected, 6) });
  else expect({ where, actual }).toEqual({ where, actual: expected ?? "" });
}

/** Every formula of `plan` in `book` in its stored form, spilled over its plan area, with the evaluation's cached values and its number formats. */
export function expectStoredFormulas(book: ExcelJS.Workbook, plan: WorkbookPlan, evaluation: PlanEvaluation): void {
  for (const sheet of plan.sheets) {
    const ws = book.getWorksheet(sheet.name)!;
    for (const formula of sheet.formulas) {
      const expected = evaluation.results.get(`${sheet.name}!${formula.at}`)!;
      const { top, left } = parseRef(formula.at);
      const anchor = ws.getCell(formula.at).value as FormulaRead;
      expect(anchor.formula).toBe(formulaText(formula.expr, { form: "stored" }));
      if (formula.rows * formula.cols > 1) expect(anchor.ref).toBe(areaRef({ top, left, rows: formula.rows, cols: formula.cols }));
      expected.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = ws.getCell(cellAddress(top + r, left + c));
          const cached = r === 0 && c === 0 ? anchor.result : cell.value;
          expectCached(cached, value, `${sheet.name}!${cell.address}`);
          const format = columnFormat(formula, c);
          // "General" is no format at all: ExcelJS reads it back as none.
          if (format && format !== "General") expect({ at: cell.address, format: cell.numFmt }).toEqual({ at: cell.address, format });
        }),
      );
    }
  }
}
