import type { Text } from "../../excel/catalog";
import type { Cell } from "../../excel/cells";
import type { Language } from "../../excel/messages";
import * as sheet from "../../excel/sheetFunctions";
import { AMOUNT, guideSheet, PERCENT } from "../blocks";
import { costCentreInputsOf, costCentreTemplate } from "../costCentres";
import { evaluatePlan, isErrorValue } from "../evaluate";
import { areaRef } from "../formula";
import type { RangeRef, SheetPlan, TableBlock, Value, WorkbookPlan } from "../plan";
import { DISTRICT_HOSPITAL } from "../samples/districtHospital";
import { AllocationCase, CLAIM, LETTER_KEY, LOAN, PBF, PHOENIX, RECIPROCAL, Source } from "./publishedCases";

/**
 * Exercise workbooks for trainers: the classic published cases and the
 * district hospital, each with its statement, its data, the questions with a
 * cell for each answer, and the expected answers on a sheet of their own.
 * The participant's workbook keeps that sheet very hidden (Excel's sheet tabs
 * cannot show it: the trainer reveals it from the Hisab Santé pane, or hands
 * out the trainer's copy, where it is visible); marking.ts marks the answers.
 */

export interface Question {
  id: string;
  text: Text;
  unit: Text;
  expected: number;
  /** An answer within this of the expected one is right (the case's own tolerance). */
  tolerance: number;
}

export interface Exercise {
  id: string;
  title: Text;
  source: Source;
  statement: Text[];
  /** The sheets holding the case's data, in a language. */
  data: (lang: Language) => SheetPlan[];
  questions: Question[];
}

const t = (fr: string, en: string): Text => ({ fr, en });

interface Words {
  statement: string;
  answers: string;
  key: string;
  answerHeaders: [number: string, question: string, unit: string, answer: string];
  keyHeaders: [number: string, expected: string, tolerance: string, source: string];
  data: string;
  instructions: string[];
  trainer: string;
  participant: string;
}

const WORDS: Record<Language, Words> = {
  fr: {
    statement: "Énoncé",
    answers: "Réponses",
    key: "Corrigé",
    answerHeaders: ["N°", "Question", "Unité", "Votre réponse"],
    keyHeaders: ["N°", "Réponse attendue", "Tolérance", "Source"],
    data: "Données",
    instructions: [
      "Calculez chaque réponse à partir des données (à la main, avec des formules d'Excel ou avec les fonctions HISAB.…), puis tapez-la dans la colonne « Votre réponse » de la feuille « Réponses ».",
      "Une réponse est juste quand elle est à la tolérance près de la réponse publiée ; le formateur affiche le corrigé et note les réponses depuis le volet Hisab Santé.",
    ],
    trainer: "Exemplaire du formateur : la feuille « Corrigé » est visible.",
    participant: "Exemplaire du participant.",
  },
  en: {
    statement: "Statement",
    answers: "Answers",
    key: "Answer key",
    answerHeaders: ["No.", "Question", "Unit", "Your answer"],
    keyHeaders: ["No.", "Expected answer", "Tolerance", "Source"],
    data: "Data",
    instructions: [
      "Work out each answer from the data (by hand, with Excel formulas or with the HISAB.… functions), then type it in the \"Your answer\" column of the \"Answers\" sheet.",
      "An answer is right when it is within the tolerance of the published answer; the trainer shows the answer key and marks the answers from the Hisab Santé pane.",
    ],
    trainer: "Trainer's copy: the \"Answer key\" sheet is visible.",
    participant: "Participant's copy.",
  },
};

/** The answer sheet's table: the answers are its fourth column. */
const ANSWERS_AT = "A1";
const ANSWER_COLUMN = 3;

export function exerciseWorkbook(exercise: Exercise, lang: Language, options: { trainer: boolean }): WorkbookPlan {
  const w = WORDS[lang];
  const statement = guideSheet({
    name: w.statement,
    title: exercise.title[lang],
    note: `${exercise.source.citation}${exercise.source.urls.length ? ` — ${exercise.source.urls[0]}` : ""}`,
    heading: options.trainer ? w.trainer : w.participant,
    lines: [...exercise.statement.map((line) => line[lang]), "", ...w.instructions],
  });
  const rows = exercise.questions.map((q, i): Value[] => [i + 1, q.text[lang], q.unit[lang], null]);
  const answers: SheetPlan = {
    key: "answers",
    name: w.answers,
    tables: [
      {
        name: lang === "fr" ? "tReponses" : "tAnswers",
        at: ANSWERS_AT,
        columns: [{ header: w.answerHeaders[0], width: 6 }, { header: w.answerHeaders[1], width: 90 }, { header: w.answerHeaders[2], width: 18 }, { header: w.answerHeaders[3], width: 20, validation: { kind: "decimal" } }],
        rows,
      },
    ],
    labels: [],
    formulas: [],
    freezeRows: 1,
  };
  const key: SheetPlan = {
    key: "key",
    name: w.key,
    tables: [
      {
        name: lang === "fr" ? "tCorrige" : "tAnswerKey",
        at: "A1",
        columns: [{ header: w.keyHeaders[0], width: 6 }, { header: w.keyHeaders[1], width: 20 }, { header: w.keyHeaders[2], width: 14 }, { header: w.keyHeaders[3], width: 90 }],
        rows: exercise.questions.map((q, i) => [i + 1, q.expected, q.tolerance, exercise.source.citation]),
      },
    ],
    labels: [],
    formulas: [],
    visibility: options.trainer ? undefined : "veryHidden",
  };
  return { id: `exercise-${exercise.id}`, title: exercise.title[lang], sheets: [statement, ...exercise.data(lang), answers, key] };
}

/** Where the participant's answers are in an exercise workbook, one cell per question, in order. */
export function answerCells(exercise: Exercise, lang: Language): RangeRef {
  return { kind: "range", sheet: WORDS[lang].answers, ref: areaRef({ top: 1, left: ANSWER_COLUMN, rows: exercise.questions.length, cols: 1 }) };
}

// ---- data sheets ------------------------------------------------------------

const table = (name: string, at: string, headers: string[], rows: Value[][], formats: (string | undefined)[] = []): TableBlock => ({
  name,
  at,
  columns: headers.map((header, i) => ({ header, width: i === 0 ? 16 : 22, numberFormat: formats[i] })),
  rows,
});

const dataSheet = (lang: Language, tables: TableBlock[]): SheetPlan => ({ key: "data", name: WORDS[lang].data, tables, labels: [], formulas: [] });

/** The centres with their type and primary cost, and the secondary keys as a labelled table (shares of each support centre). */
function allocationData(c: AllocationCase): (lang: Language) => SheetPlan[] {
  const centres = [...c.support, ...c.operating];
  return (lang) => {
    const kind = (code: string) => (c.support.includes(code) ? (lang === "fr" ? "auxiliaire" : "support") : lang === "fr" ? "principal" : "main");
    const headers = lang === "fr" ? ["Code", "Libellé", "Type", "Coût primaire"] : ["Code", "Label", "Type", "Primary cost"];
    return [
      dataSheet(lang, [
        table("tCentres", "A1", headers, centres.map((code) => [code, c.labels[code][lang], kind(code), c.costs[code] ?? 0]), [undefined, undefined, undefined, AMOUNT]),
        table(lang === "fr" ? "tCles" : "tKeys", "F1", [lang === "fr" ? "Centre auxiliaire" : "Support centre", ...centres], c.support.map((s) => [s, ...centres.map((code) => c.shares[s][code] ?? null)]), [undefined, ...centres.map(() => PERCENT)]),
      ]),
    ];
  };
}

const phoenix: Exercise = {
  id: "phoenix-partners",
  title: t("Phoenix Partners : méthode directe et méthode en cascade", "Phoenix Partners: direct and step-down methods"),
  source: PHOENIX.source,
  statement: [
    t("Un cabinet a deux services de soutien, les services administratifs (AS) et les systèmes d'information (IS), et deux activités de conseil (GOVT, CORP).", "A firm has two support departments, administrative services (AS) and information systems (IS), and two consulting practices (GOVT, CORP)."),
    t("La feuille « Données » donne le coût de chaque service et la part de ses prestations qui va à chaque autre service.", 'The "Data" sheet gives each department\'s cost and the share of its services that goes to each other department.'),
    t("Répartissez les coûts de AS et IS sur GOVT et CORP par la méthode directe, puis en cascade en clôturant AS en premier.", "Allocate the costs of AS and IS to GOVT and CORP by the direct method, then step-down closing AS first."),
  ],
  data: allocationData(PHOENIX),
  questions: [
    { id: "direct-govt", text: t("Méthode directe : coût reçu par GOVT", "Direct method: cost allocated to GOVT"), unit: t("USD", "USD"), expected: PHOENIX.answers.direct.GOVT, tolerance: PHOENIX.tolerance },
    { id: "direct-corp", text: t("Méthode directe : coût reçu par CORP", "Direct method: cost allocated to CORP"), unit: t("USD", "USD"), expected: PHOENIX.answers.direct.CORP, tolerance: PHOENIX.tolerance },
    { id: "step-is", text: t("En cascade, AS en premier : total que IS répartit quand on le clôture", "Step-down, AS first: the total IS allocates when it is closed"), unit: t("USD", "USD"), expected: PHOENIX.answers.step.isTotal, tolerance: PHOENIX.tolerance },
    { id: "step-govt", text: t("En cascade, AS en premier : coût reçu par GOVT", "Step-down, AS first: cost allocated to GOVT"), unit: t("USD", "USD"), expected: PHOENIX.answers.step.GOVT, tolerance: PHOENIX.tolerance },
    { id: "step-corp", text: t("En cascade, AS en premier : coût reçu par CORP", "Step-down, AS first: cost allocated to CORP"), unit: t("USD", "USD"), expected: PHOENIX.answers.step.CORP, tolerance: PHOENIX.tolerance },
  ],
};

const reciprocal: Exercise = {
  id: "prestations-reciproques",
  title: t("Prestations réciproques : Énergie et Entretien", "Reciprocal services: Energy and Maintenance"),
  source: RECIPROCAL.source,
  statement: [
    t("Deux sections auxiliaires, Énergie et Entretien, se rendent des prestations l'une à l'autre et servent trois sections principales.", "Two support sections, Energy and Maintenance, serve each other and three main sections."),
    t("Calculez les totaux réciproques des deux sections auxiliaires (x = 700 + 5 % y ; y = 650 + 10 % x), puis le coût de chaque section principale après répartition secondaire, au centime.", "Work out the reciprocated totals of the two support sections (x = 700 + 5% y; y = 650 + 10% x), then each main section's cost after secondary distribution, to the cent."),
  ],
  data: allocationData(RECIPROCAL),
  questions: [
    { id: "total-energie", text: t("Total réciproque d'Énergie", "Reciprocated total of Energy"), unit: t("unités monétaires", "currency units"), expected: RECIPROCAL.answers.totals.Energie, tolerance: RECIPROCAL.tolerance },
    { id: "total-entretien", text: t("Total réciproque d'Entretien", "Reciprocated total of Maintenance"), unit: t("unités monétaires", "currency units"), expected: RECIPROCAL.answers.totals.Entretien, tolerance: RECIPROCAL.tolerance },
    { id: "cession", text: t("Ce qu'Énergie cède à Entretien", "What Energy passes to Maintenance"), unit: t("unités monétaires", "currency units"), expected: RECIPROCAL.answers.energyToMaintenance, tolerance: RECIPROCAL.tolerance },
    { id: "appro", text: t("Coût d'Approvisionnement après répartition secondaire", "Cost of Purchasing after secondary distribution"), unit: t("unités monétaires", "currency units"), expected: RECIPROCAL.answers.after.Approvisionnement, tolerance: RECIPROCAL.tolerance },
    { id: "distribution", text: t("Coût de Distribution après répartition secondaire", "Cost of Distribution after secondary distribution"), unit: t("unités monétaires", "currency units"), expected: RECIPROCAL.answers.after.Distribution, tolerance: RECIPROCAL.tolerance },
    { id: "administration", text: t("Coût d'Administration après répartition secondaire", "Cost of Administration after secondary distribution"), unit: t("unités monétaires", "currency units"), expected: RECIPROCAL.answers.after.Administration, tolerance: RECIPROCAL.tolerance },
  ],
};

const letterKey: Exercise = {
  id: "lettre-cle",
  title: t("Coût du point et coût d'un acte", "Cost of a point and cost of an act"),
  source: LETTER_KEY.source,
  statement: [
    t("Le bloc opératoire a coûté 5 000 000 € et produit 500 000 points (Σ coefficient × nombre d'actes), comme les points d'une lettre-clé K.", "The operating theatre cost €5,000,000 and produced 500,000 points (Σ coefficient × number of acts), like the points of a letter key K."),
    t("Calculez le coût d'un point, puis le coût d'un acte de 72 points.", "Work out the cost of a point, then the cost of an act of 72 points."),
  ],
  data: (lang) => [dataSheet(lang, [table("tSection", "A1", lang === "fr" ? ["Coût de la section", "Points produits", "Points de l'acte"] : ["Cost of the section", "Points produced", "Points of the act"], [[LETTER_KEY.sectionCost, LETTER_KEY.pointsProduced, LETTER_KEY.actPoints]], [AMOUNT, "#,##0", "#,##0"])])],
  questions: [
    { id: "point", text: t("Coût d'un point", "Cost of a point"), unit: t("EUR", "EUR"), expected: LETTER_KEY.answers.pointCost, tolerance: LETTER_KEY.tolerance },
    { id: "act", text: t("Coût de l'acte de 72 points", "Cost of the act of 72 points"), unit: t("EUR", "EUR"), expected: LETTER_KEY.answers.actCost, tolerance: LETTER_KEY.tolerance },
  ],
};

const loan: Exercise = {
  id: "annuites-constantes",
  title: t("Tableau d'amortissement à annuités constantes", "Loan schedule with a constant annuity"),
  source: LOAN.source,
  statement: [
    t("Un fonds prête 20 000 € à 5 % par an, remboursables en 4 annuités constantes.", "A fund lends €20,000 at 5% a year, repaid in 4 constant annual payments."),
    t("Chaque ligne est arrondie au centime ; la dernière ligne absorbe l'écart d'arrondi (ses intérêts sont l'annuité moins le capital restant).", "Each row is rounded to the cent; the last row absorbs the rounding difference (its interest is the payment minus the remaining principal)."),
  ],
  data: (lang) => [dataSheet(lang, [table("tPret", "A1", lang === "fr" ? ["Capital", "Taux annuel", "Années"] : ["Principal", "Annual rate", "Years"], [[LOAN.principal, LOAN.rate, LOAN.years]], [AMOUNT, "0.00%", "0"])])],
  questions: [
    { id: "annuity", text: t("Annuité", "Annual payment"), unit: t("EUR", "EUR"), expected: LOAN.answers.annuity, tolerance: LOAN.tolerance },
    { id: "interest2", text: t("Intérêts de la 2e année", "Interest of year 2"), unit: t("EUR", "EUR"), expected: LOAN.answers.interest2, tolerance: LOAN.tolerance },
    { id: "closing3", text: t("Capital restant dû à la fin de la 3e année", "Principal outstanding at the end of year 3"), unit: t("EUR", "EUR"), expected: LOAN.answers.closing3, tolerance: LOAN.tolerance },
    { id: "interest4", text: t("Intérêts de la 4e année (dernière ligne)", "Interest of year 4 (last row)"), unit: t("EUR", "EUR"), expected: LOAN.answers.interest4, tolerance: LOAN.tolerance },
  ],
};

const claim: Exercise = {
  id: "remboursement-consultation",
  title: t("Remboursement d'une consultation : régime obligatoire et mutuelle", "Paying for a consultation: statutory cover and a mutuelle"),
  source: CLAIM.source,
  statement: [
    t("Une consultation est facturée 50 € pour un tarif de référence de 23 €. Le régime obligatoire rembourse 70 % du tarif moins une participation forfaitaire de 1 €.", "A consultation is billed €50 for a reference tariff of €23. The statutory payer covers 70% of the tariff minus a flat €1 contribution."),
    t("La mutuelle rembourse jusqu'à 200 % du tarif, déduction faite de ce que le régime obligatoire a pris en charge avant la participation forfaitaire, qu'elle ne rembourse pas.", "The mutuelle covers up to 200% of the tariff, less what the statutory payer covered before the flat contribution, which it does not refund."),
  ],
  data: (lang) => [dataSheet(lang, [table("tConsultation", "A1", lang === "fr" ? ["Facturé", "Tarif de référence", "Taux du régime obligatoire", "Participation forfaitaire", "Plafond de la mutuelle (× tarif)"] : ["Billed", "Reference tariff", "Statutory rate", "Flat contribution", "Mutuelle ceiling (× tariff)"], [[CLAIM.billed, CLAIM.tariff, CLAIM.rate, CLAIM.flatFee, CLAIM.complementaryCap]], [AMOUNT, AMOUNT, PERCENT, AMOUNT, "0.00"])])],
  questions: [
    { id: "primary", text: t("Remboursement du régime obligatoire", "Paid by the statutory payer"), unit: t("EUR", "EUR"), expected: CLAIM.answers.primary, tolerance: CLAIM.tolerance },
    { id: "coinsurance", text: t("Ticket modérateur", "Co-insurance (ticket modérateur)"), unit: t("EUR", "EUR"), expected: CLAIM.answers.coinsurance, tolerance: CLAIM.tolerance },
    { id: "complementary", text: t("Remboursement de la mutuelle", "Paid by the mutuelle"), unit: t("EUR", "EUR"), expected: CLAIM.answers.complementary, tolerance: CLAIM.tolerance },
    { id: "patient", text: t("Reste à la charge du patient", "Left for the patient to pay"), unit: t("EUR", "EUR"), expected: CLAIM.answers.patient, tolerance: CLAIM.tolerance },
  ],
};

const pbf: Exercise = {
  id: "fbr-verification",
  title: t("FBR : écart entre déclaré et vérifié", "PBF: gap between declared and verified"),
  source: PBF.source,
  statement: [
    t("Une formation sanitaire déclare ses quantités ; la vérification en trouve d'autres. Une ligne dont l'écart (|déclaré − vérifié| ÷ vérifié) dépasse 5 % ne paie rien ; sinon la quantité validée est payée.", "A facility declares its quantities; verification finds others. A line whose gap (|declared − verified| ÷ verified) exceeds 5% pays nothing; otherwise the validated quantity is paid."),
    t("Sans vérification, l'écart est nul.", "With no verification, the gap is zero."),
  ],
  data: (lang) => [dataSheet(lang, [table("tIndicateurs", "A1", lang === "fr" ? ["Indicateur", "Déclaré", "Vérifié", "Validé", "Tarif"] : ["Indicator", "Declared", "Verified", "Validated", "Unit fee"], PBF.lines.map((l) => [l.activity, l.declared, l.verified, l.validated, l.fee]))])],
  questions: [
    { id: "gap", text: t("Écart de act1, en pourcentage (21,212 pour 21,212 %)", "Gap of act1, in percent (21.212 for 21.212%)"), unit: t("%", "%"), expected: PBF.answers.gapPercent, tolerance: PBF.tolerance },
    { id: "act1", text: t("Quantité payée pour act1", "Quantity paid for act1"), unit: t("unités", "units"), expected: PBF.answers.act1, tolerance: PBF.tolerance },
    { id: "act2", text: t("Quantité payée pour act2", "Quantity paid for act2"), unit: t("unités", "units"), expected: PBF.answers.act2, tolerance: PBF.tolerance },
  ],
};

/** The district hospital's answers, computed by the engine on the sample's own cells. */
function districtAnswers(): Record<string, number> {
  const plan = costCentreTemplate("en", { sample: true });
  const evaluation = evaluatePlan(plan);
  const inputs = costCentreInputsOf(plan);
  const read = (ref: RangeRef) => evaluation.read(ref.sheet!, ref.ref).map((row) => row.map((v) => (isErrorValue(v) ? null : v)));
  const [centres, amounts, keyNames, keyTable, keys, units] = [inputs.centres, inputs.amounts, inputs.keyNames, inputs.keyTable, inputs.secondaryKeys, inputs.units].map(read);
  const primary = sheet.primary(centres, amounts, keyNames, keyTable);
  const codes = centres.map((r) => r[0]);
  const after = (method: string) => sheet.allocate(centres, primary, keys, method);
  const perUnit = (method: string) => sheet.unitCost(centres, after(method), units);
  const of = (column: Cell[][], code: string) => column[codes.indexOf(code)][0] as number;
  return {
    expenses: amounts.reduce((a, r) => a + Number(r[0] ?? 0), 0),
    laboPrimary: of(primary, "LABO"),
    laboStep: of(after("step"), "LABO"),
    pointB: of(perUnit("step"), "LABO"),
    chirStep: of(perUnit("step"), "CHIR"),
    blocReciprocal: of(after("reciprocal"), "BLOC"),
    chirGap: of(perUnit("reciprocal"), "CHIR") - of(perUnit("step"), "CHIR"),
  };
}

let district: Exercise | undefined;

/** The district hospital: the cost-centre template's data, the questions answered by the engine (to the cent, or to the thousandth per unit). */
function districtHospital(): Exercise {
  if (district) return district;
  const a = districtAnswers();
  const dzd = t("DZD", "DZD");
  district = {
    id: "hopital-de-district",
    title: t("Un hôpital de district : coûts complets par sections homogènes", "A district hospital: full costs by cost centre"),
    source: { citation: "Hisab Santé, hôpital de district fictif (src/workbook/samples/districtHospital.ts) ; réponses calculées par les fonctions de Hisab Santé", urls: [] },
    statement: [
      t(`Un hôpital de district fictif de ${DISTRICT_HOSPITAL.centres.length} centres (${DISTRICT_HOSPITAL.centres.filter((c) => c.kind === "support").length} auxiliaires), une année de charges par nature, ses clés primaires et secondaires.`, `A fictitious district hospital of ${DISTRICT_HOSPITAL.centres.length} centres (${DISTRICT_HOSPITAL.centres.filter((c) => c.kind === "support").length} support), a year of expenses by nature, its primary and secondary keys.`),
      t("La cascade clôture les centres auxiliaires dans l'ordre des lignes de « Clés secondaires ». Donnez les montants au centime, les coûts unitaires au millième.", 'Step-down closes the support centres in the row order of "Secondary keys". Give amounts to the cent, unit costs to the thousandth.'),
    ],
    data: (lang) => costCentreTemplate(lang, { sample: true }).sheets.filter((s) => ["centres", "expenses", "primaryKeys", "secondaryKeys"].includes(s.key)),
    questions: [
      { id: "expenses", text: t("Total des charges", "Total expenses"), unit: dzd, expected: a.expenses, tolerance: 0.005 },
      { id: "labo-primary", text: t("Coût du laboratoire (LABO) après répartition primaire", "Cost of the laboratory (LABO) after primary distribution"), unit: dzd, expected: a.laboPrimary, tolerance: 0.5 },
      { id: "labo-step", text: t("Coût du laboratoire après répartition secondaire en cascade", "Cost of the laboratory after step-down secondary distribution"), unit: dzd, expected: a.laboStep, tolerance: 0.5 },
      { id: "point-b", text: t("Coût du point B (laboratoire, en cascade)", "Cost of a B point (laboratory, step-down)"), unit: dzd, expected: a.pointB, tolerance: 0.0005 },
      { id: "chir-step", text: t("Coût de la journée en chirurgie générale (CHIR), en cascade", "Cost per patient-day in general surgery (CHIR), step-down"), unit: dzd, expected: a.chirStep, tolerance: 0.0005 },
      { id: "bloc-reciprocal", text: t("Coût du bloc opératoire (BLOC) par la méthode réciproque", "Cost of the operating theatre (BLOC) by the reciprocal method"), unit: dzd, expected: a.blocReciprocal, tolerance: 0.5 },
      { id: "chir-gap", text: t("Journée en chirurgie : réciproque moins cascade", "Surgery patient-day: reciprocal minus step-down"), unit: dzd, expected: a.chirGap, tolerance: 0.0005 },
    ],
  };
  return district;
}

/** Every exercise, the published cases first. */
export function exercises(): Exercise[] {
  return [phoenix, reciprocal, letterKey, loan, claim, pbf, districtHospital()];
}
