import { Combobox, Field, makeStyles, Option, OptionGroup, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Journey, JourneyInput } from "../../src/journeys/journey";
import { formatAddress, nameReference, parseAddress } from "../../src/journeys/names";
import { problemMessage } from "../../src/journeys/problems";
import { shapeProblem } from "../../src/journeys/shapes";
import { parseRef } from "../../src/workbook/formula";
import { typeset } from "../i18n/typography";
import { useUiLanguage } from "../i18n/UiLanguage";
import { ChoiceKind, fits, RangeChoice } from "../office/rangeChoices";

/** What an input is mapped to in the form: a choice of the lists, or an address the user typed. */
export interface RangePick {
  /** What its defined name will refer to. */
  formula: string;
  /** As the box shows it. */
  label: string;
  ref: RangeChoice["ref"];
}

const useStyles = makeStyles({
  where: { display: "block", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

const GROUPS: { kinds: ChoiceKind[]; group: "selection" | "tables" | "columns" | "names" }[] = [
  { kinds: ["selection"], group: "selection" },
  { kinds: ["column"], group: "columns" },
  { kinds: ["table", "tableBody"], group: "tables" },
  { kinds: ["name"], group: "names" },
];

export interface RangePickerProps {
  journey: Journey;
  input: JourneyInput;
  value: RangePick | undefined;
  choices: readonly RangeChoice[];
  onChange: (pick: RangePick | undefined) => void;
}

/**
 * One input of a journey: a combobox fed by the workbook's selection, table
 * columns, tables and named ranges (those that fit the input), which also
 * takes a typed address; the input's help below, and what is wrong with the
 * shape of the range chosen, if anything.
 */
export function RangePicker({ journey, input, value, choices, onChange }: RangePickerProps) {
  const { language, strings } = useUiLanguage();
  const s = strings.setup;
  const styles = useStyles();
  const [text, setText] = useState(value ? value.label : "");
  const [typedError, setTypedError] = useState(false);
  useEffect(() => setText(value ? value.label : ""), [value]);
  // What the box shows and holds, as of the last choice: the box can be left (blur) right after an option is chosen,
  // before this component renders again, and must not then take the older text for a typed address.
  const latest = useRef({ text, value });
  latest.current = { text, value };
  const offered = choices.map((choice, i) => ({ choice, key: `c${i}` })).filter(({ choice }) => fits(choice, input.kind));

  function choose(key: string | undefined) {
    const found = offered.find((o) => o.key === key)?.choice;
    if (!found) return;
    const pick = { formula: found.formula, label: readableReference(found.formula), ref: found.ref };
    latest.current = { text: pick.label, value: pick };
    setText(pick.label);
    setTypedError(false);
    onChange(pick);
  }

  /** A typed address is taken when the field is left (or on Enter); other text only filtered the lists. */
  function commitTyped() {
    const { text, value } = latest.current;
    const typed = text.trim();
    if (value && typed === value.label) return;
    if (typed === "") {
      setTypedError(false);
      onChange(undefined);
      return;
    }
    if (!typed.includes("!")) {
      setText(value ? value.label : "");
      return;
    }
    const ref = parseAddress(typed);
    setTypedError(ref === undefined);
    if (ref) onChange({ formula: nameReference(ref), label: formatAddress(ref), ref });
  }

  const area = value && parseRef(value.ref.ref);
  const shape = area && shapeProblem(input, area.rows, area.cols);
  const message = typedError ? s.badAddress : shape ? typeset(problemMessage(shape, language, journey), language) : undefined;
  // Where the input is now, then what to pick: the box itself may be too narrow for a long address.
  const hint = (
    <>
      <span className={styles.where}>{typeset(value ? s.current(formatAddress(value.ref)) : s.notChosen, language)}</span>
      {typeset(input.help[language], language)}
    </>
  );
  return (
    <Field label={input.label[language]} hint={hint} validationState={message ? "error" : "none"} validationMessage={message}>
      <Combobox
        freeform
        placeholder={s.placeholder}
        value={text}
        selectedOptions={[]}
        onChange={(event) => setText(event.target.value)}
        onOptionSelect={(_, data) => choose(data.optionValue)}
        onBlur={commitTyped}
        onKeyDown={(event) => event.key === "Enter" && commitTyped()}
      >
        {GROUPS.map(({ kinds, group }) => {
          const options = offered.filter(({ choice }) => kinds.includes(choice.kind));
          return options.length === 0 ? null : (
            <OptionGroup key={group} label={s.groups[group]}>
              {options.map(({ choice, key }) => (
                <Option key={key} value={key} text={optionText(choice, s.selection)}>
                  {optionText(choice, s.selection)}
                </Option>
              ))}
            </OptionGroup>
          );
        })}
      </Combobox>
    </Field>
  );
}

/** An option as listed: "tCentres[Code] (Centres!A2:A31)", or "Current selection: Feuil1!B2:B9". */
function optionText(choice: RangeChoice, selection: (address: string) => string): string {
  const address = formatAddress(choice.ref);
  return choice.kind === "selection" ? selection(address) : `${readableReference(choice.formula)} (${address})`;
}

/** A defined name's reference as a reader writes it: no "=", no "$", a column's name without its escapes ("=t[Unité d''œuvre]" → "t[Unité d'œuvre]"). */
export function readableReference(formula: string): string {
  return formula
    .replace(/^=/, "")
    .replace(/\$/g, "")
    .replace(/\[(.*)\]$/, (_, column: string) => `[${column.replace(/'(.)/g, "$1")}]`);
}
