/**
 * The published worked cases the exercises and the self-test sheet are built
 * from: inputs and published answers with their tolerance and source, copied
 * from the project's fixtures (test/fixtures/cases, where the tests read the
 * same numbers). Only the numbers are taken from the sources.
 */

export interface Source {
  citation: string;
  urls: readonly string[];
}

export interface AllocationCase {
  source: Source;
  support: readonly string[];
  operating: readonly string[];
  labels: Readonly<Record<string, { fr: string; en: string }>>;
  costs: Readonly<Record<string, number>>;
  /** Share of each support centre toward each centre it serves. */
  shares: Readonly<Record<string, Readonly<Record<string, number>>>>;
  tolerance: number;
}

const HORNGREN: Source = {
  citation: "Horngren, Datar, Rajan, Cost Accounting: A Managerial Emphasis, 15th/16th ed., exercises 15-19 and 15-20 (Phoenix Partners); also Bhimani, Horngren, Datar, Rajan, Management and Cost Accounting, 5th ed., 5.18/5.19",
  urls: ["https://www.coursepaper.com/solution-manual/978-0133428704-chapter-15-solution-manual-part-2/", "https://quesba.com/questions/support-department-cost-allocation-reciprocal-method-continuation-15-19-ref-864367"],
};

/** Phoenix Partners: two support departments, two consulting practices; direct (GOVT 1,120,000, CORP 1,880,000) and step-down AS first (1,090,000, 1,910,000; IS closes with 2,550,000). */
export const PHOENIX = {
  source: HORNGREN,
  support: ["AS", "IS"],
  operating: ["GOVT", "CORP"],
  labels: {
    AS: { fr: "Services administratifs", en: "Administrative services" },
    IS: { fr: "Systèmes d'information", en: "Information systems" },
    GOVT: { fr: "Conseil aux administrations", en: "Government consulting" },
    CORP: { fr: "Conseil aux entreprises", en: "Corporate consulting" },
  },
  costs: { AS: 600_000, IS: 2_400_000, GOVT: 0, CORP: 0 },
  shares: { AS: { IS: 0.25, GOVT: 0.4, CORP: 0.35 }, IS: { AS: 0.1, GOVT: 0.3, CORP: 0.6 } },
  tolerance: 0.5,
  order: ["AS", "IS"],
  answers: { direct: { GOVT: 1_120_000, CORP: 1_880_000 }, step: { GOVT: 1_090_000, CORP: 1_910_000, isTotal: 2_550_000 } },
} as const satisfies AllocationCase & Record<string, unknown>;

/** Reciprocal services between Énergie and Entretien, French layout, answers to the cent. */
export const RECIPROCAL = {
  source: { citation: "Support de cours « Gestion et Budget d'un service », page 33 sur 44", urls: ["http://online.flipbuilder.com/bqsg/qlor/files/basic-html/page36.html"] },
  support: ["Energie", "Entretien"],
  operating: ["Approvisionnement", "Distribution", "Administration"],
  labels: {
    Energie: { fr: "Énergie", en: "Energy" },
    Entretien: { fr: "Entretien", en: "Maintenance" },
    Approvisionnement: { fr: "Approvisionnement", en: "Purchasing" },
    Distribution: { fr: "Distribution", en: "Distribution" },
    Administration: { fr: "Administration", en: "Administration" },
  },
  costs: { Energie: 700, Entretien: 650, Approvisionnement: 2_750, Distribution: 2_550, Administration: 1_350 },
  shares: { Energie: { Entretien: 0.1, Approvisionnement: 0.5, Distribution: 0.25, Administration: 0.15 }, Entretien: { Energie: 0.05, Approvisionnement: 0.3, Distribution: 0.35, Administration: 0.3 } },
  tolerance: 0.01,
  answers: { totals: { Energie: 736.18, Entretien: 723.62 }, after: { Approvisionnement: 3_335.18, Distribution: 2_987.31, Administration: 1_677.51 }, energyToMaintenance: 73.62 },
} as const satisfies AllocationCase & Record<string, unknown>;

/** Cost of a relative-value point (as a letter key K, B, Z) and of an act of 72 points. */
export const LETTER_KEY = {
  source: { citation: "FHP-MCO, « Indices de coût relatif (ICR) de la CCAM v28 », 18 juillet 2012", urls: ["https://www.fhpmco.fr/2012/07/18/indices-de-cout-relatif-icr-de-la-ccam-v28/"] },
  sectionCost: 5_000_000,
  pointsProduced: 500_000,
  actPoints: 72,
  tolerance: 1e-9,
  answers: { pointCost: 10, actCost: 720 },
} as const;

/** 20,000 lent at 5% over 4 years, constant annuity, rows to the cent, the last row absorbing the difference. */
export const LOAN = {
  source: { citation: "experts-univers.com, « Mathématique financière », exemple d'annuités constantes", urls: ["http://experts-univers.com/mathematique-financiere.html"] },
  principal: 20_000,
  rate: 0.05,
  years: 4,
  tolerance: 0.005,
  answers: { annuity: 5_640.24, interest2: 767.99, closing3: 5_371.65, interest4: 268.59 },
} as const;

/** A consultation billed 50 for a tariff of 23: 70% of the tariff minus a flat 1, a complementary cover capped at 200% of the tariff. */
export const CLAIM = {
  source: { citation: "Assurprox, « Mutuelle santé : le calcul des remboursements »", urls: ["https://www.assurprox.com/mutuelle-sante/le-calcul-des-remboursements.html"] },
  billed: 50,
  tariff: 23,
  rate: 0.7,
  flatFee: 1,
  complementaryCap: 2,
  tolerance: 0.005,
  answers: { primary: 15.1, coinsurance: 6.9, complementary: 29.9, patient: 5 },
} as const;

/** A PBF quantity invoice: a declared-verified gap above 5% pays nothing. */
export const PBF = {
  source: { citation: "BLSQ/orbf-rules_engine (the engine behind Hesabu / DHIS2 PBF), spec/senegal_system_spec.rb", urls: ["https://github.com/BLSQ/orbf-rules_engine/blob/master/spec/senegal_system_spec.rb"] },
  lines: [
    { activity: "act1", declared: 40, verified: 33, validated: null, fee: 10 },
    { activity: "act2", declared: null, verified: null, validated: 80, fee: 20 },
  ],
  gapTolerance: 0.05,
  tolerance: 0.001,
  answers: { gapPercent: 21.212, act1: 0, act2: 80, total: 80 },
} as const;
