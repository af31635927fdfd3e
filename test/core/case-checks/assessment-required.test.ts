import { describe, expect, it } from 'vitest';
import {
  assessmentStatus,
  crimeOrRecentHistory,
  defineAssessmentRequiredPolicy,
  everyIncident,
  incidentTypes,
  type CaseEvent,
} from '../../../src/index.js';
import { caseOf, dashAt, incident, plusHours } from '../../support/cases.js';
import { deepFrozen, viaJson } from '../../support/fixtures.js';

// January: London time is UTC, so London dates and UTC dates agree.
const T = '2025-01-10T20:00:00Z';

const nonCrime = (date: string, id?: string): CaseEvent => incident(date, false, ['police'], id);
const unknownCrime = (date: string, id?: string): CaseEvent => ({ ...incident(date, true, ['police'], id), crime: 'unknown' });

describe('which events are read as incidents needing an assessment', () => {
  it('every incident type is read, and no other event type', () => {
    const events: CaseEvent[] = [
      ...incidentTypes.map((type, i): CaseEvent => ({ id: `i-${i}`, type, date: plusHours(T, i), crime: true, reportedTo: ['police'] })),
      { id: 'release', type: 'released-from-custody', date: plusHours(T, 0.5) },
      { id: 'sep', type: 'separation', date: plusHours(T, 1.5) },
    ];
    const statuses = assessmentStatus(caseOf({ events }), plusHours(T, 10), everyIncident);
    expect(statuses.map((s) => s.incident.id)).toEqual(incidentTypes.map((_, i) => `i-${i}`));
  });

  it('an incident dated after the time of the check is not yet listed; one at that instant is', () => {
    const record = caseOf({ events: [nonCrime(T, 'now'), nonCrime(plusHours(T, 1), 'later')] });
    expect(assessmentStatus(record, T, everyIncident).map((s) => s.incident.id)).toEqual(['now']);
    expect(assessmentStatus(record, plusHours(T, 1), everyIncident).map((s) => s.incident.id)).toEqual(['now', 'later']);
  });

  it('the statuses are oldest first and frozen, and an incident without an id is named by date only', () => {
    const record = caseOf({ events: [nonCrime(plusHours(T, 2)), nonCrime(T, 'first')] });
    const statuses = assessmentStatus(record, plusHours(T, 3), everyIncident);
    expect(statuses.map((s) => s.incident)).toEqual([
      { id: 'first', date: T },
      { id: null, date: plusHours(T, 2) },
    ]);
    expect(statuses[1]!.previousIncidents).toEqual([{ id: 'first', date: T }]);
    expect(deepFrozen(statuses)).toBe(true);
  });
});

describe('an assessment answers an incident when it is on or after it, and in time', () => {
  it('an assessment at the same instant as the incident answers it; one a second before does not', () => {
    const same = caseOf({ events: [nonCrime(T, 'i')], assessments: [dashAt('a-same', T)] });
    expect(assessmentStatus(same, plusHours(T, 30), everyIncident)[0]).toMatchObject({ status: 'assessed', assessmentId: 'a-same' });
    const before = caseOf({ events: [nonCrime(T, 'i')], assessments: [dashAt('a-before', '2025-01-10T19:59:59Z')] });
    expect(assessmentStatus(before, plusHours(T, 30), everyIncident)[0]).toMatchObject({ status: 'assessment-overdue', assessmentId: null });
  });

  it('an assessment dated after the time of the check does not answer the incident yet', () => {
    const record = caseOf({ events: [nonCrime(T, 'i')], assessments: [dashAt('a-1', plusHours(T, 2))] });
    expect(assessmentStatus(record, plusHours(T, 1), everyIncident)[0]).toMatchObject({ status: 'no-assessment-on-record', assessmentId: null });
    expect(assessmentStatus(record, plusHours(T, 2), everyIncident)[0]).toMatchObject({ status: 'assessed', assessmentId: 'a-1' });
  });

  it('a late assessment answers the incident when no later incident came before it, and says how late, in whole hours rounded up', () => {
    const record = caseOf({ events: [nonCrime(T, 'i')], assessments: [dashAt('a-late', '2025-01-11T20:00:01Z')] });
    const status = assessmentStatus(record, '2025-01-12T00:00:00Z', everyIncident)[0]!;
    expect(status).toMatchObject({ status: 'assessed', assessmentId: 'a-late', dueAt: '2025-01-11T20:00:00.000Z' });
    expect(status.reason).toMatch(/^Assessed \(a-late, 1 hours? after the deadline\); required under every-incident because every incident needs an assessment\.$/);
    const later = caseOf({ events: [nonCrime(T, 'i')], assessments: [dashAt('a-late', plusHours(T, 30))] });
    expect(assessmentStatus(later, plusHours(T, 31), everyIncident)[0]!.reason).toContain('(a-late, 6 hours after the deadline)');
  });

  it('an assessment exactly at the deadline is on time', () => {
    const record = caseOf({ events: [nonCrime(T, 'i')], assessments: [dashAt('a-edge', plusHours(T, 24))] });
    const status = assessmentStatus(record, plusHours(T, 25), everyIncident)[0]!;
    expect(status).toMatchObject({ status: 'assessed', assessmentId: 'a-edge' });
    expect(status.reason).toBe('Assessed (a-edge); required under every-incident because every incident needs an assessment.');
  });

  it('a late assessment made after the next incident answers only the next one', () => {
    const record = caseOf({
      events: [nonCrime(T, 'first'), nonCrime(plusHours(T, 48), 'second')],
      assessments: [dashAt('a-1', plusHours(T, 49))],
    });
    const statuses = assessmentStatus(record, plusHours(T, 50), everyIncident);
    expect(statuses.map((s) => [s.incident.id, s.status, s.assessmentId])).toEqual([
      ['first', 'assessment-overdue', null],
      ['second', 'assessed', 'a-1'],
    ]);
  });

  it('a late assessment at the same instant as the next incident does not answer the earlier one', () => {
    const record = caseOf({
      events: [nonCrime(T, 'first'), nonCrime(plusHours(T, 48), 'second')],
      assessments: [dashAt('a-1', plusHours(T, 48))],
    });
    const statuses = assessmentStatus(record, plusHours(T, 50), everyIncident);
    expect(statuses.map((s) => [s.incident.id, s.status])).toEqual([
      ['first', 'assessment-overdue'],
      ['second', 'assessed'],
    ]);
  });

  it('a late assessment made before the next incident still answers the earlier one', () => {
    const record = caseOf({
      events: [nonCrime(T, 'first'), nonCrime(plusHours(T, 48), 'second')],
      assessments: [dashAt('a-1', plusHours(T, 40)), dashAt('a-2', plusHours(T, 50))],
    });
    const statuses = assessmentStatus(record, plusHours(T, 51), everyIncident);
    expect(statuses.map((s) => [s.incident.id, s.status, s.assessmentId])).toEqual([
      ['first', 'assessed', 'a-1'],
      ['second', 'assessed', 'a-2'],
    ]);
    expect(statuses[0]!.reason).toContain('16 hours after the deadline');
  });

  it('two incidents at the same instant are both answered by one late assessment (neither is the other\u2019s next incident)', () => {
    const record = caseOf({
      events: [nonCrime(T, 'x'), nonCrime(T, 'y')],
      assessments: [dashAt('a-1', plusHours(T, 30))],
    });
    const statuses = assessmentStatus(record, plusHours(T, 31), everyIncident);
    expect(statuses.map((s) => [s.incident.id, s.status, s.assessmentId, s.previousIncidentCount])).toEqual([
      ['x', 'assessed', 'a-1', 0],
      ['y', 'assessed', 'a-1', 0],
    ]);
  });
});

describe('an unanswered required incident is on record as missing until the deadline, then overdue', () => {
  const record = caseOf({ events: [nonCrime(T, 'i')] });

  it('still only missing at the deadline instant, overdue a second later', () => {
    const atDeadline = assessmentStatus(record, plusHours(T, 24), everyIncident)[0]!;
    expect(atDeadline).toMatchObject({ status: 'no-assessment-on-record', required: true, dueAt: '2025-01-11T20:00:00.000Z', assessmentId: null });
    expect(atDeadline.reason).toBe(
      'No assessment on record yet: required under every-incident because every incident needs an assessment; due by 2025-01-11T20:00:00.000Z.',
    );
    const overdue = assessmentStatus(record, '2025-01-11T20:00:01Z', everyIncident)[0]!;
    expect(overdue.status).toBe('assessment-overdue');
    expect(overdue.reason).toBe(
      'Assessment overdue: required under every-incident because every incident needs an assessment, due within 24 hours, and none is on record.',
    );
  });

  it('the deadline follows the policy\u2019s own period', () => {
    const twoDays = defineAssessmentRequiredPolicy({ ...viaJson(everyIncident), id: 'two-days', within: { hours: 48 } });
    expect(assessmentStatus(record, plusHours(T, 30), twoDays)[0]).toMatchObject({ status: 'no-assessment-on-record', dueAt: '2025-01-12T20:00:00.000Z' });
    expect(assessmentStatus(record, plusHours(T, 49), twoDays)[0]!.reason).toContain('due within 48 hours');
  });
});

describe('which incidents require an assessment under the historical crime-or-recent-history rule', () => {
  it('a crime requires one, and the reason says so', () => {
    const status = assessmentStatus(caseOf({ events: [incident(T, true, ['police'], 'c')] }), plusHours(T, 1), crimeOrRecentHistory)[0]!;
    expect(status).toMatchObject({ required: true, status: 'no-assessment-on-record', dueAt: '2025-01-11T20:00:00.000Z', previousIncidentCount: 0 });
    expect(status.reason).toBe(
      'No assessment on record yet: required under crime-or-recent-history because the incident would be a crime; due by 2025-01-11T20:00:00.000Z.',
    );
  });

  it('an incident whose crime status is unknown requires one as a crime would', () => {
    const status = assessmentStatus(caseOf({ events: [unknownCrime(T, 'u')] }), plusHours(T, 30), crimeOrRecentHistory)[0]!;
    expect(status).toMatchObject({ required: true, status: 'assessment-overdue' });
    expect(status.reason).toBe(
      'Assessment overdue: required under crime-or-recent-history because it is not known whether the incident would be a crime, and unknown is never read as not a crime, due within 24 hours, and none is on record.',
    );
  });

  it('a first-time non-crime incident is not required, has no deadline, and the reason records the criticism', () => {
    const status = assessmentStatus(caseOf({ events: [nonCrime(T, 'n')] }), plusHours(T, 30), crimeOrRecentHistory)[0]!;
    expect(status).toMatchObject({ required: false, status: 'not-required', dueAt: null, previousIncidents: [], previousIncidentCount: 0 });
    expect(status.reason).toBe(
      'Not required under crime-or-recent-history because it is not a crime and there was no incident in the previous 12 months. HMIC (2014) criticised this rule: first-time non-crime incidents were never assessed.',
    );
  });

  it('a non-crime incident with an earlier incident in the window is required, naming the latest earlier one and how many there are', () => {
    const record = caseOf({
      events: [nonCrime('2024-03-01T10:00:00Z', 'p1'), nonCrime('2024-06-01T10:00:00Z', 'p2'), nonCrime(T, 'now')],
    });
    const status = assessmentStatus(record, plusHours(T, 1), crimeOrRecentHistory)[2]!;
    expect(status).toMatchObject({ required: true, status: 'no-assessment-on-record', previousIncidentCount: 2 });
    expect(status.previousIncidents).toEqual([{ id: 'p2', date: '2024-06-01T10:00:00Z' }]);
    expect(status.reason).toContain('because there was an incident in the previous 12 months;');
  });

  it('an assessed incident that was not required says so', () => {
    const record = caseOf({ events: [nonCrime(T, 'n')], assessments: [dashAt('a-1', plusHours(T, 1))] });
    const status = assessmentStatus(record, plusHours(T, 2), crimeOrRecentHistory)[0]!;
    expect(status).toMatchObject({ required: false, status: 'assessed', assessmentId: 'a-1', dueAt: null });
    expect(status.reason).toBe(
      'Assessed (a-1); not required under crime-or-recent-history because it is not a crime and there was no incident in the previous 12 months.',
    );
  });

  it('under the default rule a first-time non-crime incident is required all the same', () => {
    const status = assessmentStatus(caseOf({ events: [nonCrime(T, 'n')] }), plusHours(T, 30), everyIncident)[0]!;
    expect(status).toMatchObject({ required: true, status: 'assessment-overdue', dueAt: '2025-01-11T20:00:00.000Z' });
    expect(status.reason).not.toContain('HMIC');
  });
});

describe('the recent-history window counts earlier incidents from its first London day', () => {
  // The 12 months to 10 January 2025 start at the beginning of 10 January 2024 (GMT).
  const edge = '2024-01-10T00:00:00Z';

  it('an incident at the first instant of the window counts; one a second earlier does not', () => {
    const inside = assessmentStatus(caseOf({ events: [nonCrime(edge, 'old'), nonCrime(T, 'now')] }), plusHours(T, 1), crimeOrRecentHistory)[1]!;
    expect(inside).toMatchObject({ required: true, previousIncidentCount: 1, previousIncidents: [{ id: 'old' }] });
    const outside = assessmentStatus(caseOf({ events: [nonCrime('2024-01-09T23:59:59Z', 'old'), nonCrime(T, 'now')] }), plusHours(T, 1), crimeOrRecentHistory)[1]!;
    expect(outside).toMatchObject({ required: false, previousIncidentCount: 0, previousIncidents: [] });
  });

  it('only incidents before this one and inside the window are counted, and the latest of them is named', () => {
    const record = caseOf({
      events: [
        nonCrime('2022-12-01T00:00:00Z', 'too-old'),
        nonCrime('2024-02-01T00:00:00Z', 'a'),
        nonCrime('2024-05-01T00:00:00Z', 'b'),
        nonCrime('2024-09-01T00:00:00Z', 'c'),
        nonCrime(T, 'now'),
        nonCrime(T, 'same-instant'),
        nonCrime(plusHours(T, 1), 'after'),
      ],
    });
    const statuses = assessmentStatus(record, plusHours(T, 2), crimeOrRecentHistory);
    expect(statuses.map((s) => [s.incident.id, s.previousIncidentCount, s.previousIncidents[0]?.id ?? null])).toEqual([
      ['too-old', 0, null],
      ['a', 0, null],
      ['b', 1, 'a'],
      ['c', 2, 'b'],
      ['now', 3, 'c'],
      ['same-instant', 3, 'c'],
      ['after', 5, 'same-instant'],
    ]);
  });

  it('the window follows the policy\u2019s own period, and the reason names it', () => {
    const week = defineAssessmentRequiredPolicy({ ...viaJson(crimeOrRecentHistory), id: 'week', recentWindow: { days: 7 } });
    const near = caseOf({ events: [nonCrime('2025-01-03T09:00:00Z', 'near'), nonCrime(T, 'now')] });
    const far = caseOf({ events: [nonCrime('2025-01-02T23:00:00Z', 'far'), nonCrime(T, 'now')] });
    const nearStatus = assessmentStatus(near, plusHours(T, 1), week)[1]!;
    expect(nearStatus).toMatchObject({ required: true, previousIncidentCount: 1 });
    expect(nearStatus.reason).toContain('there was an incident in the previous 7 days');
    const farStatus = assessmentStatus(far, plusHours(T, 1), week)[1]!;
    expect(farStatus).toMatchObject({ required: false, previousIncidentCount: 0 });
    expect(farStatus.reason).toContain('no incident in the previous 7 days');
  });

  it('under the default rule the earlier incidents are counted and named too', () => {
    const record = caseOf({ events: [nonCrime('2024-06-01T10:00:00Z', 'p'), nonCrime(T, 'now')] });
    expect(assessmentStatus(record, plusHours(T, 1), everyIncident)[1]).toMatchObject({ previousIncidentCount: 1, previousIncidents: [{ id: 'p', date: '2024-06-01T10:00:00Z' }] });
  });
});
