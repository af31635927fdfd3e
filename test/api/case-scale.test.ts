// Case functions at scale: every case function is O(n log n) in the events of a case, with output
// linear in its input (issue 11, section 3). A property compares each rewritten look-up with the
// straightforward reading it replaced, on arbitrary cases from the testing kit; the scale tests
// measure the output of a 10,000-incident case (the documented limit) and bound the time generously.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  checkSafetyPlan,
  compareAssessments,
  crimeOrRecentHistory,
  defineAssessmentRequiredPolicy,
  defineReassessmentPolicy,
  dueReassessments,
  everyIncident,
  incidentTypes,
  managementInformation,
  parseCase,
  reassessmentDefaults,
  reviewDeadlines,
  safelivesRepeat,
  cambridgeshireReviewDeadlines,
  assessmentStatus,
  type AssessmentRequiredPolicy,
  type CaseEvent,
  type CaseRecord,
  type CaseReview,
  type ReassessmentPolicy,
  type ReviewDeadlinePolicy,
} from '../../src/index.js';
import { caseRecordArbitrary } from '../../src/testing.js';
import { episodeDefaults } from '../../src/policies/case/case-policies.js';
import { episodeView } from '../../src/core/case/episode.js';
import { eventItem, triggerRecords, type TriggerRecord } from '../../src/core/case/triggers.js';
import { finalLevel, timelineOf, type Dated } from '../../src/core/case/timeline.js';
import { windowEnd, windowStart, endOfLondonDay, isCalendarDuration, londonDate, londonDayOf } from '../../src/model/calendar.js';
import { describeDuration, toIso, type Duration } from '../../src/model/dates.js';
import type { AssessmentResult } from '../../src/model/result.js';
import type { DaraResult } from '../../src/model/dara.js';
import { inputWithYes } from '../support/fixtures.js';
import { hoursBetween } from '../../src/common/hours-between.js';
import { readInstant } from '../../src/common/instant.js';

const DAY = 86_400_000;
const START = Date.parse('2025-01-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

// ---------------------------------------------------------------------------------------------
// The straightforward readings the rewritten look-ups replaced (each scans the whole list).
// ---------------------------------------------------------------------------------------------

/** assessmentStatus as first written: every earlier incident in the window listed, every look-up a scan. */
function referenceAssessmentStatus(record: CaseRecord, now: string, policy: AssessmentRequiredPolicy) {
  const at = readInstant(now, ['now']);
  const timeline = timelineOf(record);
  const incidents = timeline.events.filter((dated) => incidentTypes.includes(dated.item.type) && dated.at <= at);
  const done = timeline.assessments.filter((a) => a.at <= at);
  return incidents.map((dated) => {
    const start = windowStart(dated.at, policy.recentWindow);
    const previous = incidents
      .filter((other) => other !== dated && other.at < dated.at && other.at >= start)
      .map((other) => ({ id: other.item.id ?? null, date: other.item.date }));
    const crime = dated.item.crime !== false;
    const required = policy.rule === 'every-incident' || crime || previous.length > 0;
    const dueAt = windowEnd(dated.at, policy.within);
    const next = incidents.find((other) => other.at > dated.at);
    const assessment = done.find((a) => a.at >= dated.at && (a.at <= dueAt || next === undefined || a.at < next.at)) ?? null;
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
    let status: string;
    let reason: string;
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
    return {
      incident: { id: dated.item.id ?? null, date: dated.item.date },
      required,
      status,
      dueAt: required ? toIso(dueAt) : null,
      assessmentId: assessment?.item.id ?? null,
      // The full list, reduced to what the status now carries: the latest and the count.
      previousIncidents: previous.slice(-1),
      previousIncidentCount: previous.length,
      reason,
    };
  });
}

/** triggerRecords as first written: the answering assessment found by a scan. */
function referenceTriggerRecords(record: CaseRecord, now: number, policy: ReassessmentPolicy): TriggerRecord[] {
  const timeline = timelineOf(record);
  const rules = new Map(policy.triggers.map((rule) => [rule.trigger, rule]));
  const done = timeline.assessments.filter((a) => a.at <= now && finalLevel(a.item.result) !== null).map((a) => a.at);
  const out: TriggerRecord[] = [];
  for (const dated of timeline.events) {
    const rule = rules.get(dated.item.type)!;
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
      dueAt = calendar ? endOfLondonDay(londonDayOf(dated.at)) : dated.at;
    }
    const answeredAt = done.find((at) => at >= opensAt) ?? null;
    out.push({ event: dated.item, eventIndex: dated.index, rule, opensAt, dueAt, answeredAt, calendar });
  }
  return out;
}

function scaled(duration: Duration, k: number): Duration {
  if ('months' in duration) return { months: duration.months * k };
  if ('days' in duration) return { days: duration.days * k };
  return { hours: duration.hours * k };
}

/** The periodic review's due date as first written: the fixed schedule stepped through one interval at a time. */
function referenceClockDueAt(record: CaseRecord, now: string, policy: ReassessmentPolicy): string | null {
  const view = episodeView(timelineOf(record), readInstant(now, ['now']), now, episodeDefaults);
  const governing = view.episode.governing;
  if (governing === null) return null;
  const interval = policy.periodic.intervals[governing.level];
  if (interval === null) return null;
  const levelled = view.assessments.filter((a) => finalLevel(a.item.result) !== null);
  const latest = levelled[levelled.length - 1]!;
  if (policy.periodic.counting === 'from-last-assessment') return toIso(windowEnd(latest.at, interval));
  const anchor = levelled[0]!.at;
  let k = 1;
  let dueAt = windowEnd(anchor, scaled(interval, k));
  // A step is done by an assessment on or after it: on its London due date or later for calendar intervals.
  const done = (due: number) => ('hours' in interval ? due <= latest.at : londonDate(due) <= londonDate(latest.at));
  while (done(dueAt)) {
    const next = windowEnd(anchor, scaled(interval, ++k));
    if (next <= dueAt) break;
    dueAt = next;
  }
  return toIso(dueAt);
}

/** reviewDeadlines as first written: each review found by a scan of every review. */
function referenceReviewDeadlines(record: CaseRecord, now: string, policy: ReviewDeadlinePolicy) {
  const at = readInstant(now, ['now']);
  const timeline = timelineOf(record);
  const out: unknown[] = [];
  for (const dated of timeline.assessments) {
    if (dated.at > at) continue;
    const assessment = dated.item;
    const level = finalLevel(assessment.result);
    const rules: { kind: 'supervisor' | 'referral-unit'; within: Duration; basis: string; what: string }[] = [];
    if (assessment.firstResponse === true) {
      rules.push({ kind: 'supervisor', within: policy.supervisor.within, basis: policy.supervisor.basis, what: 'Supervisor review of a first-response assessment' });
    }
    if (level !== null && policy.referralUnit.levels.includes(level)) {
      rules.push({ kind: 'referral-unit', within: policy.referralUnit.within, basis: policy.referralUnit.basis, what: `Referral-unit processing of a ${level} case` });
    }
    for (const rule of rules) {
      const dueAt = windowEnd(dated.at, rule.within);
      const review = timeline.reviews.find((r) => r.item.assessmentId === assessment.id && r.item.kind === rule.kind && r.at <= at);
      let status: string;
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
      out.push({ kind: rule.kind, assessmentId: assessment.id, dueAt: toIso(dueAt), status, completedAt: review?.item.date ?? null, lateByHours: late, basis: rule.basis, reason });
    }
  }
  return out;
}

/** The MI figures the rewrite touched, as first written: repeats by a scan of every earlier referral. */
function referenceMi(records: readonly CaseRecord[], from: string, to: string, now: string, policy: AssessmentRequiredPolicy, reassessment: ReassessmentPolicy) {
  const at = readInstant(now, ['now']);
  const start = readInstant(from, ['from']);
  const end = Math.min(readInstant(to, ['to']), at + 1);
  const inPeriod = (instant: number) => instant >= start && instant < end;
  const out = { referrals: 0, repeats: 0, incidents: 0, required: 0, assessed: 0, due: 0, onTime: 0, late: 0, missed: 0 };
  for (const record of records) {
    const timeline = timelineOf(record);
    timeline.referrals.forEach((dated, i) => {
      if (!inPeriod(dated.at)) return;
      out.referrals++;
      const windowFrom = windowStart(dated.at, safelivesRepeat.window);
      if (timeline.referrals.slice(0, i).some((earlier) => earlier.at >= windowFrom && earlier.at < dated.at)) out.repeats++;
    });
    for (const status of referenceAssessmentStatus(record, now, policy)) {
      if (!inPeriod(readInstant(status.incident.date, ['events']))) continue;
      out.incidents++;
      if (status.required) out.required++;
      if (status.status === 'assessed') out.assessed++;
    }
    for (const trigger of referenceTriggerRecords(record, at, reassessment)) {
      if (!inPeriod(trigger.dueAt) || trigger.dueAt > at) continue;
      out.due++;
      if (trigger.answeredAt === null || trigger.answeredAt > at) out.missed++;
      else if (trigger.answeredAt <= trigger.dueAt) out.onTime++;
      else out.late++;
    }
  }
  return out;
}

/** The item lists of compareAssessments as first written (membership by a scan). */
function referenceComparison(earlier: AssessmentResult | DaraResult, later: AssessmentResult | DaraResult) {
  const ids = (result: AssessmentResult | DaraResult) =>
    new Set([...result.items.yes, ...result.items.no, ...result.items.dontKnow, ...result.items.declined, ...result.items.unanswered]);
  const before = ids(earlier);
  const shared = [...ids(later)].filter((id) => before.has(id));
  if (shared.length === 0) return null;
  return {
    newYes: later.items.yes.filter((id) => !earlier.items.yes.includes(id)),
    resolved: earlier.items.yes.filter((id) => later.items.no.includes(id)),
    unchanged: later.items.yes.filter((id) => earlier.items.yes.includes(id)),
    noLongerKnown: earlier.items.yes.filter((id) => !later.items.yes.includes(id) && !later.items.no.includes(id) && shared.includes(id)),
  };
}

/** The timeline order as first written: by instant, ties by the item's JSON text. */
function referenceOrder<T>(list: readonly Dated<T>[]): number[] {
  const key = (value: unknown) => JSON.stringify(value);
  return [...list].sort((a, b) => a.at - b.at || (key(a.item) < key(b.item) ? -1 : key(a.item) > key(b.item) ? 1 : 0)).map((dated) => dated.index);
}

// ---------------------------------------------------------------------------------------------
// Arbitrary cases: the testing kit's, with incidents on a few shared instants (ties, same London
// day, month precision, window edges), reviews of their assessments, and a moment of the check.
// ---------------------------------------------------------------------------------------------

const sharedInstants = [
  '2025-01-10T20:00:00Z',
  '2025-01-10T20:00:00Z',
  '2025-01-10T23:30:00Z',
  '2025-01-11T00:30:00Z',
  '2025-03-30T00:30:00Z',
  '2025-06-30T23:30:00Z',
  '2026-01-10T23:00:00Z',
  '2026-01-11T00:00:00Z',
];
const extraIncident: fc.Arbitrary<CaseEvent> = fc
  .record({
    type: fc.constantFrom(...incidentTypes),
    date: fc.constantFrom(...sharedInstants),
    crime: fc.constantFrom(true, false, 'unknown' as const),
    month: fc.boolean(),
    id: fc.option(fc.constantFrom('x-1', 'x-2', 'x-3'), { nil: undefined }),
  })
  .map(({ type, date, crime, month, id }) => ({
    type,
    date,
    crime,
    reportedTo: ['police' as const],
    ...(month ? { precision: 'month' as const } : {}),
    ...(id === undefined ? {} : { id }),
  }));

const nowArb = fc.oneof(
  fc.integer({ min: 0, max: 560 }).map((day) => iso(START + day * DAY + 9 * 3_600_000)),
  fc.constantFrom(...sharedInstants),
);

const caseArb: fc.Arbitrary<CaseRecord> = fc
  .tuple(
    caseRecordArbitrary(),
    fc.array(extraIncident, { maxLength: 8 }),
    fc.array(fc.record({ pick: fc.nat(), kind: fc.constantFrom('supervisor', 'referral-unit' as const), day: fc.integer({ min: 0, max: 400 }) }), { maxLength: 6 }),
  )
  .map(([record, extra, reviews]) => {
    const ids = record.assessments.map((a) => a.id);
    const withReviews: CaseReview[] =
      ids.length === 0 ? [] : reviews.map(({ pick, kind, day }) => ({ assessmentId: ids[pick % ids.length]!, kind, date: iso(START + day * DAY) }));
    return parseCase({ ...record, events: [...record.events, ...extra], reviews: withReviews });
  });

const hourPolicy = defineAssessmentRequiredPolicy({ ...crimeOrRecentHistory, id: 'scale-test-hours', version: '1', recentWindow: { hours: 30 }, within: { hours: 2 } });
const dayPolicy = defineAssessmentRequiredPolicy({ ...crimeOrRecentHistory, id: 'scale-test-days', version: '1', recentWindow: { days: 1 }, within: { days: 0 } });
const requiredPolicies = [everyIncident, crimeOrRecentHistory, hourPolicy, dayPolicy];

const schedule = (interval: Duration) =>
  defineReassessmentPolicy({
    ...reassessmentDefaults,
    id: 'scale-test-schedule',
    version: '1',
    periodic: { ...reassessmentDefaults.periodic, counting: 'from-last-due-date', intervals: { standard: interval, medium: interval, high: interval } },
  });
const reassessmentPolicies = [reassessmentDefaults, schedule({ hours: 1 }), schedule({ hours: 7 }), schedule({ days: 3 }), schedule({ months: 1 })];

describe('case-scale', () => {
  it('case-scale: the case functions agree with a straightforward reading on arbitrary cases', () => {
    fc.assert(
      fc.property(caseArb, nowArb, fc.nat(), (record, now, pick) => {
        const timeline = timelineOf(record);
        expect(timeline.events.map((dated) => dated.index)).toEqual(referenceOrder(timeline.events));
        expect(timeline.assessments.map((dated) => dated.index)).toEqual(referenceOrder(timeline.assessments));

        const required = requiredPolicies[pick % requiredPolicies.length]!;
        const statuses = assessmentStatus(record, now, required);
        expect(statuses).toEqual(referenceAssessmentStatus(record, now, required));

        const reassessment = reassessmentPolicies[pick % reassessmentPolicies.length]!;
        const at = readInstant(now, ['now']);
        const triggers = referenceTriggerRecords(record, at, reassessment);
        expect(triggerRecords(timeline, at, reassessment)).toEqual(triggers);
        const due = dueReassessments(record, now, reassessment);
        const items = [...due.due, ...due.upcoming];
        const key = (item: { dueAt: string; trigger: string; events: readonly { date: string }[]; reason: string }) =>
          `${item.dueAt}|${item.trigger}|${item.events.map((e) => e.date).join(',')}|${item.reason}`;
        const expected = triggers.filter((trigger) => trigger.answeredAt === null).map((trigger) => eventItem(trigger, at, reassessment));
        expect(items.filter((item) => item.kind === 'event').map(key).sort()).toEqual(expected.map(key).sort());
        expect(items.find((item) => item.kind === 'clock')?.dueAt ?? null).toBe(referenceClockDueAt(record, now, reassessment));

        expect(reviewDeadlines(record, now, cambridgeshireReviewDeadlines)).toEqual(referenceReviewDeadlines(record, now, cambridgeshireReviewDeadlines));

        const from = '2025-01-01T00:00:00Z';
        const to = '2026-01-01T00:00:00Z';
        const mi = managementInformation([record, record], { from, to, now, repeat: safelivesRepeat, reassessment, assessmentRequired: required });
        const reference = referenceMi([record, record], from, to, now, required, reassessment);
        expect({ referrals: mi.marac.referrals, repeats: mi.marac.repeats }).toEqual({ referrals: reference.referrals, repeats: reference.repeats });
        expect({ incidents: mi.completion.incidents, required: mi.completion.required, assessed: mi.completion.assessed }).toEqual({
          incidents: reference.incidents,
          required: reference.required,
          assessed: reference.assessed,
        });
        expect({ due: mi.reassessments.due, onTime: mi.reassessments.onTime, late: mi.reassessments.late, missed: mi.reassessments.missed }).toEqual({
          due: reference.due,
          onTime: reference.onTime,
          late: reference.late,
          missed: reference.missed,
        });

        const results = record.assessments.map((a) => a.result).filter((result): result is AssessmentResult | DaraResult => result.kind !== 'rim');
        for (const earlier of results) {
          for (const later of results) {
            const expectedDiff = referenceComparison(earlier, later);
            if (expectedDiff === null) {
              expect(() => compareAssessments(earlier, later, reassessmentDefaults)).toThrow();
              continue;
            }
            const diff = compareAssessments(earlier, later, reassessmentDefaults);
            expect({ newYes: diff.newYes, resolved: diff.resolved, unchanged: diff.unchanged, noLongerKnown: diff.noLongerKnown }).toEqual(expectedDiff);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('rule: assessment-required names the latest earlier incident in the window and how many there are', () => {
    const incident = (id: string, date: string, crime: boolean | 'unknown'): CaseEvent => ({ id, type: 'new-incident', date, crime, reportedTo: ['police'] });
    const record = parseCase({
      assessments: [],
      events: [
        incident('i-1', '2024-01-05T10:00:00Z', true),
        incident('i-2', '2025-02-01T10:00:00Z', true),
        incident('i-3', '2025-03-01T10:00:00Z', 'unknown'),
        incident('i-4', '2025-04-01T10:00:00Z', false),
        incident('i-5', '2025-04-01T10:00:00Z', false),
      ],
      maracReferrals: [],
      reviews: [],
    });
    const statuses = assessmentStatus(record, '2025-05-01T00:00:00Z', crimeOrRecentHistory);
    expect(statuses.map((s) => [s.incident.id, s.required, s.previousIncidentCount, s.previousIncidents.map((p) => p.id)])).toEqual([
      ['i-1', true, 0, []],
      // i-1 is more than 12 months earlier: not in the window.
      ['i-2', true, 0, []],
      ['i-3', true, 1, ['i-2']],
      // A non-crime incident with earlier incidents in the window is required; one at the same instant is not earlier.
      ['i-4', true, 2, ['i-3']],
      ['i-5', true, 2, ['i-3']],
    ]);
    const first = parseCase({ assessments: [], events: [incident('only', '2025-04-01T10:00:00Z', false)], maracReferrals: [], reviews: [] });
    expect(assessmentStatus(first, '2025-05-01T00:00:00Z', crimeOrRecentHistory)[0]).toMatchObject({ required: false, status: 'not-required', previousIncidentCount: 0, previousIncidents: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// A 10,000-incident case: the documented limit of events.
// ---------------------------------------------------------------------------------------------

const LIMIT = 10_000;
const stored = (k: number) => {
  const date = iso(START + k * 100 * DAY + 3_600_000);
  return { id: `a-${k}`, date, firstResponse: true, result: assess({ ...inputWithYes([2, 10, 14][k]!), id: `a-${k}`, assessedAt: date }) };
};
const assessments = [0, 1, 2].map(stored);

const built = new Map<number, CaseRecord>();
/** A parsed case of `incidents` incidents, built once for the file (parsing 10,000 events is most of the time here). */
function largeCase(incidents: number): CaseRecord {
  let record = built.get(incidents);
  if (record === undefined) {
    record = buildLargeCase(incidents);
    built.set(incidents, record);
  }
  return record;
}

function buildLargeCase(incidents: number): CaseRecord {
  const events: CaseEvent[] = [];
  for (let i = 0; i < incidents; i++) {
    // Every incident within 300 days: each one has thousands of earlier incidents in its 12-month window.
    events.push({
      id: `i-${i}`,
      type: incidentTypes[i % incidentTypes.length]!,
      date: iso(START + Math.floor(((i * 7_919) % incidents) * ((300 * DAY) / incidents))),
      crime: i % 3 === 0 ? false : i % 3 === 1 ? true : 'unknown',
      reportedTo: ['police'],
    });
  }
  return parseCase({
    id: `case-${incidents}`,
    victim: { id: 'v-1', age: 30 },
    assessments,
    events,
    maracReferrals: [{ date: iso(START + 50 * DAY), agency: 'idva' }],
    reviews: [{ assessmentId: 'a-0', kind: 'supervisor', date: iso(START + 3 * 3_600_000) }],
  });
}

const NOW = '2025-12-31T09:00:00Z';
/** A generous bound: the straightforward reading took 5–10 s and GBs for one such case; this takes tens of milliseconds. */
const STALL_MS = 3_000;

const SCANS = ['filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'map', 'flatMap', 'forEach', 'reduce', 'includes', 'indexOf', 'slice'] as const;

/**
 * Runs `run` counting the elements array methods walk (each call counts its array's length): a
 * measure of work that does not depend on the machine. A scan per incident would count n² here.
 */
function arrayVisits<T>(run: () => T): { value: T; visits: number } {
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = SCANS.map((name) => [name, proto[name]!] as const);
  let visits = 0;
  for (const [name, original] of originals) {
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      visits += this.length;
      return original.apply(this, args);
    };
  }
  try {
    const value = run();
    return { value, visits };
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('case-scale at the limit', () => {
  it('case-scale: a 10,000-incident case is assessed in linear output and well under a second', () => {
    const half = largeCase(LIMIT / 2);
    const full = largeCase(LIMIT);
    timelineOf(half);
    timelineOf(full);
    for (const policy of [everyIncident, crimeOrRecentHistory]) {
      const small = assessmentStatus(half, NOW, policy);
      const { value: statuses, ms } = timed(() => assessmentStatus(full, NOW, policy));
      expect(statuses).toHaveLength(LIMIT);
      // The work, counted: a few walks over the incidents, never one per incident (that was n²/2, 50 million here).
      const { visits } = arrayVisits(() => assessmentStatus(full, NOW, policy));
      expect(visits).toBeLessThan(20 * LIMIT);
      // Linear output: one status per incident, each naming at most one earlier incident however many there are.
      const refs = statuses.reduce((sum, status) => sum + 1 + status.previousIncidents.length, 0);
      expect(refs).toBeLessThanOrEqual(2 * LIMIT);
      expect(Math.max(...statuses.map((status) => status.previousIncidentCount))).toBeGreaterThan(LIMIT / 2);
      const bytes = JSON.stringify(statuses).length;
      expect(bytes / LIMIT).toBeLessThan(600);
      expect(bytes / JSON.stringify(small).length).toBeLessThan(2.1);
      // The count is the straightforward one, checked on a few incidents.
      const incidents = timelineOf(full).events;
      for (const index of [0, 1, LIMIT / 2, LIMIT - 1]) {
        const dated = incidents[index]!;
        const start = windowStart(dated.at, policy.recentWindow);
        expect(statuses[index]!.previousIncidentCount).toBe(incidents.filter((other) => other.at < dated.at && other.at >= start).length);
      }
      expect(ms).toBeLessThan(STALL_MS);
    }
  });

  it('case-scale: every case function reads a 10,000-incident case in linear output without stalling', () => {
    const record = largeCase(LIMIT);
    timelineOf(record);
    const due = timed(() => dueReassessments(record, NOW, reassessmentDefaults));
    // One open item at most per event, plus the clock.
    expect(due.value.due.length + due.value.upcoming.length).toBeLessThanOrEqual(LIMIT + 1);
    expect(JSON.stringify(due.value).length / LIMIT).toBeLessThan(1_000);
    expect(due.ms).toBeLessThan(STALL_MS);
    expect(arrayVisits(() => dueReassessments(record, NOW, reassessmentDefaults)).visits).toBeLessThan(20 * LIMIT);
    const reviews = timed(() => reviewDeadlines(record, NOW, cambridgeshireReviewDeadlines));
    expect(reviews.value.length).toBeLessThanOrEqual(2 * assessments.length);
    expect(reviews.ms).toBeLessThan(STALL_MS);
    const plan = timed(() => checkSafetyPlan(record, NOW));
    expect(plan.value.highRisk).toBe(true);
    expect(plan.ms).toBeLessThan(STALL_MS);
    const compare = timed(() => compareAssessments(assessments[0]!.result, assessments[2]!.result, reassessmentDefaults));
    expect(compare.value.level.change).toBe('raised');
    expect(compare.ms).toBeLessThan(STALL_MS);
    // Management information over several such cases: the figures are the sums over each case.
    const options = { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z', now: NOW, repeat: safelivesRepeat, reassessment: reassessmentDefaults, assessmentRequired: crimeOrRecentHistory };
    const copies = 4;
    const mi = timed(() => managementInformation(Array.from({ length: copies }, () => record), options));
    expect(mi.value.completion.incidents).toBe(copies * LIMIT);
    expect(mi.value.completion.required).toBe(copies * assessmentStatus(record, NOW, crimeOrRecentHistory).filter((s) => s.required).length);
    expect(mi.ms).toBeLessThan(STALL_MS);
    expect(arrayVisits(() => managementInformation([record, record], options)).visits).toBeLessThan(2 * 20 * LIMIT);
    expect(arrayVisits(() => reviewDeadlines(record, NOW, cambridgeshireReviewDeadlines)).visits).toBeLessThan(20 * LIMIT);
    expect(arrayVisits(() => checkSafetyPlan(record, NOW)).visits).toBeLessThan(20 * LIMIT);
  });
});
