/**
 * Deep freezing for definitions and results.
 *
 * @module
 */

/**
 * Freezes `value` and every object and array reachable from it, in place, and
 * returns it. Only ever called on objects the library built itself (never on
 * a caller's input).
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * A frozen empty array, shared so results do not allocate one per field.
 *
 * @internal
 */
export const EMPTY: readonly never[] = Object.freeze([]);
