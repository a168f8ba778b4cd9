import type { Text } from "../../excel/catalog";
import { LIMITS, REJECTIONS } from "../../engine/contracts/claims";
import { LINE_STATUSES } from "../../engine/contracts/feeForService";

/**
 * What each status of CONTRACT.LINES and each reason of CLAIMS.SETTLE means,
 * in French and English: the guide's legend and the meaning column beside
 * the counts.
 */

type LineStatus = (typeof LINE_STATUSES)[number];
type ClaimReason = (typeof REJECTIONS)[number] | (typeof LIMITS)[number] | "OK";

const t = (fr: string, en: string): Text => ({ fr, en });

export const LINE_STATUS_MEANINGS: Record<LineStatus, Text> = {
  OK: t("accepté tel que facturé", "accepted as billed"),
  PRICE_DIFFERS: t("facturé à un autre prix que celui du contrat : accepté au prix du contrat (signalé)", "billed at another price than the contract's: accepted at the contract price (flagged)"),
  OVER_CEILING: t("au-delà du plafond de volume de l'acte (lignes prises par date) : accepté en partie ou pas du tout (signalé)", "beyond the act's volume ceiling (lines taken in date order): accepted in part or not at all (flagged)"),
  UNKNOWN_CODE: t("acte absent du contrat : rejeté", "act not in the contract: rejected"),
  OUT_OF_PERIOD: t("date hors de la période du contrat : rejeté", "date outside the contract's period: rejected"),
  DUPLICATE: t("même date, acte, quantité, prix et référence qu'une ligne précédente : rejeté", "same date, act, quantity, price and reference as an earlier line: rejected"),
  BAD_DATE: t("la date n'est pas une date (texte, date impossible) : rejeté", "the date is not a date (text, impossible date): rejected"),
  BAD_QUANTITY: t("la quantité n'est pas un nombre positif ou nul (texte, « 2 j », négatif) : rejeté", "the quantity is not a number ≥ 0 (text, \"2 d\", negative): rejected"),
  BAD_PRICE: t("le prix facturé n'est pas un montant dans la monnaie (texte, plus fin que le centime) : rejeté", "the billed price is not an amount in the currency (text, finer than the cent): rejected"),
};

/** Statuses in the order CONTRACT.BALANCE counts them: accepted, flagged, rejected. */
export const LINE_STATUS_ORDER: readonly LineStatus[] = LINE_STATUSES;

export const CLAIM_REASON_MEANINGS: Record<ClaimReason, Text> = {
  OK: t("pris en charge sans limite", "covered with no limit"),
  PRICE: t("facturé au-dessus du prix de la convention : la base est le prix plafond", "billed above the convention price: the base is the capped price"),
  DEDUCTIBLE: t("franchise du bénéficiaire déduite (consommée en premier)", "the beneficiary's deductible taken off (used up first)"),
  RATE: t("taux de prise en charge du type de soins (ticket modérateur)", "coverage rate of the care type (co-insurance)"),
  COPAY: t("ticket forfaitaire par acte à la charge du patient", "flat co-payment per act paid by the patient"),
  OTHER_PAYER: t("un autre payeur a déjà couvert une partie : la mutuelle complète jusqu'à la base", "another payer already covered part of it: the mutuelle tops up to the base"),
  CATEGORY_CEILING: t("plafond du type de soins atteint pour ce bénéficiaire", "the care type's ceiling reached for this beneficiary"),
  GENERAL_CEILING: t("plafond général atteint pour ce bénéficiaire", "general ceiling reached for this beneficiary"),
  UNKNOWN_ACT: t("acte absent de la convention : rien n'est pris en charge", "act not in the convention: nothing covered"),
  UNKNOWN_MEMBER: t("bénéficiaire inconnu de la mutuelle : rien n'est pris en charge", "beneficiary unknown to the mutuelle: nothing covered"),
  OUT_OF_PERIOD: t("soins hors de la période : rien n'est pris en charge", "care outside the period: nothing covered"),
  WAITING_PERIOD: t("soins pendant le délai de carence après l'adhésion : rien n'est pris en charge", "care within the waiting period after joining: nothing covered"),
  CONTRIBUTIONS_DUE: t("soins après la date jusqu'à laquelle les cotisations sont payées : rien n'est pris en charge", "care after the date contributions are paid up to: nothing covered"),
  BAD_DATE: t("la date n'est pas une date : rien n'est pris en charge", "the date is not a date: nothing covered"),
  BAD_QUANTITY: t("la quantité n'est pas un nombre positif ou nul : rien n'est pris en charge", "the quantity is not a number ≥ 0: nothing covered"),
  BAD_PRICE: t("le prix facturé n'est pas un montant : rien n'est pris en charge", "the billed price is not an amount: nothing covered"),
};

/** Reasons in the order the rules apply (openIMIS order), then the rejections. */
export const CLAIM_REASON_ORDER: readonly ClaimReason[] = ["OK", ...LIMITS, ...REJECTIONS.filter((r) => !r.startsWith("BAD_")), ...REJECTIONS.filter((r) => r.startsWith("BAD_"))];
