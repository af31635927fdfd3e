// Route 2, professional judgement: a practitioner's referral on judgement (given with the check or
// recorded on an assessment), or a final level of high set by judgement where the policy counts it.
import { describe, expect, it } from 'vitest';
import { caseMaracCheck, checkMarac, safelivesMarac, type AssessmentResult, type CaseAssessment } from '../../../src/index.js';
import { checkMaracTrusted } from '../../../src/marac.js';
import { caseOf } from '../../support/cases.js';
import { checklist, daraResult, judged, localPolicy, NOW, route } from './support.js';

const MAY_1 = '2025-05-01T10:00:00Z';
const MAY_3 = '2025-05-03T10:00:00Z';
const adult = { now: NOW, victimAge: 30 };
const OPEN = 'No open referral on professional judgement is recorded. A practitioner may refer on judgement at any count, with reasons.';
const STAYS = ' A later, lower assessment does not cancel it: it stays a reason to refer until a MARAC referral or a recorded decision not to refer.';

const plain = () => checklist(0, { id: 'a-1', assessedAt: MAY_1 });

describe('professional judgement given with the check', () => {
  it('meets the route at any count, citing who referred and when, with the reasons as evidence', () => {
    const decision = checkMarac({ ...adult, assessment: plain(), professionalJudgement: { by: 'idva-7', at: NOW, rationale: 'Threats to the children.' } });
    expect(decision.routesMet).toEqual(['professional-judgement']);
    expect(route(decision, 'professional-judgement')).toEqual({
      id: 'professional-judgement',
      title: 'Professional judgement',
      basis: 'safelives',
      met: true,
      referral: true,
      reason: `Professional judgement: practitioner idva-7 referred on judgement at ${NOW}; the reasons are in the evidence.`,
      evidence: { kind: 'judgement', source: 'input', by: 'idva-7', at: NOW, rationale: 'Threats to the children.', assessmentId: null, redFlags: [] },
    });
  });
});

describe('a referral on judgement recorded on an assessment', () => {
  it('meets the route, citing the practitioner, the time and the assessment', () => {
    const decision = checkMarac({ ...adult, assessment: judged(plain(), 'medium', MAY_3, { referToMarac: true }) });
    expect(route(decision, 'professional-judgement')).toEqual({
      id: 'professional-judgement',
      title: 'Professional judgement',
      basis: 'safelives',
      met: true,
      referral: true,
      reason: `Professional judgement: practitioner p-1 referred on judgement at ${MAY_3} (dash-ric 2009, assessment a-1 of ${MAY_1}); the reasons are in the evidence.`,
      evidence: { kind: 'judgement', source: 'assessment-referral', by: 'p-1', at: MAY_3, rationale: 'Practitioner view.', assessmentId: 'a-1', redFlags: [] },
    });
  });

  it('an assessor’s referral recorded with a DARA grade counts too, at any grade', () => {
    const decision = checkMarac({ ...adult, assessment: daraResult('standard', 'd-1', MAY_1, true) }, safelivesMarac);
    expect(decision.routesMet).toEqual(['professional-judgement']);
    expect(route(decision, 'professional-judgement').evidence).toMatchObject({ source: 'assessment-referral', by: 'pc-1', assessmentId: 'd-1' });
  });
});

describe('a final level of high set by judgement', () => {
  it('counts as a referral on judgement under the default policy, labelled a library default', () => {
    const decision = checkMarac({ ...adult, assessment: judged(plain(), 'high', MAY_3) });
    expect(decision.routesMet).toEqual(['professional-judgement']);
    expect(route(decision, 'professional-judgement')).toEqual({
      id: 'professional-judgement',
      title: 'Professional judgement',
      basis: 'library-default',
      met: true,
      referral: true,
      reason: `Professional judgement: the final level on dash-ric 2009, assessment a-1 of ${MAY_1} was set to high by judgement (p-1 at ${MAY_3}); policy safelives-plus-library-defaults counts that as a referral on judgement (a library default: no national rule was found).`,
      evidence: { kind: 'judgement', source: 'assessment-final-high', by: 'p-1', at: MAY_3, rationale: 'Practitioner view.', assessmentId: 'a-1', redFlags: [] },
    });
  });

  it('a local policy that counts it carries its own basis and no library-default label', () => {
    const policy = localPolicy({ professionalJudgement: { basis: 'safelives', judgementHighIsReferral: true, judgementHighBasis: 'local' } });
    const decision = checkMarac({ ...adult, assessment: judged(plain(), 'high', MAY_3) }, policy);
    expect(route(decision, 'professional-judgement')).toMatchObject({
      basis: 'local',
      met: true,
      reason: `Professional judgement: the final level on dash-ric 2009, assessment a-1 of ${MAY_1} was set to high by judgement (p-1 at ${MAY_3}); policy local-test counts that as a referral on judgement.`,
    });
  });

  it('a judged level of high with no recorded decision still counts, and names no one', () => {
    const raised = judged(plain(), 'high', MAY_3);
    const bare: AssessmentResult = { ...raised, history: [] };
    const decision = checkMaracTrusted({ ...adult, assessment: bare }, localPolicy({ professionalJudgement: { basis: 'safelives', judgementHighIsReferral: true, judgementHighBasis: 'local' } }));
    expect(route(decision, 'professional-judgement')).toMatchObject({
      met: true,
      reason: `Professional judgement: the final level on dash-ric 2009, assessment a-1 of ${MAY_1} was set to high by judgement; policy local-test counts that as a referral on judgement.`,
      evidence: { source: 'assessment-final-high', by: null, at: null, rationale: null, assessmentId: 'a-1' },
    });
  });

  it('only a judged level of high counts: a computed high or a judged medium is not a referral on judgement', () => {
    const computedHigh = checkMarac({ ...adult, assessment: checklist(14) });
    expect(route(computedHigh, 'professional-judgement')).toMatchObject({ met: false, evidence: { source: null } });
    const judgedMedium = checkMarac({ ...adult, assessment: judged(plain(), 'medium', MAY_3) });
    expect(judgedMedium.routesMet).toEqual([]);
  });

  it('a policy that does not count it leaves the route unmet', () => {
    const decision = checkMarac({ ...adult, assessment: judged(plain(), 'high', MAY_3) }, safelivesMarac);
    expect(route(decision, 'professional-judgement')).toMatchObject({ basis: 'safelives', met: false, referral: false });
  });
});

describe('when no referral on judgement is open', () => {
  it('the route is unmet, says a referral on judgement is always possible, and its evidence is empty', () => {
    const decision = checkMarac({ ...adult, assessment: plain() });
    expect(route(decision, 'professional-judgement')).toEqual({
      id: 'professional-judgement',
      title: 'Professional judgement',
      basis: 'safelives',
      met: false,
      referral: false,
      reason: OPEN,
      evidence: { kind: 'judgement', source: null, by: null, at: null, rationale: null, assessmentId: null, redFlags: [] },
    });
  });

  it('names the red flags on the assessments that call for judgement, one or several', () => {
    const one = checkMarac({ ...adult, assessment: checklist(0, { answers: { strangulation: 'yes' } }) });
    expect(route(one, 'professional-judgement').reason).toBe(`${OPEN} The assessments have 1 red flag (strangulation) that call for judgement.`);
    const two = checkMarac({ ...adult, assessment: checklist(0, { answers: { strangulation: 'yes', 'very-frightened': 'yes' } }) });
    expect(route(two, 'professional-judgement').reason).toBe(`${OPEN} The assessments have 2 red flags (strangulation, extreme-fear) that call for judgement.`);
    expect(route(two, 'professional-judgement').evidence).toMatchObject({ redFlags: ['strangulation', 'extreme-fear'] });
  });
});

describe('professional judgement over a case', () => {
  const MARCH = (day: number) => `2025-03-${String(day).padStart(2, '0')}T10:00:00Z`;
  const AT = '2025-03-20T09:00:00Z';
  const entry = (id: string, day: number, result?: (base: AssessmentResult) => AssessmentResult): CaseAssessment => {
    const base = checklist(0, { id, assessedAt: MARCH(day) });
    return { id, date: MARCH(day), result: result === undefined ? base : result(base) };
  };
  const referredOn = (day: number, by = 'p-1') => (base: AssessmentResult) => judged(base, 'medium', MARCH(day), { by, referToMarac: true });
  const raisedOn = (day: number) => (base: AssessmentResult) => judged(base, 'high', MARCH(day));

  it('a referral on judgement on an earlier assessment stays a reason to refer after a later one', () => {
    const decision = caseMaracCheck(caseOf({ victim: { age: 30 }, assessments: [entry('a-1', 1, referredOn(2)), entry('a-2', 5)] }), AT);
    expect(route(decision, 'professional-judgement')).toMatchObject({
      met: true,
      reason: `Professional judgement: practitioner p-1 referred on judgement at ${MARCH(2)} (dash-ric 2009, assessment a-1 of ${MARCH(1)}); the reasons are in the evidence.${STAYS}`,
      evidence: { source: 'assessment-referral', assessmentId: 'a-1' },
    });
    const latest = caseMaracCheck(caseOf({ victim: { age: 30 }, assessments: [entry('a-1', 1), entry('a-2', 5, referredOn(6))] }), AT);
    expect(route(latest, 'professional-judgement').reason).toBe(
      `Professional judgement: practitioner p-1 referred on judgement at ${MARCH(6)} (dash-ric 2009, assessment a-2 of ${MARCH(5)}); the reasons are in the evidence.`,
    );
  });

  it('a MARAC referral answers the judgement only when made after it, and the route then says what answered it', () => {
    const made = (referral: number) => caseOf({ victim: { age: 30 }, assessments: [entry('a-1', 1, referredOn(5))], maracReferrals: [{ date: MARCH(referral), agency: 'police' }] });
    // The referral of 3 March predates the judgement of 5 March: it cannot answer it.
    expect(caseMaracCheck(made(3), AT).routesMet).toEqual(['professional-judgement']);
    const answered = caseMaracCheck(made(6), AT);
    expect(answered.routesMet).toEqual([]);
    expect(route(answered, 'professional-judgement')).toMatchObject({
      met: false,
      referral: false,
      reason: `${OPEN} The referral on judgement recorded on dash-ric 2009, assessment a-1 of ${MARCH(1)} was answered by the MARAC referral of ${MARCH(6)}.`,
      evidence: { source: null },
    });
  });

  it('a referral on judgement is a reason from no earlier than its assessment’s date in the case', () => {
    // The result carries no completion time of its own; the case dates it 10 March, after the judgement's own time.
    const result = judged(checklist(0, { id: 'a-1' }), 'medium', MARCH(5), { referToMarac: true });
    const record = caseOf({ victim: { age: 30 }, assessments: [{ id: 'a-1', date: MARCH(10), result }], maracReferrals: [{ date: MARCH(7), agency: 'police' }] });
    expect(caseMaracCheck(record, AT).routesMet).toEqual(['professional-judgement']);
  });

  it('another practitioner’s decision not to refer does not set a judgement aside unless someone else authorised it', () => {
    const decided = (authorisedBy?: string) =>
      caseOf({
        victim: { age: 30 },
        assessments: [entry('a-1', 1, referredOn(2, 'idva-1'))],
        decisionsNotToRefer: [{ date: MARCH(4), assessmentIds: ['a-1'], by: 'ds-9', rationale: 'Known to MARAC elsewhere.', ...(authorisedBy === undefined ? {} : { authorisedBy }) }],
      });
    expect(caseMaracCheck(decided(), AT).routesMet).toEqual(['professional-judgement']);
    const authorised = caseMaracCheck(decided('di-2'), AT);
    expect(authorised.routesMet).toEqual([]);
    expect(route(authorised, 'professional-judgement').reason).toBe(
      `${OPEN} The referral on judgement recorded on dash-ric 2009, assessment a-1 of ${MARCH(1)} was answered by the decision not to refer recorded by ds-9 on ${MARCH(4)}.`,
    );
  });

  it('a level of high set by judgement is answered only by a referral after the raise to high, and the route says so', () => {
    const twice = (base: AssessmentResult) => judged(judged(base, 'medium', MARCH(2), { by: 'p-2' }), 'high', MARCH(4));
    const made = (referral: number) => caseOf({ victim: { age: 30 }, assessments: [entry('a-1', 1, twice)], maracReferrals: [{ date: MARCH(referral), agency: 'police' }] });
    // Referred on 3 March, after the raise to medium but before the raise to high on 4 March.
    expect(caseMaracCheck(made(3), AT).routesMet).toEqual(['professional-judgement']);
    const answered = caseMaracCheck(made(5), AT);
    expect(answered.routesMet).toEqual([]);
    expect(route(answered, 'professional-judgement').reason).toBe(
      `${OPEN} The level of high set by judgement on dash-ric 2009, assessment a-1 of ${MARCH(1)} was answered by the MARAC referral of ${MARCH(5)}.`,
    );
  });

  it('an open raise to high governs over one already answered', () => {
    const record = caseOf({
      victim: { age: 30 },
      assessments: [entry('a-1', 1, raisedOn(2)), entry('a-2', 5, raisedOn(6))],
      maracReferrals: [{ date: MARCH(3), agency: 'police' }],
    });
    const decision = caseMaracCheck(record, AT);
    expect(route(decision, 'professional-judgement')).toMatchObject({ met: true, evidence: { source: 'assessment-final-high', assessmentId: 'a-2', at: MARCH(6) } });
  });
});

describe('every answered judgement is named', () => {
  it('two referrals on judgement answered by MARAC referrals are each named, one sentence after the other', () => {
    const MARCH = (day: number) => `2025-03-${String(day).padStart(2, '0')}T10:00:00Z`;
    const entry = (id: string, day: number) => {
      const result: AssessmentResult = judged(checklist(0, { id, assessedAt: MARCH(day) }), 'medium', MARCH(day + 1), { referToMarac: true });
      return { id, date: MARCH(day), result };
    };
    const record = caseOf({
      victim: { age: 30 },
      assessments: [entry('a-1', 1), entry('a-2', 5)],
      maracReferrals: [
        { date: MARCH(3), agency: 'police' as const },
        { date: MARCH(7), agency: 'police' as const },
      ],
    });
    const decision = caseMaracCheck(record, '2025-03-20T09:00:00Z');
    expect(decision.routesMet).toEqual([]);
    expect(route(decision, 'professional-judgement').reason).toBe(
      `${OPEN} The referral on judgement recorded on dash-ric 2009, assessment a-1 of ${MARCH(1)} was answered by the MARAC referral of ${MARCH(3)}.` +
        ` The referral on judgement recorded on dash-ric 2009, assessment a-2 of ${MARCH(5)} was answered by the MARAC referral of ${MARCH(7)}.`,
    );
  });
});
