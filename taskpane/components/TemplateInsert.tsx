import { Button, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useUiLanguage } from "../i18n/UiLanguage";
import type { InsertResult } from "../office/insertPlan";
import type { TemplateInserter, TemplateKind } from "../services";
import { failureLines } from "./failureLines";

type InsertState =
  | { kind: "idle" }
  | { kind: "running"; sheetsWritten: number; sheetCount: number }
  | { kind: "done"; template: TemplateKind; result: InsertResult }
  | { kind: "failed"; error: unknown };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignItems: "flex-start" },
  status: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignSelf: "stretch" },
  running: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  line: { margin: 0 },
  // MessageBar's own 12 px text is too small on a shared screen.
  message: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

const KINDS: readonly TemplateKind[] = ["costCentres", "actsTariffs"];

/** The "insert a template" action: a choice of template and of content, the button, then progress and the outcome. */
export function TemplateInsert({ inserters }: { inserters: Record<TemplateKind, TemplateInserter> }) {
  const { language, strings } = useUiLanguage();
  const t = strings.template;
  const styles = useStyles();
  const headingId = useId();
  const [template, setTemplate] = useState<TemplateKind>("costCentres");
  const [sample, setSample] = useState(true);
  const [state, setState] = useState<InsertState>({ kind: "idle" });
  const running = state.kind === "running";

  async function insert() {
    setState({ kind: "running", sheetsWritten: 0, sheetCount: 0 });
    try {
      const onProgress = (sheetsWritten: number, sheetCount: number) => setState({ kind: "running", sheetsWritten, sheetCount });
      const result = await inserters[template](language, { sample, onProgress });
      setState({ kind: "done", template, result });
    } catch (error) {
      setState({ kind: "failed", error });
    }
  }

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId}>{t.heading}</h2>
      <p className={styles.line}>{t.description}</p>
      <Field label={t.kindLabel} hint={template === "actsTariffs" ? t.linkHint : undefined}>
        <RadioGroup value={template} onChange={(_, data) => setTemplate(data.value as TemplateKind)} disabled={running}>
          {KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t.kinds[kind]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.contentLabel}>
        <RadioGroup value={sample ? "sample" : "empty"} onChange={(_, data) => setSample(data.value === "sample")} disabled={running}>
          <Radio value="sample" label={t.withSample} />
          <Radio value="empty" label={t.empty} />
        </RadioGroup>
      </Field>
      {/* disabledFocusable, not disabled: keyboard focus stays on the button while it works */}
      <Button appearance="primary" size="large" disabledFocusable={running} onClick={insert}>
        {t.insert}
      </Button>
      <div role="status" aria-live="polite" className={styles.status}>
        {state.kind === "running" && (
          <div className={styles.running}>
            <Spinner size="small" />
            <span>{state.sheetCount > 0 ? t.progress(state.sheetsWritten, state.sheetCount) : t.inserting}</span>
          </div>
        )}
        {state.kind === "done" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody className={styles.message}>
              <p className={styles.line}>{t.success(state.result.sheets)}</p>
              {state.template === "actsTariffs" && <p className={styles.line}>{state.result.linkedTo !== undefined ? t.linked(state.result.linkedTo) : t.standalone}</p>}
              <p className={styles.line}>{t.successHint}</p>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div role="alert" className={styles.status}>
        {state.kind === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={styles.message}>
              {failureLines(state.error, t).map((line) => (
                <p key={line} className={styles.line}>
                  {line}
                </p>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
