import { findFunction } from "../../excel/catalog";
import type { Language } from "../../excel/messages";
import { cellAddress, parseRef } from "../../workbook/formula";
import type { LabelCell, SheetPlan, Value, ValueBlock } from "../../workbook/plan";
import { JOURNEYS } from "../index";
import { AuditReport, countBySeverity, InventoryEntry, isClean, RecomputeStatus } from "./audit";
import { formatFinding, formatNumber, localNames, SEVERITY, SEVERITY_WORDS } from "./findings";

/**
 * The audit report in three forms: Markdown (to read or mail), CSV (one row
 * per finding, for a ministry that collects many files) and a dated audit
 * sheet to sign and keep in the workbook (a SheetPlan the pane writes like
 * any template sheet: every text written as text, never as a formula).
 */

export interface ReportHeading {
  /** The workbook audited (its file name). */
  workbook: string;
  /** The day of the audit, "2026-12-02". */
  date: string;
  /** Hisab Santé's version. */
  version: string;
  /** What "Repair formulas" re-entered before the audit, to report with it. */
  repaired?: { formulas: number; sheets: string[] };
}

interface Words {
  title: string;
  workbook: string;
  date: string;
  version: string;
  verdict: (counts: Record<"error" | "warning" | "note", number>, clean: boolean) => string;
  findings: string;
  findingHeaders: [string, string, string, string, string];
  none: string;
  inventory: string;
  inventoryHeaders: [string, string, string, string];
  status: Record<RecomputeStatus, string>;
  coverage: string;
  coverageHeaders: [string, string, string, string];
  unmappedHeaders: [string, string, string, string];
  reasons: Record<string, string>;
  runs: string;
  runHeaders: [string, string, string, string];
  repaired: (formulas: number, sheets: string) => string;
  signature: string;
  signatureLines: string[];
  sheet: (date: string) => string;
  more: (n: number) => string;
}

const WORDS: Record<Language, Words> = {
  fr: {
    title: "Rapport d'audit Hisab Santé",
    workbook: "Classeur",
    date: "Date de l'audit",
    version: "Version de Hisab Santé",
    verdict: (c, clean) => (clean ? `Aucune anomalie${c.note ? ` (${c.note} remarque(s) sur ce que l'audit n'a pas pu vérifier)` : ""}.` : `${c.error} erreur(s), ${c.warning} point(s) à vérifier, ${c.note} remarque(s).`),
    findings: "Constats",
    findingHeaders: ["N°", "Gravité", "Code", "Cellules", "Constat"],
    none: "Aucun.",
    inventory: "Formules Hisab Santé et leurs données",
    inventoryHeaders: ["Cellule", "Fonction", "Arguments", "Recalcul"],
    status: { matches: "conforme", differs: "diffère", error: "erreur", not_registered: "#NOM? à l'enregistrement", spill_blocked: "#PROPAGATION!", not_calculated: "jamais calculée", not_recomputable: "non recalculée" },
    coverage: "Couverture des charges",
    coverageHeaders: ["Formule", "Total des lignes", "Réparti", "Non réparti"],
    unmappedHeaders: ["Cellule", "Ligne", "Montant", "Raison"],
    reasons: { outside: "hors de la plage lue", no_key: "sans clé", unknown_key: "clé inconnue", zero_key: "clé sans inducteur" },
    runs: "Journaux de calcul",
    runHeaders: ["Calcul", "Date", "Version", "Journal"],
    repaired: (n, sheets) => `« Réparer les formules » a ressaisi ${n} formule(s) avant l'audit${sheets ? ` (${sheets})` : ""}.`,
    signature: "Visa de l'auditeur",
    signatureLines: ["Nom", "Fonction", "Date", "Signature"],
    sheet: (date) => `Audit du ${date}`,
    more: (n) => `… et ${n} de plus`,
  },
  en: {
    title: "Hisab Santé audit report",
    workbook: "Workbook",
    date: "Audit date",
    version: "Hisab Santé version",
    verdict: (c, clean) => (clean ? `No finding${c.note ? ` (${c.note} note(s) on what the audit could not check)` : ""}.` : `${c.error} error(s), ${c.warning} warning(s), ${c.note} note(s).`),
    findings: "Findings",
    findingHeaders: ["No.", "Severity", "Code", "Cells", "Finding"],
    none: "None.",
    inventory: "Hisab Santé formulas and their inputs",
    inventoryHeaders: ["Cell", "Function", "Arguments", "Recomputed"],
    status: { matches: "matches", differs: "differs", error: "error", not_registered: "#NAME? when saved", spill_blocked: "#SPILL!", not_calculated: "never calculated", not_recomputable: "not recomputed" },
    coverage: "Coverage of expenses",
    coverageHeaders: ["Formula", "Total of the lines", "Distributed", "Not distributed"],
    unmappedHeaders: ["Cell", "Line", "Amount", "Reason"],
    reasons: { outside: "outside the range read", no_key: "no key", unknown_key: "unknown key", zero_key: "key with no driver" },
    runs: "Run records",
    runHeaders: ["Run", "Date", "Version", "Record"],
    repaired: (n, sheets) => `"Repair formulas" re-entered ${n} formula(s) before the audit${sheets ? ` (${sheets})` : ""}.`,
    signature: "Auditor's signature",
    signatureLines: ["Name", "Position", "Date", "Signature"],
    sheet: (date) => `Audit ${date}`,
    more: (n) => `… and ${n} more`,
  },
};

/** The report's tables as rows of text and numbers, shared by the three forms. */
interface Tables {
  findings: Value[][];
  inventory: Value[][];
  coverage: Value[][];
  unmapped: Value[][];
  runs: Value[][];
}

function tables(report: AuditReport, lang: Language, cellLimit: number): Tables {
  const w = WORDS[lang];
  return {
    findings: report.findings.map((f, i) => [i + 1, SEVERITY_WORDS[lang][SEVERITY[f.code]], f.code, cellList(f.cells, cellLimit, w), formatFinding(f, lang)]),
    inventory: report.inventory.map((e) => [e.area, functionName(e, lang), argumentsOf(e, lang), w.status[e.status]]),
    coverage: report.coverage.map((c) => [c.formula, c.total, c.distributed, c.total - c.distributed]),
    unmapped: report.coverage.flatMap((c) => c.unmapped.map((line): Value[] => [line.at, line.label, line.amount, w.reasons[line.reason]])),
    runs: report.runs.map(({ record, at }) => [JOURNEYS.find((j) => j.id === record.run)?.title[lang] ?? record.run, record.at, record.version, at]),
  };
}

const functionName = (e: InventoryEntry, lang: Language): string => {
  const spec = findFunction(e.fn);
  return spec ? `HISAB.${spec.name[lang]}` : e.fn;
};

function argumentsOf(e: InventoryEntry, lang: Language): string {
  const value = (v: Value) => (typeof v === "number" ? formatNumber(v, lang, 10) : lang === "fr" ? `« ${v ?? ""} »` : `"${v ?? ""}"`);
  return e.args.map((a) => `${a.param.name[lang]} = ${localNames(a.text, lang)}${a.size ? ` (${a.size})` : a.value !== undefined ? ` (${value(a.value)})` : ""}`).join("; ");
}

/**
 * Cells as few references as they can be: consecutive cells of a column of
 * one sheet as one range ("Résultats!E8:E37"); past `limit`, a count.
 */
export function cellList(cells: readonly string[], limit: number, words: Pick<Words, "more"> = WORDS.en): string {
  const merged: { sheet: string; top: number; left: number; bottom: number; text?: string }[] = [];
  for (const cell of cells) {
    const bang = cell.lastIndexOf("!");
    const ref = cell.slice(bang + 1);
    const single = /^[A-Z]+\d+$/.test(ref) ? parseRef(ref) : undefined;
    const last = merged[merged.length - 1];
    if (single && last && last.text === undefined && last.sheet === cell.slice(0, bang) && last.left === single.left && last.bottom + 1 === single.top) last.bottom = single.top;
    else merged.push(single ? { sheet: cell.slice(0, bang), top: single.top, left: single.left, bottom: single.top } : { sheet: "", top: 0, left: 0, bottom: 0, text: cell });
  }
  const texts = merged.map((m) => m.text ?? `${m.sheet}!${cellAddress(m.top, m.left)}${m.bottom > m.top ? `:${cellAddress(m.bottom, m.left)}` : ""}`);
  return texts.length > limit ? `${texts.slice(0, limit).join(" ")} ${words.more(texts.length - limit)}` : texts.join(" ");
}

export function reportMarkdown(report: AuditReport, lang: Language, heading: ReportHeading): string {
  const w = WORDS[lang];
  const t = tables(report, lang, 12);
  const n = (v: Value) => (typeof v === "number" ? formatNumber(v, lang) : String(v ?? ""));
  const colon = lang === "fr" ? " :" : ":";
  const table = (headers: readonly string[], rows: Value[][]) =>
    rows.length === 0 ? w.none : [`| ${headers.join(" | ")} |`, `|${headers.map(() => " --- ").join("|")}|`, ...rows.map((row) => `| ${row.map((v) => n(v).replace(/\|/g, "\\|").replace(/\n/g, " ")).join(" | ")} |`)].join("\n");
  const sections = [
    `# ${w.title} — ${heading.workbook}`,
    `${w.date}${colon} ${heading.date} · ${w.version}${colon} ${heading.version}`,
    `**${w.verdict(countBySeverity(report), isClean(report))}**`,
    ...(heading.repaired ? [w.repaired(heading.repaired.formulas, heading.repaired.sheets.join(", "))] : []),
    `## ${w.findings}`,
    table(w.findingHeaders, t.findings),
    `## ${w.inventory}`,
    table(w.inventoryHeaders, t.inventory),
    ...(t.coverage.length > 0 ? [`## ${w.coverage}`, table(w.coverageHeaders, t.coverage), ...(t.unmapped.length > 0 ? [table(w.unmappedHeaders, t.unmapped)] : [])] : []),
    `## ${w.runs}`,
    table(w.runHeaders, t.runs),
  ];
  return sections.join("\n\n") + "\n";
}

/**
 * One row per finding (severity, code, cells, message), RFC 4180, with a
 * byte-order mark so that Excel reads it as UTF-8. The cells are one Excel
 * reference, its areas joined by commas as in a union ("'Résultats'!E8,Charges!C30").
 */
export function reportCsv(report: AuditReport, lang: Language): string {
  const w = WORDS[lang];
  const quote = (v: Value) => {
    const s = String(v ?? "");
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows: Value[][] = [w.findingHeaders.slice(1), ...report.findings.map((f) => [SEVERITY[f.code], f.code, f.cells.join(","), formatFinding(f, lang)])];
  return "\uFEFF" + rows.map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}

/** The dated audit sheet: heading, verdict, the auditor's signature block, then every table of the report. */
export function auditSheet(report: AuditReport, lang: Language, heading: ReportHeading): SheetPlan {
  const w = WORDS[lang];
  const t = tables(report, lang, 30);
  const labels: LabelCell[] = [
    { at: "A1", text: w.title, style: "title" },
    { at: "A2", text: w.workbook },
    { at: "B2", text: heading.workbook },
    { at: "A3", text: w.date },
    { at: "B3", text: heading.date },
    { at: "A4", text: w.version },
    { at: "B4", text: heading.version },
    { at: "A5", text: w.verdict(countBySeverity(report), isClean(report)), style: "check" },
    ...(heading.repaired ? [{ at: "A6", text: w.repaired(heading.repaired.formulas, heading.repaired.sheets.join(", ")), style: "note" as const }] : []),
    { at: "A8", text: w.signature, style: "subtitle" },
    ...w.signatureLines.map((text, i): LabelCell => ({ at: `A${9 + i}`, text, style: "header" })),
  ];
  const values: ValueBlock[] = [];
  let row = 9 + w.signatureLines.length + 1;
  const section = (title: string, headers: readonly string[], rows: Value[][], formats?: (string | undefined)[]) => {
    labels.push({ at: `A${row}`, text: title, style: "subtitle" });
    headers.forEach((text, c) => labels.push({ at: cellAddress(row, c), text, style: "header" }));
    if (rows.length === 0) labels.push({ at: `A${row + 2}`, text: w.none, style: "note" });
    else values.push({ at: `A${row + 2}`, rows, numberFormats: formats });
    row += 3 + Math.max(rows.length, 1);
  };
  section(w.findings, w.findingHeaders, t.findings);
  section(w.inventory, w.inventoryHeaders, t.inventory);
  if (t.coverage.length > 0) {
    section(w.coverage, w.coverageHeaders, t.coverage, [undefined, "#,##0.00", "#,##0.00", "#,##0.00"]);
    if (t.unmapped.length > 0) section(w.coverage, w.unmappedHeaders, t.unmapped, [undefined, undefined, "#,##0.00"]);
  }
  section(w.runs, w.runHeaders, t.runs);
  return { key: "audit", name: w.sheet(heading.date), tables: [], labels, formulas: [], values, columnWidths: { A: 28, B: 40, C: 22, D: 40, E: 120 } };
}
