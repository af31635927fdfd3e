/**
 * Counting words in reasons.
 *
 * @module
 */

/**
 * A count with its noun, plural unless the count is one.
 *
 * @example
 * ```ts
 * plural(1, 'question'); // '1 question'
 * plural(3, 'question'); // '3 questions'
 * ```
 * @internal
 */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
