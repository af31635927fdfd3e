// The crime status of each incident reaches the MARAC repeat route as recorded.
import { describe, expect, it } from 'vitest';
import { caadaCrimeOnlyRepeatMarac, caseMaracCheck } from '../../../src/index.js';
import { caseOf } from '../../support/cases.js';

describe('each incident\u2019s crime status is passed on as recorded', () => {
  it('under a crime-only repeat rule, a crime counts, a non-crime does not, and neither is read as unknown', () => {
    const record = caseOf({
      maracReferrals: [{ date: '2024-12-01T10:00:00Z', agency: 'idva' }],
      events: [
        { id: 'i-1', type: 'new-incident', date: '2025-01-05T10:00:00Z', crime: true, reportedTo: ['police'] },
        { id: 'i-2', type: 'unwanted-contact', date: '2025-01-06T10:00:00Z', crime: false, reportedTo: ['police'] },
      ],
    });
    const repeat = caseMaracCheck(record, '2025-01-11T10:00:00Z', caadaCrimeOnlyRepeatMarac).routes.find((route) => route.id === 'repeat')!;
    expect(repeat.met).toBe(true);
    expect(repeat.evidence).toMatchObject({ incidents: [{ id: 'i-1', date: '2025-01-05T10:00:00Z' }], notCrime: 1, crimeUnknown: 0 });
  });
});
