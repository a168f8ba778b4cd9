import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { typeset } from "../i18n/typography";
import { useUiLanguage } from "../i18n/UiLanguage";
import type { RepairOutcome, RepairScope } from "../office/repairFormulas";
import { ActionOutcome } from "./ActionOutcome";
import { failureLines } from "./failureLines";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignItems: "flex-start" },
  line: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  dialogText: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

type RepairState = { kind: "idle" } | { kind: "confirming" } | { kind: "running" } | { kind: "done"; outcome: RepairOutcome } | { kind: "failed"; error: unknown };

/** "Repair formulas": our formulas re-entered in place, in the journeys' results, or in the active sheet once the user agrees. */
export function RepairFormulas({ repair }: { repair: (scope: RepairScope) => Promise<RepairOutcome> }) {
  const { language, strings } = useUiLanguage();
  const s = strings.tools;
  const styles = useStyles();
  const headingId = useId();
  const [state, setState] = useState<RepairState>({ kind: "idle" });
  const running = state.kind === "running";

  async function run(scope: RepairScope) {
    setState({ kind: "running" });
    try {
      setState({ kind: "done", outcome: await repair(scope) });
    } catch (error) {
      setState({ kind: "failed", error });
    }
  }

  const done = state.kind === "done" && [state.outcome.formulas === 0 ? s.nothing : typeset(s.repaired(state.outcome.formulas, state.outcome.sheets), language)];
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId}>{s.heading}</h2>
      <p className={styles.line}>{typeset(s.repairIntro, language)}</p>
      <div className={styles.actions}>
        <Button disabledFocusable={running} onClick={() => run("results")}>
          {s.repairResults}
        </Button>
        <Button disabledFocusable={running} onClick={() => setState({ kind: "confirming" })}>
          {s.repairSheet}
        </Button>
      </div>
      <ActionOutcome progress={running ? s.repairing : undefined} success={done || undefined} failure={state.kind === "failed" ? failureLines(state.error, strings) : undefined} />
      <Dialog open={state.kind === "confirming"} onOpenChange={(_, data) => !data.open && setState({ kind: "idle" })}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{typeset(s.confirmTitle, language)}</DialogTitle>
            <DialogContent className={styles.dialogText}>{s.confirmText}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => run("activeSheet")}>
                {s.confirm}
              </Button>
              <Button onClick={() => setState({ kind: "idle" })}>{s.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
