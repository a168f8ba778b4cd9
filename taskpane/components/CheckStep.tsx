import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Journey } from "../../src/journeys/journey";
import { formatAddress } from "../../src/journeys/names";
import { problemMessage } from "../../src/journeys/problems";
import { typeset } from "../i18n/typography";
import { useUiLanguage } from "../i18n/UiLanguage";
import type { PlacedProblem } from "../office/checkJourney";
import type { Services } from "../services";
import { ActionOutcome } from "./ActionOutcome";
import { failureLines } from "./failureLines";

/** Problems listed at once; past these, the user fixes the first ones and checks again. */
const PROBLEMS_SHOWN = 50;

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignItems: "flex-start" },
  line: { margin: 0 },
  list: { listStyleType: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignSelf: "stretch" },
  problem: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS, borderBottomWidth: tokens.strokeWidthThin, borderBottomStyle: "solid", borderBottomColor: tokens.colorNeutralStroke2 },
  where: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  input: { fontWeight: tokens.fontWeightSemibold },
  badge: { fontSize: tokens.fontSizeBase300, paddingInline: tokens.spacingHorizontalS, height: "auto" },
  // A cell address should break after its "!" rather than inside a name.
  goTo: { textAlign: "start", overflowWrap: "anywhere" },
});

type CheckState = { kind: "idle" } | { kind: "running" } | { kind: "done"; problems: PlacedProblem[] } | { kind: "failed"; error: unknown };

/** Step 2: every problem of the inputs as they are now, each with its message and a button that selects its cell in Excel. */
export function CheckStep({ journey, services }: { journey: Journey; services: Services }) {
  const { language, strings } = useUiLanguage();
  const s = strings.check;
  const styles = useStyles();
  const [state, setState] = useState<CheckState>({ kind: "idle" });
  const [selectError, setSelectError] = useState<unknown>();

  async function run() {
    setState({ kind: "running" });
    setSelectError(undefined);
    try {
      setState({ kind: "done", problems: await services.journeys.check(journey, language) });
    } catch (error) {
      setState({ kind: "failed", error });
    }
  }

  async function select(problem: PlacedProblem) {
    try {
      setSelectError(undefined);
      await services.journeys.select(problem.at!);
    } catch (error) {
      setSelectError(error);
    }
  }

  const problems = state.kind === "done" ? state.problems : [];
  const errors = problems.filter((p) => p.problem.severity === "error").length;
  const summary = state.kind === "done" && [problems.length === 0 ? s.none : s.summary(errors, problems.length - errors)];
  const failure = state.kind === "failed" ? state.error : selectError;
  return (
    <div className={styles.step}>
      <p className={styles.line}>{typeset(s.intro, language)}</p>
      <Button appearance="primary" size="large" disabledFocusable={state.kind === "running"} onClick={run}>
        {s.run}
      </Button>
      <ActionOutcome progress={state.kind === "running" ? s.running : undefined} success={summary || undefined} intent={errors > 0 ? "warning" : "success"} failure={failure !== undefined ? failureLines(failure, strings) : undefined} />
      {problems.length > 0 && (
        <ul className={styles.list}>
          {problems.slice(0, PROBLEMS_SHOWN).map((placed, i) => {
            const input = journey.inputs.find((x) => x.id === placed.problem.input);
            const error = placed.problem.severity === "error";
            return (
              <li key={i} className={styles.problem}>
                <span className={styles.where}>
                  <Badge className={styles.badge} appearance="tint" color={error ? "danger" : "warning"}>
                    {error ? s.error : s.warning}
                  </Badge>
                  {input && <span className={styles.input}>{input.label[language]}</span>}
                </span>
                <span>{typeset(problemMessage(placed.problem, language, journey), language)}</span>
                {placed.at && (
                  <Button className={styles.goTo} appearance="secondary" onClick={() => select(placed)}>
                    {s.goTo(formatAddress(placed.at))}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {problems.length > PROBLEMS_SHOWN && <p className={styles.line}>{typeset(s.more(problems.length - PROBLEMS_SHOWN), language)}</p>}
    </div>
  );
}
