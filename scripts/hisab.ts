import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import pkg from "../package.json";
import { auditWorkbook, countBySeverity, isClean } from "../src/journeys/audit/audit";
import { auditSheet, reportCsv, reportMarkdown } from "../src/journeys/audit/report";
import type { Language } from "../src/excel/messages";
import { evaluatePlan } from "../src/workbook/evaluate";
import { writePlanXlsx } from "./xlsx";
import { readXlsx, XlsxReadError } from "./xlsxRead";

/**
 * `npx hisab audit <workbook.xlsx>`: the headless audit of a saved workbook,
 * for an auditor who receives files by mail or a ministry that collects
 * them. It reads the file, recomputes every formula from the cells it reads,
 * applies the audit rules (src/journeys/audit/) and writes the report.
 *
 * Exit code: 0 the workbook is clean (notes only), 1 there are findings,
 * 2 the command line is wrong, 3 the file cannot be read.
 */

const EXIT = { clean: 0, findings: 1, usage: 2, unreadable: 3 } as const;

const USAGE = `usage: hisab audit <workbook.xlsx> [--format md|csv|xlsx] [--out FILE] [--lang fr|en]

  --format  md (Markdown, the default), csv (one row per finding) or xlsx (the dated audit sheet to sign; needs --out)
  --out     where to write the report (default: the standard output)
  --lang    language of the report (default: French when LANG starts with "fr", else English)

exit code: 0 clean, 1 findings, 2 wrong command line, 3 file not readable`;

interface Options {
  file: string;
  format: "md" | "csv" | "xlsx";
  out?: string;
  lang: Language;
}

function parseArguments(args: string[]): Options | string {
  const [command, ...rest] = args;
  if (command === "--help" || command === "-h") return "";
  if (command !== "audit") return command === undefined ? "which command? (audit)" : `unknown command "${command}"`;
  const options: Partial<Options> = { format: "md", lang: /^fr/i.test(process.env.LC_ALL || process.env.LANG || "") ? "fr" : "en" };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => rest[++i] ?? "";
    if (arg === "--format") options.format = value() as Options["format"];
    else if (arg === "--out") options.out = value();
    else if (arg === "--lang") options.lang = value() as Language;
    else if (arg.startsWith("--")) return `unknown option ${arg}`;
    else if (options.file === undefined) options.file = arg;
    else return `one workbook at a time (${arg})`;
  }
  if (!options.file) return "which workbook? give the path of an .xlsx file";
  if (!["md", "csv", "xlsx"].includes(options.format!)) return `--format is md, csv or xlsx, not "${options.format}"`;
  if (!["fr", "en"].includes(options.lang!)) return `--lang is fr or en, not "${options.lang}"`;
  if (options.format === "xlsx" && !options.out) return "--format xlsx writes a workbook: give --out FILE.xlsx";
  return options as Options;
}

/** Where the command writes: the report to `out` (when no --out), messages to `err`. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const STANDARD: Output = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };

/** The command with its arguments (without "node hisab"); resolves to its exit code. */
export async function hisab(args: string[], io: Output = STANDARD): Promise<number> {
  try {
    return await audit(args, io);
  } catch (e) {
    io.err(`hisab: ${(e as Error).stack ?? e}\n`);
    return EXIT.unreadable;
  }
}

async function audit(args: string[], io: Output): Promise<number> {
  const options = parseArguments(args);
  if (typeof options === "string") {
    io.err(`${options ? `hisab: ${options}\n\n` : ""}${USAGE}\n`);
    return options ? EXIT.usage : EXIT.clean;
  }
  let model;
  try {
    model = await readXlsx(readFileSync(options.file));
  } catch (e) {
    if (e instanceof XlsxReadError || (e as NodeJS.ErrnoException).code !== undefined) {
      io.err(`hisab: cannot read ${options.file}: ${(e as Error).message}\n`);
      return EXIT.unreadable;
    }
    throw e;
  }
  const report = auditWorkbook(model, { source: "file" });
  const heading = { workbook: basename(options.file), date: new Date().toISOString().slice(0, 10), version: pkg.version };
  if (options.format === "xlsx") {
    const plan = { id: "audit", title: heading.workbook, sheets: [auditSheet(report, options.lang, heading)] };
    await writePlanXlsx(plan, evaluatePlan(plan), options.out!);
  } else {
    const text = options.format === "csv" ? reportCsv(report, options.lang) : reportMarkdown(report, options.lang, heading);
    if (options.out) writeFileSync(options.out, text);
    else io.out(text);
  }
  const counts = countBySeverity(report);
  io.err(`${heading.workbook}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)${options.out ? ` → ${options.out}` : ""}\n`);
  return isClean(report) ? EXIT.clean : EXIT.findings;
}
