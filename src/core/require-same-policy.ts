/**
 * A decision on a result is made under the policy the result was produced
 * under, never another one.
 *
 * @module
 */
import { daRiskError } from '../errors/error.js';
import type { PolicyRef } from '../model/policy.js';

/**
 * Throws `policy-mismatch` unless `given` is the policy (same id and version)
 * recorded on the result.
 *
 * @internal
 */
export function requireSamePolicy(recorded: PolicyRef, given: PolicyRef, what: string, path: readonly (string | number)[] = ['policy']): void {
  if (recorded.id === given.id && recorded.version === given.version) return;
  throw daRiskError(
    'policy-mismatch',
    path,
    'policy-mismatch',
    `the result was produced under a different ${what} (the id or version recorded on the result is not the policy's)`,
  );
}
