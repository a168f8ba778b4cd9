import { Button, Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Journey, JourneyInput } from "../../src/journeys/journey";
import { typeset } from "../i18n/typography";
import { useUiLanguage } from "../i18n/UiLanguage";
import type { JourneyState } from "../office/journeyState";
import type { RangeChoice } from "../office/rangeChoices";
import type { Services } from "../services";
import { ActionOutcome } from "./ActionOutcome";
import { failureLines } from "./failureLines";
import { RangePick, RangePicker, readableReference } from "./RangePicker";
import { TemplateInsert } from "./TemplateInsert";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, alignItems: "stretch" },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500, padding: 0, marginBottom: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  line: { margin: 0 },
});

type Mode = "template" | "own";
type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; error: unknown };

export interface SetupStepProps {
  journey: Journey;
  state: JourneyState;
  services: Services;
  /** The workbook changed (a template inserted, ranges saved): read the journey's state again. */
  onChanged: () => void;
}

/** Step 1: insert the journey's template, or map the user's own ranges to its inputs (kept as defined names). */
export function SetupStep({ journey, state, services, onChanged }: SetupStepProps) {
  const { strings } = useUiLanguage();
  const s = strings.setup;
  const styles = useStyles();
  const [mode, setMode] = useState<Mode>(Object.keys(state.inputs).length > 0 ? "own" : "template");
  return (
    <div className={styles.step}>
      <Field label={s.modeLabel}>
        <RadioGroup value={mode} onChange={(_, data) => setMode(data.value as Mode)}>
          <Radio value="template" label={s.useTemplate} />
          <Radio value="own" label={s.useOwn} />
        </RadioGroup>
      </Field>
      {mode === "template" ? (
        <TemplateInsert kinds={[journey.id]} inserters={services.templates} level={4} onInserted={onChanged} />
      ) : (
        <MappingForm journey={journey} state={state} services={services} onChanged={onChanged} />
      )}
    </div>
  );
}

const picksOf = (state: JourneyState): Partial<Record<string, RangePick>> =>
  Object.fromEntries(Object.entries(state.inputs).map(([id, input]) => [id, { formula: input!.formula, label: readableReference(input!.formula), ref: input!.ref }]));

function MappingForm({ journey, state, services, onChanged }: SetupStepProps) {
  const { language, strings } = useUiLanguage();
  const s = strings.setup;
  const styles = useStyles();
  const [choices, setChoices] = useState<RangeChoice[]>([]);
  const [picks, setPicks] = useState(() => picksOf(state));
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [listError, setListError] = useState<unknown>();
  useEffect(() => setPicks(picksOf(state)), [state]);

  async function refresh() {
    try {
      setChoices(await services.journeys.choices());
      setListError(undefined);
    } catch (error) {
      setListError(error);
    }
  }
  // The lists are read when the form opens, then when the user asks (the selection changes as they work).
  useEffect(() => void refresh(), []);

  async function saveAll() {
    setSave({ kind: "saving" });
    try {
      const changed = journey.inputs.filter((input) => picks[input.id]?.formula !== state.inputs[input.id]?.formula);
      await services.journeys.saveMapping(journey, Object.fromEntries(changed.map((input) => [input.id, picks[input.id]?.formula])), language);
      setSave({ kind: "saved" });
      onChanged();
    } catch (error) {
      setSave({ kind: "failed", error });
    }
  }

  const group = (legend: string, inputs: JourneyInput[], hint?: string) =>
    inputs.length > 0 && (
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{legend}</legend>
        {hint && <p className={styles.line}>{hint}</p>}
        {inputs.map((input) => (
          <RangePicker key={input.id} journey={journey} input={input} value={picks[input.id]} choices={choices} onChange={(pick) => setPicks((p) => ({ ...p, [input.id]: pick }))} />
        ))}
      </fieldset>
    );
  const failure = save.kind === "failed" ? failureLines(save.error, strings) : listError !== undefined ? failureLines(listError, strings) : undefined;
  return (
    <>
      <p className={styles.line}>{typeset(s.ownIntro, language)}</p>
      <div className={styles.actions}>
        <Button onClick={refresh}>{s.refresh}</Button>
      </div>
      {group(s.required, journey.inputs.filter((i) => !i.optional && i.kind !== "scalar"))}
      {group(s.optional, journey.inputs.filter((i) => i.optional && i.kind !== "scalar"))}
      {group(s.settings, journey.inputs.filter((i) => i.kind === "scalar"), s.settingsHint)}
      <div className={styles.actions}>
        <Button appearance="primary" size="large" disabledFocusable={save.kind === "saving"} onClick={saveAll}>
          {s.save}
        </Button>
      </div>
      <ActionOutcome progress={save.kind === "saving" ? s.saving : undefined} success={save.kind === "saved" ? [s.saved] : undefined} failure={failure} />
    </>
  );
}
