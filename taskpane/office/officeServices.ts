import type { Services } from "../services";
import { checkJourney } from "./checkJourney";
import { computeJourney, ComputeStopped } from "./computeJourney";
import { officeFailure } from "./insertErrors";
import { insertActsTariffsTemplate, insertContractsTemplate, insertCostCentreTemplate } from "./insertTemplate";
import { readJourneyState } from "./journeyState";
import { rangeChoices } from "./rangeChoices";
import { repairFormulas } from "./repairFormulas";
import { saveMapping } from "./saveMapping";
import { selectRange } from "./selectCell";

/** Runs a batch in Excel; an Office refusal becomes an OfficeFailure the pane explains (a computation that stopped to ask stays as it is). */
function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch).catch((cause: unknown) => {
    throw cause instanceof ComputeStopped ? cause : officeFailure(cause);
  });
}

/** The services of the pane, on Office.js. */
export const officeServices: Services = {
  templates: { costCentres: insertCostCentreTemplate, actsTariffs: insertActsTariffsTemplate, contracts: insertContractsTemplate },
  journeys: {
    state: (journey) => run((context) => readJourneyState(context, journey)),
    choices: () => run(rangeChoices),
    saveMapping: (journey, choices, language) => run((context) => saveMapping(context, journey, choices, language)),
    check: (journey, language) => run((context) => checkJourney(context, journey, language)),
    select: (ref) => run((context) => selectRange(context, ref)),
    compute: (journey, options) => run((context) => computeJourney(context, journey, options)),
  },
  repairFormulas: (scope) => run((context) => repairFormulas(context, scope)),
};
