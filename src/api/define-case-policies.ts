/**
 * The public functions that define an area's case rules: when to reassess,
 * when an assessment is required, review deadlines, levels of intervention,
 * what counts as a repeat, and how far back an episode reaches.
 *
 * @module
 */
import type {
  AssessmentRequiredPolicy,
  InterventionPolicy,
  ReassessmentPolicy,
  RepeatDefinition,
  ReviewDeadlinePolicy,
} from '../model/case-policy.js';
import type { EpisodePolicy } from '../model/episode.js';
import { interventionRuleIssues, reassessmentRuleIssues } from '../validate/case-policy-rules.js';
import {
  assessmentRequiredPolicySchema,
  episodePolicySchema,
  interventionPolicySchema,
  reassessmentPolicySchema,
  repeatDefinitionSchema,
  reviewDeadlinePolicySchema,
} from '../validate/case-schema.js';
import { definePolicy } from './define-policy.js';

/**
 * Validates a reassessment policy (one rule per trigger type, each type at
 * most once) and returns it deep-frozen.
 *
 * @param definition - the policy, in the {@link ReassessmentPolicy} shape
 * @returns the frozen policy
 * @throws {@link DaRiskError} `invalid-definition`
 *
 * @example
 * ```ts
 * const local = defineReassessmentPolicy({ ...reassessmentDefaults, id: 'exampleshire-reassessment', version: '2025.1', basis: 'local' });
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function defineReassessmentPolicy(definition: unknown): ReassessmentPolicy {
  // `itemTriggers` is keyed by the caller's item ids: they are reported by place, never by text.
  return definePolicy(reassessmentPolicySchema, definition, reassessmentRuleIssues, { callerKeys: [['itemTriggers']] });
}

/**
 * Validates an assessment-required policy and returns it deep-frozen.
 *
 * @param definition - the policy, in the {@link AssessmentRequiredPolicy} shape
 * @returns the frozen policy
 * @throws {@link DaRiskError} `invalid-definition`
 *
 * @example
 * ```ts
 * defineAssessmentRequiredPolicy({ ...everyIncident, id: 'exampleshire-every-incident', within: { hours: 12 } });
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function defineAssessmentRequiredPolicy(definition: unknown): AssessmentRequiredPolicy {
  return definePolicy(assessmentRequiredPolicySchema, definition);
}

/**
 * Validates a review-deadline policy and returns it deep-frozen.
 *
 * @param definition - the policy, in the {@link ReviewDeadlinePolicy} shape
 * @returns the frozen policy
 * @throws {@link DaRiskError} `invalid-definition`
 *
 * @example
 * ```ts
 * defineReviewDeadlinePolicy({ ...cambridgeshireReviewDeadlines, id: 'exampleshire-mash', referralUnit: { levels: ['high'], within: { hours: 24 }, basis: 'local' } });
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function defineReviewDeadlinePolicy(definition: unknown): ReviewDeadlinePolicy {
  return definePolicy(reviewDeadlinePolicySchema, definition);
}

/**
 * Validates an intervention policy (the levels it maps to must exist) and returns it deep-frozen.
 *
 * @param definition - the policy, in the {@link InterventionPolicy} shape
 * @returns the frozen policy
 * @throws {@link DaRiskError} `invalid-definition`
 *
 * @example
 * ```ts
 * defineInterventionPolicy({ ...cambridgeshireInterventionLevels, id: 'exampleshire-offer', version: '2024' });
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function defineInterventionPolicy(definition: unknown): InterventionPolicy {
  return definePolicy(interventionPolicySchema, definition, interventionRuleIssues);
}

/**
 * Validates a repeat definition and returns it deep-frozen.
 *
 * @param definition - the definition, in the {@link RepeatDefinition} shape
 * @returns the frozen definition
 * @throws {@link DaRiskError} `invalid-definition`
 *
 * @example
 * ```ts
 * defineRepeatDefinition({ ...safelivesRepeat, id: 'six-month-repeat', window: { months: 6 }, basis: 'local' });
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function defineRepeatDefinition(definition: unknown): RepeatDefinition {
  return definePolicy(repeatDefinitionSchema, definition);
}

/**
 * Validates an episode policy (how far back case checks read, without a
 * closure) and returns it deep-frozen.
 *
 * @param definition - the policy, in the {@link EpisodePolicy} shape
 * @returns the frozen policy
 * @throws {@link DaRiskError} `invalid-definition`
 *
 * @example
 * ```ts
 * const sixMonths = defineEpisodePolicy({ ...episodeDefaults, id: 'exampleshire-episode', version: '2026.1', basis: 'local', window: { months: 6 }, windowBasis: 'local' });
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function defineEpisodePolicy(definition: unknown): EpisodePolicy {
  return definePolicy(episodePolicySchema, definition);
}
