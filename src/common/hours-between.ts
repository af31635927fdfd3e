/**
 * Exact hours between instants.
 *
 * @module
 */

/**
 * Hours from one instant to another, rounded up (a part hour counts whole).
 *
 * @example
 * ```ts
 * hoursBetween(0, 90 * 60_000); // 2
 * ```
 * @internal
 */
export function hoursBetween(from: number, to: number): number {
  return Math.ceil((to - from) / 3_600_000);
}
