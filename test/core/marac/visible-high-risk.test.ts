// Route 1, visible high risk: a yes count at or above the threshold the policy sets for the
// instrument, read over every assessment of a case, the highest open count governing.
import { describe, expect, it } from 'vitest';
import { caseMaracCheck, checkMarac, policeDash2009, safelivesMarac, type CaseAssessment } from '../../../src/index.js';
import { caseOf } from '../../support/cases.js';
import { checklist, dashEntry, daraEntry, daraResult, localPolicy, NOW, route } from './support.js';

const MAY_1 = '2025-05-01T10:00:00Z';
const adult = { now: NOW, victimAge: 30 };

/** A police DASH entry of a case. */
function policeEntry(id: string, date: string, yes: number): CaseAssessment {
  return { id, date, result: checklist(yes, { id, assessedAt: date, instrument: policeDash2009 }) };
}

/** SafeLives' rule plus a local threshold of 10 on the police DASH. */
const localPoliceTen = localPolicy({
  visibleHighRisk: { ...safelivesMarac.visibleHighRisk, otherThresholds: [{ instrument: 'police-dash', threshold: 10, basis: 'local' }] },
});

describe('visible high risk: the count against the threshold', () => {
  it('a count at the threshold meets the route, and the reason names the count, the assessment and the threshold', () => {
    const decision = checkMarac({ ...adult, assessment: checklist(14, { id: 'a-1', assessedAt: MAY_1 }) }, safelivesMarac);
    expect(route(decision, 'visible-high-risk')).toEqual({
      id: 'visible-high-risk',
      title: 'Visible high risk',
      basis: 'safelives',
      met: true,
      referral: true,
      reason: 'Visible high risk: the count of 14 on dash-ric 2009, assessment a-1 of 2025-05-01T10:00:00Z meets the threshold of 14.',
      evidence: {
        kind: 'count',
        count: 14,
        threshold: 14,
        unknown: 0,
        instrument: { id: 'dash-ric', edition: '2009' },
        assessmentId: 'a-1',
        assessedAt: MAY_1,
        from: 'result',
      },
    });
  });

  it('an assessment without an id is named by its edition alone; one without a date by its id', () => {
    const unnamed = checkMarac({ ...adult, assessment: checklist(15) }, safelivesMarac);
    expect(route(unnamed, 'visible-high-risk').reason).toBe('Visible high risk: the count of 15 on dash-ric 2009 meets the threshold of 14.');
    const undated = checkMarac({ ...adult, assessment: checklist(15, { id: 'a-2' }) }, safelivesMarac);
    expect(route(undated, 'visible-high-risk').reason).toBe('Visible high risk: the count of 15 on dash-ric 2009, assessment a-2 meets the threshold of 14.');
  });

  it('one below the threshold is not met, and says by how much it falls short', () => {
    const decision = checkMarac({ ...adult, assessment: checklist(13, { id: 'a-1', assessedAt: MAY_1 }) }, safelivesMarac);
    expect(route(decision, 'visible-high-risk')).toMatchObject({
      basis: 'safelives',
      met: false,
      referral: false,
      reason: 'Visible high risk not met: the count of 13 on dash-ric 2009, assessment a-1 of 2025-05-01T10:00:00Z is below the threshold of 14.',
      evidence: { count: 13, threshold: 14, unknown: 0, assessmentId: 'a-1' },
    });
  });

  it('unknown answers that could lift a count to the threshold call for judgement; fewer than that do not', () => {
    const reach = checkMarac({ ...adult, assessment: checklist(12, { unknown: 2 }) }, safelivesMarac);
    expect(route(reach, 'visible-high-risk')).toMatchObject({
      met: false,
      reason:
        'Visible high risk not met: the count of 12 on dash-ric 2009 is below the threshold of 14. 2 questions are unknown, declined or unanswered and could reach it: apply professional judgement.',
      evidence: { count: 12, unknown: 2 },
    });
    const short = checkMarac({ ...adult, assessment: checklist(12, { unknown: 1 }) }, safelivesMarac);
    expect(route(short, 'visible-high-risk').reason).toBe('Visible high risk not met: the count of 12 on dash-ric 2009 is below the threshold of 14.');
    expect(route(short, 'visible-high-risk').evidence).toMatchObject({ unknown: 1 });
  });
});

describe('visible high risk: which instrument a threshold applies to', () => {
  it('the police DASH meets it at 14 only under a policy that sets that threshold, and says it is a da-risk default', () => {
    const police = checklist(14, { instrument: policeDash2009, id: 'p-1', assessedAt: MAY_1 });
    const decision = checkMarac({ ...adult, assessment: police });
    expect(route(decision, 'visible-high-risk')).toMatchObject({
      basis: 'library-default',
      met: true,
      referral: true,
      reason:
        'Visible high risk: the count of 14 on police-dash 2009, assessment p-1 of 2025-05-01T10:00:00Z meets the threshold of 14 (the threshold on police-dash is a da-risk default, not SafeLives’: SafeLives’ 14 is for the 24-question checklist).',
      evidence: { count: 14, threshold: 14, instrument: { id: 'police-dash', edition: '2009' } },
    });
    const below = checkMarac({ ...adult, assessment: checklist(13, { instrument: policeDash2009 }) });
    expect(route(below, 'visible-high-risk')).toMatchObject({
      basis: 'library-default',
      met: false,
      reason:
        'Visible high risk not met: the count of 13 on police-dash 2009 is below the threshold of 14 (the threshold on police-dash is a da-risk default, not SafeLives’: SafeLives’ 14 is for the 24-question checklist).',
    });
  });

  it('a local threshold on another instrument is applied, and the route is as firm as that rule', () => {
    const decision = checkMarac({ ...adult, assessment: checklist(10, { instrument: policeDash2009 }) }, localPoliceTen);
    expect(route(decision, 'visible-high-risk')).toMatchObject({
      basis: 'local',
      met: true,
      reason: 'Visible high risk: the count of 10 on police-dash 2009 meets the threshold of 10 (the threshold on police-dash is a local rule).',
      evidence: { count: 10, threshold: 10 },
    });
    expect(decision.routesMet).toEqual(['visible-high-risk']);
    const below = checkMarac({ ...adult, assessment: checklist(9, { instrument: policeDash2009 }) }, localPoliceTen);
    expect(route(below, 'visible-high-risk')).toMatchObject({ basis: 'local', met: false, evidence: { count: 9, threshold: 10 } });
  });

  it('a policy that sets no threshold for the instrument does not assess it (and never applies 14 to it)', () => {
    const police = checklist(20, { instrument: policeDash2009, id: 'p-1' });
    for (const policy of [safelivesMarac, localPolicy({ visibleHighRisk: { threshold: 14, instruments: ['dash-ric'], basis: 'safelives' } })]) {
      const decision = checkMarac({ ...adult, assessment: police }, policy);
      expect(decision.routesMet).toEqual([]);
      expect(route(decision, 'visible-high-risk')).toMatchObject({
        basis: 'safelives',
        met: false,
        reason: `Visible high risk not assessed: policy ${policy.id} sets no count threshold for police-dash. Use a policy that does (safelives-plus-library-defaults sets 14 on the police DASH, a da-risk default) or a local one, and apply professional judgement.`,
        evidence: { count: 20, threshold: 14, unknown: 0, instrument: { id: 'police-dash', edition: '2009' }, assessmentId: 'p-1' },
      });
    }
  });

  it('a DARA grade has no count: the route is not assessed on it, and its evidence holds no count', () => {
    const decision = checkMarac({ ...adult, assessment: daraResult('high', 'd-1', MAY_1) });
    expect(route(decision, 'visible-high-risk')).toEqual({
      id: 'visible-high-risk',
      title: 'Visible high risk',
      basis: 'safelives',
      met: false,
      referral: false,
      reason: 'Visible high risk not assessed: dara has no count (its grade is looked at under graded high risk).',
      evidence: {
        kind: 'count',
        count: null,
        threshold: 14,
        unknown: null,
        instrument: { id: 'dara', edition: '2022-provisional' },
        assessmentId: 'd-1',
        assessedAt: MAY_1,
        from: null,
      },
    });
  });

  it('without an assessment the route is not assessed, and asks for one', () => {
    const decision = checkMarac(adult);
    expect(route(decision, 'visible-high-risk')).toEqual({
      id: 'visible-high-risk',
      title: 'Visible high risk',
      basis: 'safelives',
      met: false,
      referral: false,
      reason: 'Visible high risk not assessed: no assessment result was given. Complete a risk assessment.',
      evidence: { kind: 'count', count: null, threshold: 14, unknown: null, instrument: null, assessmentId: null, assessedAt: null, from: null },
    });
  });
});

describe('visible high risk over a case: every assessment of the episode', () => {
  const MARCH = (day: number) => `2025-03-${String(day).padStart(2, '0')}T10:00:00Z`;
  const AT = '2025-03-20T09:00:00Z';
  const STAYS = ' A later, lower assessment does not cancel it: it stays a reason to refer until a MARAC referral or a recorded decision not to refer.';

  it('the highest open count governs even when it is not the latest, and stays a reason to refer', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [dashEntry('a-1', MARCH(1), 13), dashEntry('a-2', MARCH(5), 16), dashEntry('a-3', MARCH(10), 15)] });
    const decision = caseMaracCheck(record, AT, safelivesMarac);
    expect(route(decision, 'visible-high-risk')).toMatchObject({
      met: true,
      reason: `Visible high risk: the count of 16 on dash-ric 2009, assessment a-2 of ${MARCH(5)} meets the threshold of 14.${STAYS}`,
      evidence: { count: 16, assessmentId: 'a-2' },
    });
  });

  it('of equal counts the latest governs, and a count on the latest assessment needs no warning that it stays', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [dashEntry('a-1', MARCH(1), 15), dashEntry('a-2', MARCH(5), 15)] });
    const decision = caseMaracCheck(record, AT, safelivesMarac);
    expect(route(decision, 'visible-high-risk')).toMatchObject({
      met: true,
      reason: `Visible high risk: the count of 15 on dash-ric 2009, assessment a-2 of ${MARCH(5)} meets the threshold of 14.`,
      evidence: { assessmentId: 'a-2' },
    });
  });

  it('a count is a reason from the completion of its assessment: a referral before it does not answer it', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [dashEntry('a-1', MARCH(5), 15)], maracReferrals: [{ date: MARCH(4), agency: 'police' }] });
    expect(caseMaracCheck(record, AT, safelivesMarac).routesMet).toEqual(['visible-high-risk']);
  });

  it('a count answered by a MARAC referral no longer meets the route, and says what answered it', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [dashEntry('a-1', MARCH(1), 15), dashEntry('a-2', MARCH(10), 4)], maracReferrals: [{ date: MARCH(2), agency: 'idva' }] });
    const decision = caseMaracCheck(record, AT, safelivesMarac);
    expect(route(decision, 'visible-high-risk')).toMatchObject({
      basis: 'safelives',
      met: false,
      referral: false,
      reason: `Visible high risk: the count of 15 on dash-ric 2009, assessment a-1 of ${MARCH(1)} met the threshold of 14 and was answered by the MARAC referral of ${MARCH(2)}.`,
      evidence: { count: 15, assessmentId: 'a-1' },
    });
  });

  it('an answered police DASH count keeps the basis of its threshold; a recorded decision not to refer is named with who made it', () => {
    const record = caseOf({
      victim: { age: 30 },
      assessments: [policeEntry('p-1', MARCH(1), 12)],
      decisionsNotToRefer: [{ date: MARCH(3), assessmentIds: ['p-1'], by: 'ds-4', rationale: 'Already heard at MARAC elsewhere.' }],
    });
    const decision = caseMaracCheck(record, AT, localPoliceTen);
    expect(route(decision, 'visible-high-risk')).toMatchObject({
      basis: 'local',
      met: false,
      reason: `Visible high risk: the count of 12 on police-dash 2009, assessment p-1 of ${MARCH(1)} met the threshold of 10 and was answered by the decision not to refer recorded by ds-4 on ${MARCH(3)}.`,
    });
  });

  it('below every threshold, the count nearest its own threshold is the one reported', () => {
    // 12 on the DASH RIC is 2 short of 14; 9 on the police DASH is 1 short of the local 10.
    const record = caseOf({ victim: { age: 30 }, assessments: [dashEntry('a-1', MARCH(1), 12), policeEntry('p-2', MARCH(5), 9), dashEntry('a-3', MARCH(10), 3)] });
    const decision = caseMaracCheck(record, AT, localPoliceTen);
    expect(route(decision, 'visible-high-risk')).toMatchObject({
      basis: 'local',
      met: false,
      reason: `Visible high risk not met: the count of 9 on police-dash 2009, assessment p-2 of ${MARCH(5)} is below the threshold of 10 (the threshold on police-dash is a local rule).`,
      evidence: { count: 9, threshold: 10, assessmentId: 'p-2' },
    });
  });

  it('a case check reads DARA grades apart from counts: a DARA after a count does not hide the count', () => {
    const record = caseOf({ victim: { age: 30 }, assessments: [dashEntry('a-1', MARCH(1), 12), daraEntry('d-2', MARCH(5), 'high')] });
    const decision = caseMaracCheck(record, AT, safelivesMarac);
    expect(route(decision, 'visible-high-risk')).toMatchObject({
      met: false,
      reason: `Visible high risk not met: the count of 12 on dash-ric 2009, assessment a-1 of ${MARCH(1)} is below the threshold of 14.`,
      evidence: { count: 12, assessmentId: 'a-1' },
    });
  });

  it('with only assessments dated after the check, none is read and the reason says how many were left out', () => {
    const one = caseOf({ victim: { age: 30 }, assessments: [dashEntry('a-1', MARCH(25), 16)] });
    expect(route(caseMaracCheck(one, AT, safelivesMarac), 'visible-high-risk')).toMatchObject({
      met: false,
      reason: 'Visible high risk not assessed: no assessment is on record on or before the time of the check (1 dated after it was not read: check the dates). Complete a risk assessment.',
    });
    const two = caseOf({ victim: { age: 30 }, assessments: [dashEntry('a-1', MARCH(25), 16), dashEntry('a-2', MARCH(26), 16)] });
    expect(route(caseMaracCheck(two, AT, safelivesMarac), 'visible-high-risk').reason).toBe(
      'Visible high risk not assessed: no assessment is on record on or before the time of the check (2 dated after it were not read: check the dates). Complete a risk assessment.',
    );
    const none = caseOf({ victim: { age: 30 } });
    expect(route(caseMaracCheck(none, AT, safelivesMarac), 'visible-high-risk').reason).toBe(
      'Visible high risk not assessed: no assessment is on record on or before the time of the check. Complete a risk assessment.',
    );
  });
});

describe('a count threshold applies only to the instrument it names', () => {
  it('a threshold set for another checklist is not applied to the police DASH', () => {
    const policy = localPolicy({
      visibleHighRisk: { ...safelivesMarac.visibleHighRisk, otherThresholds: [{ instrument: 'another-checklist', threshold: 5, basis: 'local' }] },
    });
    const decision = checkMarac({ ...adult, assessment: checklist(9, { instrument: policeDash2009 }) }, policy);
    expect(decision.routesMet).toEqual([]);
    expect(route(decision, 'visible-high-risk').reason).toMatch(/^Visible high risk not assessed: policy local-test sets no count threshold for police-dash\./);
  });
});
