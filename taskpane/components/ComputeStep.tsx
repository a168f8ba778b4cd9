import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Journey } from "../../src/journeys/journey";
import type { UiStrings } from "../i18n/strings";
import { typeset } from "../i18n/typography";
import { useUiLanguage } from "../i18n/UiLanguage";
import type { ComputeOutcome, ComputeProgress, ComputeStop } from "../office/computeJourney";
import { ComputeStopped } from "../office/computeJourney";
import type { JourneyState } from "../office/journeyState";
import type { Services } from "../services";
import { ActionOutcome } from "./ActionOutcome";
import { failureLines } from "./failureLines";
import { formatDuration } from "./figures";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignItems: "flex-start" },
  line: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginBlockStart: tokens.spacingVerticalS },
  dialogText: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

type ComputeState =
  | { kind: "idle" }
  | { kind: "running"; progress: ComputeProgress }
  | { kind: "stopped"; stop: ComputeStop }
  | { kind: "done"; outcome: ComputeOutcome }
  | { kind: "failed"; error: unknown };

export interface ComputeStepProps {
  journey: Journey;
  state: JourneyState;
  services: Services;
  onComputed: (outcome: ComputeOutcome) => void;
  /** Opens the Check step. */
  onSeeProblems: () => void;
}

/**
 * Step 3: computes and writes the results, asking first when the inputs have
 * errors or when a cell of the user's is in the way; shows its progress, the
 * sheets written and how long reading, computing and writing took.
 */
export function ComputeStep({ journey, state, services, onComputed, onSeeProblems }: ComputeStepProps) {
  const { language, strings } = useUiLanguage();
  const s = strings.compute;
  const styles = useStyles();
  const [valuesCopy, setValuesCopy] = useState(() => state.outputs.some((o) => o.kind === "values"));
  const [run, setRun] = useState<ComputeState>({ kind: "idle" });
  const running = run.kind === "running";

  async function compute(permissions: { acceptProblems?: boolean; allowOverwrite?: boolean } = {}) {
    setRun({ kind: "running", progress: { phase: "reading" } });
    try {
      const outcome = await services.journeys.compute(journey, { lang: language, valuesCopy, ...permissions, onProgress: (progress) => setRun({ kind: "running", progress }) });
      setRun({ kind: "done", outcome });
      onComputed(outcome);
    } catch (error) {
      setRun(error instanceof ComputeStopped ? { kind: "stopped", stop: error.stop } : { kind: "failed", error });
    }
  }

  const progress = run.kind === "running" ? progressText(run.progress, strings.compute) : undefined;
  const stop = run.kind === "stopped" ? run.stop : undefined;
  const done = run.kind === "done" && [
    s.done(run.outcome.sheets.map((sheet) => sheet.name)),
    s.timings(...([run.outcome.timings.read, run.outcome.timings.compute, run.outcome.timings.write].map((ms) => formatDuration(ms, language)) as [string, string, string])),
    s.timingsHint,
  ];
  const stopped = stop && stop.reason !== "overwrite" && stopLines(stop, strings.compute);
  return (
    <div className={styles.step}>
      <p className={styles.line}>{typeset(s.intro, language)}</p>
      <Checkbox checked={valuesCopy} onChange={(_, data) => setValuesCopy(data.checked === true)} label={s.valuesCopy} disabled={running} />
      <p className={styles.line}>{typeset(s.valuesCopyHint, language)}</p>
      <Button appearance="primary" size="large" disabledFocusable={running} onClick={() => compute()}>
        {s.run}
      </Button>
      <ActionOutcome
        progress={progress}
        success={done || (stopped ? stopped.map((line) => typeset(line, language)) : undefined)}
        intent={stopped ? "warning" : "success"}
        actions={
          stop?.reason === "problems" ? (
            <span className={styles.actions}>
              <Button onClick={() => compute({ acceptProblems: true })}>{s.computeAnyway}</Button>
              <Button onClick={onSeeProblems}>{s.seeProblems}</Button>
            </span>
          ) : stop?.reason === "blocked" ? (
            <span className={styles.actions}>
              <Button onClick={onSeeProblems}>{s.seeProblems}</Button>
            </span>
          ) : undefined
        }
        failure={run.kind === "failed" ? failureLines(run.error, strings) : undefined}
      />
      <Dialog open={stop?.reason === "overwrite"} modalType="alert" onOpenChange={(_, data) => !data.open && setRun({ kind: "idle" })}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{typeset(s.overwriteTitle, language)}</DialogTitle>
            <DialogContent className={styles.dialogText}>{stop?.reason === "overwrite" && typeset(s.overwrite(stop.cells, stop.count), language)}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => compute({ acceptProblems: true, allowOverwrite: true })}>
                {s.overwriteConfirm}
              </Button>
              <Button onClick={() => setRun({ kind: "idle" })}>{s.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

function progressText(progress: ComputeProgress, s: UiStrings["compute"]): string {
  switch (progress.phase) {
    case "reading":
      return s.reading;
    case "computing":
      return s.computing;
    case "writing":
      return s.writing(progress.sheetsWritten, progress.sheetCount);
  }
}

function stopLines(stop: Exclude<ComputeStop, { reason: "overwrite" }>, s: UiStrings["compute"]): string[] {
  switch (stop.reason) {
    case "problems":
      return [s.problems(stop.problems)];
    case "blocked":
      return [s.blocked(stop.problems)];
    case "inputInResults":
      return [s.inputInResults(stop.input, stop.sheet)];
  }
}
