import { describe, expect, it } from 'vitest';
import {
  cambridgeshireInterventionLevels,
  defineInterventionPolicy,
  interventionLevel,
  type CaseClosure,
  type CaseReferral,
} from '../../../src/index.js';
import { caseOf, dashAt, incident } from '../../support/cases.js';
import { deepFrozen, viaJson } from '../../support/fixtures.js';
import { daraAt, rimAt, SEVERE } from './support.js';

const NOW = '2025-03-01T12:00:00Z';
const MAPPING =
  ' Which results reach which level is a da-risk reading of the Levels of intervention (Cambridgeshire partnership Offer, 2016) model, not the partnership\u2019s own rule.';
const SERIOUS = 'rim-violence-serious-or-persistent'; // a child at RIM scale 3
const closure = (date: string): CaseClosure => ({ date, by: 'idva-lead-1', rationale: 'Victim moved away; plan complete.' });
const referral = (date: string): CaseReferral => ({ date, agency: 'police' });

const levelOf = (parts: Parameters<typeof caseOf>[0], policy = cambridgeshireInterventionLevels, now = NOW) =>
  interventionLevel(caseOf(parts), now, policy);

describe('the level that governs the episode places a case at the highest level', () => {
  it('a high level governs: level 4 with its title, response, policy and reason naming the assessment', () => {
    const level = levelOf({ assessments: [dashAt('a-1', '2025-02-01T00:00:00Z', 'high')] })!;
    expect(level).toMatchObject({
      level: 4,
      title: 'Intensive response',
      response: 'Expert advice; risk and safety managed in casework for the highest risk.',
      policy: { id: 'cambridgeshire-offer', version: '2016.2' },
    });
    expect(level.reason).toBe(`The level that governs the episode is high (assessment a-1, 2025-02-01T00:00:00Z).${MAPPING}`);
    expect(level.episode.governing).toMatchObject({ assessmentId: 'a-1', level: 'high' });
    expect(deepFrozen(level)).toBe(true);
  });

  it('a later, lower assessment does not lower the level', () => {
    const level = levelOf({ assessments: [dashAt('a-1', '2025-02-01T00:00:00Z', 'high'), daraAt('d-1', '2025-02-20T00:00:00Z', 'standard')] })!;
    expect(level.level).toBe(4);
    expect(level.reason).toContain('(assessment a-1, 2025-02-01T00:00:00Z)');
  });

  it('a medium level governing is an assessment on record: level 3', () => {
    const level = levelOf({ assessments: [dashAt('a-1', '2025-02-01T00:00:00Z', 'medium')] })!;
    expect(level).toMatchObject({ level: 3, title: 'Initial response', reason: `A risk assessment is on record.${MAPPING}` });
  });

  it('the levels that reach the highest are the policy\u2019s own, and an area\u2019s own mapping carries no library caveat', () => {
    const own = defineInterventionPolicy({
      ...viaJson(cambridgeshireInterventionLevels),
      id: 'own-offer',
      version: '1',
      mappingBasis: 'local',
      highest: { level: 4, riskLevels: ['medium', 'high'], rimScales: [3, 4], maracReferral: false },
    });
    const level = levelOf({ assessments: [dashAt('a-1', '2025-02-01T00:00:00Z', 'medium')] }, own)!;
    expect(level).toMatchObject({ level: 4, policy: { id: 'own-offer', version: '1' } });
    expect(level.reason).toBe('The level that governs the episode is medium (assessment a-1, 2025-02-01T00:00:00Z).');
    expect(levelOf({ assessments: [dashAt('a-1', '2025-02-01T00:00:00Z', 'standard')] }, own)).toMatchObject({ level: 3, reason: 'A risk assessment is on record.' });
  });
});

describe('a child at a RIM scale the policy names places the case at the highest level', () => {
  it('a RIM at scale 4 in the episode: level 4, naming the RIM', () => {
    const level = levelOf({ assessments: [dashAt('a-1', '2025-02-01T00:00:00Z', 'medium'), rimAt('rim-1', '2025-02-10T00:00:00Z', [SEVERE])] })!;
    expect(level.level).toBe(4);
    expect(level.reason).toBe(`A child is at RIM scale 4 (assessment rim-1, 2025-02-10T00:00:00Z).${MAPPING}`);
  });

  it('a RIM at scale 3 does not reach level 4 under the default mapping', () => {
    expect(levelOf({ assessments: [rimAt('rim-1', '2025-02-10T00:00:00Z', [SERIOUS])] })).toMatchObject({ level: 3 });
    expect(levelOf({ assessments: [rimAt('rim-1', '2025-02-10T00:00:00Z', [])] })).toMatchObject({ level: 3 });
  });

  it('an earlier RIM at scale 4 still counts after a later one at scale 3', () => {
    const level = levelOf({ assessments: [rimAt('rim-4', '2025-02-01T00:00:00Z', [SEVERE]), rimAt('rim-3', '2025-02-20T00:00:00Z', [SERIOUS])] })!;
    expect(level.level).toBe(4);
    expect(level.reason).toContain('(assessment rim-4, 2025-02-01T00:00:00Z)');
  });

  it('of several RIMs that qualify, the latest is named', () => {
    const own = defineInterventionPolicy({ ...viaJson(cambridgeshireInterventionLevels), id: 'own', highest: { level: 4, riskLevels: ['high'], rimScales: [3, 4], maracReferral: true } });
    const level = levelOf({ assessments: [rimAt('rim-4', '2025-02-01T00:00:00Z', [SEVERE]), rimAt('rim-3', '2025-02-20T00:00:00Z', [SERIOUS])] }, own)!;
    expect(level.reason).toMatch(/^A child is at RIM scale 3 \(assessment rim-3, 2025-02-20T00:00:00Z\)\./);
  });

  it('a RIM before the last closure no longer places the case at level 4', () => {
    const level = levelOf({ assessments: [rimAt('rim-1', '2025-01-10T00:00:00Z', [SEVERE])], closures: [closure('2025-01-20T00:00:00Z')] })!;
    expect(level).toMatchObject({ level: 3, reason: `A risk assessment is on record.${MAPPING}` });
  });

  it('a high level governing is named before a RIM', () => {
    const level = levelOf({ assessments: [dashAt('a-1', '2025-02-01T00:00:00Z', 'high'), rimAt('rim-1', '2025-02-10T00:00:00Z', [SEVERE])] })!;
    expect(level.reason).toMatch(/^The level that governs the episode is high/);
  });
});

describe('a MARAC referral in the current episode places the case at the highest level', () => {
  it('a referral in the episode: level 4, with no assessment at all', () => {
    const level = levelOf({ maracReferrals: [referral('2025-02-01T09:00:00Z')] })!;
    expect(level).toMatchObject({ level: 4, reason: `The case was referred to MARAC on 2025-02-01T09:00:00Z, in the current episode.${MAPPING}` });
  });

  it('of two referrals, the latest is named; a RIM at scale 4 is named before a referral', () => {
    expect(levelOf({ maracReferrals: [referral('2025-01-01T09:00:00Z'), referral('2025-02-01T09:00:00Z')] })!.reason).toContain('on 2025-02-01T09:00:00Z,');
    const both = levelOf({ assessments: [rimAt('rim-1', '2025-02-10T00:00:00Z', [SEVERE])], maracReferrals: [referral('2025-02-01T09:00:00Z')] })!;
    expect(both.reason).toMatch(/^A child is at RIM scale 4/);
  });

  it('a referral at the time of the check counts; one after it does not, and only the latest on or before it is named', () => {
    expect(levelOf({ maracReferrals: [referral(NOW)] })).toMatchObject({ level: 4 });
    expect(levelOf({ maracReferrals: [referral('2025-03-01T12:00:01Z')] })).toBeNull();
    const mixed = levelOf({ maracReferrals: [referral('2025-02-01T09:00:00Z'), referral('2025-03-05T09:00:00Z')] })!;
    expect(mixed.reason).toContain('on 2025-02-01T09:00:00Z,');
  });

  it('a referral at the instant of the last closure belongs to the new episode; one a second earlier does not', () => {
    const at = levelOf({ assessments: [dashAt('a-1', '2025-01-10T00:00:00Z', 'standard')], maracReferrals: [referral('2025-01-20T00:00:00Z')], closures: [closure('2025-01-20T00:00:00Z')] });
    expect(at).toMatchObject({ level: 4 });
    const before = levelOf({ assessments: [dashAt('a-1', '2025-01-10T00:00:00Z', 'standard')], maracReferrals: [referral('2025-01-19T23:59:59Z')], closures: [closure('2025-01-20T00:00:00Z')] });
    expect(before).toMatchObject({ level: 3, reason: `A risk assessment is on record.${MAPPING}` });
  });

  it('a referral older than the episode window no longer places the case at level 4', () => {
    expect(levelOf({ events: [incident('2025-02-01T00:00:00Z')], maracReferrals: [referral('2024-01-01T09:00:00Z')] })).toMatchObject({ level: 2 });
  });

  it('a policy that does not map referrals to the highest level ignores them', () => {
    const own = defineInterventionPolicy({ ...viaJson(cambridgeshireInterventionLevels), id: 'own', highest: { level: 4, riskLevels: ['high'], rimScales: [4], maracReferral: false } });
    expect(levelOf({ events: [incident('2025-02-01T00:00:00Z')], maracReferrals: [referral('2025-02-01T09:00:00Z')] }, own)).toMatchObject({ level: 2 });
  });
});

describe('below the highest level: an assessment on record, then known incidents', () => {
  it('any assessment on or before the check is on record, even one before the last closure', () => {
    expect(levelOf({ assessments: [dashAt('a-1', NOW, 'standard')] })).toMatchObject({ level: 3 });
    expect(levelOf({ assessments: [dashAt('a-1', '2024-06-01T00:00:00Z', 'standard')], closures: [closure('2024-07-01T00:00:00Z')] })).toMatchObject({ level: 3 });
  });

  it('an assessment dated after the check is not on record yet: known incidents place the case at level 2', () => {
    const level = levelOf({ assessments: [dashAt('a-1', '2025-03-01T12:00:01Z', 'high')], events: [incident('2025-02-28T00:00:00Z')] })!;
    expect(level).toMatchObject({ level: 2, title: 'Universal and preventive services', reason: `Incidents are known but no risk assessment is on record.${MAPPING}` });
  });

  it('an incident at the time of the check counts; one after it, or an event that is not an incident, places nothing', () => {
    expect(levelOf({ events: [incident(NOW)] })).toMatchObject({ level: 2 });
    expect(levelOf({ events: [incident('2025-03-01T12:00:01Z')] })).toBeNull();
    expect(levelOf({ events: [{ type: 'released-from-custody', date: '2025-02-01T00:00:00Z' }] })).toBeNull();
  });

  it('the assessed and unassessed levels are the policy\u2019s own', () => {
    const own = defineInterventionPolicy({ ...viaJson(cambridgeshireInterventionLevels), id: 'own', assessed: 2, unassessed: 1 });
    expect(levelOf({ assessments: [dashAt('a-1', '2025-02-01T00:00:00Z', 'standard')] }, own)).toMatchObject({ level: 2, title: 'Universal and preventive services' });
    expect(levelOf({ events: [incident('2025-02-01T00:00:00Z')] }, own)).toMatchObject({ level: 1, title: 'Community', response: 'Awareness and support in the community.' });
  });
});
