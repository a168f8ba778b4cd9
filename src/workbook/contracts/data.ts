import type { Text } from "../../excel/catalog";
import type { Value } from "../plan";

/**
 * What the contract template is filled with: the four kinds of contract of
 * the field (fee-for-service with a payer, PBF subsidy, mutual-insurance
 * convention, twinning between hospitals). The samples (samples/contracts*.ts)
 * and the empty template's starter rows are values of these types.
 *
 * Activity, claims and service lines are raw cell values, as an export
 * delivers them: text in a number column, a date typed as text, a stray
 * space in a code are part of the data, for the functions to report.
 * Dates are Excel serial numbers.
 */

/** Currency of one contract: its code and how many decimals its amounts have (DZD 2, XAF and XOF 0). */
export interface Currency {
  code: string;
  decimals: number;
}

export interface ContractLine {
  code: string;
  label: Text;
  /** Blank in the empty template. */
  price?: number;
  volume?: number;
  /** Volume ceiling; absent = none. */
  ceiling?: number;
}

export interface Advance {
  date: number;
  amount: number;
  reference: string;
}

/** An activity line: date, act code, quantity, billed unit price, reference, patient category key (see `categories`). */
export type ActivityRow = [date: Value, code: Value, quantity: Value, billedPrice: Value, reference: Value, category: string | null];

/** A line the sample plants on purpose, with the status CONTRACT.LINES must give it (row = 0-based index in `activity`). */
export interface PlantedLine {
  row: number;
  status: string;
  why: string;
}

export interface FeeForServiceData {
  currency: Currency;
  payer: string;
  provider: string;
  periodStart: number | null;
  periodEnd: number | null;
  envelope: number | null;
  rule: "prorata" | "priority";
  lines: ContractLine[];
  activity: ActivityRow[];
  /** Patient category key → its words. */
  categories: Record<string, Text>;
  advances: Advance[];
  planted: PlantedLine[];
}

export interface PbfFacility {
  code: string;
  name: string;
  /** Quality score of the quarter (0.8 = 80%); absent = not assessed. */
  score?: number;
  /** Equity bonus (remote facilities), e.g. 0.2. */
  equity?: number;
}

/** An indicator line: facility, indicator key (see `indicators`), declared, verified, validated, unit fee. */
export type PbfRow = [facility: Value, indicator: string, declared: Value, verified: Value, validated: Value, fee: Value];

export interface PbfData {
  currency: Currency;
  period: Text;
  tolerance: number | null;
  facilities: PbfFacility[];
  /** Indicator key → its name, written in the indicator column. */
  indicators: Record<string, Text>;
  /** Lowest score of each band and its bonus. */
  bands: [threshold: number, bonus: number][];
  lines: PbfRow[];
}

export interface CareType {
  code: string;
  label: Text;
  rate?: number;
  copay?: number;
  ceiling?: number;
  priceCap?: number;
}

export interface ConventionAct {
  code: string;
  label: Text;
  price?: number;
  careType: string;
}

export interface Member {
  id: string;
  household: string;
  joined: number | null;
  paidUpTo: number | null;
}

/** A claim line: date, beneficiary, act code, quantity, billed unit price, already paid by another payer, care sheet number. */
export type ClaimRow = [date: Value, beneficiary: Value, act: Value, quantity: Value, billedPrice: Value, othersPaid: Value, sheet: Value];

export interface MutualData {
  currency: Currency;
  mutual: string;
  facility: string;
  periodStart: number | null;
  periodEnd: number | null;
  deductible: number | null;
  generalCeiling: number | null;
  waitingDays: number | null;
  careTypes: CareType[];
  acts: ConventionAct[];
  members: Member[];
  claims: ClaimRow[];
}

export interface TwinningService {
  code: string;
  label: Text;
}

/** A service line: date, provider hospital, receiving hospital, service code, quantity, purpose key (see `purposes`). */
export type ServiceRow = [date: Value, provider: Value, receiver: Value, service: Value, quantity: Value, purpose: string | null];

export interface TwinningData {
  currency: Currency;
  hospitalA: string;
  hospitalB: string;
  /** First day of the first monthly period. */
  firstPeriod: number | null;
  services: TwinningService[];
  /** Cost per unit of work: service code → hospital code → cost; absent = that hospital does not provide it. */
  unitCosts: Record<string, Record<string, number>>;
  lines: ServiceRow[];
  purposes: Record<string, Text>;
}

export interface ContractsData {
  feeForService: FeeForServiceData;
  pbf: PbfData;
  mutual: MutualData;
  twinning: TwinningData;
}
