import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDara,
  assessmentStatus,
  cambridgeshireInterventionLevels,
  cambridgeshireReviewDeadlines,
  caseMaracCheck,
  checkMarac,
  checkSafetyPlan,
  compareAssessments,
  crimeOrRecentHistory,
  defineReassessmentPolicy,
  dueReassessments,
  everyIncident,
  incidentTypes,
  interventionLevel,
  managementInformation,
  maracReferral,
  parseCase,
  policeDash2009,
  reassessmentDefaults,
  reviewDeadlines,
  safelivesMarac,
  safelivesRepeat,
  triggerTypes,
  type CaseEvent,
  type TriggerType,
} from '../../src/index.js';
import { caseOf, dashAt, incident, plusHours, raisedAt } from '../support/cases.js';
import { thrown } from '../support/errors.js';
import { deepFrozen, inputWith, inputWithYes, viaJson } from '../support/fixtures.js';

const T = '2025-05-01T12:00:00Z';
const BEFORE = dashAt('a-0', '2025-04-01T12:00:00Z', 'standard');

function eventOf(type: TriggerType, date: string): CaseEvent {
  return incidentTypes.includes(type) ? { type, date, crime: true, reportedTo: ['police'] } : { type, date };
}

describe('every trigger prompts a reassessment, with its basis', () => {
  const rules = new Map(reassessmentDefaults.triggers.map((rule) => [rule.trigger, rule]));

  it('the default policy has a rule for every trigger type', () => {
    expect(triggerTypes.filter((type) => !rules.has(type))).toEqual([]);
  });

  it.each(triggerTypes.map((type) => [type]))('%s', (type) => {
    const rule = rules.get(type)!;
    if ('after' in rule.timing) {
      const record = caseOf({ assessments: [BEFORE], events: [eventOf(type, T)] });
      const soon = dueReassessments(record, plusHours(T, 1), reassessmentDefaults);
      expect(soon.due.map((item) => [item.trigger, item.status])).toEqual([[type, 'due']]);
      expect(soon.due[0]).toMatchObject({ basis: rule.basis, timingBasis: 'library-default', policy: { id: 'reassessment-defaults', version: '2' } });
      // Due by the end of the London date `days` after the event (T is 13:00 BST): still due at 23:00 BST that day, overdue from midnight.
      const days = 'days' in rule.timing.after ? rule.timing.after.days : 0;
      const lastHour = dueReassessments(record, plusHours(T, days * 24 + 10), reassessmentDefaults);
      expect(lastHour.due[0]).toMatchObject({ trigger: type, status: 'due', dueDate: new Date(Date.parse(T) + days * 86_400_000).toISOString().slice(0, 10) });
      const late = dueReassessments(record, plusHours(T, days * 24 + 11), reassessmentDefaults);
      expect(late.due[0]).toMatchObject({ trigger: type, status: 'overdue', overdueByHours: 1 });
      const answered = caseOf({ assessments: [BEFORE, dashAt('a-1', plusHours(T, 0.5))], events: [eventOf(type, T)] });
      expect(dueReassessments(answered, plusHours(T, 1), reassessmentDefaults).due.filter((i) => i.kind === 'event')).toEqual([]);
    } else {
      const days = 'days' in rule.timing.before ? rule.timing.before.days : 0;
      const inWindow = caseOf({ assessments: [BEFORE], events: [eventOf(type, plusHours(T, (days - 1) * 24))] });
      expect(dueReassessments(inWindow, T, reassessmentDefaults).due.map((i) => [i.trigger, i.status])).toEqual([[type, 'due']]);
      const beyond = caseOf({ assessments: [BEFORE], events: [eventOf(type, plusHours(T, (days + 1) * 24))] });
      const answer = dueReassessments(beyond, T, reassessmentDefaults);
      expect(answer.due).toEqual([]);
      expect(answer.upcoming.map((i) => i.trigger)).toEqual([type]);
    }
  });
});

describe('policy edges', () => {
  it('a trial 14 days away is due now; 15 days away is not yet', () => {
    const at = (days: number) => caseOf({ assessments: [BEFORE], events: [{ type: 'trial-approaching', date: plusHours(T, days * 24) }] });
    expect(dueReassessments(at(14), T, reassessmentDefaults).due.map((i) => i.trigger)).toEqual(['trial-approaching']);
    expect(dueReassessments(at(10), T, reassessmentDefaults).due[0]?.status).toBe('due');
    expect(dueReassessments(at(15), T, reassessmentDefaults).due).toEqual([]);
    // Opens at the start of the London date 14 days before the trial (2 May, BST), due by the end of the trial date.
    expect(dueReassessments(at(15), T, reassessmentDefaults).upcoming[0]).toMatchObject({ opensAt: '2025-05-01T23:00:00.000Z', dueDate: '2025-05-16' });
  });

  it('a release known only to the month counts from the first of the month', () => {
    const record = caseOf({ assessments: [BEFORE], events: [{ type: 'released-from-prison', date: '2025-06-20T00:00:00Z', precision: 'month' }] });
    const item = dueReassessments(record, '2025-05-20T00:00:00Z', reassessmentDefaults).due[0]!;
    expect(item).toMatchObject({ trigger: 'released-from-prison', dueDate: '2025-06-01', dueAt: '2025-06-01T22:59:59.999Z', opensAt: '2025-05-17T23:00:00.000Z' });
    expect(item.reason).toMatch(/known only to the month/);
  });

  it('periodic review counted from the last assessment, or on a fixed schedule from the first', () => {
    const assessments = [dashAt('a-1', '2025-01-01T00:00:00Z', 'high'), dashAt('a-2', '2025-02-20T00:00:00Z', 'high')];
    const rolling = dueReassessments(caseOf({ assessments }), '2025-03-01T00:00:00Z', reassessmentDefaults);
    expect(rolling.upcoming.find((i) => i.kind === 'clock')).toMatchObject({ dueDate: '2025-04-03', dueAt: '2025-04-03T22:59:59.999Z' });
    const fixed = defineReassessmentPolicy({ ...viaJson(reassessmentDefaults), id: 'fixed', periodic: { ...viaJson(reassessmentDefaults.periodic), counting: 'from-last-due-date' } });
    const schedule = dueReassessments(caseOf({ assessments }), '2025-03-01T00:00:00Z', fixed);
    expect(schedule.upcoming.find((i) => i.kind === 'clock')).toMatchObject({ dueDate: '2025-03-26', dueAt: '2025-03-26T23:59:59.999Z' });
    const overdue = dueReassessments(caseOf({ assessments }), '2025-04-04T00:00:00Z', reassessmentDefaults);
    expect(overdue.due.find((i) => i.kind === 'clock')).toMatchObject({ status: 'overdue', basis: 'library-default' });
    const standard = dueReassessments(caseOf({ assessments: [dashAt('a-1', '2025-01-01T00:00:00Z', 'standard')] }), '2026-01-01T00:00:00Z', reassessmentDefaults);
    expect(standard.due).toEqual([]);
  });

  it('the 18-month birth window: the DASH pregnancy question applies until 18 months after a birth', () => {
    const record = caseOf({ assessments: [dashAt('a-1', '2025-01-02T00:00:00Z', 'standard')], events: [{ type: 'pregnancy-or-birth', date: '2025-01-01T00:00:00Z' }] });
    // To the end of the London date 18 months on (1 July 2026, BST), whatever the time of the check that day.
    const inside = dueReassessments(record, '2026-07-01T22:00:00Z', reassessmentDefaults);
    expect(inside.recentBirth).toMatchObject({ until: '2026-07-01T22:59:59.999Z', latestAnswer: 'no' });
    expect(dueReassessments(record, '2026-07-01T23:00:00Z', reassessmentDefaults).recentBirth).toBeNull();
  });

  it('an event of an after type dated after now is reported, not counted', () => {
    const record = caseOf({ assessments: [BEFORE], events: [eventOf('breach', plusHours(T, 48))] });
    const answer = dueReassessments(record, T, reassessmentDefaults);
    expect(answer.due).toEqual([]);
    expect(answer.futureEvents).toHaveLength(1);
    expect(answer.reasons.join(' ')).toMatch(/dated after the time of the check/);
  });

  it('says when no assessment is on record, and never suggests a lowering', () => {
    const answer = dueReassessments(caseOf({ events: [incident(T)] }), plusHours(T, 2), reassessmentDefaults);
    expect(answer.noAssessmentOnRecord).toBe(true);
    expect(answer.reasons.join(' ')).toMatch(/never the library/);
    expect(deepFrozen(answer)).toBe(true);
  });
});

describe('assessment required', () => {
  const first = incident('2025-01-10T20:00:00Z', false, ['police'], 'i-1');
  it('every incident needs an assessment by default; the historical rule skipped first-time non-crime incidents', () => {
    const record = caseOf({ events: [first] });
    expect(assessmentStatus(record, '2025-01-10T21:00:00Z', everyIncident)[0]).toMatchObject({ required: true, status: 'no-assessment-on-record' });
    expect(assessmentStatus(record, '2025-01-12T21:00:00Z', everyIncident)[0]).toMatchObject({ status: 'assessment-overdue' });
    const old = assessmentStatus(record, '2025-01-12T21:00:00Z', crimeOrRecentHistory)[0]!;
    expect(old).toMatchObject({ required: false, status: 'not-required' });
    expect(old.reason).toMatch(/HMIC \(2014\) criticised this rule/);
  });

  it('a crime, or an incident within 12 months before (London dates, edge inclusive), makes it required under the historical rule', () => {
    expect(assessmentStatus(caseOf({ events: [incident('2025-01-10T20:00:00Z', true)] }), '2025-01-11T00:00:00Z', crimeOrRecentHistory)[0]?.required).toBe(true);
    const second = incident('2026-01-10T20:00:00Z', false, ['police'], 'i-2');
    const edge = assessmentStatus(caseOf({ events: [first, second] }), '2026-01-11T00:00:00Z', crimeOrRecentHistory)[1]!;
    expect(edge).toMatchObject({ required: true, previousIncidents: [{ id: 'i-1' }] });
    const sameDay = incident('2026-01-10T23:59:59Z', false, ['police'], 'i-3');
    expect(assessmentStatus(caseOf({ events: [first, sameDay] }), '2026-01-12T00:00:00Z', crimeOrRecentHistory)[1]?.required).toBe(true);
    const nextDay = incident('2026-01-11T00:00:00Z', false, ['police'], 'i-4');
    expect(assessmentStatus(caseOf({ events: [first, nextDay] }), '2026-01-12T00:00:00Z', crimeOrRecentHistory)[1]?.required).toBe(false);
  });

  it('an assessment on or after the incident answers it', () => {
    const record = caseOf({ events: [first], assessments: [dashAt('a-1', '2025-01-10T22:00:00Z')] });
    expect(assessmentStatus(record, '2025-02-01T00:00:00Z', everyIncident)[0]).toMatchObject({ status: 'assessed', assessmentId: 'a-1' });
  });
});

describe('review deadlines', () => {
  it('supervisor review of first-response assessments, referral-unit processing of medium and high within 72 hours', () => {
    const record = caseOf({
      assessments: [dashAt('fr-1', '2025-03-01T00:00:00Z', 'high', true), dashAt('fr-2', '2025-03-05T00:00:00Z', 'standard', true)],
      reviews: [
        { assessmentId: 'fr-1', kind: 'supervisor', date: '2025-03-01T10:00:00Z' },
        { assessmentId: 'fr-1', kind: 'referral-unit', date: '2025-03-05T00:00:00Z' },
      ],
    });
    const deadlines = reviewDeadlines(record, '2025-03-06T06:00:00Z', cambridgeshireReviewDeadlines);
    expect(deadlines.map((d) => [d.assessmentId, d.kind, d.status, d.lateByHours])).toEqual([
      ['fr-1', 'supervisor', 'met', null],
      ['fr-1', 'referral-unit', 'breached', 24],
      ['fr-2', 'supervisor', 'breached', 6],
    ]);
    expect(reviewDeadlines(record, '2025-03-05T06:00:00Z', cambridgeshireReviewDeadlines).find((d) => d.assessmentId === 'fr-2')?.status).toBe('due');
    expect(deadlines[1]?.basis).toBe('local');
  });
});

describe('MARAC over the case history (the one MARAC check)', () => {
  it('repeat and escalation from the case\u2019s own incidents and referrals', () => {
    const record = caseOf({
      victim: { id: 'v-1', age: 33 },
      assessments: [dashAt('a-1', '2025-01-05T00:00:00Z', 'medium')],
      events: [incident('2024-09-01T00:00:00Z'), incident('2025-01-04T00:00:00Z', false, ['health']), incident('2025-03-01T00:00:00Z', false, ['idva'])],
      maracReferrals: [{ date: '2024-10-01T00:00:00Z', agency: 'police' }],
    });
    const decision = caseMaracCheck(record, '2025-03-02T00:00:00Z', safelivesMarac);
    expect(decision.routesMet).toEqual(['potential-escalation', 'repeat']);
    expect(decision.victimAge).toBe(33);
    const direct = checkMarac<unknown>({
      now: '2025-03-02T00:00:00Z',
      victimAge: 33,
      assessment: record.assessments[0]!.result,
      events: record.events.map((e) => ({ date: e.date, reportedTo: e.reportedTo!, crime: e.crime! })),
      previousReferrals: [{ date: '2024-10-01T00:00:00Z' }],
    });
    expect(direct.routes.map((r) => [r.id, r.met])).toEqual(decision.routes.map((r) => [r.id, r.met]));
  });
});

describe('comparing two assessments', () => {
  it('new, resolved, unchanged and no-longer-known answers, count and level change, and triggers', () => {
    const first = assess(inputWith({ strangulation: 'yes', weapons: 'yes', 'animal-abuse': 'yes', separation: 'no' }));
    const review = assess(inputWith({ strangulation: 'yes', weapons: 'no', separation: 'yes', 'stalking-harassment': 'yes' }));
    const diff = compareAssessments(viaJson(first), review, reassessmentDefaults);
    expect(diff.newYes).toEqual(['separation', 'stalking-harassment']);
    expect(diff.resolved).toEqual(['weapons']);
    expect(diff.unchanged).toEqual(['strangulation']);
    expect(diff.noLongerKnown).toEqual(['animal-abuse']);
    expect(diff.count).toEqual({ before: 3, after: 3, change: 0 });
    expect(diff.triggers).toEqual([
      { item: 'separation', trigger: 'separation' },
      { item: 'stalking-harassment', trigger: 'stalking' },
    ]);
  });

  it('compares the police DASH with the RIC by shared ids, and refuses results with nothing in common', () => {
    const police = assess(inputWithYes(14, 'no', policeDash2009));
    const ric = assess(inputWithYes(10));
    expect(compareAssessments(ric, police, reassessmentDefaults).level).toEqual({ before: 'medium', after: 'high', change: 'raised' });
    const dara = assessDara({ instrument: { id: 'dara', edition: '2022-provisional' }, answers: {}, grade: { level: 'high', rationale: 'r', by: 'p', at: T } });
    const screen = assess({ instrument: { id: 's-dash', edition: '2009' }, answers: {} });
    expect(thrown(() => compareAssessments(dara, screen, reassessmentDefaults)).issues[0]?.rule).toBe('nothing-to-compare');
  });
});


describe('the MARAC referral payload', () => {
  const input = { ...inputWith({ strangulation: { value: 'yes', source: 'victim', comment: 'Last Tuesday, in the kitchen' }, separation: 'yes' }), id: 'a-9', assessedAt: T };
  const result = assess(input);
  const decision = checkMarac({ now: plusHours(T, 1), victimAge: 30, assessment: result, professionalJudgement: { by: 'idva-1', at: plusHours(T, 1), rationale: 'Fears for her life' } });
  const options = { referredAt: plusHours(T, 2), referredBy: 'idva-1', agency: 'idva' as const };

  it('carries answers with sources, count, routes with evidence, and versions; nothing typed twice', () => {
    const payload = maracReferral({ input, result: viaJson(result) }, viaJson(decision), options);
    expect(payload.answers).toEqual([
      { item: 'separation', number: 6, label: expect.any(String), value: 'yes', source: null, options: [], comment: null },
      { item: 'strangulation', number: 15, label: expect.any(String), value: 'yes', source: 'victim', options: [], comment: 'Last Tuesday, in the kitchen' },
    ]);
    expect(payload.policies).toEqual({ scoring: { id: 'common-local-bands', version: '2' }, marac: { id: 'safelives-plus-library-defaults', version: '1' } });
    expect(payload.routesMet.map((r) => r.id)).toEqual(['professional-judgement']);
    expect(JSON.stringify(payload)).toContain('Fears for her life');
  });

  it('rule: minimisation drops the comments on answers and keeps the judgement rationale and the reasons of every route met', () => {
    const payload = maracReferral({ input, result }, decision, { ...options, minimise: true });
    expect(JSON.stringify(payload)).not.toContain('kitchen');
    expect(payload.routesMet.map((route) => route.reason)).toEqual(decision.routes.filter((route) => route.referral).map((route) => route.reason));
    expect(JSON.stringify(payload.routesMet)).toContain('Fears for her life');
    expect(payload.minimised).toBe(true);
  });

  it('refuses parts that do not belong together, and a decision that is not a referral', () => {
    const other = assess(inputWith({ weapons: 'yes' }));
    expect(thrown(() => maracReferral({ input, result: other }, decision, options)).issues[0]?.rule).toBe('parts-do-not-match');
    const none = checkMarac({ now: plusHours(T, 1), victimAge: 30, assessment: result });
    expect(thrown(() => maracReferral({ input, result }, none, options)).issues[0]?.rule).toBe('not-a-referral');
  });
});

describe('safety plan (RARA) and levels of intervention', () => {
  const high = dashAt('a-1', '2025-02-01T00:00:00Z', 'high');
  it('flags a high-risk plan that only accepts risk, and a plan older than the latest trigger', () => {
    const record = caseOf({
      assessments: [high],
      events: [{ type: 'released-from-custody', date: '2025-02-10T00:00:00Z' }],
      safetyPlan: { updatedAt: '2025-02-02T00:00:00Z', actions: [{ type: 'accept' }, { type: 'accept' }] },
    });
    expect(checkSafetyPlan(record, '2025-02-11T00:00:00Z').flags.map((f) => f.id)).toEqual(['only-accepts-risk', 'older-than-latest-trigger']);
    const good = caseOf({ assessments: [high], safetyPlan: { updatedAt: '2025-02-02T00:00:00Z', actions: [{ type: 'remove' }, { type: 'accept' }] } });
    expect(checkSafetyPlan(good, '2025-02-11T00:00:00Z').flags).toEqual([]);
    expect(checkSafetyPlan(caseOf({ assessments: [high] }), '2025-02-11T00:00:00Z').flags.map((f) => f.id)).toEqual(['no-plan']);
  });

  it('maps results to the Cambridgeshire levels of intervention', () => {
    const now = '2025-03-01T00:00:00Z';
    expect(interventionLevel(caseOf({ assessments: [high] }), now, cambridgeshireInterventionLevels)?.level).toBe(4);
    expect(interventionLevel(caseOf({ assessments: [dashAt('a', '2025-02-01T00:00:00Z', 'medium')] }), now, cambridgeshireInterventionLevels)?.level).toBe(3);
    expect(interventionLevel(caseOf({ events: [incident('2025-02-01T00:00:00Z')] }), now, cambridgeshireInterventionLevels)?.level).toBe(2);
    expect(interventionLevel(caseOf({}), now, cambridgeshireInterventionLevels)).toBeNull();
  });
});

describe('management information', () => {
  const cases = [
    caseOf({
      victim: { id: 'v-1' },
      perpetrators: ['p-1'],
      assessments: [dashAt('a-1', '2025-01-05T00:00:00Z', 'high'), raisedAt('a-2', '2025-02-05T00:00:00Z', '2025-02-05T01:00:00Z')],
      events: [incident('2025-01-04T00:00:00Z'), incident('2025-03-01T00:00:00Z', false), { type: 'released-from-custody', date: '2025-01-06T00:00:00Z' }],
      maracReferrals: [
        { date: '2025-01-06T00:00:00Z', agency: 'police' },
        { date: '2025-03-02T00:00:00Z', agency: 'idva' },
      ],
    }),
    caseOf({ victim: { id: 'v-2' }, events: [incident('2025-02-01T00:00:00Z', false, ['health'])], maracReferrals: [{ date: '2025-02-02T00:00:00Z', agency: 'health' }] }),
  ];
  const options = {
    from: '2025-01-01T00:00:00Z',
    to: '2025-04-01T00:00:00Z',
    now: '2025-04-01T00:00:00Z',
    repeat: safelivesRepeat,
    reassessment: reassessmentDefaults,
    assessmentRequired: everyIncident,
  };

  it('a case MARAC check refuses a malformed time of check, naming now', () => {
    const error = thrown(() => caseMaracCheck(caseOf({}), '2025-03-02', safelivesMarac));
    expect(error.issues).toEqual([expect.objectContaining({ path: ['now'], rule: 'iso-datetime' })]);
  });

  it('refuses a malformed time of report before reading any record', () => {
    const error = thrown(() => managementInformation<unknown>([{ bogus: 1 }], { ...options, now: 'not-a-date' }));
    expect(error.issues).toEqual([expect.objectContaining({ path: ['now'], rule: 'iso-datetime' })]);
  });

  it('counts with explicit units and definitions', () => {
    const mi = managementInformation(cases, options);
    expect(mi.marac).toMatchObject({ referrals: 3, repeats: 1, fromOtherAgencies: 2, victimsReferred: { value: 2 }, pairsReferred: { value: 2 } });
    expect(mi.marac.repeatRate).toBeCloseTo(1 / 3);
    expect(mi.riskLevels).toMatchObject({ unit: 'assessment', high: 2, medium: 0, standard: 0 });
    expect(mi.completion).toMatchObject({ unit: 'incident', incidents: 3, assessed: 1, rate: 1 / 3 });
    expect(mi.regrading).toMatchObject({ assessments: 2, regraded: 1 });
    expect(mi.overrides).toMatchObject({ raised: 1, lowered: 0, confirmed: 0 });
    expect(mi.reassessments).toMatchObject({ unit: 'trigger', due: 4, onTime: 1, late: 1, missed: 2 });
    expect(mi.definitions.repeat).toEqual({ id: 'safelives-repeat', version: '1' });
  });
});

describe('bad input', () => {
  it('malformed dates, unknown event types, incidents without crime status, reviews of unknown assessments', () => {
    expect(thrown(() => parseCase(caseOf({ events: [{ type: 'released-from-custody', date: '2025-13-01T00:00:00Z' }] }))).issues[0]?.path).toEqual([
      'events',
      0,
      'date',
    ]);
    expect(thrown(() => parseCase(caseOf({ events: [{ type: 'arrested' as never, date: T }] }))).issues[0]).toMatchObject({ path: ['events', 0, 'type'], rule: 'one-of' });
    expect(thrown(() => parseCase(caseOf({ events: [{ type: 'new-incident', date: T }] }))).issues.map((i) => i.rule)).toEqual(['required', 'required']);
    expect(thrown(() => parseCase(caseOf({ events: [{ type: 'charged', date: T, crime: true }] }))).issues[0]?.rule).toBe('incident-only');
    expect(thrown(() => parseCase(caseOf({ reviews: [{ assessmentId: 'x', kind: 'supervisor', date: T }] }))).issues[0]?.rule).toBe('unknown-assessment');
    expect(thrown(() => parseCase(caseOf({ assessments: [BEFORE, BEFORE] }))).issues[0]?.rule).toBe('duplicate-id');
    expect(thrown(() => parseCase(caseOf({ assessments: [{ ...BEFORE, result: { kind: 'checklist', count: 3 } as never }] }))).issues[0]?.path.slice(0, 3)).toEqual([
      'assessments',
      0,
      'result',
    ]);
    expect(thrown(() => dueReassessments(caseOf({}), 'now', reassessmentDefaults)).issues[0]?.path).toEqual(['now']);
  });

  it('a parsed case is frozen and accepted as it is', () => {
    const record = parseCase(viaJson(caseOf({ assessments: [BEFORE] })));
    expect(deepFrozen(record)).toBe(true);
    expect(parseCase(record)).toBe(record);
  });
});

describe('an assessment answers an incident only in time', () => {
  it('a later assessment made after the next incident does not answer the earlier one', () => {
    const record = caseOf({
      events: [incident('2024-11-20T19:00:00Z', false, ['police'], 'old'), incident('2025-02-03T21:10:00Z', true, ['police'], 'new')],
      assessments: [dashAt('a-1', '2025-02-03T23:30:00Z')],
    });
    const statuses = assessmentStatus(record, '2025-03-01T00:00:00Z', everyIncident);
    expect(statuses.map((s) => [s.incident.id, s.status])).toEqual([
      ['old', 'assessment-overdue'],
      ['new', 'assessed'],
    ]);
    expect(assessmentStatus(record, '2025-03-01T00:00:00Z', crimeOrRecentHistory)[0]?.status).toBe('not-required');
  });
});
