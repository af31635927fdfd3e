// Route 3, potential escalation: enough abuse events, reported to an agency the policy counts, in
// the window ending at the time of the check (London dates, both ends inclusive); over a case, a
// MARAC referral after the latest event answers it until a further event.
import { describe, expect, it } from 'vitest';
import { caseMaracCheck, checkMarac, safelives2009Marac, safelivesMarac, type MaracPolicy } from '../../../src/index.js';
import { checkMaracTrusted } from '../../../src/marac.js';
import { caseOf, incident } from '../../support/cases.js';
import { abuse, localPolicy, NOW, route } from './support.js';

const adult = { now: NOW, victimAge: 30 };
const WINDOW = 'the 12 months from 2024-06-01 to 2025-06-01 (London dates, both inclusive)';
const three = [abuse('2025-01-10T10:00:00Z', { id: 'e-1' }), abuse('2025-02-10T10:00:00Z', { id: 'e-2', reportedTo: ['health'], crime: false }), abuse('2025-03-10T10:00:00Z', { id: 'e-3' })];

function escalation(parts: Partial<MaracPolicy['potentialEscalation']>): MaracPolicy {
  return localPolicy({ potentialEscalation: { ...safelivesMarac.potentialEscalation, ...parts } });
}

describe('potential escalation: the count of events in the window', () => {
  it('three events reported to any agency in 12 months meet it, and the reason lists them', () => {
    const decision = checkMarac({ ...adult, events: three }, safelivesMarac);
    expect(decision.routesMet).toEqual(['potential-escalation']);
    expect(route(decision, 'potential-escalation')).toEqual({
      id: 'potential-escalation',
      title: 'Potential escalation',
      basis: 'safelives',
      met: true,
      referral: true,
      reason: `Potential escalation: 3 abuse events reported to any agency in ${WINDOW} (2025-01-10T10:00:00Z, 2025-02-10T10:00:00Z, 2025-03-10T10:00:00Z); the policy needs 3.`,
      evidence: {
        kind: 'events',
        windowStart: '2024-05-31T23:00:00.000Z',
        windowEnd: NOW,
        windowDates: { from: '2024-06-01', to: '2025-06-01' },
        minEvents: 3,
        reportedTo: 'any-agency',
        counted: [
          { id: 'e-1', date: '2025-01-10T10:00:00Z' },
          { id: 'e-2', date: '2025-02-10T10:00:00Z' },
          { id: 'e-3', date: '2025-03-10T10:00:00Z' },
        ],
        beforeWindow: 0,
        notReportedToCountedAgency: 0,
        afterNow: 0,
      },
    });
  });

  it('two are not enough, and the reason gives the count and what the policy needs', () => {
    const decision = checkMarac({ ...adult, events: three.slice(1) }, safelivesMarac);
    expect(route(decision, 'potential-escalation')).toMatchObject({
      met: false,
      referral: false,
      reason: `Potential escalation not met: 2 abuse events reported to any agency in ${WINDOW}; the policy needs 3.`,
    });
    const one = checkMarac({ ...adult, events: three.slice(2) }, safelivesMarac);
    expect(route(one, 'potential-escalation').reason).toBe(`Potential escalation not met: 1 abuse event reported to any agency in ${WINDOW}; the policy needs 3.`);
  });

  it('an event at the very time of the check is inside the window; one a moment later is not counted, and the reason says so', () => {
    const atNow = checkMarac({ ...adult, events: [...three.slice(1), abuse(NOW)] }, safelivesMarac);
    expect(atNow.routesMet).toEqual(['potential-escalation']);
    expect(route(atNow, 'potential-escalation').evidence).toMatchObject({ afterNow: 0 });
    const later = checkMarac({ ...adult, events: [...three.slice(1), abuse('2025-06-01T12:00:01Z'), abuse('2025-06-02T12:00:00Z')] }, safelivesMarac);
    expect(later.routesMet).toEqual([]);
    expect(route(later, 'potential-escalation')).toMatchObject({
      reason: `Potential escalation not met: 2 abuse events reported to any agency in ${WINDOW}; the policy needs 3. 2 events dated after the time of the check were not counted.`,
      evidence: { afterNow: 2, counted: [{ id: 'e-2' }, { id: 'e-3' }] },
    });
    const oneLater = checkMarac({ ...adult, events: [...three, abuse('2025-06-02T12:00:00Z')] }, safelivesMarac);
    expect(route(oneLater, 'potential-escalation').reason).toBe(
      `Potential escalation: 3 abuse events reported to any agency in ${WINDOW} (2025-01-10T10:00:00Z, 2025-02-10T10:00:00Z, 2025-03-10T10:00:00Z); the policy needs 3. 1 event dated after the time of the check was not counted.`,
    );
  });

  it('an event known only to the month counts when any day of that month is in the window', () => {
    // May 2024 ends before the window's first day (1 June 2024); June 2024 is inside it.
    const may = checkMarac({ ...adult, events: [...three.slice(1), abuse('2024-05-20T10:00:00Z', { precision: 'month' })] }, safelivesMarac);
    expect(route(may, 'potential-escalation')).toMatchObject({ met: false, evidence: { beforeWindow: 1 } });
    const june = checkMarac({ ...adult, events: [...three.slice(1), abuse('2024-06-20T10:00:00Z', { precision: 'month' })] }, safelivesMarac);
    expect(route(june, 'potential-escalation')).toMatchObject({ met: true, evidence: { beforeWindow: 0 } });
  });
});

describe('potential escalation: what the policy counts', () => {
  it('an event reported to no agency is not one reported to any agency', () => {
    const decision = checkMaracTrusted({ ...adult, events: [...three.slice(1), abuse('2025-04-10T10:00:00Z', { reportedTo: [] })] }, safelivesMarac);
    expect(route(decision, 'potential-escalation')).toMatchObject({ met: false, evidence: { notReportedToCountedAgency: 1 } });
  });


  it('a policy counting reports to named agencies names them, and leaves out the rest', () => {
    const policy = escalation({ reportedTo: ['police', 'idva'] });
    const decision = checkMarac({ ...adult, events: three }, policy);
    expect(route(decision, 'potential-escalation')).toMatchObject({
      met: false,
      reason: `Potential escalation not met: 2 abuse events reported to police or idva in ${WINDOW}; the policy needs 3.`,
      evidence: { notReportedToCountedAgency: 1, reportedTo: ['police', 'idva'] },
    });
    const old = checkMarac({ ...adult, events: [...three, abuse('2025-04-10T10:00:00Z')] }, safelives2009Marac);
    expect(route(old, 'potential-escalation')).toMatchObject({
      met: true,
      reason: `Potential escalation: 3 abuse events reported to police in ${WINDOW} (2025-01-10T10:00:00Z, 2025-03-10T10:00:00Z, 2025-04-10T10:00:00Z); the policy needs 3.`,
    });
  });

  it('a window in hours runs back exactly that many hours from the check, and is described without dates', () => {
    const policy = escalation({ window: { hours: 72 }, minEvents: 2 });
    const events = [abuse('2025-05-29T12:00:00Z'), abuse('2025-05-29T11:59:59Z'), abuse('2025-05-31T20:00:00Z')];
    const decision = checkMarac({ ...adult, events }, policy);
    expect(route(decision, 'potential-escalation')).toMatchObject({
      met: true,
      reason: `Potential escalation: 2 abuse events reported to any agency in the 72 hours to ${NOW} (2025-05-29T12:00:00Z, 2025-05-31T20:00:00Z); the policy needs 2.`,
      evidence: { windowStart: '2025-05-29T12:00:00.000Z', windowDates: null, beforeWindow: 1 },
    });
  });

  it('where escalation only prompts, it is met but not a referral, and only a met route says it prompts', () => {
    const policy = escalation({ isReferralRoute: false });
    const met = checkMarac({ ...adult, events: three }, policy);
    expect(route(met, 'potential-escalation')).toMatchObject({
      met: true,
      referral: false,
      reason: `Potential escalation: 3 abuse events reported to any agency in ${WINDOW} (2025-01-10T10:00:00Z, 2025-02-10T10:00:00Z, 2025-03-10T10:00:00Z); the policy needs 3. Under this policy it prompts a full risk assessment and professional judgement, and is not by itself a referral.`,
    });
    const notMet = checkMarac({ ...adult, events: three.slice(1) }, policy);
    expect(route(notMet, 'potential-escalation').reason).toBe(`Potential escalation not met: 2 abuse events reported to any agency in ${WINDOW}; the policy needs 3.`);
  });
});

describe('potential escalation over a case', () => {
  const events = [incident('2025-01-10T10:00:00Z'), incident('2025-02-10T10:00:00Z'), incident('2025-03-10T10:00:00Z')];

  it('a MARAC referral after the latest event answers it, and the route names the referral', () => {
    const record = caseOf({ victim: { age: 30 }, events, maracReferrals: [{ date: '2025-03-12T10:00:00Z', agency: 'police' }] });
    const decision = caseMaracCheck(record, NOW, safelivesMarac);
    expect(decision.routesMet).toEqual([]);
    expect(route(decision, 'potential-escalation')).toMatchObject({
      met: false,
      referral: false,
      reason: `Potential escalation: 3 abuse events reported to any agency in ${WINDOW} (2025-01-10T10:00:00Z, 2025-02-10T10:00:00Z, 2025-03-10T10:00:00Z) met the route and were answered by the MARAC referral of 2025-03-12T10:00:00Z. A further event makes it a reason to refer again.`,
    });
  });

  it('a single-event rule answered by a referral says the event was answered', () => {
    const record = caseOf({ victim: { age: 30 }, events: events.slice(2), maracReferrals: [{ date: '2025-03-12T10:00:00Z', agency: 'police' }] });
    const decision = caseMaracCheck(record, NOW, escalation({ minEvents: 1 }));
    expect(route(decision, 'potential-escalation').reason).toBe(
      `Potential escalation: 1 abuse event reported to any agency in ${WINDOW} (2025-03-10T10:00:00Z) met the route and was answered by the MARAC referral of 2025-03-12T10:00:00Z. A further event makes it a reason to refer again.`,
    );
  });

  it('a referral between the events does not answer it, and a further event after a referral makes it live again', () => {
    const between = caseOf({ victim: { age: 30 }, events, maracReferrals: [{ date: '2025-02-20T10:00:00Z', agency: 'police' }] });
    expect(route(caseMaracCheck(between, NOW, safelivesMarac), 'potential-escalation')).toMatchObject({ met: true, referral: true });
    const again = caseOf({ victim: { age: 30 }, events: [...events, incident('2025-04-10T10:00:00Z')], maracReferrals: [{ date: '2025-03-12T10:00:00Z', agency: 'police' }] });
    expect(route(caseMaracCheck(again, NOW, safelivesMarac), 'potential-escalation')).toMatchObject({ met: true, referral: true });
  });

  it('an event known only to the month of the check reaches to the check: a referral at that moment answers it', () => {
    const record = caseOf({
      victim: { age: 30 },
      events: [...events.slice(1), { ...incident('2025-06-01T00:00:00Z'), precision: 'month' }],
      maracReferrals: [{ date: NOW, agency: 'police' }],
    });
    expect(route(caseMaracCheck(record, NOW, safelivesMarac), 'potential-escalation')).toMatchObject({ met: false });
  });

  it('with too few events, a referral has nothing to answer and the route is simply not met', () => {
    const record = caseOf({ victim: { age: 30 }, events: events.slice(1), maracReferrals: [{ date: '2025-03-12T10:00:00Z', agency: 'police' }] });
    expect(route(caseMaracCheck(record, NOW, safelivesMarac), 'potential-escalation').reason).toBe(
      `Potential escalation not met: 2 abuse events reported to any agency in ${WINDOW}; the policy needs 3.`,
    );
  });
});
