import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { Language, LANGUAGES } from "../../src/excel/messages";
import { STRINGS } from "../i18n";
import { useUiLanguage } from "../i18n/UiLanguage";

/** Each language named in itself, so a user who does not read the current one still finds theirs. */
export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { language, strings } = useUiLanguage();
  return (
    <Field label={strings.languageLabel}>
      <RadioGroup layout="horizontal" value={language} onChange={(_, data) => onChange(data.value as Language)}>
        {LANGUAGES.map((option) => (
          <Radio key={option} value={option} label={<span lang={option}>{STRINGS[option].languageName}</span>} />
        ))}
      </RadioGroup>
    </Field>
  );
}
