import type { Language } from "../../excel/messages";

/** The words of the fee-for-service sheets, in French and English. */

export interface FeeForServiceWords {
  sheets: { contract: string; activity: string; reconciliation: string; balance: string };
  tables: { terms: string; lines: string; advances: string; activity: string };
  contractTitle: string;
  sampleNote: (payer: string, provider: string, currency: string) => string;
  emptyNote: string;
  termsHeaders: [payer: string, provider: string, currency: string, start: string, end: string, envelope: string, rule: string, decimals: string];
  rules: { prorata: string; priority: string };
  linesTitle: string;
  lineHeaders: [code: string, price: string, volume: string, ceiling: string, label: string];
  advancesTitle: string;
  advanceHeaders: [date: string, amount: string, reference: string];
  activityHeaders: [date: string, code: string, quantity: string, billed: string, reference: string, category: string];
  lineResultHeaders: [status: string, accepted: string, due: string];
  reconciliationTitle: string;
  reconciliationNote: string;
  reconciliationHeaders: [code: string, label: string, price: string, volume: string, realised: string, accepted: string, billed: string, due: string, afterEnvelope: string, volumeVariance: string, priceVariance: string, rejected: string];
  total: string;
  balanceTitle: string;
  balanceNote: string;
  parties: [payer: string, provider: string, from: string, to: string, currency: string];
  balanceHeading: string;
  balanceLabels: [billed: string, dueBefore: string, envelope: string, due: string, advances: string, balance: string, accepted: string, flagged: string, rejected: string];
  statusHeaders: [status: string, lines: string, meaning: string];
  checksHeading: string;
  checks: [perLine: string, afterEnvelope: string, balance: string, counts: string, months: string, advances: string];
  signatures: [payer: string, provider: string];
  /** What each party writes by hand under its heading; the last is the signature. */
  signatureLines: [name: string, date: string, signature: string];
  monthsHeading: string;
  monthHeaders: [month: string, due: string, paid: string, gap: string, cumulative: string];
  chartTitle: string;
}

export const FEE_FOR_SERVICE_WORDS: Record<Language, FeeForServiceWords> = {
  fr: {
    sheets: { contract: "Contrat", activity: "Activité", reconciliation: "Rapprochement", balance: "Solde" },
    tables: { terms: "tContratConditions", lines: "tContratLignes", advances: "tContratAvances", activity: "tActivite" },
    contractTitle: "Contrat à l'acte — conditions, tarifs et avances",
    sampleNote: (payer, provider, currency) => `Exemple : ${provider} et ${payer}, exercice 2025, montants en ${currency}.`,
    emptyNote: "Modèle : remplacez les actes de départ par la nomenclature de votre contrat et collez votre activité dans « Activité ».",
    termsHeaders: ["Payeur", "Prestataire", "Monnaie", "Début de période", "Fin de période", "Enveloppe", "Règle d'enveloppe", "Décimales"],
    rules: { prorata: "prorata", priority: "priorité" },
    linesTitle: "Lignes du contrat (tarifs, volumes, plafonds)",
    lineHeaders: ["Code acte", "Prix contractuel", "Volume contractuel", "Plafond de volume", "Libellé"],
    advancesTitle: "Avances versées",
    advanceHeaders: ["Date", "Montant", "Pièce"],
    activityHeaders: ["Date", "Code acte", "Quantité", "Prix facturé", "Référence", "Catégorie de patient"],
    lineResultHeaders: ["Statut", "Quantité acceptée", "Montant dû"],
    reconciliationTitle: "Rapprochement par ligne du contrat",
    reconciliationNote: "Volumes réalisés (lignes valides de la période) et acceptés (dans la limite du plafond) ; écart de volume = (réalisé − contractuel) × prix ; écart de prix = facturé − réalisé au prix du contrat.",
    reconciliationHeaders: ["Code acte", "Libellé", "Prix contractuel", "Volume contractuel", "Volume réalisé", "Volume accepté", "Facturé", "Dû au prix du contrat", "Dû après enveloppe", "Écart de volume", "Écart de prix", "Lignes rejetées"],
    total: "Total",
    balanceTitle: "Décompte du contrat à l'acte",
    balanceNote: "Le solde est ce que le payeur doit encore au prestataire (négatif : trop versé). Les deux parties signent après avoir vérifié les contrôles.",
    parties: ["Payeur", "Prestataire", "Période du", "au", "Monnaie"],
    balanceHeading: "Solde",
    balanceLabels: ["Total facturé", "Dû au prix du contrat (avant enveloppe)", "Enveloppe", "Total dû (après enveloppe)", "Avances versées", "Solde dû au prestataire", "Lignes acceptées (OK)", "Lignes signalées (prix, plafond)", "Lignes rejetées"],
    statusHeaders: ["Statut", "Lignes", "Signification"],
    checksHeading: "Contrôles (chacun doit valoir 0)",
    checks: [
      "Σ dû par ligne d'activité − Σ dû par ligne du contrat",
      "Σ dû après enveloppe du rapprochement − total dû",
      "Solde − (total dû − avances versées)",
      "Acceptées + signalées + rejetées − Σ des lignes par statut",
      "Σ dû par mois − dû avant enveloppe",
      "Σ versé par mois − avances versées",
    ],
    signatures: ["Pour le payeur", "Pour le prestataire"],
    signatureLines: ["Nom et fonction :", "Date :", "Signature :"],
    monthsHeading: "Dû et versé par mois (dû au prix du contrat, avant enveloppe)",
    monthHeaders: ["Mois", "Dû", "Versé (avances)", "Dû − versé", "Cumul dû − versé"],
    chartTitle: "Dû et versé par mois",
  },
  en: {
    sheets: { contract: "Contract", activity: "Activity", reconciliation: "Reconciliation", balance: "Balance" },
    tables: { terms: "tContractTerms", lines: "tContractLines", advances: "tContractAdvances", activity: "tActivity" },
    contractTitle: "Fee-for-service contract — terms, prices and advances",
    sampleNote: (payer, provider, currency) => `Sample: ${provider} and ${payer}, year 2025, amounts in ${currency}.`,
    emptyNote: 'Template: replace the starter acts with your contract\'s price list and paste your activity into "Activity".',
    termsHeaders: ["Payer", "Provider", "Currency", "Period start", "Period end", "Envelope", "Envelope rule", "Decimals"],
    rules: { prorata: "prorata", priority: "priority" },
    linesTitle: "Contract lines (prices, volumes, ceilings)",
    lineHeaders: ["Act code", "Contract price", "Contracted volume", "Volume ceiling", "Label"],
    advancesTitle: "Advances paid",
    advanceHeaders: ["Date", "Amount", "Voucher"],
    activityHeaders: ["Date", "Act code", "Quantity", "Billed price", "Reference", "Patient category"],
    lineResultHeaders: ["Status", "Quantity accepted", "Amount due"],
    reconciliationTitle: "Reconciliation per contract line",
    reconciliationNote: "Realised volume (valid lines of the period) and accepted volume (up to the ceiling); volume variance = (realised − contracted) × price; price variance = billed − realised at the contract price.",
    reconciliationHeaders: ["Act code", "Label", "Contract price", "Contracted volume", "Realised volume", "Accepted volume", "Billed", "Due at the contract price", "Due after the envelope", "Volume variance", "Price variance", "Lines rejected"],
    total: "Total",
    balanceTitle: "Fee-for-service contract statement",
    balanceNote: "The balance is what the payer still owes the provider (negative: overpaid). Both parties sign once the checks are verified.",
    parties: ["Payer", "Provider", "Period from", "to", "Currency"],
    balanceHeading: "Balance",
    balanceLabels: ["Total billed", "Due at the contract price (before the envelope)", "Envelope", "Total due (after the envelope)", "Advances paid", "Balance due to the provider", "Lines accepted (OK)", "Lines flagged (price, ceiling)", "Lines rejected"],
    statusHeaders: ["Status", "Lines", "Meaning"],
    checksHeading: "Checks (each must be 0)",
    checks: [
      "Σ due per activity line − Σ due per contract line",
      "Σ due after the envelope in the reconciliation − total due",
      "Balance − (total due − advances paid)",
      "Accepted + flagged + rejected − Σ lines by status",
      "Σ due by month − due before the envelope",
      "Σ paid by month − advances paid",
    ],
    signatures: ["For the payer", "For the provider"],
    signatureLines: ["Name and position:", "Date:", "Signature:"],
    monthsHeading: "Due and paid by month (due at the contract price, before the envelope)",
    monthHeaders: ["Month", "Due", "Paid (advances)", "Due − paid", "Cumulative due − paid"],
    chartTitle: "Due and paid by month",
  },
};
