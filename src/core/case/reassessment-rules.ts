/**
 * A reassessment policy's trigger rules read once per policy: the rule for
 * each trigger type, and the parts of each rule's reason that depend only on
 * the policy. Kept per policy object (a policy is frozen, so what is read
 * from it cannot change); nothing of a case is kept here.
 *
 * @module
 */
import type { TriggerType } from '../../model/case.js';
import type { ReassessmentPolicy, TriggerRule } from '../../model/case-policy.js';
import { isCalendarDuration } from '../../model/calendar.js';
import { describeDuration, type Duration } from '../../model/dates.js';

/** One trigger rule with what the case checks read from it. @internal */
export interface ReadRule {
  readonly rule: TriggerRule;
  /** The rule's window: after the event (`after`), or before it. */
  readonly after: boolean;
  readonly duration: Duration;
  /** Whether the timing is counted on London calendar dates. */
  readonly calendar: boolean;
  /** The reason's text before the event's date: `Title (`. */
  readonly reasonHead: string;
  /** The reason's text after the event's date, to the timing basis: `): reassess within 1 day of the event (source; timing: …).` */
  readonly reasonMiddle: string;
}

/** A policy's rules by trigger type, and the policy's reference as every item carries it. @internal */
export interface ReadPolicy {
  readonly rules: ReadonlyMap<TriggerType, ReadRule>;
  /** `{ id, version }`, frozen. */
  readonly ref: { readonly id: string; readonly version: string };
}

const READ = new WeakMap<ReassessmentPolicy, ReadPolicy>();

function readRule(rule: TriggerRule): ReadRule {
  const after = 'after' in rule.timing;
  const duration = 'after' in rule.timing ? rule.timing.after : rule.timing.before;
  const when = after ? `within ${describeDuration(duration)} of the event` : `by the event, from ${describeDuration(duration)} before it`;
  return {
    rule,
    after,
    duration,
    calendar: isCalendarDuration(duration),
    reasonHead: `${rule.title} (`,
    reasonMiddle: `): reassess ${when} (${rule.source}; timing: ${rule.timingBasis === 'library-default' ? 'a da-risk default' : rule.timingBasis}).`,
  };
}

/**
 * The rules of a reassessment policy, read once per policy. Where a policy
 * names a trigger type twice, the last rule counts (as a map built from the
 * list keeps it).
 *
 * @internal
 */
export function readPolicy(policy: ReassessmentPolicy): ReadPolicy {
  let read = READ.get(policy);
  if (read === undefined) {
    read = {
      rules: new Map(policy.triggers.map((rule) => [rule.trigger, readRule(rule)])),
      ref: Object.freeze({ id: policy.id, version: policy.version }),
    };
    READ.set(policy, read);
  }
  return read;
}
