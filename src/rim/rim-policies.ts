/**
 * The default RIM classification rules and the London CAF-era mapping from
 * scale to threshold of need.
 *
 * @module
 */
import { deepFreeze } from '../model/freeze.js';
import type { RimPolicy, ThresholdOfNeedPolicy } from '../model/rim.js';

/**
 * RIM policy `barnardos-rim-rules` version `1`: the rules described for the
 * matrix — children under 7 or with special needs get a suggested uplift
 * (scale 2 to 3, 3 to 4), pregnancy or a baby under 12 months with any
 * incident suggests scale 4 (from secondary sources, not verified on the
 * matrix itself). Judgement may raise a scale with reasons; it may not set a
 * scale below the suggested one, and lowering a scale another practitioner
 * set (an accepted uplift, say) needs a named authoriser. That lowering rule is
 * a da-risk default: the matrix weighs protective factors by judgement but
 * gives no rule for how far they may lower a scale. A local policy may allow
 * lowering below the suggested scale with a rationale and an authoriser.
 *
 * @example
 * ```ts
 * assessRim(input, { policies: { rules: barnardosRimRules, needs: londonCafThresholds } });
 * ```
 * @since 0.1.0
 */
export const barnardosRimRules: RimPolicy = /* @__PURE__ */ deepFreeze({
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
} satisfies RimPolicy);

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
