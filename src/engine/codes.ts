import { codeKey } from "./cell";
import { fail } from "./errors";

/**
 * A list of codes (centres, letter keys, acts) with look-up that ignores
 * surrounding spaces and case. Two codes that then collide are an error that
 * names both places.
 */
export class CodeIndex {
  private readonly positions = new Map<string, number>();

  constructor(
    readonly codes: readonly string[],
    private readonly argument: string,
    /** How positions are named in errors: "row" for a column of codes, "column" for a header row. */
    private readonly axis: "row" | "column" = "row",
    /** 1-based position of the first code within the argument's range. */
    private readonly offset = 1,
    /** 1-based position of each code within the range, when blank lines were skipped. */
    private readonly positionsInRange?: readonly number[],
  ) {
    codes.forEach((code, i) => {
      if (code === "") fail("missing_code", this.place(i));
      const key = codeKey(code);
      const first = this.positions.get(key);
      if (first !== undefined) fail("duplicate_code", { ...this.place(i), code }, { value: code, axis: this.axis, first: this.position(first) });
      this.positions.set(key, i);
    });
  }

  get size(): number {
    return this.codes.length;
  }

  has(code: string): boolean {
    return this.positions.has(codeKey(code));
  }

  find(code: string): number | undefined {
    return this.positions.get(codeKey(code));
  }

  /** Position of `code`, or an unknown_code error placed where the caller read it. */
  require(code: string, where: { argument: string; row?: number; column?: number }): number {
    const i = this.find(code);
    if (i === undefined) fail("unknown_code", { ...where, code }, { value: code, list: this.argument });
    return i;
  }

  private position(i: number): number {
    return this.positionsInRange?.[i] ?? i + this.offset;
  }

  private place(i: number) {
    return this.axis === "row" ? { argument: this.argument, row: this.position(i) } : { argument: this.argument, column: this.position(i) };
  }
}
