/**
 * Grades a judgement can set: a DASH or DARA risk level, or a RIM scale.
 *
 * @module
 */
import type { RiskLevel } from './levels.js';

/**
 * A column of the Barnardo's risk identification matrix:
 * 1 Moderate, 2 Moderate to Serious, 3 Serious, 4 Severe.
 *
 * @since 0.1.0
 * @category Scoring
 */
export type RimScale = 1 | 2 | 3 | 4;

/**
 * The RIM scales from lowest to highest, with their names.
 *
 * @example
 * ```ts
 * rimScales.map((s) => s.name); // ['Moderate', 'Moderate to Serious', 'Serious', 'Severe']
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export const rimScales: readonly { readonly scale: RimScale; readonly name: string }[] = /* @__PURE__ */ Object.freeze([
  Object.freeze({ scale: 1 as const, name: 'Moderate' }),
  Object.freeze({ scale: 2 as const, name: 'Moderate to Serious' }),
  Object.freeze({ scale: 3 as const, name: 'Serious' }),
  Object.freeze({ scale: 4 as const, name: 'Severe' }),
]);

/**
 * Anything a judgement can set: a risk level (DASH, DARA) or a RIM scale.
 *
 * @since 0.1.0
 * @category Scoring
 */
export type Grade = RiskLevel | RimScale;
