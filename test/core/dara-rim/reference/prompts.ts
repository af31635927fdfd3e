// Reference: the 0.1.0 implementation, kept unchanged apart from its imports (not shipped), so that
// property tests can show the faster DARA and RIM paths in src/core give identical results (issue 15).
/**
 * Screen prompts: the follow-on screens and assessments that yes answers
 * prompt, from the edition's own items (the S-DASH, the "honour"-based abuse
 * screen) and from the policy (the Barnardo's RIM when children are in the
 * picture). Shared by every scorer; a prompt never changes a level.
 *
 * @module
 */
import { EMPTY } from '../../../../src/common/deep-freeze.js';
import type { Instrument } from '../../../../src/model/instrument.js';
import type { ScreenPromptRule } from '../../../../src/model/policy.js';
import type { ScreenPrompt } from '../../../../src/model/result.js';
import { YES } from './read-answers.js';

/** A screen and the item indices that prompt it, each with its reason. @internal */
export interface PromptPlan {
  readonly screen: string;
  readonly items: readonly number[];
  readonly reasons: readonly string[];
}

/**
 * The prompt plans of an edition under a policy's rules: the edition's item
 * prompts first, then the policy's, one plan per screen, items in form order.
 *
 * @internal
 */
export function promptPlansOf(instrument: Instrument, rules: readonly ScreenPromptRule[]): PromptPlan[] {
  const plans: { screen: string; items: number[]; reasons: string[] }[] = [];
  const add = (screen: string, item: number, reason: string) => {
    let plan = plans.find((p) => p.screen === screen);
    if (plan === undefined) {
      plan = { screen, items: [], reasons: [] };
      plans.push(plan);
    }
    if (plan.items.includes(item)) return;
    plan.items.push(item);
    plan.reasons.push(reason);
  };
  instrument.items.forEach((item, i) => {
    for (const prompt of item.prompts) add(prompt.screen, i, prompt.reason);
  });
  for (const rule of rules) {
    instrument.items.forEach((item, i) => {
      if (rule.anyOf.includes(item.id)) add(rule.screen, i, rule.reason);
    });
  }
  for (const plan of plans) {
    const order = plan.items.map((_, k) => k).sort((a, b) => plan.items[a]! - plan.items[b]!);
    plan.items = order.map((k) => plan.items[k]!);
    plan.reasons = order.map((k) => plan.reasons[k]!);
  }
  return plans;
}

/**
 * The screens prompted by a set of answer codes: each screen once, with the
 * items that prompted it and the reason of the first, ordered by the first
 * item that prompted it.
 *
 * @internal
 */
export function screenPrompts(plans: readonly PromptPlan[], codes: Uint8Array, ids: readonly string[]): readonly ScreenPrompt[] {
  const prompts: { first: number; prompt: ScreenPrompt }[] = [];
  for (const plan of plans) {
    const items: string[] = [];
    let reason: string | undefined;
    let first = -1;
    plan.items.forEach((i, k) => {
      if (codes[i] === YES) {
        if (first < 0) {
          first = i;
          reason = plan.reasons[k];
        }
        items.push(ids[i]!);
      }
    });
    if (first >= 0) prompts.push({ first, prompt: Object.freeze({ screen: plan.screen, items: Object.freeze(items), reason: reason! }) });
  }
  prompts.sort((a, b) => a.first - b.first);
  return prompts.length === 0 ? EMPTY : Object.freeze(prompts.map((p) => p.prompt));
}
