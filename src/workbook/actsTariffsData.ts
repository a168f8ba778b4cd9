import type { Text } from "../excel/catalog";
import type { LoanMethod } from "../engine/loans";

/** What the acts-and-tariffs template holds: letter keys, the nomenclature, packages, tariff settings, the loan and the fund. */

export interface LetterKeyInput {
  letter: string;
  label: Text;
  /** Code of the main centre whose cost the letter's points carry (BLOC for K, LABO for B…). */
  centre: string;
  /** Official value of one point (the nomenclature's tariff); absent in the empty template. */
  value?: number;
}

export interface ActInput {
  code: string;
  label: Text;
  letter: string;
  /** K50 → 50. */
  coefficient: number;
  /** Acts performed in the year. */
  volume?: number;
  /** Direct consumables of one act, charged outside the centres' costs. */
  consumables?: number;
  /** Official tariff of the act. */
  official?: number;
  /** Price of the act in the private sector. */
  market?: number;
  /** What the population can pay for it. */
  ceiling?: number;
}

/** A package (forfait): units of work used in several centres, costed with their costs per unit of work. */
export interface PackageInput {
  code: string;
  label: Text;
  /** Units used per centre code, in the centres' own units (K points in BLOC, patient-days in a ward…). */
  units: Record<string, number>;
  consumables?: number;
  /** The tariff charged today. */
  tariff?: number;
}

export interface LoanInput {
  principal: number;
  annualRate: number;
  years: number;
  graceYears: number;
  method: LoanMethod;
}

export interface FundInput {
  capital: number;
  horizon: number;
  reserve: number;
  maxNewLoans: number;
  defaultRate: number;
}

/** Centre costs typed in when no cost-centre template is linked. */
export interface CentreCostInput {
  code: string;
  label: Text;
  unit: Text;
  cost?: number;
  units?: number;
}

export interface ActsTariffsData {
  currency: string;
  letters: LetterKeyInput[];
  acts: ActInput[];
  /** Centres the package table has a column for, in order. */
  packageCentres: string[];
  packages: PackageInput[];
  /** Margin over cost (0.1 = 10%) and the step tariffs are rounded to. */
  margin: number;
  step: number;
  loan: LoanInput;
  fund: FundInput;
}
