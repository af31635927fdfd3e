// Issue 15: the command line assesses each record with `assessJsonValue`, which skips the
// JSON-normal copy `assessAny` makes of an outside value (a third of the command line's time),
// because every record is JSON.parse's or the CSV reader's plain data. On such a value it must
// give exactly what `assessAny` gives: the same result, byte for byte as JSON, or the same error.
// The values are valid inputs of every family and every shipped edition, mutated as the fuzz kit
// mutates them, and then sent through a JSON round trip, as a record read from a line would be.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessAny, assessJsonValue, readAnyOptions } from '../../src/api/assess-any.js';
import {
  barnardosRimProvisional,
  commonLocalBands,
  dara2022Provisional,
  dashRic2009,
  policeDash2009,
  sDash2009,
  isDaRiskError,
  type Instrument,
} from '../../src/index.js';
import { assessmentInputArbitrary, daraInputArbitrary, rimInputArbitrary } from '../../src/testing.js';
import { mutate, mutationArb, type Shaped } from '../fuzz/mutate.js';

const CHECKLISTS: readonly Instrument[] = [dashRic2009, policeDash2009, sDash2009];

/** What a call gave, as text: the result as JSON, or the error's code and issues. */
function outcome(run: () => unknown): string {
  try {
    return `result ${JSON.stringify(run())}`;
  } catch (error) {
    if (!isDaRiskError(error)) throw error;
    return `error ${error.code} ${JSON.stringify(error.issues)}`;
  }
}

const validArb: fc.Arbitrary<unknown> = fc.oneof(
  ...CHECKLISTS.map((instrument) => assessmentInputArbitrary(instrument) as fc.Arbitrary<unknown>),
  daraInputArbitrary(dara2022Provisional) as fc.Arbitrary<unknown>,
  rimInputArbitrary(barnardosRimProvisional) as fc.Arbitrary<unknown>,
);

/** A valid input with up to three mutations, through a JSON round trip, as a line read from a file would be. */
const recordArb = fc.tuple(validArb, fc.array(mutationArb, { maxLength: 3 }), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 })).map(([valid, mutations, grafts]) => {
  const shaped: Shaped = { value: structuredClone(valid), hostile: false, stateful: false, hidden: [] };
  for (const mutation of mutations) mutate(shaped, mutation, grafts);
  let text: string | undefined;
  try {
    text = JSON.stringify(shaped.value);
  } catch {
    // A payload JSON cannot write (a bigint): the record is the valid input as it was.
    text = JSON.stringify(valid);
  }
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
});

describe('assessJsonValue: the command line reads each record without a copy', () => {
  it('cli-json-value-same-as-assess-any: on a value JSON.parse made, the same result or the same error as assessAny', () => {
    const options = { scoring: commonLocalBands };
    const read = readAnyOptions(options);
    let results = 0;
    let ran = 0;
    fc.assert(
      fc.property(recordArb, (value) => {
        ran++;
        const expected = outcome(() => assessAny(value, options));
        expect(outcome(() => assessJsonValue(value, read))).toBe(expected);
        if (expected.startsWith('result')) results++;
      }),
      { numRuns: 1_000 },
    );
    // The comparison means something only if both outcomes are common (of the runs made: the mutation run caps them).
    expect(results).toBeGreaterThan(ran / 10);
    expect(results).toBeLessThan(ran * 0.99);
  }, 60_000);

  it('cli-json-value-edges: the lines the quick edition lookup leaves to the named-edition check get its errors', () => {
    const lines = [
      `{"instrument":{"id":"dash-ric","edition":"2009"},"answers":{},"__proto__":{"id":"x"}}`,
      `{"instrument":{"id":"dash-ric","edition":"2009","extra":1},"answers":{}}`,
      `{"instrument":{"id":"dash-ric","edition":2009},"answers":{}}`,
      `{"instrument":{"id":"dash-ric","edition":"2010"},"answers":{}}`,
      `{"instrument":{"id":"dash-ric"},"answers":{}}`,
      `{"instrument":["dash-ric","2009"],"answers":{}}`,
      `{"instrument":null}`,
      `[{"instrument":{"id":"dash-ric","edition":"2009"}}]`,
      `"dash-ric"`,
      `null`,
      `{"instrument":{"id":"dara","edition":"2022-provisional"},"answers":{"nope":{"value":"yes"}}}`,
    ];
    for (const line of lines) {
      const value = JSON.parse(line) as unknown;
      const expected = outcome(() => assessAny(value));
      expect(expected, line).toMatch(/^error /);
      expect(outcome(() => assessJsonValue(value, readAnyOptions(undefined))), line).toBe(expected);
    }
  });
});
