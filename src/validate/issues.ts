/**
 * Turns zod's issues into da-risk's value-free {@link DaRiskIssue}s.
 *
 * @module
 */
import type { core } from 'zod';
import { DaRiskError, unknownKeySegment, type DaRiskErrorCode, type DaRiskIssue } from '../errors/error.js';

type ZodIssue = core.$ZodIssue;

/** Per-call wording for unknown keys (e.g. "is not an item of this edition"). @internal */
export interface IssueContext {
  /**
   * Returns a rule and message (never containing `key`) for an unknown key under `parent`, or
   * undefined for the default. `schemaKey: true` says the key is one the library's own format
   * defines (allowed elsewhere), so it may be named in the path.
   */
  readonly unknownKey?: (parent: readonly PropertyKey[], key: string) => { rule: string; message: string; schemaKey?: boolean } | undefined;
  /** Path of the validated value inside the caller's argument, prefixed to every issue path. */
  readonly prefix?: readonly (string | number)[];
  /**
   * Paths of records whose keys the caller chooses (`'*'` matches any one segment): the key after
   * such a path is reported by its place (`<unknown key 1>`), unless it is in `knownKeys`.
   */
  readonly callerKeys?: readonly (readonly string[])[];
  /** Keys that may be named in a path after a `callerKeys` path (ids the library itself defines). */
  readonly knownKeys?: ReadonlySet<string>;
}

function matches(pattern: readonly string[], parts: readonly PropertyKey[]): boolean {
  if (parts.length < pattern.length + 1) return false;
  return pattern.every((segment, i) => segment === '*' || segment === String(parts[i]));
}

/** Replaces caller-chosen record keys in a zod path by placeholders, numbered per record. */
function hideCallerKeys(parts: readonly PropertyKey[], context: IssueContext, seen: Map<string, Map<string, number>>): PropertyKey[] {
  const out = [...parts];
  for (const pattern of context.callerKeys ?? []) {
    if (!matches(pattern, out)) continue;
    const at = pattern.length;
    const key = String(out[at]);
    if (context.knownKeys?.has(key) === true) continue;
    const parent = out.slice(0, at).map(String).join('\u0000');
    let keys = seen.get(parent);
    if (keys === undefined) seen.set(parent, (keys = new Map()));
    let position = keys.get(key);
    if (position === undefined) keys.set(key, (position = keys.size + 1));
    out[at] = unknownKeySegment(position);
  }
  return out;
}

function path(parts: readonly PropertyKey[]): (string | number)[] {
  return parts.map((part) => (typeof part === 'number' ? part : String(part)));
}

function describeLimit(issue: { origin?: string; maximum?: unknown; minimum?: unknown }, big: boolean): [string, string] {
  const limit = String(big ? issue.maximum : issue.minimum);
  switch (issue.origin) {
    case 'string':
      return big ? ['too-long', `must be at most ${limit} characters`] : ['too-short', `must be at least ${limit} characters`];
    case 'array':
    case 'set':
      return big ? ['too-many', `must have at most ${limit} entries`] : ['too-few', `must have at least ${limit} entries`];
    default:
      return big ? ['too-big', `must be at most ${limit}`] : ['too-small', `must be at least ${limit}`];
  }
}

function convert(issue: ZodIssue, context: IssueContext, out: DaRiskIssue[], input: unknown, seen: Map<string, Map<string, number>>): void {
  const at = [...(context.prefix ?? []), ...path(hideCallerKeys(issue.path, context, seen))];
  switch (issue.code) {
    case 'invalid_type': {
      const missing = valueAt(input, issue.path) === undefined;
      out.push(
        missing
          ? { path: at, rule: 'required', message: 'is required' }
          : { path: at, rule: 'type', message: `must be ${article(issue.expected)}` },
      );
      return;
    }
    case 'invalid_value':
      out.push({ path: at, rule: 'one-of', message: `must be one of: ${issue.values.map((v) => String(v)).join(', ')}` });
      return;
    case 'unrecognized_keys':
      // The key's text never appears: it is reported by its place among the unknown keys of its object.
      issue.keys.forEach((key, index) => {
        const custom = context.unknownKey?.(issue.path, key);
        out.push({
          path: [...at, custom?.schemaKey === true ? key : unknownKeySegment(index + 1)],
          rule: custom?.rule ?? 'unknown-field',
          message: custom?.message ?? 'is not a field here',
        });
      });
      return;
    case 'invalid_union': {
      const union = issue as { note?: string; discriminator?: string; options?: unknown[] };
      if (union.note === 'No matching discriminator' && union.discriminator !== undefined) {
        const options = union.options;
        out.push({
          path: [...at, union.discriminator],
          rule: 'one-of',
          message: options === undefined ? 'is not an allowed value' : `must be one of: ${options.map((v) => String(v)).join(', ')}`,
        });
        return;
      }
      out.push({ path: at, rule: 'no-matching-shape', message: 'does not match any allowed shape' });
      return;
    }
    case 'too_big': {
      const [rule, message] = describeLimit(issue, true);
      out.push({ path: at, rule, message });
      return;
    }
    case 'too_small': {
      const [rule, message] = describeLimit(issue, false);
      out.push({ path: at, rule, message });
      return;
    }
    case 'invalid_format':
      if (issue.format === 'datetime') {
        out.push({
          path: at,
          rule: 'iso-datetime',
          message: 'must be an ISO 8601 date-time with seconds and an offset, such as 2025-03-01T10:15:00Z',
        });
      } else if (issue.format === 'regex') {
        const pattern = String((issue as { pattern?: unknown }).pattern);
        const known = PATTERNS[pattern];
        out.push(known === undefined ? { path: at, rule: 'format', message: `must match the pattern ${pattern}` } : { path: at, ...known });
      } else {
        out.push({ path: at, rule: 'format', message: `must be a valid ${issue.format}` });
      }
      return;
    case 'invalid_key':
      // zod puts the refused key at the end of the path: report its place, never its text.
      out.push({ path: [...at.slice(0, -1), unknownKeySegment(1)], rule: 'invalid-key', message: 'is a key that is not allowed here' });
      return;
    case 'not_multiple_of':
      out.push({ path: at, rule: 'multiple-of', message: `must be a multiple of ${String(issue.divisor)}` });
      return;
    case 'custom': {
      const params = (issue.params ?? {}) as { rule?: string; message?: string };
      out.push({ path: at, rule: params.rule ?? 'invalid', message: params.message ?? 'is not valid' });
      return;
    }
    default:
      out.push({ path: at, rule: 'invalid', message: 'is not valid' });
  }
}

const PATTERNS: Record<string, { rule: string; message: string }> = {
  '/\\S/': { rule: 'not-blank', message: 'must not be blank' },
  '/[\\p{L}\\p{N}]/u': { rule: 'not-blank', message: 'must contain a letter or digit' },
  '/^(?!constructor$)[a-z0-9]+(?:-[a-z0-9]+)*$/': {
    rule: 'kebab-case',
    message: 'must be kebab-case: lower-case letters and digits separated by single hyphens (and not the word constructor)',
  },
};

/**
 * "a string", "an object": the expected type of a zod issue in words.
 *
 * @internal
 */
export function article(expected: string): string {
  switch (expected) {
    case 'object':
    case 'array':
    case 'integer':
      return `an ${expected}`;
    case 'nonoptional':
      return 'present';
    default:
      return `a ${expected}`;
  }
}

/** The value at a path in a plain value, or `undefined` where the path leaves it. @internal */
export function valueAt(root: unknown, parts: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const part of parts) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/**
 * Converts zod issues into a {@link DaRiskError}. Messages are built here
 * from the issue's code and limits only, never from the input value.
 *
 * @internal
 */
export function toDaRiskError(
  code: DaRiskErrorCode,
  issues: readonly ZodIssue[],
  input: unknown,
  context: IssueContext = {},
): DaRiskError {
  const out: DaRiskIssue[] = [];
  const seen = new Map<string, Map<string, number>>();
  for (const issue of issues) convert(issue, context, out, input, seen);
  if (out.length === 0) out.push({ path: [], rule: 'invalid', message: 'is not valid' });
  return new DaRiskError(code, out);
}
