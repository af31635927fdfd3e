/**
 * The DASH red flags: answers that local guidance names as grounds for a
 * professional-judgement referral even below the threshold. Shared by the
 * shipped scoring policies.
 *
 * @module
 */
import type { RedFlagRule } from '../model/policy.js';

/**
 * Red flag rules over the shared DASH item ids. A flag prompts judgement; it
 * never changes a level by itself.
 *
 * @example
 * ```ts
 * dashRedFlags.map((rule) => rule.id).includes('strangulation'); // true
 * ```
 * @since 0.1.0
 */
export const dashRedFlags: readonly RedFlagRule[] = [
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
];
