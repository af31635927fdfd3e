/**
 * The list of every current policy this version ships (superseded versions
 * are in `retiredPolicies`).
 *
 * @module
 */
import type { MaracPolicy, ScoringPolicy } from '../model/policy.js';
import { reassessmentDefaults, everyIncident, crimeOrRecentHistory, cambridgeshireReviewDeadlines, cambridgeshireInterventionLevels, safelivesRepeat, episodeDefaults } from './case/case-policies.js';
import { reportingSeverity } from './cross-instrument/reporting-severity.js';
import { sharedConcepts } from './cross-instrument/shared-concepts.js';
import { daraConsistency } from './dara/dara-consistency.js';
import { safelivesMarac, safelivesPlusLibraryDefaultsMarac, safelives2009Marac, caadaCrimeOnlyRepeatMarac } from './marac/safelives-marac.js';
import { youngPeoplePathwayDefaults } from './marac/young-people-pathway.js';
import { barnardosRimRules, londonCafThresholds } from './rim/rim-policies.js';
import { commonLocalBands } from './scoring/common-local-bands.js';

/** What every shipped policy has: a kind, an id and a version. @internal */
export interface ShippedPolicy {
  readonly kind: string;
  readonly id: string;
  readonly version: string;
}

/**
 * Every current policy this version ships, of every kind.
 *
 * @internal
 */
export const currentPolicies: readonly ShippedPolicy[] = /* @__PURE__ */ Object.freeze([
  commonLocalBands satisfies ScoringPolicy,
  daraConsistency,
  barnardosRimRules,
  londonCafThresholds,
  safelivesMarac satisfies MaracPolicy,
  safelivesPlusLibraryDefaultsMarac,
  safelives2009Marac,
  caadaCrimeOnlyRepeatMarac,
  youngPeoplePathwayDefaults,
  sharedConcepts,
  reportingSeverity,
  reassessmentDefaults,
  everyIncident,
  crimeOrRecentHistory,
  cambridgeshireReviewDeadlines,
  cambridgeshireInterventionLevels,
  safelivesRepeat,
  episodeDefaults,
]);
