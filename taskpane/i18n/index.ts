import type { Language } from "../../src/excel/messages";
import { en } from "./en";
import { fr } from "./fr";
import type { UiStrings } from "./strings";

export type { UiStrings } from "./strings";

/** The product's name, the same in every language. */
export const PRODUCT_NAME = "Hisab Santé";

export const STRINGS: Record<Language, UiStrings> = { fr, en };
