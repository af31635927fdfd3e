/**
 * Risk levels used with DASH (and later DARA), and their order.
 *
 * @module
 */

/**
 * A DASH risk level (paraphrased definitions, as used with DASH and in the HMIC 2014 glossary):
 * - `standard` — current evidence does not suggest serious harm is likely;
 * - `medium` — there are signs of a risk of serious harm; the abuser could cause it but
 *   probably will not unless circumstances change;
 * - `high` — there are signs of a risk of serious harm that could happen at any time, with serious impact.
 *
 * @since 0.1.0
 * @category Scoring
 */
export type RiskLevel = 'standard' | 'medium' | 'high';

/**
 * The risk levels from lowest to highest.
 *
 * @example
 * ```ts
 * riskLevels; // ['standard', 'medium', 'high']
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export const riskLevels: readonly RiskLevel[] = /* @__PURE__ */ Object.freeze(['standard', 'medium', 'high'] as const);

const RANK: Readonly<Record<RiskLevel, number>> = { standard: 0, medium: 1, high: 2 };

/**
 * Compares two levels: negative when `a` is lower than `b`, zero when equal,
 * positive when higher.
 *
 * @example
 * ```ts
 * compareLevels('medium', 'high'); // -1
 * compareLevels('high', 'standard'); // 2
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function compareLevels(a: RiskLevel, b: RiskLevel): number {
  return RANK[a] - RANK[b];
}
