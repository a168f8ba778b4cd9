import type { Cell } from "../cells";

/**
 * Remembers the last result of a costly computation together with the cells
 * it was computed from. A workbook calls CONTRACT.RECONCILE, .LINES and
 * .BALANCE on the same ranges in one recalculation, and Excel hands each call
 * a fresh copy of the cells: comparing a million cells costs a few
 * milliseconds, reconciling them again many more.
 *
 * The cells are copied into the memo (one flat array), never kept by
 * reference: a caller may change its arrays after a call. A result is reused
 * only for cells equal one by one (===, so NaN never matches) in ranges of the
 * same shape. On a difference the copy is brought up to date from the first
 * differing cell on, in the same pass. Results are shared between calls:
 * callers must not change them, nor keep them beyond the call.
 */
export class RangeMemo<T> {
  private shape: number[] = [];
  private cells: Cell[] = [];
  private last: { value: T } | null = null;

  /**
   * The last value if it was computed from cells equal to `ranges`', else `compute()`'s, remembered. `compute`
   * receives the value it replaces, whose storage it may reuse: the memo was its only keeper.
   */
  get(ranges: readonly (readonly Cell[][])[], compute: (replaced: T | undefined) => T): T {
    const unchanged = this.refresh(ranges);
    if (unchanged && this.last) return this.last.value;
    const replaced = this.last?.value;
    this.last = null;
    const value = compute(replaced);
    if (unchanged !== null) this.last = { value };
    return value;
  }

  /** Copies `ranges` into the memo; true when they equal the copy already there, null when ragged (nothing kept). */
  private refresh(ranges: readonly (readonly Cell[][])[]): boolean | null {
    const shape = ranges.flatMap((range) => [range.length, range[0]?.length ?? 0]);
    let same = shape.length === this.shape.length && shape.every((x, i) => x === this.shape[i]);
    if (!same) {
      this.shape = shape;
      this.cells = new Array<Cell>(ranges.reduce((n, range, g) => n + range.length * shape[2 * g + 1], 0));
    }
    const cells = this.cells;
    let k = 0;
    for (let g = 0; g < ranges.length; g++) {
      const range = ranges[g];
      const width = shape[2 * g + 1];
      let r = 0;
      // Compare row by row while equal (the usual case), then copy what is left.
      for (; same && r < range.length; r++, k += width) {
        const row = range[r];
        if (row.length !== width) return this.forget();
        for (let j = 0; j < width; j++) if (row[j] !== cells[k + j]) same = false;
        if (!same) for (let j = 0; j < width; j++) cells[k + j] = row[j];
      }
      for (; r < range.length; r++) {
        const row = range[r];
        if (row.length !== width) return this.forget();
        for (let j = 0; j < width; j++) cells[k++] = row[j];
      }
    }
    return same;
  }

  private forget(): null {
    this.shape = [];
    this.cells = [];
    this.last = null;
    return null;
  }
}
