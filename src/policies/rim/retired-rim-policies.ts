/**
 * Superseded versions of the shipped RIM classification policy, kept
 * unchanged so that results made under them read back and replay exactly as
 * they were made. None of these is a default, and none is for new work:
 * `assessRim` refuses a policy in the retired format.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { RimPolicy, RimPolicyFormat1 } from '../../model/rim.js';

// barnardos-rim-rules version 1, exactly as it shipped (its fingerprint is pinned in the tests).
const barnardosRimRulesV1: RimPolicyFormat1 = /* @__PURE__ */ deepFreeze({
  kind: 'rim',
  id: 'barnardos-rim-rules',
  version: '1',
  basis: 'publisher',
  title: 'Barnardo\u2019s DV RIM classification rules',
  summary:
    'Suggested scale: the highest column with a confirmed indicator. Under 7 or special needs: suggest raising 2 to 3 and 3 to 4. Pregnancy or a baby under 12 months with any incident: suggest 4. Protective factors are weighed by judgement; a judgement may not go below the suggested scale (a da-risk default), and lowering a scale another practitioner set needs an authoriser.',
  instruments: ['barnardos-rim'],
  upliftUnderAge: 7,
  babyUnderMonths: 12,
  judgement: { lowering: 'refused', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'library-default' }, basis: 'library-default' },
} satisfies RimPolicyFormat1);

/**
 * Retired RIM classification policies, oldest first. Each is kept only so
 * that results and decisions made under it can still be read back and
 * replayed (pass it in the stored-result options, or find it in the shipped
 * lookup).
 *
 * - `barnardos-rim-rules` version 1 — superseded by version 2
 *   (`barnardosRimRules`). Version 1 gave the whole policy the basis
 *   `publisher` (Barnardo's), but only the four scales and the uplift for a
 *   child under 7 or with special needs come from the matrix. The "highest
 *   confirmed indicator" reading, the pregnancy or baby rule (from secondary
 *   sources, not verified on the matrix) and the refusal to go below the
 *   suggested scale are da-risk defaults. Version 2 gives each rule its own
 *   basis and source; its classifications are the same.
 *
 * @example
 * ```ts
 * retiredRimPolicies.map((policy) => `${policy.id}@${policy.version}`); // ['barnardos-rim-rules@1']
 * ```
 * @since 0.1.0
 */
export const retiredRimPolicies: readonly RimPolicy[] = /* @__PURE__ */ Object.freeze([barnardosRimRulesV1]);
