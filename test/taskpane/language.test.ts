import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { initialLanguage, LANGUAGE_STORAGE_KEY, languageOfLocale, rememberLanguage } from "../../taskpane/language";
import { themeFor } from "../../taskpane/theme";

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
}

const brokenStore = {
  getItem: () => {
    throw new Error("blocked");
  },
  setItem: () => {
    throw new Error("blocked");
  },
};

describe("language", () => {
  it.each([
    ["fr-FR", "fr"],
    ["fr-CA", "fr"],
    ["FR", "fr"],
    ["en-US", "en"],
    ["ar-MA", "en"],
    ["fry-NL", "en"],
    [undefined, "en"],
  ])("Office's %s gives %s", (locale, expected) => {
    expect(languageOfLocale(locale)).toBe(expected);
  });

  it("prefers the language chosen earlier in the pane", () => {
    expect(initialLanguage("en-US", memoryStore({ [LANGUAGE_STORAGE_KEY]: "fr" }))).toBe("fr");
  });

  it("ignores a stored value that is not a language we ship", () => {
    expect(initialLanguage("fr-FR", memoryStore({ [LANGUAGE_STORAGE_KEY]: "de" }))).toBe("fr");
  });

  it("remembers a choice", () => {
    const store = memoryStore();
    rememberLanguage(store, "en");
    expect(initialLanguage("fr-FR", store)).toBe("en");
  });

  it("works without storage, or when the host blocks it", () => {
    expect(initialLanguage("fr-BE", undefined)).toBe("fr");
    expect(initialLanguage("fr-BE", brokenStore)).toBe("fr");
    expect(() => rememberLanguage(brokenStore, "en")).not.toThrow();
  });
});

describe("theme", () => {
  it("follows Office's dark flag, or the body colour where there is none", () => {
    expect(themeFor({ isDarkTheme: true })).toBe(webDarkTheme);
    expect(themeFor({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
  });
});
