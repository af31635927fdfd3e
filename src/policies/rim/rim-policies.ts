/**
 * The default RIM classification rules (each rule with its own basis: the
 * matrix's or a da-risk default) and the London CAF-era mapping from scale to
 * threshold of need.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { RimRulesPolicy, ThresholdOfNeedPolicy } from '../../model/rim.js';

/**
 * RIM policy `barnardos-rim-rules` version `2`. Each rule says whose it is:
 *
 * - **the matrix's** (basis `publisher`, with a source): the four scales,
 *   and the uplift consideration for a child under 7 or with special needs —
 *   suggest raising scale 2 to 3 and scale 3 to 4; at scale 1 note a higher
 *   risk only;
 * - **da-risk defaults** (basis `library-default`): the suggested scale is the
 *   highest scale with a confirmed indicator (the matrix has no score and no
 *   combining rule); pregnancy or a baby under 12 months with any incident
 *   suggests scale 4 (described in secondary sources, not verified on the
 *   matrix); a judgement may not set a scale below the suggested one, and
 *   lowering a scale another practitioner set needs a named authoriser.
 *
 * The overall basis is `library-default` because the policy mixes the two.
 * Version 1 (one `publisher` basis for everything) is kept in
 * `retiredPolicies` for reading back results made under it; the
 * classifications are the same.
 *
 * @example
 * ```ts
 * assessRim(input, { policies: { rules: barnardosRimRules, needs: londonCafThresholds } });
 * barnardosRimRules.pregnancyOrBaby.basis; // 'library-default'
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export const barnardosRimRules: RimRulesPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'rim',
  id: 'barnardos-rim-rules',
  version: '2',
  basis: 'library-default',
  title: 'Barnardo\u2019s DV RIM scales and uplift, with da-risk defaults',
  summary:
    'From the matrix: the four scales, and for a child under 7 or with special needs a suggestion to raise scale 2 to 3 and 3 to 4 (at scale 1 a note only). da-risk defaults, not Barnardo\u2019s: the suggested scale is the highest confirmed indicator; pregnancy or a baby under 12 months with any incident suggests scale 4 (secondary sources, not verified on the matrix); a judgement may not go below the suggested scale, and lowering another practitioner\u2019s scale needs an authoriser.',
  instruments: ['barnardos-rim'],
  scales: { basis: 'publisher', source: 'Barnardo\u2019s DV RIM (the matrix: its four scale columns)' },
  suggestedScale: { rule: 'highest-confirmed', basis: 'library-default' },
  uplift: { underAge: 7, basis: 'publisher', source: 'Barnardo\u2019s DV RIM (the matrix: its note on children under 7 or with special needs)' },
  pregnancyOrBaby: {
    underMonths: 12,
    basis: 'library-default',
    source: 'Secondary descriptions of the matrix, only as where the idea comes from',
    note: 'Not verified on the matrix itself.',
  },
  judgement: { lowering: 'refused', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'library-default' }, basis: 'library-default' },
} satisfies RimRulesPolicy);

/**
 * Threshold-of-need policy `london-caf-2009` version `1`: the London
 * CAF-era table (scale 1–2: level 2, additional needs; scale 3: level 3,
 * child in need, Section 17; scale 4: level 4, child protection, Section 47
 * enquiry). CAF has since been replaced by early-help assessments and local
 * threshold documents: substitute your area's own with `defineThresholdOfNeedPolicy`.
 *
 * @example
 * ```ts
 * londonCafThresholds.scales[3]?.response; // 'Child in need of protection: consider a Section 47 enquiry; …'
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export const londonCafThresholds: ThresholdOfNeedPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'threshold-of-need',
  id: 'london-caf-2009',
  version: '1',
  basis: 'local',
  title: 'London CAF-era thresholds of need for the DV RIM',
  summary:
    'The mapping used when the matrix was launched across London in 2009. Replace it with the area\u2019s current threshold document.',
  scales: [
    { scale: 1, threshold: 'Level 2: additional needs', response: 'Targeted support from a single practitioner (CAF).' },
    { scale: 2, threshold: 'Level 2: additional needs', response: 'A lead professional and integrated support from several agencies (CAF).' },
    {
      scale: 3,
      threshold: 'Level 3: complex needs',
      response: 'Child in need: children\u2019s services may consider an assessment under Section 17 of the Children Act 1989.',
    },
    {
      scale: 4,
      threshold: 'Level 4: acute needs',
      response: 'Child in need of protection: consider a Section 47 enquiry; the child may become looked after.',
    },
  ],
} satisfies ThresholdOfNeedPolicy);
