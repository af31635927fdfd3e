/**
 * The shape returned by the non-throwing validators.
 *
 * @module
 */
import type { DaRiskError } from '../errors/error.js';

/**
 * Either the validated value or the error, never both.
 *
 * @example
 * ```ts
 * const checked = validateAssessmentInput(body);
 * if (!checked.ok) return respond(400, checked.error.issues);
 * ```
 * @since 0.1.0
 * @category Errors and validation
 */
export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DaRiskError };
