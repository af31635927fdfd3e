/**
 * Review deadlines: the supervisor's review of first-response assessments and
 * referral-unit processing of medium and high cases.
 *
 * @module
 */
import type { CaseRecord } from '../../model/case.js';
import type { ReviewDeadlinePolicy } from '../../model/case-policy.js';
import { windowEnd } from '../../model/calendar.js';
import { describeDuration, toIso } from '../../model/dates.js';
import type { PolicyBasis } from '../../model/policy.js';
import { finalLevel, timelineOf } from './timeline.js';
import { readInstant } from '../../common/instant.js';
import { hoursBetween } from '../../common/hours-between.js';

/**
 * One review deadline.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface ReviewDeadline {
  /** `supervisor` or `referral-unit`. */
  readonly kind: 'supervisor' | 'referral-unit';
  /** The assessment. */
  readonly assessmentId: string;
  /** The deadline. */
  readonly dueAt: string;
  /** `met` (done in time), `due` (not done, not late yet), `breached` (done late, or not done and late). */
  readonly status: 'met' | 'due' | 'breached';
  /** When the review was done, or null. */
  readonly completedAt: string | null;
  /** Hours late, when breached. */
  readonly lateByHours: number | null;
  /** Where the deadline comes from. */
  readonly basis: PolicyBasis;
  /** Plain-language reason. */
  readonly reason: string;
}

/**
 * Every review deadline of a case at `now`: a supervisor's review of each
 * first-response assessment, and referral-unit processing of each assessment
 * at a level the policy names (medium and high: Cambridgeshire's 72 hours).
 *
 * @param record - the case
 * @param now - the moment of the check
 * @param policy - the review-deadline policy
 * @returns the deadlines, oldest first
 *
 * @example
 * ```ts
 * reviewDeadlines(record, now, cambridgeshireReviewDeadlines).filter((d) => d.status === 'breached');
 * ```
 * @since 0.1.0
 */
export function reviewDeadlines(record: CaseRecord, now: string, policy: ReviewDeadlinePolicy): readonly ReviewDeadline[] {
  const at = readInstant(now, ['now']);
  const timeline = timelineOf(record);
  const out: ReviewDeadline[] = [];
  // The first review of each kind of each assessment, in date order: one pass over the reviews.
  const firstReview = new Map<ReviewDeadline['kind'], Map<string, (typeof timeline.reviews)[number]>>();
  for (const review of timeline.reviews) {
    let byAssessment = firstReview.get(review.item.kind);
    if (byAssessment === undefined) {
      byAssessment = new Map();
      firstReview.set(review.item.kind, byAssessment);
    }
    if (!byAssessment.has(review.item.assessmentId)) byAssessment.set(review.item.assessmentId, review);
  }
  for (const dated of timeline.assessments) {
    if (dated.at > at) continue;
    const assessment = dated.item;
    const level = finalLevel(assessment.result);
    const rules: { kind: ReviewDeadline['kind']; within: ReviewDeadlinePolicy['supervisor']['within']; basis: PolicyBasis; what: string }[] = [];
    if (assessment.firstResponse === true) {
      rules.push({ kind: 'supervisor', within: policy.supervisor.within, basis: policy.supervisor.basis, what: 'Supervisor review of a first-response assessment' });
    }
    if (level !== null && policy.referralUnit.levels.includes(level)) {
      rules.push({ kind: 'referral-unit', within: policy.referralUnit.within, basis: policy.referralUnit.basis, what: `Referral-unit processing of a ${level} case` });
    }
    for (const rule of rules) {
      const dueAt = windowEnd(dated.at, rule.within);
      // The earliest review is the one on record at `now`, if any is: a later one is later still.
      const earliest = firstReview.get(rule.kind)?.get(assessment.id);
      const review = earliest !== undefined && earliest.at <= at ? earliest : undefined;
      let status: ReviewDeadline['status'];
      let late: number | null = null;
      if (review !== undefined) {
        status = review.at <= dueAt ? 'met' : 'breached';
        if (status === 'breached') late = hoursBetween(dueAt, review.at);
      } else {
        status = at <= dueAt ? 'due' : 'breached';
        if (status === 'breached') late = hoursBetween(dueAt, at);
      }
      const when = `within ${describeDuration(rule.within)}`;
      const reason =
        status === 'met'
          ? `${rule.what}: done ${when}.`
          : status === 'due'
            ? `${rule.what}: due by ${toIso(dueAt)} (${when}).`
            : review !== undefined
              ? `${rule.what}: done ${late} ${late === 1 ? 'hour' : 'hours'} late (${when}).`
              : `${rule.what}: not done, ${late} ${late === 1 ? 'hour' : 'hours'} past the deadline (${when}).`;
      out.push(
        Object.freeze({
          kind: rule.kind,
          assessmentId: assessment.id,
          dueAt: toIso(dueAt),
          status,
          completedAt: review?.item.date ?? null,
          lateByHours: late,
          basis: rule.basis,
          reason,
        }),
      );
    }
  }
  return Object.freeze(out);
}
