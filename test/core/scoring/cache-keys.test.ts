// The scoring caches key small counts in one number: the base comes from the item limit, so
// raising the limit can never make two different sets of counts share a key.
import { describe, expect, it } from 'vitest';
import { COUNT_KEY_BASE } from '../../../src/core/assess-trusted.js';
import { limits } from '../../../src/model/limits.js';

describe('cache keys of the scoring core', () => {
  it('rule: the count key base is one more than the most items an edition may have', () => {
    expect(COUNT_KEY_BASE).toBe(limits.items + 1);
  });

  it('rule: a key of five counts stays an exact integer at the item limit', () => {
    // The tally key has five digits in this base; each digit is at most limits.items.
    const largest = (((limits.items * COUNT_KEY_BASE + limits.items) * COUNT_KEY_BASE + limits.items) * COUNT_KEY_BASE + limits.items) * COUNT_KEY_BASE + limits.items;
    expect(largest).toBe(COUNT_KEY_BASE ** 5 - 1);
    expect(Number.isSafeInteger(largest)).toBe(true);
  });
});
