/**
 * Every policy the library ships, current and superseded: the ids and
 * versions no caller's policy may reuse with other rules.
 *
 * @module
 */
import { retiredPolicies } from '../policies/retired-policies.js';
import { currentPolicies, type ShippedPolicy } from '../policies/shipped-policies.js';

let shipped: ReadonlyMap<string, object> | undefined;

/** `kind id version` → the shipped policy, built on first use. */
function shippedByKey(): ReadonlyMap<string, object> {
  shipped ??= new Map(
    [...currentPolicies, ...retiredPolicies.map((entry) => entry.policy as ShippedPolicy)].map((policy) => [keyOf(policy), policy as object]),
  );
  return shipped;
}

function keyOf(policy: ShippedPolicy): string {
  return `${policy.kind} ${policy.id} ${policy.version}`;
}

/**
 * The shipped policy (current or superseded) with the same kind, id and
 * version as `policy`, if any.
 *
 * @internal
 */
export function shippedPolicyLike(policy: object): object | undefined {
  const { kind, id, version } = policy as Partial<ShippedPolicy>;
  if (typeof kind !== 'string' || typeof id !== 'string' || typeof version !== 'string') return undefined;
  return shippedByKey().get(keyOf({ kind, id, version }));
}

/**
 * Whether two policies hold the same rules: the same JSON, keys in any order.
 * Policies are small and checked once when defined, so this is not on a hot path.
 *
 * @internal
 */
export function samePolicyContent(a: object, b: object): boolean {
  return a === b || canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
