/**
 * Domain errors as data: a stable code, the place it concerns and the values
 * needed to phrase it. Messages are formatted at the edge (see messages.ts),
 * so the Excel functions and the task pane say exactly the same thing.
 */

export type ErrorCode =
  | "not_a_number"
  | "negative_value"
  | "missing_code"
  | "duplicate_code"
  | "unknown_code"
  | "shape_mismatch"
  | "not_a_column"
  | "empty_range"
  | "keys_sum_to_zero"
  | "unknown_method"
  | "bad_order"
  | "singular_system"
  | "ill_conditioned"
  | "zero_units"
  | "missing_unit_cost"
  | "missing_point_cost"
  | "bad_decimals"
  | "bad_whole_number"
  | "no_break_even"
  | "sub_cent_amount"
  | "bad_date"
  | "unknown_rule"
  // Bounds of the parameters, as declared in the function registry (src/excel/catalog.ts).
  | "number_as_text"
  | "missing_value"
  | "out_of_range"
  | "not_positive"
  | "rate_out_of_range"
  | "not_allowed"
  | "beyond_precision"
  | "bad_period"
  | "dates_out_of_order"
  | "same_code"
  | "loan_too_long"
  // Sizes: Excel's grid, what one call can carry, numbers Excel can hold.
  | "result_too_large"
  | "payload_too_large"
  | "result_not_finite";

/** Where in the user's ranges a problem sits. Rows and columns are 1-based within the argument's range. */
export interface Place {
  /** Name of the function argument (e.g. "keys", "costs"). */
  argument?: string;
  row?: number;
  column?: number;
  /** The code (centre, letter key, act) as the user typed it. */
  code?: string;
}

export type ErrorParams = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly place: Place = {},
    readonly params: ErrorParams = {},
  ) {
    super(`${code} ${JSON.stringify({ ...place, ...params })}`);
    this.name = "DomainError";
  }
}

export function fail(code: ErrorCode, place: Place = {}, params: ErrorParams = {}): never {
  throw new DomainError(code, place, params);
}
