/**
 * A case's dates read once: every event, assessment, referral and review as
 * an instant, sorted, with ties broken so that the order the caller gave
 * never changes a result.
 *
 * @module
 */
import type { CaseAssessment, CaseClosure, CaseEvent, CaseRecord, CaseReferral, CaseReview, DecisionNotToRefer } from '../../../src/model/case.js';
import { firstOfLondonMonth } from '../../../src/model/calendar.js';
import type { AnyResult } from '../../../src/model/cross-instrument.js';
import type { RimScale } from '../../../src/model/grades.js';
import type { RiskLevel } from '../../../src/model/levels.js';
import { parseInstant, readInstant } from '../../../src/common/instant.js';

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

/** The instant an event counts from: the start of the first of the month (London) for a month-precision date. @internal */
export function eventInstant(event: CaseEvent, path: readonly (string | number)[]): number {
  const at = readInstant(event.date, path);
  return event.precision === 'month' ? firstOfLondonMonth(at) : at;
}

/**
 * Sorts by instant; ties are broken by the item's JSON text, so that the order the caller gave
 * never changes a result. The text is written once per item, and only for items that tie.
 */
function sortDated<T>(list: Dated<T>[]): Dated<T>[] {
  const keys = new Map<Dated<T>, string>();
  const key = (dated: Dated<T>): string => {
    let text = keys.get(dated);
    if (text === undefined) {
      text = JSON.stringify(dated.item);
      keys.set(dated, text);
    }
    return text;
  };
  return list.sort((a, b) => {
    if (a.at !== b.at) return a.at - b.at;
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/**
 * The index of the first entry of a list sorted by `at` whose instant is at or after `at`
 * (`strict`: after it); the list's length when there is none. A binary search: O(log n).
 *
 * @internal
 */
export function firstAt(list: readonly { readonly at: number }[], at: number, strict = false): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = list[mid]!.at;
    if (strict ? value <= at : value < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const TIMELINES = new WeakMap<CaseRecord, Timeline>();

/** The timeline of a case, read once per record. @internal */
export function timelineOf(record: CaseRecord): Timeline {
  let timeline = TIMELINES.get(record);
  if (timeline === undefined) {
    timeline = {
      record,
      events: sortDated(record.events.map((item, index) => ({ at: eventInstant(item, ['events', index, 'date']), item, index }))),
      assessments: sortDated(record.assessments.map((item, index) => ({ at: readInstant(item.date, ['assessments', index, 'date']), item, index }))),
      referrals: sortDated(record.maracReferrals.map((item, index) => ({ at: readInstant(item.date, ['maracReferrals', index, 'date']), item, index }))),
      reviews: sortDated(record.reviews.map((item, index) => ({ at: readInstant(item.date, ['reviews', index, 'date']), item, index }))),
      decisionsNotToRefer: sortDated(
        (record.decisionsNotToRefer ?? []).map((item, index) => ({ at: readInstant(item.date, ['decisionsNotToRefer', index, 'date']), item, index })),
      ),
      closures: sortDated((record.closures ?? []).map((item, index) => ({ at: readInstant(item.date, ['closures', index, 'date']), item, index }))),
    };
    TIMELINES.set(record, timeline);
  }
  return timeline;
}

/**
 * A stored result as it stood at `now`: decisions recorded after `now` are
 * left out, and the final level (each child's scale on a RIM) and the
 * judgement referral are those of the last decision on or before it. A case
 * checked "as of" a past moment reads what was known then. The result itself
 * is returned when nothing in its history is later than `now`.
 *
 * @internal
 */
export function resultAsOf(result: AnyResult, now: number): AnyResult {
  const history = result.history;
  let later = false;
  for (const event of history) {
    const at = parseInstant(event.at);
    if (at !== undefined && at > now) {
      later = true;
      break;
    }
  }
  if (!later) return result;
  const kept = Object.freeze(history.filter((event) => (parseInstant(event.at) ?? 0) <= now));
  const last = kept[kept.length - 1];
  if (result.kind === 'rim') {
    const children = result.children.map((child) => {
      const own = kept.filter((event) => event.subject === child.childId);
      const latest = own[own.length - 1];
      const scale = latest === undefined ? child.suggested : (latest.to as RimScale);
      return Object.freeze({ ...child, final: Object.freeze({ scale, basis: latest === undefined ? ('suggested' as const) : child.final.basis }) });
    });
    const scales = children.map((child) => child.final.scale).filter((scale): scale is RimScale => scale !== null);
    const highestFinal = scales.length === 0 ? null : (Math.max(...scales) as RimScale);
    return Object.freeze({ ...result, children: Object.freeze(children), household: Object.freeze({ ...result.household, highestFinal }), history: kept });
  }
  const referral = [...kept].reverse().find((event) => event.referToMarac);
  const judgementReferral = referral === undefined ? null : Object.freeze({ by: referral.by, at: referral.at, rationale: referral.rationale });
  if (result.kind === 'dara') {
    const level = (last?.to as RiskLevel | undefined) ?? result.grade.level;
    return Object.freeze({
      ...result,
      final: Object.freeze({ level, basis: kept.length > 1 ? ('regrade' as const) : ('assessor' as const) }),
      judgementReferral,
      history: kept,
    });
  }
  const level = last === undefined ? (result.computed?.level ?? null) : (last.to as RiskLevel);
  return Object.freeze({
    ...result,
    final: Object.freeze({ level, basis: last === undefined ? ('computed' as const) : ('judgement' as const) }),
    judgementReferral,
    history: kept,
  });
}

/**
 * The assessments completed on or before `now`, oldest first, each with its
 * result as it stood at `now` (see {@link resultAsOf}).
 *
 * @internal
 */
export function assessmentsAsOf(timeline: Timeline, now: number): Dated<CaseAssessment>[] {
  const out: Dated<CaseAssessment>[] = [];
  for (const dated of timeline.assessments) {
    if (dated.at > now) continue;
    const result = resultAsOf(dated.item.result, now);
    out.push(result === dated.item.result ? dated : { ...dated, item: { ...dated.item, result } });
  }
  return out;
}

/** The final level of a result, where it has one (DASH, DARA). @internal */
export function finalLevel(result: AnyResult): RiskLevel | null {
  return result.kind === 'rim' ? null : result.final.level;
}

