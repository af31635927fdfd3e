// Graded high risk: a structured-judgement grade (DARA) at or above the policy's level, where the
// policy has the route (a da-risk default in the shipped default policy, never a national rule).
import { describe, expect, it } from 'vitest';
import { caseMaracCheck, checkMarac, safelivesMarac, type MaracPolicy } from '../../../src/index.js';
import { caseOf } from '../../support/cases.js';
import { checklist, daraEntry, daraResult, localPolicy, NOW, regraded, route } from './support.js';

const MAY_1 = '2025-05-01T10:00:00Z';
const adult = { now: NOW, victimAge: 30 };
const NOTE = ' The route is a library default unless the policy says otherwise: no national rule makes a DARA grade a referral route.';
const STAYS = ' A later, lower assessment does not cancel it: it stays a reason to refer until a MARAC referral or a recorded decision not to refer.';

function gradedPolicy(rule: MaracPolicy['gradedHighRisk']): MaracPolicy {
  return localPolicy({ gradedHighRisk: rule });
}

describe('graded high risk under the default policy (DARA high, a da-risk default)', () => {
  it('an assessor’s DARA grade of high meets the route and is a referral, labelled a library default', () => {
    const decision = checkMarac({ ...adult, assessment: daraResult('high', 'd-1', MAY_1) });
    expect(decision.routesMet).toEqual(['graded-high-risk']);
    expect(route(decision, 'graded-high-risk')).toEqual({
      id: 'graded-high-risk',
      title: 'Graded high risk',
      basis: 'library-default',
      met: true,
      referral: true,
      reason: `Graded high risk: the assessor’s grade high on dara 2022-provisional, assessment d-1 of ${MAY_1} meets the route (high or above).${NOTE}`,
      evidence: { kind: 'grade', grade: 'high', level: 'high', instrument: { id: 'dara', edition: '2022-provisional' }, assessmentId: 'd-1', assessedAt: MAY_1 },
    });
  });

  it('a grade raised to high on review meets it, and the reason says the grade was regraded', () => {
    const decision = checkMarac({ ...adult, assessment: regraded(daraResult('medium', 'd-1', MAY_1), 'high', '2025-05-02T10:00:00Z') });
    expect(route(decision, 'graded-high-risk')).toMatchObject({
      met: true,
      reason: `Graded high risk: the regraded grade high on dara 2022-provisional, assessment d-1 of ${MAY_1} meets the route (high or above).${NOTE}`,
    });
  });

  it('a grade of medium does not meet it, and a referral on judgement stays open', () => {
    const decision = checkMarac({ ...adult, assessment: daraResult('medium', 'd-1', MAY_1) });
    expect(decision.routesMet).toEqual([]);
    expect(route(decision, 'graded-high-risk')).toEqual({
      id: 'graded-high-risk',
      title: 'Graded high risk',
      basis: 'library-default',
      met: false,
      referral: false,
      reason: `Graded high risk not met: the highest grade is medium on dara 2022-provisional, assessment d-1 of ${MAY_1}; the route needs high. A referral on professional judgement is still possible at any grade.`,
      evidence: { kind: 'grade', grade: 'medium', level: 'high', instrument: { id: 'dara', edition: '2022-provisional' }, assessmentId: 'd-1', assessedAt: MAY_1 },
    });
  });

  it('a checklist is not a grade: without a DARA the route is not assessed', () => {
    const decision = checkMarac({ ...adult, assessment: checklist(20) });
    expect(route(decision, 'graded-high-risk')).toMatchObject({
      basis: 'library-default',
      met: false,
      reason: 'Graded high risk not assessed: no assessment graded by the assessor on dara was given.',
      evidence: { grade: null, level: 'high', instrument: null, assessmentId: null, assessedAt: null },
    });
  });
});

describe('graded high risk: what the policy says', () => {
  it('a policy without the route never refers on a grade, and points a high grade to professional judgement', () => {
    const decision = checkMarac({ ...adult, assessment: daraResult('high', 'd-1', MAY_1) }, safelivesMarac);
    expect(decision.routesMet).toEqual([]);
    expect(route(decision, 'graded-high-risk')).toEqual({
      id: 'graded-high-risk',
      title: 'Graded high risk',
      basis: 'safelives',
      met: false,
      referral: false,
      reason: 'Graded high risk: policy safelives has no route for structured-judgement grades such as DARA; a high grade can be referred on professional judgement.',
      evidence: { kind: 'grade', grade: 'high', level: null, instrument: { id: 'dara', edition: '2022-provisional' }, assessmentId: 'd-1', assessedAt: MAY_1 },
    });
    const none = checkMarac(adult, safelivesMarac);
    expect(route(none, 'graded-high-risk')).toMatchObject({
      basis: 'safelives',
      reason: 'Graded high risk: policy safelives has no route for structured-judgement grades such as DARA.',
      evidence: { grade: null, level: null, instrument: null },
    });
  });

  it('a route for other instruments does not read a DARA grade, and names the instruments it reads', () => {
    const policy = gradedPolicy({ instruments: ['grade-a', 'grade-b'], level: 'high', isReferralRoute: true, basis: 'local' });
    const decision = checkMarac({ ...adult, assessment: daraResult('high', 'd-1', MAY_1) }, policy);
    expect(decision.routesMet).toEqual([]);
    expect(route(decision, 'graded-high-risk')).toMatchObject({
      basis: 'local',
      met: false,
      reason: 'Graded high risk not assessed: no assessment graded by the assessor on grade-a or grade-b was given.',
      evidence: { grade: null, level: 'high' },
    });
  });

  it('a local route at medium is met by medium and by high, with no library-default label', () => {
    const policy = gradedPolicy({ instruments: ['dara'], level: 'medium', isReferralRoute: true, basis: 'local' });
    for (const level of ['medium', 'high'] as const) {
      const decision = checkMarac({ ...adult, assessment: daraResult(level, 'd-1', MAY_1) }, policy);
      expect(route(decision, 'graded-high-risk')).toMatchObject({
        basis: 'local',
        met: true,
        referral: true,
        reason: `Graded high risk: the assessor’s grade ${level} on dara 2022-provisional, assessment d-1 of ${MAY_1} meets the route (medium or above).`,
      });
    }
    expect(checkMarac({ ...adult, assessment: daraResult('standard', 'd-1', MAY_1) }, policy).routesMet).toEqual([]);
  });

  it('where the route only prompts, a high grade is met but is not a referral, and says it prompts a full assessment', () => {
    const policy = gradedPolicy({ instruments: ['dara'], level: 'high', isReferralRoute: false, basis: 'local' });
    const decision = checkMarac({ ...adult, assessment: daraResult('high', 'd-1', MAY_1) }, policy);
    expect(decision.routesMet).toEqual([]);
    expect(decision.refer).toBe(false);
    expect(route(decision, 'graded-high-risk')).toMatchObject({
      met: true,
      referral: false,
      reason: `Graded high risk: the assessor’s grade high on dara 2022-provisional, assessment d-1 of ${MAY_1} meets the route (high or above). Under this policy it prompts a full risk assessment and judgement, and is not by itself a referral.`,
    });
  });
});

describe('graded high risk over a case', () => {
  const MARCH = (day: number) => `2025-03-${String(day).padStart(2, '0')}T10:00:00Z`;
  const AT = '2025-03-20T09:00:00Z';
  const dara = (id: string, day: number, level: 'standard' | 'medium' | 'high') => daraEntry(id, MARCH(day), level);

  it('an earlier high grade is not cancelled by a later lower one, and stays a reason to refer', () => {
    const decision = caseMaracCheck(caseOf({ victim: { age: 30 }, assessments: [dara('d-1', 1, 'high'), dara('d-2', 5, 'standard')] }), AT);
    expect(route(decision, 'graded-high-risk')).toMatchObject({
      met: true,
      reason: `Graded high risk: the assessor’s grade high on dara 2022-provisional, assessment d-1 of ${MARCH(1)} meets the route (high or above).${NOTE}${STAYS}`,
      evidence: { assessmentId: 'd-1', grade: 'high' },
    });
  });

  it('a high grade on the latest assessment needs no warning that it stays; of equal grades the latest is cited', () => {
    const decision = caseMaracCheck(caseOf({ victim: { age: 30 }, assessments: [dara('d-1', 1, 'high'), dara('d-2', 5, 'high')] }), AT);
    expect(route(decision, 'graded-high-risk')).toMatchObject({
      met: true,
      reason: `Graded high risk: the assessor’s grade high on dara 2022-provisional, assessment d-2 of ${MARCH(5)} meets the route (high or above).${NOTE}`,
    });
  });

  it('below the route, the highest grade is reported (the latest of equals)', () => {
    const single = caseMaracCheck(caseOf({ victim: { age: 30 }, assessments: [dara('d-1', 1, 'standard'), dara('d-2', 5, 'medium'), dara('d-3', 8, 'standard')] }), AT);
    expect(route(single, 'graded-high-risk')).toMatchObject({ met: false, evidence: { assessmentId: 'd-2', grade: 'medium' } });
    expect(route(single, 'graded-high-risk').reason).toMatch(/^Graded high risk not met: the highest grade is medium on dara 2022-provisional, assessment d-2 of/);
    const equal = caseMaracCheck(caseOf({ victim: { age: 30 }, assessments: [dara('d-1', 1, 'medium'), dara('d-2', 5, 'medium')] }), AT);
    expect(route(equal, 'graded-high-risk').evidence).toMatchObject({ assessmentId: 'd-2' });
  });

  it('a high grade answered by a MARAC referral no longer meets the route, and names the referral', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [dara('d-1', 1, 'high'), dara('d-2', 5, 'standard')], maracReferrals: [{ date: MARCH(2), agency: 'police' }] });
    const decision = caseMaracCheck(record, AT);
    expect(decision.routesMet).toEqual([]);
    expect(route(decision, 'graded-high-risk')).toMatchObject({
      basis: 'library-default',
      met: false,
      referral: false,
      reason: `Graded high risk: the grade high on dara 2022-provisional, assessment d-1 of ${MARCH(1)} met the route and was answered by the MARAC referral of ${MARCH(2)}.`,
      evidence: { assessmentId: 'd-1', grade: 'high' },
    });
  });

  it('a new high grade after a referral is a new reason to refer', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [dara('d-1', 1, 'high'), dara('d-2', 5, 'high')], maracReferrals: [{ date: MARCH(2), agency: 'police' }] });
    const decision = caseMaracCheck(record, AT);
    expect(decision.routesMet).toEqual(['graded-high-risk']);
    expect(route(decision, 'graded-high-risk').evidence).toMatchObject({ assessmentId: 'd-2' });
  });

  it('under a policy without the route, the evidence cites the latest DARA and the reason points to judgement', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [dara('d-1', 1, 'high'), dara('d-2', 5, 'standard')] });
    const decision = caseMaracCheck(record, AT, safelivesMarac);
    expect(route(decision, 'graded-high-risk')).toMatchObject({
      met: false,
      reason: 'Graded high risk: policy safelives has no route for structured-judgement grades such as DARA; a high grade can be referred on professional judgement.',
      evidence: { assessmentId: 'd-2', grade: 'standard', level: null },
    });
  });
});
