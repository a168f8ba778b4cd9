import { makeStyles, tokens } from "@fluentui/react-components";
import type { JourneyId } from "../../src/journeys/journey";
import { useUiLanguage } from "../i18n/UiLanguage";
import type { Services, TemplateKind } from "../services";
import { FunctionList } from "./FunctionList";
import { JourneyList } from "./JourneyList";
import { RepairFormulas } from "./RepairFormulas";
import { TemplateInsert } from "./TemplateInsert";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXL },
  tagline: { margin: 0 },
});

const TEMPLATES: readonly TemplateKind[] = ["costCentres", "actsTariffs", "contracts"];

/** The first page: what the add-in does, the guided journeys, the templates, the repair command and the functions. */
export function HomePage({ services, onOpenJourney }: { services: Services; onOpenJourney: (journey: JourneyId) => void }) {
  const { strings } = useUiLanguage();
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <p className={styles.tagline}>{strings.tagline}</p>
      <JourneyList onOpen={onOpenJourney} />
      <TemplateInsert kinds={TEMPLATES} inserters={services.templates} />
      <RepairFormulas repair={services.repairFormulas} />
      <FunctionList />
    </main>
  );
}
