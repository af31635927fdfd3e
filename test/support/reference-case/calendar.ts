/**
 * How da-risk counts a window ("within 12 months", "6–8 weeks", "72 hours"):
 * the one place the rule lives.
 *
 * - **Months and days** are counted on calendar dates in Europe/London
 *   (British Summer Time included), the way practitioners count them, and a
 *   window includes both its end dates. "Within 12 months of 1 March 2025"
 *   runs to the end of 1 March 2026, London time; "the 12 months to
 *   10 June 2026" start at the beginning of 10 June 2025. The time of day of
 *   a check never changes a decision.
 * - **Hours** stay exact instants: 72 hours after 09:30 is 09:30 three days later.
 * - A month added to a day that the target month lacks lands on its last
 *   day: 31 March plus one month is 30 April; 29 February 2024 plus 12 months
 *   is 28 February 2025.
 *
 * The London calendar comes from the runtime's time-zone data (`Intl`), never
 * from the clock; nothing here reads the current time.
 *
 * @module
 */
import type { Duration } from '../../../src/model/dates.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MAX_OFFSET = 14 * HOUR;

let formatter: Intl.DateTimeFormat | undefined;
const OFFSETS = new Map<number, number>();
const MAX_CACHED = 100_000;

function utc(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date.getTime();
}

/**
 * The offset of London time from UTC at an instant, in milliseconds (0 in
 * GMT, one hour in BST). Time-zone rules change only on the hour, so the
 * answer is kept per UTC hour.
 */
function londonOffset(instant: number): number {
  const hour = Math.floor(instant / HOUR);
  let offset = OFFSETS.get(hour);
  if (offset === undefined) {
    formatter ??= new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    const parts: Record<string, number> = {};
    for (const part of formatter.formatToParts(hour * HOUR)) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    offset = utc(parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!) - hour * HOUR;
    // Outside the range time-zone data describes (years before the Common Era, say), count in UTC.
    if (!Number.isFinite(offset) || Math.abs(offset) > MAX_OFFSET) offset = 0;
    if (OFFSETS.size >= MAX_CACHED) OFFSETS.clear();
    OFFSETS.set(hour, offset);
  }
  return offset;
}

/**
 * A London calendar date as a day number: whole days since 1 January 1970.
 *
 * @since 0.1.0
 */
export type LondonDay = number;

/**
 * The London calendar date of an instant, as a day number.
 *
 * @example
 * ```ts
 * formatLondonDay(londonDayOf(Date.parse('2025-03-30T23:30:00Z'))); // '2025-03-31' (00:30 BST)
 * ```
 * @since 0.1.0
 */
export function londonDayOf(instant: number): LondonDay {
  return Math.floor((instant + londonOffset(instant)) / DAY);
}

/**
 * The first instant of a London calendar date (midnight London time).
 *
 * @example
 * ```ts
 * new Date(startOfLondonDay(londonDayOf(Date.parse('2025-07-01T12:00:00Z')))).toISOString(); // '2025-06-30T23:00:00.000Z'
 * ```
 * @since 0.1.0
 */
export function startOfLondonDay(day: LondonDay): number {
  // London midnight is never inside a clock change (changes happen at 01:00 UTC), so the
  // offset in force at 00:00 UTC of the same date is the offset at London midnight.
  return day * DAY - londonOffset(day * DAY);
}

/**
 * The last instant (to the millisecond) of a London calendar date.
 *
 * @example
 * ```ts
 * new Date(endOfLondonDay(londonDayOf(Date.parse('2025-01-15T12:00:00Z')))).toISOString(); // '2025-01-15T23:59:59.999Z'
 * ```
 * @since 0.1.0
 */
export function endOfLondonDay(day: LondonDay): number {
  return startOfLondonDay(day + 1) - 1;
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month + 1, 0)).getUTCDate();
}

/**
 * Adds calendar months to a London date; a day the target month lacks lands
 * on its last day. Negative `months` subtracts.
 *
 * @example
 * ```ts
 * formatLondonDay(addMonthsToDay(londonDayOf(Date.parse('2024-02-29T12:00:00Z')), 12)); // '2025-02-28'
 * ```
 * @since 0.1.0
 */
export function addMonthsToDay(day: LondonDay, months: number): LondonDay {
  const date = new Date(day * DAY);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const target = Math.min(date.getUTCDate(), daysInMonth(year, month));
  return Math.round(utc(year, month, target) / DAY);
}

/**
 * The first instant of the first day of the London month an instant falls in
 * (for a date known only to the month).
 *
 * @example
 * ```ts
 * new Date(firstOfLondonMonth(Date.parse('2025-06-20T10:00:00Z'))).toISOString(); // '2025-05-31T23:00:00.000Z' (1 June, BST)
 * ```
 * @since 0.1.0
 */
export function firstOfLondonMonth(instant: number): number {
  const date = new Date(londonDayOf(instant) * DAY);
  return startOfLondonDay(Math.round(utc(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY));
}

/**
 * The last instant (to the millisecond) of the London month an instant falls
 * in (for a date known only to the month, read as late as it could be).
 *
 * @example
 * ```ts
 * new Date(endOfLondonMonth(Date.parse('2025-06-20T10:00:00Z'))).toISOString(); // '2025-06-30T22:59:59.999Z' (BST)
 * ```
 * @since 0.1.0
 */
export function endOfLondonMonth(instant: number): number {
  return startOfLondonDay(addMonthsToDay(londonDayOf(firstOfLondonMonth(instant)), 1)) - 1;
}

/**
 * A London date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * formatLondonDay(0); // '1970-01-01'
 * ```
 * @since 0.1.0
 */
export function formatLondonDay(day: LondonDay): string {
  // Civil date from a day number (the proleptic Gregorian calendar), without a Date object.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(day * DAY).toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * The London calendar date of an instant, written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * londonDate(Date.parse('2025-06-30T23:30:00Z')); // '2025-07-01' (00:30 BST)
 * londonDate(Date.parse('2025-12-31T23:30:00Z')); // '2025-12-31' (GMT)
 * ```
 * @since 0.1.0
 * @category Dates and times
 */
export function londonDate(instant: number): string {
  return formatLondonDay(londonDayOf(instant));
}

/**
 * Whether a duration is counted on calendar dates (months, days) rather than
 * as exact hours.
 *
 * @example
 * ```ts
 * isCalendarDuration({ months: 12 }); // true
 * isCalendarDuration({ hours: 72 }); // false
 * ```
 * @since 0.1.0
 * @category Dates and times
 */
export function isCalendarDuration(duration: Duration): boolean {
  return !('hours' in duration);
}

function shiftDay(day: LondonDay, duration: Duration, sign: 1 | -1): LondonDay {
  if ('months' in duration) return addMonthsToDay(day, sign * duration.months);
  return day + sign * (duration as { readonly days: number }).days;
}

/**
 * The last instant inside a window that starts at `from`: for months and
 * days, the end of the London date that many months or days later (both end
 * dates count); for hours, exactly that many hours later.
 *
 * @param from - the instant the window starts at (an event, a referral)
 * @param duration - the window
 * @returns the last instant inside the window
 *
 * @example
 * ```ts
 * // A referral at 16:00 on 1 March 2025: "within 12 months" runs to the end of 1 March 2026.
 * new Date(windowEnd(Date.parse('2025-03-01T16:00:00Z'), { months: 12 })).toISOString(); // '2026-03-01T23:59:59.999Z'
 * new Date(windowEnd(Date.parse('2025-03-01T16:00:00Z'), { hours: 72 })).toISOString(); // '2025-03-04T16:00:00.000Z'
 * ```
 * @since 0.1.0
 * @category Dates and times
 */
export function windowEnd(from: number, duration: Duration): number {
  if ('hours' in duration) return from + duration.hours * HOUR;
  return endOfLondonDay(shiftDay(londonDayOf(from), duration, 1));
}

/**
 * The first instant inside a window that ends at `to`: for months and days,
 * the start of the London date that many months or days earlier (both end
 * dates count); for hours, exactly that many hours earlier.
 *
 * @param to - the instant the window ends at (usually the time of the check)
 * @param duration - the window
 * @returns the first instant inside the window
 *
 * @example
 * ```ts
 * // "The 12 months to" 10 June 2026, at any time that day, start at the beginning of 10 June 2025 (BST).
 * new Date(windowStart(Date.parse('2026-06-10T08:00:00Z'), { months: 12 })).toISOString(); // '2025-06-09T23:00:00.000Z'
 * ```
 * @since 0.1.0
 * @category Dates and times
 */
export function windowStart(to: number, duration: Duration): number {
  if ('hours' in duration) return to - duration.hours * HOUR;
  return startOfLondonDay(shiftDay(londonDayOf(to), duration, -1));
}

/**
 * The first and last London dates of a window, for reasons and evidence, or
 * null for an hour window.
 *
 * @example
 * ```ts
 * windowDates(Date.parse('2025-06-09T23:00:00Z'), Date.parse('2026-06-10T08:00:00Z'), { months: 12 }); // { from: '2025-06-10', to: '2026-06-10' }
 * ```
 * @since 0.1.0
 */
export function windowDates(start: number, end: number, duration: Duration): { readonly from: string; readonly to: string } | null {
  if (!isCalendarDuration(duration)) return null;
  return Object.freeze({ from: londonDate(start), to: londonDate(end) });
}
