/**
 * The shipped case-rule policies: reassessment triggers and clocks, the
 * assessment-required rule in both forms, review deadlines, levels of
 * intervention and the definition of a MARAC repeat.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type {
  AssessmentRequiredPolicy,
  InterventionPolicy,
  ReassessmentPolicy,
  RepeatDefinition,
  ReviewDeadlinePolicy,
  TriggerRule,
} from '../../model/case-policy.js';
import type { EpisodePolicy } from '../../model/episode.js';

const APP = 'College of Policing APP (victim safety and support): named trigger point';

const rule = (
  trigger: TriggerRule['trigger'],
  title: string,
  basis: TriggerRule['basis'],
  source: string,
  timing: TriggerRule['timing'],
): TriggerRule => ({ trigger, title, basis, source, timing, timingBasis: 'library-default' });

/**
 * Reassessment policy `reassessment-defaults` version `2`. Every trigger from
 * the domain table, each with its real basis (APP, SafeLives, local guidance,
 * a police statement, or a da-risk default, labelled). Guidance names the
 * trigger points but rarely a time: every timing here is a da-risk default
 * (`timingBasis: 'library-default'`) for an area to replace. Periodic review:
 * every 6 weeks at high and 8 weeks at medium, counted from the last
 * completed assessment. SafeLives' IDVA service standard asks for a review
 * every 6–8 weeks without splitting by level: the split is a da-risk default.
 * Version 1 (retired) labelled the split, the bail trigger and the
 * victim-moved trigger as published rules.
 *
 * @example
 * ```ts
 * dueReassessments(record, now, reassessmentDefaults).due;
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export const reassessmentDefaults: ReassessmentPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'reassessment',
  id: 'reassessment-defaults',
  version: '2',
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
    rule(
      'bail-changed',
      'Bail conditions set, changed or cancelled',
      'library-default',
      'da-risk default, inferred from the Victims\u2019 Code duty to tell victims of bail changes within 1 working day (the Code does not ask for a reassessment)',
      { after: { days: 1 } },
    ),
    rule('breach', 'Breach of bail or of a civil order', 'safelives', 'SafeLives guidance on reassessing risk at trigger points (the exact document is not verified); a breach is also a MARAC repeat incident', { after: { days: 1 } }),
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
    rule('weapon-access', 'New access to weapons', 'safelives', 'SafeLives guidance on reassessing risk at trigger points (the exact document is not verified)', { after: { days: 1 } }),
    rule('perpetrator-suicide-threat', 'Perpetrator threatens suicide', 'national-guidance', 'APP (custody checklists record it for the pre-release assessment)', { after: { days: 1 } }),
    rule(
      'perpetrator-circumstances',
      'Perpetrator\u2019s circumstances change (medication stopped, drink or drugs, relationship breakdown, job loss, money crisis)',
      'local',
      'The definition of medium risk names these; job loss is from research, not guidance',
      { after: { days: 7 } },
    ),
    rule(
      'victim-moved',
      'Victim moves',
      'local',
      'A police force\u2019s published statement, not national guidance (a move may lower risk if the victim cannot be traced; a lowering still needs a recorded decision)',
      { after: { days: 7 } },
    ),
    rule('marac-feedback', 'New information from MARAC', 'local', 'Local practice', { after: { days: 7 } }),
    rule('new-information', 'New information from an investigation or another agency', 'local', 'Local practice', { after: { days: 7 } }),
    rule('victim-disengaged', 'A victim stops engaging or calling', 'library-default', 'da-risk default (HMIC 2014 found no mechanism to notice)', { after: { days: 7 } }),
    rule('case-closing', 'Case closure review', 'safelives', 'SafeLives\u2019 service standard for IDVA services (review at closure)', { before: { days: 14 } }),
  ],
  periodic: {
    intervals: { high: { days: 42 }, medium: { days: 56 }, standard: null },
    counting: 'from-last-assessment',
    lead: { days: 7 },
    basis: 'library-default',
    source:
      'SafeLives\u2019 IDVA service standard asks for a review every 6\u20138 weeks, on any change and at closure, without splitting by level; 6 weeks at high and 8 at medium is a da-risk default',
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
  recentBirth: {
    window: { months: 18 },
    item: 'pregnancy-or-recent-birth',
    basis: 'safelives',
    source: 'SafeLives DASH risk checklist, question 9 (pregnant, or a baby in the last 18 months)',
  },
} satisfies ReassessmentPolicy);

/**
 * Assessment-required policy `every-incident` version `1` (the default): every
 * domestic incident gets a risk assessment, crime or not, as the DASH 2009
 * model and HMIC (2014) want. Overdue after 24 hours (a library default).
 *
 * @example
 * ```ts
 * assessmentStatus(record, now, everyIncident).map((s) => s.status); // ['assessed', 'assessment-overdue']
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export const everyIncident: AssessmentRequiredPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'assessment-required',
  id: 'every-incident',
  version: '1',
  basis: 'national-guidance',
  source: 'The ACPO DASH (2009) model (every domestic incident is risk assessed); HMIC, Everyone\u2019s business (2014), on the Cambridgeshire rule',
  title: 'A risk assessment for every domestic incident',
  summary: 'Every domestic incident, crime or not, first-time or repeat, gets a risk assessment (the DASH 2009 model; HMIC 2014).',
  rule: 'every-incident',
  recentWindow: { months: 12 },
  within: { hours: 24 },
  withinBasis: 'library-default',
} satisfies AssessmentRequiredPolicy);

/**
 * Assessment-required policy `crime-or-recent-history` version `2014`: the
 * historical Cambridgeshire rule — an assessment only where a crime was
 * committed or either party was in a domestic incident in the previous 12
 * months. HMIC criticised it: first-time non-crime incidents went unassessed.
 * Kept so that past cases can be re-explained, not recommended.
 *
 * @example
 * ```ts
 * assessmentStatus(record, now, crimeOrRecentHistory)[0]?.required; // false for a first-time non-crime incident
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export const crimeOrRecentHistory: AssessmentRequiredPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'assessment-required',
  id: 'crime-or-recent-history',
  version: '2014',
  basis: 'local',
  title: 'Assessment only for a crime or a recent history (historical Cambridgeshire rule)',
  summary:
    'A risk assessment only where a crime was committed or either party had a domestic incident in the previous 12 months. HMIC (2014) criticised this rule; it is shipped to re-explain past cases.',
  rule: 'crime-or-recent-history',
  recentWindow: { months: 12 },
  within: { hours: 24 },
  withinBasis: 'library-default',
} satisfies AssessmentRequiredPolicy);

/**
 * Review-deadline policy `cambridgeshire-2014` version `1`: every
 * first-response assessment reviewed by a supervisor (within 24 hours, a
 * library default), and medium and high cases processed by the referral unit
 * within 72 hours (Cambridgeshire's MARU target; HMIC found backlogs of up to
 * five weeks).
 *
 * @example
 * ```ts
 * reviewDeadlines(record, now, cambridgeshireReviewDeadlines).filter((d) => d.status === 'breached');
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export const cambridgeshireReviewDeadlines: ReviewDeadlinePolicy = /* @__PURE__ */ deepFreeze({
  kind: 'review-deadlines',
  id: 'cambridgeshire-2014',
  version: '1',
  basis: 'local',
  title: 'Supervisor review and referral-unit processing (Cambridgeshire, 2014)',
  summary:
    'A supervisor reviews every first-response assessment; the multi-agency referral unit processes medium and high cases within 72 hours.',
  supervisor: { within: { hours: 24 }, basis: 'library-default' },
  referralUnit: { levels: ['medium', 'high'], within: { hours: 72 }, basis: 'local' },
} satisfies ReviewDeadlinePolicy);

/**
 * Intervention policy `cambridgeshire-offer` version `2016.2`: the four
 * levels of the Cambridgeshire partnership's staged "Offer" (`local`). A high
 * final level, a RIM scale 4 or a MARAC referral maps to level 4; any
 * assessment on record to level 3; known incidents without an assessment to
 * level 2. The mapping is da-risk's reading of the model
 * (`mappingBasis: 'library-default'`, said in every reason); replace it with
 * an area's own. Version 2016 (retired) did not label the mapping.
 *
 * @example
 * ```ts
 * interventionLevel(record, now, cambridgeshireInterventionLevels)?.level; // 4
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export const cambridgeshireInterventionLevels: InterventionPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'intervention-levels',
  id: 'cambridgeshire-offer',
  version: '2016.2',
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
  mappingBasis: 'library-default',
} satisfies InterventionPolicy);

/**
 * Repeat definition `safelives-repeat` version `1`: a MARAC referral within 12
 * months of the same victim's previous referral is a repeat (the measure in
 * SafeLives' national figures and Cambridgeshire's indicators).
 *
 * @example
 * ```ts
 * managementInformation(cases, { from, to, now, repeat: safelivesRepeat, reassessment: reassessmentDefaults, assessmentRequired: everyIncident });
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export const safelivesRepeat: RepeatDefinition = /* @__PURE__ */ deepFreeze({
  kind: 'repeat-definition',
  id: 'safelives-repeat',
  version: '1',
  basis: 'safelives',
  source: 'SafeLives\u2019 national MARAC data (a repeat is a case referred again within 12 months of the previous referral)',
  title: 'MARAC repeat: referred again within 12 months',
  summary: 'A referral is a repeat when the same victim was referred within the previous 12 months.',
  window: { months: 12 },
} satisfies RepeatDefinition);

/**
 * Episode policy `episode-12-months` version `1` (a da-risk default): case
 * checks read every assessment, of every instrument, since the last recorded
 * closure of the case and at most 12 months back (London calendar dates, both
 * ends inclusive). The highest final level in the episode governs. A MARAC
 * referral does not end the episode: it answers the reasons to refer before
 * it, while the case stays governed by the level that led to it. The
 * 12 months match SafeLives' windows for repeats and escalation; using them
 * for the episode is da-risk's choice, for an area to replace.
 *
 * @example
 * ```ts
 * caseEpisode(record, now, episodeDefaults).governing?.level; // 'high'
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export const episodeDefaults: EpisodePolicy = /* @__PURE__ */ deepFreeze({
  kind: 'episode',
  id: 'episode-12-months',
  version: '1',
  basis: 'library-default',
  title: 'Case episode: since the last closure, at most 12 months (da-risk default)',
  summary:
    'Case checks read every assessment of every instrument since the case was last closed, and at most 12 months back. The highest final level governs; a later, lower assessment never replaces it. A MARAC referral answers the reasons to refer before it but does not end the episode. The 12-month window matches SafeLives\u2019 windows for repeats and escalation; applying it to episodes is a da-risk default.',
  window: { months: 12 },
  windowBasis: 'library-default',
} satisfies EpisodePolicy);
