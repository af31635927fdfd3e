/**
 * The assessment-required rule: for each incident, whether an assessment was
 * required, and whether one is on record or overdue.
 *
 * @module
 */
import type { CaseAssessment, CaseEvent, CaseRecord } from '../../model/case.js';
import { incidentTypes } from '../../model/case.js';
import type { AssessmentRequiredPolicy } from '../../model/case-policy.js';
import { windowEnd, windowStart } from '../../model/calendar.js';
import { describeDuration, toIso } from '../../model/dates.js';
import type { EventRef } from '../../model/marac.js';
import { firstAt, timelineOf, type Dated, type Timeline } from './timeline.js';
import { readInstant } from '../../common/instant.js';

/**
 * Whether one incident required an assessment, and what is on record.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface IncidentAssessmentStatus {
  /** The incident. */
  readonly incident: EventRef;
  /** Whether the policy required an assessment. */
  readonly required: boolean;
  /**
   * `assessed` (an assessment on or after the incident, within the deadline or before the next incident), `no-assessment-on-record`
   * (required, none yet, not late), `assessment-overdue` (required, none, past the
   * deadline), `not-required`.
   */
  readonly status: 'assessed' | 'no-assessment-on-record' | 'assessment-overdue' | 'not-required';
  /** The deadline for the assessment, when required. */
  readonly dueAt: string | null;
  /** Id of the assessment on record, or null. */
  readonly assessmentId: string | null;
  /**
   * The latest earlier incident inside the policy's recent-history window (`recentWindow`, the
   * window `crime-or-recent-history` reads), or empty when there is none: at most one entry, under
   * every rule. Earlier versions listed every earlier incident in the window, which made the
   * output of a case of n incidents grow as n²; `previousIncidentCount` gives how many there are.
   */
  readonly previousIncidents: readonly [] | readonly [EventRef];
  /**
   * How many earlier incidents fall inside the recent-history window (dated before this one; one
   * at the same instant is not earlier). More than zero is what makes a non-crime incident require
   * an assessment under `crime-or-recent-history`.
   *
   * @since 0.1.0
   */
  readonly previousIncidentCount: number;
  /** Plain-language reason. */
  readonly reason: string;
}

/**
 * The assessment-required rule over every incident of a case at `now`:
 * `every-incident` (the default) requires an assessment for every incident;
 * `crime-or-recent-history` (the historical Cambridgeshire rule) only for a
 * crime or where there was an incident in the previous 12 months. "No
 * assessment on record" and "assessment overdue" are reported as states.
 * Each status names the latest earlier incident in the recent-history window
 * and how many there are (`previousIncidents`, `previousIncidentCount`), so
 * the output grows linearly with the incidents; the time is O(n log n).
 *
 * @param record - the case
 * @param now - the moment of the check
 * @param policy - the assessment-required policy
 * @returns one status per incident, oldest first
 *
 * @example
 * ```ts
 * assessmentStatus(record, now, everyIncident).map((s) => s.status); // ['assessed', 'assessment-overdue']
 * assessmentStatus(record, now, crimeOrRecentHistory)[1]!.required; // false for a first-time non-crime incident
 * ```
 * @since 0.1.0
 */
export function assessmentStatus(record: CaseRecord, now: string, policy: AssessmentRequiredPolicy): readonly IncidentAssessmentStatus[] {
  const at = readInstant(now, ['now']);
  return Object.freeze(incidentChecks(timelineOf(record), at, policy).map((check) => statusOf(check, at, policy)));
}

/** One incident read under the assessment-required rule, before its reason is written. @internal */
export interface IncidentCheck {
  /** The incident. */
  readonly dated: Dated<CaseEvent>;
  /** Whether the policy required an assessment. */
  readonly required: boolean;
  /** Whether the incident would be a crime or may be one (unknown is never read as not a crime). */
  readonly crime: boolean;
  /** How many earlier incidents are in the recent-history window. */
  readonly count: number;
  /** The latest of them, if any. */
  readonly latest: Dated<CaseEvent> | null;
  /** The deadline for the assessment. */
  readonly dueAt: number;
  /** The assessment that answers the incident, or null. */
  readonly assessment: Dated<CaseAssessment> | null;
}

/**
 * Every incident of a case on or before `now` under the assessment-required
 * rule, oldest first: whether an assessment was required and which one
 * answered it. The incidents and assessments are sorted by instant, so each
 * look-up is a binary search: O(n log n) in all.
 *
 * @internal
 */
export function incidentChecks(timeline: Timeline, at: number, policy: AssessmentRequiredPolicy): IncidentCheck[] {
  const incidents = timeline.events.filter((dated) => incidentTypes.includes(dated.item.type) && dated.at <= at);
  const done = timeline.assessments.filter((a) => a.at <= at);
  return incidents.map((dated) => {
    const start = windowStart(dated.at, policy.recentWindow);
    // Earlier incidents in the window: from the first at or after its start to the last strictly before this one.
    const from = firstAt(incidents, start);
    const until = firstAt(incidents, dated.at);
    const count = Math.max(0, until - from);
    // An unknown crime status is never read as "not a crime": it requires an assessment as a crime would.
    const crime = dated.item.crime !== false;
    const dueAt = windowEnd(dated.at, policy.within);
    const next = incidents[firstAt(incidents, dated.at, true)];
    // An assessment answers the incident when it is on or after it, and within the deadline or before the next incident.
    // Only the first assessment on or after the incident can: any later one is no earlier than it on either count.
    const first = done[firstAt(done, dated.at)];
    const assessment = first !== undefined && (first.at <= dueAt || next === undefined || first.at < next.at) ? first : null;
    return {
      dated,
      required: policy.rule === 'every-incident' || crime || count > 0,
      crime,
      count,
      latest: count > 0 ? incidents[until - 1]! : null,
      dueAt,
      assessment,
    };
  });
}

function statusOf(check: IncidentCheck, at: number, policy: AssessmentRequiredPolicy): IncidentAssessmentStatus {
  const { dated, required, crime, count, latest, dueAt, assessment } = check;
  let status: IncidentAssessmentStatus['status'];
  let reason: string;
  const why =
    policy.rule === 'every-incident'
      ? 'every incident needs an assessment'
      : crime
        ? dated.item.crime === true
          ? 'the incident would be a crime'
          : 'it is not known whether the incident would be a crime, and unknown is never read as not a crime'
        : count > 0
          ? `there was an incident in the previous ${describeDuration(policy.recentWindow)}`
          : `it is not a crime and there was no incident in the previous ${describeDuration(policy.recentWindow)}`;
  if (assessment !== null) {
    status = 'assessed';
    const late = assessment.at > dueAt ? `, ${Math.ceil((assessment.at - dueAt) / 3_600_000)} hours after the deadline` : '';
    reason = `Assessed (${assessment.item.id}${late}); ${required ? 'required' : 'not required'} under ${policy.id} because ${why}.`;
  } else if (!required) {
    status = 'not-required';
    reason = `Not required under ${policy.id} because ${why}.${policy.rule === 'crime-or-recent-history' ? ' HMIC (2014) criticised this rule: first-time non-crime incidents were never assessed.' : ''}`;
  } else if (at > dueAt) {
    status = 'assessment-overdue';
    reason = `Assessment overdue: required under ${policy.id} because ${why}, due within ${describeDuration(policy.within)}, and none is on record.`;
  } else {
    status = 'no-assessment-on-record';
    reason = `No assessment on record yet: required under ${policy.id} because ${why}; due by ${toIso(dueAt)}.`;
  }
  const previous: readonly [] | readonly [EventRef] =
    latest === null ? Object.freeze([] as const) : Object.freeze([Object.freeze({ id: latest.item.id ?? null, date: latest.item.date })] as const);
  return Object.freeze({
    incident: Object.freeze({ id: dated.item.id ?? null, date: dated.item.date }),
    required,
    status,
    dueAt: required ? toIso(dueAt) : null,
    assessmentId: assessment?.item.id ?? null,
    previousIncidents: previous,
    previousIncidentCount: count,
    reason,
  });
}
