/**
 * Reading a case's date-times quickly: the form case systems write almost
 * always (`2025-03-01T09:30:00Z`, or with an offset `+01:00`) is read digit by
 * digit; anything else (a fraction of a second, a malformed or impossible
 * date) goes to `readInstant`, which gives the same instant, or the same
 * error, as always.
 *
 * @module
 */
import { daysInMonth } from '../../common/days-in-month.js';
import { parseInstant, readInstant } from '../../common/instant.js';
import { formatLondonDay } from '../../model/calendar.js';
import { toIso } from '../../model/dates.js';

const ZERO = 48;

/** The digit at `i`, or -1. */
function digit(text: string, i: number): number {
  const code = text.charCodeAt(i) - ZERO;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Two digits at `i` as a number, or -1. */
function two(text: string, i: number): number {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (the inverse of the civil date a day number names). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The instant of `YYYY-MM-DDThh:mm:ssZ` or `YYYY-MM-DDThh:mm:ss±hh:mm`
 * naming a real date and time, or undefined for any other text (which may
 * still be a date-time: `readInstant` decides).
 */
function quickInstant(text: string): number | undefined {
  const length = text.length;
  if (length !== 20 && length !== 25) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) {
    return undefined;
  }
  const high = two(text, 0);
  const low = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  if (high < 0 || low < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return undefined;
  }
  const year = high * 100 + low;
  if (day > daysInMonth(year, month)) return undefined;
  let offsetMinutes = 0;
  if (length === 20) {
    if (text.charCodeAt(19) !== 90) return undefined;
  } else {
    const sign = text.charCodeAt(19);
    const offsetHours = two(text, 20);
    const offsetMins = two(text, 23);
    if ((sign !== 43 && sign !== 45) || text.charCodeAt(22) !== 58 || offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59) return undefined;
    offsetMinutes = (offsetHours * 60 + offsetMins) * (sign === 45 ? -1 : 1);
  }
  return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 - offsetMinutes * 60_000;
}

/**
 * Reads a date-time of a case exactly as `readInstant` does (the same
 * instant; for a text that is not a date-time, the same `invalid-input`
 * error naming `path`), reading the common forms without a regular
 * expression.
 *
 * @internal
 */
export function readCaseInstant(text: string, path: readonly (string | number)[]): number {
  return (typeof text === 'string' ? quickInstant(text) : undefined) ?? readInstant(text, path);
}

/**
 * Reads a date-time exactly as `parseInstant` does (the instant, or
 * undefined for a text that is not a date-time), reading the common forms
 * without a regular expression.
 *
 * @internal
 */
export function parseCaseInstant(text: string): number | undefined {
  return (typeof text === 'string' ? quickInstant(text) : undefined) ?? parseInstant(text);
}

/**
 * Reads the date of the `index`-th entry of a case's list `field`, as
 * {@link readCaseInstant} does with the path `[field, index, 'date']` (built
 * only for a date that is not read at once).
 *
 * @internal
 */
export function readDateOf(text: string, field: string, index: number): number {
  return (typeof text === 'string' ? quickInstant(text) : undefined) ?? readInstant(text, [field, index, 'date']);
}

const DAY = 86_400_000;
/** 0000-01-01 and 9999-12-31 as day numbers: the years `toISOString` writes with four digits. */
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => (n < 10 ? `0${n}` : `${n}`));

// Dates written out, by day number: a case names the same few hundred dates again and again. Bounded.
const DAY_TEXTS = new Map<number, string>();
const MAX_DAY_TEXTS = 50_000;

/** `YYYY-MM-DD` of a day number, kept (the day number of a UTC date is the one a London date has: formatLondonDay writes any). */
function dayText(day: number): string {
  let text = DAY_TEXTS.get(day);
  if (text === undefined) {
    text = formatLondonDay(day);
    if (DAY_TEXTS.size >= MAX_DAY_TEXTS) DAY_TEXTS.clear();
    DAY_TEXTS.set(day, text);
  }
  return text;
}

/**
 * Writes an instant exactly as `toIso` (`Date#toISOString`) does, the date
 * part once per day number (the case results write dozens of instants on a
 * few hundred days); anything but whole milliseconds in the years 0000–9999
 * is written by `toIso` itself.
 *
 * @internal
 */
export function caseIso(instant: number): string {
  const day = Math.floor(instant / DAY);
  if (instant !== Math.floor(instant) || !(day >= FIRST_DAY && day <= LAST_DAY)) return toIso(instant);
  let rest = instant - day * DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  rest -= seconds * 1000;
  return `${dayText(day)}T${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${rest < 10 ? '00' : rest < 100 ? '0' : ''}${rest}Z`;
}
