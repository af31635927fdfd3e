/**
 * Checks that a definition is deeply frozen, so that no rule can be changed in
 * place after it was validated.
 *
 * @module
 */

/**
 * True when `value` and everything reachable from it is frozen.
 *
 * @internal
 */
export function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value)) {
    if (!isDeepFrozen((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}
