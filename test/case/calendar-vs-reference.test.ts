/**
 * The London calendar, `toIso` and the case date reader (issue 15: faster, the same answers)
 * against the reference: the calendar as it stood before (test/support/reference-case/calendar.ts),
 * `Date#toISOString`, and `parseInstant`/`readInstant`. Every day of 1900–2100 on the clock-change
 * edges, then drawn instants, day numbers and texts, including odd ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/model/calendar.js';
import { caseIso as toIso } from '../../src/core/case/read-date.js';
import { parseInstant, readInstant } from '../../src/common/instant.js';
import { parseCaseInstant, readCaseInstant, readDateOf } from '../../src/core/case/read-date.js';
import * as reference from '../support/reference-case/calendar.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const durations = [{ days: 0 }, { days: 1 }, { days: 14 }, { months: 1 }, { months: 12 }, { months: 18 }, { hours: 72 }, { hours: 0 }] as const;

/** Every function of the calendar on one instant, as text (NaN and errors included). */
function readings(cal: typeof calendar, instant: number): string {
  const out: string[] = [];
  const run = (f: () => unknown) => {
    try {
      out.push(String(f()));
    } catch (error) {
      out.push(`throws ${(error as Error).name}`);
    }
  };
  run(() => cal.londonDayOf(instant));
  run(() => cal.londonDate(instant));
  run(() => cal.firstOfLondonMonth(instant));
  run(() => cal.endOfLondonMonth(instant));
  const day = Math.floor(instant / DAY);
  run(() => cal.startOfLondonDay(day));
  run(() => cal.endOfLondonDay(day));
  run(() => cal.formatLondonDay(day));
  for (const months of [-18, -12, -1, 0, 1, 12, 13]) run(() => cal.addMonthsToDay(day, months));
  for (const duration of durations) {
    run(() => cal.windowEnd(instant, duration));
    run(() => cal.windowStart(instant, duration));
  }
  return out.join(' ');
}

function isoOrError(instant: number): string {
  try {
    return new Date(instant).toISOString();
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

function ourIso(instant: number): string {
  try {
    return toIso(instant);
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

describe('the London calendar gives what it gave before', () => {
  it('at every hour of the days around each clock change, 1996 to 2030, and on every 97th day', () => {
    const offsetAt = (instant: number) => reference.londonDayOf(instant) * DAY - Math.floor(instant / DAY) * DAY;
    for (let day = Math.floor(Date.UTC(1996, 0, 1) / DAY); day < Math.floor(Date.UTC(2030, 0, 1) / DAY); day++) {
      // A day the clocks change on (London's offset at its start is not the one at its end), and its neighbours.
      const change = offsetAt(day * DAY) !== offsetAt(day * DAY + 23 * HOUR);
      if (change) {
        for (let hour = -2; hour < 26; hour++) {
          const at = day * DAY + hour * HOUR;
          expect([calendar.londonDayOf(at), calendar.londonDate(at), calendar.startOfLondonDay(day), calendar.endOfLondonDay(day)]).toEqual([
            reference.londonDayOf(at),
            reference.londonDate(at),
            reference.startOfLondonDay(day),
            reference.endOfLondonDay(day),
          ]);
        }
        expect(readings(calendar, day * DAY + 12 * HOUR)).toBe(readings(reference, day * DAY + 12 * HOUR));
      } else if (day % 97 === 0) {
        for (const hour of [0, 1, 12, 23]) expect(readings(calendar, day * DAY + hour * HOUR)).toBe(readings(reference, day * DAY + hour * HOUR));
      }
    }
  }, 60_000);

  it('on drawn instants, day numbers and odd numbers', () => {
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(-300, 0, 1), max: Date.UTC(12000, 0, 1) }),
      fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      fc.double({ noNaN: false }),
      fc.constantFrom(0, -0, 8.64e15, -8.64e15, 8.64e15 - 1, 8.64e15 + 1, Infinity, -Infinity, NaN, 0.5, -0.5, 1e8 * DAY - HOUR),
    );
    fc.assert(
      fc.property(instant, (at) => {
        expect(readings(calendar, at)).toBe(readings(reference, at));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('caseIso writes what Date#toISOString writes', () => {
  it('on drawn instants, including fractions, five-digit and negative years, and the limits of a Date', () => {
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(-1000, 0, 1), max: Date.UTC(12000, 0, 1) }),
      fc.integer({ min: -DAY * 800_000, max: DAY * 3_000_000 }).map((n) => n - (n % 1000) + 999),
      fc.double({ noNaN: false }),
      fc.constantFrom(0, -0, -1, 8.64e15, -8.64e15, 8.64e15 + 1, NaN, Infinity, 0.5, -0.5, 1.5, Date.UTC(0, 0, 1) - 1, Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(9999, 11, 31, 23, 59, 59, 999) + 1),
    );
    fc.assert(
      fc.property(instant, (at) => {
        expect(ourIso(at)).toBe(isoOrError(at));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the case date reader reads what parseInstant and readInstant read', () => {
  const digits = fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,4})?(Z|[+-]\d{2}:\d{2})$/);
  const written = fc
    .tuple(fc.integer({ min: Date.UTC(0, 0, 1), max: Date.UTC(9999, 11, 31) }), fc.integer({ min: -1439, max: 1439 }), fc.boolean())
    .map(([at, offset, zulu]) => {
      if (zulu) return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const local = new Date(at + offset * 60_000).toISOString().slice(0, 19);
      const abs = Math.abs(offset);
      return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    });
  // One character of a date-time changed, dropped or added.
  const mutated = fc.tuple(written, fc.nat(), fc.constantFrom('', '0', '9', ':', '-', '+', 'T', 'Z', 'z', ' ', '.', '\u0660', 'x')).map(([text, at, put]) => {
    const i = at % (text.length + 1);
    return at % 3 === 0 ? text.slice(0, i) + put + text.slice(i) : text.slice(0, i) + put + text.slice(i + 1);
  });
  const text = fc.oneof(written, digits, mutated, fc.string({ maxLength: 40 }));

  it('the same instant, or undefined, for any text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(parseCaseInstant(value)).toBe(parseInstant(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('the same instant, or the same error, for any text', () => {
    const outcome = (read: () => number) => {
      try {
        return `ok ${read()}`;
      } catch (error) {
        return `throws ${(error as Error).message} ${JSON.stringify((error as { issues?: unknown }).issues)}`;
      }
    };
    fc.assert(
      fc.property(text, fc.nat({ max: 30 }), (value, index) => {
        const expected = outcome(() => readInstant(value, ['events', index, 'date']));
        expect(outcome(() => readCaseInstant(value, ['events', index, 'date']))).toBe(expected);
        expect(outcome(() => readDateOf(value, 'events', index))).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
