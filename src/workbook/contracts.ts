import type { Language } from "../excel/messages";
import type { ContractsData } from "./contracts/data";
import { feeForServiceSheets, FeeForServiceSpare } from "./contracts/feeForServiceSheets";
import { ContractPart, contractsGuide } from "./contracts/guide";
import { mutualSheets, MutualSpare } from "./contracts/mutualSheets";
import { pbfSheet, PbfSpare } from "./contracts/pbfSheet";
import { twinningSheet, TwinningSpare } from "./contracts/twinningSheet";
import type { SheetPlan, WorkbookPlan } from "./plan";
import { CNAS_CONTRACT } from "./samples/contractsCnas";
import { MUTUELLE_THIES } from "./samples/contractsMutuelle";
import { PBF_NETWORK } from "./samples/contractsPbf";
import { TWINNING_NORTH_SOUTH } from "./samples/contractsTwinning";

/**
 * The contract template: one definition, in French or English, of the
 * workbook that reconciles the four kinds of health contract, from which the
 * task pane, the sample files, the demo and the tests build the same
 * workbook. One plan holds a shared guide and the parts asked for, the
 * fee-for-service contract first (the main one):
 *
 * - feeForService: "Contrat", "Activité", "Rapprochement", "Solde" (see contracts/feeForServiceSheets.ts);
 * - pbf: "FBR" (contracts/pbfSheet.ts);
 * - mutual: "Convention mutuelle", "Prestations" (contracts/mutualSheets.ts);
 * - twinning: "Jumelage" (contracts/twinningSheet.ts).
 *
 * Each part reads only its own sheets, so any selection of parts calculates.
 * Results spill beside the tables they are computed from, row for row.
 *
 * The sample holds four fictitious contracts (samples/contracts*.ts). The
 * empty template keeps the sample's structure as a starter — act codes and
 * labels of the price lists, care types, quality bands, twinning services and
 * hospitals, every amount blank — plus blank rows for the user's data; our
 * functions skip fully blank rows.
 */

export type { ContractPart } from "./contracts/guide";
export const CONTRACT_PARTS: readonly ContractPart[] = ["feeForService", "pbf", "mutual", "twinning"];

export const CONTRACTS_SAMPLE: ContractsData = { feeForService: CNAS_CONTRACT, pbf: PBF_NETWORK, mutual: MUTUELLE_THIES, twinning: TWINNING_NORTH_SOUTH };

export interface ContractsOptions {
  sample: boolean;
  /** The contract kinds to include, in any order (the workbook keeps the order of CONTRACT_PARTS); default all four. */
  parts?: readonly ContractPart[];
}

export interface SpareRows {
  feeForService: FeeForServiceSpare;
  pbf: PbfSpare;
  mutual: MutualSpare;
  twinning: TwinningSpare;
}

/** Blank rows below the starter rows of the empty template. */
export const SPARE_ROWS: SpareRows = {
  feeForService: { lines: 20, activity: 1_000, advances: 12 },
  pbf: { facilities: 15, equity: 5, bands: 2, lines: 150 },
  mutual: { careTypes: 4, acts: 20, members: 300, claims: 1_000 },
  twinning: { services: 0, lines: 200 },
};

export const NO_SPARE_ROWS: SpareRows = {
  feeForService: { lines: 0, activity: 0, advances: 0 },
  pbf: { facilities: 0, equity: 0, bands: 0, lines: 0 },
  mutual: { careTypes: 0, acts: 0, members: 0, claims: 0 },
  twinning: { services: 0, lines: 0 },
};

const NOTES: Record<Language, { sample: (parts: readonly ContractPart[]) => string; empty: string }> = {
  fr: {
    sample: (parts) => `Exemple, données fictives : ${parts.map((p) => ({ feeForService: "contrat à l'acte EPH–CNAS (DZD)", pbf: "FBR d'un réseau confessionnel (XAF)", mutual: "mutuelle communautaire (XOF)", twinning: "jumelage CHU–EPH (DZD)" })[p]).join(", ")}.`,
    empty: "Modèle vierge : les codes et libellés de départ sont à remplacer par les vôtres ; les montants sont vides.",
  },
  en: {
    sample: (parts) => `Sample, fictitious data: ${parts.map((p) => ({ feeForService: "EPH–CNAS fee-for-service contract (DZD)", pbf: "PBF of a faith-based network (XAF)", mutual: "community mutuelle (XOF)", twinning: "CHU–EPH twinning (DZD)" })[p]).join(", ")}.`,
    empty: "Empty template: replace the starter codes and labels with yours; amounts are blank.",
  },
};

export function contractsTemplate(lang: Language, options: ContractsOptions): WorkbookPlan {
  return options.sample
    ? contractsPlan(lang, CONTRACTS_SAMPLE, { parts: options.parts, spare: NO_SPARE_ROWS, note: NOTES[lang].sample(partsOf(options.parts)) })
    : contractsPlan(lang, starterOf(CONTRACTS_SAMPLE), { parts: options.parts, spare: SPARE_ROWS, note: NOTES[lang].empty });
}

const partsOf = (parts: readonly ContractPart[] | undefined): ContractPart[] => CONTRACT_PARTS.filter((p) => !parts || parts.includes(p));

/** The workbook for any data (the tests use a shorter sample): the guide, then the sheets of each part. */
export function contractsPlan(lang: Language, data: ContractsData, options: { parts?: readonly ContractPart[]; spare: SpareRows; note: string }): WorkbookPlan {
  const parts = partsOf(options.parts);
  if (parts.length === 0) throw new Error("Contract template: no part chosen");
  const build: Record<ContractPart, () => SheetPlan[]> = {
    feeForService: () => feeForServiceSheets(lang, data.feeForService, options.spare.feeForService),
    pbf: () => [pbfSheet(lang, data.pbf, options.spare.pbf)],
    mutual: () => mutualSheets(lang, data.mutual, options.spare.mutual),
    twinning: () => [twinningSheet(lang, data.twinning, options.spare.twinning)],
  };
  return {
    id: "contracts",
    title: lang === "fr" ? "Hisab Santé — Contrats" : "Hisab Santé — Contracts",
    sheets: [contractsGuide(lang, parts, options.note), ...parts.flatMap((part) => build[part]())],
  };
}

/** The sample's structure with every amount and every data line blank: the empty template's starting rows. */
export function starterOf(sample: ContractsData): ContractsData {
  const { feeForService: f, pbf, mutual: m, twinning: t } = sample;
  return {
    feeForService: {
      ...f,
      payer: "",
      provider: "",
      currency: { ...f.currency, code: "" },
      periodStart: null,
      periodEnd: null,
      envelope: null,
      lines: f.lines.map(({ code, label }) => ({ code, label })),
      activity: [],
      advances: [],
      planted: [],
    },
    pbf: { ...pbf, period: { fr: "", en: "" }, currency: { ...pbf.currency, code: "" }, facilities: [], lines: [] },
    mutual: {
      ...m,
      mutual: "",
      facility: "",
      currency: { ...m.currency, code: "" },
      periodStart: null,
      periodEnd: null,
      deductible: null,
      generalCeiling: null,
      waitingDays: null,
      careTypes: m.careTypes.map(({ code, label }) => ({ code, label })),
      acts: m.acts.map(({ code, label, careType }) => ({ code, label, careType })),
      members: [],
      claims: [],
    },
    twinning: { ...t, firstPeriod: null, currency: { ...t.currency, code: "" }, unitCosts: {}, lines: [] },
  };
}
