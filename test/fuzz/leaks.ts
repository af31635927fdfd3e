// The "no caller text in errors" oracle. An error may name fields, rules and limits,
// never a value or key the caller gave. A string of the input counts as leaked when it
// appears in the error's message or issues and is not text the library itself could
// have printed anyway: the library's own vocabulary is every string in its source
// (message templates, item and option ids, policy ids, enum words, field names) with
// escapes decoded, plus bare numbers of up to six digits (limits, indexes, counts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessmentInputJsonSchema, formatPath, resultJsonSchema, shippedInstruments, toFhirQuestionnaire } from '../../src/index.js';
import { collectStrings } from './inspect.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceText(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceText(path, out);
    else if (/\.(ts|json)$/.test(name)) out.push(readFileSync(path, 'utf8'));
  }
}

function decode(text: string): string {
  return text
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\n/g, '\n')
    .replace(/\\(['"`\\])/g, '$1');
}

let corpus: string | undefined;

/**
 * All the text the library's source holds, escapes decoded, and the documents it
 * generates from its data (FHIR Questionnaires with their linkIds, JSON Schemas).
 */
export function libraryText(): string {
  if (corpus === undefined) {
    const parts: string[] = [];
    sourceText(SRC, parts);
    for (const instrument of shippedInstruments) parts.push(JSON.stringify(toFhirQuestionnaire(instrument)), JSON.stringify(assessmentInputJsonSchema(instrument)));
    for (const kind of ['checklist', 'dara', 'rim', 'marac-decision', 'case'] as const) parts.push(JSON.stringify(resultJsonSchema(kind)));
    corpus = parts.map((part) => `${part}\n${decode(part)}`).join('\n');
  }
  return corpus;
}

/** Shortest input string the oracle looks for. */
export const MIN_LEAK_LENGTH = 4;
const SLICE = 24;

/** Whether the library could have printed `text` of its own accord. */
const known = new Map<string, boolean>();

export function isLibraryVocabulary(text: string): boolean {
  if (/^\d{1,6}$/.test(text)) return true;
  let answer = known.get(text);
  if (answer === undefined) {
    answer = libraryText().includes(text);
    if (text.length <= 200 && known.size < 100_000) known.set(text, answer);
  }
  return answer;
}

/**
 * The text of an error a caller or a log would see: message, code, and every
 * issue's path, rule and message. Each issue's path is taken apart into its
 * segments, and its formatted form is cut out of the message: a path is made of
 * the library's field names, item ids and indexes (a caller's key is shown as
 * `<unknown key N>`), and a caller's key that leaked into one is still found as
 * a segment, while a path that happens to read like an input string
 * (`answers.victim-view-of-risk.source`, a FHIR linkId) is not taken for one.
 */
export function errorText(error: unknown): string {
  if (error === null || typeof error !== 'object') return String(error);
  const parts = new Set<string>();
  const { message, code, issues, cause, name } = error as { message?: unknown; code?: unknown; issues?: unknown; cause?: unknown; name?: unknown };
  let text = typeof message === 'string' ? message : '';
  if (Array.isArray(issues)) {
    const paths = issues
      .map((issue: { path?: unknown }) => (Array.isArray(issue?.path) ? formatPath(issue.path as (string | number)[]) : ''))
      .filter((path) => path !== '')
      .sort((a, b) => b.length - a.length);
    for (const path of paths) text = text.split(path).join('\u0000');
  }
  parts.add(text);
  for (const part of [code, name]) if (typeof part === 'string') parts.add(part);
  collectStrings(issues, parts, 200_000, 1);
  if (cause !== undefined) collectStrings(cause, parts, 200_000, 1);
  for (const key of Object.keys(error)) if (key !== 'issues' && key !== 'cause') collectStrings((error as Record<string, unknown>)[key], parts, 200_000, 1);
  return [...parts].join('\u0000');
}

/**
 * The input strings (at least {@link MIN_LEAK_LENGTH} characters, not library
 * vocabulary) found in the error text; for a long string, also its first and last
 * characters, so that a truncated echo is caught too.
 */
export function leakedStrings(text: string, strings: Iterable<string>): string[] {
  const found: string[] = [];
  for (const value of strings) {
    if (value.length < MIN_LEAK_LENGTH) continue;
    const probes = value.length > SLICE * 2 ? [value, value.slice(0, SLICE), value.slice(-SLICE)] : [value];
    for (const probe of probes) {
      if (probe.trim().length < MIN_LEAK_LENGTH) continue;
      if (text.includes(probe) && !isLibraryVocabulary(probe)) {
        found.push(probe);
        break;
      }
    }
  }
  return found;
}
