// A case's dates read once: instants (a month-precision event from the first of its London month),
// a sort whose ties never depend on the order the caller gave, the binary search every window uses,
// and each stored result read as it stood at the time of a check.
import { describe, expect, it } from 'vitest';
import {
  applyDaraRegrade,
  applyJudgement,
  applyRimJudgement,
  assess,
  assessDara,
  assessRim,
  caseEpisode,
  commonLocalBands,
  type CaseEvent,
  type CaseRecord,
} from '../../../src/index.js';
import { assessmentsAsOf, firstAt, resultAsOf, timelineOf } from '../../../src/core/case/timeline.js';
import { caseOf, dashAt } from '../../support/cases.js';
import { thrown } from '../../support/errors.js';
import { inputWithYes } from '../../support/fixtures.js';
import { hoursBetween } from '../../../src/common/hours-between.js';
import { readInstant } from '../../../src/common/instant.js';

const at = (iso: string) => Date.parse(iso);

describe('dates are read as instants, or refused naming the field', () => {
  it('an ISO date-time with an offset is read as its instant', () => {
    expect(readInstant('2025-03-01T10:15:00+01:00', ['x'])).toBe(at('2025-03-01T09:15:00Z'));
  });

  it('anything else is refused as invalid input at the path given', () => {
    const error = thrown(() => readInstant('2025-03-01', ['events', 2, 'date']));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      { path: ['events', 2, 'date'], rule: 'iso-datetime', message: 'must be an ISO 8601 date-time with seconds and an offset, such as 2025-03-01T10:15:00Z' },
    ]);
  });

  it('a case read without validation names the field whose date is malformed', () => {
    const bad = caseOf({ events: [{ type: 'charged', date: '2025-01-01T10:00:00Z' }, { type: 'charged', date: 'soon' }] });
    expect(thrown(() => timelineOf(bad)).issues[0]?.path).toEqual(['events', 1, 'date']);
    const parts: [keyof CaseRecord, object][] = [
      ['assessments', { id: 'a', date: 'x', result: dashAt('a', '2025-01-01T10:00:00Z').result }],
      ['maracReferrals', { date: 'x', agency: 'idva' }],
      ['reviews', { assessmentId: 'a', kind: 'supervisor', date: 'x' }],
      ['decisionsNotToRefer', { date: 'x', assessmentIds: ['a'], by: 'p', rationale: 'r' }],
      ['closures', { date: 'x', by: 'p', rationale: 'r' }],
    ];
    for (const [field, item] of parts) {
      expect(thrown(() => timelineOf(caseOf({ [field]: [item] }))).issues[0]?.path).toEqual([field, 0, 'date']);
    }
  });

  it('an event known only to the month counts from the first instant of its London month', () => {
    const timeline = timelineOf(caseOf({ events: [{ type: 'charged', date: '2025-06-20T10:00:00Z', precision: 'month' }, { type: 'charged', date: '2025-06-20T10:00:00Z', precision: 'day' }] }));
    expect(timeline.events.map((dated) => [dated.at, dated.item.precision])).toEqual([
      [at('2025-05-31T23:00:00Z'), 'month'],
      [at('2025-06-20T10:00:00Z'), 'day'],
    ]);
  });

  it('a case without decisions not to refer or closures has none', () => {
    const timeline = timelineOf(caseOf({}));
    expect(timeline.decisionsNotToRefer).toEqual([]);
    expect(timeline.closures).toEqual([]);
  });
});

describe('every list is sorted by instant, and ties never depend on the order the caller gave', () => {
  const events: CaseEvent[] = [
    { id: 'e-3', type: 'charged', date: '2025-01-03T10:00:00Z' },
    { id: 'e-b', type: 'sentenced', date: '2025-01-02T10:00:00Z' },
    { id: 'e-a', type: 'sentenced', date: '2025-01-02T10:00:00Z' },
    { id: 'e-1', type: 'charged', date: '2025-01-01T10:00:00Z' },
  ];

  it('events in any order come out oldest first, equal instants by their content, each with its original index', () => {
    for (const order of [events, [...events].reverse(), [events[1]!, events[3]!, events[0]!, events[2]!]]) {
      const timeline = timelineOf(caseOf({ events: order }));
      expect(timeline.events.map((dated) => dated.item.id)).toEqual(['e-1', 'e-a', 'e-b', 'e-3']);
      for (const dated of timeline.events) expect(order[dated.index]).toBe(dated.item);
    }
  });

  it('identical items at one instant keep a stable order', () => {
    const same: CaseEvent = { type: 'charged', date: '2025-01-01T10:00:00Z' };
    const timeline = timelineOf(caseOf({ events: [same, { ...same }, { ...same, type: 'breach', crime: true, reportedTo: ['police'] }] }));
    expect(timeline.events.map((dated) => dated.item.type)).toEqual(['breach', 'charged', 'charged']);
  });

  it('assessments, referrals, reviews, decisions and closures are sorted too', () => {
    const record = caseOf({
      assessments: [dashAt('a-2', '2025-01-02T10:00:00Z'), dashAt('a-1', '2025-01-01T10:00:00Z')],
      maracReferrals: [{ id: 'r-2', date: '2025-01-02T10:00:00Z', agency: 'idva' }, { id: 'r-1', date: '2025-01-01T10:00:00Z', agency: 'idva' }],
      reviews: [{ assessmentId: 'a-2', kind: 'supervisor', date: '2025-01-03T10:00:00Z' }, { assessmentId: 'a-1', kind: 'supervisor', date: '2025-01-02T10:00:00Z' }],
      decisionsNotToRefer: [{ id: 'd-2', date: '2025-01-05T10:00:00Z', assessmentIds: ['a-1'], by: 'p', rationale: 'r' }, { id: 'd-1', date: '2025-01-04T10:00:00Z', assessmentIds: ['a-1'], by: 'p', rationale: 'r' }],
      closures: [{ id: 'c-2', date: '2025-01-07T10:00:00Z', by: 'p', rationale: 'r' }, { id: 'c-1', date: '2025-01-06T10:00:00Z', by: 'p', rationale: 'r' }],
    });
    const timeline = timelineOf(record);
    expect(timeline.record).toBe(record);
    expect(timeline.assessments.map((d) => [d.item.id, d.index])).toEqual([['a-1', 1], ['a-2', 0]]);
    expect(timeline.referrals.map((d) => d.item.id)).toEqual(['r-1', 'r-2']);
    expect(timeline.reviews.map((d) => d.item.assessmentId)).toEqual(['a-1', 'a-2']);
    expect(timeline.decisionsNotToRefer.map((d) => [d.item.id, d.at])).toEqual([['d-1', at('2025-01-04T10:00:00Z')], ['d-2', at('2025-01-05T10:00:00Z')]]);
    expect(timeline.closures.map((d) => d.item.id)).toEqual(['c-1', 'c-2']);
  });

  it('a case is read once: the same record gives the same timeline', () => {
    const record = caseOf({ events });
    expect(timelineOf(record)).toBe(timelineOf(record));
  });
});

describe('the first entry at or after an instant is found by binary search', () => {
  const list = [1, 3, 3, 3, 7, 9].map((value) => ({ at: value }));

  it('at or after: the first equal entry, or the next later one, or the end', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 9, 10].map((value) => firstAt(list, value))).toEqual([0, 0, 1, 1, 4, 4, 5, 5, 6]);
  });

  it('strictly after: past every equal entry', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 9, 10].map((value) => firstAt(list, value, true))).toEqual([0, 1, 1, 4, 4, 5, 5, 6, 6]);
  });

  it('an empty list gives 0; a long list agrees with a linear scan', () => {
    expect(firstAt([], 5)).toBe(0);
    const long = Array.from({ length: 101 }, (_, i) => ({ at: Math.floor(i / 3) * 2 }));
    for (let value = -1; value <= 70; value++) {
      expect(firstAt(long, value)).toBe(long.findIndex((entry) => entry.at >= value) === -1 ? long.length : long.findIndex((entry) => entry.at >= value));
      expect(firstAt(long, value, true)).toBe(long.findIndex((entry) => entry.at > value) === -1 ? long.length : long.findIndex((entry) => entry.at > value));
    }
  });
});

describe('hours between two instants are counted up', () => {
  it('any part of an hour counts as an hour', () => {
    expect(hoursBetween(0, 0)).toBe(0);
    expect(hoursBetween(0, 1)).toBe(1);
    expect(hoursBetween(0, 3_600_000)).toBe(1);
    expect(hoursBetween(0, 3_600_001)).toBe(2);
    expect(hoursBetween(7_200_000, 0)).toBe(-2);
  });
});

describe('a stored result is read as it stood at the time of a check', () => {
  const base = assess({ ...inputWithYes(5), id: 'a-1', assessedAt: '2025-03-01T10:00:00Z' });
  const raised = applyJudgement(base, { level: 'high', rationale: 'Strangulation.', by: 'idva-1', at: '2025-03-01T11:00:00Z', referToMarac: true }, commonLocalBands);
  const lowered = applyJudgement(raised, { level: 'medium', rationale: 'Reviewed.', by: 'sgt-1', at: '2025-03-20T10:00:00Z', authorisedBy: 'insp-1' }, commonLocalBands);

  it('with nothing recorded after the check, the stored result itself', () => {
    expect(resultAsOf(lowered, at('2025-03-20T10:00:00Z'))).toBe(lowered);
    expect(resultAsOf(base, at('2025-03-01T10:00:00Z'))).toBe(base);
  });

  it('between a raise and a lowering: the raised level, set by judgement, with the referral on judgement', () => {
    const between = resultAsOf(lowered, at('2025-03-20T09:59:59Z'));
    expect(between.kind).toBe('checklist');
    if (between.kind !== 'checklist') return;
    expect(between.final).toEqual({ level: 'high', basis: 'judgement' });
    expect(between.judgementReferral).toEqual({ by: 'idva-1', at: '2025-03-01T11:00:00Z', rationale: 'Strangulation.' });
    expect(between.history.map((event) => event.by)).toEqual(['idva-1']);
    expect(Object.isFrozen(between) && Object.isFrozen(between.final) && Object.isFrozen(between.history)).toBe(true);
  });

  it('before any decision: the computed level, with no referral on judgement', () => {
    const before = resultAsOf(lowered, at('2025-03-01T10:30:00Z'));
    if (before.kind !== 'checklist') throw new Error('a DASH');
    expect(before.final).toEqual({ level: base.computed!.level, basis: 'computed' });
    expect(before.judgementReferral).toBeNull();
    expect(before.history).toEqual([]);
  });

  it('the latest referral on judgement standing at the check is the one read', () => {
    const referredAgain = applyJudgement(raised, { level: 'high', rationale: 'Threats to kill.', by: 'idva-2', at: '2025-03-05T10:00:00Z', referToMarac: true }, commonLocalBands);
    const later = applyJudgement(referredAgain, { level: 'high', rationale: 'No change.', by: 'sgt-1', at: '2025-03-09T10:00:00Z' }, commonLocalBands);
    const asOf = resultAsOf(later, at('2025-03-08T10:00:00Z'));
    if (asOf.kind !== 'checklist') throw new Error('a DASH');
    expect(asOf.judgementReferral).toEqual({ by: 'idva-2', at: '2025-03-05T10:00:00Z', rationale: 'Threats to kill.' });
  });

  it('a DARA regraded after the check reads the assessor\u2019s grade; one with a regrade before it reads the regrade', () => {
    const graded = assessDara({ instrument: { id: 'dara', edition: '2022-provisional' }, id: 'd-1', assessedAt: '2025-03-01T10:00:00Z', answers: {}, grade: { level: 'medium', rationale: 'r', by: 'pc-1', at: '2025-03-01T10:00:00Z' } });
    const regraded = applyDaraRegrade(graded, { level: 'high', rationale: 'Stalking.', by: 'sgt-1', at: '2025-03-05T10:00:00Z', referToMarac: true });
    const twice = applyDaraRegrade(regraded, { level: 'high', rationale: 'Confirmed.', by: 'insp-1', at: '2025-03-07T10:00:00Z' });
    const first = resultAsOf(twice, at('2025-03-02T10:00:00Z'));
    if (first.kind !== 'dara') throw new Error('a DARA');
    expect(first.final).toEqual({ level: 'medium', basis: 'assessor' });
    expect(first.judgementReferral).toBeNull();
    const second = resultAsOf(twice, at('2025-03-06T10:00:00Z'));
    if (second.kind !== 'dara') throw new Error('a DARA');
    expect(second.final).toEqual({ level: 'high', basis: 'regrade' });
    expect(second.judgementReferral).toEqual({ by: 'sgt-1', at: '2025-03-05T10:00:00Z', rationale: 'Stalking.' });
    expect(second.history).toHaveLength(2);
  });

  it('a RIM judged after the check reads each child\u2019s suggested scale; after it, the judged scale', () => {
    const rim = assessRim({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      id: 'rim-1',
      assessedAt: '2025-03-01T10:00:00Z',
      answers: { 'rim-violence-minor-incidents': { value: 'confirmed' } },
      children: [{ id: 'c-1', age: { years: 9 }, specialNeeds: false }, { id: 'c-2', age: { years: 10 }, specialNeeds: false }],
    });
    const judgedRim = applyRimJudgement(rim, 'c-1', { scale: 3, rationale: 'Caught up in the incidents.', by: 'sw-1', at: '2025-03-05T10:00:00Z' });
    const twiceJudged = applyRimJudgement(judgedRim, 'c-2', { scale: 2, rationale: 'Heard the violence.', by: 'sw-1', at: '2025-03-07T10:00:00Z' });
    const before = resultAsOf(twiceJudged, at('2025-03-02T10:00:00Z'));
    if (before.kind !== 'rim') throw new Error('a RIM');
    expect(before.children.map((child) => [child.childId, child.final])).toEqual([
      ['c-1', { scale: 1, basis: 'suggested' }],
      ['c-2', { scale: 1, basis: 'suggested' }],
    ]);
    expect(before.household.highestFinal).toBe(1);
    expect(before.history).toEqual([]);
    const between = resultAsOf(twiceJudged, at('2025-03-06T10:00:00Z'));
    if (between.kind !== 'rim') throw new Error('a RIM');
    expect(between.children.map((child) => [child.childId, child.final.scale, child.final.basis])).toEqual([
      ['c-1', 3, 'judgement'],
      ['c-2', 1, 'suggested'],
    ]);
    expect(between.household.highestFinal).toBe(3);
    expect(between.history.map((event) => event.subject)).toEqual(['c-1']);
    const after = resultAsOf(twiceJudged, at('2025-03-08T10:00:00Z'));
    expect(after).toBe(twiceJudged);
    expect(twiceJudged.children.map((child) => child.final)).toEqual([{ scale: 3, basis: 'judgement' }, { scale: 2, basis: 'judgement' }]);
  });

  it('over a case: assessments after the check are left out, and each is read as it stood', () => {
    const record = caseOf({ assessments: [{ id: 'a-1', date: '2025-03-01T10:00:00Z', result: lowered }, dashAt('a-2', '2025-03-25T10:00:00Z', 'standard')] });
    const timeline = timelineOf(record);
    const asOf = assessmentsAsOf(timeline, at('2025-03-10T10:00:00Z'));
    expect(asOf.map((dated) => [dated.item.id, dated.index, dated.at])).toEqual([['a-1', 0, at('2025-03-01T10:00:00Z')]]);
    expect(asOf[0]!.item.result.kind === 'checklist' && asOf[0]!.item.result.final.level).toBe('high');
    expect(asOf[0]!.item.date).toBe('2025-03-01T10:00:00Z');
    const later = assessmentsAsOf(timeline, at('2025-03-25T10:00:00Z'));
    expect(later.map((dated) => dated.item.id)).toEqual(['a-1', 'a-2']);
    expect(later[0]).toBe(timeline.assessments[0]);
    expect(caseEpisode(record, '2025-03-10T10:00:00Z').governing).toMatchObject({ assessmentId: 'a-1', level: 'high' });
    expect(caseEpisode(record, '2025-03-21T10:00:00Z').governing).toMatchObject({ assessmentId: 'a-1', level: 'medium' });
  });
});
