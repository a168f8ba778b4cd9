import type { Text } from "../../excel/catalog";
import type { ActInput, ActsTariffsData, LetterKeyInput, PackageInput } from "../actsTariffsData";
import { DISTRICT_HOSPITAL } from "./districtHospital";

/**
 * The district hospital's nomenclature (fictitious, one year, DZD): ten letter
 * keys, each carried by one of its main centres, about 310 acts generated
 * from families (a letter and a list of coefficients), nine packages, tariff
 * settings, a start-up loan and the revolving fund that lends it.
 *
 * Consistent with DISTRICT_HOSPITAL: where a centre's unit of work is the
 * letter's points (K points in BLOC, B in LABO, Z in RADIO, D in DENT) or one
 * consultation per act (C in URG, Cs in CONS), the volumes are settled so that
 * Σ coefficient × volume equals the units the centre produced: the cost of a
 * point (KEYCOST) then equals the centre's cost per unit of work (UNITCOST).
 *
 * Letter values are those of an old nomenclature, illustrative (not the
 * official Algerian values): most letters are paid well below their cost, the
 * laboratory's B slightly above. Market (private-sector) prices exist for
 * about half the acts, affordability ceilings for the essential families.
 * Everything is generated deterministically: same data on every run.
 */

const t = (fr: string, en: string): Text => ({ fr, en });

/** A stable number in [0, 1) for `key` (FNV-1a): the sample's "randomness". */
function noise(key: string): number {
  let hash = 0x811c9dc5;
  for (const ch of key) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return hash / 2 ** 32;
}

const roundTo = (value: number, step: number): number => Math.max(step, Math.round(value / step) * step);

// prettier-ignore
const LETTERS: (LetterKeyInput & { settle: boolean })[] = [
  { letter: "K",   centre: "BLOC",  value: 200,  settle: true,  label: t("Actes de chirurgie et de spécialité", "Surgical and specialist procedures") },
  { letter: "B",   centre: "LABO",  value: 45,   settle: true,  label: t("Actes de biologie", "Laboratory tests") },
  { letter: "Z",   centre: "RADIO", value: 80,   settle: true,  label: t("Actes de radiologie et d'imagerie", "Radiology and imaging") },
  { letter: "D",   centre: "DENT",  value: 150,  settle: true,  label: t("Soins et prothèses dentaires", "Dental care and prosthetics") },
  { letter: "C",   centre: "URG",   value: 500,  settle: true,  label: t("Consultation de médecine générale (urgences)", "General consultation (emergency)") },
  { letter: "Cs",  centre: "CONS",  value: 1000, settle: true,  label: t("Consultation de spécialiste", "Specialist consultation") },
  { letter: "SF",  centre: "SACC",  value: 150,  settle: false, label: t("Actes de sage-femme", "Midwifery procedures") },
  { letter: "AMI", centre: "PMI",   value: 60,   settle: false, label: t("Actes infirmiers", "Nursing procedures") },
  { letter: "AMM", centre: "KINE",  value: 120,  settle: false, label: t("Actes de rééducation", "Physiotherapy procedures") },
  { letter: "KE",  centre: "EXPL",  value: 200,  settle: false, label: t("Explorations fonctionnelles", "Functional tests") },
];

interface Family {
  code: string;
  letter: string;
  name: Text;
  /** Either coefficients (acts named after the family) or named acts with their coefficient. */
  acts: number[] | [name: Text, coefficient: number][];
  /** Volume of the family's smallest act; larger acts are rarer. */
  volume: number;
  /** Private-sector price, DZD per point, for about 60% of the acts. */
  market?: number;
  /** Affordable price, DZD per point, for every act of the family. */
  ceiling?: number;
  /** Direct consumables, DZD per point. */
  consumables?: number;
}

const family = (code: string, letter: string, name: Text, acts: Family["acts"], volume: number, prices: Pick<Family, "market" | "ceiling" | "consumables"> = {}): Family => ({ code, letter, name, acts, volume, ...prices });

// prettier-ignore
const FAMILIES: Family[] = [
  family("DIG", "K", t("Chirurgie digestive", "Digestive surgery"), [10, 15, 20, 30, 40, 50, 60, 80, 100, 120, 150, 180], 900, { market: 1400, consumables: 40 }),
  family("ORT", "K", t("Chirurgie orthopédique et traumatologie", "Orthopaedic and trauma surgery"), [5, 10, 15, 20, 30, 40, 50, 60, 80, 100, 120, 150, 200], 1200, { market: 1400, consumables: 60 }),
  family("GYN", "K", t("Gynécologie-obstétrique", "Gynaecology and obstetrics"), [10, 20, 30, 40, 50, 60, 80, 100, 120], 900, { market: 1300, ceiling: 800, consumables: 40 }),
  family("URO", "K", t("Urologie", "Urology"), [10, 20, 30, 40, 60, 80, 100, 120, 150], 450, { market: 1500, consumables: 40 }),
  family("ORL", "K", t("Oto-rhino-laryngologie", "Ear, nose and throat"), [5, 10, 15, 20, 30, 40, 50, 60, 80], 500, { market: 1400, consumables: 30 }),
  family("OPH", "K", t("Ophtalmologie", "Ophthalmology"), [10, 15, 20, 30, 40, 50, 60, 80], 600, { market: 1600, consumables: 50 }),
  family("PLA", "K", t("Petite chirurgie et plaies", "Minor surgery and wounds"), [2, 3, 5, 8, 10, 15, 20], 2500, { market: 900, ceiling: 500, consumables: 25 }),
  family("BRU", "K", t("Brûlures et chirurgie plastique", "Burns and plastic surgery"), [5, 10, 15, 20, 30, 40, 50, 60, 80], 350, { consumables: 60 }),
  family("CPE", "K", t("Chirurgie pédiatrique", "Paediatric surgery"), [10, 20, 30, 40, 50, 60, 80, 100], 400, { market: 1500, consumables: 40 }),
  family("BCH", "B", t("Biochimie", "Clinical chemistry"), [10, 15, 20, 25, 30, 35, 40, 50, 60, 70, 80, 100, 120, 150], 1000, { market: 35 }),
  family("HEM", "B", t("Hématologie", "Haematology"), [10, 15, 20, 25, 30, 40, 50, 60, 80, 100], 800, { market: 35, ceiling: 30 }),
  family("HMS", "B", t("Hémostase", "Coagulation"), [15, 20, 25, 30, 40, 50, 60, 80], 400, { market: 40 }),
  family("MIC", "B", t("Microbiologie", "Microbiology"), [20, 30, 40, 50, 60, 80, 100, 120, 150], 400, { market: 35 }),
  family("PAR", "B", t("Parasitologie", "Parasitology"), [10, 15, 20, 30, 40, 60], 300, { market: 30, ceiling: 30 }),
  family("SER", "B", t("Sérologie et immunologie", "Serology and immunology"), [20, 30, 40, 50, 60, 70, 80, 100, 120, 150, 200], 500, { market: 40 }),
  family("HOR", "B", t("Hormonologie", "Hormone assays"), [40, 50, 60, 80, 100, 120, 150, 200], 200, { market: 45 }),
  family("CYT", "B", t("Cytologie", "Cytology"), [30, 40, 50, 60, 80, 100], 100, { market: 40 }),
  family("TOX", "B", t("Toxicologie et dosages de médicaments", "Toxicology and drug levels"), [40, 60, 80, 100, 150], 50),
  family("RXO", "Z", t("Radiographie osseuse", "Bone X-ray"), [8, 10, 12, 15, 20, 25, 30, 40], 1000, { market: 150 }),
  family("RXT", "Z", t("Radiographie thoracique et abdominale", "Chest and abdominal X-ray"), [10, 12, 15, 20, 25, 30], 1200, { market: 140, ceiling: 90 }),
  family("ECH", "Z", t("Échographie", "Ultrasound"), [15, 20, 25, 30, 40, 50], 800, { market: 160 }),
  family("CTS", "Z", t("Scanographie", "CT scan"), [40, 60, 80, 100, 120, 150, 200], 250, { market: 180 }),
  family("CON", "Z", t("Examens avec produit de contraste", "Contrast studies"), [30, 40, 50, 60, 80, 100], 100, { market: 170 }),
  family("MAM", "Z", t("Mammographie", "Mammography"), [20, 25, 30, 40], 100, { market: 150 }),
  family("RXD", "Z", t("Radiographie dentaire", "Dental X-ray"), [5, 8, 10], 300, { market: 160 }),
  family("RIV", "Z", t("Radiologie interventionnelle", "Interventional radiology"), [50, 80, 100, 150], 30),
  family("SDC", "D", t("Soins dentaires conservateurs", "Restorative dental care"), [2, 3, 4, 5, 6, 7, 8, 10, 12], 1000, { market: 700, ceiling: 400, consumables: 30 }),
  family("EXT", "D", t("Extractions et chirurgie buccale", "Extractions and oral surgery"), [3, 5, 8, 10, 15, 20, 25, 30], 800, { market: 700, ceiling: 400, consumables: 20 }),
  family("PRO", "D", t("Prothèse dentaire", "Dental prosthetics"), [10, 15, 20, 30, 40, 50, 60, 80], 150, { market: 800, consumables: 80 }),
  family("ODF", "D", t("Orthopédie dento-faciale", "Orthodontics"), [20, 30, 40, 60, 80, 100], 50, { market: 750, consumables: 60 }),
  family("PAO", "D", t("Parodontologie", "Periodontics"), [5, 8, 10, 15, 20], 300, { market: 700, consumables: 20 }),
  family("CUR", "C", t("Consultation aux urgences", "Emergency consultation"), [
    [t("Consultation d'urgence de médecine générale", "General emergency consultation"), 1],
    [t("Consultation d'urgence pédiatrique", "Paediatric emergency consultation"), 1],
    [t("Consultation d'urgence chirurgicale", "Surgical emergency consultation"), 1],
    [t("Consultation d'urgence gynéco-obstétricale", "Obstetric emergency consultation"), 1],
    [t("Consultation d'urgence traumatologique", "Trauma emergency consultation"), 1],
    [t("Consultation d'urgence de nuit", "Night emergency consultation"), 1],
  ], 8000, { ceiling: 1000 }),
  family("CSP", "Cs", t("Consultation spécialisée", "Specialist consultation"), [
    [t("Consultation de cardiologie", "Cardiology consultation"), 1], [t("Consultation de pneumologie", "Pulmonology consultation"), 1],
    [t("Consultation de gastro-entérologie", "Gastroenterology consultation"), 1], [t("Consultation de diabétologie", "Diabetes consultation"), 1],
    [t("Consultation de néphrologie", "Nephrology consultation"), 1], [t("Consultation de neurologie", "Neurology consultation"), 1],
    [t("Consultation de psychiatrie", "Psychiatry consultation"), 1], [t("Consultation de dermatologie", "Dermatology consultation"), 1],
    [t("Consultation de rhumatologie", "Rheumatology consultation"), 1], [t("Consultation de pédiatrie", "Paediatrics consultation"), 1],
    [t("Consultation de gynécologie", "Gynaecology consultation"), 1], [t("Consultation de chirurgie générale", "General surgery consultation"), 1],
    [t("Consultation d'orthopédie", "Orthopaedics consultation"), 1], [t("Consultation d'urologie", "Urology consultation"), 1],
    [t("Consultation d'ORL", "ENT consultation"), 1], [t("Consultation d'ophtalmologie", "Ophthalmology consultation"), 1],
    [t("Consultation de médecine interne", "Internal medicine consultation"), 1], [t("Consultation de maladies infectieuses", "Infectious diseases consultation"), 1],
  ], 3500, { market: 2000, ceiling: 1500 }),
  family("SAF", "SF", t("Sage-femme", "Midwifery"), [
    [t("Examen prénatal", "Antenatal examination"), 5], [t("Suites de couches, visite", "Postnatal visit"), 4],
    [t("Monitorage fœtal", "Fetal monitoring"), 8], [t("Pose de dispositif intra-utérin", "IUD insertion"), 10],
    [t("Délivrance artificielle", "Manual removal of the placenta"), 15], [t("Accouchement simple", "Normal delivery"), 40],
    [t("Accouchement avec épisiotomie", "Delivery with episiotomy"), 45], [t("Accouchement gémellaire", "Twin delivery"), 60],
  ], 5000, { market: 900, ceiling: 250, consumables: 20 }),
  family("INF", "AMI", t("Soins infirmiers", "Nursing care"), [1, 1.5, 2, 3, 4, 5, 6, 8, 10], 15000, { market: 150, ceiling: 100, consumables: 30 }),
  family("REE", "AMM", t("Rééducation", "Physiotherapy"), [4, 5, 6, 7, 8, 9, 10, 12, 15], 2000, { market: 250 }),
  family("ECG", "KE", t("Explorations cardiaques", "Cardiac tests"), [6, 10, 15, 20, 30, 40], 600, { market: 350 }),
  family("END", "KE", t("Endoscopie digestive", "Digestive endoscopy"), [30, 40, 50, 60, 80, 100], 250, { market: 400, consumables: 15 }),
  family("EFR", "KE", t("Explorations respiratoires", "Lung function tests"), [10, 15, 20, 30], 200, { market: 350 }),
  family("EEG", "KE", t("Explorations neurologiques", "Neurological tests"), [15, 20, 30], 150, { market: 350 }),
];

const coefficientText = (c: number, lang: "fr" | "en") => (lang === "fr" ? String(c).replace(".", ",") : String(c));

function actsOf(f: Family, value: number): ActInput[] {
  const named = f.acts.map((a): [Text, number] => (typeof a === "number" ? [t(`${f.name.fr} — ${f.letter} ${coefficientText(a, "fr")}`, `${f.name.en} — ${f.letter} ${coefficientText(a, "en")}`), a] : a));
  const smallest = Math.min(...named.map(([, c]) => c));
  return named.map(([label, coefficient], i) => {
    const code = `${f.code}${String(i + 1).padStart(2, "0")}`;
    const priced = f.market !== undefined && noise(`${code}:market`) < 0.6;
    return {
      code,
      label,
      letter: f.letter,
      coefficient,
      volume: Math.max(1, Math.round(f.volume * (smallest / coefficient) ** 0.7 * (0.6 + 0.8 * noise(`${code}:volume`)))),
      consumables: f.consumables === undefined ? undefined : roundTo(coefficient * f.consumables, 10),
      official: Math.round(coefficient * value * 100) / 100,
      market: priced ? roundTo(coefficient * f.market! * (0.85 + 0.3 * noise(`${code}:price`)), 50) : undefined,
      ceiling: f.ceiling === undefined ? undefined : roundTo(coefficient * f.ceiling, 10),
    };
  });
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const points = (acts: readonly ActInput[]): number => acts.reduce((sum, a) => sum + a.coefficient * (a.volume ?? 0), 0);

/**
 * Volumes scaled to just under `target` points, the rest settled exactly on two
 * acts with small whole coefficients c₁, c₂: c₁·a + c₂·b = rest with 0 ≤ b < c₁.
 */
function settle(acts: ActInput[], target: number, letter: string): void {
  const scale = (target * 0.97) / points(acts);
  for (const act of acts) act.volume = Math.max(1, Math.floor((act.volume ?? 0) * scale));
  const rest = target - points(acts);
  const whole = acts.filter((a) => Number.isInteger(a.coefficient)).sort((x, y) => x.coefficient - y.coefficient);
  for (const [i, first] of whole.entries()) {
    for (const second of whole.slice(i + 1)) {
      const [c1, c2] = [first.coefficient, second.coefficient];
      if (rest % gcd(c1, c2) !== 0) continue;
      for (let b = 0; b < c1; b++) {
        if ((rest - c2 * b) % c1 !== 0) continue;
        first.volume = (first.volume ?? 0) + (rest - c2 * b) / c1;
        second.volume = (second.volume ?? 0) + b;
        return;
      }
    }
  }
  throw new Error(`Nomenclature sample: cannot settle the volumes of letter ${letter} on ${target} points`);
}

function nomenclature(): ActInput[] {
  const units = new Map(DISTRICT_HOSPITAL.centres.map((c) => [c.code, c.units ?? 0]));
  return LETTERS.flatMap(({ letter, centre, value, settle: settled }) => {
    const acts = FAMILIES.filter((f) => f.letter === letter).flatMap((f) => actsOf(f, value ?? 0));
    if (settled) settle(acts, units.get(centre) ?? 0, letter);
    return acts;
  });
}

const PACKAGE_CENTRES = ["BLOC", "ANES", "BANQ", "SACC", "MAT", "CHIR", "PED", "REA", "URG", "HEMO", "LABO", "RADIO"];

const pack = (code: string, label: Text, units: Record<string, number>, consumables: number, tariff: number): PackageInput => ({ code, label, units, consumables, tariff });

// prettier-ignore
const PACKAGES: PackageInput[] = [
  pack("F-ACC", t("Accouchement par voie basse", "Vaginal delivery"), { SACC: 1, MAT: 2, LABO: 40 }, 1_500, 8_000),
  pack("F-CES", t("Césarienne", "Caesarean section"), { BLOC: 80, ANES: 1, BANQ: 0.2, MAT: 4, LABO: 80 }, 8_000, 25_000),
  pack("F-APP", t("Appendicectomie, séjour complet", "Appendectomy, full stay"), { BLOC: 50, ANES: 1, CHIR: 3, LABO: 60, RADIO: 15 }, 5_000, 18_000),
  pack("F-HER", t("Cure de hernie inguinale", "Inguinal hernia repair"), { BLOC: 40, ANES: 1, CHIR: 2, LABO: 40 }, 6_000, 15_000),
  pack("F-FRA", t("Fracture de jambe opérée", "Operated leg fracture"), { BLOC: 100, ANES: 1, BANQ: 0.3, CHIR: 6, LABO: 60, RADIO: 40 }, 25_000, 40_000),
  pack("F-DIA", t("Séance d'hémodialyse", "Haemodialysis session"), { HEMO: 1, LABO: 10 }, 4_500, 6_000),
  pack("F-PNE", t("Pneumonie de l'enfant, séjour", "Child pneumonia, stay"), { PED: 5, LABO: 50, RADIO: 15 }, 2_500, 8_000),
  pack("F-REA", t("Journée de réanimation", "Intensive care day"), { REA: 1, BANQ: 0.2, LABO: 60, RADIO: 10 }, 6_000, 20_000),
  pack("F-URG", t("Passage aux urgences avec examens", "Emergency visit with tests"), { URG: 1, LABO: 20, RADIO: 10 }, 500, 1_500),
];

export const NOMENCLATURE_SAMPLE: ActsTariffsData = {
  currency: DISTRICT_HOSPITAL.currency,
  letters: LETTERS.map(({ settle: _settle, ...letter }) => letter),
  acts: nomenclature(),
  packageCentres: PACKAGE_CENTRES,
  packages: PACKAGES,
  margin: 0.1,
  step: 10,
  loan: { principal: 12_000_000, annualRate: 0.04, years: 5, graceYears: 1, method: "annuity" },
  fund: { capital: 60_000_000, horizon: 10, reserve: 5_000_000, maxNewLoans: 3, defaultRate: 0.05 },
};

/** Letters whose volumes are settled on the producing centre's units of work, and the centre. */
export const SETTLED_LETTERS: readonly { letter: string; centre: string }[] = LETTERS.filter((l) => l.settle).map(({ letter, centre }) => ({ letter, centre }));
