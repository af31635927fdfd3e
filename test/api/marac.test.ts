import { describe, expect, it } from 'vitest';
import {
  applyJudgement,
  assess,
  checkMarac,
  commonLocalBands,
  defineMaracPolicy,
  safelives2009Marac,
  caadaCrimeOnlyRepeatMarac,
  safelivesMarac,
  type AbuseEvent,
  type MaracDecision,
} from '../../src/index.js';
import { thrown } from '../support/errors.js';
import { deepFrozen, inputWithYes, viaJson } from '../support/fixtures.js';

const NOW = '2025-06-01T12:00:00Z';

function route(decision: MaracDecision, id: string) {
  const found = decision.routes.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no route ${id}`);
  return found;
}

function event(date: string, reportedTo: AbuseEvent['reportedTo'] = ['police'], crime = true): AbuseEvent {
  return { date, reportedTo, crime };
}

describe('visible high risk', () => {
  it('14 yes answers meet it; 13 do not', () => {
    const fourteen = checkMarac({ now: NOW, victimAge: 30, assessment: assess(inputWithYes(14)) });
    expect(fourteen.outcome).toBe('refer-to-marac');
    expect(fourteen.routesMet).toEqual(['visible-high-risk']);
    expect(route(fourteen, 'visible-high-risk').evidence).toMatchObject({ count: 14, threshold: 14 });
    const thirteen = checkMarac({ now: NOW, victimAge: 30, assessment: assess(inputWithYes(13)) });
    expect(thirteen.refer).toBe(false);
    expect(thirteen.outcome).toBe('no-referral');
    expect(route(thirteen, 'visible-high-risk').reason).toMatch(/count of 13 .* below the threshold of 14/);
    expect(thirteen.reasons.at(-2) ?? thirteen.reasons.at(-1)).toBeDefined();
  });

  it('is not assessed without an assessment, and says to complete one', () => {
    const decision = checkMarac({ now: NOW, victimAge: 30 });
    expect(route(decision, 'visible-high-risk').reason).toMatch(/no assessment result was given/);
  });

  it('a local policy with a different threshold applies it', () => {
    const local = defineMaracPolicy({
      ...safelivesMarac,
      id: 'exampleshire',
      version: '2014.6',
      basis: 'local',
      visibleHighRisk: { ...safelivesMarac.visibleHighRisk, threshold: 12, basis: 'local' },
    });
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: assess(inputWithYes(12)) }, local);
    expect(decision.refer).toBe(true);
    expect(decision.policy).toEqual({ id: 'exampleshire', version: '2014.6', basis: 'local' });
    expect(decision.notices.map((n) => n.id)).toContain('local-convention');
  });
});

describe('professional judgement', () => {
  it('a referral on judgement meets the route at any count, with the reasons as evidence', () => {
    const decision = checkMarac({
      now: NOW,
      victimAge: 30,
      assessment: assess(inputWithYes(4)),
      professionalJudgement: { by: 'idva-1', at: NOW, rationale: 'Honour-based abuse suspected.' },
    });
    expect(decision.routesMet).toEqual(['professional-judgement']);
    expect(route(decision, 'professional-judgement').evidence).toMatchObject({ source: 'input', rationale: 'Honour-based abuse suspected.' });
  });

  it('a referral recorded on the result counts; so does a final level of high set by judgement', () => {
    const base = assess({ ...inputWithYes(4), assessedAt: '2025-05-01T00:00:00Z' });
    const referred = applyJudgement(base, { level: 'medium', rationale: 'r', by: 'p', at: NOW, referToMarac: true }, commonLocalBands);
    expect(checkMarac({ now: NOW, victimAge: 30, assessment: referred }).routesMet).toEqual(['professional-judgement']);
    const raised = applyJudgement(base, { level: 'high', rationale: 'r', by: 'p', at: NOW }, commonLocalBands);
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: raised });
    expect(route(decision, 'professional-judgement')).toMatchObject({ met: true, basis: 'library-default' });
    const strict = defineMaracPolicy({
      ...safelivesMarac,
      id: 'explicit-only',
      professionalJudgement: { basis: 'safelives', judgementHighIsReferral: false, judgementHighBasis: 'local' },
    });
    expect(checkMarac({ now: NOW, victimAge: 30, assessment: raised }, strict).refer).toBe(false);
  });

  it('names red flags that call for judgement when no referral was made', () => {
    const decision = checkMarac({
      now: NOW,
      victimAge: 30,
      assessment: assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes' } } }),
    });
    expect(route(decision, 'professional-judgement').reason).toMatch(/red flags? \(.*strangulation/);
  });
});

describe('potential escalation (3 events in 12 months)', () => {
  it('3 events inside the window meet it; with one just outside they do not (London dates, both ends inclusive)', () => {
    // The window runs from the start of 1 June 2024 (London, BST) whatever the time of the check on 1 June 2025.
    const inside = [event('2024-05-31T23:00:00Z'), event('2025-01-01T00:00:00Z', ['health'], false), event('2025-05-31T00:00:00Z', ['idva'])];
    const met = checkMarac({ now: NOW, victimAge: 30, events: inside });
    expect(met.routesMet).toEqual(['potential-escalation']);
    expect(route(met, 'potential-escalation').evidence).toMatchObject({
      windowStart: '2024-05-31T23:00:00.000Z',
      windowEnd: NOW,
      windowDates: { from: '2024-06-01', to: '2025-06-01' },
      counted: [
        { id: null, date: '2024-05-31T23:00:00Z' },
        { id: null, date: '2025-01-01T00:00:00Z' },
        { id: null, date: '2025-05-31T00:00:00Z' },
      ],
    });
    const outside = [event('2024-05-31T22:59:59Z'), ...inside.slice(1)];
    const notMet = checkMarac({ now: NOW, victimAge: 30, events: outside });
    expect(notMet.refer).toBe(false);
    expect(route(notMet, 'potential-escalation').evidence).toMatchObject({ beforeWindow: 1 });
  });

  it('accepts events in any order', () => {
    const events = [event('2025-05-31T00:00:00Z'), event('2024-07-01T00:00:00Z'), event('2025-01-01T00:00:00Z')];
    const decision = checkMarac({ now: NOW, victimAge: 30, events });
    expect(route(decision, 'potential-escalation').evidence).toMatchObject({
      counted: [{ date: '2024-07-01T00:00:00Z' }, { date: '2025-01-01T00:00:00Z' }, { date: '2025-05-31T00:00:00Z' }],
    });
  });

  it('events after now are not counted, and the reason says so', () => {
    const events = [event('2025-05-01T00:00:00Z'), event('2025-05-02T00:00:00Z'), event('2025-06-02T00:00:00Z')];
    const decision = checkMarac({ now: NOW, victimAge: 30, events });
    expect(decision.refer).toBe(false);
    expect(route(decision, 'potential-escalation').reason).toMatch(/1 event dated after the time of the check was not counted/);
  });

  it('the 2009 policy counts only police call-outs', () => {
    const events = [event('2025-01-01T00:00:00Z', ['police']), event('2025-02-01T00:00:00Z', ['health']), event('2025-03-01T00:00:00Z', ['police', 'idva'])];
    expect(checkMarac({ now: NOW, victimAge: 30, events }, safelivesMarac).refer).toBe(true);
    const old = checkMarac({ now: NOW, victimAge: 30, events }, safelives2009Marac);
    expect(old.refer).toBe(false);
    expect(route(old, 'potential-escalation').evidence).toMatchObject({ notReportedToCountedAgency: 1 });
  });

  it('a policy where escalation is not a referral route prompts a full assessment instead', () => {
    const prompting = defineMaracPolicy({
      ...safelivesMarac,
      id: 'escalation-prompts',
      potentialEscalation: { ...safelivesMarac.potentialEscalation, isReferralRoute: false, basis: 'local' },
    });
    const events = [event('2025-01-01T00:00:00Z'), event('2025-02-01T00:00:00Z'), event('2025-03-01T00:00:00Z')];
    const decision = checkMarac({ now: NOW, victimAge: 30, events }, prompting);
    expect(route(decision, 'potential-escalation')).toMatchObject({ met: true, referral: false });
    expect(decision.refer).toBe(false);
    expect(route(decision, 'potential-escalation').reason).toMatch(/prompts a full risk assessment/);
  });

  it('a 3-in-6-months local variant uses its own window', () => {
    const sixMonths = defineMaracPolicy({
      ...safelivesMarac,
      id: 'three-in-six',
      potentialEscalation: { ...safelivesMarac.potentialEscalation, window: { months: 6 }, basis: 'local' },
    });
    const events = [event('2024-11-30T00:00:00Z'), event('2025-02-01T00:00:00Z'), event('2025-03-01T00:00:00Z')];
    expect(checkMarac({ now: NOW, victimAge: 30, events }, safelivesMarac).refer).toBe(true);
    expect(checkMarac({ now: NOW, victimAge: 30, events }, sixMonths).refer).toBe(false);
  });
});

describe('repeat (any further abuse within 12 months of the last referral)', () => {
  const referral = { id: 'ref-1', date: '2024-09-01T10:00:00Z' };

  it('a further incident within 12 months is a repeat, whatever the count', () => {
    const decision = checkMarac({
      now: NOW,
      victimAge: 30,
      assessment: assess(inputWithYes(2)),
      previousReferrals: [referral],
      events: [event('2025-05-20T00:00:00Z', ['housing'], false)],
    });
    expect(decision.routesMet).toEqual(['repeat']);
    expect(route(decision, 'repeat').evidence).toMatchObject({
      lastReferral: { id: 'ref-1', date: referral.date },
      windowEnd: '2025-09-01T22:59:59.999Z',
      windowDates: { from: '2024-09-01', to: '2025-09-01' },
      incidents: [{ date: '2025-05-20T00:00:00Z' }],
    });
  });

  it('an incident on the London date 12 months after the referral counts, at any time that day; one the next day does not', () => {
    const at = { now: '2025-12-01T00:00:00Z', victimAge: 30, previousReferrals: [referral] };
    expect(checkMarac({ ...at, events: [event('2025-09-01T10:00:00Z')] }).routesMet).toEqual(['repeat']);
    expect(checkMarac({ ...at, events: [event('2025-09-01T22:59:59Z')] }).routesMet).toEqual(['repeat']);
    expect(checkMarac({ ...at, events: [event('2025-09-01T23:00:00Z')] }).routesMet).toEqual([]);
  });

  it('uses the latest referral, and an incident before it is not a repeat', () => {
    const decision = checkMarac({
      now: NOW,
      victimAge: 30,
      previousReferrals: [{ date: '2023-01-01T00:00:00Z' }, { date: '2025-05-01T00:00:00Z' }],
      events: [event('2025-04-01T00:00:00Z')],
    });
    expect(route(decision, 'repeat')).toMatchObject({ met: false });
    expect(route(decision, 'repeat').evidence).toMatchObject({ lastReferral: { date: '2025-05-01T00:00:00Z' } });
  });

  it('the legacy CAADA crime-only repeat counts only incidents that would be crimes', () => {
    const input = { now: NOW, victimAge: 30, previousReferrals: [referral], events: [event('2025-05-20T00:00:00Z', ['police'], false)] };
    expect(checkMarac(input, safelivesMarac).refer).toBe(true);
    const old = checkMarac(input, caadaCrimeOnlyRepeatMarac);
    expect(old.refer).toBe(false);
    expect(route(old, 'repeat').reason).toMatch(/1 non-crime incident in the window is not counted/);
    const crime = checkMarac({ ...input, events: [event('2025-05-20T00:00:00Z', ['police'], true)] }, caadaCrimeOnlyRepeatMarac);
    expect(crime.routesMet).toEqual(['repeat']);
  });

  it('safelives-2009-routes-1-to-3: the April 2009 form has no repeat route, and says so when abuse follows a referral', () => {
    const input = { now: NOW, victimAge: 30, previousReferrals: [referral], events: [event('2025-05-20T00:00:00Z', ['police'], true)] };
    const decision = checkMarac(input, safelives2009Marac);
    expect(safelives2009Marac.repeat).toBeNull();
    expect(decision.routesMet).toEqual([]);
    expect(route(decision, 'repeat')).toMatchObject({ met: false, evidence: { counts: null } });
    expect(route(decision, 'repeat').reason).toMatch(/has no repeat route.*1 abuse event within 12 months after the MARAC referral.*professional judgement/);
  });
});

describe('age and outcome', () => {
  it('a victim under 16 goes to children\u2019s safeguarding, not MARAC, whatever the routes', () => {
    const decision = checkMarac({ now: NOW, victimAge: 15, assessment: assess(inputWithYes(20)) });
    expect(decision.outcome).toBe('children-safeguarding');
    expect(decision.refer).toBe(false);
    expect(decision.routesMet).toEqual(['visible-high-risk']);
    expect(decision.reasons.join(' ')).toMatch(/under 16: MARAC is not the route/);
  });

  it('at 16 the victim at high risk is referred to MARAC, and a children\u2019s safeguarding referral is required as well', () => {
    const decision = checkMarac({ now: NOW, victimAge: 16, assessment: assess(inputWithYes(20)) });
    expect(decision.outcome).toBe('refer-to-marac');
    expect(decision.actions).toEqual([
      expect.objectContaining({ id: 'childrens-safeguarding-referral', status: 'required', basis: 'national-guidance', source: expect.stringMatching(/Children Act 1989/) }),
    ]);
  });

  it('notes when the age was not given', () => {
    expect(checkMarac({ now: NOW }).notices.map((n) => n.id)).toContain('victim-age-not-given');
  });

  it('returns a frozen decision that survives JSON', () => {
    const decision = checkMarac({ now: NOW, victimAge: 40, assessment: assess(inputWithYes(15)), events: [event('2025-01-01T00:00:00Z')] });
    expect(deepFrozen(decision)).toBe(true);
    expect(viaJson(decision)).toEqual(decision);
  });
});

describe('bad input', () => {
  it('malformed dates are errors naming the field', () => {
    expect(thrown(() => checkMarac({ now: 'yesterday' })).issues[0]).toMatchObject({ path: ['now'], rule: 'iso-datetime' });
    expect(thrown(() => checkMarac({ now: NOW, events: [event('2025-02-30T00:00:00Z')] })).issues[0]).toMatchObject({
      path: ['events', 0, 'date'],
      rule: 'iso-datetime',
    });
  });

  it('unknown agencies, empty report lists, bad ages and a malformed assessment are errors', () => {
    expect(thrown(() => checkMarac<unknown>({ now: NOW, events: [{ date: NOW, reportedTo: ['neighbour'], crime: true }] })).issues[0]?.path).toEqual([
      'events',
      0,
      'reportedTo',
      0,
    ]);
    expect(thrown(() => checkMarac({ now: NOW, events: [{ date: NOW, reportedTo: [], crime: true }] })).issues[0]?.rule).toBe('too-few');
    expect(thrown(() => checkMarac({ now: NOW, victimAge: 16.5 })).issues[0]?.path).toEqual(['victimAge']);
    expect(thrown(() => checkMarac<unknown>({ now: NOW, assessment: { count: 20 } })).issues[0]?.path[0]).toBe('assessment');
  });
});
