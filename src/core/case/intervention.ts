/**
 * Levels of intervention: where a case sits on an area's staged model.
 *
 * @module
 */
import type { CaseRecord } from '../../model/case.js';
import { incidentTypes } from '../../model/case.js';
import type { InterventionPolicy } from '../../model/case-policy.js';
import { nowOf } from './triggers.js';
import { finalLevel, timelineOf } from './timeline.js';

/**
 * A case's level of intervention.
 *
 * @since 0.1.0
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
  /** Why. */
  readonly reason: string;
}

/**
 * The level of intervention of a case at `now` under a policy (by default
 * the Cambridgeshire Offer: a high final level, a RIM scale 4 or a MARAC
 * referral is level 4; any assessment level 3; incidents without an
 * assessment level 2). Null when nothing is known that places the case.
 *
 * @param record - the case
 * @param now - the moment of the check
 * @param policy - the intervention policy
 * @returns the level, or null
 *
 * @example
 * ```ts
 * interventionLevel(record, now, cambridgeshireInterventionLevels)?.level; // 4
 * ```
 * @since 0.1.0
 */
export function interventionLevel(record: CaseRecord, now: string, policy: InterventionPolicy): InterventionLevel | null {
  const at = nowOf(now);
  const timeline = timelineOf(record);
  const results = timeline.assessments.filter((a) => a.at <= at).map((a) => a.item.result);
  const latestLevels = results.map(finalLevel);
  const latest = results[results.length - 1];
  const levelNow = [...latestLevels].reverse().find((l) => l !== null) ?? null;
  const rimScale = latest?.kind === 'rim' ? latest.household.highestFinal : null;
  const referred = timeline.referrals.some((r) => r.at <= at);
  const pick = (level: number, reason: string): InterventionLevel => {
    const entry = policy.levels.find((l) => l.level === level)!;
    return Object.freeze({ level, title: entry.title, response: entry.response, policy: Object.freeze({ id: policy.id, version: policy.version }), reason });
  };
  const { highest } = policy;
  if (levelNow !== null && highest.riskLevels.includes(levelNow)) return pick(highest.level, `The latest level is ${levelNow}.`);
  if (rimScale !== null && highest.rimScales.includes(rimScale)) return pick(highest.level, `A child is at RIM scale ${rimScale}.`);
  if (highest.maracReferral && referred) return pick(highest.level, 'The case has been referred to MARAC.');
  if (results.length > 0) return pick(policy.assessed, 'A risk assessment is on record.');
  if (timeline.events.some((e) => e.at <= at && incidentTypes.includes(e.item.type))) {
    return pick(policy.unassessed, 'Incidents are known but no risk assessment is on record.');
  }
  return null;
}
