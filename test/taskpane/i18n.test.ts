import { LANGUAGES } from "../../src/messages";
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

/** Every text a strings object can show, with sample arguments for the functions. */
function texts(strings: UiStrings): string[] {
  const t = strings.template;
  return [
    strings.languageName,
    strings.languageLabel,
    strings.tagline,
    ...Object.values(strings.functions),
    t.heading,
    t.description,
    t.kindLabel,
    ...Object.values(t.kinds),
    t.linkHint,
    t.contentLabel,
    t.withSample,
    t.empty,
    t.insert,
    t.inserting,
    t.progress(2, 5),
    t.success(["Centres (2)"]),
    t.successHint,
    t.linked("Résultats (2)"),
    t.standalone,
    ...Object.values(t.failures),
    t.nothingChanged,
    t.leftBehind(["Centres (2)"]),
    t.detail("AccessDenied"),
  ];
}

describe("task pane strings", () => {
  it.each(LANGUAGES.filter((lang) => lang !== "fr"))("%s has exactly the strings French has", (lang) => {
    expect(shape(STRINGS[lang])).toEqual(shape(STRINGS.fr));
  });

  it.each(LANGUAGES)("%s has no empty text", (lang) => {
    for (const text of texts(STRINGS[lang])) expect(text.trim()).not.toBe("");
  });

  it.each(LANGUAGES)("%s puts the sheet names, counts and Excel's message into its sentences", (lang) => {
    const t = STRINGS[lang].template;
    expect(t.success(["Centres (2)", "Clés"])).toEqual(expect.stringContaining("Centres (2), Clés"));
    expect(t.leftBehind(["Centres (2)"])).toEqual(expect.stringContaining("Centres (2)"));
    expect(t.progress(2, 5)).toMatch(/2.*5/);
    expect(t.detail("AccessDenied")).toEqual(expect.stringContaining("AccessDenied"));
    expect(t.linked("Résultats (2)")).toEqual(expect.stringContaining("Résultats (2)"));
  });

  it("French keeps its punctuation on the line: no-break space before : ; ! ? and inside « »", () => {
    for (const text of texts(STRINGS.fr)) expect(text).not.toMatch(/ [:;!?»]|« /);
  });

  it("translates every text (the language names aside, no two languages share one)", () => {
    const [fr, en] = [texts(STRINGS.fr), texts(STRINGS.en)];
    fr.forEach((text, i) => expect(text).not.toBe(en[i]));
  });
});

describe("typeset", () => {
  it("puts no-break spaces where French wants them, and leaves English alone", () => {
    expect(typeset("Coût : « total » ; fini ?", "fr")).toBe("Coût\u00A0: «\u00A0total\u00A0»\u00A0; fini\u00A0?");
    expect(typeset("Cost : total", "en")).toBe("Cost : total");
  });
});
