/**
 * The DASH red flags: answers that call for professional judgement whatever
 * the count. Shared by the shipped scoring policies. Each flag says whose
 * rule it is: most are named by local guidance as grounds for a referral on
 * professional judgement below the threshold; the rest are da-risk defaults.
 *
 * @module
 */
import type { RedFlagRule } from '../../model/policy.js';

const LOCAL = 'Local MARAC and police guidance that lists grounds for a referral on professional judgement below the DASH threshold';

/**
 * Red flag rules over the shared DASH item ids (the same ids on the SafeLives
 * checklist and the police form; the police form's children and dependants
 * questions are covered on the police edition). A flag prompts judgement; it
 * never changes a level by itself.
 *
 * - strangulation, threats to kill, weapons, stalking (with the S-DASH),
 *   extreme fear, escalation, separation, pregnancy or a new baby, another
 *   person threatening the victim or several perpetrators, and separation
 *   with coercive control and violence: named by local guidance (`local`);
 * - coercive control by isolation (with the "honour"-based abuse screen),
 *   the victim's thoughts of suicide, the abuser's suicide threats or
 *   attempts, and children or dependants harmed or threatened: da-risk
 *   defaults (`library-default`).
 *
 * @example
 * ```ts
 * dashRedFlags.map((rule) => rule.id).includes('abuser-suicide-threat'); // true
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export const dashRedFlags: readonly RedFlagRule[] = [
  {
    id: 'strangulation',
    title: 'Non-fatal strangulation',
    reason:
      'Strangulation, choking, suffocation or drowning was disclosed: a marker of serious harm and homicide risk. Consider a referral on professional judgement whatever the count. (A ground that local guidance names, not a SafeLives or national rule.)',
    allOf: [['strangulation']],
    basis: 'local',
    source: LOCAL,
  },
  {
    id: 'threats-to-kill',
    title: 'Threats to kill',
    reason: 'A threat to kill, taken seriously by the victim, was disclosed. Consider a referral on professional judgement whatever the count. (A ground that local guidance names, not a SafeLives or national rule.)',
    allOf: [['threats-to-kill']],
    basis: 'local',
    source: LOCAL,
  },
  {
    id: 'weapons',
    title: 'Weapons',
    reason: 'The abuser has used a weapon or object to hurt. Consider a referral on professional judgement whatever the count. (A ground that local guidance names, not a SafeLives or national rule.)',
    allOf: [['weapons']],
    basis: 'local',
    source: LOCAL,
  },
  {
    id: 'stalking',
    title: 'Stalking or harassment',
    reason: 'Stalking or harassment was disclosed: complete the S-DASH stalking screen and weigh it in the judgement. (A ground that local guidance names, not a SafeLives or national rule.)',
    allOf: [['stalking-harassment']],
    basis: 'local',
    source: LOCAL,
  },
  {
    id: 'isolation',
    title: 'Isolation (coercive control)',
    reason:
      'The abuser keeps the victim apart from family or friends: a form of coercive control. Weigh it in the judgement, and use the "honour"-based abuse screen, since isolation can also be one of its signs. (A da-risk default, not published guidance.)',
    allOf: [['isolation']],
    basis: 'library-default',
  },
  {
    id: 'separation-control-violence',
    title: 'Separation with coercive control and violence',
    reason:
      'Separation together with coercive control and physical or sexual violence is a combination local guidance singles out as dangerous. Consider a referral on professional judgement. (Local guidance names controlling or jealous behaviour; da-risk also counts isolation and stalking or harassment as control.)',
    allOf: [
      ['separation'],
      ['controlling-or-jealous', 'isolation', 'stalking-harassment'],
      ['current-injury', 'weapons', 'strangulation', 'sexual-abuse'],
    ],
    basis: 'local',
    source: LOCAL,
  },
  {
    id: 'separation',
    title: 'Separation',
    reason: 'Separation, actual or attempted, in the past year: risk often rises around separation. (A ground that local guidance names, not a SafeLives or national rule.)',
    allOf: [['separation']],
    basis: 'local',
    source: LOCAL,
  },
  {
    id: 'pregnancy-or-recent-birth',
    title: 'Pregnancy or a new baby',
    reason: 'The victim is pregnant or had a baby in the past 18 months: abuse often starts or escalates then, and a baby is at risk too. (A ground that local guidance names, not a SafeLives or national rule.)',
    allOf: [['pregnancy-or-recent-birth']],
    basis: 'local',
    source: LOCAL,
  },
  {
    id: 'escalation',
    title: 'Escalation',
    reason: 'The abuse is becoming more frequent or more severe. Consider a referral on professional judgement and reassess soon. (A ground that local guidance names, not a SafeLives or national rule.)',
    allOf: [['abuse-more-often', 'abuse-getting-worse']],
    basis: 'local',
    source: LOCAL,
  },
  {
    id: 'extreme-fear',
    title: 'Extreme fear',
    reason: 'The victim is very frightened. The victim\u2019s own view of the risk is itself a ground for a referral on professional judgement. (A ground that local guidance names, not a SafeLives or national rule.)',
    allOf: [['very-frightened']],
    basis: 'local',
    source: LOCAL,
  },
  {
    id: 'victim-suicide-risk',
    title: 'Victim: low mood or thoughts of suicide',
    reason:
      'The victim is low in mood or has thoughts of suicide: ask directly about suicide, make a safety plan for the victim\u2019s own life, and weigh it in the judgement. (A da-risk default, not published guidance.)',
    allOf: [['victim-depressed-or-suicidal']],
    basis: 'library-default',
  },
  {
    id: 'abuser-suicide-threat',
    title: 'Abuser: suicide threats or attempts',
    reason:
      'The abuser has threatened or attempted suicide: a known marker in domestic homicide, including homicide followed by suicide. Consider a referral on professional judgement whatever the count. (A da-risk default, not published guidance.)',
    allOf: [['perpetrator-suicide']],
    basis: 'library-default',
  },
  {
    id: 'other-person-threat',
    title: 'Threats from another person, or several perpetrators',
    reason:
      'Someone besides the abuser has threatened the victim, or the victim fears someone else: there may be several perpetrators. Use the "honour"-based abuse screen (several perpetrators is one of its markers) and consider a referral on professional judgement. (A ground that local guidance names, not a SafeLives or national rule.)',
    allOf: [['other-person-threat']],
    basis: 'local',
    source: LOCAL,
  },
  {
    id: 'children-harmed-or-threatened',
    title: 'Children or dependants harmed or threatened',
    reason:
      'The abuser has hurt or threatened the children or dependants: make a children\u2019s safeguarding referral and consider the Barnardo\u2019s risk identification matrix for each child. (A da-risk default, not published guidance.)',
    allOf: [['hurt-children-or-dependants', 'threatened-children-or-dependants']],
    basis: 'library-default',
  },
];

/** The version 1 flags had no basis field; they are read as they shipped. */
function legacy(rules: readonly Omit<RedFlagRule, 'basis'>[]): readonly RedFlagRule[] {
  return rules as readonly RedFlagRule[];
}

/**
 * The red flags of `common-local-bands` version 1, kept so that results made
 * under it read back and replay. Version 2 added the suicide and
 * another-person flags, counted isolation and stalking as control in the
 * separation cluster, and stopped titling isolation as "honour"-based abuse.
 *
 * They are kept exactly as they shipped, before a red flag carried its basis
 * (so the retired policy's fingerprint is unchanged); the flags themselves
 * never reach a result with a basis, so nothing read back differs.
 *
 * @internal
 */
export const dashRedFlagsV1: readonly RedFlagRule[] = /* @__PURE__ */ legacy([
  {
    id: 'strangulation',
    title: 'Non-fatal strangulation',
    reason:
      'Strangulation, choking, suffocation or drowning was disclosed: a marker of serious harm and homicide risk. Consider a referral on professional judgement whatever the count.',
    allOf: [['strangulation']],
  },
  {
    id: 'threats-to-kill',
    title: 'Threats to kill',
    reason: 'A threat to kill that the victim believed was disclosed. Consider a referral on professional judgement whatever the count.',
    allOf: [['threats-to-kill']],
  },
  {
    id: 'weapons',
    title: 'Weapons',
    reason: 'The abuser has used a weapon or object to hurt. Consider a referral on professional judgement whatever the count.',
    allOf: [['weapons']],
  },
  {
    id: 'stalking',
    title: 'Stalking or harassment',
    reason: 'Stalking or harassment was disclosed: complete the S-DASH stalking screen and weigh it in the judgement.',
    allOf: [['stalking-harassment']],
  },
  {
    id: 'isolation-honour-based-abuse',
    title: 'Isolation: consider "honour"-based abuse',
    reason:
      'The victim is kept apart from family or friends. Consider whether the abuse is "honour"-based (often several perpetrators and family or community collusion) and use the "honour"-based abuse screen.',
    allOf: [['isolation']],
  },
  {
    id: 'separation-control-violence',
    title: 'Separation with coercive control and violence',
    reason:
      'Separation together with controlling or jealous behaviour and physical or sexual violence is a combination singled out as dangerous. Consider a referral on professional judgement.',
    allOf: [['separation'], ['controlling-or-jealous'], ['current-injury', 'weapons', 'strangulation', 'sexual-abuse']],
  },
  {
    id: 'separation',
    title: 'Separation',
    reason: 'Separation, actual or attempted, in the past year: risk often rises around separation.',
    allOf: [['separation']],
  },
  {
    id: 'pregnancy-or-recent-birth',
    title: 'Pregnancy or a new baby',
    reason: 'The victim is pregnant or had a baby in the past 18 months: abuse often starts or escalates then, and a baby is at risk too.',
    allOf: [['pregnancy-or-recent-birth']],
  },
  {
    id: 'escalation',
    title: 'Escalation',
    reason: 'The abuse is happening more often or getting worse. Consider a referral on professional judgement and reassess soon.',
    allOf: [['abuse-more-often', 'abuse-getting-worse']],
  },
  {
    id: 'extreme-fear',
    title: 'Extreme fear',
    reason: 'The victim is very frightened. The victim\u2019s own view of the risk is itself a ground for a referral on professional judgement.',
    allOf: [['very-frightened']],
  },
  {
    id: 'children-harmed-or-threatened',
    title: 'Children or dependants harmed or threatened',
    reason:
      'The abuser has hurt or threatened the children or dependants: make a children\u2019s safeguarding referral and consider the Barnardo\u2019s risk identification matrix for each child.',
    allOf: [['hurt-children-or-dependants', 'threatened-children-or-dependants']],
  },
]);
