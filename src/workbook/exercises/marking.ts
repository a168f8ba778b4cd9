import type { Cell } from "../../excel/cells";
import type { Exercise } from "./exercises";

/**
 * Marks a participant's answers: right when within the question's tolerance
 * of the expected answer (plus a millionth of a millionth of its size, for what binary
 * floating point cannot hold), wrong otherwise, blank when nothing was typed.
 * An answer typed as text is read as a number when it is one, in either
 * language's way of writing it ("1 120 000,00", "1,120,000.00").
 */

export type MarkResult = "right" | "wrong" | "blank" | "not_a_number";

export interface Mark {
  question: string;
  given: Cell;
  expected: number;
  tolerance: number;
  result: MarkResult;
  /** Given minus expected, when the answer is a number. */
  difference?: number;
}

/** `answers` aligned with the exercise's questions (the cells of answerCells, in order). */
export function markAnswers(exercise: Exercise, answers: readonly Cell[]): Mark[] {
  return exercise.questions.map((q, i) => {
    const given = answers[i] ?? null;
    const base = { question: q.id, given, expected: q.expected, tolerance: q.tolerance };
    if (given === null || given === undefined || (typeof given === "string" && given.trim() === "")) return { ...base, result: "blank" };
    const value = typeof given === "number" ? given : typeof given === "string" ? numberIn(given) : undefined;
    if (value === undefined) return { ...base, result: "not_a_number" };
    const difference = value - q.expected;
    const right = Math.abs(difference) <= q.tolerance + 1e-12 * Math.abs(q.expected);
    return { ...base, result: right ? "right" : "wrong", difference };
  });
}

/** A number written as text: spaces as thousands separators, one decimal mark (the last "," or "."), the other mark as thousands separators. */
function numberIn(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/%$/, "");
  const lastComma = compact.lastIndexOf(",");
  const lastPoint = compact.lastIndexOf(".");
  const decimal = lastComma > lastPoint ? "," : ".";
  const thousands = decimal === "," ? "." : ",";
  const plain = compact.split(thousands).join("").replace(decimal, ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain)) return undefined;
  return Number(plain);
}

/** How many answers are right, of how many questions. */
export function score(marks: readonly Mark[]): { right: number; questions: number } {
  return { right: marks.filter((m) => m.result === "right").length, questions: marks.length };
}
