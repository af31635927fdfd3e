/**
 * Rules of the case-rule policy formats that a schema cannot express. Each
 * returns the issues it finds in a policy whose shape is valid.
 *
 * @module
 */
import type { DaRiskIssue } from '../errors/error.js';
import type { InterventionPolicy, ReassessmentPolicy } from '../model/case-policy.js';

/**
 * A reassessment policy has at most one rule per trigger type.
 *
 * @internal
 */
export function reassessmentRuleIssues(policy: ReassessmentPolicy): DaRiskIssue[] {
  const seen = new Set<string>();
  const issues: DaRiskIssue[] = [];
  policy.triggers.forEach((rule, index) => {
    if (seen.has(rule.trigger)) issues.push({ path: ['triggers', index, 'trigger'], rule: 'duplicate-id', message: `${rule.trigger} has more than one rule` });
    seen.add(rule.trigger);
  });
  return issues;
}

/**
 * An intervention policy maps only to levels it lists.
 *
 * @internal
 */
export function interventionRuleIssues(policy: InterventionPolicy): DaRiskIssue[] {
  const known = new Set(policy.levels.map((l) => l.level));
  const issues: DaRiskIssue[] = [];
  for (const [path, level] of [
    [['highest', 'level'], policy.highest.level],
    [['assessed'], policy.assessed],
    [['unassessed'], policy.unassessed],
  ] as const) {
    if (!known.has(level)) issues.push({ path: [...path], rule: 'unknown-level', message: 'names a level the policy does not list' });
  }
  return issues;
}
