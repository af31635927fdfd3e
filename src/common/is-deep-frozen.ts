/**
 * Checks that a definition is deeply frozen plain data, so that no rule can be
 * changed in place after it was validated.
 *
 * @module
 */

/** Deeper than this, a definition is refused rather than walked. */
const MAX_DEPTH = 200;

/**
 * True when `value` and everything reachable from it is frozen plain data:
 * every object frozen, every property a data property (a getter could answer
 * one thing to the check and another to the rule that reads it later). Walks
 * iteratively, so a cycle or a deep nesting neither loops nor overflows the
 * stack: a cycle is fine (each object is checked once), nesting deeper than
 * 200 is refused. Never calls a getter.
 *
 * @internal
 */
export function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  const seen = new Set<object>();
  const stack: [object, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [object, depth] = stack.pop()!;
    if (seen.has(object)) continue;
    seen.add(object);
    if (depth > MAX_DEPTH || !Object.isFrozen(object)) return false;
    const descriptors = Object.getOwnPropertyDescriptors(object);
    for (const key of Reflect.ownKeys(descriptors)) {
      const descriptor = descriptors[key as keyof typeof descriptors]!;
      if (!('value' in descriptor)) return false;
      const child: unknown = descriptor.value;
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return true;
}
