// The periodic review clock: the interval of the level that governs the episode, counted from the
// last risk assessment (or on a fixed schedule from the first), on London dates for day and month
// intervals and exact instants for hours, opening its lead before the due date.
import { describe, expect, it } from 'vitest';
import {
  defineReassessmentPolicy,
  dueReassessments,
  reassessmentDefaults,
  type CaseAssessment,
  type ReassessmentItem,
  type ReassessmentPolicy,
} from '../../../src/index.js';
import { dueReassessments as dueCore } from '../../../src/core/case/due.js';
import { episodeDefaults } from '../../../src/index.js';
import { caseOf, dashAt, rimAt } from '../../support/cases.js';
import { viaJson } from '../../support/fixtures.js';

const SOURCE = reassessmentDefaults.periodic.source!;

function periodic(id: string, changes: Partial<ReassessmentPolicy['periodic']>): ReassessmentPolicy {
  const base = viaJson(reassessmentDefaults);
  return defineReassessmentPolicy({ ...base, id, basis: 'local', periodic: { ...base.periodic, ...changes } });
}

function clockOf(assessments: CaseAssessment[], now: string, policy: ReassessmentPolicy = reassessmentDefaults): ReassessmentItem | undefined {
  const answer = dueReassessments(caseOf({ assessments }), now, policy);
  const clocks = [...answer.due, ...answer.upcoming].filter((item) => item.kind === 'clock');
  expect(clocks.length).toBeLessThanOrEqual(1);
  return clocks[0];
}

const rim = (id: string, date: string): CaseAssessment => rimAt(id, date);

const HIGH = dashAt('a-1', '2025-01-10T10:00:00Z', 'high');
const MEDIUM = dashAt('a-2', '2025-01-20T10:00:00Z', 'medium');

describe('the review clock follows the governing level, counted from the last risk assessment', () => {
  it('a later medium assessment keeps the 42-day high clock, counted from the medium one, and the reason says why', () => {
    const clock = clockOf([HIGH, MEDIUM], '2025-02-01T12:00:00Z');
    expect(clock).toEqual({
      kind: 'clock',
      trigger: 'periodic-review',
      title: 'Periodic review (high)',
      events: [],
      opensAt: '2025-02-24T00:00:00.000Z',
      dueAt: '2025-03-03T23:59:59.999Z',
      dueDate: '2025-03-03',
      status: 'upcoming',
      overdueByHours: null,
      basis: 'library-default',
      timingBasis: 'library-default',
      source: SOURCE,
      policy: { id: 'reassessment-defaults', version: '2' },
      reason:
        "The governing level is high: review every 42 days, counted from the last completed assessment (a-2, 2025-01-20T10:00:00Z); due by 2025-03-03 (London date, inclusive) (the interval is a da-risk default). The level is the episode's governing one (assessment a-1, 2025-01-10T10:00:00Z), not the latest assessment's: a later, lower assessment does not take away the high review clock.",
    });
  });

  it('when the latest assessment governs, the reason does not say another one does', () => {
    const clock = clockOf([MEDIUM], '2025-02-01T12:00:00Z')!;
    expect(clock).toMatchObject({ title: 'Periodic review (medium)', dueDate: '2025-03-17', opensAt: '2025-03-10T00:00:00.000Z' });
    expect(clock.reason).toBe(
      'The governing level is medium: review every 56 days, counted from the last completed assessment (a-2, 2025-01-20T10:00:00Z); due by 2025-03-17 (London date, inclusive) (the interval is a da-risk default).',
    );
  });

  it('the clock opens its lead before the due date, stays due to the end of the due date, then is overdue by the hour', () => {
    expect(clockOf([HIGH], '2025-02-13T23:59:59Z')).toMatchObject({ status: 'upcoming', opensAt: '2025-02-14T00:00:00.000Z', dueDate: '2025-02-21' });
    expect(clockOf([HIGH], '2025-02-14T00:00:00Z')?.status).toBe('due');
    expect(clockOf([HIGH], '2025-02-21T23:59:59Z')).toMatchObject({ status: 'due', overdueByHours: null });
    expect(clockOf([HIGH], '2025-02-22T00:00:00Z')).toMatchObject({ status: 'overdue', overdueByHours: 1 });
    expect(clockOf([HIGH], '2025-02-22T10:30:00Z')).toMatchObject({ status: 'overdue', overdueByHours: 11 });
  });

  it('an overdue clock is listed with the due items, and an upcoming one is not', () => {
    const late = dueReassessments(caseOf({ assessments: [HIGH] }), '2025-02-22T10:30:00Z', reassessmentDefaults);
    expect(late.due.map((item) => item.trigger)).toEqual(['periodic-review']);
    expect(late.upcoming).toEqual([]);
    const early = dueReassessments(caseOf({ assessments: [HIGH] }), '2025-01-11T10:30:00Z', reassessmentDefaults);
    expect(early.due).toEqual([]);
    expect(early.upcoming.map((item) => item.trigger)).toEqual(['periodic-review']);
  });

  it('no level in the episode, or a level with no interval (standard), gives no clock', () => {
    expect(clockOf([], '2025-02-01T12:00:00Z')).toBeUndefined();
    expect(clockOf([rim('rim-1', '2025-01-10T10:00:00Z')], '2025-02-01T12:00:00Z')).toBeUndefined();
    expect(clockOf([dashAt('a-3', '2025-01-10T10:00:00Z', 'standard')], '2026-01-01T12:00:00Z')).toBeUndefined();
  });

  it('a RIM after the last risk assessment does not restart the clock: it counts from the last DASH or DARA', () => {
    const clock = clockOf([HIGH, rim('rim-1', '2025-01-25T10:00:00Z')], '2025-02-01T12:00:00Z')!;
    expect(clock).toMatchObject({ dueDate: '2025-02-21' });
    expect(clock.reason).toContain('counted from the last completed assessment (a-1, 2025-01-10T10:00:00Z)');
  });
});

describe('a policy states its own interval, basis and source', () => {
  const local = periodic('local-clock', { intervals: { high: { days: 28 }, medium: { days: 35 }, standard: { months: 3 } }, lead: { days: 3 }, basis: 'local', source: 'Area review protocol' });

  it('a local interval uses the local basis and source, without calling itself a default', () => {
    const clock = clockOf([dashAt('a-3', '2025-01-10T10:00:00Z', 'standard')], '2025-02-01T12:00:00Z', local)!;
    expect(clock).toMatchObject({ title: 'Periodic review (standard)', dueDate: '2025-04-10', opensAt: '2025-04-06T23:00:00.000Z', basis: 'local', timingBasis: 'local', source: 'Area review protocol' });
    expect(clock.reason).toBe(
      'The governing level is standard: review every 3 months, counted from the last completed assessment (a-3, 2025-01-10T10:00:00Z); due by 2025-04-10 (London date, inclusive).',
    );
  });

  it('without a source the clock describes its own rule', () => {
    const base = viaJson(reassessmentDefaults);
    const { source: _dropped, ...rest } = base.periodic;
    const unsourced = defineReassessmentPolicy({ ...base, id: 'unsourced', periodic: rest });
    expect(clockOf([HIGH], '2025-02-01T12:00:00Z', unsourced)?.source).toBe('Periodic review every 42 days at high, counted from the last completed assessment (a-1, 2025-01-10T10:00:00Z)');
    const fixed = defineReassessmentPolicy({ ...base, id: 'unsourced-fixed', periodic: { ...rest, counting: 'from-last-due-date' } });
    expect(clockOf([HIGH], '2025-02-01T12:00:00Z', fixed)?.source).toBe('Periodic review every 42 days at high, counted on a fixed schedule from the first assessment of the episode');
  });

  it('an hour interval is due at an exact instant, with no London due date', () => {
    const hourly = periodic('hourly', { intervals: { high: { hours: 72 }, medium: null, standard: null }, lead: { hours: 12 } });
    const clock = clockOf([HIGH], '2025-01-13T10:00:00Z', hourly)!;
    expect(clock).toMatchObject({ dueAt: '2025-01-13T10:00:00.000Z', opensAt: '2025-01-12T22:00:00.000Z', dueDate: null, status: 'due' });
    expect(clock.reason).toBe(
      'The governing level is high: review every 72 hours, counted from the last completed assessment (a-1, 2025-01-10T10:00:00Z); due by 2025-01-13T10:00:00.000Z (the interval is a da-risk default).',
    );
    expect(clockOf([HIGH], '2025-01-13T10:00:01Z', hourly)).toMatchObject({ status: 'overdue', overdueByHours: 1 });
    expect(clockOf([HIGH], '2025-01-12T21:59:59Z', hourly)?.status).toBe('upcoming');
  });
});

describe('on a fixed schedule the clock is due at the first step after the latest assessment, counted from the first', () => {
  const weekly = periodic('weekly-schedule', { intervals: { high: { days: 7 }, medium: { months: 1 }, standard: { hours: 24 } }, counting: 'from-last-due-date', lead: { days: 1 } });

  it('weekly steps from 1 January: an assessment on 20 February is next due on 26 February', () => {
    const clock = clockOf([dashAt('a-1', '2025-01-01T10:00:00Z', 'high'), dashAt('a-2', '2025-02-20T10:00:00Z', 'high')], '2025-02-21T10:00:00Z', weekly)!;
    expect(clock).toMatchObject({ dueDate: '2025-02-26', opensAt: '2025-02-25T00:00:00.000Z', status: 'upcoming' });
    expect(clock.reason).toBe('The governing level is high: review every 7 days, counted on a fixed schedule from the first assessment of the episode; due by 2025-02-26 (London date, inclusive) (the interval is a da-risk default).');
  });

  it('with only the first assessment, the first step is due', () => {
    expect(clockOf([dashAt('a-1', '2025-01-01T10:00:00Z', 'high')], '2025-01-02T10:00:00Z', weekly)).toMatchObject({ dueDate: '2025-01-08' });
  });

  it('every step counts from the first assessment: a month from 31 January is 28 February, two months is 31 March', () => {
    const first = dashAt('a-1', '2025-01-31T10:00:00Z', 'medium');
    expect(clockOf([first, dashAt('a-2', '2025-02-27T10:00:00Z', 'medium')], '2025-02-28T10:00:00Z', weekly)).toMatchObject({ dueDate: '2025-02-28' });
    expect(clockOf([first, dashAt('a-2', '2025-03-01T10:00:00Z', 'medium')], '2025-03-02T10:00:00Z', weekly)).toMatchObject({ dueDate: '2025-03-31' });
    expect(clockOf([first, dashAt('a-2', '2025-05-01T10:00:00Z', 'medium')], '2025-05-02T10:00:00Z', weekly)).toMatchObject({ dueDate: '2025-05-31' });
  });

  it('an assessment at the exact moment a step falls due is on time: the next step is due', () => {
    const first = dashAt('a-1', '2025-01-01T10:00:00Z', 'standard');
    // Daily steps in hours: 2 January 10:00, 3 January 10:00, …
    const onStep4 = clockOf([first, dashAt('a-2', '2025-01-05T10:00:00Z', 'standard')], '2025-01-05T11:00:00Z', weekly);
    expect(onStep4).toMatchObject({ dueAt: '2025-01-06T10:00:00.000Z', dueDate: null });
    const onStep3 = clockOf([first, dashAt('a-2', '2025-01-04T10:00:00Z', 'standard')], '2025-01-04T11:00:00Z', weekly);
    expect(onStep3).toMatchObject({ dueAt: '2025-01-05T10:00:00.000Z' });
    const justBefore = clockOf([first, dashAt('a-2', '2025-01-04T09:59:59Z', 'standard')], '2025-01-04T11:00:00Z', weekly);
    expect(justBefore).toMatchObject({ dueAt: '2025-01-04T10:00:00.000Z', status: 'overdue', overdueByHours: 1 });
  });

  it('a long schedule finds the right step (step 37 of a weekly schedule)', () => {
    const clock = clockOf([dashAt('a-1', '2025-01-01T10:00:00Z', 'high'), dashAt('a-2', '2025-09-11T10:00:00Z', 'high')], '2025-09-12T10:00:00Z', weekly);
    expect(clock).toMatchObject({ dueDate: '2025-09-17' });
    const earlier = clockOf([dashAt('a-1', '2025-01-01T10:00:00Z', 'high'), dashAt('a-2', '2025-08-28T10:00:00Z', 'high')], '2025-08-29T10:00:00Z', weekly);
    expect(earlier).toMatchObject({ dueDate: '2025-09-03' });
  });

  it('an empty interval in an unvalidated policy stays at the first step instead of searching forever', () => {
    const raw = { ...reassessmentDefaults, id: 'raw', periodic: { ...reassessmentDefaults.periodic, counting: 'from-last-due-date' as const, intervals: { high: { days: 0 }, medium: null, standard: null } } };
    const answer = dueCore(caseOf({ assessments: [dashAt('a-1', '2025-01-01T10:00:00Z', 'high'), dashAt('a-2', '2025-01-09T10:00:00Z', 'high')] }), '2025-01-10T10:00:00Z', raw, episodeDefaults);
    expect(answer.due.find((item) => item.kind === 'clock')).toMatchObject({ dueDate: '2025-01-01', status: 'overdue' });
  });
});
