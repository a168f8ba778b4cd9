import type { Text } from "../../excel/catalog";
import { text as t } from "../figures";

/**
 * The columns of an activity or claims export, recognised by their headers
 * in French or English, whatever their order, case, accents or punctuation:
 * a hospital information system's activity export (date, act code,
 * quantity, unit price, reference) or an openIMIS-shaped claims file (claim
 * code, dates from and to, insuree number, health-facility code, item or
 * service code, quantity, price).
 */

export type CsvProfile = "activity" | "claims";

export type FieldId = "date" | "code" | "quantity" | "price" | "reference" | "claimCode" | "dateFrom" | "dateTo" | "insuree" | "facility" | "item" | "othersPaid";
export type FieldKind = "date" | "number" | "text";

export interface Field {
  id: FieldId;
  kind: FieldKind;
  required: boolean;
  /** The header written in the table. */
  header: Text;
  /** Headers that name it, compared as `headerKey` gives them. */
  names: readonly string[];
}

const field = (id: FieldId, kind: FieldKind, required: boolean, header: Text, names: string[]): Field => ({ id, kind, required, header, names });

const QUANTITY = field("quantity", "number", true, t("Quantité", "Quantity"), ["quantite", "qte", "qty", "quantity", "nombre", "nb", "qtyprovided", "quantiteservie"]);

/**
 * The fields of each profile, in the order of the table written: the first columns are those the reconciliation
 * reads (activity: date, code, quantity, billed price, reference; claims: date, beneficiary, act, quantity, billed
 * price, already paid by another payer), then what an auditor needs beside them.
 */
export const PROFILES: Record<CsvProfile, readonly Field[]> = {
  activity: [
    field("date", "date", true, t("Date", "Date"), ["date", "dateacte", "datedelacte", "datedacte", "datesoin", "datedesoin", "datedusoin", "dateprestation", "dateofservice", "servicedate", "dateservice"]),
    field("code", "text", true, t("Code acte", "Act code"), ["code", "codeacte", "acte", "actcode", "servicecode", "codeprestation", "prestation", "codenomenclature"]),
    QUANTITY,
    field("price", "number", false, t("Prix unitaire facturé", "Billed unit price"), ["prix", "prixunitaire", "prixfacture", "prixunitairefacture", "tarif", "unitprice", "billedprice", "price", "billedunitprice", "montantunitaire"]),
    field("reference", "text", false, t("Référence", "Reference"), ["reference", "ref", "facture", "nfacture", "ndefacture", "numerofacture", "numerodefacture", "invoice", "invoiceno", "invoicenumber", "patient", "ndossier", "numerodossier"]),
  ],
  claims: [
    field("dateFrom", "date", true, t("Date", "Date"), ["datefrom", "datedebut", "datededebut", "du", "from", "startdate", "date", "dateclaimed", "datesoin"]),
    field("insuree", "text", true, t("Bénéficiaire", "Beneficiary"), ["insureenumber", "insuree", "insurancenumber", "insureeno", "chfid", "numeroassure", "numerodassure", "nassure", "ndassure", "assure", "beneficiaire", "beneficiary", "numerobeneficiaire"]),
    field("item", "text", true, t("Code acte", "Act code"), ["itemcode", "servicecode", "itemorservicecode", "item", "service", "codearticle", "codeservice", "codeacte", "acte", "medicalitem", "medicalservice", "itemservicecode"]),
    QUANTITY,
    field("price", "number", false, t("Prix facturé", "Billed price"), ["price", "priceasked", "pricevalue", "prix", "prixdemande", "prixfacture", "prixunitaire", "tarif", "unitprice"]),
    field("othersPaid", "number", false, t("Déjà payé par un autre payeur", "Already paid by another payer"), ["othersPaid", "dejapaye", "dejapayeparunautrepayeur", "autrepayeur", "alreadypaid", "alreadypaidbyanotherpayer", "otherpayer"]),
    field("claimCode", "text", false, t("Code de la demande", "Claim code"), ["claimcode", "claim", "codedemande", "codedelademande", "codereclamation", "nfeuilledesoins", "ndefeuilledesoins", "feuilledesoins", "caresheet", "claimno"]),
    field("dateTo", "date", false, t("Date de fin", "Date to"), ["dateto", "datefin", "datedefin", "au", "to", "enddate"]),
    field("facility", "text", false, t("Formation sanitaire", "Health facility"), ["healthfacilitycode", "hfcode", "facilitycode", "healthfacility", "facility", "codeformationsanitaire", "formationsanitaire", "codefosa", "fosa", "codeetablissement"]),
  ],
};

/** A header as compared: accents, case, spaces and punctuation ignored ("N° de facture" → "ndefacture", "Date_From" → "datefrom"). */
export function headerKey(header: string): string {
  return header.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}

export interface CsvLayout {
  profile: CsvProfile;
  /** Per column of the file: the field it holds, or null (a column kept as it is, after the fields). */
  fields: (FieldId | null)[];
  /** Required fields no header names: nothing can be imported until the file has them. */
  missing: FieldId[];
}

const keyed = (names: readonly string[]) => new Set(names.map(headerKey));

/** Which field each header names for `profile`; the profile, when not given, is claims if an insuree column is there. */
export function recogniseHeaders(headers: readonly string[], profile?: CsvProfile): CsvLayout {
  const claimsMark = keyed(PROFILES.claims.find((f) => f.id === "insuree")!.names);
  const chosen = profile ?? (headers.some((h) => claimsMark.has(headerKey(h))) ? "claims" : "activity");
  const taken = new Set<FieldId>();
  const fields = headers.map((header) => {
    const key = headerKey(header);
    const match = PROFILES[chosen].find((f) => !taken.has(f.id) && keyed(f.names).has(key));
    if (match) taken.add(match.id);
    return match?.id ?? null;
  });
  return { profile: chosen, fields, missing: PROFILES[chosen].filter((f) => f.required && !taken.has(f.id)).map((f) => f.id) };
}
