import type { ServiceRow, TwinningData } from "../contracts/data";
import { seededRandom, serial } from "./contractsRandom";

/**
 * A twinning convention (jumelage) between a university hospital in the north
 * (CHU) and a public hospital in the south (EPH), Algeria-like, 2025, amounts
 * in DZD: the CHU sends specialist teams twice a month, gives opinions by
 * tele-expertise, runs specialised laboratory tests, reads images remotely
 * and trains the EPH's staff; the EPH lodges, feeds and drives the teams, and
 * scanned the CHU's patients while the CHU's scanner was down (May–June).
 * Each service is valued at the provider's own cost per unit of work (from
 * its cost-centre results) and the flows are netted month by month.
 */

const CHU = "CHU-NORD";
const EPH = "EPH-SUD";
const YEAR = 2025;

const SERVICES = {
  MISSION: { fr: "Mission de spécialiste (journée)", en: "Specialist mission (day)", costs: { [CHU]: 42_350 } },
  TELEXP: { fr: "Télé-expertise (avis)", en: "Tele-expertise (opinion)", costs: { [CHU]: 6_820 } },
  "LAB-SPE": { fr: "Analyse de biologie spécialisée", en: "Specialised laboratory test", costs: { [CHU]: 2_437.6 } },
  "RADIO-LECT": { fr: "Interprétation d'imagerie à distance", en: "Remote imaging report", costs: { [CHU]: 1_954.3 } },
  FORM: { fr: "Journée de formation", en: "Training day", costs: { [CHU]: 18_500 } },
  SCAN: { fr: "Scanner (examen)", en: "CT scan (examination)", costs: { [CHU]: 6_912.45, [EPH]: 8_450.8 } },
  NUIT: { fr: "Hébergement (nuitée)", en: "Lodging (night)", costs: { [CHU]: 4_800, [EPH]: 3_650 } },
  REPAS: { fr: "Repas", en: "Meal", costs: { [CHU]: 420, [EPH]: 385.5 } },
  KM: { fr: "Transport (km)", en: "Transport (km)", costs: { [CHU]: 38.2, [EPH]: 42.75 } },
};

const PURPOSES = {
  mission: { fr: "Mission de consultations et d'interventions", en: "Consultation and surgery mission" },
  stay: { fr: "Séjour de l'équipe du CHU", en: "CHU team's stay" },
  telemedicine: { fr: "Télémédecine", en: "Telemedicine" },
  laboratory: { fr: "Prélèvements envoyés au CHU", en: "Samples sent to the CHU" },
  imaging: { fr: "Télé-radiologie", en: "Teleradiology" },
  training: { fr: "Formation des personnels de l'EPH", en: "Training of the EPH's staff" },
  scannerDown: { fr: "Panne du scanner du CHU", en: "CHU scanner down" },
};
type Purpose = keyof typeof PURPOSES;

function lines(): ServiceRow[] {
  const rnd = seededRandom(2025_0130);
  const rows: ServiceRow[] = [];
  const add = (date: number, from: string, to: string, service: keyof typeof SERVICES, quantity: number, purpose: Purpose) => rows.push([date, from, to, service, quantity, purpose]);
  for (let month = 1; month <= 12; month++) {
    for (const start of month === 8 ? [] : [4, 18]) {
      const specialists = rnd.int(2, 3);
      const days = rnd.int(4, 5);
      const date = serial(YEAR, month, start);
      add(date, CHU, EPH, "MISSION", specialists * days, "mission");
      add(date, CHU, EPH, "KM", 2 * rnd.int(850, 900), "mission");
      add(date + days, EPH, CHU, "NUIT", specialists * (days - 1), "stay");
      add(date + days, EPH, CHU, "REPAS", specialists * days * 2, "stay");
      add(date + days, EPH, CHU, "KM", rnd.int(120, 300), "stay");
    }
    for (const week of [0, 1, 2, 3]) add(serial(YEAR, month, 3 + 7 * week), CHU, EPH, "TELEXP", rnd.int(3, 12), "telemedicine");
    add(serial(YEAR, month, 25), CHU, EPH, "LAB-SPE", rnd.int(30, 80), "laboratory");
    for (const day of [10, 24]) add(serial(YEAR, month, day), CHU, EPH, "RADIO-LECT", rnd.int(20, 60), "imaging");
    if (month % 3 === 2) add(serial(YEAR, month, 12), CHU, EPH, "FORM", rnd.int(3, 5), "training");
    if (month === 5 || month === 6) for (const day of [6, 13, 20, 27]) add(serial(YEAR, month, day), EPH, CHU, "SCAN", rnd.int(5, 12), "scannerDown");
  }
  return rows.sort((a, b) => (a[0] as number) - (b[0] as number));
}

export const TWINNING_NORTH_SOUTH: TwinningData = {
  currency: { code: "DZD", decimals: 2 },
  hospitalA: CHU,
  hospitalB: EPH,
  firstPeriod: serial(YEAR, 1, 1),
  services: Object.entries(SERVICES).map(([code, s]) => ({ code, label: { fr: s.fr, en: s.en } })),
  unitCosts: Object.fromEntries(Object.entries(SERVICES).map(([code, s]) => [code, s.costs])),
  lines: lines(),
  purposes: PURPOSES,
};
