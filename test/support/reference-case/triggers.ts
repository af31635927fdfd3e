/**
 * Reassessment triggers over a case: every event trigger with when it opened,
 * when it was due and when (if ever) a reassessment answered it, and the
 * periodic review clock.
 *
 * @module
 */
import { daRiskError } from '../../../src/errors/error.js';
import type { CaseEvent, TriggerType } from '../../../src/model/case.js';
import type { ReassessmentPolicy, TriggerRule } from '../../../src/model/case-policy.js';
import { endOfLondonDay, isCalendarDuration, londonDate, londonDayOf, windowEnd, windowStart } from '../../../src/model/calendar.js';
import { describeDuration, toIso, type Duration } from '../../../src/model/dates.js';
import type { EpisodeView } from './episode.js';
import type { EventRef } from '../../../src/model/marac.js';
import type { PolicyBasis } from '../../../src/model/policy.js';
import { finalLevel, firstAt, type Timeline } from './timeline.js';

/**
 * One reassessment a case needs (or needed), with the rule behind it.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface ReassessmentItem {
  /** `event` — a trigger event; `clock` — the periodic review. */
  readonly kind: 'event' | 'clock';
  /** The trigger type, or `periodic-review`. */
  readonly trigger: TriggerType | 'periodic-review';
  /** Short title. */
  readonly title: string;
  /** The events behind it (empty for the clock). */
  readonly events: readonly EventRef[];
  /** From when the reassessment is due (for day and month timings, the start of a London date). */
  readonly opensAt: string;
  /** The last moment it is on time: for day and month timings, the end of the London due date; for hour timings, the exact instant. */
  readonly dueAt: string;
  /** The London date it is due by (inclusive), for day and month timings; null for hour timings. */
  readonly dueDate: string | null;
  /**
   * `upcoming` (not yet open), `due` (open, not yet late), `overdue` (past its due date with no
   * reassessment since it opened). For day and month timings this depends on the London date of
   * the check, never its time of day.
   */
  readonly status: 'upcoming' | 'due' | 'overdue';
  /** Hours past the due date, when overdue. */
  readonly overdueByHours: number | null;
  /** Where the trigger comes from. */
  readonly basis: PolicyBasis;
  /** Where the timing comes from. */
  readonly timingBasis: PolicyBasis;
  /** The source in words. */
  readonly source: string;
  /** The reassessment policy. */
  readonly policy: { readonly id: string; readonly version: string };
  /** Plain-language reason. */
  readonly reason: string;
}

/** A trigger event with its rule and what answered it. @internal */
export interface TriggerRecord {
  readonly event: CaseEvent;
  readonly eventIndex: number;
  readonly rule: TriggerRule;
  readonly opensAt: number;
  readonly dueAt: number;
  /** When a reassessment answered it, or null. */
  readonly answeredAt: number | null;
  /** Whether the timing is counted on calendar dates. */
  readonly calendar: boolean;
}

const RULES = new WeakMap<ReassessmentPolicy, ReadonlyMap<TriggerType, TriggerRule>>();

function rulesOf(policy: ReassessmentPolicy): ReadonlyMap<TriggerType, TriggerRule> {
  let rules = RULES.get(policy);
  if (rules === undefined) {
    rules = new Map(policy.triggers.map((rule) => [rule.trigger, rule]));
    RULES.set(policy, rules);
  }
  return rules;
}

/**
 * Every event trigger of a case up to `now`, with its window and the first
 * risk reassessment (a DASH or DARA assessment with a level, completed on or
 * before `now`; not a RIM or a screen) that answered it. Events of an "after"
 * type dated after `now` have not happened and are left out. Day and month
 * timings run to the end of a London date; a "before" timing opens at the
 * start of one.
 *
 * @internal
 */
export function triggerRecords(timeline: Timeline, now: number, policy: ReassessmentPolicy): TriggerRecord[] {
  const rules = rulesOf(policy);
  // Sorted by instant: the first at or after a trigger opens is found by a binary search.
  const done = timeline.assessments.filter((a) => a.at <= now && finalLevel(a.item.result) !== null);
  const out: TriggerRecord[] = [];
  for (const dated of timeline.events) {
    const rule = rules.get(dated.item.type);
    if (rule === undefined) {
      throw daRiskError('invalid-definition', ['policy', 'triggers'], 'no-rule', `the reassessment policy has no rule for ${dated.item.type}`);
    }
    let opensAt: number;
    let dueAt: number;
    let calendar: boolean;
    if ('after' in rule.timing) {
      if (dated.at > now) continue;
      opensAt = dated.at;
      dueAt = windowEnd(dated.at, rule.timing.after);
      calendar = isCalendarDuration(rule.timing.after);
    } else {
      calendar = isCalendarDuration(rule.timing.before);
      opensAt = windowStart(dated.at, rule.timing.before);
      // Due by the event: the end of its London date for a calendar timing.
      dueAt = calendar ? endOfLondonDay(londonDayOf(dated.at)) : dated.at;
    }
    const answeredAt = done[firstAt(done, opensAt)]?.at ?? null;
    out.push({ event: dated.item, eventIndex: dated.index, rule, opensAt, dueAt, answeredAt, calendar });
  }
  return out;
}

/** Events of an "after" type dated after `now` (not yet happened; not counted). @internal */
export function futureEvents(timeline: Timeline, now: number, policy: ReassessmentPolicy): EventRef[] {
  const rules = rulesOf(policy);
  return timeline.events
    .filter((dated) => dated.at > now && rules.get(dated.item.type) !== undefined && 'after' in rules.get(dated.item.type)!.timing)
    .map((dated) => Object.freeze({ id: dated.item.id ?? null, date: dated.item.date }));
}

function status(now: number, opensAt: number, dueAt: number): ReassessmentItem['status'] {
  return now < opensAt ? 'upcoming' : now <= dueAt ? 'due' : 'overdue';
}

/** The open (unanswered) item of a trigger record. @internal */
export function eventItem(record: TriggerRecord, now: number, policy: ReassessmentPolicy): ReassessmentItem {
  const { rule, event } = record;
  const state = status(now, record.opensAt, record.dueAt);
  const when =
    'after' in rule.timing
      ? `within ${describeDuration(rule.timing.after)} of the event`
      : `by the event, from ${describeDuration(rule.timing.before)} before it`;
  const month = event.precision === 'month' ? ' The date is known only to the month, so it is counted from the first of the month.' : '';
  const late = state === 'overdue' ? ` Overdue by ${Math.ceil((now - record.dueAt) / 3_600_000)} hours.` : '';
  const dueDate = record.calendar ? londonDate(record.dueAt) : null;
  const by = dueDate === null ? '' : ` Due by ${dueDate} (London date, inclusive).`;
  return Object.freeze({
    kind: 'event' as const,
    trigger: rule.trigger,
    title: rule.title,
    events: Object.freeze([Object.freeze({ id: event.id ?? null, date: event.date })]),
    opensAt: toIso(record.opensAt),
    dueAt: toIso(record.dueAt),
    dueDate,
    status: state,
    overdueByHours: state === 'overdue' ? Math.ceil((now - record.dueAt) / 3_600_000) : null,
    basis: rule.basis,
    timingBasis: rule.timingBasis,
    source: rule.source,
    policy: Object.freeze({ id: policy.id, version: policy.version }),
    reason: `${rule.title} (${event.date}): reassess ${when} (${rule.source}; timing: ${rule.timingBasis === 'library-default' ? 'a da-risk default' : rule.timingBasis}).${by}${month}${late} No risk reassessment has been recorded since.`,
  });
}

/**
 * The periodic review item, or null when nothing in the episode has a level
 * or the governing level has no interval. The interval is the one for the
 * level that governs the episode (the highest final level, not the latest:
 * a later, lower assessment never takes away a high-risk review clock),
 * counted from the last risk assessment in the episode (or on a fixed
 * schedule from the first), on London calendar dates.
 *
 * @internal
 */
export function clockItem(view: EpisodeView, now: number, policy: ReassessmentPolicy): ReassessmentItem | null {
  const governing = view.episode.governing;
  if (governing === null) return null;
  const level = governing.level;
  const interval = policy.periodic.intervals[level];
  if (interval === null) return null;
  const levelled = view.assessments.filter((a) => finalLevel(a.item.result) !== null);
  const latest = levelled[levelled.length - 1]!;
  let dueAt: number;
  if (policy.periodic.counting === 'from-last-assessment') {
    dueAt = windowEnd(latest.at, interval);
  } else {
    const anchor = levelled[0]!.at;
    const step = (k: number) => windowEnd(anchor, scaled(interval, k));
    // A step is done by an assessment on its due date: for calendar intervals a step ends at the end of its
    // London date, so the latest assessment is read as the end of its own London date.
    const reached = isCalendarDuration(interval) ? endOfLondonDay(londonDayOf(latest.at)) : latest.at;
    // The first step of the schedule after the latest assessment. Validated intervals are at least a
    // month, a day or an hour, so each step is later than the one before: doubling, then halving, finds
    // it in O(log k) steps however long the schedule has run. An empty interval stays at the first step.
    if (!(amountOf(interval) > 0)) {
      dueAt = step(1);
    } else {
      let below = 0;
      let above = 1;
      while (step(above) <= reached) {
        below = above;
        above *= 2;
      }
      while (above - below > 1) {
        const mid = Math.floor((below + above) / 2);
        if (step(mid) <= reached) below = mid;
        else above = mid;
      }
      dueAt = step(above);
    }
  }
  const calendar = isCalendarDuration(interval);
  const opensAt = windowStart(dueAt, policy.periodic.lead);
  const state = status(now, opensAt, dueAt);
  const counting =
    policy.periodic.counting === 'from-last-assessment'
      ? `from the last completed assessment (${latest.item.id}, ${latest.item.date})`
      : 'on a fixed schedule from the first assessment of the episode';
  const dueDate = calendar ? londonDate(dueAt) : null;
  const governs =
    governing.assessmentId === latest.item.id
      ? ''
      : ` The level is the episode's governing one (assessment ${governing.assessmentId}, ${governing.date}), not the latest assessment's: a later, lower assessment does not take away the ${level} review clock.`;
  return Object.freeze({
    kind: 'clock' as const,
    trigger: 'periodic-review' as const,
    title: `Periodic review (${level})`,
    events: Object.freeze([]),
    opensAt: toIso(opensAt),
    dueAt: toIso(dueAt),
    dueDate,
    status: state,
    overdueByHours: state === 'overdue' ? Math.ceil((now - dueAt) / 3_600_000) : null,
    basis: policy.periodic.basis,
    timingBasis: policy.periodic.basis,
    source: policy.periodic.source ?? `Periodic review every ${describeDuration(interval)} at ${level}, counted ${counting}`,
    policy: Object.freeze({ id: policy.id, version: policy.version }),
    reason: `The governing level is ${level}: review every ${describeDuration(interval)}, counted ${counting}; due by ${dueDate === null ? toIso(dueAt) : `${dueDate} (London date, inclusive)`}${policy.periodic.basis === 'library-default' ? ' (the interval is a da-risk default)' : ''}.${governs}`,
  });
}

function amountOf(duration: Duration): number {
  return 'months' in duration ? duration.months : 'days' in duration ? duration.days : duration.hours;
}

function scaled(duration: Duration, k: number): Duration {
  if ('months' in duration) return { months: duration.months * k };
  if ('days' in duration) return { days: duration.days * k };
  return { hours: duration.hours * k };
}

