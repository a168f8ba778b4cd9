import { DomainError, ErrorParams } from "../engine/errors";
import { formatError, Language } from "../excel/messages";
import { FINDING_MESSAGES, FindingCode } from "./findings";
import type { Journey, Problem } from "./journey";

/**
 * Problems from the engine's errors and from the journey's own findings,
 * placed in the journey's inputs, without repeats, phrased in a language.
 */

/** Engine argument → the journey input it was read from, and the input's column (1-based) the argument starts at. */
export type ArgumentMap = Readonly<Record<string, { input: string; column?: number } | undefined>>;

/** An engine error placed in the input its argument was read from. */
export function engineProblem(error: DomainError, args: ArgumentMap, severity: Problem["severity"] = "error"): Problem {
  const target = error.place.argument === undefined ? undefined : args[error.place.argument];
  const offset = (target?.column ?? 1) - 1;
  const column = error.place.column !== undefined ? error.place.column + offset : target?.column;
  return { severity, input: target?.input, row: error.place.row, column, error };
}

export function finding(code: FindingCode, input: string | undefined, place: { row?: number; column?: number }, params: ErrorParams = {}, severity: Problem["severity"] = "error"): Problem {
  return { severity, input, ...place, finding: { code, params } };
}

/**
 * Runs one engine call; its error, if any, becomes a problem. Returns the
 * call's result, or undefined when it failed, so that a later call that
 * needs it is skipped (its error would only repeat this one).
 */
export function attempt<T>(into: Problem[], args: ArgumentMap, call: () => T): T | undefined {
  try {
    return call();
  } catch (error) {
    if (error instanceof DomainError) {
      into.push(engineProblem(error, args));
      return undefined;
    }
    throw error;
  }
}

/** Each problem once: the per-cell checks and the engine's calls often see the same one. */
export function withoutRepeats(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = [p.error?.code ?? p.finding?.code, p.input, p.row, p.column].join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Errors first, then by input in the journey's order, then by row and column. */
export function inReadingOrder(journey: Journey, problems: readonly Problem[]): Problem[] {
  const order = new Map(journey.inputs.map((input, i) => [input.id, i]));
  const rank = (p: Problem) => [p.severity === "error" ? 0 : 1, p.input === undefined ? -1 : order.get(p.input) ?? journey.inputs.length, p.row ?? 0, p.column ?? 0];
  return [...problems].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
    return 0;
  });
}

/**
 * What is wrong, in `lang`, without the place (the pane shows the input and
 * the cell beside it). An engine error keeps the code it names.
 */
export function problemMessage(problem: Problem, lang: Language, journey: Journey): string {
  if (problem.error) return formatError(new DomainError(problem.error.code, { code: problem.error.place.code }, problem.error.params), lang);
  if (!problem.finding) throw new Error("A problem has neither an engine error nor a finding");
  const params = { ...problem.finding.params };
  // An input named in the params is shown by its label.
  const other = journey.inputs.find((input) => input.id === params.other);
  if (other) params.other = other.label[lang];
  return FINDING_MESSAGES[lang][problem.finding.code](params);
}
