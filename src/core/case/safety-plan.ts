/**
 * The safety-plan check (RARA: Remove, Avoid, Reduce, Accept).
 *
 * @module
 */
import type { CaseRecord } from '../../model/case.js';
import { toIso } from '../../model/dates.js';
import type { CaseEpisode, EpisodePolicy } from '../../model/episode.js';
import { episodeView } from './episode.js';
import { timelineOf } from './timeline.js';
import { readInstant } from '../../common/instant.js';

/**
 * The safety-plan check of a case.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface SafetyPlanCheck {
  /** Whether the case is high risk: the level that governs the episode is high, or a child is at RIM scale 4 on an assessment of the episode. */
  readonly highRisk: boolean;
  /** Why the case is (or is not) high risk, naming the assessment. */
  readonly highRiskReason: string;
  /** The episode read: which assessment governs, and why. */
  readonly episode: CaseEpisode;
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
 * plan older than the latest trigger event, is flagged. A case is high risk
 * when the level that governs its episode is high (the highest final level of
 * every assessment since the last closure, not the latest one), or when a RIM
 * of the episode puts a child at scale 4.
 *
 * @param record - the case
 * @param now - the moment of the check
 * @param episode - the episode policy
 * @returns the check
 *
 * @example
 * ```ts
 * checkSafetyPlan(record, now).flags.map((f) => f.id); // ['only-accepts-risk', 'older-than-latest-trigger']
 * ```
 * @since 0.1.0
 */
export function checkSafetyPlan(record: CaseRecord, now: string, episode: EpisodePolicy): SafetyPlanCheck {
  const at = readInstant(now, ['now']);
  const timeline = timelineOf(record);
  const view = episodeView(timeline, at, now, episode);
  const governing = view.episode.governing;
  const severeChild = [...view.assessments].reverse().find((a) => a.item.result.kind === 'rim' && a.item.result.household.highestFinal === 4);
  const highRisk = governing?.level === 'high' || severeChild !== undefined;
  const highRiskReason =
    governing?.level === 'high'
      ? `High risk: the governing level of the episode is high (assessment ${governing.assessmentId}, ${governing.date}).`
      : severeChild !== undefined
        ? `High risk: a child is at RIM scale 4 (assessment ${severeChild.item.id}, ${severeChild.item.date}).`
        : governing === null
          ? 'Not shown as high risk: no assessment with a level is in the episode.'
          : `Not shown as high risk: the governing level of the episode is ${governing.level} (assessment ${governing.assessmentId}).`;
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
    const updated = readInstant(plan.updatedAt, ['safetyPlan', 'updatedAt']);
    const latestTrigger = [...timeline.events].reverse().find((dated) => dated.at <= at);
    if (latestTrigger !== undefined && latestTrigger.at > updated) {
      flags.push({
        id: 'older-than-latest-trigger',
        reason: `The plan was last updated ${toIso(updated)}, before the latest trigger (${latestTrigger.item.type}, ${latestTrigger.item.date}). Review it.`,
      });
    }
  }
  const reasons = [
    highRiskReason,
    plan === undefined
      ? 'No safety plan is recorded.'
      : `Safety plan: ${actions.remove} remove, ${actions.avoid} avoid, ${actions.reduce} reduce, ${actions.accept} accept.`,
    ...flags.map((flag) => flag.reason),
  ];
  return Object.freeze({
    highRisk,
    highRiskReason,
    episode: view.episode,
    actions: Object.freeze(actions),
    flags: Object.freeze(flags.map((flag) => Object.freeze(flag))),
    reasons: Object.freeze([...reasons, ...view.episode.reasons]),
  });
}
