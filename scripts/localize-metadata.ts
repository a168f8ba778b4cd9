/**
 * Localized custom-functions metadata (functions-fr.json) from the English
 * functions.json generated out of functions/functions.ts, with the names and
 * descriptions of src/excel/catalog.ts. Used by webpack.config.js and by the tests.
 * Excel matches functions by id, so ids, types and shapes are kept as generated;
 * help links go to the same section of the reference page in that language.
 */
import type { FunctionSpec, Text } from "../src/excel/catalog";

export interface MetadataParameter {
  name: string;
  description?: string;
  [field: string]: unknown;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  [field: string]: unknown;
}

export interface Metadata {
  functions: MetadataFunction[];
  [field: string]: unknown;
}

export type Language = keyof Text;

/** Text in the language, or a problem when it is missing or blank. */
function text(value: Text, lang: Language, what: string, problems: string[]): string {
  const s = value[lang];
  if (typeof s !== "string" || s.trim() === "") problems.push(`${what}: no ${lang} text`);
  return s;
}

function localizeFunction(fn: MetadataFunction, spec: FunctionSpec | undefined, lang: Language, problems: string[]): MetadataFunction {
  if (!spec) {
    problems.push(`${fn.id}: not in src/excel/catalog.ts`);
    return fn;
  }
  if (fn.parameters.length !== spec.params.length) {
    problems.push(`${fn.id}: ${fn.parameters.length} parameters in functions.ts, ${spec.params.length} in the catalog`);
  }
  const parameters = fn.parameters.map((param, i) => {
    const p = spec.params[i];
    if (!p) return param;
    // Matched by position, checked by id: a reordering in functions.ts must not swap translations.
    if (param.name !== p.id) problems.push(`${fn.id}: parameter ${i + 1} is "${param.name}" in functions.ts, "${p.id}" in the catalog`);
    return {
      ...param,
      name: text(p.name, lang, `${fn.id}.${p.id} name`, problems),
      description: text(p.description, lang, `${fn.id}.${p.id} description`, problems),
    };
  });
  return {
    ...fn,
    name: text(spec.name, lang, `${fn.id} name`, problems),
    description: text(spec.summary, lang, `${fn.id} summary`, problems),
    // docs/functions.<lang>.md keeps the English page's anchors, so only the page changes.
    ...(typeof fn.helpUrl === "string" ? { helpUrl: fn.helpUrl.replace(/\.en\.md#/, `.${lang}.md#`) } : {}),
    parameters,
  };
}

/** Throws one error listing every function or parameter that cannot be localized. */
export function localizeMetadata(metadata: Metadata, catalog: readonly FunctionSpec[], lang: Language): Metadata {
  const problems: string[] = [];
  const functions = metadata.functions.map((fn) =>
    localizeFunction(fn, catalog.find((spec) => spec.id === fn.id), lang, problems),
  );
  if (problems.length > 0) {
    throw new Error(`Cannot localize the custom functions metadata (${lang}):\n  ${problems.join("\n  ")}`);
  }
  return { ...metadata, functions };
}
