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
import { addDuration, describeDuration, toIso } from '../../model/dates.js';
import type { EventRef } from '../../model/marac.js';
import type { PolicyBasis } from '../../model/policy.js';
import { finalLevel, instantAt, type Timeline } from './timeline.js';

/**
 * One reassessment a case needs (or needed), with the rule behind it.
 *
 * @since 0.1.0
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
  /** From when the reassessment is due. */
  readonly opensAt: string;
  /** When it is due by. */
  readonly dueAt: string;
  /** `upcoming` (not yet open), `due` (open, not yet late), `overdue` (past its due date with no reassessment since it opened). */
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
 * assessment (completed on or before `now`) that answered it. Events of an
 * "after" type dated after `now` have not happened and are left out.
 *
 * @internal
 */
export function triggerRecords(timeline: Timeline, now: number, policy: ReassessmentPolicy): TriggerRecord[] {
  const rules = rulesOf(policy);
  const done = timeline.assessments.filter((a) => a.at <= now).map((a) => a.at);
  const out: TriggerRecord[] = [];
  for (const dated of timeline.events) {
    const rule = rules.get(dated.item.type);
    if (rule === undefined) {
      throw daRiskError('invalid-definition', ['policy', 'triggers'], 'no-rule', `reassessment policy ${policy.id} has no rule for ${dated.item.type}`);
    }
    let opensAt: number;
    let dueAt: number;
    if ('after' in rule.timing) {
      if (dated.at > now) continue;
      opensAt = dated.at;
      dueAt = addDuration(dated.at, rule.timing.after);
    } else {
      opensAt = addDuration(dated.at, rule.timing.before, -1);
      dueAt = dated.at;
    }
    const answeredAt = done.find((at) => at >= opensAt) ?? null;
    out.push({ event: dated.item, eventIndex: dated.index, rule, opensAt, dueAt, answeredAt });
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
  return Object.freeze({
    kind: 'event' as const,
    trigger: rule.trigger,
    title: rule.title,
    events: Object.freeze([Object.freeze({ id: event.id ?? null, date: event.date })]),
    opensAt: toIso(record.opensAt),
    dueAt: toIso(record.dueAt),
    status: state,
    overdueByHours: state === 'overdue' ? Math.ceil((now - record.dueAt) / 3_600_000) : null,
    basis: rule.basis,
    timingBasis: rule.timingBasis,
    source: rule.source,
    policy: Object.freeze({ id: policy.id, version: policy.version }),
    reason: `${rule.title} (${event.date}): reassess ${when} (${rule.source}; timing: ${rule.timingBasis === 'library-default' ? 'a da-risk default' : rule.timingBasis}).${month}${late} No reassessment has been recorded since.`,
  });
}

/**
 * The periodic review item, or null when the latest level has no interval or
 * there is no assessment.
 *
 * @internal
 */
export function clockItem(timeline: Timeline, now: number, policy: ReassessmentPolicy): ReassessmentItem | null {
  const done = timeline.assessments.filter((a) => a.at <= now);
  const latest = done[done.length - 1];
  if (latest === undefined) return null;
  const level = [...done].reverse().map((a) => finalLevel(a.item.result)).find((l) => l !== null) ?? null;
  if (level === null) return null;
  const interval = policy.periodic.intervals[level];
  if (interval === null) return null;
  let dueAt: number;
  if (policy.periodic.counting === 'from-last-assessment') {
    dueAt = addDuration(latest.at, interval);
  } else {
    const anchor = done[0]!.at;
    let k = 1;
    dueAt = addDuration(anchor, scaled(interval, k));
    while (dueAt <= latest.at) dueAt = addDuration(anchor, scaled(interval, ++k));
  }
  const opensAt = addDuration(dueAt, policy.periodic.lead, -1);
  const state = status(now, opensAt, dueAt);
  const counting = policy.periodic.counting === 'from-last-assessment' ? 'from the last completed assessment' : 'on a fixed schedule from the first assessment';
  return Object.freeze({
    kind: 'clock' as const,
    trigger: 'periodic-review' as const,
    title: `Periodic review (${level})`,
    events: Object.freeze([]),
    opensAt: toIso(opensAt),
    dueAt: toIso(dueAt),
    status: state,
    overdueByHours: state === 'overdue' ? Math.ceil((now - dueAt) / 3_600_000) : null,
    basis: policy.periodic.basis,
    timingBasis: policy.periodic.basis,
    source: `Periodic review every ${describeDuration(interval)} at ${level}, counted ${counting}`,
    policy: Object.freeze({ id: policy.id, version: policy.version }),
    reason: `The latest level is ${level}: review every ${describeDuration(interval)}, counted ${counting}; due by ${toIso(dueAt)}.`,
  });
}

function scaled(duration: ReassessmentPolicy['periodic']['lead'], k: number): ReassessmentPolicy['periodic']['lead'] {
  if ('months' in duration) return { months: duration.months * k };
  if ('days' in duration) return { days: duration.days * k };
  return { hours: duration.hours * k };
}

/** Reads `now`. @internal */
export function nowOf(now: string): number {
  return instantAt(now, ['now']);
}
