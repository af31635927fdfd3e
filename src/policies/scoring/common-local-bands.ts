/**
 * The default scoring policy: the bands many local partnerships use with the
 * DASH count. A common local convention, not a national rule.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { ScoringPolicy } from '../../model/policy.js';
import { childrenScreenPrompts } from './children-screen-prompts.js';
import { dashRedFlags } from './dash-red-flags.js';
import { otherPersonHonourPrompt } from './other-person-honour-prompt.js';

/**
 * Scoring policy `common-local-bands` version `2`: standard 0–9, medium 10–13,
 * high 14+ for the SafeLives DASH RIC and the police DASH; the DASH red
 * flags, each with its basis; the Barnardo's RIM prompted when children or a
 * pregnancy are in the picture (local practice); the "honour"-based abuse
 * screen prompted when another person threatens the victim (a da-risk
 * default); more than 3 don't know or declined answers make an assessment
 * incomplete (a library default); judgement may raise at any count but not go
 * below the computed level, and lowering a level another practitioner's
 * judgement set needs a named authoriser.
 *
 * The bands are used by many local partnerships (for example Plymouth,
 * Southampton, Norfolk) but were not found in a SafeLives primary source;
 * only the 14+ high-risk threshold on the 24-question checklist is
 * SafeLives'; on the 27-question police DASH, which has no published
 * threshold, the same bands are a da-risk default. Results carry a notice that says so. Version 1 (retired,
 * see `retiredPolicies`) lacked the suicide and another-person red flags.
 *
 * @example
 * ```ts
 * const result = assess(input, { policy: commonLocalBands });
 * result.policy; // { id: 'common-local-bands', version: '2', basis: 'local' }
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export const commonLocalBands: ScoringPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'scoring',
  id: 'common-local-bands',
  version: '2',
  basis: 'local',
  title: 'Common local DASH bands (standard 0–9, medium 10–13, high 14+)',
  summary:
    'Bands used by many local partnerships with the DASH count: 0–9 standard, 10–13 medium, 14 or more high. Only the 14+ threshold on the 24-question checklist comes from SafeLives; the lower bands are a local convention, and on the 27-question police form the same bands are a da-risk default (no threshold is published for it). Judgement may raise a level at any count and may not go below the computed level; lowering a level another practitioner set needs a named authoriser.',
  instruments: ['dash-ric', 'police-dash'],
  bands: [
    { level: 'standard', min: 0 },
    { level: 'medium', min: 10 },
    { level: 'high', min: 14 },
  ],
  redFlags: dashRedFlags,
  screenPrompts: [...childrenScreenPrompts, otherPersonHonourPrompt],
  completeness: { maxUnknown: 3, basis: 'library-default' },
  judgement: { lowering: 'refused', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'library-default' }, basis: 'local' },
} satisfies ScoringPolicy);
