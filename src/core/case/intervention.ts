/**
 * Levels of intervention: where a case sits on an area's staged model.
 *
 * @module
 */
import type { CaseRecord } from '../../model/case.js';
import { incidentTypes } from '../../model/case.js';
import type { InterventionPolicy } from '../../model/case-policy.js';
import type { CaseEpisode, EpisodePolicy } from '../../model/episode.js';
import { episodeView } from './episode.js';
import { timelineOf } from './timeline.js';
import { readInstant } from '../../common/instant.js';

/**
 * A case's level of intervention.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface InterventionLevel {
  /** The level. */
  readonly level: number;
  /** Its title. */
  readonly title: string;
  /** The response at that level. */
  readonly response: string;
  /** The policy. */
  readonly policy: { readonly id: string; readonly version: string };
  /** Why, naming the assessment or referral that places the case. */
  readonly reason: string;
  /** The episode read: which assessment governs, and why. */
  readonly episode: CaseEpisode;
}

/**
 * The level of intervention of a case at `now` under a policy (by default
 * the Cambridgeshire Offer: a high level, a RIM scale 4 or a MARAC referral
 * in the current episode is level 4; any assessment on record level 3;
 * incidents without an assessment level 2). The level read is the one that
 * governs the episode (the highest final level since the last closure), never
 * only the latest assessment's. Null when nothing is known that places the case.
 *
 * @param record - the case
 * @param now - the moment of the check
 * @param policy - the intervention policy
 * @param episode - the episode policy
 * @returns the level, or null
 *
 * @example
 * ```ts
 * interventionLevel(record, now, cambridgeshireInterventionLevels)?.level; // 4
 * ```
 * @since 0.1.0
 */
export function interventionLevel(
  record: CaseRecord,
  now: string,
  policy: InterventionPolicy,
  episode: EpisodePolicy,
): InterventionLevel | null {
  const at = readInstant(now, ['now']);
  const timeline = timelineOf(record);
  const view = episodeView(timeline, at, now, episode);
  const governing = view.episode.governing;
  const referral = [...timeline.referrals].reverse().find((r) => r.at <= at && r.at >= view.start);
  const mapping =
    policy.mappingBasis === 'library-default'
      ? ` Which results reach which level is a da-risk reading of the ${policy.title} model, not the partnership\u2019s own rule.`
      : '';
  const pick = (level: number, text: string): InterventionLevel => {
    const entry = policy.levels.find((l) => l.level === level)!;
    const reason = text + mapping;
    return Object.freeze({
      level,
      title: entry.title,
      response: entry.response,
      policy: Object.freeze({ id: policy.id, version: policy.version }),
      reason,
      episode: view.episode,
    });
  };
  const { highest } = policy;
  if (governing !== null && highest.riskLevels.includes(governing.level)) {
    return pick(
      highest.level,
      `The level that governs the episode is ${governing.level} (assessment ${governing.assessmentId}, ${governing.date}).`,
    );
  }
  const rims = view.assessments.filter((a) => a.item.result.kind === 'rim');
  for (let i = rims.length - 1; i >= 0; i--) {
    const result = rims[i]!.item.result;
    const scale = result.kind === 'rim' ? result.household.highestFinal : null;
    if (scale !== null && highest.rimScales.includes(scale)) {
      return pick(highest.level, `A child is at RIM scale ${scale} (assessment ${rims[i]!.item.id}, ${rims[i]!.item.date}).`);
    }
  }
  if (highest.maracReferral && referral !== undefined) {
    return pick(highest.level, `The case was referred to MARAC on ${referral.item.date}, in the current episode.`);
  }
  if (timeline.assessments.some((a) => a.at <= at)) return pick(policy.assessed, 'A risk assessment is on record.');
  if (timeline.events.some((e) => e.at <= at && incidentTypes.includes(e.item.type))) {
    return pick(policy.unassessed, 'Incidents are known but no risk assessment is on record.');
  }
  return null;
}
