import { LANGUAGES } from "../../src/excel/messages";
import { STRINGS, UiStrings } from "../../taskpane/i18n";
import { typeset } from "../../taskpane/i18n/typography";

/** Each key path of a strings object with the kind of its value: two languages must list the same paths. */
function shape(value: unknown, path = ""): string[] {
  if (typeof value === "object" && value !== null) {
    return Object.keys(value)
      .sort()
      .flatMap((key) => shape((value as Record<string, unknown>)[key], `${path}.${key}`));
  }
  return [`${path}: ${typeof value}${typeof value === "function" ? `/${(value as () => unknown).length}` : ""}`];
}

const SHEETS = ["Centres (2)", "Clés"];
/** Sample arguments for every text that is a function, by its path: a new one without arguments here fails the test. */
const ARGUMENTS: Record<string, unknown[]> = {
  ".detail": ["AccessDenied"],
  ".template.progress": [2, 5],
  ".template.success": [SHEETS],
  ".template.linked": ["Résultats (2)"],
  ".template.leftBehind": [SHEETS],
  ".journeys.open": ["Coûts par centre"],
  ".setup.selection": ["Feuil1!B2:B9"],
  ".setup.current": ["Feuil1!B2:B9"],
  ".check.summary": [3, 12],
  ".check.goTo": ["'Clés primaires'!C5"],
  ".check.more": [48],
  ".compute.writing": [1, 2],
  ".compute.done": [SHEETS],
  ".compute.timings": ["12 ms", "340 ms", "1,2 s"],
  ".compute.problems": [3],
  ".compute.blocked": [2],
  ".compute.overwrite": [["Résultats!A60"], 3],
  ".compute.inputInResults": ["Unités produites", "Résultats"],
  ".compute.cleared": [SHEETS],
  ".review.goTo": ["Résultats"],
  ".tools.repaired": [4, SHEETS],
};

/** Every text a strings object can show (the direction aside), functions called with their sample arguments. */
function texts(value: unknown, path = ""): string[] {
  if (typeof value === "string") return path === ".dir" ? [] : [value];
  if (typeof value === "function") {
    const args = ARGUMENTS[path];
    if (!args) throw new Error(`No sample arguments for ${path}: add them to ARGUMENTS`);
    return [(value as (...a: unknown[]) => string)(...args)];
  }
  return Object.keys(value as object)
    .sort()
    .flatMap((key) => texts((value as Record<string, unknown>)[key], `${path}.${key}`));
}

describe("task pane strings", () => {
  it.each(LANGUAGES.filter((lang) => lang !== "fr"))("%s has exactly the strings French has", (lang) => {
    expect(shape(STRINGS[lang])).toEqual(shape(STRINGS.fr));
  });

  it.each(LANGUAGES)("%s has no empty text, and every function text has sample arguments here", (lang) => {
    for (const text of texts(STRINGS[lang])) expect(text.trim()).not.toBe("");
  });

  it.each(LANGUAGES)("%s puts the sheet names, counts, addresses and Excel's message into its sentences", (lang) => {
    const s: UiStrings = STRINGS[lang];
    expect(s.template.success(SHEETS)).toEqual(expect.stringContaining("Centres (2), Clés"));
    expect(s.template.progress(2, 5)).toMatch(/2.*5/);
    expect(s.detail("AccessDenied")).toEqual(expect.stringContaining("AccessDenied"));
    expect(s.check.goTo("'Clés primaires'!C5")).toEqual(expect.stringContaining("'Clés primaires'!C5"));
    expect(s.check.summary(3, 12)).toMatch(/3.*12/);
    expect(s.compute.overwrite(["Résultats!A60"], 3)).toMatch(/Résultats!A60.*2/);
    expect(s.compute.overwrite(["Résultats!A60"], 1)).not.toMatch(/\d+ (autres|more)/);
    expect(s.compute.timings("12 ms", "340 ms", "1,2 s")).toMatch(/12 ms.*340 ms.*1,2 s/);
    expect(s.tools.repaired(4, SHEETS)).toMatch(/4.*Centres \(2\), Clés/);
  });

  it("French keeps its punctuation on the line: no-break space before : ; ! ? and inside « »", () => {
    for (const text of texts(STRINGS.fr)) expect(text).not.toMatch(/ [:;!?»]|« /);
  });

  it("translates every text (the language names and the shared timings aside, no two languages share one)", () => {
    const [fr, en] = [texts(STRINGS.fr), texts(STRINGS.en)];
    expect(fr).toHaveLength(en.length);
    fr.forEach((text, i) => {
      if (!/^\d+ ms$/.test(text)) expect(text).not.toBe(en[i]);
    });
  });

  it("singular and plural", () => {
    expect(STRINGS.fr.check.summary(1, 0)).toBe("1 erreur, 0 avertissement.");
    expect(STRINGS.en.check.summary(1, 0)).toBe("1 error, 0 warnings.");
    expect(STRINGS.en.compute.blocked(1)).toMatch(/^1 input is/);
  });
});

describe("typeset", () => {
  it("puts no-break spaces where French wants them, and leaves English alone", () => {
    expect(typeset("Coût : « total » ; fini ?", "fr")).toBe("Coût\u00A0: «\u00A0total\u00A0»\u00A0; fini\u00A0?");
    expect(typeset("Cost : total", "en")).toBe("Cost : total");
  });
});
