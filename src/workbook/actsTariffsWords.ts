import type { LoanMethod } from "../engine/loans";
import type { Language } from "../excel/messages";

/** Every text of the acts-and-tariffs template, per language. `fn` gives a function's name as the user types it. */

type Fn = (id: string) => string;

export interface ActsWords {
  title: string;
  sampleNote: (currency: string) => string;
  emptyNote: string;
  sheets: { guide: string; centreCosts: string; letters: string; nomenclature: string; packages: string; loan: string; fund: string; tariffs: string };
  tables: { centreCosts: string; letters: string; nomenclature: string; packages: string; loan: string; fund: string; tariffs: string };
  guideTitle: string;
  guide: (fn: Fn, linked: boolean) => string[];
  centreCostHeaders: [code: string, label: string, unit: string, cost: string, units: string];
  unitCost: string;
  letterHeaders: [letter: string, label: string, centre: string, value: string];
  letterResults: [centreCost: string, centreUnitCost: string, pointCost: string];
  gapHeaders: [gap: string, recovery: string, subsidy: string, rank: string];
  chartTitle: (currency: string) => string;
  chartSeries: [official: string, cost: string];
  actHeaders: [code: string, label: string, letter: string, coefficient: string, volume: string, consumables: string, official: string, market: string, ceiling: string];
  actCost: string;
  packageHeaders: { label: string; code: string; consumables: string; tariff: string };
  packageCost: string;
  loanTitle: string;
  loanNote: string;
  loanHeaders: [principal: string, rate: string, years: string, grace: string, method: string];
  methods: Record<LoanMethod, string>;
  annualActs: string;
  secondYearPayment: string;
  servicePerAct: string;
  check: string;
  loanCheck: string;
  scheduleTitle: string;
  scheduleHeaders: [period: string, opening: string, interest: string, principal: string, payment: string, closing: string];
  fundTitle: string;
  fundNote: string;
  fundHeaders: [capital: string, horizon: string, reserve: string, maxLoans: string, defaultRate: string];
  fundCheck: string;
  projectionTitle: string;
  projectionHeaders: [year: string, opening: string, newLoans: string, disbursed: string, due: string, received: string, writtenOff: string, closing: string, outstanding: string];
  tariffsTitle: string;
  tariffsNote: string;
  tariffSettings: [margin: string, step: string];
  loanServiceCopy: string;
  actsCheck: string;
  tariffHeaders: [code: string, label: string, cost: string, official: string, market: string, ceiling: string, costPlus: string, cap: string, tariff: string, binding: string, recovery: string, subsidy: string];
}

export const ACTS_WORDS: Record<Language, ActsWords> = {
  fr: {
    title: "Hisab Santé — Actes et tarifs (lettres-clés, nomenclature, prêt)",
    sampleNote: (currency) => `Exemple : nomenclature fictive de l'hôpital de district, une année, montants en ${currency} ; valeurs des lettres illustratives.`,
    emptyNote: "Modèle : remplacez les lettres, les actes et les forfaits de départ par les vôtres, puis saisissez volumes et tarifs.",
    sheets: { guide: "Mode d'emploi (actes)", centreCosts: "Coûts des centres", letters: "Lettres-clés", nomenclature: "Nomenclature", packages: "Forfaits", loan: "Prêt", fund: "Fonds renouvelable", tariffs: "Tarifs" },
    tables: { centreCosts: "tCoutsCentres", letters: "tLettres", nomenclature: "tNomenclature", packages: "tForfaits", loan: "tPret", fund: "tFonds", tariffs: "tParamTarifs" },
    guideTitle: "Mode d'emploi",
    guide: (fn, linked) => [
      linked
        ? "1. Les coûts des centres viennent par formule des résultats du modèle de centres de coût de ce classeur (coût après répartition secondaire et coût de l'unité d'œuvre)."
        : "1. « Coûts des centres » : saisissez pour chaque centre principal son coût après répartition secondaire et ses unités produites ; le coût de l'unité d'œuvre se calcule.",
      "2. « Lettres-clés » : une ligne par lettre (K, B, Z…) avec le code du centre qui produit ses points et la valeur officielle du point. Un centre ne porte qu'une lettre.",
      `3. Le coût du point (${fn("KEYCOST")}) = coût du centre ÷ Σ coefficient × volume des actes de la lettre ; ${fn("PRICE.GAP")} le compare à la valeur officielle.`,
      `4. « Nomenclature » : un acte par ligne — code, libellé, lettre, coefficient, volume annuel, consommables, tarif officiel, prix du marché et plafond (facultatifs). ${fn("ACTCOST.LETTER")} donne le coût de chaque acte.`,
      `5. « Forfaits » : unités consommées dans chaque centre (points K au bloc, journées…) ; ${fn("ACTCOST")} les valorise au coût de l'unité d'œuvre.`,
      `6. « Prêt » : capital, taux, durée, différé (1 an : remboursement dès la 2e année) ; ${fn("LOAN.SCHEDULE")} donne l'échéancier. Le service du prêt par acte = échéance de la 2e année ÷ actes de l'année.`,
      `7. « Fonds renouvelable » : ${fn("FUND.PROJECTION")} projette le fonds qui prête aux cliniques, avec les conditions de prêt de la feuille « Prêt ».`,
      `8. « Tarifs » : marge et pas d'arrondi ; ${fn("TARIFF")} montre chaque facteur : coût majoré (coût × (1 + marge) + service du prêt), plafond retenu (le plus bas du prix du marché et du plafond), tarif arrondi au pas, facteur qui l'a fixé, taux de couverture et besoin de subvention.`,
      "9. Contrôles (doivent afficher 0,00) : Σ coût des actes × volumes = Σ coûts des centres producteurs + consommables ; principal remboursé = capital prêté ; le fonds foote.",
      "10. Pour ajouter un acte, une lettre ou un forfait, remplissez une ligne vide ou insérez une ligne dans le tableau : les résultats à droite suivent.",
      "11. Si une formule affiche #NOM? ou un nom en _xldudf_, ouvrez le volet Hisab Santé puis recalculez : le complément doit être chargé.",
    ],
    centreCostHeaders: ["Code", "Libellé", "Unité d'œuvre", "Coût après répartition", "Unités produites"],
    unitCost: "Coût de l'unité d'œuvre",
    letterHeaders: ["Lettre", "Libellé", "Centre producteur", "Valeur officielle du point"],
    letterResults: ["Coût du centre", "Coût de l'UO du centre", "Coût du point"],
    gapHeaders: ["Écart (tarif − coût)", "Taux de couverture", "Besoin de subvention", "Rang (sous-tarification)"],
    chartTitle: (currency) => `Valeur officielle et coût du point, par lettre-clé${currency ? ` (${currency})` : ""}`,
    chartSeries: ["Valeur officielle du point", "Coût du point"],
    actHeaders: ["Code", "Libellé", "Lettre", "Coefficient", "Volume annuel", "Consommables", "Tarif officiel", "Prix du marché", "Plafond (capacité à payer)"],
    actCost: "Coût de l'acte",
    packageHeaders: { label: "Forfait", code: "Code", consumables: "Consommables", tariff: "Tarif actuel" },
    packageCost: "Coût du forfait",
    loanTitle: "Prêt de démarrage",
    loanNote: "Remboursé au fonds renouvelable à partir de la 2e année (1 an de différé), comme dans le programme des cliniques coopératives.",
    loanHeaders: ["Capital prêté", "Taux annuel", "Années de remboursement", "Années de différé", "Méthode"],
    methods: { annuity: "annuités constantes", principal: "amortissement constant" },
    annualActs: "Actes par an (Σ des volumes de la nomenclature)",
    secondYearPayment: "Échéance de la 2e année",
    servicePerAct: "Service du prêt par acte (échéance ÷ actes)",
    check: "Contrôle",
    loanCheck: "Σ amortissements − capital prêté (doit être 0,00)",
    scheduleTitle: "Tableau d'amortissement",
    scheduleHeaders: ["Période", "Capital restant dû", "Intérêts", "Amortissement", "Échéance", "Solde"],
    fundTitle: "Fonds renouvelable",
    fundNote: "Chaque prêt a le montant, le taux, la durée, le différé et la méthode de la feuille « Prêt ».",
    fundHeaders: ["Capital du fonds", "Horizon (années)", "Réserve", "Nouveaux prêts par an (max)", "Taux d'impayés"],
    fundCheck: "Capital + Σ reçu − Σ décaissé − solde final (doit être 0,00)",
    projectionTitle: "Projection année par année",
    projectionHeaders: ["Année", "Solde d'ouverture", "Nouveaux prêts", "Décaissé", "Échéances dues", "Reçu", "Passé en perte", "Solde de clôture", "Encours"],
    tariffsTitle: "Tarifs proposés",
    tariffsNote: "Tarif = le plus bas du coût majoré et du plafond retenu, arrondi au pas ; jamais au-dessus du prix du marché ni du plafond.",
    tariffSettings: ["Marge sur coût", "Pas d'arrondi"],
    loanServiceCopy: "Service du prêt par acte (feuille « Prêt »)",
    actsCheck: "Σ (coût − consommables) × volume des actes − Σ centres producteurs (doit être 0,00)",
    tariffHeaders: ["Code", "Libellé", "Coût de l'acte", "Tarif officiel", "Prix du marché", "Plafond", "Coût majoré", "Plafond retenu", "Tarif proposé", "Facteur déterminant", "Taux de couverture", "Besoin de subvention"],
  },
  en: {
    title: "Hisab Santé — Acts and tariffs (letter keys, nomenclature, loan)",
    sampleNote: (currency) => `Sample: the district hospital's fictitious nomenclature, one year, amounts in ${currency}; letter values are illustrative.`,
    emptyNote: "Template: replace the starter letters, acts and packages with your own, then type volumes and tariffs.",
    sheets: { guide: "Guide (acts)", centreCosts: "Centre costs", letters: "Letter keys", nomenclature: "Nomenclature", packages: "Packages", loan: "Loan", fund: "Revolving fund", tariffs: "Tariffs" },
    tables: { centreCosts: "tCentreCosts", letters: "tLetterKeys", nomenclature: "tNomenclature", packages: "tPackages", loan: "tLoan", fund: "tFund", tariffs: "tTariffSettings" },
    guideTitle: "Guide",
    guide: (fn, linked) => [
      linked
        ? "1. Centre costs come by formula from the results of this workbook's cost-centre template (cost after secondary distribution and cost per unit of work)."
        : '1. "Centre costs": type each main centre\'s cost after secondary distribution and its units produced; the cost per unit of work is calculated.',
      '2. "Letter keys": one row per letter (K, B, Z…) with the code of the centre that produces its points and the official value of a point. A centre carries one letter only.',
      `3. The cost of a point (${fn("KEYCOST")}) = centre cost ÷ Σ coefficient × volume of the letter's acts; ${fn("PRICE.GAP")} compares it with the official value.`,
      `4. "Nomenclature": one act per row — code, label, letter, coefficient, annual volume, consumables, official tariff, market price and ceiling (optional). ${fn("ACTCOST.LETTER")} gives the cost of each act.`,
      `5. "Packages": units used in each centre (K points in theatre, patient-days…); ${fn("ACTCOST")} values them at the cost per unit of work.`,
      `6. "Loan": principal, rate, years, grace (1 year: repaid from the second year); ${fn("LOAN.SCHEDULE")} gives the schedule. Loan service per act = the second year's payment ÷ the year's acts.`,
      `7. "Revolving fund": ${fn("FUND.PROJECTION")} projects the fund that lends to the clinics, on the loan terms of the "Loan" sheet.`,
      `8. "Tariffs": margin and rounding step; ${fn("TARIFF")} shows each factor: cost-plus (cost × (1 + margin) + loan service), the cap (the lower of market price and ceiling), the tariff rounded to the step, the factor that set it, the cost-recovery ratio and the subsidy gap.`,
      "9. Checks (must show 0.00): Σ cost of acts × volumes = Σ costs of the producing centres + consumables; principal repaid = principal lent; the fund foots.",
      "10. To add an act, a letter or a package, fill a blank row or insert a row inside the table: the results on the right follow.",
      "11. If a formula shows #NAME? or a name starting with _xldudf_, open the Hisab Santé pane and recalculate: the add-in must be loaded.",
    ],
    centreCostHeaders: ["Code", "Label", "Unit of work", "Cost after distribution", "Units produced"],
    unitCost: "Cost per unit of work",
    letterHeaders: ["Letter", "Label", "Producing centre", "Official value of a point"],
    letterResults: ["Centre cost", "Centre's cost per unit", "Cost of a point"],
    gapHeaders: ["Gap (tariff − cost)", "Cost-recovery ratio", "Subsidy gap", "Rank (under-pricing)"],
    chartTitle: (currency) => `Official value and cost of a point, by letter key${currency ? ` (${currency})` : ""}`,
    chartSeries: ["Official value of a point", "Cost of a point"],
    actHeaders: ["Code", "Label", "Letter", "Coefficient", "Annual volume", "Consumables", "Official tariff", "Market price", "Ceiling (ability to pay)"],
    actCost: "Cost of the act",
    packageHeaders: { label: "Package", code: "Code", consumables: "Consumables", tariff: "Current tariff" },
    packageCost: "Cost of the package",
    loanTitle: "Start-up loan",
    loanNote: "Repaid into the revolving fund from the second year (one grace year), as in the cooperative-clinic programme.",
    loanHeaders: ["Principal", "Annual rate", "Years of repayment", "Grace years", "Method"],
    methods: { annuity: "annuity", principal: "principal" },
    annualActs: "Acts per year (Σ volumes of the nomenclature)",
    secondYearPayment: "Payment of the second year",
    servicePerAct: "Loan service per act (payment ÷ acts)",
    check: "Check",
    loanCheck: "Σ principal repaid − principal lent (must be 0.00)",
    scheduleTitle: "Loan schedule",
    scheduleHeaders: ["Period", "Opening balance", "Interest", "Principal", "Payment", "Closing balance"],
    fundTitle: "Revolving fund",
    fundNote: 'Each loan has the amount, rate, years, grace and method of the "Loan" sheet.',
    fundHeaders: ["Fund capital", "Horizon (years)", "Reserve", "New loans a year (max)", "Default rate"],
    fundCheck: "Capital + Σ received − Σ disbursed − final balance (must be 0.00)",
    projectionTitle: "Year by year",
    projectionHeaders: ["Year", "Opening balance", "New loans", "Disbursed", "Due", "Received", "Written off", "Closing balance", "Outstanding"],
    tariffsTitle: "Proposed tariffs",
    tariffsNote: "Tariff = the lower of cost-plus and the cap, rounded to the step; never above the market price or the ceiling.",
    tariffSettings: ["Margin over cost", "Rounding step"],
    loanServiceCopy: 'Loan service per act ("Loan" sheet)',
    actsCheck: "Σ (cost − consumables) × volume of the acts − Σ producing centres (must be 0.00)",
    tariffHeaders: ["Code", "Label", "Cost of the act", "Official tariff", "Market price", "Ceiling", "Cost-plus", "Cap", "Proposed tariff", "Binding factor", "Cost-recovery ratio", "Subsidy gap"],
  },
};
