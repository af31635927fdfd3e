import { describe, expect, it } from 'vitest';
import { checkSafetyPlan, type CaseClosure, type SafetyAction, type SafetyPlan } from '../../../src/index.js';
import { caseOf, dashAt, incident } from '../../support/cases.js';
import { deepFrozen } from '../../support/fixtures.js';
import { daraAt, rimAt, SEVERE } from './support.js';

// February: London time is UTC.
const NOW = '2025-02-20T12:00:00Z';
const HIGH = dashAt('a-h', '2025-02-01T00:00:00Z', 'high');
const MEDIUM = dashAt('a-m', '2025-02-02T00:00:00Z', 'medium');
const plan = (updatedAt: string, ...types: SafetyAction['type'][]): SafetyPlan => ({ updatedAt, actions: types.map((type) => ({ type })) });
const closure = (date: string): CaseClosure => ({ date, by: 'idva-lead-1', rationale: 'Victim moved away; plan complete.' });
const check = (parts: Parameters<typeof caseOf>[0], now = NOW) => checkSafetyPlan(caseOf(parts), now);
const flagIds = (parts: Parameters<typeof caseOf>[0], now = NOW) => check(parts, now).flags.map((flag) => flag.id);

describe('a case is high risk when the level that governs its episode is high, or a child is at RIM scale 4 in it', () => {
  it('a high level governs: high risk, naming the assessment', () => {
    const result = check({ assessments: [HIGH, daraAt('d', '2025-02-10T00:00:00Z', 'standard')] });
    expect(result.highRisk).toBe(true);
    expect(result.highRiskReason).toBe('High risk: the governing level of the episode is high (assessment a-h, 2025-02-01T00:00:00Z).');
    expect(result.episode.governing).toMatchObject({ assessmentId: 'a-h' });
  });

  it('a medium level governs: not shown as high risk, naming the level and assessment', () => {
    const result = check({ assessments: [MEDIUM] });
    expect(result.highRisk).toBe(false);
    expect(result.highRiskReason).toBe('Not shown as high risk: the governing level of the episode is medium (assessment a-m).');
  });

  it('no assessment with a level in the episode: not shown as high risk, and says so', () => {
    const result = check({});
    expect(result.highRisk).toBe(false);
    expect(result.highRiskReason).toBe('Not shown as high risk: no assessment with a level is in the episode.');
    expect(check({ assessments: [rimAt('rim', '2025-02-01T00:00:00Z', [])] }).highRiskReason).toBe('Not shown as high risk: no assessment with a level is in the episode.');
  });

  it('a child at RIM scale 4 makes the case high risk whatever the level; the latest such RIM is named', () => {
    const result = check({ assessments: [MEDIUM, rimAt('rim-1', '2025-02-05T00:00:00Z', [SEVERE]), rimAt('rim-2', '2025-02-06T00:00:00Z', [SEVERE]), rimAt('rim-3', '2025-02-07T00:00:00Z', [])] });
    expect(result.highRisk).toBe(true);
    expect(result.highRiskReason).toBe('High risk: a child is at RIM scale 4 (assessment rim-2, 2025-02-06T00:00:00Z).');
  });

  it('a child at RIM scale 3 does not make the case high risk', () => {
    expect(check({ assessments: [rimAt('rim', '2025-02-05T00:00:00Z', ['rim-violence-serious-or-persistent'])] }).highRisk).toBe(false);
  });

  it('a high level is named before a RIM', () => {
    expect(check({ assessments: [HIGH, rimAt('rim', '2025-02-05T00:00:00Z', [SEVERE])] }).highRiskReason).toMatch(/^High risk: the governing level of the episode is high/);
  });

  it('assessments before the last closure no longer make the case high risk', () => {
    const result = check({ assessments: [HIGH, rimAt('rim', '2025-02-01T00:00:00Z', [SEVERE])], closures: [closure('2025-02-10T00:00:00Z')] });
    expect(result.highRisk).toBe(false);
    expect(result.highRiskReason).toBe('Not shown as high risk: no assessment with a level is in the episode.');
  });
});

describe('the plan is checked against the RARA model', () => {
  it('a high-risk case with no plan is flagged; a case not shown as high risk with no plan is not', () => {
    const none = check({ assessments: [HIGH] });
    expect(none.flags).toEqual([{ id: 'no-plan', reason: 'A high-risk case has no safety plan.' }]);
    expect(none.reasons.slice(0, 3)).toEqual([none.highRiskReason, 'No safety plan is recorded.', 'A high-risk case has no safety plan.']);
    expect(none.actions).toEqual({ remove: 0, avoid: 0, reduce: 0, accept: 0 });
    const medium = check({ assessments: [MEDIUM] });
    expect(medium.flags).toEqual([]);
    expect(medium.reasons.slice(0, 2)).toEqual([medium.highRiskReason, 'No safety plan is recorded.']);
  });

  it('a plan with no actions is flagged, high risk or not', () => {
    expect(flagIds({ assessments: [MEDIUM], safetyPlan: plan('2025-02-03T00:00:00Z') })).toEqual(['empty-plan']);
    const high = check({ assessments: [HIGH], safetyPlan: plan('2025-02-03T00:00:00Z') });
    expect(high.flags).toEqual([{ id: 'empty-plan', reason: 'The safety plan has no actions.' }]);
  });

  it('a high-risk plan whose every action accepts the risk is flagged; one accept among others is not', () => {
    const only = check({ assessments: [HIGH], safetyPlan: plan('2025-02-03T00:00:00Z', 'accept') });
    expect(only.flags.map((flag) => flag.id)).toEqual(['only-accepts-risk']);
    expect(only.flags[0]!.reason).toMatch(/^Every action of a high-risk case\u2019s plan accepts the risk/);
    expect(flagIds({ assessments: [HIGH], safetyPlan: plan('2025-02-03T00:00:00Z', 'accept', 'reduce', 'accept') })).toEqual([]);
    expect(flagIds({ assessments: [MEDIUM], safetyPlan: plan('2025-02-03T00:00:00Z', 'accept') })).toEqual([]);
  });

  it('counts the actions by RARA type, and says so', () => {
    const result = check({ assessments: [MEDIUM], safetyPlan: plan('2025-02-03T00:00:00Z', 'remove', 'avoid', 'avoid', 'reduce', 'reduce', 'reduce', 'accept') });
    expect(result.actions).toEqual({ remove: 1, avoid: 2, reduce: 3, accept: 1 });
    expect(result.reasons[1]).toBe('Safety plan: 1 remove, 2 avoid, 3 reduce, 1 accept.');
    expect(deepFrozen(result)).toBe(true);
  });
});

describe('a plan last updated before the latest trigger event is flagged for review', () => {
  const release = (date: string) => ({ type: 'released-from-custody' as const, date });

  it('an event after the update is flagged, naming both dates; one at the same instant is not', () => {
    const result = check({ assessments: [MEDIUM], events: [release('2025-02-10T00:00:00Z')], safetyPlan: plan('2025-02-03T00:00:00Z', 'remove') });
    expect(result.flags).toEqual([
      {
        id: 'older-than-latest-trigger',
        reason: 'The plan was last updated 2025-02-03T00:00:00.000Z, before the latest trigger (released-from-custody, 2025-02-10T00:00:00Z). Review it.',
      },
    ]);
    expect(result.reasons).toContain(result.flags[0]!.reason);
    expect(flagIds({ assessments: [MEDIUM], events: [release('2025-02-03T00:00:00Z')], safetyPlan: plan('2025-02-03T00:00:00Z', 'remove') })).toEqual([]);
  });

  it('the latest event on or before the check is the one read: a later one is not yet, and an earlier one does not hide it', () => {
    const events = [incident('2025-02-05T00:00:00Z'), release('2025-02-15T00:00:00Z'), incident('2025-02-25T00:00:00Z')];
    const result = check({ assessments: [MEDIUM], events, safetyPlan: plan('2025-02-10T00:00:00Z', 'remove') });
    expect(result.flags.map((flag) => flag.reason)).toEqual([expect.stringContaining('(released-from-custody, 2025-02-15T00:00:00Z)')]);
    expect(flagIds({ assessments: [MEDIUM], events: [incident('2025-02-05T00:00:00Z'), incident('2025-02-25T00:00:00Z')], safetyPlan: plan('2025-02-10T00:00:00Z', 'remove') })).toEqual([]);
    expect(flagIds({ assessments: [MEDIUM], events: [incident(NOW)], safetyPlan: plan('2025-02-10T00:00:00Z', 'remove') })).toEqual(['older-than-latest-trigger']);
  });

  it('an empty plan can also be out of date', () => {
    expect(flagIds({ assessments: [HIGH], events: [release('2025-02-10T00:00:00Z')], safetyPlan: plan('2025-02-03T00:00:00Z') })).toEqual(['empty-plan', 'older-than-latest-trigger']);
  });
});

describe('the check reports the episode it read', () => {
  it('its reasons end with the episode\u2019s', () => {
    const result = check({ assessments: [HIGH], safetyPlan: plan('2025-02-03T00:00:00Z', 'remove') });
    expect(result.reasons.slice(2)).toEqual(result.episode.reasons);
    expect(result.episode.reasons.length).toBeGreaterThan(0);
  });
});
