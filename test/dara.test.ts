import { describe, expect, it } from 'vitest';
import {
  applyDaraRegrade,
  assess,
  assessDara,
  checkMarac,
  dara2022Provisional,
  daraConsistency,
  defineDaraPolicy,
  defineMaracPolicy,
  gradeDara,
  safelives2009Marac,
  safelivesMarac,
  type DaraInput,
} from '../src/index.js';
import { thrown } from './support/errors.js';
import { deepFrozen, viaJson } from './support/fixtures.js';

const AT = '2025-03-01T22:10:00Z';
const REF = { id: 'dara', edition: '2022-provisional' } as const;

function input(answers: Record<string, string>, level: 'standard' | 'medium' | 'high', extra: Partial<DaraInput> = {}): DaraInput {
  return {
    instrument: REF,
    assessedAt: '2025-03-01T21:40:00Z',
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
    grade: { level, rationale: 'Officer\u2019s reasons.', by: 'pc-881', at: AT },
    ...extra,
  };
}

describe('DARA: the grade is the assessor\u2019s', () => {
  it('records the grade as entered, with reasons, and never computes one', () => {
    const everything = Object.fromEntries(
      dara2022Provisional.items.filter((i) => i.answerType === 'frequency').map((i) => [i.id, 'more-than-once']),
    );
    const result = assessDara(input(everything, 'standard'));
    expect(result.final).toEqual({ level: 'standard', basis: 'assessor' });
    expect(result.grade).toMatchObject({ level: 'standard', by: 'pc-881', at: AT });
    expect(result.history).toHaveLength(1);
    expect(result.history[0]).toMatchObject({ action: 'set', from: null, to: 'standard', computed: null });
    expect(result.reasons[0]).toMatch(/never computed/);
    expect(deepFrozen(result)).toBe(true);
  });

  it('a grade without a rationale is an error', () => {
    const bad = { ...input({}, 'high'), grade: { level: 'high', rationale: ' ', by: 'pc-1', at: AT } };
    expect(thrown(() => assessDara(bad)).issues[0]?.path).toEqual(['grade', 'rationale']);
    const missing = { ...input({}, 'high'), grade: { level: 'high', by: 'pc-1', at: AT } };
    expect(thrown(() => assessDara(missing)).issues[0]).toMatchObject({ path: ['grade', 'rationale'], rule: 'required' });
  });

  it('takes frequency answers and keeps not known and declined apart from never', () => {
    const result = assessDara(
      input({ 'physical-violence': 'more-than-once', strangulation: 'once', weapons: 'never', monitoring: 'not-known', degradation: 'declined' }, 'high'),
    );
    expect(result.items.yes).toEqual(['physical-violence', 'strangulation']);
    expect(result.repeated).toEqual(['physical-violence']);
    expect(result.items.no).toEqual(['weapons']);
    expect(result.items.dontKnow).toEqual(['monitoring']);
    expect(result.items.declined).toEqual(['degradation']);
    expect(thrown(() => assessDara(input({ weapons: 'yes' }, 'high'))).issues[0]).toMatchObject({
      path: ['answers', 'weapons', 'value'],
      rule: 'one-of',
    });
  });

  it('summarises indicators by theme', () => {
    const result = assessDara(input({ isolation: 'once', monitoring: 'more-than-once', 'economic-control': 'never' }, 'medium'));
    const control = result.themes.find((t) => t.theme === 'coercive-control');
    expect(control).toMatchObject({ disclosed: ['isolation', 'monitoring'], repeated: ['monitoring'] });
    expect(control?.unknown).toEqual(['degradation', 'sexual-coercion']);
    expect(control?.reason).toMatch(/2 of 5 disclosed; 1 more than once; 2 not known, declined or not asked/);
  });

  it('keeps the victim\u2019s own view as free text out of the result and out of errors', () => {
    const view = 'He will kill me if he finds out where I am';
    const result = assessDara({ ...input({}, 'high'), answers: { 'victim-view-of-risk': { value: view } } });
    expect(result.textAnswered).toEqual(['victim-view-of-risk']);
    expect(JSON.stringify(result)).not.toContain(view);
    const error = thrown(() => assessDara({ ...input({}, 'high'), answers: { 'victim-view-of-risk': { value: view, options: ['x'] } } }));
    expect(JSON.stringify(error.issues) + error.message).not.toContain(view);
  });

  it('records observations, evidence references and a link to a secondary assessment', () => {
    const result = assessDara(
      input({}, 'medium', {
        observations: ['obs-injury-visible'],
        evidence: ['bwv-2025-0301-881', 'crime-ref-CB-2025-1234'],
        secondaryAssessment: { instrument: { id: 'dash-ric', edition: '2009' }, assessmentId: 'idva-assessment-77' },
      }),
    );
    expect(result.evidence).toEqual(['bwv-2025-0301-881', 'crime-ref-CB-2025-1234']);
    expect(result.secondaryAssessment?.assessmentId).toBe('idva-assessment-77');
  });

  it('is not scored as a checklist, and a checklist is not graded as DARA', () => {
    expect(thrown(() => assess({ instrument: REF, answers: {} })).issues[0]?.rule).toBe('not-a-checklist');
    expect(thrown(() => assessDara({ ...input({}, 'high'), instrument: { id: 'dash-ric', edition: '2009' } })).issues[0]?.rule).toBe(
      'not-assessor-graded',
    );
  });
});

describe('DARA consistency flags (for supervisor review; never a regrade)', () => {
  const cases: [string, Record<string, string>, 'standard' | 'medium' | 'high'][] = [
    ['strangulation-below-high', { strangulation: 'once' }, 'medium'],
    ['threats-to-kill-below-high', { 'threats-to-kill': 'once' }, 'standard'],
    ['weapons-below-high', { weapons: 'more-than-once' }, 'medium'],
    ['post-separation-stalking-below-high', { separation: 'yes', 'stalking-harassment': 'more-than-once' }, 'medium'],
    ['coercive-control-standard', { isolation: 'once', monitoring: 'once', degradation: 'once' }, 'standard'],
    ['extreme-fear-standard', { 'very-frightened': 'yes' }, 'standard'],
    ['violence-in-pregnancy-standard', { 'pregnancy-or-recent-birth': 'yes', 'physical-violence': 'once' }, 'standard'],
  ];

  it.each(cases)('%s', (id, answers, level) => {
    const result = assessDara(input(answers, level));
    expect(result.consistencyFlags.map((f) => f.id)).toContain(id);
    expect(result.final.level).toBe(level);
    const fine = assessDara(input(answers, 'high'));
    expect(fine.consistencyFlags).toEqual([]);
  });

  it('needs every condition: stalking without separation, or two coercive behaviours, raise nothing', () => {
    expect(assessDara(input({ 'stalking-harassment': 'once' }, 'medium')).consistencyFlags).toEqual([]);
    expect(assessDara(input({ isolation: 'once', monitoring: 'once' }, 'standard')).consistencyFlags).toEqual([]);
  });
});

describe('regrading', () => {
  it('a supervisor\u2019s regrade keeps the history and re-checks the flags', () => {
    const first = assessDara(input({ strangulation: 'once' }, 'medium'));
    const reviewed = applyDaraRegrade(viaJson(first), { level: 'high', rationale: 'Strangulation: high.', by: 'sgt-12', at: '2025-03-02T08:30:00Z' });
    expect(reviewed.grade.level).toBe('medium');
    expect(reviewed.final).toEqual({ level: 'high', basis: 'regrade' });
    expect(reviewed.consistencyFlags).toEqual([]);
    expect(reviewed.history.map((e) => [e.action, e.from, e.to, e.by])).toEqual([
      ['set', null, 'medium', 'pc-881'],
      ['raised', 'medium', 'high', 'sgt-12'],
    ]);
    const again = { level: 'medium', rationale: 'Reviewed again.', by: 'insp-3', at: '2025-03-03T08:30:00Z' };
    // Lowering a grade another practitioner gave needs a named authoriser other than the one regrading.
    expect(thrown(() => applyDaraRegrade(reviewed, again)).issues[0]).toMatchObject({ path: ['authorisedBy'], rule: 'authoriser-required' });
    const lowered = applyDaraRegrade(reviewed, { ...again, authorisedBy: 'ci-2' });
    expect(lowered.history.at(-1)).toMatchObject({ action: 'lowered', authorisedBy: 'ci-2' });
    expect(lowered.consistencyFlags.map((f) => f.id)).toEqual(['strangulation-below-high']);
  });

  it('a regrade needs reasons, a time in order, and the same policy', () => {
    const first = assessDara(input({}, 'medium'));
    expect(thrown(() => applyDaraRegrade(first, { level: 'high', rationale: '', by: 's', at: '2025-03-02T08:30:00Z' })).issues[0]?.path).toEqual([
      'rationale',
    ]);
    expect(thrown(() => applyDaraRegrade(first, { level: 'high', rationale: 'r', by: 's', at: '2025-03-01T08:30:00Z' })).issues[0]?.rule).toBe(
      'not-before-previous',
    );
    const other = defineDaraPolicy({ ...daraConsistency, id: 'exampleshire-dara' });
    expect(thrown(() => applyDaraRegrade(first, { level: 'high', rationale: 'r', by: 's', at: '2025-03-02T08:30:00Z' }, other)).code).toBe(
      'policy-mismatch',
    );
  });
});

describe('DARA and MARAC', () => {
  it('a DARA high grade is a referral route under the default policy; medium is not', () => {
    const high = assessDara(input({}, 'high'));
    const decision = checkMarac({ now: '2025-03-02T00:00:00Z', victimAge: 30, assessment: viaJson(high) });
    expect(decision.routesMet).toEqual(['graded-high-risk']);
    expect(decision.routes.find((r) => r.id === 'graded-high-risk')?.basis).toBe('library-default');
    const medium = assessDara(input({}, 'medium'));
    expect(checkMarac({ now: '2025-03-02T00:00:00Z', victimAge: 30, assessment: medium }).refer).toBe(false);
  });

  it('a regrade to high meets it; a referral on judgement at a lower grade meets professional judgement', () => {
    const medium = assessDara(input({}, 'medium'));
    const regraded = applyDaraRegrade(medium, { level: 'high', rationale: 'r', by: 'sgt', at: '2025-03-02T08:30:00Z' });
    expect(checkMarac({ now: '2025-03-03T00:00:00Z', victimAge: 30, assessment: regraded }).routesMet).toEqual(['graded-high-risk']);
    const referred = assessDara({ ...input({}, 'medium'), grade: { level: 'medium', rationale: 'Fear.', by: 'pc', at: AT, referToMarac: true } });
    expect(checkMarac({ now: '2025-03-03T00:00:00Z', victimAge: 30, assessment: referred }).routesMet).toEqual(['professional-judgement']);
  });

  it('the route is configurable per area, and absent from the 2009 policy', () => {
    const high = assessDara(input({}, 'high'));
    expect(checkMarac({ now: '2025-03-03T00:00:00Z', victimAge: 30, assessment: high }, safelives2009Marac).refer).toBe(false);
    const prompting = defineMaracPolicy({
      ...safelivesMarac,
      id: 'dara-prompts',
      gradedHighRisk: { instruments: ['dara'], level: 'high', isReferralRoute: false, basis: 'local' },
    });
    const decision = checkMarac({ now: '2025-03-03T00:00:00Z', victimAge: 30, assessment: high }, prompting);
    expect(decision.routes.find((r) => r.id === 'graded-high-risk')).toMatchObject({ met: true, referral: false });
  });

  it('the core refuses an edition mismatch and a policy for other instruments', () => {
    const policy = defineDaraPolicy({ ...daraConsistency, id: 'other', instruments: ['other-tool'] });
    expect(thrown(() => gradeDara(dara2022Provisional, input({}, 'high'), policy)).code).toBe('policy-not-applicable');
  });
});
