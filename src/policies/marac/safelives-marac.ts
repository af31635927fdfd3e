/**
 * The shipped MARAC referral policies. Each says exactly whose rules it
 * holds: SafeLives' current criteria alone; SafeLives' criteria plus three
 * da-risk defaults (the default); CAADA's April 2009 form; and the later
 * CAADA wording with a crime-only repeat.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { MaracPolicy } from '../../model/policy.js';
import {
  CAADA_2009_FORM,
  CAADA_CRIME_ONLY_REPEAT,
  CHILDREN_ACT,
  SAFELIVES_MARAC_CRITERIA,
  SAFELIVES_REPEAT_DEFINITION,
  SAFELIVES_RIC_THRESHOLD,
} from './marac-sources.js';

const childrensSafeguarding = { underAge: 18, basis: 'national-guidance', source: CHILDREN_ACT } as const;

/**
 * MARAC policy `safelives` version `2024.2`: SafeLives' current criteria and
 * nothing else. Refer a victim aged 16 or over on visible high risk (14 or
 * more yes on the 24-question DASH RIC), on professional judgement (a
 * practitioner refers, with reasons), on potential escalation (3 or more
 * abuse events in 12 months reported to any agency) or on a repeat (any
 * further abuse within 12 months of the last referral). No DARA route, no
 * count threshold for the 27-question police DASH, and a level raised to
 * high is not by itself a referral: a high level with no referral or
 * recorded decision not to refer shows as a notice. For SafeLives' criteria
 * with those additions, use {@link safelivesPlusLibraryDefaultsMarac} (the
 * default).
 *
 * @example
 * ```ts
 * checkMarac({ now: '2025-06-01T00:00:00Z', assessment: result }, safelivesMarac).refer;
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export const safelivesMarac: MaracPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'marac',
  id: 'safelives',
  version: '2024.2',
  basis: 'safelives',
  source: SAFELIVES_MARAC_CRITERIA,
  title: 'SafeLives MARAC referral criteria (current), and nothing else',
  summary:
    'SafeLives\u2019 four routes only. Refer a victim aged 16 or over when the 24-question DASH RIC count is 14 or more, when a practitioner refers on professional judgement, after 3 or more abuse events in 12 months reported to any agency, or on any further abuse within 12 months of the last MARAC referral. Victims under 18 also need a children\u2019s safeguarding referral; under 16 it replaces MARAC.',
  minimumVictimAge: 16,
  childrensSafeguarding,
  visibleHighRisk: { threshold: 14, instruments: ['dash-ric'], basis: 'safelives', source: SAFELIVES_RIC_THRESHOLD, otherThresholds: [] },
  gradedHighRisk: null,
  professionalJudgement: { basis: 'safelives', source: SAFELIVES_MARAC_CRITERIA, judgementHighIsReferral: false, judgementHighBasis: 'safelives' },
  potentialEscalation: {
    minEvents: 3,
    window: { months: 12 },
    reportedTo: 'any-agency',
    isReferralRoute: true,
    basis: 'safelives',
    source: SAFELIVES_MARAC_CRITERIA,
  },
  repeat: { window: { months: 12 }, counts: 'any-abuse', basis: 'safelives', source: SAFELIVES_REPEAT_DEFINITION },
} satisfies MaracPolicy);

/**
 * MARAC policy `safelives-plus-library-defaults` version `1` (the default of
 * `checkMarac` and `caseMaracCheck`): SafeLives' four routes, plus three
 * da-risk defaults that no national rule makes — a DARA grade of high is a
 * referral route ("graded high risk"); a final level of high set by
 * judgement counts as a referral on professional judgement; and 14 or more
 * yes on the 27-question police DASH is visible high risk. Every decision
 * that uses one of them says so in its reason.
 *
 * @example
 * ```ts
 * checkMarac({ now: '2025-06-01T00:00:00Z', assessment: daraResult }, safelivesPlusLibraryDefaultsMarac).routesMet; // ['graded-high-risk'] for a DARA high
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export const safelivesPlusLibraryDefaultsMarac: MaracPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'marac',
  id: 'safelives-plus-library-defaults',
  version: '1',
  basis: 'library-default',
  title: 'SafeLives MARAC criteria plus three da-risk defaults (DARA high, judged high, police DASH 14+)',
  summary:
    'SafeLives\u2019 four routes, plus three additions made by da-risk where no national rule was found: a DARA grade of high is a referral route; a final level of high set by judgement counts as a referral on judgement; 14 or more yes on the 27-question police DASH is visible high risk (SafeLives\u2019 14 is for the 24-question checklist). Decisions that use an addition say so.',
  minimumVictimAge: 16,
  childrensSafeguarding,
  visibleHighRisk: {
    threshold: 14,
    instruments: ['dash-ric'],
    basis: 'safelives',
    source: SAFELIVES_RIC_THRESHOLD,
    otherThresholds: [{ instrument: 'police-dash', threshold: 14, basis: 'library-default' }],
  },
  gradedHighRisk: { instruments: ['dara'], level: 'high', isReferralRoute: true, basis: 'library-default' },
  professionalJudgement: { basis: 'safelives', source: SAFELIVES_MARAC_CRITERIA, judgementHighIsReferral: true, judgementHighBasis: 'library-default' },
  potentialEscalation: {
    minEvents: 3,
    window: { months: 12 },
    reportedTo: 'any-agency',
    isReferralRoute: true,
    basis: 'safelives',
    source: SAFELIVES_MARAC_CRITERIA,
  },
  repeat: { window: { months: 12 }, counts: 'any-abuse', basis: 'safelives', source: SAFELIVES_REPEAT_DEFINITION },
} satisfies MaracPolicy);

/**
 * MARAC policy `safelives-2009` version `2009.2`: the referral criteria on
 * CAADA's April 2009 form, routes 1–3 only — visible high risk (14 or more on
 * the 24-question checklist), professional judgement, and 3 or more police
 * call-outs in 12 months. The form had no repeat route (SafeLives added it
 * later); for the later CAADA wording with a crime-only repeat, use
 * {@link caadaCrimeOnlyRepeatMarac}. Kept so that cases decided under it can
 * be re-explained.
 *
 * @example
 * ```ts
 * checkMarac({ now, victimAge, events }, safelives2009Marac).routesMet; // counts police call-outs only; never 'repeat'
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export const safelives2009Marac: MaracPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'marac',
  id: 'safelives-2009',
  version: '2009.2',
  basis: 'safelives',
  source: CAADA_2009_FORM,
  title: 'CAADA MARAC referral criteria on the April 2009 form (routes 1\u20133)',
  summary:
    'Refer a victim aged 16 or over when the 24-question checklist count is 14 or more, on professional judgement, or after 3 or more police call-outs in 12 months. The 2009 form had no repeat route.',
  minimumVictimAge: 16,
  childrensSafeguarding,
  visibleHighRisk: { threshold: 14, instruments: ['dash-ric'], basis: 'safelives', source: CAADA_2009_FORM, otherThresholds: [] },
  gradedHighRisk: null,
  professionalJudgement: { basis: 'safelives', source: CAADA_2009_FORM, judgementHighIsReferral: false, judgementHighBasis: 'safelives' },
  potentialEscalation: {
    minEvents: 3,
    window: { months: 12 },
    reportedTo: ['police'],
    isReferralRoute: true,
    basis: 'safelives',
    source: CAADA_2009_FORM,
  },
  repeat: null,
} satisfies MaracPolicy);

/**
 * MARAC policy `caada-crime-only-repeat` version `1` (legacy): the 2009
 * routes plus the repeat route in CAADA's later, older wording, where a
 * repeat counted only further incidents that would be crimes if reported
 * (an unknown crime status still counts). The exact CAADA document is not
 * verified. Kept so that cases decided under it can be re-explained; the
 * current definition counts any abuse ({@link safelivesMarac}).
 *
 * @example
 * ```ts
 * checkMarac({ now, victimAge, events, previousReferrals }, caadaCrimeOnlyRepeatMarac).routesMet; // a non-crime incident is not a repeat
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export const caadaCrimeOnlyRepeatMarac: MaracPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'marac',
  id: 'caada-crime-only-repeat',
  version: '1',
  basis: 'safelives',
  source: CAADA_CRIME_ONLY_REPEAT,
  title: 'CAADA MARAC criteria with the older crime-only repeat (legacy)',
  summary:
    'The April 2009 routes (14 or more on the 24-question checklist, professional judgement, 3 or more police call-outs in 12 months) plus a repeat counted only for further incidents that would be crimes, within 12 months of the last referral: CAADA\u2019s older repeat wording (document not verified). Legacy: kept to re-explain past cases.',
  minimumVictimAge: 16,
  childrensSafeguarding,
  visibleHighRisk: { threshold: 14, instruments: ['dash-ric'], basis: 'safelives', source: CAADA_2009_FORM, otherThresholds: [] },
  gradedHighRisk: null,
  professionalJudgement: { basis: 'safelives', source: CAADA_2009_FORM, judgementHighIsReferral: false, judgementHighBasis: 'safelives' },
  potentialEscalation: {
    minEvents: 3,
    window: { months: 12 },
    reportedTo: ['police'],
    isReferralRoute: true,
    basis: 'safelives',
    source: CAADA_2009_FORM,
  },
  repeat: { window: { months: 12 }, counts: 'crime-only', basis: 'safelives', source: CAADA_CRIME_ONLY_REPEAT },
} satisfies MaracPolicy);
