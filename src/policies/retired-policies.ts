/**
 * Superseded versions of shipped policies. A policy's id and version name its
 * rules, and results and decisions made under a version are read back and
 * replayed under it: so a corrected policy ships as a new version and the
 * old one stays here, unchanged in its rules, for re-explaining past cases.
 * None of these is a default, and none should be chosen for new work.
 *
 * @module
 */
import { deepFreeze } from '../common/deep-freeze.js';
import type { InterventionPolicy, ReassessmentPolicy, TriggerRule } from '../model/case-policy.js';
import type { MaracPolicy, ScoringPolicy } from '../model/policy.js';
import { retiredDaraPolicies } from './dara/retired-dara-policies.js';
import { retiredRimPolicies } from './rim/retired-rim-policies.js';
import { childrenScreenPrompts } from './scoring/children-screen-prompts.js';
import { dashRedFlagsV1 } from './scoring/dash-red-flags.js';

/**
 * A superseded policy version, what replaced it, and why.
 *
 * @example
 * ```ts
 * const entry: RetiredPolicy = retiredPolicies[0]!;
 * entry.supersededBy; // { id: 'common-local-bands', version: '2' }
 * ```
 * @since 0.1.0
 * @category Stored results
 */
export interface RetiredPolicy {
  /** The superseded policy, as it shipped. */
  readonly policy: { readonly kind: string; readonly id: string; readonly version: string };
  /** The policy that replaces it (id and version). */
  readonly supersededBy: { readonly id: string; readonly version: string };
  /** Why it was superseded, in plain language. */
  readonly why: string;
}

const commonLocalBandsV1: ScoringPolicy = /* @__PURE__ */ deepFreeze({
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
  redFlags: dashRedFlagsV1,
  screenPrompts: childrenScreenPrompts,
  completeness: { maxUnknown: 3, basis: 'library-default' },
  judgement: { lowering: 'refused', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'library-default' }, basis: 'local' },
} satisfies ScoringPolicy);

const safelivesMaracV1: MaracPolicy = /* @__PURE__ */ deepFreeze({
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

const safelives2009MaracV1: MaracPolicy = /* @__PURE__ */ deepFreeze({
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

const APP = 'College of Policing APP (victim safety and support): named trigger point';

const rule = (
  trigger: TriggerRule['trigger'],
  title: string,
  basis: TriggerRule['basis'],
  source: string,
  timing: TriggerRule['timing'],
): TriggerRule => ({ trigger, title, basis, source, timing, timingBasis: 'library-default' });

const reassessmentDefaultsV1: ReassessmentPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'reassessment',
  id: 'reassessment-defaults',
  version: '1',
  basis: 'library-default',
  title: 'Reassessment triggers and review clock (da-risk defaults)',
  summary:
    'Reassess at every trigger point the guidance names, before scheduled events such as a trial or a release from prison, and periodically by risk level. The triggers come from guidance; the times are da-risk defaults for an area to set.',
  triggers: [
    rule('released-from-custody', 'Suspect released from custody', 'national-guidance', APP, { after: { days: 1 } }),
    rule('charged', 'Suspect charged', 'national-guidance', APP, { after: { days: 7 } }),
    rule('trial-approaching', 'Trial approaching', 'national-guidance', APP, { before: { days: 14 } }),
    rule('sentenced', 'Sentencing', 'national-guidance', APP, { after: { days: 7 } }),
    rule('released-from-prison', 'Release from prison', 'national-guidance', APP, { before: { days: 14 } }),
    rule('order-imposed', 'Court order imposed', 'national-guidance', APP, { after: { days: 2 } }),
    rule('order-expiring', 'Court order expiring', 'national-guidance', APP, { before: { days: 7 } }),
    rule('bail-changed', 'Bail conditions set, changed or cancelled', 'national-guidance', 'Victims\u2019 Code (victims told within 1 working day); an inferred trigger', { after: { days: 1 } }),
    rule('breach', 'Breach of bail or of a civil order', 'safelives', 'SafeLives; also a MARAC repeat incident', { after: { days: 1 } }),
    rule('family-proceedings', 'Family or child-contact proceedings', 'national-guidance', 'APP; DASH question 7', { after: { days: 7 } }),
    rule('victim-new-relationship', 'Victim starts a new relationship', 'national-guidance', APP, { after: { days: 14 } }),
    rule('new-incident', 'A further incident, crime or not', 'local', 'Local guidance; SafeLives', { after: { days: 1 } }),
    rule(
      'unwanted-contact',
      'Unwanted contact from the abuser, crime or not (calls, messages, turning up)',
      'local',
      'Local guidance; at MARAC, SafeLives counts any further abuse, crime or not, as a repeat',
      { after: { days: 1 } },
    ),
    rule(
      'child-contact-incident',
      'An incident of abuse around child contact (handovers, arrangements)',
      'local',
      'Local guidance; DASH question 7 (conflict over child contact); at MARAC, SafeLives counts any further abuse as a repeat',
      { after: { days: 1 } },
    ),
    rule('separation', 'Separation, actual, planned, attempted or perceived', 'local', 'Local guidance; DASH question 6; homicide research', { after: { days: 2 } }),
    rule('pregnancy-or-birth', 'Pregnancy or a birth', 'local', 'DASH question 9; local guidance', { after: { days: 14 } }),
    rule('escalation', 'Abuse more frequent or more severe', 'local', 'DASH questions 10\u201311; MARAC potential escalation', { after: { days: 1 } }),
    rule('stalking', 'Stalking or harassment begins or resumes', 'local', 'DASH question 8; S-DASH', { after: { days: 2 } }),
    rule('weapon-access', 'New access to weapons', 'safelives', 'SafeLives', { after: { days: 1 } }),
    rule('perpetrator-suicide-threat', 'Perpetrator threatens suicide', 'national-guidance', 'APP (custody checklists record it for the pre-release assessment)', { after: { days: 1 } }),
    rule(
      'perpetrator-circumstances',
      'Perpetrator\u2019s circumstances change (medication stopped, drink or drugs, relationship breakdown, job loss, money crisis)',
      'local',
      'The definition of medium risk names these; job loss is from research, not guidance',
      { after: { days: 7 } },
    ),
    rule('victim-moved', 'Victim moves', 'national-guidance', 'Police statement (a move may lower risk if untraceable; a lowering still needs a recorded decision)', { after: { days: 7 } }),
    rule('marac-feedback', 'New information from MARAC', 'local', 'Local practice', { after: { days: 7 } }),
    rule('new-information', 'New information from an investigation or another agency', 'local', 'Local practice', { after: { days: 7 } }),
    rule('victim-disengaged', 'A victim stops engaging or calling', 'library-default', 'da-risk default (HMIC 2014 found no mechanism to notice)', { after: { days: 7 } }),
    rule('case-closing', 'Case closure review', 'safelives', 'SafeLives service standard', { before: { days: 14 } }),
  ],
  periodic: {
    intervals: { high: { days: 42 }, medium: { days: 56 }, standard: null },
    counting: 'from-last-assessment',
    lead: { days: 7 },
    basis: 'safelives',
  },
  itemTriggers: {
    separation: 'separation',
    'child-contact-conflict': 'family-proceedings',
    'stalking-harassment': 'stalking',
    'pregnancy-or-recent-birth': 'pregnancy-or-birth',
    'abuse-more-often': 'escalation',
    'abuse-getting-worse': 'escalation',
    escalation: 'escalation',
    weapons: 'weapon-access',
    'perpetrator-suicide': 'perpetrator-suicide-threat',
    'breached-orders': 'breach',
    'drugs-alcohol-mental-health': 'perpetrator-circumstances',
    'financial-issues': 'perpetrator-circumstances',
  },
  recentBirth: { window: { months: 18 }, item: 'pregnancy-or-recent-birth', basis: 'safelives' },
} satisfies ReassessmentPolicy);

const cambridgeshireInterventionLevelsV2016: InterventionPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'intervention-levels',
  id: 'cambridgeshire-offer',
  version: '2016',
  basis: 'local',
  title: 'Levels of intervention (Cambridgeshire partnership Offer, 2016)',
  summary:
    'Four levels from community to intensive response. Which results reach which level is da-risk\u2019s reading of the model, for an area to replace.',
  levels: [
    { level: 1, title: 'Community', response: 'Awareness and support in the community.' },
    { level: 2, title: 'Universal and preventive services', response: 'Universal services and early prevention.' },
    {
      level: 3,
      title: 'Initial response',
      response: 'Risk identification and assessment (DASH and/or the Barnardo\u2019s RIM), safety planning and referral.',
    },
    { level: 4, title: 'Intensive response', response: 'Expert advice; risk and safety managed in casework for the highest risk.' },
  ],
  highest: { level: 4, riskLevels: ['high'], rimScales: [4], maracReferral: true },
  assessed: 3,
  unassessed: 2,
} satisfies InterventionPolicy);

/**
 * Every superseded version of a shipped policy, oldest first, with what
 * replaced it. The stored-result reader and `verifyResult` find these by id
 * and version, so results made under them still read back and replay.
 *
 * @example
 * ```ts
 * retiredPolicies.map((entry) => `${entry.policy.id}@${entry.policy.version}`); // ['common-local-bands@1', 'safelives@2024.1', …]
 * ```
 * @since 0.1.0
 * @category Stored results
 */
export const retiredPolicies: readonly RetiredPolicy[] = /* @__PURE__ */ deepFreeze([
  {
    policy: commonLocalBandsV1,
    supersededBy: { id: 'common-local-bands', version: '2' },
    why: 'Version 2 adds red flags for suicide (the victim\u2019s thoughts, the abuser\u2019s threats or attempts) and for another person threatening the victim, counts isolation and stalking as control in the separation cluster, no longer titles isolation as "honour"-based abuse, and prompts the "honour"-based abuse screen when another person threatens the victim.',
  },
  {
    policy: safelivesMaracV1,
    supersededBy: { id: 'safelives', version: '2024.2' },
    why: 'Version 2024.1 put three da-risk defaults (a DARA-high route, a judged high as a referral, a police DASH threshold) in the policy named SafeLives. Version 2024.2 holds SafeLives\u2019 criteria only; the additions moved to safelives-plus-library-defaults version 1.',
  },
  {
    policy: safelives2009MaracV1,
    supersededBy: { id: 'safelives-2009', version: '2009.2' },
    why: 'The April 2009 CAADA form lists routes 1\u20133 only. Version 2009.1 added a crime-only repeat route from a later CAADA wording, and a police DASH threshold; the repeat now ships as caada-crime-only-repeat version 1.',
  },
  {
    policy: reassessmentDefaultsV1,
    supersededBy: { id: 'reassessment-defaults', version: '2' },
    why: 'Version 1 labelled the 6-week/8-week split of periodic review as SafeLives\u2019 (SafeLives asks for 6\u20138 weeks, not split by level), the bail trigger as national guidance (it is inferred from the Victims\u2019 Code) and the victim-moved trigger as national guidance (it comes from one police statement).',
  },
  {
    policy: cambridgeshireInterventionLevelsV2016,
    supersededBy: { id: 'cambridgeshire-offer', version: '2016.2' },
    why: 'Version 2016 did not say that the mapping from results to levels is da-risk\u2019s reading of the model, not the partnership\u2019s rule.',
  },
  {
    policy: retiredRimPolicies[0]!,
    supersededBy: { id: 'barnardos-rim-rules', version: '2' },
    why: 'Version 1 gave every rule the basis publisher; only the four scales and the under-7 or special-needs uplift are the matrix\u2019s. Version 2 gives each rule its own basis and source; it classifies every input alike.',
  },
  {
    policy: retiredDaraPolicies[0]!,
    supersededBy: { id: 'dara-consistency', version: '2' },
    why: 'Its checks had no basis of their own. Version 2 marks each a da-risk default (naming the research where the idea comes from); it raises the same flags.',
  },
]);
