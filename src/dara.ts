/**
 * DARA (`da-risk/dara`): the College of Policing's first-response risk
 * assessment as structured professional judgement — the provisional thematic
 * edition, the consistency policy, and the pure functions that record a grade
 * and a regrade. No runtime dependency; use the main entry's `assessDara` and
 * `applyDaraRegrade` for outside data.
 *
 * @module dara
 */
export { assessDaraTrusted, applyDaraRegradeTrusted } from './core/dara.js';
export { dara2022Provisional, LIBRARY_ANSWER_SCALE_TAG } from './instruments/dara/dara-2022-provisional.js';
export { daraConsistency } from './policies/dara/dara-consistency.js';
export type {
  ConsistencyFlag,
  ConsistencyRule,
  DaraGrade,
  DaraInput,
  DaraPolicy,
  DaraResult,
  SecondaryAssessmentLink,
  ThemeSummary,
} from './model/dara.js';
