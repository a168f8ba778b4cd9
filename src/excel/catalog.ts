import type { Cell } from "./cells";
import { Arg, ArgsOf, Description, Param, readArguments } from "./params";
import * as acts from "./registry/acts";
import * as contracts from "./registry/contracts";
import * as costCentres from "./registry/costCentres";
import * as loans from "./registry/loans";
import * as actsImpl from "./sheet/acts";
import * as contractsImpl from "./sheet/contracts";
import * as costCentresImpl from "./sheet/costCentres";
import * as loansImpl from "./sheet/loans";

/**
 * The one registry of our Excel functions: each function's description
 * (src/excel/registry/: names in each language, parameters with their kinds
 * and bounds, summary, result, examples) bound to its implementation
 * (src/excel/sheet/), whose arguments are read from those declarations. The
 * custom functions (functions/functions.ts, generated), the Excel metadata in
 * each language, the messages' argument names, the reference's tables and
 * examples, the task pane's function list and the test spreadsheet engine all
 * derive from this table.
 */

export const NAMESPACE = "HISAB";

export type { Text } from "./language";
export type { Shape } from "./params";
export type ParamSpec = Param;

export interface FunctionSpec extends Description {
  /** Excel's 2-D arrays in (an omitted argument null or missing), a 2-D array out; throws DomainError on bad input. */
  impl: (...args: Arg[]) => Cell[][];
}

function bind<P extends readonly Param[]>(description: Description<P>, compute: (args: ArgsOf<P>) => Cell[][]): FunctionSpec {
  return { ...(description as unknown as Description), impl: (...raw) => compute(readArguments(description, raw)) };
}

export const CATALOG: readonly FunctionSpec[] = [
  bind(costCentres.ALLOCATE, costCentresImpl.allocate),
  bind(costCentres.ALLOCATION_FLOWS, costCentresImpl.allocationFlows),
  bind(costCentres.PRIMARY, costCentresImpl.primary),
  bind(costCentres.SPREAD, costCentresImpl.spread),
  bind(costCentres.UNITCOST, costCentresImpl.unitCost),
  bind(acts.KEYCOST, actsImpl.keyCost),
  bind(acts.ACTCOST, actsImpl.actCost),
  bind(acts.ACTCOST_LETTER, actsImpl.actCostByLetter),
  bind(acts.TARIFF, actsImpl.tariff),
  bind(acts.PRICE_GAP, actsImpl.priceGap),
  bind(acts.BREAKEVEN, actsImpl.breakEven),
  bind(loans.LOAN_SCHEDULE, loansImpl.loanSchedule),
  bind(loans.FUND_PROJECTION, loansImpl.fundProjection),
  bind(contracts.CONTRACT_RECONCILE, contractsImpl.contractReconcile),
  bind(contracts.CONTRACT_LINES, contractsImpl.contractLines),
  bind(contracts.CONTRACT_BALANCE, contractsImpl.contractBalance),
  bind(contracts.PBF_PAYMENT, contractsImpl.pbfPayment),
  bind(contracts.CLAIMS_SETTLE, contractsImpl.claimsSettle),
  bind(contracts.TWINNING_VALUE, contractsImpl.twinningValue),
  bind(contracts.TWINNING_SETTLE, contractsImpl.twinningSettle),
];

export function findFunction(id: string): FunctionSpec | undefined {
  return CATALOG.find((f) => f.id === id);
}
