import type { CostCentreData, CentreInput } from "../costCentres";

/**
 * A fictitious district hospital (about 240 beds, Algeria-like, one year,
 * amounts in DZD): 9 support and 21 main centres, 28 expense lines by nature,
 * 15 primary keys and secondary keys where support centres serve each other
 * (administration, maintenance, laundry, kitchen and cleaning all do), so the
 * direct, step-down and reciprocal methods give different results.
 *
 * The figures are plausible orders of magnitude, not any real hospital's.
 */

/** One centre and what it uses: staff by category, floor area, energy, water, equipment value. */
interface Profile {
  centre: CentreInput;
  doctors: number;
  nurses: number;
  /** Administrative, technical and service staff. */
  otherStaff: number;
  area: number;
  mwh: number;
  waterM3: number;
  /** Gross value of equipment, million DZD. */
  equipment: number;
}

const support = (code: string, fr: string, en: string): CentreInput => ({ code, label: { fr, en }, kind: "support" });
const main = (code: string, fr: string, en: string, unitFr: string, unitEn: string, units: number): CentreInput => ({
  code,
  label: { fr, en },
  kind: "main",
  unit: { fr: unitFr, en: unitEn },
  units,
});
const row = (centre: CentreInput, doctors: number, nurses: number, otherStaff: number, area: number, mwh: number, waterM3: number, equipment: number): Profile => ({
  centre, doctors, nurses, otherStaff, area, mwh, waterM3, equipment,
});

const DAYS = ["journées d'hospitalisation", "patient-days"] as const;

// prettier-ignore
const PROFILES: Profile[] = [
  //                                                                                                            doctors nurses other  m²   MWh  water m³ equip.
  row(support("ADM", "Administration et direction", "Administration and management"),                              2,   6,  58, 1450,  95, 1200, 18),
  row(support("LING", "Lingerie-buanderie", "Laundry and linen"),                                                   0,   2,  16,  420, 180, 9800, 26),
  row(support("REST", "Cuisine et restauration", "Kitchen and catering"),                                           0,   1,  22,  510, 210, 7400, 21),
  row(support("PHAR", "Pharmacie", "Pharmacy"),                                                                     3,   6,   8,  380,  48,  300,  9),
  row(support("MAINT", "Maintenance et services techniques", "Maintenance and technical services"),                  0,   0,  24,  460,  75,  650, 14),
  row(support("HYG", "Hygiène et entretien des locaux", "Hygiene and cleaning"),                                    0,   4,  38,  150,  12, 2100,  3),
  row(support("TRANS", "Transport et ambulances", "Transport and ambulances"),                                      0,   2,  18,  600,  30,  400, 48),
  row(support("DIM", "Dossiers et information médicale", "Medical records"),                                       1,   2,   9,  220,  35,   80,  4),
  row(support("STER", "Stérilisation centrale", "Central sterile services"),                                        0,   7,   4,  180,  95, 2600, 31),
  row(main("LABO", "Laboratoire d'analyses", "Laboratory", "points B", "B points", 2_450_000),                       3,  22,   4,  420, 160,  950, 85),
  row(main("RADIO", "Imagerie médicale", "Medical imaging", "points Z", "Z points", 610_000),                        4,  12,   3,  380, 240,  300, 160),
  row(main("BLOC", "Bloc opératoire", "Operating theatre", "points K", "K points", 185_000),                         8,  26,   6,  640, 310, 1800, 190),
  row(main("ANES", "Anesthésie", "Anaesthesia", "actes d'anesthésie", "anaesthesia procedures", 3_400),              5,  14,   1,  120,  40,  100, 45),
  row(main("BANQ", "Poste de transfusion sanguine", "Blood bank", "poches délivrées", "blood units issued", 2_900),  1,   6,   2,  110,  45,  150, 22),
  row(main("SACC", "Salle d'accouchement", "Delivery suite", "accouchements", "deliveries", 3_650),                  4,  24,   4,  260,  90, 1300, 28),
  row(main("MAT", "Maternité (suites de couches)", "Maternity ward", ...DAYS, 14_200),                              3,  20,   6,  820, 110, 2400, 16),
  row(main("CHIR", "Chirurgie générale", "General surgery", ...DAYS, 16_800),                                       7,  28,   8, 1100, 140, 2900, 20),
  row(main("MED", "Médecine interne", "Internal medicine", ...DAYS, 18_900),                                        7,  30,   8, 1150, 145, 3000, 18),
  row(main("PED", "Pédiatrie", "Paediatrics", ...DAYS, 11_500),                                                     5,  22,   6,  780, 100, 2100, 15),
  row(main("NEO", "Néonatologie", "Neonatology", ...DAYS, 3_900),                                                   3,  16,   2,  240,  85,  600, 38),
  row(main("REA", "Réanimation", "Intensive care", ...DAYS, 2_600),                                                 5,  24,   3,  300, 150,  800, 95),
  row(main("URG", "Urgences médico-chirurgicales", "Emergency department", "passages", "attendances", 48_500),       9,  34,  10,  620, 160, 1900, 40),
  row(main("CONS", "Consultations externes", "Outpatient clinics", "consultations", "consultations", 62_000),       12,  14,   6,  700,  70,  700, 14),
  row(main("DENT", "Médecine dentaire", "Dental care", "points D", "D points", 52_000),                              4,   4,   1,  140,  25,  450, 24),
  row(main("KINE", "Rééducation fonctionnelle", "Physiotherapy", "séances", "sessions", 9_800),                     1,   6,   1,  210,  30,  250, 11),
  row(main("HEMO", "Hémodialyse", "Haemodialysis", "séances", "sessions", 7_300),                                  2,  12,   2,  280, 120, 4200, 76),
  row(main("PNEU", "Pneumo-phtisiologie", "Pulmonology and tuberculosis", ...DAYS, 5_100),                          2,  10,   3,  420,  50,  950,  9),
  row(main("INF", "Maladies infectieuses", "Infectious diseases", ...DAYS, 4_300),                                  2,  11,   3,  400,  48,  900,  8),
  row(main("EXPL", "Explorations fonctionnelles", "Functional tests (ECG, endoscopy)", "actes", "procedures", 6_200), 2,  5,   1,  150,  35,  200, 30),
  row(main("PMI", "Protection maternelle et infantile", "Mother and child health", "consultations", "consultations", 21_000), 2, 8, 2, 260, 22, 300, 3),
];

const byProfile = (driver: (p: Profile) => number, except?: string): Record<string, number> =>
  Object.fromEntries(PROFILES.filter((p) => p.centre.code !== except).map((p) => [p.centre.code, driver(p)]));
const staff = (p: Profile): number => p.doctors + p.nurses + p.otherStaff;
const only = (code: string): Record<string, number> => ({ [code]: 100 });
const key = (id: string, fr: string, en: string, drivers: Record<string, number>) => ({ id, name: { fr, en }, drivers });

const KEYS = [
  key("doctors", "Médecins", "Doctors", byProfile((p) => p.doctors)),
  key("nurses", "Paramédicaux", "Nursing staff", byProfile((p) => p.nurses)),
  key("otherStaff", "Personnel ATS", "Support staff", byProfile((p) => p.otherStaff)),
  key("staff", "Effectif total", "Total staff", byProfile(staff)),
  key("area", "Surface m²", "Floor area m²", byProfile((p) => p.area)),
  key("kwh", "kWh", "kWh", byProfile((p) => p.mwh * 1000)),
  key("water", "Eau m³", "Water m³", byProfile((p) => p.waterM3)),
  key("equipment", "Équipements", "Equipment", byProfile((p) => p.equipment)),
  key("reagents", "Réactifs %", "Reagents %", { LABO: 78, BANQ: 14, RADIO: 8 }),
  key("oxygen", "Oxygène %", "Oxygen %", { BLOC: 26, REA: 30, URG: 14, NEO: 12, SACC: 6, PNEU: 7, MED: 5 }),
  key("pharmacy", "Direct pharmacie", "Direct pharmacy", only("PHAR")),
  key("kitchen", "Direct cuisine", "Direct kitchen", only("REST")),
  key("laundry", "Direct lingerie", "Direct laundry", only("LING")),
  key("transport", "Direct transport", "Direct transport", only("TRANS")),
  key("admin", "Direct administration", "Direct administration", only("ADM")),
];

const line = (account: string, fr: string, en: string, amount: number, keyId: string) => ({ account, nature: { fr, en }, amount, key: keyId });

// prettier-ignore
const EXPENSES = [
  line("60110", "Médicaments", "Medicines", 186_450_320.55, "pharmacy"),
  line("60120", "Dispositifs médicaux et consommables", "Medical devices and consumables", 97_830_214.2, "pharmacy"),
  line("60130", "Réactifs et produits de laboratoire", "Laboratory reagents", 38_912_470, "reagents"),
  line("60140", "Gaz médicaux", "Medical gases", 11_260_880, "oxygen"),
  line("60200", "Denrées alimentaires", "Food supplies", 52_418_675.4, "kitchen"),
  line("60300", "Produits d'entretien et d'hygiène", "Cleaning and hygiene products", 14_236_090, "area"),
  line("60400", "Linge et produits de blanchisserie", "Linen and laundry products", 6_354_300, "laundry"),
  line("60500", "Fournitures de bureau et imprimés", "Office supplies and printed forms", 4_812_650, "staff"),
  line("60610", "Électricité et gaz", "Electricity and gas", 31_642_118.37, "kwh"),
  line("60620", "Eau", "Water", 5_914_260, "water"),
  line("60630", "Carburants et lubrifiants", "Fuel and lubricants", 7_455_910, "transport"),
  line("61300", "Locations", "Rentals", 2_400_000, "admin"),
  line("61510", "Entretien des bâtiments", "Building maintenance", 12_318_400, "area"),
  line("61520", "Maintenance des équipements biomédicaux", "Biomedical equipment maintenance", 24_605_750, "equipment"),
  line("61600", "Assurances", "Insurance", 3_152_000, "admin"),
  line("61800", "Documentation et formation", "Documentation and training", 1_986_500, "staff"),
  line("62400", "Transports et évacuations sanitaires", "Patient transfers and haulage", 2_748_300, "transport"),
  line("62600", "Télécommunications et poste", "Telecommunications and post", 1_853_420, "admin"),
  line("62700", "Services bancaires et honoraires", "Bank charges and fees", 1_124_800, "admin"),
  line("63110", "Rémunérations du personnel médical", "Medical staff pay", 236_480_000, "doctors"),
  line("63120", "Rémunérations du personnel paramédical", "Nursing and allied staff pay", 474_912_000, "nurses"),
  line("63130", "Rémunérations du personnel administratif, technique et de service", "Administrative, technical and service staff pay", 254_760_000, "otherStaff"),
  line("63500", "Cotisations sociales", "Social security contributions", 250_879_160, "staff"),
  line("64000", "Impôts et taxes", "Taxes", 2_310_450, "admin"),
  line("65000", "Autres charges de gestion courante", "Other operating expenses", 1_652_300, "admin"),
  line("68110", "Dotations aux amortissements des bâtiments", "Depreciation of buildings", 38_000_000, "area"),
  line("68120", "Dotations aux amortissements des équipements", "Depreciation of equipment", 57_540_000, "equipment"),
  line("68130", "Dotations aux amortissements des véhicules", "Depreciation of vehicles", 9_600_000, "transport"),
];

/** Support centre → what it gives each centre it serves (its unit of service in the comment). */
// prettier-ignore
const SECONDARY_KEYS: Record<string, Record<string, number>> = {
  // staff managed (total staff of every other centre)
  ADM: byProfile(staff, "ADM"),
  // kg of laundry washed
  LING: { REST: 2_000, STER: 5_000, BLOC: 38_000, SACC: 22_000, MAT: 30_000, CHIR: 34_000, MED: 30_000, PED: 20_000, NEO: 8_000, REA: 14_000, URG: 18_000, HEMO: 6_000, PNEU: 9_000, INF: 9_000, ADM: 2_000 },
  // meals served (patients and staff on duty)
  REST: { ADM: 9_000, LING: 1_500, MAINT: 2_000, HYG: 3_000, BLOC: 6_000, SACC: 4_000, MAT: 42_600, CHIR: 50_400, MED: 56_700, PED: 34_500, NEO: 2_000, REA: 3_000, URG: 18_000, PNEU: 15_300, INF: 12_900 },
  // value of issues, thousand DZD
  PHAR: { HYG: 1_800, STER: 2_500, LABO: 2_000, RADIO: 3_000, BLOC: 62_000, ANES: 16_000, BANQ: 1_500, SACC: 9_000, MAT: 12_000, CHIR: 26_000, MED: 30_000, PED: 14_000, NEO: 11_000, REA: 28_000, URG: 34_000, CONS: 3_000, DENT: 4_500, KINE: 500, HEMO: 38_000, PNEU: 9_000, INF: 10_000, EXPL: 2_500, PMI: 6_000 },
  // work orders
  MAINT: { ADM: 120, LING: 160, REST: 140, PHAR: 30, HYG: 20, TRANS: 60, DIM: 15, STER: 90, LABO: 110, RADIO: 150, BLOC: 210, ANES: 40, BANQ: 25, SACC: 60, MAT: 70, CHIR: 80, MED: 80, PED: 60, NEO: 45, REA: 95, URG: 110, CONS: 40, DENT: 45, KINE: 20, HEMO: 130, PNEU: 35, INF: 35, EXPL: 30, PMI: 15 },
  // m² cleaned (floor area of every other centre)
  HYG: byProfile((p) => p.area, "HYG"),
  // km driven
  TRANS: { ADM: 40_000, REST: 7_000, PHAR: 18_000, MAINT: 5_000, LABO: 6_000, BANQ: 9_000, URG: 85_000, MAT: 8_000, PED: 5_000, REA: 6_000, PMI: 12_000 },
  // patient records handled
  DIM: { CONS: 62_000, URG: 48_500, MED: 4_200, CHIR: 3_900, PED: 3_200, MAT: 3_700, NEO: 900, REA: 500, PNEU: 700, INF: 800, HEMO: 120, DENT: 9_000, KINE: 1_500, EXPL: 2_000, PMI: 6_000 },
  // sterilised containers and packs
  STER: { BLOC: 22_000, SACC: 7_500, URG: 6_000, DENT: 5_200, CHIR: 2_500, MAT: 1_800, REA: 1_500, NEO: 900, CONS: 1_200, ANES: 2_400, EXPL: 1_000, MED: 600, PED: 500, HEMO: 300 },
};

export const DISTRICT_HOSPITAL: CostCentreData = {
  currency: "DZD",
  centres: PROFILES.map((p) => p.centre),
  keys: KEYS,
  expenses: EXPENSES,
  secondaryKeys: SECONDARY_KEYS,
  method: "step",
};
