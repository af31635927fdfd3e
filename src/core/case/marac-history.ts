/**
 * The MARAC check over a case's own history, reusing the one MARAC check.
 *
 * @module
 */
import type { CaseRecord } from '../../model/case.js';
import { incidentTypes } from '../../model/case.js';
import type { AbuseEvent, MaracCheckInput, MaracDecision } from '../../model/marac.js';
import type { MaracPolicy } from '../../model/policy.js';
import { decideMarac } from '../marac.js';
import { nowOf } from './triggers.js';
import { timelineOf } from './timeline.js';

/**
 * Runs the MARAC check ({@link decideMarac}) on a case's own history: the
 * latest DASH or DARA assessment on or before `now`, every incident (new
 * incidents and breaches, with their crime status and the agencies told) and
 * every previous MARAC referral, with the victim's age. Repeat and escalation
 * are computed by the same check as everywhere else.
 *
 * @param record - the case
 * @param now - the moment of the check
 * @param policy - the MARAC policy
 * @returns the decision
 *
 * @example
 * ```ts
 * caseMaracCheck(record, '2025-06-01T09:00:00Z', safelivesMarac).routesMet; // ['repeat']
 * ```
 * @since 0.1.0
 */
export function caseMaracCheck(record: CaseRecord, now: string, policy: MaracPolicy): MaracDecision {
  const at = nowOf(now);
  const timeline = timelineOf(record);
  const latest = [...timeline.assessments].reverse().find((a) => a.at <= at && a.item.result.kind !== 'rim');
  const events: AbuseEvent[] = timeline.events
    .filter((dated) => incidentTypes.includes(dated.item.type))
    .map((dated) => ({
      ...(dated.item.id === undefined ? {} : { id: dated.item.id }),
      date: dated.item.date,
      reportedTo: dated.item.reportedTo ?? [],
      crime: dated.item.crime === true,
    }));
  const input: MaracCheckInput = {
    now,
    ...(record.victim?.age === undefined ? {} : { victimAge: record.victim.age }),
    ...(latest === undefined || latest.item.result.kind === 'rim' ? {} : { assessment: latest.item.result }),
    events,
    previousReferrals: timeline.referrals.map((dated) => ({ ...(dated.item.id === undefined ? {} : { id: dated.item.id }), date: dated.item.date })),
  };
  return decideMarac(input, policy);
}
