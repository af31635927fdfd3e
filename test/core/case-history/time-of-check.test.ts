// The case rules read the time of a check themselves (the core entry points do not rely on the
// public API's own check of it).
import { describe, expect, it } from 'vitest';
import { thrown } from '../../support/errors.js';
import { readInstant } from '../../../src/common/instant.js';

describe('the time of the check is read as an instant by the case rules', () => {
  it('a malformed time of check is refused naming now; a well-formed one is read as its instant', () => {
    const error = thrown(() => readInstant('2025-01-16T10:00Z', ['now']));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([{ path: ['now'], rule: 'iso-datetime', message: 'must be an ISO 8601 date-time with seconds and an offset, such as 2025-03-01T10:15:00Z' }]);
    expect(readInstant('2025-01-16T10:00:00+01:00', ['now'])).toBe(Date.parse('2025-01-16T09:00:00Z'));
  });
});
