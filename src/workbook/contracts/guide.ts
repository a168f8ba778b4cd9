import type { Language } from "../../excel/messages";
import { guideSheet, typedFunction } from "../blocks";
import type { SheetPlan } from "../plan";
import { CLAIM_REASON_MEANINGS, CLAIM_REASON_ORDER, LINE_STATUS_MEANINGS, LINE_STATUS_ORDER } from "./legend";

/**
 * The guide of the contract workbook: how to fill each part that the
 * workbook holds, how to map one's own activity export, how to read the
 * balance, and the legend of the statuses and reasons, in French or English.
 */

export type ContractPart = "feeForService" | "pbf" | "mutual" | "twinning";

interface GuideLine {
  text: string;
  heading?: boolean;
}

type Fn = (id: string) => string;

interface GuideWords {
  name: string;
  title: string;
  heading: string;
  parts: Record<ContractPart, (fn: Fn) => GuideLine[]>;
  statusHeading: string;
  reasonHeading: string;
  troubleshooting: string;
}

const h = (text: string): GuideLine => ({ text, heading: true });
const l = (text: string): GuideLine => ({ text });

const WORDS: Record<Language, GuideWords> = {
  fr: {
    name: "Mode d'emploi",
    title: "Hisab Santé — Contrats et leur rapprochement",
    heading: "Mode d'emploi",
    parts: {
      feeForService: (fn) => [
        h("Contrat à l'acte (un hôpital et la caisse de sécurité sociale)"),
        l("1. « Contrat » : les conditions sur une ligne (payeur, prestataire, monnaie, période, enveloppe, règle prorata ou priorité, décimales de la monnaie), une ligne par acte (code, prix contractuel, volume contractuel, plafond de volume facultatif, libellé) et les avances versées (date, montant, pièce)."),
        l(`2. « Activité » : collez l'export de facturation, une ligne par patient et par acte : date, code de l'acte, quantité, prix unitaire facturé (vide = prix du contrat), référence (n° de facture ou de dossier, qui sert à trouver les doublons), catégorie de patient. ${fn("CONTRACT.LINES")} donne à côté de chaque ligne son statut, la quantité acceptée et le montant dû.`),
        l("3. Votre propre export : remettez ses colonnes dans cet ordre (déplacez ou insérez des colonnes), gardez les dates en dates Excel et les codes du contrat (espaces et majuscules sont ignorés). S'il a plus de lignes que le tableau, insérez des lignes à l'intérieur du tableau avant de coller : les formules suivent. Rien n'est écarté en silence : chaque ligne reçoit un statut."),
        l(`4. « Rapprochement » : ${fn("CONTRACT.RECONCILE")} par ligne du contrat — volume réalisé et accepté, facturé, dû, dû après enveloppe, écart de volume ((réalisé − contractuel) × prix), écart de prix (facturé − réalisé au prix du contrat), lignes rejetées. Pour ajouter un acte au contrat, insérez une ligne à l'intérieur du tableau des lignes du contrat et une ligne dans « Rapprochement » au-dessus du total, puis recopiez-y la ligne du dessus.`),
        l(`5. « Solde » : ${fn("CONTRACT.BALANCE")}, le décompte que le payeur et le prestataire signent, puis les lignes par statut, les contrôles (chacun doit valoir 0) et le dû et le versé par mois avec leur graphique.`),
        l("6. Lire le solde : total dû = lignes acceptées au prix du contrat, plafonnées par l'enveloppe (au prorata, ou par priorité dans l'ordre des lignes du contrat) ; solde = total dû − avances versées. Positif : le payeur doit ce montant au prestataire ; négatif : le prestataire a reçu trop d'avances."),
      ],
      pbf: (fn) => [
        h("Financement basé sur les résultats (un ministère et un réseau de formations sanitaires)"),
        l(`« FBR » : la tolérance d'écart (5 % d'habitude), les formations sanitaires et leur score qualité, les bonus d'équité, les paliers de qualité, puis une ligne par formation et par indicateur (déclaré, vérifié, validé, tarif unitaire). ${fn("PBF.PAYMENT")} donne l'écart déclaré-vérifié, la quantité payée (rien si l'écart dépasse la tolérance), le montant, les bonus et le paiement ; les totaux par formation (SOMME.SI) sont à côté des formations.`),
      ],
      mutual: (fn) => [
        h("Convention de mutuelle de santé (une mutuelle et une formation sanitaire)"),
        l("« Convention mutuelle » : les règles (franchise, plafond général, délai de carence), les types de soins (taux, ticket forfaitaire, plafond par bénéficiaire, prix plafond), les tarifs de la convention et les bénéficiaires (date d'adhésion, cotisations payées jusqu'au ; vide = à jour)."),
        l(`« Prestations » : une ligne par acte des feuilles de soins. ${fn("CLAIMS.SETTLE")} applique les règles dans l'ordre d'openIMIS (éligibilité, prix, franchise, taux, ticket, autre payeur, plafond du type de soins, plafond général), lignes prises par date, et dit pourquoi dans la colonne des motifs ; les totaux et le nombre de lignes par motif sont à côté.`),
      ],
      twinning: (fn) => [
        h("Convention de jumelage (deux hôpitaux publics)"),
        l(`« Jumelage » : les deux hôpitaux, le coût de l'unité d'œuvre de chacun par service (tiré des résultats de ses centres de coût), puis les services rendus dans les deux sens. ${fn("TWINNING.VALUE")} les valorise au coût du prestataire et ${fn("TWINNING.SETTLE")} les compense mois par mois : net positif, B doit ce montant à A.`),
      ],
    },
    statusHeading: "Statuts des lignes d'activité (contrat à l'acte)",
    reasonHeading: "Motifs des lignes de prestations (mutuelle)",
    troubleshooting: "Si une formule affiche #NOM? ou un nom commençant par _xldudf_, ouvrez le volet Hisab Santé puis recalculez : le complément doit être chargé.",
  },
  en: {
    name: "Guide",
    title: "Hisab Santé — Contracts and their reconciliation",
    heading: "Guide",
    parts: {
      feeForService: (fn) => [
        h("Fee-for-service contract (a hospital and the social-security fund)"),
        l('1. "Contract": the terms on one row (payer, provider, currency, period, envelope, prorata or priority rule, currency decimals), one row per act (code, contract price, contracted volume, optional volume ceiling, label) and the advances paid (date, amount, voucher).'),
        l(`2. "Activity": paste the billing export, one row per patient and act: date, act code, quantity, billed unit price (blank = the contract price), reference (invoice or record number, used to find duplicates), patient category. ${fn("CONTRACT.LINES")} gives beside each line its status, the quantity accepted and the amount due.`),
        l("3. Your own export: put its columns in this order (move or insert columns), keep dates as Excel dates and the contract's codes (spaces and case are ignored). If it has more rows than the table, insert rows inside the table before pasting: the formulas follow. Nothing is dropped silently: every line gets a status."),
        l(`4. "Reconciliation": ${fn("CONTRACT.RECONCILE")} per contract line — realised and accepted volume, billed, due, due after the envelope, volume variance ((realised − contracted) × price), price variance (billed − realised at the contract price), lines rejected. To add an act to the contract, insert a row inside the table of contract lines and a row in "Reconciliation" above the total, then copy the row above into it.`),
        l(`5. "Balance": ${fn("CONTRACT.BALANCE")}, the statement the payer and the provider sign, then the lines by status, the checks (each must be 0) and due against paid by month with its chart.`),
        l("6. Reading the balance: total due = accepted lines at the contract price, capped by the envelope (pro rata, or by priority in the order of the contract lines); balance = total due − advances paid. Positive: the payer owes the provider that amount; negative: the provider received too much in advances."),
      ],
      pbf: (fn) => [
        h("Performance-based financing (a ministry and a network of health facilities)"),
        l(`"PBF": the gap tolerance (usually 5%), the health facilities and their quality score, the equity bonuses, the quality bands, then one row per facility and indicator (declared, verified, validated, unit fee). ${fn("PBF.PAYMENT")} gives the declared-verified gap, the quantity paid (nothing when the gap exceeds the tolerance), the amount, the bonuses and the payment; the totals per facility (SUMIF) sit beside the facilities.`),
      ],
      mutual: (fn) => [
        h("Mutual health insurance convention (a mutuelle and a health facility)"),
        l('"Mutual convention": the rules (deductible, general ceiling, waiting period), the care types (rate, flat co-payment, ceiling per beneficiary, price cap), the convention\'s prices and the beneficiaries (date joined, contributions paid up to; blank = up to date).'),
        l(`"Claims": one row per act of the care sheets. ${fn("CLAIMS.SETTLE")} applies the rules in openIMIS order (eligibility, price, deductible, rate, co-payment, other payer, care-type ceiling, general ceiling), lines taken by date, and says why in the reasons column; totals and the lines counted by reason sit beside.`),
      ],
      twinning: (fn) => [
        h("Twinning convention (two public hospitals)"),
        l(`"Twinning": the two hospitals, each one's cost per unit of work by service (from its cost-centre results), then the services provided both ways. ${fn("TWINNING.VALUE")} values them at the provider's cost and ${fn("TWINNING.SETTLE")} nets them month by month: a positive net is what B owes A.`),
      ],
    },
    statusHeading: "Statuses of activity lines (fee-for-service)",
    reasonHeading: "Reasons of claim lines (mutuelle)",
    troubleshooting: "If a formula shows #NAME? or a name starting with _xldudf_, open the Hisab Santé pane and recalculate: the add-in must be loaded.",
  },
};

export function contractsGuide(lang: Language, parts: readonly ContractPart[], note: string): SheetPlan {
  const words = WORDS[lang];
  const fn = (id: string) => typedFunction(lang, id);
  const lines: GuideLine[] = parts.flatMap((part) => [...words.parts[part](fn), l("")]);
  if (parts.includes("feeForService")) lines.push(h(words.statusHeading), ...LINE_STATUS_ORDER.map((s) => l(`${s} — ${LINE_STATUS_MEANINGS[s][lang]}`)), l(""));
  if (parts.includes("mutual")) lines.push(h(words.reasonHeading), ...CLAIM_REASON_ORDER.map((r) => l(`${r} — ${CLAIM_REASON_MEANINGS[r][lang]}`)), l(""));
  lines.push(l(words.troubleshooting));
  const sheet = guideSheet({ name: words.name, title: words.title, note, heading: words.heading, lines: lines.map((line) => line.text) });
  // guideSheet writes the title, note and heading, then one label per line: headings become subtitles, blank lines are left out.
  const fixed = sheet.labels.length - lines.length;
  const labels = sheet.labels.flatMap((label, i) => {
    const line = lines[i - fixed];
    if (!line) return [label];
    if (line.text === "") return [];
    return [line.heading ? { ...label, style: "subtitle" as const } : label];
  });
  return { ...sheet, labels };
}
