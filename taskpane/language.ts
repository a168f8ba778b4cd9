import { Language, LANGUAGES } from "../src/excel/messages";

/** Where the user's choice of language is remembered between sessions. */
export const LANGUAGE_STORAGE_KEY = "hisab-sante.language";

type LanguageStore = Pick<Storage, "getItem" | "setItem">;

function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** Office's display language ("fr-FR", "fr-CA", "en-US"…): French for any French locale, English otherwise. */
export function languageOfLocale(locale: string | undefined): Language {
  return /^fr(-|$)/i.test(locale ?? "") ? "fr" : "en";
}

/** The language chosen earlier in the pane, or else Office's. */
export function initialLanguage(displayLanguage: string | undefined, store: LanguageStore | undefined): Language {
  const saved = readStore(store);
  return isLanguage(saved) ? saved : languageOfLocale(displayLanguage);
}

export function rememberLanguage(store: LanguageStore | undefined, language: Language): void {
  try {
    store?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage full or blocked: the choice then lasts for this session only.
  }
}

/** localStorage, or nothing where the host blocks it (reading the property itself can throw). */
export function browserStore(): LanguageStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function readStore(store: LanguageStore | undefined): string | null {
  try {
    return store?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}
