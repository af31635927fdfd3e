/**
 * A case's dates read once: every event, assessment, referral and review as
 * an instant, sorted, with ties broken so that the order the caller gave
 * never changes a result.
 *
 * @module
 */
import type { CaseAssessment, CaseClosure, CaseEvent, CaseRecord, CaseReferral, CaseReview, DecisionNotToRefer } from '../../model/case.js';
import { firstOfLondonMonth } from '../../model/calendar.js';
import type { AnyResult } from '../../model/cross-instrument.js';
import type { RimScale } from '../../model/grades.js';
import type { RiskLevel } from '../../model/levels.js';
import { parseCaseInstant as parseInstant, readDateOf } from './read-date.js';

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
  /**
   * For each entry of `assessments` (same position): the latest instant recorded in its result's
   * history (`-Infinity` when none), so a check at `now` knows without reading the history again
   * whether any decision on it came later.
   */
  readonly lastDecisionAt: readonly number[];
}

/** The instant an event counts from: the start of the first of the month (London) for a month-precision date. @internal */
export function eventInstant(event: CaseEvent, index: number): number {
  const at = readDateOf(event.date, 'events', index);
  return event.precision === 'month' ? firstOfLondonMonth(at) : at;
}

/**
 * Sorts by instant; ties are broken by the item's JSON text, so that the order the caller gave
 * never changes a result. The text is written once per item, and only for items that tie.
 */
function sortDated<T>(list: Dated<T>[]): Dated<T>[] {
  if (list.length < 2) return list;
  // The text of an item, written only when two items tie on their instant (most cases have no ties).
  let keys: Map<Dated<T>, string> | undefined;
  const key = (dated: Dated<T>): string => {
    keys ??= new Map();
    let text = keys.get(dated);
    if (text === undefined) {
      text = JSON.stringify(dated.item);
      keys.set(dated, text);
    }
    return text;
  };
  const before = (a: Dated<T>, b: Dated<T>): number => {
    if (a.at !== b.at) return a.at - b.at;
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
  if (list.length > SMALL) return list.sort(before);
  // A short list (a case's usual few dozen events): a stable insertion sort, which orders exactly as the
  // stable Array.prototype.sort does with the same comparison, without a call per comparison of instants.
  for (let i = 1; i < list.length; i++) {
    const entry = list[i]!;
    let j = i - 1;
    while (j >= 0) {
      const other = list[j]!;
      if (other.at < entry.at || (other.at === entry.at && before(other, entry) <= 0)) break;
      list[j + 1] = other;
      j--;
    }
    list[j + 1] = entry;
  }
  return list;
}

/** Lists longer than this are sorted by Array.prototype.sort (O(n log n)); shorter ones by insertion. */
const SMALL = 48;

/** Each item of a list with its instant, in the caller's order. */
function datedList<T extends { readonly date: string }>(items: readonly T[], field: string): Dated<T>[] {
  const out = new Array<Dated<T>>(items.length);
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    out[index] = { at: readDateOf(item.date, field, index), item, index };
  }
  return out;
}

/** The latest instant a result's history records, or -Infinity. */
function latestDecisionOf(result: AnyResult): number {
  let latest = -Infinity;
  for (const event of result.history) {
    const at = parseInstant(event.at);
    if (at !== undefined && at > latest) latest = at;
  }
  return latest;
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

/**
 * The latest entry of a list sorted by `at` that is on or before `now` and
 * passes `test`, or undefined: a binary search to `now`, then a walk back.
 *
 * @internal
 */
export function latestOnOrBefore<T extends { readonly at: number }>(list: readonly T[], now: number, test: (entry: T) => boolean): T | undefined {
  for (let i = firstAt(list, now, true) - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}

// Records `parseCase` returned (validated and frozen), each with its timeline once read (null until then).
// One table for both: a record is entered once, when it is parsed, and its timeline is then stored on its
// entry; a second table would enter every record again (entering is what costs, in a table of thousands).
// Records given to the core functions directly (tests) keep their timelines in a table of their own, so
// that reading one never makes it count as parsed.
const RECORDS = new WeakMap<CaseRecord, Timeline | null>();
const UNPARSED = new WeakMap<CaseRecord, Timeline>();

/** Marks a record as returned by `parseCase`: validated and frozen. @internal */
export function markParsed(record: CaseRecord): void {
  RECORDS.set(record, null);
}

/** Whether a value is a record `parseCase` returned. @internal */
export function isParsedRecord(value: unknown): value is CaseRecord {
  return value !== null && typeof value === 'object' && RECORDS.has(value as CaseRecord);
}

/** The timeline of a case, read once per record. @internal */
export function timelineOf(record: CaseRecord): Timeline {
  const entry = RECORDS.get(record);
  if (entry !== undefined && entry !== null) return entry;
  let timeline = entry === undefined ? UNPARSED.get(record) : undefined;
  if (timeline === undefined) {
    const events = new Array<Dated<CaseEvent>>(record.events.length);
    for (let index = 0; index < events.length; index++) {
      const item = record.events[index]!;
      events[index] = { at: eventInstant(item, index), item, index };
    }
    sortDated(events);
    const assessments = sortDated(datedList(record.assessments, 'assessments'));
    timeline = {
      record,
      events,
      assessments,
      referrals: sortDated(datedList(record.maracReferrals, 'maracReferrals')),
      reviews: sortDated(datedList(record.reviews, 'reviews')),
      decisionsNotToRefer: sortDated(datedList(record.decisionsNotToRefer ?? [], 'decisionsNotToRefer')),
      closures: sortDated(datedList(record.closures ?? [], 'closures')),
      lastDecisionAt: assessments.map((dated) => latestDecisionOf(dated.item.result)),
    };
    if (entry === null) RECORDS.set(record, timeline);
    else UNPARSED.set(record, timeline);
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
export function assessmentsAsOf(timeline: Timeline, now: number): readonly Dated<CaseAssessment>[] {
  const list = timeline.assessments;
  const latest = timeline.lastDecisionAt;
  let out: Dated<CaseAssessment>[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const dated = list[i]!;
    // Every result as recorded, none after `now`: the timeline's own list is the answer.
    if (out === undefined && dated.at <= now && latest[i]! <= now) continue;
    out ??= list.slice(0, i);
    if (dated.at > now) continue;
    const result = latest[i]! > now ? resultAsOf(dated.item.result, now) : dated.item.result;
    out.push(result === dated.item.result ? dated : { ...dated, item: { ...dated.item, result } });
  }
  return out ?? list;
}

/** The final level of a result, where it has one (DASH, DARA). @internal */
export function finalLevel(result: AnyResult): RiskLevel | null {
  return result.kind === 'rim' ? null : result.final.level;
}

