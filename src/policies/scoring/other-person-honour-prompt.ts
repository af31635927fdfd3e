/**
 * The prompt to use the "honour"-based abuse screen when another person
 * threatens the victim. Shared by the shipped scoring policies.
 *
 * @module
 */
import type { ScreenPromptRule } from '../../model/policy.js';

/**
 * Screen prompt rule: a yes to "someone else has threatened the victim, or
 * the victim fears someone else" prompts the "honour"-based abuse screen
 * (H-DASH), since several perpetrators, often family or community members,
 * is one of its markers. The edition's own items already prompt it from
 * isolation and control; adding this question is a da-risk default.
 *
 * @example
 * ```ts
 * otherPersonHonourPrompt.screen; // 'h-dash'
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export const otherPersonHonourPrompt: ScreenPromptRule = {
  screen: 'h-dash',
  reason:
    'Someone besides the abuser threatens the victim, or the victim fears someone else: several perpetrators is a marker of "honour"-based abuse. Consider the "honour"-based abuse screen.',
  anyOf: ['other-person-threat'],
  basis: 'library-default',
};
