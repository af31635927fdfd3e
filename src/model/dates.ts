/**
 * Dates as the library reads them: ISO 8601 date-times with an explicit
 * offset (`2025-03-01T09:30:00Z`, `2025-06-01T09:30:00+01:00`). Pure
 * functions, no clock: the caller always passes `now`.
 *
 * @module
 */

/**
 * Longest date-time read: `2025-03-01T09:30:00.123456789+01:00` (nanoseconds
 * and an offset) is 35 characters; a longer text is refused, whatever it holds.
 *
 * @internal
 */
export const MAX_DATE_TIME_LENGTH = 35;

const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return 29;
  return DAYS[month - 1]!;
}

/**
 * Reads an ISO 8601 (RFC 3339) date-time with seconds and an offset (`Z` or
 * `±hh:mm`), such as `2025-03-01T09:30:00Z`, and returns
 * the instant in milliseconds since the epoch, or `undefined` when the text is
 * not such a date-time, is longer than 35 characters,
 * or names a day that does not exist (30 February) or an out-of-range time or
 * offset.
 *
 * @example
 * ```ts
 * parseInstant('2025-03-01T00:00:00Z'); // 1740787200000
 * parseInstant('2025-02-30T00:00:00Z'); // undefined
 * parseInstant('2025-03-01'); // undefined (no time and offset)
 * parseInstant('2025-03-01T09:30Z'); // undefined (no seconds)
 * ```
 * @since 0.1.0
 */
export function parseInstant(text: string): number | undefined {
  if (text.length > MAX_DATE_TIME_LENGTH) return undefined;
  const match = ISO_DATETIME.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6]);
  const fraction = match[7] === undefined ? 0 : Number(`0.${match[7]}`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (match[8] !== undefined) {
    const offsetHours = Number(match[9]);
    const offsetMins = Number(match[10]);
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (offsetHours * 60 + offsetMins) * (match[8] === '-' ? -1 : 1);
  }
  const ms = Math.floor(fraction * 1000);
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
  // Date.UTC reads years 0–99 as 1900–1999: set the year on its own.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime() - offsetMinutes * 60_000;
}

/**
 * True when `text` is an ISO 8601 date-time with an offset naming a real instant.
 *
 * @example
 * ```ts
 * isIsoDateTime('2024-02-29T12:00:00+00:00'); // true
 * isIsoDateTime('2023-02-29T12:00:00+00:00'); // false
 * ```
 * @since 0.1.0
 */
export function isIsoDateTime(text: string): boolean {
  return parseInstant(text) !== undefined;
}

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
 */
export function describeDuration(duration: Duration): string {
  const [amount, unit] =
    'months' in duration ? [duration.months, 'month'] : 'days' in duration ? [duration.days, 'day'] : [duration.hours, 'hour'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/**
 * Formats an instant as an ISO 8601 UTC date-time (`2025-03-01T00:00:00.000Z`).
 *
 * @example
 * ```ts
 * toIso(0); // '1970-01-01T00:00:00.000Z'
 * ```
 * @since 0.1.0
 */
export function toIso(instant: number): string {
  return new Date(instant).toISOString();
}
