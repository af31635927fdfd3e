/**
 * `dueReassessments`: what reassessment a case needs now, why, and by which rule.
 *
 * @module
 */
import type { CaseRecord } from '../../model/case.js';
import type { ReassessmentPolicy } from '../../model/case-policy.js';
import { windowEnd } from '../../model/calendar.js';
import type { CaseEpisode, EpisodePolicy } from '../../model/episode.js';
import type { EventRef } from '../../model/marac.js';
import { clockItem, futureEvents, openEventItems, type ReassessmentItem } from './triggers.js';
import { readPolicy } from './reassessment-rules.js';
import { caseIso } from './read-date.js';
import { episodeView } from './episode.js';
import { latestOnOrBefore, timelineOf, type Timeline } from './timeline.js';
import { readCaseInstant as readInstant } from './read-date.js';

function recentBirthOf(timeline: Timeline, now: number, policy: ReassessmentPolicy): DueReassessments['recentBirth'] {
  // The latest pregnancy or birth on or before `now`.
  const latestBirth = latestOnOrBefore(timeline.events, now, (dated) => dated.item.type === 'pregnancy-or-birth');
  if (latestBirth === undefined) return null;
  const until = windowEnd(latestBirth.at, policy.recentBirth.window);
  if (now > until) return null;
  // The latest assessment on or before `now` that is not a RIM.
  const latest = latestOnOrBefore(timeline.assessments, now, (dated) => dated.item.result.kind !== 'rim')?.item.result;
  let answer: 'yes' | 'no' | 'unknown' | 'not-asked' | 'none' = 'none';
  if (latest !== undefined && latest.kind !== 'rim') {
    const item = policy.recentBirth.item;
    const items = latest.items;
    answer = items.yes.includes(item)
      ? 'yes'
      : items.no.includes(item)
        ? 'no'
        : items.dontKnow.includes(item) || items.declined.includes(item) || items.unanswered.includes(item)
          ? 'unknown'
          : 'not-asked';
  }
  if (answer === 'yes') return null;
  return Object.freeze({
    event: Object.freeze({ id: latestBirth.item.id ?? null, date: latestBirth.item.date }),
    until: caseIso(until),
    latestAnswer: answer,
  });
}

/**
 * The reassessments a case needs at `now`.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface DueReassessments {
  /** The moment of the check. */
  readonly now: string;
  /** The reassessment policy. */
  readonly policy: { readonly id: string; readonly version: string };
  /** Due or overdue, earliest due date first. */
  readonly due: readonly ReassessmentItem[];
  /** Scheduled ones not yet open (a trial further away than the window, a periodic review). */
  readonly upcoming: readonly ReassessmentItem[];
  /** Events dated after `now` that are not scheduled events: not counted. */
  readonly futureEvents: readonly EventRef[];
  /** True when no assessment at all is on record. */
  readonly noAssessmentOnRecord: boolean;
  /**
   * A pregnancy or birth recorded within the policy's window (18 months on the
   * DASH), while the latest assessment did not record the pregnancy question
   * as yes; null otherwise.
   */
  readonly recentBirth: { readonly event: EventRef; readonly until: string; readonly latestAnswer: 'yes' | 'no' | 'unknown' | 'not-asked' | 'none' } | null;
  /** The episode read: which assessment governs the review clock, and why; dropped levels and high levels not referred. */
  readonly episode: CaseEpisode;
  /** Plain-language summary. The library never suggests lowering a level. */
  readonly reasons: readonly string[];
}

/**
 * The reassessments a case needs at `now` under a policy: every trigger event
 * (custody release, charge, a trial inside its window, a release from prison,
 * an order imposed or expiring, a breach, a new incident…) that no risk
 * reassessment has answered since it opened, and the periodic review clock
 * by the level that governs the episode (the highest final level of every
 * assessment since the last closure, not the latest one). Each item carries
 * its trigger, due date (a London date for day and month timings), status,
 * the basis of the rule and of its timing, and the policy. Events may be given
 * in any order; an event of an "after" type dated after `now` is reported,
 * not counted.
 *
 * @param record - the case (validated, see `parseCase`)
 * @param now - the moment of the check (ISO 8601 with offset)
 * @param policy - the reassessment policy
 * @param episode - the episode policy
 * @returns the frozen answer
 * @throws {@link DaRiskError} `invalid-input` for a malformed date
 *
 * @example
 * ```ts
 * const answer = dueReassessments(record, '2025-06-01T09:00:00Z', reassessmentDefaults);
 * answer.due.map((item) => [item.trigger, item.status]); // [['released-from-custody', 'overdue'], ['trial-approaching', 'due']]
 * ```
 * @since 0.1.0
 */
export function dueReassessments(record: CaseRecord, now: string, policy: ReassessmentPolicy, episode: EpisodePolicy): DueReassessments {
  const at = readInstant(now, ['now']);
  const timeline = timelineOf(record);
  const view = episodeView(timeline, at, now, episode);
  const due: ReassessmentItem[] = [];
  const upcoming: ReassessmentItem[] = [];
  openEventItems(timeline, at, policy, due, upcoming);
  const clock = clockItem(view, at, policy);
  if (clock !== null) (clock.status === 'upcoming' ? upcoming : due).push(clock);
  const byDue = (a: ReassessmentItem, b: ReassessmentItem) =>
    a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.trigger < b.trigger ? -1 : a.trigger > b.trigger ? 1 : 0;
  due.sort(byDue);
  upcoming.sort(byDue);
  // Sorted by instant: none on or before `now` when the first is after it.
  const noAssessment = timeline.assessments.length === 0 || timeline.assessments[0]!.at > at;
  const overdue = due.filter((item) => item.status === 'overdue').length;
  const reasons = [
    due.length === 0
      ? 'No reassessment is due.'
      : `${due.length} reassessment${due.length === 1 ? ' is' : 's are'} due${overdue > 0 ? `, ${overdue} overdue` : ''}.`,
    ...due.map((item) => item.reason),
  ];
  if (noAssessment) {
    reasons.push(
      view.episode.after > 0
        ? `No assessment is on record on or before the time of the check (${view.episode.after} dated after it ${view.episode.after === 1 ? 'was' : 'were'} not read: check the dates).`
        : 'No assessment is on record for this case.',
    );
  }
  reasons.push(...view.episode.reasons);
  reasons.push('A reassessment may find the risk higher or lower; any lowering is a practitioner\u2019s recorded decision, never the library\u2019s.');
  const recentBirth = recentBirthOf(timeline, at, policy);
  if (recentBirth !== null) {
    reasons.push(
      `A pregnancy or birth was recorded on ${recentBirth.event.date}: the DASH pregnancy question applies until ${recentBirth.until}, and the latest assessment ${recentBirth.latestAnswer === 'none' ? 'is missing' : recentBirth.latestAnswer === 'not-asked' ? 'did not ask it' : `recorded ${recentBirth.latestAnswer}`}.`,
    );
  }
  const future = futureEvents(timeline, at, policy);
  if (future.length > 0) reasons.push(`${future.length} event${future.length === 1 ? ' is' : 's are'} dated after the time of the check and not counted.`);
  return Object.freeze({
    now,
    policy: readPolicy(policy).ref,
    due: Object.freeze(due),
    upcoming: Object.freeze(upcoming),
    futureEvents: Object.freeze(future),
    noAssessmentOnRecord: noAssessment,
    recentBirth,
    episode: view.episode,
    reasons: Object.freeze(reasons),
  });
}
