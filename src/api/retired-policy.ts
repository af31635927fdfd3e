/**
 * Superseded shipped policy versions (see `retiredPolicies`): trusted as they
 * shipped, so results made under them can still be read back, judged and
 * re-explained, but refused for new work.
 *
 * @module
 */
import { daRiskError } from '../errors/error.js';
import type { MaracDecision } from '../model/marac.js';
import type { MaracPolicy } from '../model/policy.js';
import { retiredPolicies } from '../policies/retired-policies.js';

// Some predate fields the definition format now requires: they are trusted as they shipped.
const RETIRED: ReadonlySet<object> = /* @__PURE__ */ new Set(retiredPolicies.map((entry) => entry.policy));

/**
 * Whether a policy is a superseded shipped version (see `retiredPolicies`).
 *
 * @internal
 */
export function isRetiredPolicy(policy: object): boolean {
  return RETIRED.has(policy);
}

/**
 * Refuses a superseded shipped version for new work: it reads back, and takes decisions on,
 * results made under it, but a new assessment is made under the current version.
 *
 * @internal
 */
export function refuseRetiredForNewWork(policy: object, path: readonly (string | number)[]): void {
  if (!RETIRED.has(policy)) return;
  throw daRiskError(
    'policy-not-applicable',
    path,
    'policy-retired',
    'is a superseded version (see retiredPolicies): it reads back, and takes decisions on, results made under it, but a new assessment needs the current version',
  );
}

/**
 * A MARAC decision made under a superseded shipped version says so (such a version is kept to
 * re-explain past cases, not to decide new ones): a `policy-retired` notice and reason.
 *
 * @internal
 */
export function markRetired(decision: MaracDecision, policy: MaracPolicy): MaracDecision {
  if (!RETIRED.has(policy)) return decision;
  const entry = retiredPolicies.find((retired) => retired.policy === policy)!;
  const notice = Object.freeze({
    id: 'policy-retired',
    message: `Policy ${policy.id} version ${policy.version} is superseded by version ${entry.supersededBy.version} of ${entry.supersededBy.id}: use this decision to re-explain a past case, not to decide a new one.`,
    items: Object.freeze([]) as readonly string[],
  });
  return Object.freeze({
    ...decision,
    notices: Object.freeze([...decision.notices, notice]),
    reasons: Object.freeze([...decision.reasons, notice.message]),
  });
}
