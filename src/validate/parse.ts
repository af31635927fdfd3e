/**
 * The one way the validating edge reads outside data: validate a JSON-normal
 * copy against a schema and either return the typed copy or throw a
 * {@link DaRiskError} that names fields and rules, never values.
 *
 * @module
 */
import type * as z from 'zod';
import type { DaRiskErrorCode } from '../errors/error.js';
import { toDaRiskError, type IssueContext } from './issues.js';
import { safeParse } from './safe-parse.js';

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
  const parsed = safeParse(schema, value);
  if (!parsed.success) throw toDaRiskError(code, parsed.error.issues, value, context);
  return parsed.data;
}
