import { describe, expect, it } from 'vitest';
import {
  cambridgeshireReviewDeadlines,
  defineReviewDeadlinePolicy,
  reviewDeadlines,
  type CaseReview,
} from '../../../src/index.js';
import { caseOf, dashAt, plusHours } from '../../support/cases.js';
import { deepFrozen, viaJson } from '../../support/fixtures.js';
import { rimAt, SEVERE } from './support.js';

// March: London time is UTC.
const A = '2025-03-01T10:00:00Z';
const review = (assessmentId: string, kind: CaseReview['kind'], date: string): CaseReview => ({ assessmentId, kind, date });
const deadlines = (parts: Parameters<typeof caseOf>[0], now: string, policy = cambridgeshireReviewDeadlines) => reviewDeadlines(caseOf(parts), now, policy);

describe('which assessments need which review', () => {
  it('a first-response assessment needs a supervisor\u2019s review; one that is not, none', () => {
    const list = deadlines({ assessments: [dashAt('fr', A, 'standard', true), dashAt('other', A, 'standard')] }, plusHours(A, 1));
    expect(list.map((d) => [d.assessmentId, d.kind])).toEqual([['fr', 'supervisor']]);
  });

  it('an assessment at a level the policy names needs referral-unit processing; standard and a RIM do not', () => {
    const list = deadlines(
      { assessments: [dashAt('s', A, 'standard'), dashAt('m', plusHours(A, 1), 'medium'), dashAt('h', plusHours(A, 2), 'high'), rimAt('rim', plusHours(A, 3), [SEVERE])] },
      plusHours(A, 4),
    );
    expect(list.map((d) => [d.assessmentId, d.kind, d.basis])).toEqual([
      ['m', 'referral-unit', 'local'],
      ['h', 'referral-unit', 'local'],
    ]);
  });

  it('a first-response high assessment needs both, supervisor first', () => {
    const list = deadlines({ assessments: [dashAt('fr', A, 'high', true)] }, plusHours(A, 1));
    expect(list.map((d) => [d.kind, d.dueAt, d.basis])).toEqual([
      ['supervisor', '2025-03-02T10:00:00.000Z', 'library-default'],
      ['referral-unit', '2025-03-04T10:00:00.000Z', 'local'],
    ]);
    expect(deepFrozen(list)).toBe(true);
  });

  it('an assessment dated after the time of the check has no deadline yet; one at that instant has', () => {
    expect(deadlines({ assessments: [dashAt('fr', plusHours(A, 1), 'high', true)] }, A)).toEqual([]);
    expect(deadlines({ assessments: [dashAt('fr', A, 'high', true)] }, A)).toHaveLength(2);
  });

  it('the levels and periods are the policy\u2019s own', () => {
    const own = defineReviewDeadlinePolicy({
      ...viaJson(cambridgeshireReviewDeadlines),
      id: 'own',
      supervisor: { within: { days: 1 }, basis: 'local' },
      referralUnit: { levels: ['high'], within: { hours: 48 }, basis: 'library-default' },
    });
    const list = deadlines({ assessments: [dashAt('m', A, 'medium', true), dashAt('h', plusHours(A, 1), 'high')] }, plusHours(A, 2), own);
    // A day runs to the end of the next London date.
    expect(list.map((d) => [d.assessmentId, d.kind, d.dueAt, d.basis])).toEqual([
      ['m', 'supervisor', '2025-03-02T23:59:59.999Z', 'local'],
      ['h', 'referral-unit', '2025-03-03T11:00:00.000Z', 'library-default'],
    ]);
    expect(list[0]!.reason).toBe('Supervisor review of a first-response assessment: due by 2025-03-02T23:59:59.999Z (within 1 day).');
  });
});

describe('a deadline is due, met or breached', () => {
  const fr = dashAt('fr', A, 'standard', true);

  it('not done: due up to the deadline itself, breached after it, with the hours past it rounded up', () => {
    const atDeadline = deadlines({ assessments: [fr] }, plusHours(A, 24))[0]!;
    expect(atDeadline).toMatchObject({ status: 'due', completedAt: null, lateByHours: null, dueAt: '2025-03-02T10:00:00.000Z' });
    expect(atDeadline.reason).toBe('Supervisor review of a first-response assessment: due by 2025-03-02T10:00:00.000Z (within 24 hours).');
    const justAfter = deadlines({ assessments: [fr] }, '2025-03-02T10:00:01Z')[0]!;
    expect(justAfter).toMatchObject({ status: 'breached', completedAt: null, lateByHours: 1 });
    expect(justAfter.reason).toBe('Supervisor review of a first-response assessment: not done, 1 hour past the deadline (within 24 hours).');
    expect(deadlines({ assessments: [fr] }, plusHours(A, 30))[0]).toMatchObject({ status: 'breached', lateByHours: 6 });
  });

  it('done by the deadline (at it included): met', () => {
    const met = deadlines({ assessments: [fr], reviews: [review('fr', 'supervisor', plusHours(A, 24))] }, plusHours(A, 48))[0]!;
    expect(met).toMatchObject({ status: 'met', completedAt: plusHours(A, 24), lateByHours: null });
    expect(met.reason).toBe('Supervisor review of a first-response assessment: done within 24 hours.');
  });

  it('done after the deadline: breached, with how late it was done, not how late it is now', () => {
    const late = deadlines({ assessments: [fr], reviews: [review('fr', 'supervisor', '2025-03-02T12:30:00Z')] }, plusHours(A, 100))[0]!;
    expect(late).toMatchObject({ status: 'breached', completedAt: '2025-03-02T12:30:00Z', lateByHours: 3 });
    expect(late.reason).toBe('Supervisor review of a first-response assessment: done 3 hours late (within 24 hours).');
    const oneHour = deadlines({ assessments: [fr], reviews: [review('fr', 'supervisor', '2025-03-02T10:30:00Z')] }, plusHours(A, 100))[0]!;
    expect(oneHour).toMatchObject({ status: 'breached', lateByHours: 1 });
    expect(oneHour.reason).toBe('Supervisor review of a first-response assessment: done 1 hour late (within 24 hours).');
  });

  it('a review dated after the time of the check is not on record yet', () => {
    const record = { assessments: [fr], reviews: [review('fr', 'supervisor', plusHours(A, 20))] };
    expect(deadlines(record, plusHours(A, 10))[0]).toMatchObject({ status: 'due', completedAt: null });
    expect(deadlines(record, plusHours(A, 20))[0]).toMatchObject({ status: 'met', completedAt: plusHours(A, 20) });
  });

  it('the earliest review counts, whatever order the reviews are given in', () => {
    const reviews = [review('fr', 'supervisor', plusHours(A, 30)), review('fr', 'supervisor', plusHours(A, 5))];
    expect(deadlines({ assessments: [fr], reviews }, plusHours(A, 40))[0]).toMatchObject({ status: 'met', completedAt: plusHours(A, 5) });
  });

  it('a review of another kind, or of another assessment, does not meet the deadline', () => {
    const other = dashAt('other', A, 'standard', true);
    const reviews = [review('other', 'supervisor', plusHours(A, 1)), review('fr-h', 'referral-unit', plusHours(A, 1))];
    const list = deadlines({ assessments: [dashAt('fr-h', A, 'high', true), other], reviews }, plusHours(A, 30));
    expect(list.map((d) => [d.assessmentId, d.kind, d.status])).toEqual([
      ['fr-h', 'supervisor', 'breached'],
      ['fr-h', 'referral-unit', 'met'],
      ['other', 'supervisor', 'met'],
    ]);
  });

  it('the referral unit\u2019s reasons name the level of the case', () => {
    const list = deadlines({ assessments: [dashAt('m', A, 'medium')], reviews: [review('m', 'referral-unit', plusHours(A, 80))] }, plusHours(A, 90));
    expect(list[0]).toMatchObject({ kind: 'referral-unit', status: 'breached', lateByHours: 8 });
    expect(list[0]!.reason).toBe('Referral-unit processing of a medium case: done 8 hours late (within 72 hours).');
  });
});
