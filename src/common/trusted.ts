/**
 * Results this library made in this process, through its validating
 * functions. They are frozen, so they cannot have changed since: validating
 * them again when they come back (into `applyJudgement`, `checkMarac`, a case
 * record) would only cost time and memory.
 *
 * @module
 */

const TRUSTED = new WeakSet<object>();

/** Marks a frozen result made by the library as trusted, and returns it. @internal */
export function trusted<T extends object>(result: T): T {
  if (Object.isFrozen(result)) TRUSTED.add(result);
  return result;
}

/** Whether a value is a result the library made in this process. @internal */
export function isTrusted(value: unknown): boolean {
  return value !== null && typeof value === 'object' && TRUSTED.has(value);
}
