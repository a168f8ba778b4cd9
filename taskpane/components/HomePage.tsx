import { makeStyles, tokens } from "@fluentui/react-components";
import { useUiLanguage } from "../i18n/UiLanguage";
import type { Services } from "../services";
import { FunctionList } from "./FunctionList";
import { TemplateInsert } from "./TemplateInsert";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXL },
  tagline: { margin: 0 },
});

/** The first page: what the add-in does, the templates to start from, and the functions it brings. */
export function HomePage({ services }: { services: Services }) {
  const { strings } = useUiLanguage();
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <p className={styles.tagline}>{strings.tagline}</p>
      <TemplateInsert inserters={{ costCentres: services.insertCostCentreTemplate, actsTariffs: services.insertActsTariffsTemplate }} />
      <FunctionList />
    </main>
  );
}
