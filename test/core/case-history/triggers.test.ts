// Event triggers over a case: when each opens, when it is due (end of a London date for day and
// month timings, the exact instant for hours), its status at the check, what answers it, and the
// reason a practitioner reads. Dates in January and February are GMT: London dates equal UTC dates.
import { describe, expect, it } from 'vitest';
import {
  defineReassessmentPolicy,
  dueReassessments,
  reassessmentDefaults,
  type CaseAssessment,
  type CaseEvent,
  type ReassessmentPolicy,
  type TriggerRule,
} from '../../../src/index.js';
import { futureEvents } from '../../../src/core/case/triggers.js';
import { timelineOf } from '../../../src/core/case/timeline.js';
import { caseOf, dashAt, rimAt } from '../../support/cases.js';
import { thrown } from '../../support/errors.js';
import { viaJson } from '../../support/fixtures.js';

const APP = 'College of Policing APP (victim safety and support): named trigger point';
const EARLIER = dashAt('a-0', '2025-01-01T09:00:00Z', 'standard');
const RELEASE: CaseEvent = { id: 'e-1', type: 'released-from-custody', date: '2025-01-15T10:00:00Z' };
const TRIAL: CaseEvent = { id: 't-1', type: 'trial-approaching', date: '2025-02-10T10:00:00Z' };

const rim = (id: string, date: string): CaseAssessment => rimAt(id, date);

/** The defaults with some trigger rules replaced. */
function withRules(id: string, ...rules: TriggerRule[]): ReassessmentPolicy {
  const base = viaJson(reassessmentDefaults);
  const replaced = new Map(rules.map((rule) => [rule.trigger, rule]));
  return defineReassessmentPolicy({ ...base, id, basis: 'local', triggers: base.triggers.map((rule) => replaced.get(rule.trigger) ?? rule) });
}

const events = (record: Parameters<typeof dueReassessments>[0], now: string, policy = reassessmentDefaults) => {
  const answer = dueReassessments(record, now, policy);
  return [...answer.due, ...answer.upcoming].filter((item) => item.kind === 'event');
};

describe('an "after" trigger opens at the event and is due to the end of the London date its timing ends on', () => {
  const record = caseOf({ assessments: [EARLIER], events: [RELEASE] });

  it('a release from custody is due by the end of the next London date, with its rule, basis and reason', () => {
    const answer = dueReassessments(record, '2025-01-15T12:00:00Z', reassessmentDefaults);
    expect(answer.upcoming.filter((item) => item.kind === 'event')).toEqual([]);
    expect(answer.due).toEqual([
      {
        kind: 'event',
        trigger: 'released-from-custody',
        title: 'Suspect released from custody',
        events: [{ id: 'e-1', date: '2025-01-15T10:00:00Z' }],
        opensAt: '2025-01-15T10:00:00.000Z',
        dueAt: '2025-01-16T23:59:59.999Z',
        dueDate: '2025-01-16',
        status: 'due',
        overdueByHours: null,
        basis: 'national-guidance',
        timingBasis: 'library-default',
        source: APP,
        policy: { id: 'reassessment-defaults', version: '2' },
        reason: `Suspect released from custody (2025-01-15T10:00:00Z): reassess within 1 day of the event (${APP}; timing: a da-risk default). Due by 2025-01-16 (London date, inclusive). No risk reassessment has been recorded since.`,
      },
    ]);
  });

  it('it is still due at the last millisecond of its due date, and overdue from the next London midnight', () => {
    expect(events(record, '2025-01-16T23:59:59.999Z')[0]).toMatchObject({ status: 'due', overdueByHours: null });
    const late = events(record, '2025-01-17T00:00:00Z')[0]!;
    expect(late).toMatchObject({ status: 'overdue', overdueByHours: 1 });
    expect(late.reason).toContain('Due by 2025-01-16 (London date, inclusive). Overdue by 1 hours. No risk reassessment has been recorded since.');
  });

  it('hours overdue are counted up from the end of the due date', () => {
    const late = events(record, '2025-01-17T05:30:00Z')[0]!;
    expect(late).toMatchObject({ status: 'overdue', overdueByHours: 6 });
    expect(late.reason).toContain(' Overdue by 6 hours. ');
    expect(events(record, '2025-01-19T00:00:00Z')[0]).toMatchObject({ overdueByHours: 49 });
  });

  it('an event recorded at the very moment of the check has happened and is due', () => {
    expect(events(record, RELEASE.date).map((item) => [item.trigger, item.status])).toEqual([['released-from-custody', 'due']]);
  });

  it('an event of an "after" type dated after the check has not happened: it is reported, not counted', () => {
    const answer = dueReassessments(record, '2025-01-15T09:59:59Z', reassessmentDefaults);
    expect(answer.due).toEqual([]);
    expect(answer.upcoming).toEqual([]);
    expect(answer.futureEvents).toEqual([{ id: 'e-1', date: '2025-01-15T10:00:00Z' }]);
    const unnamed = caseOf({ assessments: [EARLIER], events: [{ type: 'breach', date: '2025-01-20T10:00:00Z', crime: true, reportedTo: ['police'] }] });
    expect(dueReassessments(unnamed, '2025-01-15T09:59:59Z', reassessmentDefaults).futureEvents).toEqual([{ id: null, date: '2025-01-20T10:00:00Z' }]);
  });

  it('a scheduled ("before") event dated after the check is counted as upcoming, never reported as a future event', () => {
    const answer = dueReassessments(caseOf({ assessments: [EARLIER], events: [TRIAL, RELEASE] }), '2025-01-15T09:00:00Z', reassessmentDefaults);
    expect(answer.upcoming.filter((item) => item.kind === 'event').map((item) => item.trigger)).toEqual(['trial-approaching']);
    expect(answer.futureEvents).toEqual([{ id: 'e-1', date: RELEASE.date }]);
  });
});

describe('a trigger is answered by the first risk reassessment from when it opens, on or before the check', () => {
  const at = (...assessments: CaseAssessment[]) => caseOf({ assessments: [EARLIER, ...assessments], events: [RELEASE] });

  it('an assessment completed at the moment the trigger opens answers it', () => {
    expect(events(at(dashAt('a-1', RELEASE.date)), '2025-01-16T12:00:00Z')).toEqual([]);
  });

  it('an assessment completed before the event does not answer it', () => {
    expect(events(at(dashAt('a-1', '2025-01-15T09:59:59Z')), '2025-01-16T12:00:00Z').map((item) => item.status)).toEqual(['due']);
  });

  it('an assessment completed at the moment of the check answers it', () => {
    expect(events(at(dashAt('a-1', '2025-01-16T12:00:00Z')), '2025-01-16T12:00:00Z')).toEqual([]);
  });

  it('an assessment dated after the check has not happened yet and answers nothing', () => {
    expect(events(at(dashAt('a-1', '2025-01-16T12:00:01Z')), '2025-01-16T12:00:00Z').map((item) => item.status)).toEqual(['due']);
  });

  it('a RIM is not a risk reassessment: it never answers a trigger', () => {
    expect(events(at(rim('rim-1', '2025-01-15T11:00:00Z')), '2025-01-17T12:00:00Z').map((item) => [item.trigger, item.status])).toEqual([
      ['released-from-custody', 'overdue'],
    ]);
  });

  it('a later assessment answers a trigger only from its own opening: each event is answered on its own', () => {
    const second: CaseEvent = { id: 'e-2', type: 'released-from-custody', date: '2025-01-20T10:00:00Z' };
    const record = caseOf({ assessments: [EARLIER, dashAt('a-1', '2025-01-16T09:00:00Z')], events: [RELEASE, second] });
    expect(events(record, '2025-01-20T12:00:00Z').map((item) => item.events[0]!.id)).toEqual(['e-2']);
  });
});

describe('a "before" trigger opens at the start of the London date its lead reaches back to, and is due by the end of the event date', () => {
  const record = caseOf({ assessments: [EARLIER], events: [TRIAL] });

  it('a trial is upcoming until the start of the date 14 days before it, then due, with its reason', () => {
    expect(events(record, '2025-01-26T23:59:59Z')).toMatchObject([{ status: 'upcoming', opensAt: '2025-01-27T00:00:00.000Z' }]);
    const open = dueReassessments(record, '2025-01-27T00:00:00Z', reassessmentDefaults).due;
    expect(open).toMatchObject([
      {
        trigger: 'trial-approaching',
        status: 'due',
        opensAt: '2025-01-27T00:00:00.000Z',
        dueAt: '2025-02-10T23:59:59.999Z',
        dueDate: '2025-02-10',
        events: [{ id: 't-1', date: TRIAL.date }],
      },
    ]);
    expect(open[0]!.reason).toBe(
      `Trial approaching (2025-02-10T10:00:00Z): reassess by the event, from 14 days before it (${APP}; timing: a da-risk default). Due by 2025-02-10 (London date, inclusive). No risk reassessment has been recorded since.`,
    );
  });

  it('it stays due to the end of the trial date, then is overdue', () => {
    expect(events(record, '2025-02-10T23:59:59Z')[0]?.status).toBe('due');
    expect(events(record, '2025-02-11T00:00:00Z')[0]).toMatchObject({ status: 'overdue', overdueByHours: 1 });
  });

  it('only an assessment from the start of the opening date answers it', () => {
    const before = caseOf({ assessments: [EARLIER, dashAt('a-1', '2025-01-26T23:59:59Z')], events: [TRIAL] });
    expect(events(before, '2025-02-01T12:00:00Z').map((item) => item.status)).toEqual(['due']);
    const opening = caseOf({ assessments: [EARLIER, dashAt('a-1', '2025-01-27T00:00:00Z')], events: [TRIAL] });
    expect(events(opening, '2025-02-01T12:00:00Z')).toEqual([]);
  });

  it('the opening date is a London date: in summer time it starts at 23:00 UTC the day before', () => {
    const summer = caseOf({ assessments: [EARLIER], events: [{ type: 'trial-approaching', date: '2025-07-20T09:00:00Z' }] });
    expect(events(summer, '2025-07-05T22:59:59Z')[0]).toMatchObject({ status: 'upcoming', opensAt: '2025-07-05T23:00:00.000Z', dueAt: '2025-07-20T22:59:59.999Z' });
    expect(events(summer, '2025-07-05T23:00:00Z')[0]?.status).toBe('due');
  });
});

describe('hour timings stay exact instants, with no London due date', () => {
  const policy = withRules(
    'hour-triggers',
    { trigger: 'released-from-custody', title: 'Released', basis: 'local', source: 'Force policy 12', timing: { after: { hours: 24 } }, timingBasis: 'local' },
    { trigger: 'trial-approaching', title: 'Trial', basis: 'local', source: 'Force policy 13', timing: { before: { hours: 48 } }, timingBasis: 'local' },
  );

  it('an "after" hour timing is due exactly that many hours after the event, and says its own timing basis', () => {
    const record = caseOf({ assessments: [EARLIER], events: [RELEASE] });
    const item = events(record, '2025-01-16T10:00:00Z', policy)[0]!;
    expect(item).toMatchObject({ status: 'due', opensAt: '2025-01-15T10:00:00.000Z', dueAt: '2025-01-16T10:00:00.000Z', dueDate: null, timingBasis: 'local' });
    expect(item.reason).toBe('Released (2025-01-15T10:00:00Z): reassess within 24 hours of the event (Force policy 12; timing: local). No risk reassessment has been recorded since.');
    const late = events(record, '2025-01-16T10:00:01Z', policy)[0]!;
    expect(late).toMatchObject({ status: 'overdue', overdueByHours: 1 });
    expect(late.reason).toBe('Released (2025-01-15T10:00:00Z): reassess within 24 hours of the event (Force policy 12; timing: local). Overdue by 1 hours. No risk reassessment has been recorded since.');
  });

  it('a "before" hour timing opens that many hours before the event and is due at the event itself', () => {
    const record = caseOf({ assessments: [EARLIER], events: [TRIAL] });
    expect(events(record, '2025-02-08T09:59:59Z', policy)[0]).toMatchObject({ status: 'upcoming', opensAt: '2025-02-08T10:00:00.000Z', dueAt: '2025-02-10T10:00:00.000Z', dueDate: null });
    expect(events(record, '2025-02-08T10:00:00Z', policy)[0]?.status).toBe('due');
    expect(events(record, '2025-02-10T10:00:00Z', policy)[0]?.status).toBe('due');
    const late = events(record, '2025-02-10T10:00:01Z', policy)[0]!;
    expect(late).toMatchObject({ status: 'overdue', overdueByHours: 1 });
    expect(late.reason).toBe('Trial (2025-02-10T10:00:00Z): reassess by the event, from 48 hours before it (Force policy 13; timing: local). Overdue by 1 hours. No risk reassessment has been recorded since.');
  });
});

describe('a date known only to the month counts from the first of the London month, and the reason says so', () => {
  it('a breach "in January" is due by 2 January and its reason explains the counting', () => {
    const record = caseOf({ assessments: [dashAt('a-0', '2024-12-20T09:00:00Z', 'standard')], events: [{ type: 'breach', date: '2025-01-20T10:00:00Z', precision: 'month', crime: true, reportedTo: ['police'] }] });
    const item = events(record, '2025-01-21T10:00:00Z')[0]!;
    expect(item).toMatchObject({ opensAt: '2025-01-01T00:00:00.000Z', dueDate: '2025-01-02', status: 'overdue' });
    expect(item.reason).toBe(
      'Breach of bail or of a civil order (2025-01-20T10:00:00Z): reassess within 1 day of the event (SafeLives guidance on reassessing risk at trigger points (the exact document is not verified); a breach is also a MARAC repeat incident; timing: a da-risk default). Due by 2025-01-02 (London date, inclusive). The date is known only to the month, so it is counted from the first of the month. Overdue by 443 hours. No risk reassessment has been recorded since.',
    );
  });
});

describe('every recorded event type needs a rule in the reassessment policy', () => {
  it('a policy without a rule for an event on the case is refused, naming the type', () => {
    const base = viaJson(reassessmentDefaults);
    const partial = defineReassessmentPolicy({ ...base, id: 'no-custody-rule', triggers: base.triggers.filter((rule) => rule.trigger !== 'released-from-custody') });
    const error = thrown(() => dueReassessments(caseOf({ assessments: [EARLIER], events: [RELEASE] }), '2025-01-16T10:00:00Z', partial));
    expect(error.code).toBe('invalid-definition');
    expect(error.issues).toEqual([{ path: ['policy', 'triggers'], rule: 'no-rule', message: 'the reassessment policy has no rule for released-from-custody' }]);
    expect(dueReassessments(caseOf({ assessments: [EARLIER], events: [TRIAL] }), '2025-01-16T10:00:00Z', partial).futureEvents).toEqual([]);
  });

  it('a missing rule is refused even for an event dated after the check', () => {
    const base = viaJson(reassessmentDefaults);
    const partial = defineReassessmentPolicy({ ...base, id: 'no-custody-rule', triggers: base.triggers.filter((rule) => rule.trigger !== 'released-from-custody') });
    expect(thrown(() => dueReassessments(caseOf({ assessments: [EARLIER], events: [RELEASE] }), '2025-01-10T10:00:00Z', partial)).code).toBe('invalid-definition');
  });

  it('the future events listed are those of an "after" type the policy has a rule for (read on their own)', () => {
    const base = viaJson(reassessmentDefaults);
    const partial = defineReassessmentPolicy({ ...base, id: 'no-custody-rule', triggers: base.triggers.filter((rule) => rule.trigger !== 'released-from-custody') });
    const breach: CaseEvent = { id: 'b-1', type: 'breach', date: '2025-01-20T10:00:00Z', crime: true, reportedTo: ['police'] };
    const timeline = timelineOf(caseOf({ assessments: [EARLIER], events: [RELEASE, TRIAL, breach] }));
    expect(futureEvents(timeline, Date.parse('2025-01-10T10:00:00Z'), partial)).toEqual([{ id: 'b-1', date: breach.date }]);
    expect(futureEvents(timeline, Date.parse('2025-01-15T10:00:00Z'), reassessmentDefaults)).toEqual([{ id: 'b-1', date: breach.date }]);
    expect(futureEvents(timeline, Date.parse('2025-01-15T09:59:59Z'), reassessmentDefaults)).toEqual([
      { id: 'e-1', date: RELEASE.date },
      { id: 'b-1', date: breach.date },
    ]);
  });
});

describe('the time of the check is read as an instant', () => {
  it('a malformed time of check is refused, naming now', () => {
    const error = thrown(() => dueReassessments(caseOf({ assessments: [EARLIER] }), '2025-01-16', reassessmentDefaults));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(['now']);
  });
});
