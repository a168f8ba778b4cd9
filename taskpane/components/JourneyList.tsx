import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { JOURNEYS } from "../../src/journeys";
import type { JourneyId } from "../../src/journeys/journey";
import { useUiLanguage } from "../i18n/UiLanguage";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { listStyleType: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  line: { margin: 0 },
  // A card-like button: the journey's name, then what it does, both wrapping.
  journey: { display: "flex", flexDirection: "column", alignItems: "flex-start", textAlign: "start", width: "100%", rowGap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalM },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  description: { fontWeight: tokens.fontWeightRegular },
});

/** The guided journeys the home page offers, each a button that opens it. */
export function JourneyList({ onOpen }: { onOpen: (journey: JourneyId) => void }) {
  const { strings } = useUiLanguage();
  const s = strings.journeys;
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId}>{s.heading}</h2>
      <p className={styles.line}>{s.intro}</p>
      <ul className={styles.list}>
        {JOURNEYS.map((journey) => (
          <li key={journey.id}>
            <Button className={styles.journey} size="large" aria-label={s.open(s.titles[journey.id])} onClick={() => onOpen(journey.id)}>
              <span className={styles.title}>{s.titles[journey.id]}</span>
              <span className={styles.description}>{s.descriptions[journey.id]}</span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
