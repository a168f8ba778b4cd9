import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, AccordionToggleEventHandler, Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular, ArrowRightRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Journey } from "../../src/journeys/journey";
import { useUiLanguage } from "../i18n/UiLanguage";
import type { ComputeOutcome } from "../office/computeJourney";
import type { JourneyState } from "../office/journeyState";
import type { Services } from "../services";
import { ActionOutcome } from "./ActionOutcome";
import { CheckStep } from "./CheckStep";
import { ComputeStep } from "./ComputeStep";
import { failureLines } from "./failureLines";
import { ReviewStep } from "./ReviewStep";
import { SetupStep } from "./SetupStep";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  back: { alignSelf: "flex-start" },
  // Focused by the page, not by the user: no outline of its own.
  title: { outlineStyle: "none" },
  line: { margin: 0 },
  // Step titles as large as section headings: the steps are what a trainer points at.
  header: { "& button": { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, paddingBlock: tokens.spacingVerticalM } },
  panel: { marginInline: 0, paddingBlockEnd: tokens.spacingVerticalL },
});

type Step = "setup" | "check" | "compute" | "review";
const STEPS: readonly Step[] = ["setup", "check", "compute", "review"];

/**
 * A journey's page: its four steps as an accordion (headings a keyboard
 * reaches), the state of the workbook read when it opens and after each
 * change, the next step opened when one is done.
 */
export function JourneyPage({ journey, services, onBack }: { journey: Journey; services: Services; onBack: () => void }) {
  const { strings } = useUiLanguage();
  const s = strings.journeys;
  const styles = useStyles();
  const [state, setState] = useState<JourneyState>();
  const [readError, setReadError] = useState<unknown>();
  const [outcome, setOutcome] = useState<ComputeOutcome>();
  const [open, setOpen] = useState<Step[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that opened the journey is gone: the keyboard focus moves to the journey's title.
  useEffect(() => heading.current?.focus(), []);

  const read = useCallback(async () => {
    try {
      const next = await services.journeys.state(journey);
      setState(next);
      setReadError(undefined);
      return next;
    } catch (error) {
      setReadError(error);
      return undefined;
    }
  }, [journey, services]);

  useEffect(() => {
    void read().then((first) => setOpen([first && Object.keys(first.inputs).length > 0 ? "check" : "setup"]));
  }, [read]);

  const toggle: AccordionToggleEventHandler<Step> = (_, data) => setOpen(data.openItems as Step[]);
  /** Moves the user on: the steps given open, the others folded (they open again with a click). */
  const show = (...steps: Step[]) => setOpen(steps);
  const Back = strings.dir === "rtl" ? ArrowRightRegular : ArrowLeftRegular;

  return (
    <main className={styles.page}>
      <Button className={styles.back} appearance="subtle" icon={<Back />} onClick={onBack}>
        {s.back}
      </Button>
      <h2 ref={heading} tabIndex={-1} className={styles.title}>
        {s.titles[journey.id]}
      </h2>
      <p className={styles.line}>{s.descriptions[journey.id]}</p>
      <ActionOutcome progress={state === undefined && readError === undefined ? s.loading : undefined} failure={readError !== undefined ? failureLines(readError, strings) : undefined} />
      {state && (
        <Accordion multiple collapsible openItems={open} onToggle={toggle}>
          {STEPS.map((step) => (
            <AccordionItem key={step} value={step}>
              <AccordionHeader as="h3" className={styles.header} size="large">
                {s.steps[step]}
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {step === "setup" && (
                  <SetupStep
                    journey={journey}
                    state={state}
                    services={services}
                    onChanged={() => {
                      void read();
                      show("check");
                    }}
                  />
                )}
                {step === "check" && <CheckStep journey={journey} services={services} />}
                {step === "compute" && (
                  <ComputeStep
                    journey={journey}
                    state={state}
                    services={services}
                    onSeeProblems={() => show("check", "compute")}
                    onComputed={(result) => {
                      setOutcome(result);
                      void read();
                      show("compute", "review");
                    }}
                  />
                )}
                {step === "review" && <ReviewStep outcome={outcome} services={services} />}
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </main>
  );
}
