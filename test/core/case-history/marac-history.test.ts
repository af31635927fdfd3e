// The MARAC check over a case's own history: which assessments it reads (DASH and DARA, never a
// RIM), every incident of abuse with its ids, crime status, agencies, abusers and precision,
// every previous referral, the victim's age, and what answers potential escalation.
import { describe, expect, it } from 'vitest';
import { caseMaracCheck, defineMaracPolicy, safelivesMarac, type CaseAssessment, type CaseEvent, type CaseRecord } from '../../../src/index.js';
import { viaJson } from '../../support/fixtures.js';
import { caseOf, dashAt, rimAt } from '../../support/cases.js';

const NOW = '2025-01-11T10:00:00Z';

const rim = (id: string, date: string): CaseAssessment => rimAt(id, date, ['rim-violence-severe-life-threatening'], 1);

function abuse(id: string | undefined, type: CaseEvent['type'], date: string, extra: Partial<CaseEvent> = {}): CaseEvent {
  return { ...(id === undefined ? {} : { id }), type, date, crime: true, reportedTo: ['police'], ...extra };
}

const route = (record: CaseRecord, id: string, now = NOW) => caseMaracCheck(record, now).routes.find((r) => r.id === id)!;

describe('the assessment routes read the DASH and DARA assessments of the episode, never a RIM', () => {
  it('a RIM alone is not a risk assessment: visible high risk is not assessed', () => {
    const decision = caseMaracCheck(caseOf({ victim: { age: 30 }, assessments: [rim('rim-1', '2025-01-10T10:00:00Z')] }), NOW);
    expect(decision.routes[0]!.reason).toBe('Visible high risk not assessed: no assessment is on record on or before the time of the check. Complete a risk assessment.');
    expect(decision.routes[0]!.evidence).toMatchObject({ count: null, assessmentId: null });
  });

  it('a RIM after a DASH changes nothing in the assessment routes: the DASH is still the latest risk assessment', () => {
    const dash = dashAt('a-1', '2025-01-09T10:00:00Z', 'high');
    const alone = caseMaracCheck(caseOf({ victim: { age: 30 }, assessments: [dash] }), NOW);
    const withRim = caseMaracCheck(caseOf({ victim: { age: 30 }, assessments: [dash, rim('rim-1', '2025-01-10T10:00:00Z')] }), NOW);
    expect(withRim.routesMet).toEqual(['visible-high-risk']);
    expect(withRim.routes.slice(0, 3)).toEqual(alone.routes.slice(0, 3));
    expect(withRim.routes[0]!.reason).not.toMatch(/stays a reason to refer/);
  });
});

describe('the incidents of abuse on the case are the events the escalation and repeat routes count', () => {
  const events = [
    abuse('i-1', 'new-incident', '2025-01-02T10:00:00Z'),
    abuse(undefined, 'unwanted-contact', '2025-01-05T10:00:00Z', { crime: false, reportedTo: ['housing'] }),
    abuse('i-3', 'breach', '2025-01-08T10:00:00Z'),
    { id: 'c-1', type: 'charged' as const, date: '2025-01-09T10:00:00Z' },
  ];

  it('only incident types count, each with its id (or null), in date order', () => {
    const escalation = route(caseOf({ victim: { age: 30 }, events }), 'potential-escalation');
    expect(escalation.met).toBe(true);
    expect(escalation.evidence).toMatchObject({
      counted: [
        { id: 'i-1', date: '2025-01-02T10:00:00Z' },
        { id: null, date: '2025-01-05T10:00:00Z' },
        { id: 'i-3', date: '2025-01-08T10:00:00Z' },
      ],
    });
  });

  it('the agencies each incident was reported to are passed on: a police-only rule does not count a housing report', () => {
    const policeOnly = defineMaracPolicy({
      ...viaJson(safelivesMarac),
      id: 'police-only-escalation',
      basis: 'local',
      potentialEscalation: { ...viaJson(safelivesMarac.potentialEscalation), reportedTo: ['police'], basis: 'local' },
    });
    const decision = caseMaracCheck(caseOf({ victim: { age: 30 }, events }), NOW, policeOnly);
    expect(decision.routes[3]).toMatchObject({ met: false, evidence: { notReportedToCountedAgency: 1 } });
  });

  it('an incident known only to the month is read as such', () => {
    const record = caseOf({ maracReferrals: [{ date: '2025-03-15T10:00:00Z', agency: 'idva' }], events: [abuse('m-1', 'new-incident', '2025-03-01T00:00:00Z', { precision: 'month' })] });
    const repeat = route(record, 'repeat', '2025-04-02T09:00:00Z');
    expect(repeat.met).toBe(true);
    expect(repeat.reason).toMatch(/dated only to the month/);
  });

  it('a crime status that is not known is passed on as unknown, never as not a crime', () => {
    const record = caseOf({ maracReferrals: [{ date: '2024-12-01T10:00:00Z', agency: 'idva' }], events: [abuse('i-9', 'stalking', '2025-01-06T10:00:00Z', { crime: 'unknown' })] });
    expect(route(record, 'repeat').evidence).toMatchObject({ crimeUnknown: 1, notCrime: 0, incidents: [{ id: 'i-9', date: '2025-01-06T10:00:00Z' }] });
  });

  it('the abusers an incident names are passed on: an incident naming another abuser is not a repeat', () => {
    const referral = { id: 'ref-1', date: '2024-12-01T10:00:00Z', agency: 'idva' as const, perpetrators: ['p-1'] };
    const other = caseOf({ maracReferrals: [referral], events: [abuse('i-1', 'new-incident', '2025-01-05T10:00:00Z', { perpetrators: ['p-2'] })] });
    expect(route(other, 'repeat')).toMatchObject({ met: false, evidence: { otherPerpetrator: 1, lastReferral: { id: 'ref-1', date: referral.date } } });
    const unnamedReferral = caseOf({ maracReferrals: [{ date: referral.date, agency: 'idva' }], events: [abuse('i-1', 'new-incident', '2025-01-05T10:00:00Z', { perpetrators: ['p-2'] })] });
    expect(route(unnamedReferral, 'repeat')).toMatchObject({ met: true, evidence: { linkNotChecked: 1, lastReferral: { id: null } } });
  });
});

describe('the victim\u2019s age is passed on', () => {
  it('a 17-year-old needs a children\u2019s safeguarding referral; an adult, or a victim of unrecorded age, does not', () => {
    const record = caseOf({ victim: { age: 17 }, assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'high')] });
    const young = caseMaracCheck(record, NOW);
    expect(young.victimAge).toBe(17);
    expect(young.actions.map((action) => [action.id, action.status])).toEqual([['childrens-safeguarding-referral', 'required']]);
    expect(caseMaracCheck({ ...record, victim: { age: 30 } }, NOW).actions).toEqual([]);
    const unknownAge = caseMaracCheck(caseOf({ assessments: [dashAt('a-1', '2025-01-10T10:00:00Z', 'high')] }), NOW);
    expect(unknownAge.victimAge).toBeNull();
  });
});

describe('potential escalation is answered only by a MARAC referral after its latest event', () => {
  const events = [abuse('i-1', 'new-incident', '2025-01-02T10:00:00Z'), abuse('i-2', 'new-incident', '2025-01-05T10:00:00Z'), abuse('i-3', 'breach', '2025-01-08T10:00:00Z')];

  it('a referral at the moment of the latest event answers it; one before it does not', () => {
    const at = caseOf({ victim: { age: 30 }, events, maracReferrals: [{ date: '2025-01-08T10:00:00Z', agency: 'police' }] });
    expect(route(at, 'potential-escalation').met).toBe(false);
    expect(route(at, 'potential-escalation').reason).toMatch(/answered by the MARAC referral of 2025-01-08T10:00:00Z/);
    const before = caseOf({ victim: { age: 30 }, events, maracReferrals: [{ date: '2025-01-08T09:59:59Z', agency: 'police' }] });
    expect(route(before, 'potential-escalation').met).toBe(true);
  });

  it('a referral dated after the check has not happened yet and answers nothing', () => {
    const later = caseOf({ victim: { age: 30 }, events, maracReferrals: [{ date: '2025-01-12T10:00:00Z', agency: 'police' }] });
    expect(route(later, 'potential-escalation').met).toBe(true);
  });

  it('a decision not to refer, even one naming every assessment, never answers it', () => {
    const record = caseOf({
      victim: { age: 30 },
      assessments: [dashAt('a-1', '2025-01-01T10:00:00Z', 'standard')],
      events,
      decisionsNotToRefer: [{ date: '2025-01-09T10:00:00Z', assessmentIds: ['a-1'], by: 'chair-1', authorisedBy: 'insp-1', rationale: 'Reviewed at the daily meeting.' }],
    });
    expect(route(record, 'potential-escalation').met).toBe(true);
  });
});
