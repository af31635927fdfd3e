/**
 * The policies shipped with da-risk, as frozen data. This entry point
 * (`da-risk/policies`) has no runtime dependency.
 *
 * @module policies
 */
export { commonLocalBands } from './policies/scoring/common-local-bands.js';
export { dashRedFlags } from './policies/scoring/dash-red-flags.js';
export { childrenScreenPrompts } from './policies/scoring/children-screen-prompts.js';
export { safelivesMarac, safelivesPlusLibraryDefaultsMarac, safelives2009Marac, caadaCrimeOnlyRepeatMarac } from './policies/marac/safelives-marac.js';
export { otherPersonHonourPrompt } from './policies/scoring/other-person-honour-prompt.js';
export { youngPeoplePathwayDefaults } from './policies/marac/young-people-pathway.js';
export { retiredPolicies, type RetiredPolicy } from './policies/retired-policies.js';
export { daraConsistency } from './policies/dara/dara-consistency.js';
export { barnardosRimRules, londonCafThresholds } from './policies/rim/rim-policies.js';
export { sharedConcepts } from './policies/cross-instrument/shared-concepts.js';
export { reportingSeverity } from './policies/cross-instrument/reporting-severity.js';
export {
  reassessmentDefaults,
  everyIncident,
  crimeOrRecentHistory,
  cambridgeshireReviewDeadlines,
  cambridgeshireInterventionLevels,
  safelivesRepeat,
  episodeDefaults,
} from './policies/case/case-policies.js';
