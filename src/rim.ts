/**
 * The Barnardo's DV RIM (`da-risk/rim`): the provisional edition, the
 * classification rules and threshold-of-need mapping, and the pure functions
 * that classify each child and record the practitioner's decisions. No
 * runtime dependency; use the main entry's `assessRim`,
 * `applyRimUpliftDecision` and `applyRimJudgement` for outside data.
 *
 * @module rim
 */
export { assessRimTrusted, applyRimUpliftDecisionTrusted, applyRimJudgementTrusted } from './core/rim.js';
export type { RimPolicies } from './core/rim.js';
export { barnardosRimProvisional } from './instruments/rim/barnardos-rim-provisional.js';
export { barnardosRimRules, londonCafThresholds } from './policies/rim/rim-policies.js';
export { isRimPolicyFormat1 } from './core/rim-rules.js';
export { isLibraryExample } from './core/library-example.js';
export { LIBRARY_EXAMPLE_TAG } from './model/instrument.js';
export { rimScales } from './model/grades.js';
export type { Grade, RimScale } from './model/grades.js';
export type {
  ChildAge,
  NeedResponse,
  RimChildInput,
  RimChildResult,
  RimHouseholdSummary,
  RimInput,
  RimPolicy,
  RimPolicyFormat1,
  RimPregnancyOrBabyRule,
  RimResult,
  RimRuleBasis,
  RimRulesPolicy,
  RimSuggestedScaleRule,
  RimUpliftRule,
  RimUplift,
  ThresholdOfNeedPolicy,
} from './model/rim.js';
