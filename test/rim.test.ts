import { describe, expect, it } from 'vitest';
import {
  applyRimJudgement,
  applyRimUpliftDecision,
  assessRim,
  barnardosRimRules,
  defineRimPolicy,
  defineThresholdOfNeedPolicy,
  londonCafThresholds,
  type RimInput,
} from '../src/index.js';
import { thrown } from './support/errors.js';
import { deepFrozen, viaJson } from './support/fixtures.js';

const REF = { id: 'barnardos-rim', edition: '2009-provisional' } as const;

function household(answers: Record<string, string>, children: RimInput['children'], extra: Partial<RimInput> = {}): RimInput {
  return {
    instrument: REF,
    assessedAt: '2025-03-01T10:00:00Z',
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
    children,
    ...extra,
  };
}

const OLDER = { id: 'older', age: { years: 12 }, specialNeeds: false };

describe('suggested scale', () => {
  it('is the highest scale with a confirmed indicator', () => {
    const result = assessRim(
      household({ 'rim-violence-minor-incidents': 'confirmed', 'rim-perpetrator-substance-misuse': 'confirmed' }, [OLDER]),
    );
    const child = result.children[0]!;
    expect(child.highestConfirmed).toBe(3);
    expect(child.suggested).toBe(3);
    expect(child.final).toEqual({ scale: 3, basis: 'suggested' });
    expect(child.need?.threshold).toBe('Level 3: complex needs');
    expect(child.need?.response).toMatch(/Section 17/);
    expect(deepFrozen(result)).toBe(true);
  });

  it('suspected indicators above it are flagged for judgement, not counted', () => {
    const result = assessRim(
      household({ 'rim-violence-minor-to-moderate-history': 'confirmed', 'rim-perpetrator-threats-to-kill': 'suspected', 'rim-child-aware': 'suspected' }, [OLDER]),
    );
    const child = result.children[0]!;
    expect(child.suggested).toBe(2);
    expect(child.suspectedAbove).toEqual([{ item: 'rim-perpetrator-threats-to-kill', scale: 4 }]);
    expect(child.steps.join(' ')).toMatch(/Suspected above that scale, for judgement/);
  });

  it('nothing confirmed suggests no scale, and says so', () => {
    const child = assessRim(household({ 'rim-violence-minor-incidents': 'absent' }, [OLDER])).children[0]!;
    expect(child.suggested).toBeNull();
    expect(child.need).toBeNull();
    expect(child.steps[0]).toMatch(/No risk indicator is confirmed/);
  });
});

describe('uplift for a child under 7 or with special needs (a suggestion, decided by the practitioner)', () => {
  it.each([
    [2, 'rim-violence-minor-to-moderate-history', 3],
    [3, 'rim-violence-serious-or-persistent', 4],
  ] as const)('scale %i is suggested up to the next', (from, item, to) => {
    const result = assessRim(household({ [item]: 'confirmed' }, [{ id: 'young', age: { years: 6, months: 11 }, specialNeeds: false }]));
    const child = result.children[0]!;
    expect(child.uplift).toMatchObject({ from, to, decision: 'pending' });
    expect(child.final.scale).toBe(from);
  });

  it('special needs at any age, but never from scale 1 or 4, and not at 7', () => {
    const needs = assessRim(household({ 'rim-violence-serious-or-persistent': 'confirmed' }, [{ id: 'c', age: { years: 14 }, specialNeeds: true }]));
    expect(needs.children[0]!.uplift?.to).toBe(4);
    const seven = assessRim(household({ 'rim-violence-serious-or-persistent': 'confirmed' }, [{ id: 'c', age: { years: 7 }, specialNeeds: false }]));
    expect(seven.children[0]!.uplift).toBeNull();
    const one = assessRim(household({ 'rim-violence-minor-incidents': 'confirmed' }, [{ id: 'c', age: { years: 3 }, specialNeeds: false }]));
    expect(one.children[0]!.uplift).toBeNull();
    expect(one.children[0]!.steps.join(' ')).toMatch(/at scale 1 the matrix notes a higher risk only/);
    const four = assessRim(household({ 'rim-violence-severe-life-threatening': 'confirmed' }, [{ id: 'c', age: { years: 3 }, specialNeeds: true }]));
    expect(four.children[0]!.uplift).toBeNull();
  });

  it('accepting sets the final scale and records the decision; rejecting keeps it, also recorded', () => {
    const result = assessRim(household({ 'rim-violence-minor-to-moderate-history': 'confirmed' }, [{ id: 'young', age: { years: 4 }, specialNeeds: false }]));
    const accepted = applyRimUpliftDecision(viaJson(result), 'young', { accept: true, rationale: 'Aged 4 and present.', by: 'sw-3', at: '2025-03-01T11:00:00Z' });
    expect(accepted.children[0]!.final).toEqual({ scale: 3, basis: 'uplift' });
    expect(accepted.children[0]!.uplift?.decision).toBe('accepted');
    expect(accepted.history[0]).toMatchObject({ kind: 'uplift-decision', action: 'accepted', from: 2, to: 3, subject: 'young' });
    const rejected = applyRimUpliftDecision(result, 'young', { accept: false, rationale: 'Grandparent protects.', by: 'sw-3', at: '2025-03-01T11:00:00Z' });
    expect(rejected.children[0]!.final).toEqual({ scale: 2, basis: 'suggested' });
    expect(rejected.history[0]).toMatchObject({ action: 'rejected', from: 2, to: 2 });
    expect(thrown(() => applyRimUpliftDecision(accepted, 'young', { accept: true, rationale: 'r', by: 's', at: '2025-03-01T12:00:00Z' })).issues[0]?.rule).toBe(
      'no-pending-uplift',
    );
    expect(thrown(() => applyRimUpliftDecision(result, 'young', { accept: true, rationale: '', by: 's', at: '2025-03-01T12:00:00Z' })).issues[0]?.path).toEqual([
      'rationale',
    ]);
  });
});

describe('pregnancy or a baby under 12 months', () => {
  it('with any incident suggests scale 4', () => {
    const baby = assessRim(household({ 'rim-violence-minor-incidents': 'confirmed' }, [{ id: 'baby', dateOfBirth: '2024-06-15', specialNeeds: false }]));
    expect(baby.children[0]!).toMatchObject({ baby: true, pregnancyRule: true, suggested: 4, age: { years: 0, months: 8 } });
    const pregnant = assessRim(household({ 'rim-violence-minor-incidents': 'confirmed' }, [OLDER], { pregnancy: true }));
    expect(pregnant.children[0]!.suggested).toBe(4);
    expect(pregnant.children[0]!.need?.response).toMatch(/Section 47/);
  });

  it('a baby of exactly 12 months, or no incident, does not', () => {
    const twelve = assessRim(household({ 'rim-violence-minor-incidents': 'confirmed' }, [{ id: 'b', dateOfBirth: '2024-03-01', specialNeeds: false }]));
    expect(twelve.children[0]!).toMatchObject({ baby: false, suggested: 1 });
    const noIncident = assessRim(household({ 'rim-child-aware': 'confirmed' }, [OLDER], { pregnancy: true }));
    expect(noIncident.children[0]!.suggested).toBe(1);
    expect(noIncident.children[0]!.steps.join(' ')).toMatch(/no incident of violence is confirmed/);
  });
});

describe('protective factors and the final scale', () => {
  it('protective factors are recorded; going below the suggested scale is refused by default, and a local policy may allow it with reasons and an authoriser', () => {
    const result = assessRim(household({ 'rim-violence-serious-or-persistent': 'confirmed', 'rim-protective-network': 'confirmed' }, [OLDER]));
    const child = result.children[0]!;
    expect(child.protectiveFactors).toEqual(['rim-protective-network']);
    expect(child.suggested).toBe(3);
    const lowering = { scale: 2, rationale: 'Strong family network.', by: 'sw-1', at: '2025-03-01T12:00:00Z' };
    expect(barnardosRimRules.judgement).toMatchObject({ lowering: 'refused', basis: 'library-default' });
    expect(thrown(() => applyRimJudgement(result, 'older', lowering)).issues[0]).toMatchObject({ path: ['scale'], rule: 'lowering-refused' });
    const local = defineRimPolicy({
      ...barnardosRimRules,
      id: 'exampleshire-rim',
      basis: 'local',
      judgement: { lowering: 'allowed-with-rationale', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'local' }, basis: 'local' },
    });
    const policies = { rules: local, needs: londonCafThresholds };
    const underLocal = assessRim(household({ 'rim-violence-serious-or-persistent': 'confirmed', 'rim-protective-network': 'confirmed' }, [OLDER]), { policies });
    expect(thrown(() => applyRimJudgement(underLocal, 'older', lowering, policies)).issues[0]).toMatchObject({ rule: 'authoriser-required' });
    const lowered = applyRimJudgement(underLocal, 'older', { ...lowering, authorisedBy: 'tm-4' }, policies);
    expect(lowered.children[0]!.final).toEqual({ scale: 2, basis: 'judgement' });
    expect(lowered.children[0]!.need?.threshold).toBe('Level 2: additional needs');
    expect(lowered.history[0]).toMatchObject({ action: 'lowered', from: 3, to: 2, computed: 3, subject: 'older', authorisedBy: 'tm-4' });
  });

  it('an area substitutes its own threshold document', () => {
    const local = defineThresholdOfNeedPolicy({
      ...londonCafThresholds,
      id: 'exampleshire-thresholds',
      version: '2024.1',
      scales: londonCafThresholds.scales.map((s) => ({ ...s, threshold: `Exampleshire level ${s.scale}` })),
    });
    const result = assessRim(household({ 'rim-violence-serious-or-persistent': 'confirmed' }, [OLDER]), { policies: { rules: barnardosRimRules, needs: local } });
    expect(result.children[0]!.need?.threshold).toBe('Exampleshire level 3');
    expect(result.needPolicy).toMatchObject({ id: 'exampleshire-thresholds', version: '2024.1' });
  });
});

describe('households', () => {
  it('one result per child and a household summary', () => {
    const result = assessRim(
      household({ 'rim-violence-minor-to-moderate-history': 'confirmed' }, [
        { id: 'a', age: { years: 3 }, specialNeeds: false },
        { id: 'b', age: { years: 10 }, specialNeeds: false, answers: { 'rim-child-harmed-or-threatened': { value: 'confirmed' } } },
      ]),
    );
    expect(result.children.map((c) => [c.childId, c.suggested])).toEqual([
      ['a', 2],
      ['b', 4],
    ]);
    expect(result.household).toMatchObject({ children: 2, highestFinal: 4, byScale: { 1: 0, 2: 1, 3: 0, 4: 1, none: 0 }, pendingDecisions: 3 });
  });

  it('bad input: an indicator answered twice, no age or both, a birth after the assessment, duplicate ids, unknown indicators', () => {
    const twice = household({ 'rim-child-aware': 'confirmed' }, [{ ...OLDER, answers: { 'rim-child-aware': { value: 'absent' } } }]);
    expect(thrown(() => assessRim(twice)).issues[0]).toMatchObject({ path: ['children', 0, 'answers', 'rim-child-aware'], rule: 'answered-twice' });
    expect(thrown(() => assessRim(household({}, [{ id: 'x', specialNeeds: false }]))).issues[0]?.rule).toBe('one-age');
    expect(thrown(() => assessRim(household({}, [{ id: 'x', specialNeeds: false, age: { years: 2 }, dateOfBirth: '2023-01-01' }]))).issues[0]?.rule).toBe(
      'one-age',
    );
    expect(thrown(() => assessRim(household({}, [{ id: 'x', specialNeeds: false, dateOfBirth: '2025-06-01' }]))).issues[0]?.rule).toBe(
      'not-after-assessment',
    );
    expect(thrown(() => assessRim(household({}, [OLDER, OLDER]))).issues[0]?.rule).toBe('duplicate-id');
    expect(thrown(() => assessRim(household({ 'rim-unknown': 'confirmed' }, [OLDER]))).issues[0]?.rule).toBe('unknown-item');
    expect(thrown(() => assessRim(household({ 'rim-child-aware': 'yes' }, [OLDER]))).issues[0]?.rule).toBe('one-of');
    expect(thrown(() => assessRim(household({}, []))).issues[0]?.rule).toBe('too-few');
    expect(thrown(() => assessRim(household({}, [{ id: 'x', specialNeeds: false, dateOfBirth: '2023-02-30' }]))).issues[0]?.path).toEqual([
      'children',
      0,
      'dateOfBirth',
    ]);
  });

  it('an unknown child in a decision is an error', () => {
    const result = assessRim(household({}, [OLDER]));
    expect(thrown(() => applyRimJudgement(result, 'nobody', { scale: 2, rationale: 'r', by: 's', at: '2025-03-01T12:00:00Z' })).issues[0]?.rule).toBe(
      'unknown-child',
    );
  });
});
