// A policy's id and version name its rules: a stored result is read again, and `verifyResult`
// replays it, under the policy with the same id and version. So a shipped policy never changes
// in place: these fingerprints pin each one, and a changed rule must ship as a new version
// (keeping the old one, so results made under it can still be read), with a changeset.
import { describe, expect, it } from 'vitest';
import * as policies from '../../src/policies.js';
import { fingerprint } from '../support/fingerprint.js';

const PINNED: Record<string, string> = {
  'scoring common-local-bands@2': '251933aa7bf7d523',
  'marac safelives@2024.2': 'a54aabb6a012ae1d',
  'marac safelives-plus-library-defaults@1': '78a0faa8f8f5caa8',
  'marac safelives-2009@2009.2': 'c4662c8de1cffd41',
  'marac caada-crime-only-repeat@1': '4a75ac3aa33d4f59',
  'young-people-pathway young-people-13-17@1': '5df7efe31de9c5f6',
  'dara dara-consistency@2': 'f6f91f3591c42532',
  'rim barnardos-rim-rules@2': 'e58844d64850b700',
  'threshold-of-need london-caf-2009@1': 'fd4dc677ab3572aa',
  'concept-map shared-concepts@1': 'e83189c3309ae7ef',
  'severity-ordering reporting-severity@1': '8de49fd30e1e1e8f',
  'reassessment reassessment-defaults@2': '55eb3e79504a46fb',
  // Re-pinned before 0.1.0 for an added `source` citation only (no rule and no output changed).
  'assessment-required every-incident@1': '4df8dfac9f6c9937',
  'assessment-required crime-or-recent-history@2014': '99ec6ab6143e48ba',
  'review-deadlines cambridgeshire-2014@1': 'c22c3ba21fcfff22',
  'intervention-levels cambridgeshire-offer@2016.2': '2549440a68975f8c',
  // Re-pinned before 0.1.0 for an added `source` citation only (no rule and no output changed).
  'repeat-definition safelives-repeat@1': 'c680fe5e49d98167',
  'episode episode-12-months@1': '5cb86d54f641fab4',
};

/** Superseded versions, kept exactly as they shipped so that results made under them replay. */
const RETIRED: Record<string, string> = {
  'scoring common-local-bands@1': '949f26cf3d543b04',
  'marac safelives@2024.1': '453c9bcbc4fd3eee',
  'marac safelives-2009@2009.1': '037d431ef0e380c1',
  'reassessment reassessment-defaults@1': '8484b51f8c24e454',
  'intervention-levels cambridgeshire-offer@2016': '5bfcd9b94c75709c',
  'rim barnardos-rim-rules@1': '96175e7fd73c6d59',
  'dara dara-consistency@1': 'f05e32faf80e2ae0',
};

const shipped = (Object.values(policies) as unknown[]).filter(
  (value): value is { kind: string; id: string; version: string } =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { kind?: unknown }).kind === 'string' && 'version' in value,
);

describe('shipped policies never change in place', () => {
  it('every retired version is kept exactly as it shipped', () => {
    const retired = policies.retiredPolicies.map((entry) => [`${entry.policy.kind} ${entry.policy.id}@${entry.policy.version}`, fingerprint(entry.policy)] as const);
    expect(Object.fromEntries(retired)).toEqual(RETIRED);
  });

  it('every shipped policy is pinned', () => {
    expect(shipped.map((policy) => `${policy.kind} ${policy.id}@${policy.version}`).sort()).toEqual(Object.keys(PINNED).sort());
  });

  it.each(shipped.map((policy) => [`${policy.kind} ${policy.id}@${policy.version}`, policy] as const))('%s matches its pinned fingerprint', (key, policy) => {
    expect(fingerprint(policy), `${key} changed: ship the change as a new version of the policy, keeping this one`).toBe(PINNED[key]);
  });
});
