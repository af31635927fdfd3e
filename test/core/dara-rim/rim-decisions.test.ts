import { describe, expect, it } from 'vitest';
import {
  barnardosRimProvisional,
  barnardosRimRules,
  assessRimTrusted,
  applyRimUpliftDecisionTrusted,
  applyRimJudgementTrusted,
  londonCafThresholds,
  type RimInput,
  type RimPolicies,
  type RimResult,
  type RimRulesPolicy,
  type ThresholdOfNeedPolicy,
} from '../../../src/index.js';
import { thrown } from '../../support/errors.js';

const REF = { id: 'barnardos-rim', edition: '2009-provisional' } as const;
const POLICIES: RimPolicies = { rules: barnardosRimRules, needs: londonCafThresholds };

/** A household of two: a 4-year-old at scale 2 (uplift to 3 suggested) and a 12-year-old at scale 3. */
function household(policies: RimPolicies = POLICIES): RimResult {
  const input: RimInput = {
    instrument: REF,
    id: 'rim-1',
    assessedAt: '2025-03-01T10:00:00Z',
    answers: { 'rim-violence-minor-to-moderate-history': { value: 'confirmed' } },
    children: [
      { id: 'young', age: { years: 4 }, specialNeeds: false },
      { id: 'older', age: { years: 12 }, specialNeeds: false, answers: { 'rim-child-caught-up': { value: 'confirmed' } } },
    ],
  };
  return assessRimTrusted(barnardosRimProvisional, input, policies);
}
const accept = (at = '2025-03-01T11:00:00Z', by = 'sw-3') => ({ accept: true, rationale: 'Aged 4 and present.', by, at });
const reject = (at = '2025-03-01T11:00:00Z') => ({ accept: false, rationale: 'Grandparent protects.', by: 'sw-3', at });

describe('deciding a suggested uplift', () => {
  it('accepting raises the child\u2019s final scale to the uplifted one, with its threshold of need, and records who and why', () => {
    const before = household();
    const decided = applyRimUpliftDecisionTrusted(before, 'young', accept(), POLICIES);
    const young = decided.children[0]!;
    expect(young.final).toEqual({ scale: 3, basis: 'uplift' });
    expect(young.uplift).toEqual({ ...before.children[0]!.uplift, decision: 'accepted' });
    expect(young.need).toEqual(londonCafThresholds.scales[2]);
    expect(young.steps).toEqual([
      ...before.children[0]!.steps,
      'Uplift accepted by sw-3 at 2025-03-01T11:00:00Z; the rationale is recorded in the history.',
      'Under london-caf-2009 version 1: Level 3: complex needs. Child in need: children\u2019s services may consider an assessment under Section 17 of the Children Act 1989.',
    ]);
    expect(decided.history).toEqual([
      {
        kind: 'uplift-decision',
        action: 'accepted',
        by: 'sw-3',
        at: '2025-03-01T11:00:00Z',
        from: 2,
        to: 3,
        computed: 2,
        referToMarac: false,
        rationale: 'Aged 4 and present.',
        policy: { id: 'barnardos-rim-rules', version: '2' },
        instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
        subject: 'young',
      },
    ]);
    // The other child is untouched; the household is summarised again.
    expect(decided.children[1]).toBe(before.children[1]);
    expect(decided.household).toMatchObject({ highestFinal: 3, byScale: { 2: 0, 3: 2 }, pendingDecisions: 2 });
    expect(before.household.pendingDecisions).toBe(3);
    for (const part of [decided, decided.children, young, young.uplift, young.steps, decided.history, decided.history[0]]) expect(Object.isFrozen(part)).toBe(true);
  });

  it('rejecting keeps the suggested scale and its need, and is recorded all the same', () => {
    const before = household();
    const decided = applyRimUpliftDecisionTrusted(before, 'young', reject(), POLICIES);
    const young = decided.children[0]!;
    expect(young.final).toEqual({ scale: 2, basis: 'suggested' });
    expect(young.uplift?.decision).toBe('rejected');
    expect(young.need).toEqual(londonCafThresholds.scales[1]);
    expect(young.steps.slice(-2)).toEqual([
      'Uplift rejected by sw-3 at 2025-03-01T11:00:00Z; the rationale is recorded in the history.',
      'Under london-caf-2009 version 1: Level 2: additional needs. A lead professional and integrated support from several agencies (CAF).',
    ]);
    expect(decided.history[0]).toMatchObject({ kind: 'uplift-decision', action: 'rejected', from: 2, to: 2, computed: 2, subject: 'young' });
    expect(decided.household.pendingDecisions).toBe(2);
  });

  it('accepting never lowers a scale a judgement already set higher', () => {
    const judged = applyRimJudgementTrusted(household(), 'young', { scale: 4, rationale: 'Caught up in the last incident.', by: 'sw-1', at: '2025-03-01T10:30:00Z' }, POLICIES);
    const decided = applyRimUpliftDecisionTrusted(judged, 'young', accept(), POLICIES);
    const young = decided.children[0]!;
    expect(young.final).toEqual({ scale: 4, basis: 'judgement' });
    expect(young.uplift?.decision).toBe('accepted');
    expect(young.need?.threshold).toBe('Level 4: acute needs');
    expect(decided.history[1]).toMatchObject({ action: 'accepted', from: 4, to: 4, computed: 2 });
    expect(young.steps.at(-2)).toBe(
      'Uplift accepted by sw-3 at 2025-03-01T11:00:00Z; the rationale is recorded in the history. The scale stays at scale 4 (Severe), set higher by an earlier judgement: accepting an uplift never lowers a scale.',
    );
    // A judgement equal to the uplifted scale is not "higher": accepting records the uplift as the basis.
    const same = applyRimJudgementTrusted(household(), 'young', { scale: 3, rationale: 'Confirmed.', by: 'sw-1', at: '2025-03-01T10:30:00Z' }, POLICIES);
    const sameDecided = applyRimUpliftDecisionTrusted(same, 'young', accept(), POLICIES);
    expect(sameDecided.children[0]!.final).toEqual({ scale: 3, basis: 'uplift' });
    expect(sameDecided.children[0]!.steps.at(-2)).toBe('Uplift accepted by sw-3 at 2025-03-01T11:00:00Z; the rationale is recorded in the history.');
    // Rejecting after a judgement keeps the judgement.
    const rejected = applyRimUpliftDecisionTrusted(judged, 'young', reject(), POLICIES);
    expect(rejected.children[0]!.final).toEqual({ scale: 4, basis: 'judgement' });
    expect(rejected.history[1]).toMatchObject({ action: 'rejected', from: 4, to: 4 });
    // A rejection says only that it was rejected: the judgement's scale was not kept against an accepted uplift.
    expect(rejected.children[0]!.steps.at(-2)).toBe('Uplift rejected by sw-3 at 2025-03-01T11:00:00Z; the rationale is recorded in the history.');
  });

  it('a child with no uplift, or one already decided, has nothing to decide', () => {
    expect(thrown(() => applyRimUpliftDecisionTrusted(household(), 'older', accept(), POLICIES)).issues[0]).toMatchObject({ path: ['childId'], rule: 'no-pending-uplift' });
    const decided = applyRimUpliftDecisionTrusted(household(), 'young', reject(), POLICIES);
    const error = thrown(() => applyRimUpliftDecisionTrusted(decided, 'young', accept('2025-03-01T12:00:00Z'), POLICIES));
    expect(error.code).toBe('judgement-refused');
    expect(error.issues[0]?.rule).toBe('no-pending-uplift');
  });

  it('a decision needs reasons, a practitioner, and a time not before the assessment', () => {
    expect(thrown(() => applyRimUpliftDecisionTrusted(household(), 'young', { ...accept(), rationale: ' ' }, POLICIES)).issues[0]?.path).toEqual(['rationale']);
    expect(thrown(() => applyRimUpliftDecisionTrusted(household(), 'young', accept('2025-03-01T09:00:00Z'), POLICIES)).issues[0]?.rule).toBe('not-before-previous');
  });

  it('a decision for a child not in the assessment, or under other policies, is refused', () => {
    expect(thrown(() => applyRimUpliftDecisionTrusted(household(), 'nobody', accept(), POLICIES)).issues[0]).toMatchObject({ path: ['childId'], rule: 'unknown-child' });
    const otherRules = { rules: { ...barnardosRimRules, version: '99' } as RimRulesPolicy, needs: londonCafThresholds };
    expect(thrown(() => applyRimUpliftDecisionTrusted(household(), 'young', accept(), otherRules)).code).toBe('policy-mismatch');
    const otherNeeds = { rules: barnardosRimRules, needs: { ...londonCafThresholds, id: 'other-needs' } as ThresholdOfNeedPolicy };
    const error = thrown(() => applyRimUpliftDecisionTrusted(household(), 'young', accept(), otherNeeds));
    expect(error.code).toBe('policy-mismatch');
    expect(error.issues[0]?.path[0]).toBe('policy');
    expect(error.issues[0]?.path[1]).toBe('needs');
    expect(thrown(() => applyRimJudgementTrusted(household(), 'young', { scale: 3, rationale: 'r', by: 's', at: '2025-03-01T11:00:00Z' }, otherRules)).issues[0]?.path.slice(0, 2)).toEqual([
      'policy',
      'rules',
    ]);
  });
});

describe('judging a child\u2019s final scale', () => {
  it('raising sets the final scale by judgement, recomputes the need, and records it for that child only', () => {
    const before = household();
    const judged = applyRimJudgementTrusted(before, 'older', { scale: 4, rationale: 'Threats since.', by: 'sw-1', at: '2025-03-01T12:00:00Z' }, POLICIES);
    const older = judged.children[1]!;
    expect(older.final).toEqual({ scale: 4, basis: 'judgement' });
    expect(older.judgement).toEqual({ status: 'recorded', prompt: 'Judgement recorded: scale 4 (Severe). Redo the matrix when risk changes.' });
    expect(older.need?.threshold).toBe('Level 4: acute needs');
    expect(older.steps.slice(-2)).toEqual([
      'Professional judgement by sw-1 at 2025-03-01T12:00:00Z for older raised scale 3 (Serious) to scale 4 (Severe); the rationale is recorded in the history.',
      'Under london-caf-2009 version 1: Level 4: acute needs. Child in need of protection: consider a Section 47 enquiry; the child may become looked after.',
    ]);
    expect(judged.history).toEqual([
      expect.objectContaining({ kind: 'judgement', action: 'raised', from: 3, to: 4, computed: 3, subject: 'older', by: 'sw-1', policy: { id: 'barnardos-rim-rules', version: '2' } }),
    ]);
    expect(judged.children[0]).toBe(before.children[0]);
    expect(judged.household).toMatchObject({ highestFinal: 4, pendingDecisions: 2, byScale: { 3: 0, 4: 1, 2: 1 } });
    expect(Object.isFrozen(older.judgement) && Object.isFrozen(older.final)).toBe(true);
  });

  it('a scale below the suggested one is refused by default', () => {
    const error = thrown(() => applyRimJudgementTrusted(household(), 'older', { scale: 2, rationale: 'Strong network.', by: 'sw-1', at: '2025-03-01T12:00:00Z' }, POLICIES));
    expect(error.issues[0]).toMatchObject({ path: ['scale'], rule: 'lowering-refused' });
    expect(error.message).toMatch(/scale 3 \(Serious\)/);
  });

  it('where the policy allows going below, it needs an authoriser, who is recorded', () => {
    const local: RimPolicies = {
      rules: {
        ...barnardosRimRules,
        id: 'exampleshire-rim',
        basis: 'local',
        judgement: { lowering: 'allowed-with-rationale', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'local' }, basis: 'local' },
      } as RimRulesPolicy,
      needs: londonCafThresholds,
    };
    const result = household(local);
    const lowering = { scale: 2 as const, rationale: 'Strong network.', by: 'sw-1', at: '2025-03-01T12:00:00Z' };
    expect(thrown(() => applyRimJudgementTrusted(result, 'older', lowering, local)).issues[0]?.rule).toBe('authoriser-required');
    const lowered = applyRimJudgementTrusted(result, 'older', { ...lowering, authorisedBy: 'tm-2' }, local);
    expect(lowered.children[1]!.final).toEqual({ scale: 2, basis: 'judgement' });
    expect(lowered.history[0]).toMatchObject({ action: 'lowered', from: 3, to: 2, authorisedBy: 'tm-2', policy: { id: 'exampleshire-rim', version: '2' } });
  });

  it('a confirmation at the suggested scale is a judgement too, and a later one starts from it', () => {
    const confirmed = applyRimJudgementTrusted(household(), 'older', { scale: 3, rationale: 'Agreed.', by: 'sw-1', at: '2025-03-01T12:00:00Z' }, POLICIES);
    expect(confirmed.children[1]!.final).toEqual({ scale: 3, basis: 'judgement' });
    const raised = applyRimJudgementTrusted(confirmed, 'older', { scale: 4, rationale: 'New threats.', by: 'sw-2', at: '2025-03-02T12:00:00Z' }, POLICIES);
    expect(raised.history.map((event) => [event.from, event.to])).toEqual([
      [3, 3],
      [3, 4],
    ]);
    expect(thrown(() => applyRimJudgementTrusted(raised, 'older', { scale: 4, rationale: 'r', by: 'sw-2', at: '2025-03-02T11:00:00Z' }, POLICIES)).issues[0]?.rule).toBe(
      'not-before-previous',
    );
  });
});
