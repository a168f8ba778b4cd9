import type { PbfData, PbfFacility, PbfRow } from "../contracts/data";
import { seededRandom } from "./contractsRandom";

/**
 * A PBF subsidy contract between the ministry and a non-profit
 * (confessional) network of health facilities, Cameroon-like, first quarter
 * of 2025, amounts in XAF (no decimals): 10 facilities × 12 indicators.
 *
 * Most declared quantities are within 3% of what the verifiers counted;
 * some gaps exceed the 5% tolerance and pay nothing (an inflated register, a
 * count the verifiers could not find, 0 verified for something declared);
 * some lines have no validated quantity (the verified one pays); one
 * indicator was not verified at all in one facility (it never pays). Quality
 * scores range from about 40% to 90% and fall into three bands (< 50%
 * −10%, 50–80% none, ≥ 80% +30%); three remote facilities get an equity
 * bonus.
 */

const INDICATORS: Record<string, { fr: string; en: string; fee: number; perThousand: number }> = {
  curative: { fr: "Consultation curative (nouveau cas)", en: "Curative consultation (new case)", fee: 300, perThousand: 110 },
  anc4: { fr: "Consultation prénatale (4e visite)", en: "Antenatal care (4th visit)", fee: 1_500, perThousand: 7 },
  delivery: { fr: "Accouchement assisté", en: "Assisted delivery", fee: 7_000, perThousand: 9 },
  vaccinated: { fr: "Enfant complètement vacciné", en: "Fully vaccinated child", fee: 2_000, perThousand: 8 },
  familyPlanning: { fr: "Planification familiale (méthode moderne)", en: "Family planning (modern method)", fee: 2_500, perThousand: 12 },
  hivTest: { fr: "Dépistage VIH de la femme enceinte", en: "HIV test of pregnant women", fee: 500, perThousand: 14 },
  pmtct: { fr: "PTME : femme enceinte VIH+ sous ARV", en: "PMTCT: HIV+ pregnant woman on ARVs", fee: 6_000, perThousand: 0.6 },
  tuberculosis: { fr: "Tuberculose : cas dépisté et traité", en: "Tuberculosis: case found and treated", fee: 10_000, perThousand: 0.5 },
  minorSurgery: { fr: "Petite chirurgie", en: "Minor surgery", fee: 1_200, perThousand: 6 },
  referral: { fr: "Référence respectée (contre-référence reçue)", en: "Completed referral (counter-referral received)", fee: 1_500, perThousand: 2 },
  homeVisit: { fr: "Visite à domicile", en: "Home visit", fee: 600, perThousand: 10 },
  malnutrition: { fr: "Malnutrition aiguë prise en charge", en: "Acute malnutrition treated", fee: 3_000, perThousand: 1.5 },
};

/** Facility, population served (thousands), quality score, equity bonus. */
// prettier-ignore
const FACILITIES: (PbfFacility & { population: number })[] = [
  { code: "CSI-SLU", name: "CSI Saint-Luc (fictif)", population: 14, score: 0.86 },
  { code: "CSI-BET", name: "CSI Bethesda (fictif)", population: 11, score: 0.74 },
  { code: "CSI-NAZ", name: "CSI Nazareth (fictif)", population: 9, score: 0.91, equity: 0.2 },
  { code: "CMA-EMM", name: "CMA Emmaüs (fictif)", population: 32, score: 0.68 },
  { code: "CSI-SJO", name: "CSI Saint-Joseph (fictif)", population: 12, score: 0.43, equity: 0.2 },
  { code: "CSI-EBE", name: "CSI Ebenezer (fictif)", population: 8, score: 0.81 },
  { code: "HD-NDA", name: "Hôpital Notre-Dame de l'Alliance (fictif)", population: 58, score: 0.79 },
  { code: "CSI-SMA", name: "CSI Sainte-Marie (fictif)", population: 10, score: 0.55, equity: 0.1 },
  { code: "CSI-SIL", name: "CSI Siloé (fictif)", population: 7, score: 0.47 },
  { code: "CMA-ESP", name: "CMA Espérance (fictif)", population: 26, score: 0.88 },
];

/** Lines whose declared quantity is off (facility, indicator, declared ÷ verified) or special. */
const GAPS: Record<string, number> = {
  "CSI-BET|curative": 1.18,
  "CSI-SJO|delivery": 1.25,
  "CSI-SJO|familyPlanning": 1.09,
  "CMA-EMM|homeVisit": 1.4,
  "CSI-SIL|vaccinated": 1.12,
  "HD-NDA|minorSurgery": 1.07,
  "CSI-SMA|anc4": 0.9,
};

function lines(): PbfRow[] {
  const rnd = seededRandom(2025_0331);
  const rows: PbfRow[] = [];
  for (const f of FACILITIES) {
    for (const [key, indicator] of Object.entries(INDICATORS)) {
      const verified = Math.max(1, Math.round(f.population * indicator.perThousand * 3 * (0.7 + 0.6 * rnd.next())));
      const ratio = GAPS[`${f.code}|${key}`] ?? 1 + (rnd.next() - 0.5) * 0.06;
      const declared = Math.round(verified * ratio);
      const validated: number | null = rnd.chance(0.15) ? null : verified - (rnd.chance(0.2) ? rnd.int(0, Math.ceil(verified * 0.02)) : 0);
      rows.push([f.code, key, declared, verified, validated, indicator.fee]);
    }
  }
  const line = (facility: string, indicator: string) => rows.find((r) => r[0] === facility && r[1] === indicator)!;
  // Tuberculosis in a small remote facility: 2 cases declared, none found in the register.
  Object.assign(line("CSI-NAZ", "tuberculosis"), { 2: 2, 3: 0, 4: 0 });
  // PMTCT in CSI Siloé: the verifiers could not visit; nothing verified, nothing validated.
  Object.assign(line("CSI-SIL", "pmtct"), { 3: null, 4: null });
  return rows;
}

export const PBF_NETWORK: PbfData = {
  currency: { code: "XAF", decimals: 0 },
  period: { fr: "T1 2025", en: "Q1 2025" },
  tolerance: 0.05,
  facilities: FACILITIES.map(({ population: _population, ...f }) => f),
  indicators: Object.fromEntries(Object.entries(INDICATORS).map(([key, i]) => [key, { fr: i.fr, en: i.en }])),
  bands: [
    [0, -0.1],
    [0.5, 0],
    [0.8, 0.3],
  ],
  lines: lines(),
};
