import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, useId } from "react";
import { CATALOG, NAMESPACE } from "../../src/excel/catalog";
import { typeset } from "../i18n/typography";
import { useUiLanguage } from "../i18n/UiLanguage";

const useStyles = makeStyles({
  list: { listStyleType: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  name: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    // A last resort only: names wrap after their dots (<wbr />).
    overflowWrap: "anywhere",
  },
  summary: { display: "block", marginTop: tokens.spacingVerticalXS },
});

/** A function's name that may wrap after each dot ("=HISAB.COUT.ACTE." / "LETTRE"), never inside a word. */
function breakableName(name: string) {
  return name.split(".").map((part, i, parts) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          .<wbr />
        </>
      )}
    </Fragment>
  ));
}

/** Our functions as the user types them in this language (`=HISAB.REPARTIR` in French Excel), each with what it gives. */
export function FunctionList() {
  const { language, strings } = useUiLanguage();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{strings.functions.heading}</h2>
      <p>{strings.functions.intro}</p>
      <ul className={styles.list}>
        {CATALOG.map((fn) => (
          <li key={fn.id}>
            <code className={styles.name}>{breakableName(`=${NAMESPACE}.${fn.name[language]}`)}</code>
            <span className={styles.summary}>{typeset(fn.summary[language], language)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
