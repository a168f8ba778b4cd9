/** Row blocks of a large table: sized from the column count, then from what was measured, halved when Office refuses one. */
import type { Cell } from "../../../src/engine/cell";
import { ASSUMED_CELL_BYTES, Block, BlockSizer, firstBlockRows, formatSteps, HEADROOM, isPayloadLimit, MAX_BLOCK_ROWS, measuredBlockRows, PAYLOAD_LIMIT, payloadBytes } from "../../../src/journeys/large/blockSizing";

describe("block sizes", () => {
  it("start from the column count, within Microsoft's 5,000–20,000 rows for a claims table", () => {
    expect(firstBlockRows(5)).toBe(Math.floor((PAYLOAD_LIMIT * HEADROOM) / (5 * ASSUMED_CELL_BYTES)));
    expect(firstBlockRows(5)).toBeGreaterThanOrEqual(5_000);
    expect(firstBlockRows(1)).toBe(MAX_BLOCK_ROWS);
    expect(firstBlockRows(16_384)).toBe(1);
  });

  it("then follow the bytes measured, never above the row cap nor below one row", () => {
    expect(measuredBlockRows(1_000_000, 10_000)).toBe(Math.floor((PAYLOAD_LIMIT * HEADROOM) / 100));
    expect(measuredBlockRows(10, 10_000)).toBe(MAX_BLOCK_ROWS);
    expect(measuredBlockRows(50 * PAYLOAD_LIMIT, 10)).toBe(1);
  });

  it("measure values as they cross Office.js: JSON in UTF-8", () => {
    const rows: Cell[][] = [[45658, "Hôpital", null, true], ["€", "😀", "", 1.5]];
    expect(payloadBytes(rows)).toBe(Buffer.byteLength(JSON.stringify(rows), "utf8"));
  });

  it("know Office's payload errors from the others", () => {
    expect(isPayloadLimit({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadLimit({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadLimit({ code: "InvalidArgument" })).toBe(false);
    expect(isPayloadLimit(null)).toBe(false);
  });
});

/** A claims table whose references grow from 10 to 400 characters past `longFrom`. */
function table(rows: number, longFrom: number): Cell[][] {
  return Array.from({ length: rows }, (_, r) => [45292 + (r % 366), `A${r % 2000}`, 1 + (r % 3), 1234.56, (r >= longFrom ? "é".repeat(400) : "F").padEnd(10, String(r % 10))]);
}

/** Reads `rows` through a sizer from an Office that refuses any response over `officeLimit` bytes. */
function readAll(rows: Cell[][], officeLimit: number) {
  const sizer = new BlockSizer(rows.length, rows[0].length);
  const read: Cell[][] = [];
  const responses: number[] = [];
  let refusals = 0;
  for (let block: Block | null; (block = sizer.next()); ) {
    const values = rows.slice(block.start, block.start + block.rows);
    const bytes = payloadBytes(values);
    if (bytes > officeLimit) {
      refusals++;
      const error = { code: "ResponsePayloadSizeLimitExceeded" };
      if (isPayloadLimit(error) && sizer.shrink(block)) continue;
      throw new Error("one row is too large");
    }
    responses.push(bytes);
    read.push(...values);
    sizer.done(block, bytes);
  }
  return { read, responses, refusals, completed: sizer.completed };
}

describe("reading a table in blocks", () => {
  it("reads every row once and in order, each response within the 2 MB goal when rows keep their size", () => {
    const rows = table(200_000, Infinity);
    const { read, responses, refusals } = readAll(rows, 5 * 2 ** 20);
    expect(read).toEqual(rows);
    expect(refusals).toBe(0);
    expect(Math.max(...responses)).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(responses.length).toBeLessThan(200_000 / 5_000);
  });

  it("halves a block Office refuses, then goes on to the end", () => {
    const rows = table(60_000, 30_000);
    // An Office stricter than the goal, so that the block reaching the long rows is refused.
    const { read, responses, refusals, completed } = readAll(rows, 1.5 * 2 ** 20);
    expect(refusals).toBeGreaterThan(0);
    expect(read).toEqual(rows);
    expect(completed).toBe(rows.length);
    expect(Math.max(...responses)).toBeLessThanOrEqual(1.5 * 2 ** 20);
  });

  it("gives up, rather than loop, when one row alone is too large", () => {
    const rows: Cell[][] = [["x".repeat(3_000_000)]];
    expect(() => readAll(rows, 2 ** 20)).toThrow("one row is too large");
  });

  it("sizes a block to write from its own measured bytes before it is sent", () => {
    const sizer = new BlockSizer(100_000, 5);
    const block = sizer.next()!;
    expect(sizer.shrink(block, 4 * PAYLOAD_LIMIT)).toBe(true);
    const smaller = sizer.next()!;
    expect(smaller.start).toBe(0);
    expect(smaller.rows).toBe(measuredBlockRows(4 * PAYLOAD_LIMIT, block.rows));
    expect(() => sizer.done({ start: 5, rows: 1 }, 10)).toThrow("expected row 1");
  });
});

describe("format requests around the values", () => {
  it("put the text columns' @ before the values and every other format after, adjacent columns together", () => {
    const steps = formatSteps([{ format: "General", text: true }, { format: "0.00" }, { format: "0.00" }, { format: "General", text: true }, { format: "#,##0" }, { format: "@", text: true }]);
    expect(steps.before).toEqual([{ column: 0, columns: 1, format: "@" }, { column: 3, columns: 1, format: "@" }, { column: 5, columns: 1, format: "@" }]);
    expect(steps.after).toEqual([{ column: 1, columns: 2, format: "0.00" }, { column: 4, columns: 1, format: "#,##0" }]);
  });
});
