import type { LoanMethod } from "../../engine/loans";
import type { NumberType } from "../cells";
import { t, Text } from "../language";
import { MAX_DECIMALS, MAX_HORIZON, MAX_LOAN_YEARS, MAX_MAGNITUDE, PAYMENTS_PER_YEAR } from "../limits";
import { choice, describe, loanLength, value } from "../params";
import { COST, known, SHARE } from "./common";

/** Loans and the revolving fund of the cooperative clinics. */

const LOAN_WORDS: Record<string, LoanMethod> = {
  annuity: "annuity", annuities: "annuity", constantannuity: "annuity", annuite: "annuity", annuites: "annuity", annuitesconstantes: "annuity", annuiteconstante: "annuity",
  principal: "principal", constantprincipal: "principal", amortissement: "principal", amortissementconstant: "principal", amortissementsconstants: "principal",
};

const LENT: NumberType = { type: "amount", sign: "positive" };
const YEARS: NumberType = { type: "count", min: 1, max: MAX_LOAN_YEARS };
const GRACE: NumberType = { type: "count", min: 0, max: MAX_LOAN_YEARS - 1 };
const ROUNDING: NumberType = { type: "decimals", max: MAX_DECIMALS };

const annualRate = (description = t("Annual interest rate (5% = 0.05).", "Taux d'intérêt annuel (5 % = 0,05).")) => value({ id: "annualRate", name: t("annualRate", "taux_annuel"), description, type: SHARE });
const years = (description: Text) => value({ id: "years", name: t("years", "années"), description, type: YEARS });
const loanMethod = (description: Text) =>
  choice({
    id: "method",
    name: t("method", "méthode"),
    description,
    words: LOAN_WORDS,
    fallback: "annuity",
    shown: t('"annuity" (default, also "annuités constantes") or "principal" ("amortissement constant")', '"annuités constantes" (par défaut, ou "annuity") ou "amortissement constant" ("principal")'),
    error: "unknown_method",
  });
const graceYears = (description: Text) => value({ id: "graceYears", name: t("graceYears", "années_différé"), description, type: GRACE, default: 0 });
const roundingDecimals = (description: Text) => value({ id: "decimals", name: t("decimals", "décimales"), description, type: ROUNDING, default: 2 });

export const LOAN_SCHEDULE = describe({
  id: "LOAN.SCHEDULE",
  code: "loanSchedule",
  name: t("LOAN.SCHEDULE", "ECHEANCIER"),
  summary: t("Loan schedule: period, opening balance, interest, principal, payment, closing balance (constant annuity or constant principal, grace years).", "Tableau d'amortissement : période, capital restant dû, intérêts, amortissement, échéance, solde (annuités constantes ou amortissement constant, différé)."),
  result: t("One row per period, six columns.", "Une ligne par période, six colonnes."),
  params: [
    value({ id: "principal", name: t("principal", "capital"), description: t("Amount lent.", "Montant prêté."), type: LENT }),
    annualRate(),
    years(t("Years of repayment, after the grace years.", "Années de remboursement, après le différé.")),
    loanMethod(t('Optional. "annuity" (default, "annuités constantes") or "principal" ("amortissement constant").', 'Facultatif. "annuités constantes" (par défaut, "annuity") ou "amortissement constant" ("principal").')),
    graceYears(t("Optional. Years of interest only before repayment starts; default 0.", "Facultatif. Années où seuls les intérêts sont payés avant le remboursement ; 0 par défaut.")),
    value({ id: "paymentsPerYear", name: t("paymentsPerYear", "échéances_par_an"), description: t("Optional. Payments per year (1, 2, 4, 12); default 1.", "Facultatif. Échéances par an (1, 2, 4, 12) ; 1 par défaut."), type: { type: "count", min: 1, max: 12, allowed: PAYMENTS_PER_YEAR }, default: 1 }),
    roundingDecimals(t("Optional. Rounding of each row; default 2 (cents). The last row absorbs the difference.", "Facultatif. Arrondi de chaque ligne ; 2 par défaut (centimes). La dernière ligne absorbe l'écart.")),
  ],
  checks: [loanLength("years", "graceYears", MAX_LOAN_YEARS)],
  shape: (_, v) => [(known(v, 2) + known(v, 4, 0)) * known(v, 5, 1), 6],
  examples: [
    {
      id: "annuity",
      title: t("20,000 at 5% over 4 years: constant payments of 5,640.24", "20 000 à 5 % sur 4 ans : échéances constantes de 5 640,24"),
      args: [20000, 0.05, 4],
      result: [
        [1, 20000, 1000, 4640.24, 5640.24, 15359.76],
        [2, 15359.76, 767.99, 4872.25, 5640.24, 10487.51],
        [3, 10487.51, 524.38, 5115.86, 5640.24, 5371.65],
        [4, 5371.65, 268.59, 5371.65, 5640.24, 0],
      ],
    },
    { id: "error.rate-typed-as-5", title: t("A rate typed 5 instead of 5%", "Un taux saisi 5 au lieu de 5 %"), args: [20000, 5, 4], error: { code: "rate_out_of_range", place: { argument: "annualRate" } } },
    { id: "error.payments", title: t("Three payments a year", "Trois échéances par an"), args: [20000, 0.05, 4, null, null, 3], error: { code: "not_allowed", place: { argument: "paymentsPerYear" } } },
    { id: "error.too-long", title: t("A loan of more than a century", "Un prêt de plus d'un siècle"), args: [20000, 0.05, 95, null, 10], error: { code: "loan_too_long", place: { argument: "graceYears" } } },
  ],
});

export const FUND_PROJECTION = describe({
  id: "FUND.PROJECTION",
  code: "fundProjection",
  name: t("FUND.PROJECTION", "FONDS.RENOUVELABLE"),
  summary: t("Revolving fund year by year: loans granted as funds allow, repayments due and received, write-offs, balance, outstanding.", "Fonds renouvelable année par année : prêts accordés selon les fonds, remboursements dus et reçus, pertes, solde, encours."),
  result: t("One row per year: year, opening, new loans, disbursed, due, received, written off, closing, outstanding.", "Une ligne par année : année, solde d'ouverture, nouveaux prêts, décaissé, dû, reçu, passé en perte, solde de clôture, encours."),
  params: [
    value({ id: "capital", name: t("capital", "capital"), description: t("Money in the fund at the start.", "Montant du fonds au départ."), type: COST }),
    value({ id: "loanAmount", name: t("loanAmount", "montant_prêt"), description: t("Amount of each start-up loan.", "Montant de chaque prêt de démarrage."), type: LENT }),
    annualRate(t("Annual interest rate of the loans.", "Taux d'intérêt annuel des prêts.")),
    years(t("Years of repayment of each loan, after its grace years.", "Années de remboursement de chaque prêt, après le différé.")),
    value({ id: "horizon", name: t("horizon", "horizon"), description: t("Number of years to project.", "Nombre d'années à projeter."), type: { type: "count", min: 1, max: MAX_HORIZON } }),
    graceYears(t("Optional. Interest-only years of each loan; default 0.", "Facultatif. Années de différé de chaque prêt ; 0 par défaut.")),
    value({ id: "reserve", name: t("reserve", "réserve"), description: t("Optional. Balance the fund keeps and does not lend; default 0.", "Facultatif. Solde que le fonds garde sans le prêter ; 0 par défaut."), type: COST, default: 0 }),
    value({ id: "maxNewLoans", name: t("maxNewLoans", "prêts_max_par_an"), description: t("Optional. At most this many new loans a year; default no limit.", "Facultatif. Au plus ce nombre de nouveaux prêts par an ; sans limite par défaut."), type: { type: "count", min: 0, max: MAX_MAGNITUDE }, optional: true }),
    value({ id: "defaultRate", name: t("defaultRate", "taux_impayés"), description: t("Optional. Share of what falls due that is not repaid (written off); default 0.", "Facultatif. Part des échéances non remboursée (passée en perte) ; 0 par défaut."), type: SHARE, default: 0 }),
    loanMethod(t('Optional. "annuity" (default) or "principal".', 'Facultatif. "annuités constantes" (par défaut) ou "amortissement constant".')),
    roundingDecimals(t("Optional. Rounding of amounts; default 2.", "Facultatif. Arrondi des montants ; 2 par défaut.")),
  ],
  checks: [loanLength("years", "graceYears", MAX_LOAN_YEARS)],
  shape: (_, v) => [known(v, 4), 9],
  examples: [
    {
      id: "clinics",
      title: t("100,000 lent as 20,000 loans at 5% over 4 years after a grace year", "100 000 prêtés en prêts de 20 000 à 5 % sur 4 ans après un an de différé"),
      args: [100000, 20000, 0.05, 4, 3, 1],
      result: [
        [1, 100000, 5, 100000, 5000, 5000, 0, 5000, 100000],
        [2, 5000, 0, 0, 28201.2, 28201.2, 0, 33201.2, 76798.8],
        [3, 33201.2, 1, 20000, 29201.2, 29201.2, 0, 42402.4, 72437.55],
      ],
    },
    { id: "error.default-rate", title: t("A default rate of 150%", "Un taux d'impayés de 150 %"), args: [100000, 20000, 0.05, 4, 3, null, null, null, 1.5], error: { code: "rate_out_of_range", place: { argument: "defaultRate" } } },
    { id: "error.no-loan", title: t("Loans of 0", "Des prêts de 0"), args: [100000, 0, 0.05, 4, 3], error: { code: "not_positive", place: { argument: "loanAmount" } } },
  ],
});
