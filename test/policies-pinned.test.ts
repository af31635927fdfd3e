// A policy's id and version name its rules: a stored result is read again, and `verifyResult`
// replays it, under the policy with the same id and version. So a shipped policy never changes
// in place: these fingerprints pin each one, and a changed rule must ship as a new version
// (keeping the old one, so results made under it can still be read), with a changeset.
import { describe, expect, it } from 'vitest';
import * as policies from '../src/policies/index.js';
import { fingerprint } from './support/fingerprint.js';

const PINNED: Record<string, string> = {
  'scoring common-local-bands@1': '949f26cf3d543b04',
  'marac safelives@2024.1': '453c9bcbc4fd3eee',
  'marac safelives-2009@2009.1': '037d431ef0e380c1',
  'dara dara-consistency@1': 'f05e32faf80e2ae0',
  'rim barnardos-rim-rules@1': '96175e7fd73c6d59',
  'threshold-of-need london-caf-2009@1': 'fd4dc677ab3572aa',
  'reassessment reassessment-defaults@1': '8484b51f8c24e454',
  'assessment-required every-incident@1': 'cb31c052dc8857f2',
  'assessment-required crime-or-recent-history@2014': '99ec6ab6143e48ba',
  'review-deadlines cambridgeshire-2014@1': 'c22c3ba21fcfff22',
  'intervention-levels cambridgeshire-offer@2016': '5bfcd9b94c75709c',
  'repeat-definition safelives-repeat@1': '4e7a433ea6d4968b',
  'episode episode-12-months@1': '5cb86d54f641fab4',
  'concept-map shared-concepts@1': 'e83189c3309ae7ef',
  'severity-ordering reporting-severity@1': '8de49fd30e1e1e8f',
};

const shipped = (Object.values(policies) as unknown[]).filter(
  (value): value is { kind: string; id: string; version: string } =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { kind?: unknown }).kind === 'string' && 'version' in value,
);

describe('shipped policies never change in place', () => {
  it('every shipped policy is pinned', () => {
    expect(shipped.map((policy) => `${policy.kind} ${policy.id}@${policy.version}`).sort()).toEqual(Object.keys(PINNED).sort());
  });

  it.each(shipped.map((policy) => [`${policy.kind} ${policy.id}@${policy.version}`, policy] as const))('%s matches its pinned fingerprint', (key, policy) => {
    expect(fingerprint(policy), `${key} changed: ship the change as a new version of the policy, keeping this one`).toBe(PINNED[key]);
  });
});
