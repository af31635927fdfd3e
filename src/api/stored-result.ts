/**
 * Reading a stored result back: one place that trusts results this library
 * made in this process and validates anything else by its kind.
 *
 * @module
 */
import type * as z from 'zod';
import type { AnyResult } from '../model/cross-instrument.js';
import type { DaraResult } from '../model/dara.js';
import { deepFreeze } from '../model/freeze.js';
import type { AssessmentResult } from '../model/result.js';
import type { RimResult } from '../model/rim.js';
import { daraResultSchema } from '../validate/dara-schema.js';
import { toDaRiskError } from '../validate/issues.js';
import { assessmentResultSchema } from '../validate/result-schema.js';
import { rimResultSchema } from '../validate/rim-schema.js';
import { isTrusted } from './trusted.js';

interface ResultByKind {
  readonly checklist: AssessmentResult;
  readonly dara: DaraResult;
  readonly rim: RimResult;
}

const SCHEMAS: { readonly [K in keyof ResultByKind]: z.ZodType } = {
  checklist: assessmentResultSchema,
  dara: daraResultSchema,
  rim: rimResultSchema,
};

function kindOf(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined;
}

/**
 * Validates a stored result of the given kind (or of whatever kind it says it
 * is, for `any`; a value without a known kind is read as a checklist) and
 * returns a frozen copy; a result this library made in this process is
 * returned as it is.
 *
 * @internal
 */
export function parseStoredResult<K extends keyof ResultByKind>(value: unknown, kind: K, path?: (string | number)[]): ResultByKind[K];
export function parseStoredResult(value: unknown, kind: 'any', path?: (string | number)[]): AnyResult;
export function parseStoredResult(value: unknown, kind: keyof ResultByKind | 'any', path: (string | number)[] = []): AnyResult {
  const actual = kindOf(value);
  const expected = kind === 'any' ? (actual === 'dara' || actual === 'rim' ? actual : 'checklist') : kind;
  if (isTrusted(value) && actual === expected) return value as AnyResult;
  const parsed = SCHEMAS[expected].safeParse(value);
  if (!parsed.success) throw toDaRiskError('invalid-input', parsed.error.issues, value, { prefix: path });
  return deepFreeze(parsed.data as AnyResult);
}
