/**
 * One rule for policy arguments on stored results: a function that records a
 * decision on a result (applyJudgement, applyDaraRegrade, applyRimJudgement,
 * applyRimUpliftDecision) reads it under the policy the result names unless
 * the caller passes one; a different policy is refused, never used.
 */
import { describe, expect, it } from 'vitest';
import {
  applyDaraRegrade,
  applyJudgement,
  applyRimJudgement,
  applyRimUpliftDecision,
  assess,
  assessDara,
  assessRim,
  assessTrusted,
  commonLocalBands,
  dashRic2009,
  retiredPolicies,
  type ScoringPolicy,
  daraConsistency,
  defineDaraPolicy,
  defineScoringPolicy,
} from '../../src/index.js';
import { thrown } from '../support/errors.js';
import { inputWithYes, viaJson } from '../support/fixtures.js';

const AT = '2025-03-02T10:00:00Z';
const raise = { level: 'high', rationale: 'Strangulation last week.', by: 'idva-7', at: AT } as const;
const localBands = defineScoringPolicy({ ...commonLocalBands, id: 'exampleshire-bands', version: '3', basis: 'local', title: 'Exampleshire bands' });

function checklist(policy = commonLocalBands) {
  return assess({ ...inputWithYes(4), assessedAt: '2025-03-01T09:00:00Z' }, { policy });
}

describe('policy arguments: the result names its policy', () => {
  it('applyJudgement without a policy reads a stored result under the shipped policy it names, as if it were passed', () => {
    const stored = viaJson(checklist());
    const implicit = applyJudgement(stored, raise);
    expect(viaJson(implicit)).toEqual(viaJson(applyJudgement(stored, raise, commonLocalBands)));
    expect(implicit.policy).toMatchObject({ id: commonLocalBands.id, version: commonLocalBands.version });
    expect(implicit.final.level).toBe('high');
  });

  it('a result made in this process under a local policy remembers it', () => {
    const judged = applyJudgement(checklist(localBands), raise);
    expect(judged.policy).toMatchObject({ id: 'exampleshire-bands', version: '3' });
    // And the judged result remembers it too, for the next decision.
    expect(applyJudgement(judged, { ...raise, at: '2025-03-03T10:00:00Z', rationale: 'Reviewed: still high.' }).policy).toMatchObject({ id: 'exampleshire-bands' });
  });

  it('a stored result under a local policy needs the policy from somewhere: unknown-policy names the field, options.policies supplies it', () => {
    const stored = viaJson(checklist(localBands));
    const error = thrown(() => applyJudgement(stored, raise));
    expect(error.code).toBe('unknown-policy');
    expect(error.issues[0]?.path).toEqual(['policy']);
    expect(applyJudgement(stored, raise, undefined, { policies: [localBands] }).final.level).toBe('high');
  });

  it('a policy other than the one the result names is refused, never used', () => {
    expect(thrown(() => applyJudgement(checklist(), raise, localBands)).code).toBe('policy-mismatch');
    expect(thrown(() => applyJudgement(viaJson(checklist()), raise, localBands)).code).toBe('policy-mismatch');
    // A stored result naming a policy that is not passed cannot be read at all.
    expect(thrown(() => applyJudgement(viaJson(checklist(localBands)), raise, commonLocalBands)).code).toBe('unknown-policy');
  });

  it('applyDaraRegrade reads a DARA result under the DARA policy it names', () => {
    const local = defineDaraPolicy({ ...daraConsistency, id: 'exampleshire-dara', version: '1', basis: 'local', title: 'Exampleshire DARA' });
    const input = {
      instrument: { id: 'dara', edition: '2022-provisional' },
      assessedAt: '2025-03-01T21:40:00Z',
      answers: {},
      grade: { level: 'standard', rationale: 'Officer\u2019s reasons.', by: 'pc-881', at: '2025-03-01T21:45:00Z' },
    } as const;
    const made = assessDara(input, { policy: local });
    expect(applyDaraRegrade(made, raise).policy).toMatchObject({ id: 'exampleshire-dara' });
    expect(thrown(() => applyDaraRegrade(viaJson(made), raise)).code).toBe('unknown-policy');
    expect(applyDaraRegrade(viaJson(made), raise, undefined, { policies: [local] }).final.level).toBe('high');
    expect(thrown(() => applyDaraRegrade(made, raise, daraConsistency)).code).toBe('policy-mismatch');
  });

  it('applyRimJudgement and applyRimUpliftDecision read a stored RIM result under the policies it names', () => {
    const stored = viaJson(
      assessRim({
        instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
        assessedAt: '2025-03-01T10:00:00Z',
        answers: { 'rim-violence-minor-to-moderate-history': { value: 'confirmed' } },
        children: [{ id: 'c1', age: { years: 4 }, specialNeeds: false }],
      }),
    );
    const judged = applyRimJudgement(stored, 'c1', { scale: 4, rationale: 'Confirmed at strategy discussion.', by: 'sw-4', at: AT });
    expect(judged.children[0]?.final.scale).toBe(4);
    expect(judged.policy).toEqual(stored.policy);
    const decided = applyRimUpliftDecision(stored, 'c1', { accept: false, rationale: 'Protective grandparent lives in.', by: 'sw-4', at: AT });
    expect(decided.children[0]?.uplift?.decision).toBe('rejected');
    expect(decided.policy).toEqual(stored.policy);
  });
});

describe('a policy is its rules, not only its id and version', () => {
  const laxLowering = {
    ...viaJson(commonLocalBands),
    judgement: {
      lowering: 'allowed-with-rationale',
      authorisation: { anotherPractitionersLevel: false, belowComputed: false, basis: 'local' },
      basis: 'local',
    },
  };

  it('rule: a policy that takes a shipped id and version with other rules is refused when defined', () => {
    const error = thrown(() => defineScoringPolicy(laxLowering));
    expect(error.code).toBe('invalid-definition');
    expect(error.issues[0]).toMatchObject({ path: ['version'], rule: 'shipped-policy-changed' });
    // Other bands under the shipped name too; an exact copy is the shipped policy and is accepted.
    expect(thrown(() => defineScoringPolicy({ ...viaJson(commonLocalBands), bands: [{ level: 'standard', min: 0 }, { level: 'medium', min: 12 }, { level: 'high', min: 20 }] })).issues[0]?.rule).toBe(
      'shipped-policy-changed',
    );
    expect(defineScoringPolicy(viaJson(commonLocalBands)).id).toBe(commonLocalBands.id);
    expect(thrown(() => defineDaraPolicy({ ...viaJson(daraConsistency), consistency: [] })).issues[0]?.rule).toBe('shipped-policy-changed');
  });

  it('rule: a judgement under a policy with other rules than the result was made under is refused, even with the same id and version', () => {
    const local = defineScoringPolicy({ ...laxLowering, id: 'exampleshire-bands', version: '3', basis: 'local', title: 'Exampleshire bands' });
    const strict = defineScoringPolicy({ ...viaJson(commonLocalBands), id: 'exampleshire-bands', version: '3', basis: 'local', title: 'Exampleshire bands' });
    const high = assess({ ...inputWithYes(16), assessedAt: '2025-03-01T09:00:00Z' }, { policy: strict });
    expect(high.final.level).toBe('high');
    const lower = { level: 'standard', rationale: 'Reviewed.', by: 'idva-9', at: AT } as const;
    const error = thrown(() => applyJudgement(high, lower, local));
    expect(error.code).toBe('policy-mismatch');
    expect(applyJudgement(high, raise, strict).final.level).toBe('high');
  });

  it('rule: without a policy, a decision is never recorded under a superseded version the result names', () => {
    const retired = retiredPolicies.find((entry) => entry.policy.kind === 'scoring')!.policy as ScoringPolicy;
    const stored = viaJson(assessTrusted(dashRic2009, { ...inputWithYes(4), assessedAt: '2025-03-01T09:00:00Z' }, retired));
    const error = thrown(() => applyJudgement(stored, { ...raise, at: '2025-03-03T10:00:00Z' }));
    expect(error.code).toBe('policy-not-applicable');
    expect(error.issues[0]).toMatchObject({ path: ['policy'], rule: 'policy-retired' });
    // Passed on purpose, it is used as before.
    expect(applyJudgement(stored, { ...raise, at: '2025-03-03T10:00:00Z' }, retired).policy).toMatchObject({ id: retired.id, version: retired.version });
  });
});
