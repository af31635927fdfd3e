/**
 * Results this library made in this process, through its validating
 * functions, with the policy each was made (or read back) under. They are
 * frozen, so they cannot have changed since: validating them again when they
 * come back (into `applyJudgement`, `checkMarac`, a case record) would only
 * cost time and memory, and their policy need not be passed again.
 *
 * @module
 */

// The value is the library's own checked copy of the policy (or RIM policy pair), or null when none was recorded.
const TRUSTED = new WeakMap<object, object | null>();

/**
 * Marks a frozen result made by the library as trusted, remembering the
 * policy it was made under, and returns it.
 *
 * @internal
 */
export function trusted<T extends object>(result: T, policy: object | null = null): T {
  if (Object.isFrozen(result)) TRUSTED.set(result, policy);
  return result;
}

/** Whether a value is a result the library made in this process. @internal */
export function isTrusted(value: unknown): boolean {
  return value !== null && typeof value === 'object' && TRUSTED.has(value);
}

/** The policy a trusted result was made under, or null when it is not trusted or none was recorded. @internal */
export function trustedPolicy(value: object): object | null {
  return TRUSTED.get(value) ?? null;
}
