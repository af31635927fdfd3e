/**
 * Reference copy (test only) of the two date helpers the case rules used before issue 15:
 * `describeDuration` and `toIso`, as in src/model/dates.ts at that time.
 */
import type { Duration } from '../../../src/model/dates.js';

export type { Duration };

export function describeDuration(duration: Duration): string {
  const [amount, unit] =
    'months' in duration ? [duration.months, 'month'] : 'days' in duration ? [duration.days, 'day'] : [duration.hours, 'hour'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

export function toIso(instant: number): string {
  return new Date(instant).toISOString();
}
