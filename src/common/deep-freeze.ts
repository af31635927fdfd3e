/**
 * Deep freezing for definitions and results.
 *
 * @module
 */

/**
 * Freezes `value` and every object and array reachable from it, in place, and
 * returns it. Only ever called on objects the library built itself (never on
 * a caller's input). Walks iteratively and visits each object once, so a
 * cycle or a deep nesting cannot loop or overflow the stack.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<unknown>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const object = stack.pop();
    if (object === null || typeof object !== 'object' || seen.has(object)) continue;
    seen.add(object);
    Object.freeze(object);
    for (const key of Object.keys(object)) stack.push((object as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * A frozen empty array, shared so results do not allocate one per field.
 *
 * @internal
 */
export const EMPTY: readonly never[] = Object.freeze([]);
