import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { Language } from "../../src/messages";
import { App } from "../../taskpane/App";
import type { Services } from "../../taskpane/services";

/** Services that answer at once, each a jest mock a test can replace or inspect. */
export function fakeServices(overrides: { templates?: Partial<Services["templates"]>; journeys?: Partial<Services["journeys"]>; repairFormulas?: Services["repairFormulas"] } = {}): Services {
  return {
    templates: {
      costCentres: jest.fn().mockResolvedValue({ sheets: ["Centres"], recorded: true }),
      actsTariffs: jest.fn().mockResolvedValue({ sheets: ["Lettres-clés"], recorded: true }),
      contracts: jest.fn().mockResolvedValue({ sheets: ["Contrat"], recorded: true }),
      ...overrides.templates,
    },
    journeys: {
      state: jest.fn().mockResolvedValue({ inputs: {}, outputs: [] }),
      choices: jest.fn().mockResolvedValue([]),
      saveMapping: jest.fn().mockResolvedValue(undefined),
      check: jest.fn().mockResolvedValue([]),
      select: jest.fn().mockResolvedValue(undefined),
      compute: jest.fn().mockResolvedValue({ sheets: [], figures: [], timings: { read: 1, compute: 2, write: 3 } }),
      ...overrides.journeys,
    },
    repairFormulas: overrides.repairFormulas ?? jest.fn().mockResolvedValue({ formulas: 0, sheets: [] }),
  };
}

/** The App in a light Fluent theme, with these services. */
export function renderApp(language: Language, services: Services = fakeServices(), onLanguageChange = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App initialLanguage={language} onLanguageChange={onLanguageChange} services={services} />
    </FluentProvider>,
  );
  return { services, onLanguageChange };
}
