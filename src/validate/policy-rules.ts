/**
 * Rules of the policy definition formats that a schema cannot express:
 * bands in ascending order, unique ids, a child is anyone under 18, and the
 * like. Each returns the issues it finds in a policy whose shape is valid.
 *
 * @module
 */
import type { DaRiskIssue } from '../errors/error.js';
import type { DaraPolicy } from '../model/dara.js';
import { compareLevels } from '../model/levels.js';
import type { YoungPeoplePathway } from '../model/pathway.js';
import type { MaracPolicy, ScoringPolicy } from '../model/policy.js';
import type { ThresholdOfNeedPolicy } from '../model/rim.js';

/** Anyone under this age is a child (Children Act 1989). */
const ADULT_AGE = 18;

/**
 * A scoring policy's bands start at a count of 0 and rise in count and level;
 * no red flag id is used twice.
 *
 * @internal
 */
export function scoringRuleIssues(policy: ScoringPolicy): DaRiskIssue[] {
  const issues: DaRiskIssue[] = [];
  if (policy.bands[0] !== undefined && policy.bands[0].min !== 0) {
    issues.push({ path: ['bands', 0, 'min'], rule: 'first-band-from-zero', message: 'the first band must start at a count of 0' });
  }
  for (let i = 1; i < policy.bands.length; i++) {
    const previous = policy.bands[i - 1]!;
    const band = policy.bands[i]!;
    if (band.min <= previous.min) {
      issues.push({ path: ['bands', i, 'min'], rule: 'ascending', message: 'bands must be in ascending order of count' });
    }
    if (compareLevels(band.level, previous.level) <= 0) {
      issues.push({ path: ['bands', i, 'level'], rule: 'ascending', message: 'each band must be a higher level than the one before' });
    }
  }
  const seen = new Set<string>();
  policy.redFlags.forEach((flag, index) => {
    if (seen.has(flag.id)) issues.push({ path: ['redFlags', index, 'id'], rule: 'duplicate-id', message: 'is a flag id used more than once' });
    seen.add(flag.id);
  });
  return issues;
}

/**
 * A MARAC policy treats anyone under 18 as a child, gives an adult victim a
 * route, and has one count threshold per instrument.
 *
 * @internal
 */
export function maracRuleIssues(policy: MaracPolicy): DaRiskIssue[] {
  const issues: DaRiskIssue[] = [];
  if (policy.childrensSafeguarding.underAge < ADULT_AGE) {
    issues.push({ path: ['childrensSafeguarding', 'underAge'], rule: 'child-age', message: `must be at least ${ADULT_AGE}: anyone under 18 is a child (Children Act 1989)` });
  }
  if (policy.minimumVictimAge > policy.childrensSafeguarding.underAge) {
    issues.push({ path: ['minimumVictimAge'], rule: 'above-child-age', message: 'must not be above childrensSafeguarding.underAge: an adult victim would have no route' });
  }
  const seen = new Set(policy.visibleHighRisk.instruments);
  (policy.visibleHighRisk.otherThresholds ?? []).forEach((other, index) => {
    if (seen.has(other.instrument)) {
      issues.push({ path: ['visibleHighRisk', 'otherThresholds', index, 'instrument'], rule: 'duplicate-threshold', message: 'already has a count threshold in this policy' });
    }
    seen.add(other.instrument);
  });
  return issues;
}

/**
 * A DARA policy's consistency checks have unique ids, and no condition asks
 * for more items than it lists.
 *
 * @internal
 */
export function daraRuleIssues(policy: DaraPolicy): DaRiskIssue[] {
  const seen = new Set<string>();
  const issues: DaRiskIssue[] = [];
  policy.consistency.forEach((rule, index) => {
    if (seen.has(rule.id)) issues.push({ path: ['consistency', index, 'id'], rule: 'duplicate-id', message: 'is a rule id used more than once' });
    seen.add(rule.id);
    rule.when.forEach((condition, c) => {
      if (condition.atLeast > condition.items.length) {
        issues.push({
          path: ['consistency', index, 'when', c, 'atLeast'],
          rule: 'at-least-too-big',
          message: 'asks for more items than the condition lists',
        });
      }
    });
  });
  return issues;
}

/**
 * A threshold-of-need mapping has one entry for each RIM scale, 1 to 4, in order.
 *
 * @internal
 */
export function thresholdOfNeedRuleIssues(policy: ThresholdOfNeedPolicy): DaRiskIssue[] {
  const issues: DaRiskIssue[] = [];
  policy.scales.forEach((entry, index) => {
    if (entry.scale !== index + 1) issues.push({ path: ['scales', index, 'scale'], rule: 'in-order', message: `entry ${index + 1} must be for scale ${index + 1}` });
  });
  return issues;
}

/**
 * A young people's pathway runs its ages upwards, treats anyone under 18 as a
 * child, and puts MARAC's minimum age inside its ages. Only the first rule
 * broken is reported.
 *
 * @internal
 */
export function youngPeoplePathwayRuleIssues(policy: YoungPeoplePathway): DaRiskIssue[] {
  if (policy.ages.from >= policy.ages.underAge) {
    return [{ path: ['ages', 'from'], rule: 'ages-order', message: 'must be below ages.underAge' }];
  }
  if (policy.ages.underAge < ADULT_AGE) {
    return [{ path: ['ages', 'underAge'], rule: 'child-age', message: `must be at least ${ADULT_AGE}: anyone under 18 is a child (Children Act 1989)` }];
  }
  if (policy.minimumMaracAge < policy.ages.from || policy.minimumMaracAge > policy.ages.underAge) {
    return [{ path: ['minimumMaracAge'], rule: 'outside-pathway', message: 'must be between ages.from and ages.underAge' }];
  }
  return [];
}
