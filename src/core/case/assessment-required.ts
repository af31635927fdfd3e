/**
 * The assessment-required rule: for each incident, whether an assessment was
 * required, and whether one is on record or overdue.
 *
 * @module
 */
import type { CaseRecord } from '../../model/case.js';
import { incidentTypes } from '../../model/case.js';
import type { AssessmentRequiredPolicy } from '../../model/case-policy.js';
import { windowEnd, windowStart } from '../../model/calendar.js';
import { describeDuration, toIso } from '../../model/dates.js';
import type { EventRef } from '../../model/marac.js';
import { nowOf } from './triggers.js';
import { timelineOf } from './timeline.js';

/**
 * Whether one incident required an assessment, and what is on record.
 *
 * @since 0.1.0
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
  /** Earlier incidents inside the recent-history window (for `crime-or-recent-history`). */
  readonly previousIncidents: readonly EventRef[];
  /** Plain-language reason. */
  readonly reason: string;
}

/**
 * The assessment-required rule over every incident of a case at `now`:
 * `every-incident` (the default) requires an assessment for every incident;
 * `crime-or-recent-history` (the historical Cambridgeshire rule) only for a
 * crime or where there was an incident in the previous 12 months. "No
 * assessment on record" and "assessment overdue" are reported as states.
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
  const at = nowOf(now);
  const timeline = timelineOf(record);
  const incidents = timeline.events.filter((dated) => incidentTypes.includes(dated.item.type) && dated.at <= at);
  const done = timeline.assessments.filter((a) => a.at <= at);
  return Object.freeze(
    incidents.map((dated) => {
      const incident = Object.freeze({ id: dated.item.id ?? null, date: dated.item.date });
      const start = windowStart(dated.at, policy.recentWindow);
      const previous = incidents
        .filter((other) => other !== dated && other.at < dated.at && other.at >= start)
        .map((other) => Object.freeze({ id: other.item.id ?? null, date: other.item.date }));
      // An unknown crime status is never read as "not a crime": it requires an assessment as a crime would.
      const crime = dated.item.crime !== false;
      const required = policy.rule === 'every-incident' || crime || previous.length > 0;
      const dueAt = windowEnd(dated.at, policy.within);
      const next = incidents.find((other) => other.at > dated.at);
      // An assessment answers the incident when it is on or after it, and within the deadline or before the next incident.
      const assessment = done.find((a) => a.at >= dated.at && (a.at <= dueAt || next === undefined || a.at < next.at)) ?? null;
      let status: IncidentAssessmentStatus['status'];
      let reason: string;
      const why =
        policy.rule === 'every-incident'
          ? 'every incident needs an assessment'
          : crime
            ? dated.item.crime === true
              ? 'the incident would be a crime'
              : 'it is not known whether the incident would be a crime, and unknown is never read as not a crime'
            : previous.length > 0
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
      return Object.freeze({
        incident,
        required,
        status,
        dueAt: required ? toIso(dueAt) : null,
        assessmentId: assessment?.item.id ?? null,
        previousIncidents: Object.freeze(previous),
        reason,
      });
    }),
  );
}
