/**
 * Dates as the library reads them: ISO 8601 date-times with an explicit
 * offset (`2025-03-01T09:30:00Z`, `2025-06-01T09:30:00+01:00`). Pure
 * functions, no clock: the caller always passes `now`.
 *
 * @module
 */
import { daysInMonth } from '../common/days-in-month.js';

/**
 * Adds calendar months to an instant, counted in UTC. When the day does not
 * exist in the target month it is clamped to the month's last day
 * (31 March minus one month is 28 or 29 February). Negative `months` subtracts.
 *
 * Exact UTC arithmetic, not a policy window: da-risk counts windows on
 * Europe/London calendar dates with `windowEnd` and `windowStart`.
 *
 * @deprecated Use `windowEnd` or `windowStart` for a policy window; kept for callers of 0.1.
 *
 * @example
 * ```ts
 * new Date(addMonths(Date.parse('2025-03-31T10:00:00Z'), -1)).toISOString(); // '2025-02-28T10:00:00.000Z'
 * new Date(addMonths(Date.parse('2024-02-29T00:00:00Z'), 12)).toISOString(); // '2025-02-28T00:00:00.000Z'
 * ```
 * @since 0.1.0
 * @category Dates and times
 */
export function addMonths(instant: number, months: number): number {
  const date = new Date(instant);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(targetYear, targetMonth + 1));
  return Date.UTC(
    targetYear,
    targetMonth,
    day,
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}

/**
 * A length of time in a policy: calendar months or days, counted on
 * Europe/London calendar dates with both end dates inclusive, or hours,
 * counted as exact instants (see `windowEnd` and `windowStart`).
 *
 * @since 0.1.0
 * @category Dates and times
 */
export type Duration = { readonly months: number } | { readonly days: number } | { readonly hours: number };

/**
 * Adds a {@link Duration} to an instant as exact UTC arithmetic (a day is 24
 * hours; negative amounts subtract). Policy windows are not counted this way:
 * see `windowEnd` and `windowStart`.
 *
 * @deprecated Use `windowEnd` or `windowStart` for a policy window; kept for callers of 0.1.
 * @example
 * ```ts
 * addDuration(0, { days: 1 }); // 86400000
 * ```
 * @since 0.1.0
 * @category Dates and times
 */
export function addDuration(instant: number, duration: Duration, sign: 1 | -1 = 1): number {
  if ('months' in duration) return addMonths(instant, sign * duration.months);
  if ('days' in duration) return instant + sign * duration.days * 86_400_000;
  return instant + sign * duration.hours * 3_600_000;
}

/**
 * Describes a {@link Duration} in words: `12 months`, `1 day`, `72 hours`.
 *
 * @example
 * ```ts
 * describeDuration({ months: 12 }); // '12 months'
 * ```
 * @since 0.1.0
 * @category Dates and times
 */
export function describeDuration(duration: Duration): string {
  const [amount, unit] =
    'months' in duration ? [duration.months, 'month'] : 'days' in duration ? [duration.days, 'day'] : [duration.hours, 'hour'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/**
 * Formats an instant as an ISO 8601 UTC date-time (`2025-03-01T00:00:00.000Z`).
 *
 * This is the one form of every date the library computes (window starts and
 * ends, due dates, deadlines): always UTC, always with milliseconds, because a
 * window ends at the last millisecond of a London day (`…T23:59:59.999Z`) and
 * one fixed form sorts and compares correctly as text. Dates a caller gives
 * are never reformatted: they come back exactly as given.
 *
 * @example
 * ```ts
 * toIso(0); // '1970-01-01T00:00:00.000Z'
 * ```
 * @since 0.1.0
 * @category Dates and times
 */
export function toIso(instant: number): string {
  return new Date(instant).toISOString();
}
