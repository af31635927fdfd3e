/**
 * The default scoring policy: the bands many local partnerships use with the
 * DASH count. A common local convention, not a national rule.
 *
 * @module
 */
import { deepFreeze } from '../model/freeze.js';
import type { ScoringPolicy } from '../model/policy.js';
import { childrenScreenPrompts } from './children-prompts.js';
import { dashRedFlags } from './dash-red-flags.js';

/**
 * Scoring policy `common-local-bands` version `1`: standard 0–9, medium 10–13,
 * high 14+ for the SafeLives DASH RIC and the police DASH; the DASH red
 * flags; the Barnardo's RIM prompted when children or a pregnancy are in the
 * picture (local practice); more than 3 don't know or declined answers make an assessment
 * incomplete (a library default); judgement may raise at any count but not go
 * below the computed level, and lowering a level another practitioner's
 * judgement set needs a named authoriser.
 *
 * The bands are used by many local partnerships (for example Plymouth,
 * Southampton, Norfolk) but were not found in a SafeLives primary source;
 * only the 14+ high-risk threshold is SafeLives'. Results carry a notice
 * that says so.
 *
 * @example
 * ```ts
 * const result = assess(input, { policy: commonLocalBands });
 * result.policy; // { id: 'common-local-bands', version: '1', basis: 'local' }
 * ```
 * @since 0.1.0
 */
export const commonLocalBands: ScoringPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'scoring',
  id: 'common-local-bands',
  version: '1',
  basis: 'local',
  title: 'Common local DASH bands (standard 0–9, medium 10–13, high 14+)',
  summary:
    'Bands used by many local partnerships with the DASH count: 0–9 standard, 10–13 medium, 14 or more high. Only the 14+ threshold comes from SafeLives; the lower bands are a local convention. Judgement may raise a level at any count and may not go below the computed level; lowering a level another practitioner set needs a named authoriser.',
  instruments: ['dash-ric', 'police-dash'],
  bands: [
    { level: 'standard', min: 0 },
    { level: 'medium', min: 10 },
    { level: 'high', min: 14 },
  ],
  redFlags: dashRedFlags,
  screenPrompts: childrenScreenPrompts,
  completeness: { maxUnknown: 3, basis: 'library-default' },
  judgement: { lowering: 'refused', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'library-default' }, basis: 'local' },
} satisfies ScoringPolicy);
