/**
 * A case's dates read once: every event, assessment, referral and review as
 * an instant, sorted, with ties broken so that the order the caller gave
 * never changes a result.
 *
 * @module
 */
import { daRiskError } from '../../errors/error.js';
import type { CaseAssessment, CaseClosure, CaseEvent, CaseRecord, CaseReferral, CaseReview, DecisionNotToRefer } from '../../model/case.js';
import { firstOfLondonMonth } from '../../model/calendar.js';
import { parseInstant } from '../../model/dates.js';
import type { AnyResult } from '../../model/cross-instrument.js';
import type { RiskLevel } from '../../model/levels.js';

/** A dated thing with its instant. @internal */
export interface Dated<T> {
  readonly at: number;
  readonly item: T;
  readonly index: number;
}

/** A case with its dates read and sorted. @internal */
export interface Timeline {
  readonly record: CaseRecord;
  readonly events: readonly Dated<CaseEvent>[];
  readonly assessments: readonly Dated<CaseAssessment>[];
  readonly referrals: readonly Dated<CaseReferral>[];
  readonly reviews: readonly Dated<CaseReview>[];
  readonly decisionsNotToRefer: readonly Dated<DecisionNotToRefer>[];
  readonly closures: readonly Dated<CaseClosure>[];
}

/** Reads an ISO date-time, or throws naming the field. @internal */
export function instantAt(text: string, path: readonly (string | number)[]): number {
  const at = parseInstant(text);
  if (at === undefined) {
    throw daRiskError('invalid-input', path, 'iso-datetime', 'must be an ISO 8601 date-time with seconds and an offset, such as 2025-03-01T10:15:00Z');
  }
  return at;
}

/** The instant an event counts from: the start of the first of the month (London) for a month-precision date. @internal */
export function eventInstant(event: CaseEvent, path: readonly (string | number)[]): number {
  const at = instantAt(event.date, path);
  return event.precision === 'month' ? firstOfLondonMonth(at) : at;
}

function key(value: unknown): string {
  return JSON.stringify(value);
}

function sortDated<T>(list: Dated<T>[]): Dated<T>[] {
  return list.sort((a, b) => a.at - b.at || (key(a.item) < key(b.item) ? -1 : key(a.item) > key(b.item) ? 1 : 0));
}

const TIMELINES = new WeakMap<CaseRecord, Timeline>();

/** The timeline of a case, read once per record. @internal */
export function timelineOf(record: CaseRecord): Timeline {
  let timeline = TIMELINES.get(record);
  if (timeline === undefined) {
    timeline = {
      record,
      events: sortDated(record.events.map((item, index) => ({ at: eventInstant(item, ['events', index, 'date']), item, index }))),
      assessments: sortDated(record.assessments.map((item, index) => ({ at: instantAt(item.date, ['assessments', index, 'date']), item, index }))),
      referrals: sortDated(record.maracReferrals.map((item, index) => ({ at: instantAt(item.date, ['maracReferrals', index, 'date']), item, index }))),
      reviews: sortDated(record.reviews.map((item, index) => ({ at: instantAt(item.date, ['reviews', index, 'date']), item, index }))),
      decisionsNotToRefer: sortDated(
        (record.decisionsNotToRefer ?? []).map((item, index) => ({ at: instantAt(item.date, ['decisionsNotToRefer', index, 'date']), item, index })),
      ),
      closures: sortDated((record.closures ?? []).map((item, index) => ({ at: instantAt(item.date, ['closures', index, 'date']), item, index }))),
    };
    TIMELINES.set(record, timeline);
  }
  return timeline;
}

/** The final level of a result, where it has one (DASH, DARA). @internal */
export function finalLevel(result: AnyResult): RiskLevel | null {
  return result.kind === 'rim' ? null : result.final.level;
}

/** Hours between two instants, rounded up. @internal */
export function hoursBetween(from: number, to: number): number {
  return Math.ceil((to - from) / 3_600_000);
}
