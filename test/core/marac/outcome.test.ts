// The decision as a whole: the outcome from the routes and the victim's age, children's
// safeguarding, the notices (age not given, a high level that is not a route, no repeat route,
// where the rules come from), the closing reasons, and strict reading of dates.
import { describe, expect, it } from 'vitest';
import {
  caseMaracCheck,
  checkMarac,
  defineMaracPolicy,
  safelivesMarac,
  safelivesPlusLibraryDefaultsMarac,
  type AssessmentResult,
  type MaracDecision,
} from '../../../src/index.js';
import { CHILDREN_ACT } from '../../../src/policies/marac/marac-sources.js';
import { checkMaracTrusted } from '../../../src/marac.js';
import { caseOf } from '../../support/cases.js';
import { thrown } from '../../support/errors.js';
import { abuse, checklist, daraEntry, daraResult, judged, localPolicy, NOW, route } from './support.js';

const MAY_1 = '2025-05-01T10:00:00Z';
const high = () => checklist(15, { id: 'a-1', assessedAt: MAY_1 });
const low = () => checklist(2, { id: 'a-1', assessedAt: MAY_1 });
const ids = (decision: MaracDecision) => decision.notices.map((notice) => notice.id);
const NOT_ASSESSED_DARA = 'Graded high risk: policy safelives has no route for structured-judgement grades such as DARA.';
const NO_JUDGEMENT = 'No open referral on professional judgement is recorded. A practitioner may refer on judgement at any count, with reasons.';
const NO_ESCALATION = 'Potential escalation not met: 0 abuse events reported to any agency in the 12 months from 2024-06-01 to 2025-06-01 (London dates, both inclusive); the policy needs 3.';
const NO_REPEAT = 'Repeat not met: no previous MARAC referral on or before the time of the check.';
const VISIBLE_15 = `Visible high risk: the count of 15 on dash-ric 2009, assessment a-1 of ${MAY_1} meets the threshold of 14.`;
const BELOW_2 = `Visible high risk not met: the count of 2 on dash-ric 2009, assessment a-1 of ${MAY_1} is below the threshold of 14.`;
const NO_ROUTE = 'No MARAC referral route is met under policy safelives version 2024.2. This does not stop a referral on professional judgement.';

describe('the outcome for an adult', () => {
  it('a route met refers to MARAC, and the reasons end by naming the routes met under the policy', () => {
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: high() }, safelivesMarac);
    expect(decision).toMatchObject({ decisionFormat: 1, outcome: 'refer-to-marac', refer: true, routesMet: ['visible-high-risk'], victimAge: 30, now: NOW, actions: [], notices: [], episode: null });
    expect(decision.policy).toEqual({ id: 'safelives', version: '2024.2', basis: 'safelives' });
    expect(decision.reasons).toEqual([
      VISIBLE_15,
      NOT_ASSESSED_DARA,
      `${NO_JUDGEMENT} The assessments have 11 red flags (strangulation, threats-to-kill, weapons, stalking, isolation, separation-control-violence, separation, pregnancy-or-recent-birth, escalation, extreme-fear, victim-suicide-risk) that call for judgement.`,
      NO_ESCALATION,
      NO_REPEAT,
      'Refer to MARAC under policy safelives version 2024.2: visible high risk.',
    ]);
  });

  it('several routes met are all named, in route order', () => {
    const events = [abuse('2025-01-10T10:00:00Z'), abuse('2025-02-10T10:00:00Z'), abuse('2025-03-10T10:00:00Z')];
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: high(), events, professionalJudgement: { by: 'idva-1', at: NOW, rationale: 'Fear.' } }, safelivesMarac);
    expect(decision.routesMet).toEqual(['visible-high-risk', 'professional-judgement', 'potential-escalation']);
    expect(decision.reasons.at(-1)).toBe('Refer to MARAC under policy safelives version 2024.2: visible high risk, professional judgement, potential escalation.');
  });

  it('no route met is no referral, and says a referral on professional judgement is still open', () => {
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: low() }, safelivesMarac);
    expect(decision).toMatchObject({ outcome: 'no-referral', refer: false, routesMet: [], actions: [], notices: [] });
    expect(decision.reasons).toEqual([BELOW_2, NOT_ASSESSED_DARA, `${NO_JUDGEMENT} The assessments have 1 red flag (extreme-fear) that call for judgement.`, NO_ESCALATION, NO_REPEAT, NO_ROUTE]);
  });

  it('a met route that is not a referral does not refer', () => {
    const policy = localPolicy({ gradedHighRisk: { instruments: ['dara'], level: 'high', isReferralRoute: false, basis: 'local' } });
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: daraResult('high', 'd-1', MAY_1) }, policy);
    expect(decision).toMatchObject({ outcome: 'no-referral', refer: false, routesMet: [] });
  });
});

describe('the victim’s age: children’s safeguarding', () => {
  const REQUIRED = { id: 'childrens-safeguarding-referral', status: 'required', basis: 'national-guidance', source: CHILDREN_ACT };

  it('under 16 with a route met: children’s safeguarding, not MARAC, naming the routes met', () => {
    const decision = checkMarac({ now: NOW, victimAge: 15, assessment: high() }, safelivesMarac);
    expect(decision).toMatchObject({ outcome: 'children-safeguarding', refer: false, routesMet: ['visible-high-risk'] });
    const action = `The victim is 15, under 16: refer to children's safeguarding (${CHILDREN_ACT}). MARAC is not the route.`;
    expect(decision.actions).toEqual([{ ...REQUIRED, reason: action }]);
    expect(decision.reasons.slice(5)).toEqual([`The victim is under 16: MARAC is not the route. Refer to children's safeguarding (routes met: visible high risk).`, action]);
  });

  it('under 16 with no route met: still children’s safeguarding', () => {
    const decision = checkMarac({ now: NOW, victimAge: 0, assessment: low() }, safelivesMarac);
    expect(decision).toMatchObject({ outcome: 'children-safeguarding', refer: false, routesMet: [] });
    expect(decision.reasons.slice(5)).toEqual([
      `The victim is under 16: MARAC is not the route. Refer to children's safeguarding.`,
      `The victim is 0, under 16: refer to children's safeguarding (${CHILDREN_ACT}). MARAC is not the route.`,
    ]);
  });

  it('16 or 17 with a route met: refer to MARAC and to children’s safeguarding as well', () => {
    const decision = checkMarac({ now: NOW, victimAge: 17, assessment: high() }, safelivesMarac);
    expect(decision).toMatchObject({ outcome: 'refer-to-marac', refer: true });
    const action = `The victim is 17: refer to MARAC and make a children's safeguarding referral as well. Both are required: the victim is a child at risk of significant harm (${CHILDREN_ACT}).`;
    expect(decision.actions).toEqual([{ ...REQUIRED, reason: action }]);
    expect(decision.reasons.slice(5)).toEqual(['Refer to MARAC under policy safelives version 2024.2: visible high risk.', action]);
  });

  it('16 or 17 with no route met: a children’s safeguarding referral all the same, MARAC on judgement still open', () => {
    const decision = checkMarac({ now: NOW, victimAge: 16, assessment: low() }, safelivesMarac);
    expect(decision).toMatchObject({ outcome: 'no-referral', refer: false });
    const action = `The victim is 16, a child: make a children's safeguarding referral (${CHILDREN_ACT}). No MARAC route is met; the victim is not to be treated as an adult only, and a MARAC referral on professional judgement remains open.`;
    expect(decision.actions).toEqual([{ ...REQUIRED, reason: action }]);
    expect(decision.reasons.slice(5)).toEqual([NO_ROUTE, action]);
  });

  it('at 18 the victim is an adult: no children’s safeguarding action', () => {
    expect(checkMarac({ now: NOW, victimAge: 18, assessment: high() }, safelivesMarac).actions).toEqual([]);
  });

  it('an age not given is never read as a child’s: the decision goes by the routes, with a notice to find the age', () => {
    const decision = checkMarac({ now: NOW, assessment: high() }, safelivesMarac);
    expect(decision).toMatchObject({ outcome: 'refer-to-marac', refer: true, victimAge: null, actions: [] });
    const notice = {
      id: 'victim-age-not-given',
      message: "The victim's age was not given. MARAC takes victims aged 16 or over; a younger victim goes to children's safeguarding, and a victim under 18 also needs a children's safeguarding referral.",
      items: [],
    };
    expect(decision.notices).toEqual([notice]);
    expect(decision.reasons.slice(5)).toEqual(['Refer to MARAC under policy safelives version 2024.2: visible high risk.', notice.message]);
    expect(checkMarac({ now: NOW, assessment: low() }, safelivesMarac).outcome).toBe('no-referral');
  });

  it('a policy’s own ages are used in the rule and the notice', () => {
    const policy = defineMaracPolicy({ ...safelivesMarac, id: 'ages', minimumVictimAge: 14, childrensSafeguarding: { ...safelivesMarac.childrensSafeguarding, underAge: 19 } });
    expect(checkMarac({ now: NOW, victimAge: 15, assessment: high() }, policy)).toMatchObject({ outcome: 'refer-to-marac', actions: [{ status: 'required' }] });
    expect(checkMarac({ now: NOW, victimAge: 18, assessment: high() }, policy).actions).toHaveLength(1);
    expect(checkMarac({ now: NOW, victimAge: 19, assessment: high() }, policy).actions).toEqual([]);
    expect(checkMarac({ now: NOW, victimAge: 13, assessment: high() }, policy).outcome).toBe('children-safeguarding');
    expect(checkMarac({ now: NOW }, policy).notices[0]?.message).toBe(
      "The victim's age was not given. MARAC takes victims aged 14 or over; a younger victim goes to children's safeguarding, and a victim under 19 also needs a children's safeguarding referral.",
    );
  });
});

describe('a final level of high that the policy does not make a route', () => {
  const message = (names: string, verb: string) =>
    `${names} ${verb} a final level of high that policy safelives does not make a referral route by itself, and no referral or decision not to refer has followed: consider a referral on professional judgement, or record a decision not to refer.`;

  it('with no referral, a notice asks for a referral on judgement or a recorded decision not to refer', () => {
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: daraResult('high', 'd-1', MAY_1) }, safelivesMarac);
    expect(decision.outcome).toBe('no-referral');
    const notice = { id: 'high-level-not-a-route', message: message(`dara 2022-provisional, assessment d-1 of ${MAY_1}`, 'has'), items: [] };
    expect(decision.notices).toEqual([notice]);
    expect(decision.reasons.at(-1)).toBe(notice.message);
  });

  it('names every such assessment of a case', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [daraEntry('d-1', '2025-03-01T10:00:00Z', 'high'), daraEntry('d-2', '2025-03-05T10:00:00Z', 'high')] });
    const decision = caseMaracCheck(record, '2025-03-20T09:00:00Z', safelivesMarac);
    expect(decision.notices.find((notice) => notice.id === 'high-level-not-a-route')?.message).toBe(
      message('dara 2022-provisional, assessment d-1 of 2025-03-01T10:00:00Z; dara 2022-provisional, assessment d-2 of 2025-03-05T10:00:00Z', 'have'),
    );
  });

  it('no notice when the decision refers, when the level is not high, or when the high level was answered', () => {
    const events = [abuse('2025-01-10T10:00:00Z'), abuse('2025-02-10T10:00:00Z'), abuse('2025-03-10T10:00:00Z')];
    expect(ids(checkMarac({ now: NOW, victimAge: 30, assessment: daraResult('high', 'd-1', MAY_1), events }, safelivesMarac))).toEqual([]);
    expect(ids(checkMarac({ now: NOW, victimAge: 30, assessment: daraResult('medium', 'd-1', MAY_1) }, safelivesMarac))).toEqual([]);
    const answered = caseOf({
      victim: { age: 30 },
      assessments: [daraEntry('d-1', '2025-03-01T10:00:00Z', 'high')],
      decisionsNotToRefer: [{ date: '2025-03-02T10:00:00Z', assessmentIds: ['d-1'], by: 'pc-1', rationale: 'Heard at MARAC last week.' }],
    });
    expect(ids(caseMaracCheck(answered, '2025-03-20T09:00:00Z', safelivesMarac))).not.toContain('high-level-not-a-route');
  });

  it('a referral made before the level was raised to high does not answer the raise', () => {
    const base = checklist(0, { id: 'a-1', assessedAt: '2025-03-01T10:00:00Z' });
    const raised: AssessmentResult = judged(judged(base, 'medium', '2025-03-02T10:00:00Z', { by: 'p-2' }), 'high', '2025-03-04T10:00:00Z');
    const record = (referral: string) =>
      caseOf({ victim: { age: 30 }, assessments: [{ id: 'a-1', date: '2025-03-01T10:00:00Z', result: raised }], maracReferrals: [{ date: referral, agency: 'police' }] });
    expect(ids(caseMaracCheck(record('2025-03-03T10:00:00Z'), '2025-03-20T09:00:00Z', safelivesMarac))).toContain('high-level-not-a-route');
    expect(ids(caseMaracCheck(record('2025-03-05T10:00:00Z'), '2025-03-20T09:00:00Z', safelivesMarac))).not.toContain('high-level-not-a-route');
  });
});

describe('where the rules behind the decision come from', () => {
  it('under the default policy a decision that used none of its da-risk defaults says so', () => {
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: high() });
    const notice = {
      id: 'policy-basis',
      message:
        'Policy "SafeLives MARAC criteria plus three da-risk defaults (DARA high, judged high, police DASH 14+)" (safelives-plus-library-defaults version 1) adds da-risk defaults to published criteria; this decision used none of them.',
      items: [],
    };
    expect(decision.notices).toEqual([notice]);
    expect(decision.reasons.at(-1)).toBe(notice.message);
  });

  it('a decision that used a da-risk default names it', () => {
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: daraResult('high', 'd-1', MAY_1) });
    expect(decision.notices).toEqual([
      {
        id: 'library-default',
        message:
          'Policy "SafeLives MARAC criteria plus three da-risk defaults (DARA high, judged high, police DASH 14+)" (safelives-plus-library-defaults version 1): this decision used graded high risk (a da-risk default, not published guidance).',
        items: [],
      },
    ]);
  });

  it('local rules and defaults used are each named; a default that was not a referral is not', () => {
    const policy = defineMaracPolicy({
      ...safelivesPlusLibraryDefaultsMarac,
      id: 'mixed',
      visibleHighRisk: { ...safelivesPlusLibraryDefaultsMarac.visibleHighRisk, basis: 'local' },
    });
    const judgedHigh = judged(checklist(15, { id: 'a-1', assessedAt: MAY_1 }), 'high', '2025-05-02T10:00:00Z');
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: judgedHigh }, policy);
    expect(decision.routesMet).toEqual(['visible-high-risk', 'professional-judgement']);
    expect(decision.notices.map((notice) => notice.message)).toEqual([
      `Policy "${policy.title}" (mixed version 1): this decision used visible high risk (a local rule); professional judgement (a da-risk default, not published guidance).`,
    ]);
    const prompting = defineMaracPolicy({ ...safelivesPlusLibraryDefaultsMarac, id: 'prompting', gradedHighRisk: { instruments: ['dara'], level: 'high', isReferralRoute: false, basis: 'library-default' } });
    const graded = checkMarac({ now: NOW, victimAge: 30, assessment: daraResult('high', 'd-1', MAY_1) }, prompting);
    expect(route(graded, 'graded-high-risk')).toMatchObject({ met: true, referral: false });
    // The grade is still a high level that no referral followed: the notice asks for judgement.
    expect(ids(graded)).toEqual(['high-level-not-a-route', 'policy-basis']);
  });

  it('a local policy carries its own notice; a SafeLives one none', () => {
    const local = checkMarac({ now: NOW, victimAge: 30, assessment: high() }, localPolicy({}));
    expect(ids(local)).toEqual(['local-convention']);
    expect(ids(checkMarac({ now: NOW, victimAge: 30, assessment: high() }, safelivesMarac))).toEqual([]);
  });
});

describe('a case check', () => {
  it('ends its reasons with the episode’s', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [daraEntry('d-1', '2025-03-01T10:00:00Z', 'medium')] });
    const decision = caseMaracCheck(record, '2025-03-20T09:00:00Z', safelivesMarac);
    expect(decision.episode).not.toBeNull();
    expect(decision.episode!.reasons.length).toBeGreaterThan(0);
    expect(decision.reasons.slice(-decision.episode!.reasons.length)).toEqual(decision.episode!.reasons);
    expect(decision.reasons.at(-decision.episode!.reasons.length - 1)).toBe(NO_ROUTE);
  });
});

describe('dates are read strictly, even from trusted input', () => {
  it('a time of the check, an event date or a referral date that is not an ISO date-time with an offset is an error naming it', () => {
    const now = thrown(() => checkMaracTrusted({ now: '2025-06-01' }, safelivesMarac));
    expect(now.issues[0]).toMatchObject({ path: ['now'], rule: 'iso-datetime' });
    expect(now.message).toMatch(/must be an ISO 8601 date-time with seconds and an offset, such as 2025-03-01T10:15:00Z/);
    const event = thrown(() => checkMaracTrusted({ now: NOW, events: [abuse(NOW), abuse('2025-02-30T00:00:00Z')] }, safelivesMarac));
    expect(event.issues[0]).toMatchObject({ path: ['events', 1, 'date'], rule: 'iso-datetime' });
    const referral = thrown(() => checkMaracTrusted({ now: NOW, previousReferrals: [{ date: 'last week' }] }, safelivesMarac));
    expect(referral.issues[0]).toMatchObject({ path: ['previousReferrals', 0, 'date'], rule: 'iso-datetime' });
  });
});

describe('a bad date is an invalid-input error', () => {
  it('names the error code, the field and the rule', () => {
    const error = thrown(() => checkMaracTrusted({ now: 'soon' }, safelivesMarac));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]).toMatchObject({ path: ['now'], rule: 'iso-datetime' });
  });
});
