/**
 * The case date reader and writer (issue 15: faster, the same answers) against what they stand in
 * for: `caseIso` against `Date#toISOString`, and `parseCaseInstant`/`readCaseInstant`/`readDateOf`
 * against `parseInstant`/`readInstant`, on drawn instants and texts, including odd ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant, readInstant } from '../../src/common/instant.js';
import { caseIso as toIso, parseCaseInstant, readCaseInstant, readDateOf } from '../../src/core/case/read-date.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

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
