import type { CareType, ClaimRow, ConventionAct, Member, MutualData } from "../contracts/data";
import { Random, seededRandom, serial } from "./contractsRandom";

/**
 * A community mutuelle de santé (Senegal-like, Thiès region) and the health
 * centre of its convention, 2025, amounts in XOF (no decimals): six care
 * types, 25 acts, about 220 beneficiaries in 48 households, about 1,050 claim lines.
 *
 * What the rules meet: a deductible of 1,000 per beneficiary, a 90-day
 * waiting period (six households joined in 2025), households whose
 * contributions stopped at the end of June, medicines billed above the
 * convention price, two chronic patients who reach the hospital ceiling and
 * then the general ceiling, a few lines another payer already covered in part,
 * and the usual errors: acts outside the convention, unknown beneficiary
 * numbers, care from December 2024 or January 2026.
 */

const YEAR = 2025;
const START = serial(YEAR, 1, 1);
const END = serial(YEAR, 12, 31);

const careType = (code: string, fr: string, en: string, rate: number, copay: number, ceiling?: number): CareType => ({ code, label: { fr, en }, rate, copay, ceiling, priceCap: 1 });

const CARE_TYPES: CareType[] = [
  careType("SP", "Soins primaires", "Primary care", 0.8, 100),
  careType("SPE", "Consultations spécialisées", "Specialist consultations", 0.7, 0, 40_000),
  careType("MED", "Médicaments", "Medicines", 0.7, 0, 60_000),
  careType("LAB", "Analyses et imagerie", "Laboratory and imaging", 0.7, 0, 50_000),
  careType("HOSP", "Hospitalisation", "Hospital care", 0.75, 0, 150_000),
  careType("MAT", "Maternité", "Maternity", 1, 0),
];

interface Act extends ConventionAct {
  /** Share of the claim lines. */
  weight: number;
  quantity: [number, number];
}

const act = (code: string, careType: string, fr: string, en: string, price: number, weight: number, quantity: [number, number] = [1, 1]): Act => ({ code, careType, label: { fr, en }, price, weight, quantity });

// prettier-ignore
const ACTS: Act[] = [
  act("CS-PS", "SP", "Consultation au poste de santé", "Health post consultation", 500, 12),
  act("CS-CS", "SP", "Consultation au centre de santé", "Health centre consultation", 1_000, 14),
  act("SOIN-INJ", "SP", "Injection", "Injection", 200, 3, [1, 5]),
  act("SOIN-PANS", "SP", "Pansement", "Dressing", 500, 3, [1, 4]),
  act("SOIN-SUT", "SP", "Suture", "Suture", 2_000, 1),
  act("PF", "SP", "Planification familiale", "Family planning", 500, 2),
  act("LAB-TDR", "SP", "Test de diagnostic rapide du paludisme", "Malaria rapid diagnostic test", 500, 5),
  act("CS-MED", "SPE", "Consultation de médecin", "Doctor's consultation", 2_000, 6),
  act("CS-SPE", "SPE", "Consultation de spécialiste", "Specialist consultation", 5_000, 2),
  act("CS-OPH", "SPE", "Consultation d'ophtalmologie", "Eye consultation", 3_000, 1),
  act("DENT-EXT", "SPE", "Extraction dentaire", "Tooth extraction", 3_000, 1),
  act("MED-ORD", "MED", "Ordonnance de médicaments génériques (forfait)", "Generic medicines prescription (flat)", 2_500, 18),
  act("MED-SPE", "MED", "Ordonnance de spécialités", "Branded medicines prescription", 6_000, 3),
  act("LAB-GE", "LAB", "Goutte épaisse", "Thick blood smear", 1_000, 6),
  act("LAB-NFS", "LAB", "Numération formule sanguine", "Full blood count", 3_000, 3),
  act("LAB-GLY", "LAB", "Glycémie", "Blood glucose", 1_000, 2),
  act("LAB-ECBU", "LAB", "Examen cytobactériologique des urines", "Urine culture", 4_000, 1),
  act("IMG-ECHO", "LAB", "Échographie", "Ultrasound", 10_000, 2),
  act("IMG-RX", "LAB", "Radiographie", "X-ray", 7_500, 1),
  act("HOSP-J", "HOSP", "Journée d'hospitalisation", "Patient-day", 5_000, 3, [1, 5]),
  act("HOSP-OBS", "HOSP", "Mise en observation", "Observation stay", 2_500, 2),
  act("CHIR-PET", "HOSP", "Petite chirurgie", "Minor surgery", 7_500, 1),
  act("EVAC", "HOSP", "Évacuation sanitaire (ambulance)", "Ambulance transfer", 15_000, 1),
  act("CPN", "MAT", "Consultation prénatale", "Antenatal consultation", 500, 5),
  act("ACC", "MAT", "Accouchement simple", "Normal delivery", 5_000, 2),
];

const HOUSEHOLDS = 48;
const NEW_HOUSEHOLDS = 6;
const LAPSED_HOUSEHOLDS = 7;
const CLAIMS = 960;

function members(rnd: Random): Member[] {
  const list: Member[] = [];
  for (let h = 1; h <= HOUSEHOLDS; h++) {
    const household = `M-${String(h).padStart(3, "0")}`;
    const isNew = h > HOUSEHOLDS - NEW_HOUSEHOLDS;
    const lapsed = h % 7 === 3 && h <= LAPSED_HOUSEHOLDS * 7;
    const joined = isNew ? serial(YEAR, 1 + (h % 6), 1 + rnd.int(0, 27)) : serial(rnd.int(2021, 2024), rnd.int(1, 9), rnd.int(1, 28));
    const paidUpTo = lapsed ? serial(YEAR, 6, 30) : rnd.chance(0.3) ? END : null;
    const size = 2 + rnd.int(0, 5);
    for (let p = 0; p < size; p++) list.push({ id: `MS-${String(list.length + 1).padStart(4, "0")}`, household, joined, paidUpTo });
  }
  return list;
}

function pickAct(rnd: Random): Act {
  const total = ACTS.reduce((a, x) => a + x.weight, 0);
  let r = rnd.next() * total;
  for (const a of ACTS) if ((r -= a.weight) < 0) return a;
  return ACTS[ACTS.length - 1];
}

function claims(rnd: Random, people: Member[]): ClaimRow[] {
  const rows: ClaimRow[] = [];
  const line = (date: number, who: string, a: Act, quantity: number, billed: number | null, others: number | null = null) => rows.push([date, who, a.code, quantity, billed, others, null]);
  const find = (code: string) => ACTS.find((a) => a.code === code)!;
  const covered = people.filter((m) => m.joined !== null && m.joined + 90 <= START && (m.paidUpTo === null || m.paidUpTo >= END)).map((m) => m.id);
  for (let k = 0; k < CLAIMS; k++) {
    const a = pickAct(rnd);
    const billed = a.code === "MED-ORD" && rnd.chance(0.25) ? a.price! + 100 * rnd.int(3, 9) : rnd.chance(0.15) ? null : a.price!;
    line(START + rnd.int(0, END - START), rnd.pick(people).id, a, rnd.int(...a.quantity), billed);
  }
  // Two chronic patients: long stays, medicines and tests all year, past the hospital ceiling then the general one.
  for (const who of [covered[10], covered[60]]) {
    for (let month = 1; month <= 12; month++) {
      line(serial(YEAR, month, 5), who, find("HOSP-J"), 6, 5_000);
      line(serial(YEAR, month, 6), who, find("MED-SPE"), 2, 6_000);
      line(serial(YEAR, month, 7), who, find("LAB-NFS"), 2, 3_000);
      if (month % 3 === 0) line(serial(YEAR, month, 8), who, find("IMG-ECHO"), 1, 10_000);
    }
  }
  // Part already paid by another scheme (free care for the elderly, a complementary).
  for (const [month, i] of [[2, 30], [4, 44], [7, 90], [9, 110], [11, 130]]) line(serial(YEAR, month, 14), covered[i], find("HOSP-J"), 3, 5_000, 7_500);
  // What a claims file also holds.
  line(serial(YEAR, 3, 3), "MS-0020", { ...find("CS-CS"), code: "IRM" }, 1, 65_000);
  line(serial(YEAR, 8, 19), "MS-0077", { ...find("CS-CS"), code: "KINE-S" }, 3, 2_500);
  line(serial(YEAR, 5, 10), "MS-0999", find("CS-CS"), 1, 1_000);
  line(serial(YEAR, 10, 2), "MS-12", find("MED-ORD"), 1, 2_500);
  line(serial(YEAR - 1, 12, 28), "MS-0005", find("CS-PS"), 1, 500);
  line(serial(YEAR + 1, 1, 4), "MS-0033", find("CS-CS"), 1, 1_000);
  rows.sort((x, y) => (x[0] as number) - (y[0] as number));
  rows.forEach((r, i) => (r[6] = `FS-${String(YEAR).slice(2)}-${String(i + 1).padStart(5, "0")}`));
  return rows;
}

const rnd = seededRandom(2025_0820);
const PEOPLE = members(rnd);

export const MUTUELLE_THIES: MutualData = {
  currency: { code: "XOF", decimals: 0 },
  mutual: "Mutuelle de santé communautaire (fictive), département de Thiès",
  facility: "Centre de santé conventionné (fictif)",
  periodStart: START,
  periodEnd: END,
  deductible: 1_000,
  generalCeiling: 250_000,
  waitingDays: 90,
  careTypes: CARE_TYPES,
  acts: ACTS.map(({ weight: _weight, quantity: _quantity, ...a }) => a),
  members: PEOPLE,
  claims: claims(rnd, PEOPLE),
};
