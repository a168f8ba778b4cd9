import type { Text } from "../excel/catalog";
import type { Range } from "../excel/cells";
import type { DomainError, ErrorParams } from "../engine/errors";
import type { Language } from "../excel/messages";
import type { Setting } from "../workbook/blocks";
import type { Computed, PlanEvaluation } from "../workbook/evaluate";
import type { RangeRef, Value, WorkbookPlan } from "../workbook/plan";
import type { FindingCode } from "./findings";

/**
 * A guided journey (cost centres, acts and tariffs, contract reconciliation)
 * as data: the inputs a user maps to ranges of their workbook, the checks
 * that list every problem of those ranges, the results sheets built from
 * them (by the same builders as the templates), and the key figures a
 * reviewer reads first. No Office, no React: the pane and the tests drive it.
 */

export type JourneyId = "costCentres" | "actsTariffs" | "contracts";

/**
 * The shape of an input: a column of codes (centres, letters), of numbers
 * or of text (labels); a labelled table (header row of codes, first column of
 * codes, numbers in the body); a table of `columns` columns read in order
 * (contract lines, activity lines), header excluded; or one cell (a setting).
 */
export type InputKind = "codes" | "numbers" | "text" | "labelledTable" | "table" | "scalar";

export interface JourneyInput {
  /** Stable id; also the suffix of its defined name (keyTable → HISAB_CC_KEY_TABLE). */
  id: string;
  kind: InputKind;
  label: Text;
  /** One or two sentences on what to pick. */
  help: Text;
  optional?: boolean;
  /** "table": how many columns are read, in order (more may follow; they are ignored). */
  columns?: number;
  /** A column read row for row beside this other input: it must have as many rows. */
  alignedWith?: string;
  /** "scalar": the value the results' settings cell starts with (the user changes it there). */
  initial?: (lang: Language) => Value;
}

/** Where each input is, by input id; a setting not mapped lives in the results' settings cell. */
export type Mapping = Partial<Record<string, RangeRef>>;

/** The cells of each mapped input, as Excel gives them (row-major; blank cells "" or null). */
export type InputValues = Partial<Record<string, Range>>;

/** The inputs of a journey once their shapes are checked: the required ones are there. */
export type CheckedValues<Required extends string, Optional extends string> = Record<Required, Range> & Partial<Record<Optional, Range>>;

/** Per setting (scalar input): its value in the results, or the user's cell it copies. */
export type Settings = Record<string, Setting>;

/** Where a setting sits in the results: the key of its sheet and its cell. */
export interface SettingCell {
  sheet: string;
  at: string;
}

export interface Problem {
  /** An error stops a result (the cell would show #VALUE!); a warning is a line the results set aside or flag. */
  severity: "error" | "warning";
  /** The input the problem is in; absent when no input can be named (a reciprocal system with no way out names no cell). */
  input?: string;
  /** 1-based within the input's range; absent: the whole range (or row). */
  row?: number;
  column?: number;
  /** What the engine said (its message is formatted at the edge, in the pane's language)… */
  error?: DomainError;
  /** …or what the journey found that the engine does not check on its own. */
  finding?: { code: FindingCode; params: ErrorParams };
}

export type FigureFormat = "amount" | "count" | "percent" | "text";

/** A figure the Review step shows, with the cell it comes from (a link to it). */
export interface KeyFigure {
  label: string;
  value: Computed;
  format: FigureFormat;
  /** A check: it should read 0 (shown as passed or not). */
  check?: boolean;
  /** Key of the results sheet and the cell. */
  sheet: string;
  at: string;
}

export interface JourneyResults {
  /** The results sheets; their formulas read the mapped ranges and the settings cells. */
  plan: WorkbookPlan;
  /** The figures to show once `plan` is evaluated. */
  keyFigures(evaluation: PlanEvaluation): KeyFigure[];
}

export interface Journey {
  id: JourneyId;
  /** Prefix of the journey's defined names (HISAB_CC…). */
  prefix: string;
  title: Text;
  inputs: readonly JourneyInput[];
  /** Where each setting (scalar input) sits in the results. */
  settingCells: Readonly<Record<string, SettingCell>>;
  /** The inputs of the journey's template, from its plan (sheet names as in the plan). */
  templateMapping(plan: WorkbookPlan): Mapping;
  /** Keys of the results sheets, in plan order. */
  outputKeys: readonly string[];
  /** Sheets (keys) of the template that are this journey's results, recorded as its outputs when the template is inserted. */
  templateOutputs: readonly string[];
  /** Every problem of the mapped inputs, their shapes first (see checks.ts). */
  check(values: InputValues): Problem[];
  /** The results of inputs whose shapes check passes (every required input mapped). */
  results(lang: Language, mapping: Mapping, settings: Settings): JourneyResults;
}
