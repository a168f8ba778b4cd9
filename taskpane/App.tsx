import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../src/messages";
import { HomePage } from "./components/HomePage";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { PRODUCT_NAME, STRINGS } from "./i18n";
import { UiLanguageProvider } from "./i18n/UiLanguage";
import type { Services } from "./services";

// The pane fills the page: no browser margin around the theme's background.
const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

// Large type throughout: trainers share this pane on video calls.
const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    "& h1": { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, margin: 0 },
    "& h2": { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, margin: 0 },
    "& label": { fontSize: tokens.fontSizeBase400 },
  },
  header: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalL, marginBottom: tokens.spacingVerticalL },
});

export interface AppProps {
  initialLanguage: Language;
  /** Called when the user picks a language, to remember it. */
  onLanguageChange?: (language: Language) => void;
  services: Services;
}

export function App({ initialLanguage, onLanguageChange, services }: AppProps) {
  const [language, setLanguage] = useState(initialLanguage);
  const strings = STRINGS[language];
  const styles = useStyles();
  usePageStyles();

  function chooseLanguage(next: Language) {
    setLanguage(next);
    onLanguageChange?.(next);
  }

  return (
    <UiLanguageProvider value={{ language, strings }}>
      <div lang={language} dir={strings.dir} className={styles.root}>
        <header className={styles.header}>
          <h1>{PRODUCT_NAME}</h1>
          <LanguageSwitch onChange={chooseLanguage} />
        </header>
        <HomePage services={services} />
      </div>
    </UiLanguageProvider>
  );
}
