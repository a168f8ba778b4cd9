import { DomainError, ErrorCode } from "../../src/engine/errors";
import { CATALOG } from "../../src/excel/catalog";
import { ARGUMENT_LABELS, ERROR_MESSAGES, formatError, LANGUAGES } from "../../src/excel/messages";

const params = {
  value: "X", first: 2, axis: "row", actual: 3, expected: 4, reference: "centres", columns: 2, list: "centres", receivers: "main", detail: "X", centres: "A, B", cost: 10, centre: "LAB", act: "B20", min: 1, max: 3, price: 300, variable: 300, decimals: 2,
  words_fr: '"directe", "cascade" ou "réciproque"', words_en: '"direct", "step" or "reciprocal"', allowed: "1, 2, 4, 12", magnitude: 1e9, digits: 18, start: 46023, end: 46000, previous: 46023,
  other: "hospitalA", years: 95, grace: 10, rows: 2_000_000, cols: 6, maxRows: 1_048_576, maxCols: 16_384, size: 3_500_000, limit: 1_000_000, direction: "arguments", command: "reconcileLargeTable",
};

describe("error messages", () => {
  const codes = Object.keys(ERROR_MESSAGES.en) as ErrorCode[];

  test("every error code has a message in every language", () => {
    for (const lang of LANGUAGES) expect(Object.keys(ERROR_MESSAGES[lang]).sort()).toEqual([...codes].sort());
  });

  test.each(codes)("%s reads well in French and English", (code) => {
    for (const lang of LANGUAGES) {
      const text = formatError(new DomainError(code, { argument: "keys", row: 3, column: 2, code: "LAB" }, params), lang);
      expect(text).not.toMatch(/undefined|\{|\}/);
      expect(text.length).toBeGreaterThan(20);
    }
  });

  test("the place comes first, in the user's words", () => {
    const error = new DomainError("not_a_number", { argument: "costs", row: 4, code: "LABO" }, { value: "n/a" });
    expect(formatError(error, "fr")).toBe("coûts, ligne 4, code « LABO » : « n/a » n'est pas un nombre");
    expect(formatError(error, "en")).toBe('costs, row 4, code "LABO": "n/a" is not a number');
  });
});

test("errors name arguments with the French parameter names of the functions", () => {
  for (const f of CATALOG) for (const p of f.params) expect([p.id, ARGUMENT_LABELS.fr[p.id]]).toEqual([p.id, p.name.fr]);
});
