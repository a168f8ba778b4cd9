import { CONTRACTS_SAMPLE } from "../../src/workbook/contracts";
import type { ContractsData } from "../../src/workbook/contracts/data";

/**
 * A shorter contract sample for the slower tests (HyperFormula, the .xlsx
 * round trip), built from the real one: every 20th activity line plus every
 * planted line (all the mess is kept, with its expected status), every 8th
 * claim, every other twinning service line. The full sample is calculated by
 * evaluatePlan in contractsTemplate.test.ts and written by `npm run demo`.
 */
export function shortContractsSample(data: ContractsData = CONTRACTS_SAMPLE): ContractsData {
  const planted = new Set(data.feeForService.planted.map((p) => p.row));
  const keptRows = data.feeForService.activity.map((_, i) => i).filter((i) => i % 20 === 0 || planted.has(i));
  const newRow = new Map(keptRows.map((row, i) => [row, i]));
  return {
    ...data,
    feeForService: {
      ...data.feeForService,
      activity: keptRows.map((i) => data.feeForService.activity[i]),
      planted: data.feeForService.planted.map((p) => ({ ...p, row: newRow.get(p.row)! })),
    },
    mutual: { ...data.mutual, claims: data.mutual.claims.filter((_, i) => i % 8 === 0) },
    twinning: { ...data.twinning, lines: data.twinning.lines.filter((_, i) => i % 2 === 0) },
  };
}
