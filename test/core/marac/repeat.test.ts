// Route 4, repeat: a further incident after a MARAC referral, within the referral's window, between
// the same victim and abuser(s), not already taken back to MARAC by a later referral.
import { describe, expect, it } from 'vitest';
import { caadaCrimeOnlyRepeatMarac, checkMarac, safelives2009Marac, safelivesMarac, type AbuseEvent, type MaracReferralRecord } from '../../../src/index.js';
import { abuse, localPolicy, NOW, route } from './support.js';

const adult = { now: NOW, victimAge: 30 };
const R = '2024-09-01T10:00:00Z';
const referral: MaracReferralRecord = { id: 'ref-1', date: R, perpetrators: ['p-1'] };
const mine = (date: string, extra: Partial<AbuseEvent> = {}) => abuse(date, { perpetrators: ['p-1'], ...extra });
const TAIL = ' A repeat is referred back whatever the count (policy safelives: any further incident of abuse between the same victim and abuser(s) within 12 months of a referral).';
const NOT_MET = (kind: string, latest = R) => `Repeat not met: no further ${kind} within 12 months after a MARAC referral that has not already been taken back to MARAC (latest referral ${latest}).`;

function repeatOf(events: readonly AbuseEvent[], referrals: readonly MaracReferralRecord[] = [referral], policy = safelivesMarac) {
  return route(checkMarac({ ...adult, events, previousReferrals: referrals }, policy), 'repeat');
}

describe('repeat: a further incident after a referral', () => {
  it('one incident with the same abuser within 12 months is a repeat, with its window in London dates', () => {
    const decision = checkMarac({ ...adult, events: [mine('2025-05-20T00:00:00Z', { id: 'e-1' })], previousReferrals: [referral] }, safelivesMarac);
    expect(decision.routesMet).toEqual(['repeat']);
    expect(decision.notices).toEqual([]);
    expect(route(decision, 'repeat')).toEqual({
      id: 'repeat',
      title: 'Repeat',
      basis: 'safelives',
      met: true,
      referral: true,
      reason: `Repeat: 1 further incident of abuse (2025-05-20T00:00:00Z) followed the MARAC referral of ${R} within 12 months (to 2025-09-01, London dates, both inclusive).${TAIL}`,
      evidence: {
        kind: 'repeat',
        lastReferral: { id: 'ref-1', date: R },
        windowEnd: '2025-09-01T22:59:59.999Z',
        windowDates: { from: '2024-09-01', to: '2025-09-01' },
        counts: 'any-abuse',
        incidents: [{ id: 'e-1', date: '2025-05-20T00:00:00Z' }],
        notCrime: 0,
        crimeUnknown: 0,
        otherPerpetrator: 0,
        linkNotChecked: 0,
        afterNow: 0,
      },
    });
  });

  it('several incidents are listed', () => {
    expect(repeatOf([mine('2025-05-20T00:00:00Z'), mine('2024-10-01T00:00:00Z')]).reason).toBe(
      `Repeat: 2 further incidents of abuse (2024-10-01T00:00:00Z, 2025-05-20T00:00:00Z) followed the MARAC referral of ${R} within 12 months (to 2025-09-01, London dates, both inclusive).${TAIL}`,
    );
  });

  it('without a referral on or before the check there is no repeat, and later events and referrals are counted as after it', () => {
    const decision = checkMarac(
      { ...adult, events: [mine('2025-05-20T00:00:00Z'), mine(NOW), mine('2025-06-02T00:00:00Z'), mine('2025-06-03T00:00:00Z')], previousReferrals: [{ date: '2025-06-01T12:00:01Z' }] },
      safelivesMarac,
    );
    expect(route(decision, 'repeat')).toEqual({
      id: 'repeat',
      title: 'Repeat',
      basis: 'safelives',
      met: false,
      referral: false,
      reason: 'Repeat not met: no previous MARAC referral on or before the time of the check.',
      evidence: {
        kind: 'repeat',
        lastReferral: null,
        windowEnd: null,
        windowDates: null,
        counts: 'any-abuse',
        incidents: [],
        notCrime: 0,
        crimeUnknown: 0,
        otherPerpetrator: 0,
        linkNotChecked: 0,
        afterNow: 3,
      },
    });
  });

  it('an incident at the instant of the referral is not after it; one at the time of the check counts', () => {
    expect(repeatOf([mine(R)])).toMatchObject({ met: false, evidence: { incidents: [], otherPerpetrator: 0 } });
    expect(repeatOf([mine(NOW)])).toMatchObject({ met: true, evidence: { incidents: [{ date: NOW }], afterNow: 0 } });
  });

  it('a referral made at the very time of the check is on record; a later one is not, and the reason counts it', () => {
    const atNow = repeatOf([mine('2025-05-20T00:00:00Z')], [referral, { id: 'ref-2', date: NOW, perpetrators: ['p-1'] }]);
    expect(atNow.evidence).toMatchObject({ afterNow: 0 });
    // The incident of 20 May came before the referral of 1 June, which took it back to MARAC.
    expect(atNow.reason).toBe(NOT_MET('incident of abuse', NOW));
    const later = repeatOf([mine('2025-05-20T00:00:00Z'), mine('2025-06-05T00:00:00Z')], [referral, { id: 'ref-2', date: '2025-06-02T00:00:00Z', perpetrators: ['p-1'] }]);
    expect(later).toMatchObject({ met: true, evidence: { lastReferral: { id: 'ref-1' }, incidents: [{ date: '2025-05-20T00:00:00Z' }], afterNow: 2 } });
    // Only the count and the verb are pinned: the plural wording of this note is reported separately (it reads "2 event or referrals").
    expect(later.reason).toMatch(/\. 2 event\S* or referral\S* dated after the time of the check were not counted\.$/);
    const one = repeatOf([mine('2025-05-20T00:00:00Z')], [referral, { date: '2025-06-02T00:00:00Z' }]);
    expect(one.reason).toMatch(/\. 1 event or referral dated after the time of the check was not counted\.$/);
  });

  it('the window runs to the end of the London date 12 months after the referral', () => {
    const at = (date: string) => route(checkMarac({ now: '2025-12-01T00:00:00Z', victimAge: 30, events: [mine(date)], previousReferrals: [referral] }, safelivesMarac), 'repeat');
    expect(at('2025-09-01T22:59:59.999Z')).toMatchObject({ met: true });
    expect(at('2025-09-01T23:00:00.000Z')).toMatchObject({ met: false });
  });

  it('a window in hours is described without dates', () => {
    const policy = localPolicy({ repeat: { ...safelivesMarac.repeat!, window: { hours: 72 } } });
    const found = repeatOf([mine('2025-05-31T12:00:00Z')], [{ date: '2025-05-29T12:00:00Z', perpetrators: ['p-1'] }], policy);
    expect(found).toMatchObject({ met: true, evidence: { windowDates: null, windowEnd: '2025-06-01T12:00:00.000Z' } });
    expect(found.reason).toBe(
      'Repeat: 1 further incident of abuse (2025-05-31T12:00:00Z) followed the MARAC referral of 2025-05-29T12:00:00Z within 72 hours. A repeat is referred back whatever the count (policy local-test: any further incident of abuse between the same victim and abuser(s) within 72 hours of a referral).',
    );
  });
});

describe('repeat: the same abuser(s)', () => {
  it('an incident naming only another abuser is not a repeat, and is to be assessed as a new case', () => {
    const one = repeatOf([abuse('2025-05-20T00:00:00Z', { perpetrators: ['p-2'] })]);
    expect(one).toMatchObject({ met: false, evidence: { otherPerpetrator: 1, incidents: [] } });
    expect(one.reason).toBe(
      `${NOT_MET('incident of abuse')} 1 incident names only abusers no earlier referral names, so it is not a repeat (a repeat is between the same victim and abuser(s)); assess it as a new case.`,
    );
    const two = repeatOf([abuse('2025-05-20T00:00:00Z', { perpetrators: ['p-2'] }), abuse('2025-05-21T00:00:00Z', { perpetrators: ['p-3'] })]);
    expect(two.reason).toBe(
      `${NOT_MET('incident of abuse')} 2 incidents name only abusers no earlier referral names, so they are not a repeat (a repeat is between the same victim and abuser(s)); assess them as a new case.`,
    );
  });

  it('an incident before every referral is neither a repeat nor another abuser’s', () => {
    expect(repeatOf([abuse('2024-08-01T00:00:00Z', { perpetrators: ['p-2'] })])).toMatchObject({ met: false, evidence: { otherPerpetrator: 0 } });
  });

  it('where the incident or the referral names no abuser the link is not checked, and the incident counts', () => {
    const unnamedReferral = repeatOf([mine('2025-05-20T00:00:00Z')], [{ date: R }]);
    expect(unnamedReferral).toMatchObject({ met: true, evidence: { linkNotChecked: 1 } });
    expect(unnamedReferral.reason).toMatch(
      /\. For 1 counted incident the link to the referral's abuser\(s\) was not checked \(the incident or the referral names none\), so it is counted\.$/,
    );
    const unnamedIncidents = repeatOf([abuse('2025-05-20T00:00:00Z'), abuse('2025-05-21T00:00:00Z')]);
    expect(unnamedIncidents).toMatchObject({ met: true, evidence: { linkNotChecked: 2 } });
    expect(unnamedIncidents.reason).toMatch(/\. For 2 counted incidents the link .* so they are counted\.$/);
  });

  it('an incident is a repeat of the latest earlier referral that shares an abuser, not of a later one about someone else', () => {
    const found = repeatOf([mine('2024-11-01T00:00:00Z')], [referral, { id: 'ref-2', date: '2024-10-01T00:00:00Z', perpetrators: ['p-2'] }]);
    expect(found).toMatchObject({ met: true, evidence: { lastReferral: { id: 'ref-1' }, linkNotChecked: 0 } });
    expect(found.reason).toMatch(/followed the MARAC referral of 2024-09-01T10:00:00Z within 12 months \(to 2025-09-01,/);
  });

  it('a later referral about the same abuser has already taken the incident back to MARAC; one about another abuser has not', () => {
    const takenBack = repeatOf([mine('2024-10-01T00:00:00Z')], [referral, { id: 'ref-2', date: '2024-11-01T00:00:00Z', perpetrators: ['p-1'] }]);
    expect(takenBack).toMatchObject({ met: false, reason: NOT_MET('incident of abuse', '2024-11-01T00:00:00Z') });
    const sameMoment = repeatOf([mine('2024-10-01T00:00:00Z')], [referral, { id: 'ref-2', date: '2024-10-01T00:00:00Z', perpetrators: ['p-1'] }]);
    expect(sameMoment).toMatchObject({ met: false });
    const otherAbuser = repeatOf([mine('2024-10-01T00:00:00Z')], [referral, { id: 'ref-2', date: '2024-11-01T00:00:00Z', perpetrators: ['p-2'] }]);
    expect(otherAbuser).toMatchObject({ met: true, evidence: { lastReferral: { id: 'ref-1' }, incidents: [{ date: '2024-10-01T00:00:00Z' }] } });
  });

  it('an incident beyond its own referral’s window is not a repeat of it', () => {
    const old = { id: 'ref-0', date: '2023-01-10T10:00:00Z', perpetrators: ['p-1'] };
    expect(repeatOf([mine('2024-03-01T00:00:00Z')], [old])).toMatchObject({ met: false });
    expect(repeatOf([mine('2024-01-10T20:00:00Z')], [old])).toMatchObject({ met: true });
  });
});

describe('repeat: what kind of incident counts', () => {
  it('the crime-only policy leaves out non-crimes, and says how many', () => {
    const one = repeatOf([mine('2025-05-20T00:00:00Z', { crime: false })], [referral], caadaCrimeOnlyRepeatMarac);
    expect(one).toMatchObject({ met: false, evidence: { notCrime: 1, counts: 'crime-only' } });
    expect(one.reason).toBe(`${NOT_MET('incident that would be a crime')} 1 non-crime incident in the window is not counted under this policy.`);
    const two = repeatOf([mine('2025-05-20T00:00:00Z', { crime: false }), mine('2025-05-21T00:00:00Z', { crime: false })], [referral], caadaCrimeOnlyRepeatMarac);
    expect(two.reason).toBe(`${NOT_MET('incident that would be a crime')} 2 non-crime incidents in the window are not counted under this policy.`);
  });

  it('the crime-only policy counts crimes and incidents of unknown crime status, and says unknown is never read as not a crime', () => {
    const found = repeatOf([mine('2025-05-20T00:00:00Z', { crime: 'unknown' }), mine('2025-05-21T00:00:00Z')], [referral], caadaCrimeOnlyRepeatMarac);
    expect(found).toMatchObject({ met: true, evidence: { crimeUnknown: 1, incidents: [{ date: '2025-05-20T00:00:00Z' }, { date: '2025-05-21T00:00:00Z' }] } });
    expect(found.reason).toBe(
      `Repeat: 2 further incidents that would be crimes (2025-05-20T00:00:00Z, 2025-05-21T00:00:00Z) followed the MARAC referral of ${R} within 12 months (to 2025-09-01, London dates, both inclusive). A repeat is referred back whatever the count (policy caada-crime-only-repeat: any further incident that would be a crime between the same victim and abuser(s) within 12 months of a referral). 1 counted incident has an unknown crime status: unknown is never read as "not a crime".`,
    );
    const two = repeatOf([mine('2025-05-20T00:00:00Z', { crime: 'unknown' }), mine('2025-05-21T00:00:00Z', { crime: 'unknown' })], [referral], caadaCrimeOnlyRepeatMarac);
    expect(two.reason).toMatch(/ 2 counted incidents have an unknown crime status: unknown is never read as "not a crime"\.$/);
    const single = repeatOf([mine('2025-05-20T00:00:00Z')], [referral], caadaCrimeOnlyRepeatMarac);
    expect(single.reason).toMatch(/^Repeat: 1 further incident that would be a crime \(2025-05-20T00:00:00Z\)/);
  });

  it('the current definition counts a non-crime incident, with no note about crimes', () => {
    const found = repeatOf([mine('2025-05-20T00:00:00Z', { crime: false })]);
    expect(found).toMatchObject({ met: true, evidence: { notCrime: 0, crimeUnknown: 0 } });
    expect(found.reason).toBe(`Repeat: 1 further incident of abuse (2025-05-20T00:00:00Z) followed the MARAC referral of ${R} within 12 months (to 2025-09-01, London dates, both inclusive).${TAIL}`);
  });

  it('an incident known only to the month of the referral counts, since it may have come after it, and the reason says so', () => {
    const one = repeatOf([mine('2024-09-15T00:00:00Z', { precision: 'month' })]);
    expect(one).toMatchObject({ met: true, evidence: { incidents: [{ date: '2024-09-15T00:00:00Z' }] } });
    expect(one.reason).toMatch(/\. 1 counted incident is dated only to the month, and was counted because it may have come after the referral\.$/);
    const two = repeatOf([mine('2024-09-15T00:00:00Z', { precision: 'month' }), mine('2024-10-15T00:00:00Z', { precision: 'month' })]);
    expect(two.reason).toMatch(/\. 2 counted incidents are dated only to the month, and were counted because they may have come after the referral\.$/);
  });
});

describe('a policy without a repeat route (the 2009 form)', () => {
  const old = (events: readonly AbuseEvent[], referrals: readonly MaracReferralRecord[] = [referral]) =>
    checkMarac({ ...adult, events, previousReferrals: referrals }, safelives2009Marac);

  it('never refers on a repeat, but names the abuse current criteria would count and raises a notice', () => {
    const decision = old([mine('2025-05-20T00:00:00Z'), mine('2024-10-01T00:00:00Z', { id: 'e-1' })]);
    expect(decision.routesMet).toEqual([]);
    expect(route(decision, 'repeat')).toEqual({
      id: 'repeat',
      title: 'Repeat',
      basis: 'safelives',
      met: false,
      referral: false,
      reason: `Repeat: policy safelives-2009 has no repeat route. 2 abuse events within 12 months after the MARAC referral of ${R} are on record (2024-10-01T00:00:00Z, 2025-05-20T00:00:00Z): under current SafeLives criteria that is a repeat, so consider a referral on professional judgement.`,
      evidence: {
        kind: 'repeat',
        lastReferral: { id: 'ref-1', date: R },
        windowEnd: null,
        windowDates: null,
        counts: null,
        incidents: [
          { id: 'e-1', date: '2024-10-01T00:00:00Z' },
          { id: null, date: '2025-05-20T00:00:00Z' },
        ],
        notCrime: 0,
        crimeUnknown: 0,
        otherPerpetrator: 0,
        linkNotChecked: 0,
        afterNow: 0,
      },
    });
    expect(decision.notices.find((notice) => notice.id === 'no-repeat-route')).toEqual({
      id: 'no-repeat-route',
      message:
        'Policy safelives-2009 has no repeat route, but abuse within 12 months of a MARAC referral is on record: current SafeLives criteria would refer it back as a repeat. Consider a referral on professional judgement.',
      items: [],
    });
  });

  it('names a single event in the singular', () => {
    expect(route(old([mine('2025-05-20T00:00:00Z')]), 'repeat').reason).toBe(
      `Repeat: policy safelives-2009 has no repeat route. 1 abuse event within 12 months after the MARAC referral of ${R} is on record (2025-05-20T00:00:00Z): under current SafeLives criteria that is a repeat, so consider a referral on professional judgement.`,
    );
  });

  it('looks only at abuse after the latest referral on or before the check, to the end of its 12-month window and no later than the check', () => {
    const edges = old([mine(R), mine('2025-06-01T12:00:01Z')]);
    expect(route(edges, 'repeat')).toMatchObject({ reason: 'Repeat: policy safelives-2009 has no repeat route.', evidence: { incidents: [] } });
    expect(edges.notices.map((notice) => notice.id)).not.toContain('no-repeat-route');
    const atNow = old([mine(NOW)], [{ date: '2024-06-01T10:00:00Z' }]);
    expect(route(atNow, 'repeat').evidence).toMatchObject({ incidents: [{ date: NOW }] });
    const lastDay = old([mine('2025-06-01T11:00:00Z')], [{ date: '2024-06-01T10:00:00Z' }]);
    expect(route(lastDay, 'repeat').evidence).toMatchObject({ incidents: [{ date: '2025-06-01T11:00:00Z' }] });
    const end = checkMarac({ now: '2025-12-01T00:00:00Z', victimAge: 30, events: [mine('2025-09-01T22:59:59.999Z'), mine('2025-09-01T23:00:00Z')], previousReferrals: [referral] }, safelives2009Marac);
    expect(route(end, 'repeat').evidence).toMatchObject({ incidents: [{ date: '2025-09-01T22:59:59.999Z' }] });
    const monthOnly = old([mine('2024-09-15T00:00:00Z', { precision: 'month' })]);
    expect(route(monthOnly, 'repeat').evidence).toMatchObject({ incidents: [{ date: '2024-09-15T00:00:00Z' }] });
  });

  it('without a referral, says only that the policy has no repeat route', () => {
    const decision = old([mine('2025-05-20T00:00:00Z')], []);
    expect(route(decision, 'repeat')).toMatchObject({
      reason: 'Repeat: policy safelives-2009 has no repeat route.',
      evidence: { lastReferral: null, incidents: [], afterNow: 0 },
    });
    expect(route(old([], [{ date: '2025-06-02T00:00:00Z' }]), 'repeat').evidence).toMatchObject({ lastReferral: null, afterNow: 1 });
  });
});

describe('repeat: a referral is earlier than an incident only when made before it', () => {
  it('an incident at the instant of a referral about another abuser is neither a repeat nor counted as another abuser’s', () => {
    const decision = checkMarac(
      { now: NOW, victimAge: 30, events: [abuse('2024-09-01T10:00:00Z', { perpetrators: ['p-1'] })], previousReferrals: [{ date: '2024-09-01T10:00:00Z', perpetrators: ['p-2'] }] },
      safelivesMarac,
    );
    expect(route(decision, 'repeat')).toMatchObject({ met: false, evidence: { incidents: [], otherPerpetrator: 0 } });
  });
});
