import { NAME_PREFIX, parseAddress } from "../../src/journeys/names";
import { areaRef, callsOurFunctions, parseRef, typedFormula } from "../../src/workbook/formula";
import type { RangeRef } from "../../src/workbook/plan";
import { readRanges } from "./readRanges";
import { RequestBudget } from "./requestBudget";

/**
 * "Repair formulas": re-enters our formulas in place, for workbooks whose
 * formulas stay at #NAME? (a file written by another tool, the add-in not yet
 * loaded when the file was opened). Each cell whose formula calls one of our
 * functions gets the same formula written back, stored names
 * (_xldudf_HISAB_…) turned into typed ones; every other cell is left alone.
 * The scope is the journeys' results (their defined names), or the used
 * range of the active sheet once the user has agreed.
 */

export type RepairScope = "results" | "activeSheet";

export interface RepairOutcome {
  formulas: number;
  sheets: string[];
}

/** Results areas recorded by any journey: HISAB_CC_OUT_RESULTS… */
const OUTPUT_NAME = new RegExp(`^${NAME_PREFIX}[A-Z]{2}_(OUT|VAL)_`, "i");

export async function repairFormulas(context: Excel.RequestContext, scope: RepairScope, cellsPerRequest?: number): Promise<RepairOutcome> {
  const areas = scope === "results" ? await resultAreas(context) : await activeSheetArea(context);
  const grids = await readRanges(context, areas, "formulas");
  const budget = new RequestBudget(context, cellsPerRequest);
  let formulas = 0;
  const sheets = new Set<string>();
  for (const [i, grid] of grids.entries()) {
    const area = parseRef(areas[i].ref);
    const sheet = context.workbook.worksheets.getItem(areas[i].sheet!);
    for (const [r, row] of grid.entries()) {
      // Null leaves a cell as it is: only our formulas are written back, one row at a time.
      const again = row.map((cell) => (typeof cell === "string" && cell.startsWith("=") && callsOurFunctions(cell) ? typedFormula(cell) : null));
      const count = again.filter((cell) => cell !== null).length;
      if (count === 0) continue;
      await budget.reserve(area.cols);
      sheet.getRange(areaRef({ ...area, top: area.top + r, rows: 1 })).formulas = [again] as unknown as string[][];
      formulas += count;
      sheets.add(areas[i].sheet!);
    }
  }
  await budget.flush();
  return { formulas, sheets: [...sheets] };
}

async function resultAreas(context: Excel.RequestContext): Promise<RangeRef[]> {
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const ranges = names.items.filter((item) => OUTPUT_NAME.test(item.name)).map((item) => item.getRangeOrNullObject().load("address"));
  await context.sync();
  return ranges.flatMap((range) => (range.isNullObject ? [] : (parseAddress(range.address) ?? [])));
}

async function activeSheetArea(context: Excel.RequestContext): Promise<RangeRef[]> {
  const used = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true).load("address");
  await context.sync();
  const ref = used.isNullObject ? undefined : parseAddress(used.address);
  return ref ? [ref] : [];
}
