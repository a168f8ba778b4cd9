import type { Cell, Range } from "../../engine/cell";
import { isBlank } from "../cells";
import type { Language, Text } from "../language";
import type { RowKeeper } from "../tables";

/**
 * Parameters declared once. Each parameter of a function says what it holds
 * (its cell type and bounds, its layout: one value, a column aligned with
 * another, a table with its columns…) and how a blank reads; from that one
 * declaration come the reading and checking of the argument, the refusals
 * with their places, the Excel metadata (range or value, optional) and the
 * reference's parameter tables.
 */

export type Arg = Range | Cell;
export const asRange = (value: Arg | undefined): Range => (Array.isArray(value) ? value : [[value ?? null]]);

/** A phrase in a language; `label` names another parameter as a reader of that language sees it. */
export type Phrase = (lang: Language, label: (id: string) => string) => string;

export interface Param<Id extends string = string, V = unknown> {
  /** Parameter name in the English metadata, and its place in errors: stored nowhere, but part of every message. */
  readonly id: Id;
  readonly name: Text;
  readonly description: Text;
  readonly optional: boolean;
  /** Excel's view: a range (a matrix of cells) or one value. */
  readonly kind: "range" | "scalar";
  /** What it accepts, for the reference's parameter table. */
  readonly accepts: Phrase;
  /** The parameter whose rows this one follows. */
  readonly alignedWith?: string;
  /** This parameter holds the currency's decimals, that the function's amounts follow. */
  readonly currency?: boolean;
  /** Cells whose filling keeps a row of the parameter this one is aligned with (an amount beside a blank code is an error). */
  keeper?(arg: Arg | undefined): RowKeeper | undefined;
  read(arg: Arg | undefined, ctx: ReadContext): V;
}

/** Reads a function's arguments by their declarations, each once, in any order the declarations need. */
export class ReadContext {
  private readonly values = new Map<string, unknown>();

  constructor(
    private readonly params: readonly Param[],
    private readonly raw: readonly (Arg | undefined)[],
  ) {}

  get<V>(id: string): V {
    if (!this.values.has(id)) {
      const i = this.params.findIndex((p) => p.id === id);
      if (i < 0) throw new Error(`no parameter "${id}" is declared`);
      this.values.set(id, this.params[i].read(this.raw[i], this));
    }
    return this.values.get(id) as V;
  }

  keepers(id: string): RowKeeper[] {
    return this.params.flatMap((p, i) => (p.alignedWith === id && p.keeper ? [p.keeper(this.raw[i])] : [])).filter((k): k is RowKeeper => k !== undefined);
  }

  /** The currency's decimals: its parameter's value, 2 (cents) where the function has none. */
  currencyDecimals(): number {
    const p = this.params.find((q) => q.currency);
    return p ? this.get<number>(p.id) : 2;
  }
}

/** An argument left out: Excel passes null, a test may pass nothing. */
export const omitted = (arg: Arg | undefined): boolean => arg === undefined || arg === null || (Array.isArray(arg) && arg.every((row) => row.every(isBlank)) && arg.length * (arg[0]?.length ?? 0) <= 1);

export interface Base<Id extends string> {
  id: Id;
  name: Text;
  description: Text;
  optional?: boolean;
}

export function param<Id extends string, V>(base: Base<Id>, rest: Omit<Param<Id, V>, "id" | "name" | "description" | "optional">): Param<Id, V> {
  return { id: base.id, name: base.name, description: base.description, optional: base.optional === true, ...rest };
}
