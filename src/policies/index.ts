/**
 * The policies shipped with da-risk, as frozen data. This entry point
 * (`da-risk/policies`) has no runtime dependency.
 *
 * @module policies
 */
export { commonLocalBands } from './common-local-bands.js';
export { dashRedFlags } from './dash-red-flags.js';
export { childrenScreenPrompts } from './children-prompts.js';
export { safelivesMarac, safelivesPlusLibraryDefaultsMarac, safelives2009Marac, caadaCrimeOnlyRepeatMarac } from './safelives-marac.js';
export { otherPersonHonourPrompt } from './honour-based-abuse-prompts.js';
export { youngPeoplePathwayDefaults } from './young-people-pathway.js';
export { retiredPolicies, type RetiredPolicy } from './retired-policies.js';
export { daraConsistency } from '../dara/dara-consistency.js';
export { barnardosRimRules, londonCafThresholds } from '../rim/rim-policies.js';
export { sharedConcepts } from './shared-concepts.js';
export { reportingSeverity } from './reporting-severity.js';
export {
  reassessmentDefaults,
  everyIncident,
  crimeOrRecentHistory,
  cambridgeshireReviewDeadlines,
  cambridgeshireInterventionLevels,
  safelivesRepeat,
  episodeDefaults,
} from '../case/case-policies.js';
