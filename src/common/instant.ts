/**
 * Reading instants: ISO 8601 (RFC 3339) date-times with seconds and an
 * offset. Knows no domain; every layer reads a date-time through here, so there
 * is one grammar and one error message for a date-time that is not one.
 *
 * @module
 */
import { daRiskError } from '../errors/error.js';
import { daysInMonth } from './days-in-month.js';

/**
 * Longest date-time read: `2025-03-01T09:30:00.123456789+01:00` (nanoseconds
 * and an offset) is 35 characters; a longer text is refused, whatever it holds.
 *
 * @internal
 */
export const MAX_DATE_TIME_LENGTH = 35;

const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

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
 * @category Dates and times
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
 * @category Dates and times
 */
export function isIsoDateTime(text: string): boolean {
  return parseInstant(text) !== undefined;
}

/**
 * Reads a date-time the caller supplied, or throws an `invalid-input`
 * {@link DaRiskError} naming the field (`path`) and the rule `iso-datetime`,
 * never the text itself. The one throwing reader: `now`, event dates and
 * decision times all go through it.
 *
 * @example
 * ```ts
 * readInstant('2025-03-01T00:00:00Z', ['now']); // 1740787200000
 * readInstant('yesterday', ['now']); // throws: now must be an ISO 8601 date-time …
 * ```
 * @internal
 */
export function readInstant(text: string, path: readonly (string | number)[]): number {
  const at = parseInstant(text);
  if (at === undefined) throw daRiskError('invalid-input', path, 'iso-datetime', ISO_DATETIME_RULE);
  return at;
}

/** What a date-time must look like, said once for every field that holds one. @internal */
export const ISO_DATETIME_RULE = 'must be an ISO 8601 date-time with seconds and an offset, such as 2025-03-01T10:15:00Z';
