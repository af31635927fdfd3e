import { describe, expect, it } from 'vitest';
import { addDuration, addMonths, describeDuration, isIsoDateTime, parseInstant } from '../../src/index.js';

describe('dates', () => {
  it('reads date-times with offsets as instants', () => {
    expect(parseInstant('2025-06-01T10:00:00+01:00')).toBe(Date.parse('2025-06-01T09:00:00Z'));
    expect(parseInstant('2025-06-01T10:00:00.250Z')).toBe(Date.parse('2025-06-01T10:00:00.250Z'));
    expect(parseInstant('2025-06-01T10:00:00-05:30')).toBe(Date.parse('2025-06-01T15:30:00Z'));
  });

  it('refuses dates that do not exist and forms without time, seconds or offset', () => {
    for (const text of ['2023-02-29T00:00:00Z', '2025-04-31T00:00:00Z', '2025-13-01T00:00:00Z', '2025-01-01T24:00:00Z', '2025-01-01T10:00Z', '2025-01-01T10:00:00', '2025-01-01', '']) {
      expect(isIsoDateTime(text), text).toBe(false);
    }
    expect(isIsoDateTime('2024-02-29T00:00:00Z')).toBe(true);
  });

  it('adds calendar months in UTC, clamping to the end of shorter months', () => {
    expect(new Date(addMonths(Date.parse('2025-03-31T10:00:00Z'), -1)).toISOString()).toBe('2025-02-28T10:00:00.000Z');
    expect(new Date(addMonths(Date.parse('2024-02-29T00:00:00Z'), 12)).toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(new Date(addMonths(Date.parse('2025-01-15T00:00:00Z'), -13)).toISOString()).toBe('2023-12-15T00:00:00.000Z');
    expect(new Date(addMonths(Date.parse('2025-06-01T12:00:00Z'), -12)).toISOString()).toBe('2024-06-01T12:00:00.000Z');
  });

  it('adds days and hours, and describes durations', () => {
    expect(addDuration(0, { days: 2 })).toBe(172_800_000);
    expect(addDuration(0, { hours: 72 }, -1)).toBe(-259_200_000);
    expect(describeDuration({ months: 1 })).toBe('1 month');
    expect(describeDuration({ hours: 72 })).toBe('72 hours');
  });
});
