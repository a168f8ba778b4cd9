import type { ActivityRow, Advance, ContractLine, FeeForServiceData, PlantedLine } from "../contracts/data";
import { Random, seededRandom, serial } from "./contractsRandom";

/**
 * A fictitious public hospital (EPH) and the wilaya agency of the
 * social-security fund (CNAS), fee-for-service contract for 2025, amounts in
 * DZD to the centime: 59 acts of the contract's price list (patient-days,
 * deliveries, surgery packages, imaging, laboratory, haemodialysis,
 * consultations…) and about 3,400 activity lines as the hospital's billing
 * export delivers them, one line per patient and act, sorted by date.
 *
 * The mess a real export holds is planted on purpose and listed in `planted`
 * with the status CONTRACT.LINES must give each line: stays from December 2024
 * and January 2026 (out of period), acts the contract does not list (MRI,
 * vitamin D, a typo), statements sent twice (duplicates), the specialist
 * consultation billed at the old tariff in January, a quantity typed "2 j" or
 * "1,5", a cancellation typed as −1, a date that does not exist
 * ("31/04/2025"), a price exported as text, codes with stray spaces or in
 * lower case (accepted), blank prices (the contract price), a reference
 * "=SUM(A1)" that must stay text. Haemodialysis goes past its volume
 * ceiling (the last sessions of the year are OVER_CEILING), and the envelope,
 * negotiated at 95% of the expected activity, binds (pro rata).
 */

interface Act {
  code: string;
  fr: string;
  en: string;
  price: number;
  /** Activity lines in the year. */
  lines: number;
  quantity: [min: number, max: number];
}

const act = (code: string, fr: string, en: string, price: number, lines: number, quantity: [number, number] = [1, 1]): Act => ({ code, fr, en, price, lines, quantity });

// prettier-ignore
const ACTS: Act[] = [
  act("HJ-MED", "Journée d'hospitalisation — médecine", "Patient-day — medicine", 6_537.5, 210, [1, 9]),
  act("HJ-CHIR", "Journée d'hospitalisation — chirurgie", "Patient-day — surgery", 8_000, 180, [1, 8]),
  act("HJ-PED", "Journée d'hospitalisation — pédiatrie", "Patient-day — paediatrics", 6_000, 130, [1, 6]),
  act("HJ-MAT", "Journée d'hospitalisation — maternité", "Patient-day — maternity", 5_500, 190, [1, 4]),
  act("HJ-REA", "Journée de réanimation", "Intensive care day", 28_000, 40, [1, 7]),
  act("HJ-NEO", "Journée de néonatologie", "Neonatal care day", 12_000, 35, [1, 10]),
  act("HJ-PNEU", "Journée d'hospitalisation — pneumo-phtisiologie", "Patient-day — pulmonology", 5_000, 30, [3, 15]),
  act("HJ-INF", "Journée d'hospitalisation — maladies infectieuses", "Patient-day — infectious diseases", 5_500, 25, [2, 10]),
  act("HDJ", "Hôpital de jour (venue)", "Day hospital (attendance)", 4_500, 70),
  act("ACC-VB", "Accouchement par voie basse", "Vaginal delivery", 15_000, 140),
  act("ACC-CES", "Césarienne", "Caesarean section", 55_000, 60),
  act("CUR-UT", "Curetage utérin", "Uterine curettage", 9_000, 25),
  act("CH-APP", "Appendicectomie", "Appendectomy", 45_000, 35),
  act("CH-CHOL", "Cholécystectomie sous cœlioscopie", "Laparoscopic cholecystectomy", 85_000, 25),
  act("CH-HERN", "Cure de hernie inguinale", "Inguinal hernia repair", 38_000, 30),
  act("CH-THYR", "Thyroïdectomie", "Thyroidectomy", 95_000, 10),
  act("CH-PROST", "Adénomectomie prostatique", "Prostatic adenomectomy", 90_000, 12),
  act("CH-FRACT", "Ostéosynthèse d'une fracture de membre", "Limb fracture fixation", 110_000, 20),
  act("CH-PTH", "Prothèse totale de hanche (implant compris)", "Total hip replacement (implant included)", 320_000, 5),
  act("CH-CAT", "Chirurgie de la cataracte", "Cataract surgery", 42_000, 32),
  act("CH-AMYG", "Amygdalectomie", "Tonsillectomy", 25_000, 16),
  act("CH-HEMOR", "Hémorroïdectomie", "Haemorrhoidectomy", 30_000, 12),
  act("CH-PETITE", "Petite chirurgie (suture, parage)", "Minor surgery (suture, debridement)", 3_500, 50, [1, 2]),
  act("IMG-RXT", "Radiographie du thorax", "Chest X-ray", 1_200, 120),
  act("IMG-RXOS", "Radiographie osseuse", "Bone X-ray", 1_500, 95, [1, 2]),
  act("IMG-ECHO-ABD", "Échographie abdomino-pelvienne", "Abdominal and pelvic ultrasound", 2_500, 90),
  act("IMG-ECHO-OBS", "Échographie obstétricale", "Obstetric ultrasound", 2_000, 80),
  act("IMG-TDM-CER", "Scanner cérébral", "Head CT scan", 7_500, 40),
  act("IMG-TDM-TAP", "Scanner thoraco-abdomino-pelvien", "Chest, abdomen and pelvis CT scan", 14_000, 25),
  act("IMG-MAMMO", "Mammographie", "Mammography", 3_000, 20),
  act("IMG-DOPPLER", "Écho-doppler vasculaire", "Vascular Doppler ultrasound", 4_500, 25),
  act("LAB-NFS", "Numération formule sanguine", "Full blood count", 450, 130, [1, 3]),
  act("LAB-GLY", "Glycémie", "Blood glucose", 150, 100, [1, 4]),
  act("LAB-UREE", "Urée et créatinine", "Urea and creatinine", 300, 90, [1, 3]),
  act("LAB-IONO", "Ionogramme sanguin", "Electrolytes", 612.4, 60, [1, 3]),
  act("LAB-BHC", "Bilan hépatique", "Liver function tests", 900, 50, [1, 2]),
  act("LAB-HBA1C", "Hémoglobine glyquée", "Glycated haemoglobin", 1_200, 35),
  act("LAB-TSH", "TSH", "TSH", 1_500, 30),
  act("LAB-CRP", "Protéine C réactive", "C-reactive protein", 500, 55, [1, 2]),
  act("LAB-GS", "Groupage sanguin ABO-Rhésus", "ABO and Rh blood typing", 400, 50),
  act("LAB-ECBU", "Examen cytobactériologique des urines", "Urine culture", 800, 40),
  act("LAB-SERO", "Sérologies (VHB, VHC, VIH)", "Serology (HBV, HCV, HIV)", 1_800, 35),
  act("HEMO-SEANCE", "Séance d'hémodialyse", "Haemodialysis session", 12_437.25, 0),
  act("CS-GEN", "Consultation de médecine générale", "General practice consultation", 600, 110),
  act("CS-SPE", "Consultation spécialisée", "Specialist consultation", 1_200, 150),
  act("CS-URG", "Passage aux urgences", "Emergency attendance", 1_500, 100),
  act("EXP-ECG", "Électrocardiogramme", "Electrocardiogram", 800, 55),
  act("EXP-FOGD", "Fibroscopie œso-gastro-duodénale", "Upper GI endoscopy", 6_000, 20),
  act("EXP-COLO", "Coloscopie", "Colonoscopy", 9_500, 12),
  act("EXP-EEG", "Électroencéphalogramme", "Electroencephalogram", 3_500, 10),
  act("EXP-EFR", "Épreuves fonctionnelles respiratoires", "Pulmonary function tests", 2_500, 8),
  act("KINE", "Séance de rééducation fonctionnelle", "Physiotherapy session", 800, 40, [5, 20]),
  act("TRF-CGR", "Transfusion — culot globulaire", "Transfusion — red cell unit", 4_537.5, 35, [1, 3]),
  act("DENT-SOIN", "Soins dentaires conservateurs", "Dental restorative care", 900, 30, [1, 3]),
  act("DENT-EXT", "Extraction dentaire", "Tooth extraction", 700, 25, [1, 2]),
  act("ANES-CONS", "Consultation pré-anesthésique", "Pre-anaesthetic consultation", 1_000, 95),
  act("ONCO-CURE", "Cure de chimiothérapie (hors médicaments)", "Chemotherapy course (drugs excluded)", 18_000, 35),
  act("NEO-PHOTO", "Photothérapie néonatale (journée)", "Neonatal phototherapy (day)", 3_000, 16, [1, 4]),
  act("PSY-CONS", "Consultation de psychiatrie", "Psychiatric consultation", 1_200, 40),
];

/** Haemodialysis: each chronic patient's sessions of the month, billed at month end. */
const DIALYSIS = { code: "HEMO-SEANCE", patients: 22, sessions: [10, 14] as [number, number] };

const CATEGORIES = {
  insured: { fr: "Assuré", en: "Insured" },
  dependant: { fr: "Ayant droit", en: "Dependant" },
  retired: { fr: "Retraité", en: "Retired" },
  chronic: { fr: "Malade chronique (100 %)", en: "Chronic patient (100%)" },
};
type Category = keyof typeof CATEGORIES;

const YEAR = 2025;
const START = serial(YEAR, 1, 1);
const END = serial(YEAR, 12, 31);

interface Draft {
  date: number;
  code: string;
  quantity: number;
  category: Category;
}

function category(rnd: Random): Category {
  const x = rnd.next();
  return x < 0.47 ? "insured" : x < 0.82 ? "dependant" : x < 0.97 ? "retired" : "chronic";
}

/** The ordinary activity of the year, in date order. */
function ordinaryActivity(rnd: Random): Draft[] {
  const drafts: Draft[] = [];
  for (const a of ACTS) {
    for (let k = 0; k < a.lines; k++) drafts.push({ date: START + rnd.int(0, END - START), code: a.code, quantity: rnd.int(...a.quantity), category: category(rnd) });
  }
  for (let month = 1; month <= 12; month++) {
    for (let p = 0; p < DIALYSIS.patients; p++) drafts.push({ date: serial(YEAR, month, 28), code: DIALYSIS.code, quantity: rnd.int(...DIALYSIS.sessions), category: "chronic" });
  }
  return drafts.sort((a, b) => a.date - b.date);
}

const priceOf = new Map(ACTS.map((a) => [a.code, a.price]));
const reference = (year: number, n: number) => `F${String(year).slice(2)}-${String(n).padStart(6, "0")}`;

/** The export: ordinary lines with references, the planted mess, the statuses it must get. */
function buildActivity(): { activity: ActivityRow[]; planted: PlantedLine[]; drafts: Draft[] } {
  const rnd = seededRandom(2025_0301);
  const drafts = ordinaryActivity(rnd);
  const rows: { row: ActivityRow; status?: string; why?: string }[] = drafts.map((d, i) => ({
    row: [d.date, d.code, d.quantity, priceOf.get(d.code)!, reference(YEAR, i + 1), d.category],
  }));
  const plant = (index: number, status: string, why: string, edit: (row: ActivityRow) => void) => {
    if (index < 0) throw new Error(`CNAS sample: no line left to plant "${why}"`);
    edit(rows[index].row);
    rows[index].status = status;
    rows[index].why = why;
  };
  const indexOf = (code: string, from: number) => rows.findIndex((r, i) => i >= from && r.row[1] === code && r.status === undefined);

  // The specialist consultation billed at the hospital's old tariff until the contract was signed (January).
  rows.forEach((r, i) => {
    if (r.row[1] === "CS-SPE" && (r.row[0] as number) < serial(YEAR, 2, 1)) plant(i, "PRICE_DIFFERS", "old tariff (1,500) in January", (row) => (row[3] = 1_500));
  });
  plant(indexOf("LAB-NFS", 900), "PRICE_DIFFERS", "blood count billed at 500", (row) => (row[3] = 500));
  plant(indexOf("IMG-RXT", 1_500), "PRICE_DIFFERS", "chest X-ray billed below the contract price", (row) => (row[3] = 1_000));
  plant(indexOf("HJ-MED", 400), "OK", "code typed in lower case with a leading space", (row) => (row[1] = " hj-med"));
  plant(indexOf("LAB-NFS", 2_000), "OK", "code with a trailing space", (row) => (row[1] = "LAB-NFS "));
  plant(indexOf("IMG-ECHO-ABD", 700), "OK", "price left blank: the contract price", (row) => (row[3] = null));
  plant(indexOf("CS-GEN", 2_600), "OK", "price left blank: the contract price", (row) => (row[3] = null));
  plant(indexOf("CS-URG", 1_100), "OK", "a reference that looks like a formula stays text", (row) => (row[4] = "=SUM(A1)"));
  plant(indexOf("HJ-CHIR", 1_200), "BAD_QUANTITY", 'quantity typed "2 j"', (row) => (row[2] = "2 j"));
  plant(indexOf("KINE", 1_800), "BAD_QUANTITY", 'quantity typed "1,5" (text)', (row) => (row[2] = "1,5"));
  plant(indexOf("ACC-VB", 2_300), "BAD_QUANTITY", "a cancellation typed as −1", (row) => (row[2] = -1));
  plant(indexOf("IMG-TDM-CER", 1_300), "BAD_DATE", 'a date that does not exist, "31/04/2025"', (row) => (row[0] = "31/04/2025"));
  plant(indexOf("LAB-TSH", 2_900), "BAD_PRICE", 'price exported as text "1 500,00"', (row) => (row[3] = "1 500,00"));

  // Acts the contract does not list, at their date.
  const extra: { row: ActivityRow; status: string; why: string }[] = [
    { row: [serial(YEAR, 3, 12), "IRM-CER", 1, 18_000, "", "insured"], status: "UNKNOWN_CODE", why: "MRI is not in the contract" },
    { row: [serial(YEAR, 6, 3), "IRM-CER", 1, 18_000, "", "dependant"], status: "UNKNOWN_CODE", why: "MRI is not in the contract" },
    { row: [serial(YEAR, 9, 22), "IRM-RACH", 1, 20_000, "", "retired"], status: "UNKNOWN_CODE", why: "MRI is not in the contract" },
    { row: [serial(YEAR, 5, 14), "LAB-VITD", 1, 2_500, "", "insured"], status: "UNKNOWN_CODE", why: "vitamin D is not in the contract" },
    { row: [serial(YEAR, 10, 8), "LAB-VITD", 2, 2_500, "", "dependant"], status: "UNKNOWN_CODE", why: "vitamin D is not in the contract" },
    { row: [serial(YEAR, 7, 1), "CS-SPE2", 1, 1_200, "", "insured"], status: "UNKNOWN_CODE", why: "a typo in the code" },
  ];
  // Stays registered late (December 2024) and early 2026 lines: out of period.
  const early: { row: ActivityRow; status: string; why: string }[] = [29, 30, 31].map((day, i) => ({
    row: [serial(YEAR - 1, 12, day), i === 1 ? "CS-URG" : "HJ-MED", i === 1 ? 1 : 3, priceOf.get(i === 1 ? "CS-URG" : "HJ-MED")!, reference(YEAR - 1, 9_870 + i), "insured"],
    status: "OUT_OF_PERIOD",
    why: "December 2024",
  }));
  const late: { row: ActivityRow; status: string; why: string }[] = [2, 3].map((day) => ({
    row: [serial(YEAR + 1, 1, day), "ACC-VB", 1, 15_000, reference(YEAR + 1, day), "dependant"],
    status: "OUT_OF_PERIOD",
    why: "January 2026",
  }));
  for (const e of extra) {
    const at = rows.findIndex((r) => (r.row[0] as number) > (e.row[0] as number));
    e.row[4] = reference(YEAR, 90_000 + rows.length);
    rows.splice(at, 0, e);
  }
  // The November statement sent again in December: exact copies of lines already billed.
  const resent = [120, 640, 1_333, 2_010, 2_777, 3_100].map((i) => {
    const original = rows.findIndex((r, j) => j >= i && r.status === undefined && r.row[1] !== DIALYSIS.code);
    return { row: [...rows[original].row] as ActivityRow, status: "DUPLICATE", why: `copy of the line of ${rows[original].row[4]}` };
  });

  const all = [...early, ...rows, ...resent, ...late];
  return {
    activity: all.map((r) => r.row),
    planted: all.flatMap((r, i) => (r.status ? [{ row: i, status: r.status, why: r.why ?? "" }] : [])),
    drafts,
  };
}

/** Contracted volume: the year's expected volume, negotiated to a round figure; haemodialysis gets a ceiling below what happened. */
function contractLines(drafts: Draft[]): { lines: ContractLine[]; expectedDue: number } {
  const rnd = seededRandom(2025_0117);
  const realised = new Map<string, number>();
  for (const d of drafts) realised.set(d.code, (realised.get(d.code) ?? 0) + d.quantity);
  let expectedDue = 0;
  const lines = ACTS.map((a): ContractLine => {
    const volume = realised.get(a.code) ?? 0;
    const step = volume >= 1_000 ? 50 : volume >= 100 ? 10 : 5;
    const line: ContractLine = { code: a.code, label: { fr: a.fr, en: a.en }, price: a.price, volume: Math.max(step, Math.round((volume * (0.85 + 0.3 * rnd.next())) / step) * step) };
    if (a.code === DIALYSIS.code) {
      line.ceiling = Math.floor((volume * 0.93) / 10) * 10;
      line.volume = Math.round(line.ceiling / 1.1 / 10) * 10;
    }
    expectedDue += Math.min(volume, line.ceiling ?? Infinity) * a.price;
    return line;
  });
  return { lines, expectedDue };
}

function advances(envelope: number): Advance[] {
  const monthly = Math.round((envelope * 0.8) / 12 / 1_000) * 1_000;
  const paid: Advance[] = Array.from({ length: 12 }, (_, m) => ({ date: serial(YEAR, m + 1, 20), amount: monthly, reference: `OV-${YEAR}-${String(m + 1).padStart(2, "0")}` }));
  paid.splice(10, 0, { date: serial(YEAR, 10, 30), amount: 1_284_615.35, reference: `REG-${YEAR}-T3` });
  return paid;
}

const built = buildActivity();
const contract = contractLines(built.drafts);
/** The envelope: 95% of the activity the contract expected, in hundred thousands. */
const ENVELOPE = Math.floor((contract.expectedDue * 0.95) / 100_000) * 100_000;

export const CNAS_CONTRACT: FeeForServiceData = {
  currency: { code: "DZD", decimals: 2 },
  payer: "CNAS — agence de wilaya (fictive)",
  provider: "EPH Ibn Sina (fictif)",
  periodStart: START,
  periodEnd: END,
  envelope: ENVELOPE,
  rule: "prorata",
  lines: contract.lines,
  activity: built.activity,
  categories: CATEGORIES,
  advances: advances(ENVELOPE),
  planted: built.planted,
};
