import { FakeWorkbook } from "../taskpane/mockWorkbook";
import { PAYLOAD_LIMIT_BYTES } from "./workbookModel";

/** The in-memory Excel at the largest size a sheet allows, as the large-table reconciliation will use it. */

describe("a table of 1,048,576 rows", () => {
  it("is written and read back in blocks of 32,768 rows, each request under Excel's 5 MB", async () => {
    const ROWS = 1_048_576;
    const BLOCK = 32_768;
    const book = new FakeWorkbook(["Lignes"]);
    for (let top = 0; top < ROWS; top += BLOCK) {
      const context = book.context();
      const rows = Array.from({ length: BLOCK }, (_, r) => [`L${top + r + 1}`, top + r + 1]);
      context.workbook.worksheets.getItem("Lignes").getRangeByIndexes(top, 0, BLOCK, 2).values = rows;
      await context.sync();
    }
    const context = book.context();
    const sheet = context.workbook.worksheets.getItem("Lignes");
    const last = sheet.getRangeByIndexes(ROWS - 2, 0, 2, 2).load("values");
    const used = sheet.getUsedRangeOrNullObject(true).load("address");
    await context.sync();
    expect(last.values).toEqual([
      ["L1048575", 1048575],
      ["L1048576", 1048576],
    ]);
    expect(used.address).toBe("Lignes!A:B"); // whole columns, as Excel writes them
    const writes = book.requests.slice(0, -1);
    expect(writes).toHaveLength(ROWS / BLOCK);
    expect(Math.max(...writes.map((r) => r.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(writes.every((r) => r.cellsWritten === 2 * BLOCK)).toBe(true);
  });
});
