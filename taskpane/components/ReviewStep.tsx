import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular, DismissCircleRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { typeset } from "../i18n/typography";
import { useUiLanguage } from "../i18n/UiLanguage";
import type { ComputeOutcome } from "../office/computeJourney";
import type { Services } from "../services";
import { ActionOutcome } from "./ActionOutcome";
import { failureLines } from "./failureLines";
import { checkPasses, formatFigure } from "./figures";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignItems: "stretch" },
  line: { margin: 0 },
  figures: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  figure: { display: "flex", flexDirection: "column", paddingBottom: tokens.spacingVerticalS, borderBottomWidth: tokens.strokeWidthThin, borderBottomStyle: "solid", borderBottomColor: tokens.colorNeutralStroke2 },
  term: { margin: 0 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, fontVariantNumeric: "tabular-nums" },
  passed: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  links: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalS },
  link: { textAlign: "start" },
  // The figure itself is the link to its cell: as large as the figure, no padding of its own.
  figureLink: { fontSize: "inherit", fontWeight: "inherit", paddingInline: 0, minWidth: 0, textAlign: "start" },
});

/** Step 4: the key figures of the last computation (checks marked as passed or not) and buttons that open the results sheets. */
export function ReviewStep({ outcome, services }: { outcome: ComputeOutcome | undefined; services: Services }) {
  const { language, strings } = useUiLanguage();
  const s = strings.review;
  const styles = useStyles();
  const [error, setError] = useState<unknown>();
  if (!outcome) return <p className={styles.line}>{s.empty}</p>;
  const sheetOf = (key: string) => outcome.sheets.find((sheet) => sheet.key === key && sheet.kind === "formulas")?.name;

  async function open(sheet: string, at = "A1") {
    try {
      setError(undefined);
      await services.journeys.select({ kind: "range", sheet, ref: at });
    } catch (cause) {
      setError(cause);
    }
  }

  return (
    <div className={styles.step}>
      <p className={styles.line}>{s.intro}</p>
      <h4 className={styles.line}>{s.figures}</h4>
      <dl className={styles.figures}>
        {outcome.figures.map((figure, i) => {
          const passes = figure.check ? checkPasses(figure.value) : undefined;
          return (
            <div key={i} className={styles.figure}>
              <dt className={styles.term}>{typeset(figure.label, language)}</dt>
              <dd className={styles.value}>
                {passes === true && <CheckmarkCircleRegular className={styles.passed} aria-label={s.passed} role="img" />}
                {passes === false && <DismissCircleRegular className={styles.failed} aria-label={s.failed} role="img" />}
                <Button appearance="transparent" className={styles.figureLink} onClick={() => open(sheetOf(figure.sheet) ?? "", figure.at)} disabled={sheetOf(figure.sheet) === undefined}>
                  {formatFigure(figure.value, figure.format, language)}
                </Button>
              </dd>
            </div>
          );
        })}
      </dl>
      <h4 className={styles.line}>{s.sheets}</h4>
      <div className={styles.links}>
        {outcome.sheets.map((sheet) => (
          <Button key={`${sheet.kind}-${sheet.key}`} className={styles.link} onClick={() => open(sheet.name)}>
            {typeset(s.goTo(sheet.name), language)}
          </Button>
        ))}
      </div>
      <ActionOutcome failure={error !== undefined ? failureLines(error, strings) : undefined} />
    </div>
  );
}
