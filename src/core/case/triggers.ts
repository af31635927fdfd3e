/**
 * Reassessment triggers over a case: every event trigger with when it opened,
 * when it was due and when (if ever) a reassessment answered it, and the
 * periodic review clock.
 *
 * @module
 */
import { daRiskError } from '../../errors/error.js';
import type { CaseEvent, TriggerType } from '../../model/case.js';
import type { ReassessmentPolicy, TriggerRule } from '../../model/case-policy.js';
import { endOfLondonDay, isCalendarDuration, londonDate, londonDayOf, windowEnd, windowStart } from '../../model/calendar.js';
import { describeDuration, type Duration } from '../../model/dates.js';
import { caseIso } from './read-date.js';
import type { EpisodeView } from './episode.js';
import type { EventRef } from '../../model/marac.js';
import type { PolicyBasis } from '../../model/policy.js';
import { finalLevel, firstAt, latestOnOrBefore, type Timeline } from './timeline.js';
import { readPolicy, type ReadPolicy, type ReadRule } from './reassessment-rules.js';

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
  const { rules } = readPolicy(policy);
  // Sorted by instant: the first at or after a trigger opens is found by a binary search.
  const done = timeline.assessments.filter((a) => a.at <= now && finalLevel(a.item.result) !== null);
  const out: TriggerRecord[] = [];
  for (const dated of timeline.events) {
    const read = ruleFor(rules, dated.item.type);
    if (read.after && dated.at > now) continue;
    const opensAt = opensAtOf(read, dated.at);
    const dueAt = dueAtOf(read, dated.at);
    const answeredAt = done[firstAt(done, opensAt)]?.at ?? null;
    out.push({ event: dated.item, eventIndex: dated.index, rule: read.rule, opensAt, dueAt, answeredAt, calendar: read.calendar });
  }
  return out;
}

/** The rule for a trigger type, or the `no-rule` error. */
function ruleFor(rules: ReadonlyMap<TriggerType, ReadRule>, type: TriggerType): ReadRule {
  const read = rules.get(type);
  if (read === undefined) {
    throw daRiskError('invalid-definition', ['policy', 'triggers'], 'no-rule', `the reassessment policy has no rule for ${type}`);
  }
  return read;
}

/** From when a trigger is open: the event itself (an "after" timing), or the start of its window before it. */
function opensAtOf(read: ReadRule, at: number): number {
  return read.after ? at : windowStart(at, read.duration);
}

/** When a trigger is due: the end of its window after the event, or by the event (the end of its London date for a calendar timing). */
function dueAtOf(read: ReadRule, at: number): number {
  if (read.after) return windowEnd(at, read.duration);
  return read.calendar ? endOfLondonDay(londonDayOf(at)) : at;
}

/**
 * The open items of a case's event triggers at `now`, in the order of the
 * timeline: every trigger (as {@link triggerRecords} reads them) that no risk
 * reassessment has answered, each as its item (as {@link eventItem} writes
 * it), put in `due` or in `upcoming` by its status.
 *
 * @internal
 */
export function openEventItems(timeline: Timeline, now: number, policy: ReassessmentPolicy, due: ReassessmentItem[], upcoming: ReassessmentItem[]): void {
  const read = readPolicy(policy);
  // A trigger is answered by a risk reassessment (a level) completed at or after it opened and on or before
  // `now`: there is one exactly when the latest such assessment is at or after the opening.
  const latestDone = latestOnOrBefore(timeline.assessments, now, (dated) => finalLevel(dated.item.result) !== null)?.at ?? -Infinity;
  const events = timeline.events;
  // Every rule is looked up first, as the trigger records are read: a policy without a rule for an event is refused
  // before any item is written.
  const rules = new Array<ReadRule>(events.length);
  for (let i = 0; i < events.length; i++) rules[i] = ruleFor(read.rules, events[i]!.item.type);
  for (let i = 0; i < events.length; i++) {
    const dated = events[i]!;
    const rule = rules[i]!;
    if (rule.after && dated.at > now) continue;
    const opensAt = opensAtOf(rule, dated.at);
    if (latestDone >= opensAt) continue;
    const item = writeEventItem(dated.item, rule, opensAt, dueAtOf(rule, dated.at), now, read.ref);
    (item.status === 'upcoming' ? upcoming : due).push(item);
  }
}

/** Events of an "after" type dated after `now` (not yet happened; not counted). @internal */
export function futureEvents(timeline: Timeline, now: number, policy: ReassessmentPolicy): EventRef[] {
  const { rules } = readPolicy(policy);
  const events = timeline.events;
  const out: EventRef[] = [];
  // Sorted by instant: the events after `now` are the list's end.
  for (let i = firstAt(events, now, true); i < events.length; i++) {
    const event = events[i]!.item;
    if (rules.get(event.type)?.after === true) out.push(Object.freeze({ id: event.id ?? null, date: event.date }));
  }
  return out;
}

function status(now: number, opensAt: number, dueAt: number): ReassessmentItem['status'] {
  return now < opensAt ? 'upcoming' : now <= dueAt ? 'due' : 'overdue';
}

/** The open (unanswered) item of a trigger record. @internal */
export function eventItem(record: TriggerRecord, now: number, policy: ReassessmentPolicy): ReassessmentItem {
  const read = readPolicy(policy);
  return writeEventItem(record.event, read.rules.get(record.rule.trigger)!, record.opensAt, record.dueAt, now, read.ref);
}

/** The clock's events: none (one frozen empty list, shared). */
const NO_EVENTS: readonly EventRef[] = Object.freeze([]);

const NOT_ANSWERED = ' No risk reassessment has been recorded since.';
const MONTH_ONLY = ' The date is known only to the month, so it is counted from the first of the month.';

function writeEventItem(
  event: CaseEvent,
  read: ReadRule,
  opensAt: number,
  dueAt: number,
  now: number,
  policy: ReadPolicy['ref'],
): ReassessmentItem {
  const rule = read.rule;
  const state = status(now, opensAt, dueAt);
  const overdueByHours = state === 'overdue' ? Math.ceil((now - dueAt) / 3_600_000) : null;
  const dueDate = read.calendar ? londonDate(dueAt) : null;
  const by = dueDate === null ? '' : ` Due by ${dueDate} (London date, inclusive).`;
  const month = event.precision === 'month' ? MONTH_ONLY : '';
  const late = overdueByHours === null ? '' : ` Overdue by ${overdueByHours} hours.`;
  return Object.freeze({
    kind: 'event' as const,
    trigger: rule.trigger,
    title: rule.title,
    events: Object.freeze([Object.freeze({ id: event.id ?? null, date: event.date })]),
    opensAt: caseIso(opensAt),
    dueAt: caseIso(dueAt),
    dueDate,
    status: state,
    overdueByHours,
    basis: rule.basis,
    timingBasis: rule.timingBasis,
    source: rule.source,
    policy,
    reason: read.reasonHead + event.date + read.reasonMiddle + by + month + late + NOT_ANSWERED,
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
    events: NO_EVENTS,
    opensAt: caseIso(opensAt),
    dueAt: caseIso(dueAt),
    dueDate,
    status: state,
    overdueByHours: state === 'overdue' ? Math.ceil((now - dueAt) / 3_600_000) : null,
    basis: policy.periodic.basis,
    timingBasis: policy.periodic.basis,
    source: policy.periodic.source ?? `Periodic review every ${describeDuration(interval)} at ${level}, counted ${counting}`,
    policy: readPolicy(policy).ref,
    reason: `The governing level is ${level}: review every ${describeDuration(interval)}, counted ${counting}; due by ${dueDate === null ? caseIso(dueAt) : `${dueDate} (London date, inclusive)`}${policy.periodic.basis === 'library-default' ? ' (the interval is a da-risk default)' : ''}.${governs}`,
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

