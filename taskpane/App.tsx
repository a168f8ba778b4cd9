import { FluentProvider, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { journeyById } from "../src/journeys";
import type { JourneyId } from "../src/journeys/journey";
import type { Language } from "../src/excel/messages";
import { HomePage } from "./components/HomePage";
import { JourneyPage } from "./components/JourneyPage";
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
    "& h3, & h4": { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: 0 },
    // Fluent's 12 px hints and messages under a field are too small on a shared screen.
    "& .fui-Field__hint, & .fui-Field__validationMessage": { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
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
  const [journey, setJourney] = useState<JourneyId>();
  const strings = STRINGS[language];
  const styles = useStyles();
  usePageStyles();

  // The page's own language and direction: screen readers, spelling and a right-to-left language follow them.
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = strings.dir;
  }, [language, strings.dir]);

  function chooseLanguage(next: Language) {
    setLanguage(next);
    onLanguageChange?.(next);
  }

  return (
    <UiLanguageProvider value={{ language, strings }}>
      {/* A provider of its own only for the direction: Fluent mirrors its styles for a right-to-left language. */}
      <FluentProvider dir={strings.dir}>
        <div lang={language} dir={strings.dir} className={styles.root}>
          <header className={styles.header}>
            <h1>{PRODUCT_NAME}</h1>
            <LanguageSwitch onChange={chooseLanguage} />
          </header>
          {journey ? <JourneyPage key={journey} journey={journeyById(journey)} services={services} onBack={() => setJourney(undefined)} /> : <HomePage services={services} onOpenJourney={setJourney} />}
        </div>
      </FluentProvider>
    </UiLanguageProvider>
  );
}
