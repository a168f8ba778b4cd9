import type { Blank, CellType } from "../cells";
import { formatNumber, formatPercent, Language } from "../language";

/** How the reference phrases what a parameter accepts, in each language, from its declaration. */

export function typePhrase(type: CellType, lang: Language, label: (id: string) => string): string {
  const fr = lang === "fr";
  const n = (x: number) => formatNumber(x, lang);
  switch (type.type) {
    case "amount": {
      const sign = { any: "", nonNegative: " ≥ 0", positive: " > 0" }[type.sign];
      const currency = type.currency ? (fr ? ` dans la monnaie (pas plus de décimales que \`${label("decimals")}\`)` : ` in the currency (no more decimals than \`${label("decimals")}\`)`) : "";
      return (fr ? "montant" : "amount") + sign + currency;
    }
    case "quantity":
      return fr ? "nombre ≥ 0" : "number ≥ 0";
    case "driver":
      return fr ? "inducteur ou pourcentage ≥ 0" : "driver or percentage ≥ 0";
    case "rate":
      return fr ? `taux de ${formatPercent(type.min, lang)} à ${formatPercent(type.max, lang)} (80 % s'écrit 80 % ou 0,8)` : `rate from ${formatPercent(type.min, lang)} to ${formatPercent(type.max, lang)} (80% is typed 80% or 0.8)`;
    case "count":
      if (type.allowed) return type.allowed.slice(0, -1).map(n).join(", ") + (fr ? " ou " : " or ") + n(type.allowed[type.allowed.length - 1]);
      return fr ? `entier de ${n(type.min)} à ${n(type.max)}` : `whole number from ${n(type.min)} to ${n(type.max)}`;
    case "decimals":
      return fr ? `entier de 0 à ${type.max}` : `whole number from 0 to ${type.max}`;
    case "date":
      return fr ? "date (une date Excel, pas un texte)" : "date (an Excel date, not text)";
    case "code":
      return "code";
    case "text":
      return fr ? "texte" : "text";
  }
}

export function blankPhrase(blank: Blank, lang: Language): string {
  const fr = lang === "fr";
  if (blank === "zero") return fr ? "vide = 0" : "blank = 0";
  if (blank === "none") return fr ? "vide = aucun" : "blank = none";
  if (blank === "required") return fr ? "obligatoire" : "required";
  return fr ? `${formatNumber(blank.default, lang)} par défaut` : `default ${formatNumber(blank.default, lang)}`;
}

const joinFr = (...parts: string[]) => parts.filter((p) => p !== "").join(" ; ");
const joinEn = (...parts: string[]) => parts.filter((p) => p !== "").join("; ");
export const list = (lang: Language, ...parts: string[]) => (lang === "fr" ? joinFr(...parts) : joinEn(...parts));
export const sameRows = (lang: Language, other: string) => (lang === "fr" ? `autant de lignes que \`${other}\`` : `as many rows as \`${other}\``);
