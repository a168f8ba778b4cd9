import type { Range } from "../../src/excel/cells";
import { areaRef, parseRef } from "../../src/workbook/formula";
import type { RangeRef } from "../../src/workbook/plan";

/**
 * Reads ranges of the workbook in requests Office accepts: small ranges
 * share one request, a large table is read in runs of rows. Office caps the
 * size of a response (5 MB on the web), so no request asks for more than
 * `limit` cells.
 */
export const CELLS_PER_READ = 50_000;

type Property = "values" | "formulas";

export async function readRanges(context: Excel.RequestContext, refs: readonly RangeRef[], property: Property, limit = CELLS_PER_READ): Promise<Range[]> {
  const results: Range[][] = refs.map(() => []);
  let pending: { index: number; range: Excel.Range }[] = [];
  let pendingCells = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    await context.sync();
    for (const { index, range } of pending) results[index].push(range[property] as Range);
    pending = [];
    pendingCells = 0;
  };
  for (const [index, ref] of refs.entries()) {
    if (ref.sheet === undefined) throw new Error(`Reading ${ref.ref} needs its sheet`);
    const sheet = context.workbook.worksheets.getItem(ref.sheet);
    const area = parseRef(ref.ref);
    const rowsPerRead = Math.max(1, Math.floor(limit / area.cols));
    for (let start = 0; start < area.rows; start += rowsPerRead) {
      const rows = Math.min(rowsPerRead, area.rows - start);
      if (pendingCells + rows * area.cols > limit) await flush();
      pending.push({ index, range: sheet.getRange(areaRef({ ...area, top: area.top + start, rows })).load(property) });
      pendingCells += rows * area.cols;
    }
  }
  await flush();
  return results.map((chunks) => chunks.flat());
}
