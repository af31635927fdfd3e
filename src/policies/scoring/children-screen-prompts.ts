/**
 * The prompt to assess the children with the Barnardo's RIM when a DASH or
 * DARA assessment shows children (or a pregnancy) in the picture. Shared by
 * the shipped scoring and DARA policies.
 *
 * @module
 */
import type { ScreenPromptRule } from '../../model/policy.js';

/**
 * Screen prompt rules: a yes to the police DASH children and dependants
 * questions, to conflict over child contact, or to a pregnancy or recent
 * birth prompts the Barnardo's DV RIM for each child (and the unborn child).
 * Using the RIM beside the DASH is local safeguarding practice (London
 * boroughs from 2009; Solihull's procedures, for example), not a SafeLives or
 * national rule: the basis is `local`.
 *
 * @example
 * ```ts
 * childrenScreenPrompts[0]!.screen; // 'barnardos-rim'
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export const childrenScreenPrompts: readonly ScreenPromptRule[] = [
  {
    screen: 'barnardos-rim',
    reason:
      'Children, dependants or a pregnancy are in the picture: complete the Barnardo\u2019s risk identification matrix for each child (and the unborn child), and make or consider a children\u2019s safeguarding referral under local procedures.',
    anyOf: [
      'children-not-abusers-or-dependants',
      'hurt-children-or-dependants',
      'threatened-children-or-dependants',
      'child-contact-conflict',
      'pregnancy-or-recent-birth',
    ],
    basis: 'local',
  },
];
