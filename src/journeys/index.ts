import { actsTariffs } from "./actsTariffs";
import { contracts } from "./contracts";
import { costCentres } from "./costCentres";
import type { Journey, JourneyId } from "./journey";

/** The guided journeys, in the order the pane offers them. */
export const JOURNEYS: readonly Journey[] = [costCentres, actsTariffs, contracts];

export function journeyById(id: JourneyId): Journey {
  const journey = JOURNEYS.find((j) => j.id === id);
  if (!journey) throw new Error(`No journey "${id}"`);
  return journey;
}
