import type { RangeRef } from "../../src/workbook/plan";

/** Shows a cell (or range) to the user: its sheet activated, the cell selected. */
export async function selectRange(context: Excel.RequestContext, ref: RangeRef): Promise<void> {
  if (ref.sheet === undefined) throw new Error(`Selecting ${ref.ref} needs its sheet`);
  const sheet = context.workbook.worksheets.getItem(ref.sheet);
  sheet.activate();
  sheet.getRange(ref.ref).select();
  await context.sync();
}
