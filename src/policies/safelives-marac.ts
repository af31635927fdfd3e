/**
 * The MARAC referral criteria as SafeLives publishes them now, and as CAADA
 * published them in 2009.
 *
 * @module
 */
import { deepFreeze } from '../model/freeze.js';
import type { MaracPolicy } from '../model/policy.js';

/**
 * MARAC policy `safelives` (current SafeLives criteria): visible high risk at
 * a count of 14 or more; professional judgement; potential escalation at 3 or
 * more abuse events in 12 months reported to any agency; repeat = any further
 * abuse within 12 months of the last referral. Victims under 16 go to
 * children's safeguarding. A final level of high set by judgement counts as a
 * judgement referral, and a DARA grade of high is a referral route (both
 * library defaults: no national rule was found).
 *
 * @example
 * ```ts
 * checkMarac({ now: '2025-06-01T00:00:00Z', assessment: result }, safelivesMarac).refer;
 * ```
 * @since 0.1.0
 */
export const safelivesMarac: MaracPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'marac',
  id: 'safelives',
  version: '2024.1',
  basis: 'safelives',
  title: 'SafeLives MARAC referral criteria (current)',
  summary:
    'Refer a victim aged 16 or over when the DASH count is 14 or more, on professional judgement, after 3 or more abuse events in 12 months reported to any agency, or on any further abuse within 12 months of the last MARAC referral.',
  minimumVictimAge: 16,
  childrensSafeguarding: {
    underAge: 18,
    basis: 'national-guidance',
    source: 'Children Act 1989 (anyone under 18 is a child; a child at risk of significant harm is referred to children\u2019s social care); local safeguarding partnership procedures',
  },
  visibleHighRisk: { threshold: 14, instruments: ['dash-ric', 'police-dash'], basis: 'safelives' },
  gradedHighRisk: { instruments: ['dara'], level: 'high', isReferralRoute: true, basis: 'library-default' },
  professionalJudgement: { basis: 'safelives', judgementHighIsReferral: true, judgementHighBasis: 'library-default' },
  potentialEscalation: { minEvents: 3, window: { months: 12 }, reportedTo: 'any-agency', isReferralRoute: true, basis: 'safelives' },
  repeat: { window: { months: 12 }, counts: 'any-abuse', basis: 'safelives' },
} satisfies MaracPolicy);

/**
 * MARAC policy `safelives-2009` (the CAADA 2009 criteria, kept so that cases
 * decided under them can be re-explained): visible high risk at 14 or more;
 * professional judgement; potential escalation at 3 or more police call-outs
 * in 12 months; repeat counted only for incidents that would be crimes. No
 * DARA route (DARA did not exist).
 *
 * @example
 * ```ts
 * checkMarac({ now, victimAge, events }, safelives2009Marac).routesMet; // counts police call-outs only
 * ```
 * @since 0.1.0
 */
export const safelives2009Marac: MaracPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'marac',
  id: 'safelives-2009',
  version: '2009.1',
  basis: 'safelives',
  title: 'CAADA MARAC referral criteria (2009)',
  summary:
    'Refer a victim aged 16 or over when the DASH count is 14 or more, on professional judgement, or after 3 or more police call-outs in 12 months; a repeat is a further incident that would be a crime within 12 months of the last referral.',
  minimumVictimAge: 16,
  childrensSafeguarding: {
    underAge: 18,
    basis: 'national-guidance',
    source: 'Children Act 1989 (anyone under 18 is a child; a child at risk of significant harm is referred to children\u2019s social care); local safeguarding partnership procedures',
  },
  visibleHighRisk: { threshold: 14, instruments: ['dash-ric', 'police-dash'], basis: 'safelives' },
  gradedHighRisk: null,
  professionalJudgement: { basis: 'safelives', judgementHighIsReferral: true, judgementHighBasis: 'library-default' },
  potentialEscalation: { minEvents: 3, window: { months: 12 }, reportedTo: ['police'], isReferralRoute: true, basis: 'safelives' },
  repeat: { window: { months: 12 }, counts: 'crime-only', basis: 'safelives' },
} satisfies MaracPolicy);
