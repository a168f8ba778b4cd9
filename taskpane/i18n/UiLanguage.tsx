import { createContext, useContext } from "react";
import type { Language } from "../../src/excel/messages";
import { STRINGS } from "./index";
import type { UiStrings } from "./strings";

/** The pane's current language and its strings, for any component below the App. */
export interface UiLanguage {
  language: Language;
  strings: UiStrings;
}

const UiLanguageContext = createContext<UiLanguage>({ language: "fr", strings: STRINGS.fr });

export const UiLanguageProvider = UiLanguageContext.Provider;

export function useUiLanguage(): UiLanguage {
  return useContext(UiLanguageContext);
}
