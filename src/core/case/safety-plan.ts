/**
 * The safety-plan check (RARA: Remove, Avoid, Reduce, Accept).
 *
 * @module
 */
import type { CaseRecord } from '../../model/case.js';
import { toIso } from '../../model/dates.js';
import { nowOf } from './triggers.js';
import { finalLevel, instantAt, timelineOf } from './timeline.js';

/**
 * The safety-plan check of a case.
 *
 * @since 0.1.0
 */
export interface SafetyPlanCheck {
  /** Whether the case is high risk (latest final level high, or a child at RIM scale 4). */
  readonly highRisk: boolean;
  /** Actions by RARA type. */
  readonly actions: { readonly remove: number; readonly avoid: number; readonly reduce: number; readonly accept: number };
  /** Flags: `no-plan`, `empty-plan`, `only-accepts-risk`, `older-than-latest-trigger`. */
  readonly flags: readonly { readonly id: string; readonly reason: string }[];
  /** Plain-language summary. */
  readonly reasons: readonly string[];
}

/**
 * Checks a case's safety plan against the RARA model at `now`: a high-risk
 * case with no plan, an empty plan, a plan whose actions only accept the risk
 * (under positive-action policy "Accept" is very rare in domestic abuse), or a
 * plan older than the latest trigger event, is flagged.
 *
 * @param record - the case
 * @param now - the moment of the check
 * @returns the check
 *
 * @example
 * ```ts
 * checkSafetyPlan(record, now).flags.map((f) => f.id); // ['only-accepts-risk', 'older-than-latest-trigger']
 * ```
 * @since 0.1.0
 */
export function checkSafetyPlan(record: CaseRecord, now: string): SafetyPlanCheck {
  const at = nowOf(now);
  const timeline = timelineOf(record);
  const done = timeline.assessments.filter((a) => a.at <= at);
  const latest = done[done.length - 1]?.item.result;
  const highRisk =
    latest !== undefined &&
    (finalLevel(latest) === 'high' || (latest.kind === 'rim' && latest.household.highestFinal === 4));
  const plan = record.safetyPlan;
  const actions = { remove: 0, avoid: 0, reduce: 0, accept: 0 };
  for (const action of plan?.actions ?? []) actions[action.type]++;
  const flags: { id: string; reason: string }[] = [];
  if (plan === undefined) {
    if (highRisk) flags.push({ id: 'no-plan', reason: 'A high-risk case has no safety plan.' });
  } else {
    if (plan.actions.length === 0) flags.push({ id: 'empty-plan', reason: 'The safety plan has no actions.' });
    else if (highRisk && actions.accept === plan.actions.length) {
      flags.push({
        id: 'only-accepts-risk',
        reason: 'Every action of a high-risk case\u2019s plan accepts the risk; under positive-action policy "Accept" is very rare in domestic abuse. Remove, avoid or reduce it.',
      });
    }
    const updated = instantAt(plan.updatedAt, ['safetyPlan', 'updatedAt']);
    const latestTrigger = [...timeline.events].reverse().find((dated) => dated.at <= at);
    if (latestTrigger !== undefined && latestTrigger.at > updated) {
      flags.push({
        id: 'older-than-latest-trigger',
        reason: `The plan was last updated ${toIso(updated)}, before the latest trigger (${latestTrigger.item.type}, ${latestTrigger.item.date}). Review it.`,
      });
    }
  }
  const reasons = [
    plan === undefined
      ? 'No safety plan is recorded.'
      : `Safety plan: ${actions.remove} remove, ${actions.avoid} avoid, ${actions.reduce} reduce, ${actions.accept} accept.`,
    ...flags.map((flag) => flag.reason),
  ];
  return Object.freeze({
    highRisk,
    actions: Object.freeze(actions),
    flags: Object.freeze(flags.map((flag) => Object.freeze(flag))),
    reasons: Object.freeze(reasons),
  });
}
