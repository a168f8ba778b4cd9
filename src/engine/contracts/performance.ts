import { lineAmount } from "./minorUnits";

/**
 * Performance-based financing (PBF / FBR): a subsidy paid per verified
 * output, adjusted by a quality score.
 *
 * Per indicator line:
 *   gap       = |declared − verified| ÷ verified (0 when nothing was verified, as in
 *               the orbf rules engine; 100% when verified is 0 but something was declared)
 *   quantity  = validated (or verified when validated is blank) if gap ≤ tolerance, else 0;
 *               a declared quantity that nobody verified never pays
 *   amount    = quantity × unit fee (rounded to the minor unit)
 *   quality   = the bonus of the highest band whose threshold ≤ the facility's score
 *               (bands such as 0 → −10%, 50% → 0, 80% → +30%; none → 0)
 *   payment   = amount × (1 + quality bonus + equity bonus), rounded to the minor unit.
 */

export interface IndicatorLine {
  declared: number | null;
  verified: number | null;
  validated: number | null;
  feeMinor: number;
  qualityScore: number | null;
  equityBonus: number;
}

export interface IndicatorPayment {
  gap: number;
  quantity: number;
  amountMinor: number;
  qualityBonus: number;
  paymentMinor: number;
}

export interface QualityBand {
  threshold: number;
  bonus: number;
}

function gapRatio(declared: number | null, verified: number | null): number {
  if (verified === null) return 0;
  if (verified === 0) return (declared ?? 0) === 0 ? 0 : 1;
  return Math.abs((declared ?? 0) - verified) / verified;
}

/** Bonus of the highest band reached; bands in any order. */
function qualityBonus(score: number | null, bands: readonly QualityBand[]): number {
  if (score === null) return 0;
  let best: QualityBand | undefined;
  for (const band of bands) if (score >= band.threshold && (!best || band.threshold > best.threshold)) best = band;
  return best?.bonus ?? 0;
}

export function payIndicator(line: IndicatorLine, tolerance: number, bands: readonly QualityBand[]): IndicatorPayment {
  const gap = gapRatio(line.declared, line.verified);
  const basis = line.validated ?? line.verified ?? 0;
  // A tiny epsilon so that a gap of exactly 5% computed in floating point still passes a 5% tolerance.
  const quantity = gap <= tolerance + 1e-12 ? basis : 0;
  const amountMinor = lineAmount(quantity, line.feeMinor);
  const bonus = qualityBonus(line.qualityScore, bands);
  return { gap, quantity, amountMinor, qualityBonus: bonus, paymentMinor: lineAmount(1 + bonus + line.equityBonus, amountMinor) };
}
