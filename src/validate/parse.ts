/**
 * The one way the validating edge reads outside data: validate a JSON-normal
 * copy against a schema and either return the typed copy or throw a
 * {@link DaRiskError} that names fields and rules, never values.
 *
 * @module
 */
import type * as z from 'zod';
import type { DaRiskError, DaRiskErrorCode } from '../errors/error.js';
import { toDaRiskError, type IssueContext } from './issues.js';
import { parseNormal, safeParse, type SafeParsed } from './safe-parse.js';

/**
 * A schema whose validated copy has the type `T`: how code outside
 * `validate/` names a schema without importing zod.
 *
 * @internal
 */
export type Schema<T = unknown> = z.ZodType<T>;

/** The outcome of {@link tryParse}: the validated copy, or the error {@link parse} would throw. @internal */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DaRiskError };

function settle<T>(parsed: SafeParsed<T>, code: DaRiskErrorCode, value: unknown, context: IssueContext | undefined): Parsed<T> {
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: toDaRiskError(code, parsed.error.issues, value, context) };
}

/**
 * Validates `value` against `schema` and returns the validated copy, or throws
 * a `DaRiskError` with `code` (`invalid-input` for data, `invalid-definition`
 * for instruments and policies). `context` places the issues inside the
 * caller's argument (`prefix`) and words unknown keys.
 *
 * @example
 * ```ts
 * const judgement = parse(judgementSchema, outside); // typed Judgement, or throws
 * const decision = parse(decisionSchema, outside, 'invalid-input', { prefix: ['decision'] });
 * ```
 * @internal
 */
export function parse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  code: DaRiskErrorCode = 'invalid-input',
  context?: IssueContext,
): z.output<S> {
  const parsed = tryParse(schema, value, code, context);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

/**
 * {@link parse} without throwing: the validated copy, or the error, for
 * callers that hand the error back (`validateAssessmentInput`).
 *
 * @example
 * ```ts
 * const named = tryParse(namedEditionSchema, outside);
 * if (!named.ok) return { error: named.error };
 * ```
 * @internal
 */
export function tryParse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  code: DaRiskErrorCode = 'invalid-input',
  context?: IssueContext,
): Parsed<z.output<S>> {
  return settle(safeParse(schema, value), code, value, context);
}

/**
 * {@link parse} for a value already read into its JSON-normal copy (by
 * `normalise`), which is validated as it is, not copied again.
 *
 * @example
 * ```ts
 * const normal = normalise(outside);
 * const result = parseNormalised(schemaFor(kindOf(normal)), normal, 'invalid-input', { prefix: path });
 * ```
 * @internal
 */
export function parseNormalised<S extends z.ZodType>(
  schema: S,
  normal: unknown,
  code: DaRiskErrorCode = 'invalid-input',
  context?: IssueContext,
): z.output<S> {
  const parsed = settle(parseNormal(schema, normal), code, normal, context);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}
