import { Button, Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useUiLanguage } from "../i18n/UiLanguage";
import type { InsertResult } from "../office/insertPlan";
import type { TemplateInserter, TemplateKind } from "../services";
import { ActionOutcome } from "./ActionOutcome";
import { failureLines } from "./failureLines";

type InsertState =
  | { kind: "idle" }
  | { kind: "running"; sheetsWritten: number; sheetCount: number }
  | { kind: "done"; template: TemplateKind; result: InsertResult }
  | { kind: "failed"; error: unknown };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignItems: "flex-start" },
  line: { margin: 0 },
});

const HINTS: Partial<Record<TemplateKind, "linkHint" | "contractsHint">> = { actsTariffs: "linkHint", contracts: "contractsHint" };

export interface TemplateInsertProps {
  inserters: Partial<Record<TemplateKind, TemplateInserter>>;
  /** The templates offered, in order; with one, no choice is shown. */
  kinds: readonly TemplateKind[];
  /** The heading level: a section of the home page (2) or of a journey's step (4). */
  level?: 2 | 4;
  onInserted?: (result: InsertResult) => void;
}

/** The "insert a template" action: a choice of template and of content, the button, then progress and the outcome. */
export function TemplateInsert({ inserters, kinds, level = 2, onInserted }: TemplateInsertProps) {
  const { language, strings } = useUiLanguage();
  const t = strings.template;
  const styles = useStyles();
  const headingId = useId();
  const [template, setTemplate] = useState<TemplateKind>(kinds[0]);
  const [sample, setSample] = useState(true);
  const [state, setState] = useState<InsertState>({ kind: "idle" });
  const running = state.kind === "running";
  const Heading = level === 2 ? "h2" : "h4";
  const hint = HINTS[template];

  async function insert() {
    setState({ kind: "running", sheetsWritten: 0, sheetCount: 0 });
    try {
      const onProgress = (sheetsWritten: number, sheetCount: number) => setState({ kind: "running", sheetsWritten, sheetCount });
      const result = await inserters[template]!(language, { sample, onProgress });
      setState({ kind: "done", template, result });
      onInserted?.(result);
    } catch (error) {
      setState({ kind: "failed", error });
    }
  }

  const success = state.kind === "done" && [
    t.success(state.result.sheets),
    ...(state.template === "actsTariffs" ? [state.result.linkedTo !== undefined ? t.linked(state.result.linkedTo) : t.standalone] : []),
    ...(state.result.recorded === false ? [t.notRecorded] : []),
    t.successHint,
  ];

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Heading id={headingId}>{t.heading}</Heading>
      <p className={styles.line}>{t.description}</p>
      {kinds.length > 1 && (
        <Field label={t.kindLabel} hint={hint ? t[hint] : undefined}>
          <RadioGroup value={template} onChange={(_, data) => setTemplate(data.value as TemplateKind)} disabled={running}>
            {kinds.map((kind) => (
              <Radio key={kind} value={kind} label={t.kinds[kind]} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {kinds.length === 1 && hint && <p className={styles.line}>{t[hint]}</p>}
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
      <ActionOutcome
        progress={state.kind === "running" ? (state.sheetCount > 0 ? t.progress(state.sheetsWritten, state.sheetCount) : t.inserting) : undefined}
        success={success || undefined}
        failure={state.kind === "failed" ? failureLines(state.error, strings, t.unknownFailure) : undefined}
      />
    </section>
  );
}
