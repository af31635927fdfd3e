import { describe, expect, it } from 'vitest';
import { answersFromItems, daraInputOf, replayChecklist, rimInputOf } from '../../../src/core/replay.js';
import {
  barnardosRimProvisional,
  barnardosRimRules,
  assessRimTrusted,
  commonLocalBands,
  dara2022Provisional,
  daraConsistency,
  dashRic2009,
  applyRimUpliftDecisionTrusted,
  assessDaraTrusted,
  applyRimJudgementTrusted,
  londonCafThresholds,
  sDash2009,
  assessTrusted,
  type AuditEvent,
  type DaraResult,
  type Instrument,
  type RimInput,
  type RimPolicies,
  type RimResult,
  type RimRulesPolicy,
  type ThresholdOfNeedPolicy,
} from '../../../src/index.js';
import { thrown } from '../../support/errors.js';

const POLICIES: RimPolicies = { rules: barnardosRimRules, needs: londonCafThresholds };
const REF = { id: 'barnardos-rim', edition: '2009-provisional' } as const;
const rim = (children: RimInput['children'], answers: RimInput['answers'] = {}, instrument: Instrument = barnardosRimProvisional, policies = POLICIES) =>
  assessRimTrusted(instrument, { instrument: REF, assessedAt: '2025-03-01T10:00:00Z', answers, children }, policies);
/** The error's code with its first issue. */
const issue = (fn: () => unknown) => {
  const error = thrown(fn);
  return { code: error.code, ...error.issues[0] };
};

describe('RIM errors say what is wrong, at the place it is wrong', () => {
  it('a child\u2019s date of birth, age, answers and id', () => {
    expect(issue(() => rim([{ id: 'a', dateOfBirth: '2024-02-30', specialNeeds: false }]))).toMatchObject({
      code: 'invalid-input',
      message: 'must be a calendar date written YYYY-MM-DD',
    });
    expect(issue(() => rim([{ id: 'a', dateOfBirth: '2025-03-02', specialNeeds: false }]))).toMatchObject({ code: 'invalid-input', message: 'is after the assessment date' });
    expect(issue(() => rim([{ id: 'a', specialNeeds: false } as never]))).toMatchObject({ code: 'invalid-input', message: 'needs a date of birth or an age' });
    expect(issue(() => rim([{ id: 'a', age: { years: 3 }, specialNeeds: false, answers: { 'rim-child-aware': { value: 'absent' } } }], { 'rim-child-aware': { value: 'absent' } }))).toMatchObject({
      code: 'invalid-input',
      message: 'is answered both for the household and for the child',
    });
    expect(issue(() => rim([]))).toMatchObject({ code: 'invalid-input', message: 'must have at least 1 entries' });
    expect(issue(() => rim([{ id: 'a', age: { years: 3 }, specialNeeds: false }, { id: 'a', age: { years: 4 }, specialNeeds: false }]))).toEqual({
      code: 'invalid-input',
      path: ['children', 1, 'id'],
      rule: 'duplicate-id',
      message: 'is used for more than one child',
    });
  });

  it('an instrument or policy that does not fit', () => {
    const notMatrix = { ...barnardosRimProvisional, scoring: 'yes-count' } as unknown as Instrument;
    expect(issue(() => rim([{ id: 'a', age: { years: 3 }, specialNeeds: false }], {}, notMatrix))).toMatchObject({
      code: 'invalid-input',
      message: 'names an instrument that is not a risk matrix',
    });
    const other = { rules: { ...barnardosRimRules, instruments: ['x'] } as RimRulesPolicy, needs: londonCafThresholds };
    expect(issue(() => rim([{ id: 'a', age: { years: 3 }, specialNeeds: false }], {}, barnardosRimProvisional, other))).toMatchObject({
      code: 'policy-not-applicable',
      path: ['policy', 'instruments'],
      rule: 'policy-not-applicable',
      message: 'the RIM policy does not cover this instrument',
    });
  });

  it('a decision on a result: the policies, the child, the uplift', () => {
    const result = rim([{ id: 'a', age: { years: 12 }, specialNeeds: false }], { 'rim-violence-minor-incidents': { value: 'confirmed' } });
    const decision = { accept: true, rationale: 'r', by: 's', at: '2025-03-01T11:00:00Z' };
    const rules = issue(() => applyRimUpliftDecisionTrusted(result, 'a', decision, { rules: { ...barnardosRimRules, version: '9' } as RimRulesPolicy, needs: londonCafThresholds }));
    expect(rules.path).toEqual(['policy', 'rules']);
    expect(rules.message).toMatch(/^the result was produced under a different RIM policy /);
    const needs = issue(() => applyRimJudgementTrusted(result, 'a', { scale: 2, ...decision }, { rules: barnardosRimRules, needs: { ...londonCafThresholds, version: '9' } as ThresholdOfNeedPolicy }));
    expect(needs.path).toEqual(['policy', 'needs']);
    expect(needs.message).toMatch(/^the result was produced under a different threshold-of-need policy /);
    expect(issue(() => applyRimJudgementTrusted(result, 'b', { scale: 2, ...decision }, POLICIES))).toEqual({
      code: 'invalid-input',
      path: ['childId'],
      rule: 'unknown-child',
      message: 'names no child of this assessment',
    });
    expect(issue(() => applyRimUpliftDecisionTrusted(result, 'a', decision, POLICIES))).toEqual({
      code: 'judgement-refused',
      path: ['childId'],
      rule: 'no-pending-uplift',
      message: 'has no uplift waiting for a decision',
    });
  });
});

describe('replay errors say which part of a stored result cannot be read back', () => {
  const dash = assessTrusted(dashRic2009, { instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes' } } }, commonLocalBands);

  it('item lists that do not name each item once, or an answer the item does not allow', () => {
    const twice = { ...dash.items, no: ['strangulation'] };
    expect(issue(() => answersFromItems(dashRic2009, twice, []))).toMatchObject({ code: 'inconsistent-result', message: 'must name each item of the edition once, in one list' });
    const missing = { ...dash.items, unanswered: [] };
    expect(issue(() => answersFromItems(dashRic2009, missing, []))).toMatchObject({ code: 'inconsistent-result', message: 'must name each item of the edition once, in one list' });
    const ids = sDash2009.items.map((item) => item.id);
    expect(issue(() => answersFromItems(sDash2009, { yes: [], no: ids.slice(1), dontKnow: [ids[0]!], declined: [], unanswered: [] }, []))).toEqual({
      code: 'inconsistent-result',
      path: ['items', 'dontKnow', 0],
      rule: 'inconsistent-result',
      message: 'records an answer this item does not allow',
    });
  });

  it('free text or indicators named wrongly', () => {
    const dara = assessDaraTrusted(
      dara2022Provisional,
      { instrument: { id: 'dara', edition: '2022-provisional' }, answers: {}, grade: { level: 'high', rationale: 'r', by: 'p', at: '2025-03-01T22:00:00Z' } },
      daraConsistency,
    );
    expect(issue(() => daraInputOf(dara2022Provisional, { ...dara, textAnswered: ['weapons'] } as DaraResult))).toEqual({
      code: 'inconsistent-result',
      path: ['textAnswered', 0],
      rule: 'inconsistent-result',
      message: 'must name free-text items of the edition, once each',
    });
    const result = rim([{ id: 'a', age: { years: 12 }, specialNeeds: false }]);
    const broken = { ...result, children: [{ ...result.children[0]!, absent: ['not-an-indicator'] }] } as RimResult;
    expect(issue(() => rimInputOf(barnardosRimProvisional, broken))).toEqual({
      code: 'inconsistent-result',
      path: ['children', 0, 'absent', 0],
      rule: 'inconsistent-result',
      message: 'must name indicators of the edition, once each',
    });
  });

  it('a decision that cannot be made again', () => {
    const event = { kind: 'uplift-decision', action: 'accepted', by: 'p', at: '2025-03-01T11:00:00Z', from: 1, to: 2, computed: 1, referToMarac: false, rationale: 'r' } as unknown as AuditEvent;
    const error = thrown(() => replayChecklist(dashRic2009, { instrument: { id: 'dash-ric', edition: '2009' }, answers: {} }, commonLocalBands, [event]));
    expect(error.code).toBe('inconsistent-result');
    expect(error.issues).toEqual([
      { path: ['history', 0], rule: 'decision-not-reproducible', message: 'records a decision the policy, the result or the order of decisions would not allow' },
    ]);
  });
});
