/**
 * The display text of the coded answers that have no label in the edition
 * data: where an answer came from, and a risk level. Our own short wording.
 *
 * @module
 */
import type { AnswerSource } from '../../model/answers.js';
import type { RiskLevel } from '../../model/levels.js';

/**
 * The label of each answer source, shown beside its code.
 *
 * @internal
 */
export const SOURCE_LABELS: Readonly<Record<AnswerSource, string>> = Object.freeze({
  victim: 'The victim',
  practitioner: 'Practitioner\u2019s own observation',
  records: 'Police or agency records',
  'other-agency': 'Another agency',
});

/**
 * The label of each risk level (the DARA grade), shown beside its code.
 *
 * @internal
 */
export const LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = Object.freeze({
  standard: 'Standard',
  medium: 'Medium',
  high: 'High',
});
