import type { ErrorParams } from "../../engine/errors";
import type { Language } from "../../excel/messages";
import { CLAIM_REASON_MEANINGS, LINE_STATUS_MEANINGS } from "../../workbook/contracts/legend";
import type { Value } from "../../workbook/plan";
import { formatNumber } from "../audit/findings";
import type { Trace, TracePart } from "./trace";
import type { StepKind, Walk, WalkStep } from "./walkthrough";
import type { Scenario, WhatIf } from "./whatIf";

/**
 * The trainer's and auditor's words: one table per language (Arabic is added
 * as a third table), for the traces, the walk-through's steps and the
 * what-if comparison, and the tables they are pasted as.
 */

interface Words {
  methods: Record<"direct" | "step" | "reciprocal", string>;
  parts: Record<TracePart["kind"], string>;
  traceHeaders: [part: string, basis: string, driver: string, base: string, amount: string];
  total: string;
  /** What a trace's basis entries are called. */
  basis: Record<string, string>;
  steps: Record<StepKind, (p: ErrorParams, n: (v: string | number) => string, method: string) => string>;
  scenario: (s: Scenario, method: string) => string;
  whatIfHeaders: { code: string; label: string; difference: (scenario: string) => string };
}

const WORDS: Record<Language, Words> = {
  fr: {
    methods: { direct: "directe", step: "en cascade", reciprocal: "réciproque" },
    parts: { expense: "Charge", primary: "Répartition primaire", received: "Reçu de", given: "Cédé", units: "Unités d'œuvre", direct: "Consommables directs", activity: "Ligne d'activité", envelope: "Enveloppe" },
    traceHeaders: ["Élément", "Base", "Inducteur / quantité", "Sur / prix", "Montant"],
    total: "Total",
    basis: { method: "Méthode", order: "Ordre de clôture", price: "Prix du contrat", volume: "Volume contractuel", ceiling: "Plafond de volume", quantity: "Quantité", unitPrice: "Prix unitaire facturé", base: "Base retenue", deductible: "Franchise", reasons: "Règles appliquées" },
    steps: {
      start: (p, n) => `Au départ, chaque centre porte son coût après la répartition primaire : ${n(p.total)} au total, dont ${p.support} centre(s) auxiliaire(s) à vider.`,
      close: (p, n) => `On clôture « ${p.centre} » : son coût propre ${n(p.own)} plus les ${n(p.received)} qu'il a reçus, soit ${n(p.amount)}, répartis par sa clé sur les ${p.receivers} centres encore ouverts. Il ne recevra plus rien.`,
      give: (p, n) => `« ${p.centre} » cède son coût primaire, ${n(p.amount)}, aux ${p.receivers} centres principaux, au prorata de sa clé ; ce qu'il donnait aux autres auxiliaires est ignoré.`,
      pass: (p, n) => `Passe ${p.pass} : chaque centre auxiliaire cède ce qu'il détient, par sa clé, à tous les autres centres ; les auxiliaires détiennent encore ${n(p.pending)}, et chaque total réciproque est à ${n(p.gap)} près de la solution.`,
      exact: (p) => `Après ${p.passes} passe(s), la solution exacte du système (I − Sᵀ) T = D : totaux réciproques ${p.totals}. C'est le résultat de la fonction.`,
      closed: (p, n, method) => `Contrôle de conservation : Σ centres principaux ${n(p.total)} = Σ charges, écart ${n(p.difference)}. La répartition ${method} est terminée.`,
    },
    scenario: (s, method) => [`Méthode ${method}`, s.order ? `ordre ${s.order.join(", ")}` : "", s.toMain?.length ? `${s.toMain.join(", ")} en principal` : "", s.toSupport?.length ? `${s.toSupport.map((t) => t.code).join(", ")} en auxiliaire` : ""].filter(Boolean).join(", "),
    whatIfHeaders: { code: "Centre", label: "Libellé", difference: (scenario) => `Écart : ${scenario}` },
  },
  en: {
    methods: { direct: "direct", step: "step-down", reciprocal: "reciprocal" },
    parts: { expense: "Expense", primary: "Primary distribution", received: "Received from", given: "Passed on", units: "Units of work", direct: "Direct consumables", activity: "Activity line", envelope: "Envelope" },
    traceHeaders: ["Part", "Basis", "Driver / quantity", "Over / price", "Amount"],
    total: "Total",
    basis: { method: "Method", order: "Closing order", price: "Contract price", volume: "Contracted volume", ceiling: "Volume ceiling", quantity: "Quantity", unitPrice: "Billed unit price", base: "Base kept", deductible: "Deductible", reasons: "Rules applied" },
    steps: {
      start: (p, n) => `At the start, each centre holds its cost after primary distribution: ${n(p.total)} in all, with ${p.support} support centre(s) to empty.`,
      close: (p, n) => `Close "${p.centre}": its own cost ${n(p.own)} plus the ${n(p.received)} it received, ${n(p.amount)} in all, spread by its key over the ${p.receivers} centres still open. It receives nothing more.`,
      give: (p, n) => `"${p.centre}" passes its primary cost, ${n(p.amount)}, to the ${p.receivers} main centres in proportion to its key; what it gave other support centres is left out.`,
      pass: (p, n) => `Pass ${p.pass}: each support centre passes what it holds, by its key, to every other centre; support centres still hold ${n(p.pending)}, and each reciprocated total is within ${n(p.gap)} of the solution.`,
      exact: (p) => `After ${p.passes} pass(es), the exact solution of the system (I − Sᵀ) T = D: reciprocated totals ${p.totals}. This is what the function gives.`,
      closed: (p, n, method) => `Conservation check: Σ main centres ${n(p.total)} = Σ expenses, difference ${n(p.difference)}. The ${method} distribution is complete.`,
    },
    scenario: (s, method) => [`${method[0].toUpperCase()}${method.slice(1)} method`, s.order ? `order ${s.order.join(", ")}` : "", s.toMain?.length ? `${s.toMain.join(", ")} as main` : "", s.toSupport?.length ? `${s.toSupport.map((t) => t.code).join(", ")} as support` : ""].filter(Boolean).join(", "),
    whatIfHeaders: { code: "Centre", label: "Label", difference: (scenario) => `Difference: ${scenario}` },
  },
};

const numbers = (lang: Language) => (v: string | number) => formatNumber(v, lang);

/** The explanation of a walk-through step, in plain words. */
export function walkText(walk: Walk, step: WalkStep, lang: Language): string {
  return WORDS[lang].steps[step.kind](step.params, numbers(lang), WORDS[lang].methods[walk.method]);
}

/** The basis of a part as the reader reads it: a method, a line status's or a claim reason's meaning, a key name. */
function basisText(part: TracePart, lang: Language): string {
  const basis = part.basis ?? "";
  if (basis === "direct" || basis === "step" || basis === "reciprocal") return WORDS[lang].methods[basis];
  if (part.kind === "activity") return `${basis} (${LINE_STATUS_MEANINGS[basis as keyof typeof LINE_STATUS_MEANINGS]?.[lang] ?? ""})`;
  if (part.label === "payer" || part.label === "patient") return basis.split(", ").map((r) => CLAIM_REASON_MEANINGS[r as keyof typeof CLAIM_REASON_MEANINGS]?.[lang] ?? r).join("; ");
  return basis;
}

/** A trace as a table to paste: header, one row per part (amount to the cent), the total; the basis (method, order) below. */
export function traceTable(trace: Trace, lang: Language): Value[][] {
  const w = WORDS[lang];
  const rows = trace.parts.map((p): Value[] => [`${w.parts[p.kind]} ${p.label}`.trim(), basisText(p, lang), p.driver ?? null, p.base ?? null, p.shown]);
  const basis = Object.entries(trace.basis).flatMap(([k, v]): Value[][] => (v === "" ? [] : [[w.basis[k] ?? k, k === "method" ? w.methods[v as keyof Words["methods"]] : v, null, null, null]]));
  return [w.traceHeaders, ...rows, [w.total, "", null, null, trace.shown], ...basis];
}

/** A what-if as a table: one row per centre, each scenario's cost, then each scenario's difference from the first. */
export function whatIfTable(w: WhatIf, lang: Language): Value[][] {
  const words = WORDS[lang];
  const names = w.scenarios.map((s) => words.scenario(s.scenario, words.methods[s.scenario.method]));
  const header: Value[] = [words.whatIfHeaders.code, words.whatIfHeaders.label, ...names, ...names.slice(1).map(words.whatIfHeaders.difference)];
  return [header, ...w.codes.map((code, j): Value[] => [code, w.labels[j], ...w.scenarios.map((s) => s.results[j]), ...w.differences.slice(1).map((d) => d[j])])];
}
