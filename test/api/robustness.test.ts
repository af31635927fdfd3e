// No input inside or outside the documented limits stalls the process or escapes as anything
// but a typed error of bounded size.
import { describe, expect, it } from 'vitest';
import {
  assess,
  checkMarac,
  commonLocalBands,
  DaRiskError,
  defineScoringPolicy,
  everyIncident,
  isDaRiskError,
  managementInformation,
  maracReferral,
  reassessmentDefaults,
  safelivesRepeat,
  validateAssessmentInput,
  cambridgeshireReviewDeadlines,
  dashRic2009,
  defaultRegistry,
  defineInstrument,
  fromQuestionnaireResponse,
  reviewDeadlines,
  safelivesMarac,
  toQuestionnaireResponse,
  verifyResult,
  createRegistry,
  disclosures,
  sharedConcepts,
} from '../../src/index.js';
import { caseOf, dashAt } from '../support/cases.js';
import { thrown } from '../support/errors.js';
import { deepFrozen, inputWith, viaJson } from '../support/fixtures.js';
import { parseInstant } from '../../src/common/instant.js';

const T = '2025-05-01T12:00:00Z';
/** A caller's text that must never reach an error. */
const SECRET = 'Jane Doe, 14 Acacia Avenue';
/** An object whose every read throws an error carrying the caller's text, in the library's own error type. */
const hostile = () =>
  new Proxy(Object.freeze({}), {
    get: () => {
      throw new DaRiskError('invalid-input', [{ path: [SECRET], rule: SECRET, message: SECRET }]);
    },
    getOwnPropertyDescriptor: () => {
      throw new Error(SECRET);
    },
    ownKeys: () => {
      throw new Error(SECRET);
    },
    getPrototypeOf: () => {
      throw new Error(SECRET);
    },
  });

/** Runs `fn`, expects the library's own typed error, and checks no caller text is in it. */
function refusedWithoutEcho(fn: () => unknown): DaRiskError {
  const error = thrown(fn);
  expect(JSON.stringify({ message: error.message, issues: error.issues })).not.toContain(SECRET);
  return error;
}

describe('bounded errors and walks', () => {
  it('error-issue-cap: an input breaking thousands of rules gives an error listing 100 and counting the rest', () => {
    const answers = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`not-an-item-${i}`, { value: 'yes' }]));
    const error = thrown(() => assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers }));
    expect(error.issues).toHaveLength(101);
    expect(error.issues[100]).toMatchObject({ rule: 'more-issues', message: expect.stringMatching(/^and \d+ more issues not listed$/) });
    expect(error.message.length).toBeLessThan(2000);
    expect(error.message).not.toContain('not-an-item');
  });

  it('deep-walk-iterative: a cyclic or very deep policy is refused with a typed error, never a stack overflow', () => {
    const cyclic: Record<string, unknown> = { ...viaJson(commonLocalBands) };
    cyclic['self'] = cyclic;
    Object.freeze(cyclic);
    const first = thrown(() => assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers: {} }, { policy: cyclic as never }));
    expect(first.code).toBe('invalid-definition');

    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++) deep = Object.freeze({ next: deep });
    const nested = Object.freeze({ ...viaJson(commonLocalBands), extra: deep });
    let caught: unknown;
    try {
      assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers: {} }, { policy: nested as never });
    } catch (error) {
      caught = error;
    }
    expect(isDaRiskError(caught)).toBe(true);
    expect(() => defineScoringPolicy(nested)).toThrow(/invalid-definition/);
  });
});

describe('outside data that throws when read', () => {
  const miOptions = { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z', now: T, repeat: safelivesRepeat, reassessment: reassessmentDefaults, assessmentRequired: everyIncident };

  it('mi-unreadable-input: managementInformation refuses getters and Proxies that throw, in records, options and policies, as unreadable', () => {
    const getter = Object.defineProperty({ ...miOptions }, 'now', { get: () => { throw new Error(SECRET); }, enumerable: true });
    expect(refusedWithoutEcho(() => managementInformation([], getter)).issues[0]).toMatchObject({ path: ['options'], rule: 'unreadable' });
    expect(refusedWithoutEcho(() => managementInformation([], { ...miOptions, repeat: hostile() as never })).issues[0]).toMatchObject({ rule: 'unreadable' });
    expect(refusedWithoutEcho(() => managementInformation(hostile() as never, miOptions)).code).toBe('invalid-input');
    const records = [{}];
    Object.defineProperty(records, 0, { get: () => { throw new Error(SECRET); } });
    expect(refusedWithoutEcho(() => managementInformation<unknown>(records, miOptions)).issues[0]).toMatchObject({ path: ['records'], rule: 'unreadable' });
  });

  it('mi-case-count-cap: a sparse array of length 2^32 - 1 is refused at once, never walked', () => {
    const started = performance.now();
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(refusedWithoutEcho(() => managementInformation(sparse, miOptions)).issues[0]).toMatchObject({ path: ['records'], rule: 'too-many' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('referral-unreadable-stored: maracReferral refuses a stored part whose getter throws, even a DaRiskError with the caller\u2019s text', () => {
    const input = { ...inputWith({ strangulation: 'yes' }), id: 'a-1', assessedAt: T };
    const result = assess(input);
    const decision = checkMarac({ now: T, victimAge: 30, assessment: result, professionalJudgement: { by: 'idva-1', at: T, rationale: 'Fears for her life' } });
    const options = { referredAt: T, referredBy: 'idva-1', agency: 'idva' as const };
    const stored = Object.defineProperty({ input }, 'result', {
      get: () => {
        throw new DaRiskError('invalid-input', [{ path: [SECRET], rule: 'type', message: SECRET }]);
      },
      enumerable: true,
    }) as { input: unknown; result: unknown };
    expect(refusedWithoutEcho(() => maracReferral(stored, decision, options)).issues[0]).toMatchObject({ path: ['stored'], rule: 'unreadable' });
    expect(refusedWithoutEcho(() => maracReferral(hostile() as never, decision, options)).code).toBe('invalid-input');
  });

  it('is-da-risk-error-never-throws: the type guard answers false for a Proxy or getter that throws', () => {
    expect(isDaRiskError(hostile())).toBe(false);
    const lookAlike = Object.defineProperty(new Error('x'), 'name', { get: () => { throw new Error(SECRET); } });
    expect(isDaRiskError(lookAlike)).toBe(false);
  });

  it('policy-proxy-unreadable: a Proxy given as the scoring policy is refused as unreadable, never a raw error', () => {
    const error = refusedWithoutEcho(() => assess(inputWith({}), { policy: hostile() as never }));
    expect(error).toMatchObject({ code: 'invalid-definition' });
    expect(error.issues[0]?.rule).toBe('unreadable');
  });
});

describe('values the library returns', () => {
  it('validated-input-frozen: validateAssessmentInput returns a deep-frozen copy, apart from the caller\u2019s input', () => {
    const input = inputWith({ strangulation: 'yes' });
    const checked = validateAssessmentInput(input);
    if (!checked.ok) throw checked.error;
    expect(deepFrozen(checked.value)).toBe(true);
    expect(Object.isFrozen(checked)).toBe(true);
    expect(Object.isFrozen(validateAssessmentInput({}))).toBe(true);
    expect(checked.value.input).not.toBe(input);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('date-time-length-cap: a date-time longer than 35 characters is refused, by the schema and by the reader alike', () => {
    const longest = '2025-03-01T09:30:00.123456789+01:00';
    expect(longest).toHaveLength(35);
    expect(parseInstant(longest)).toBe(Date.UTC(2025, 2, 1, 8, 30, 0, 123));
    const tooLong = `2025-03-01T09:30:00.${'1'.repeat(100_000)}Z`;
    expect(parseInstant(tooLong)).toBeUndefined();
    expect(assess({ ...inputWith({}), assessedAt: longest }).assessedAt).toBe(longest);
    const error = refusedWithoutEcho(() => assess({ ...inputWith({}), assessedAt: tooLong }));
    expect(error.issues[0]?.path).toEqual(['assessedAt']);
    expect(error.message.length).toBeLessThan(500);
  });
});

describe('arguments that steer the library', () => {
  const allYes = inputWith(Object.fromEntries(dashRic2009.items.map((item) => [item.id, 'yes'])));

  it('registry-made-by-library: a hand-made registry is refused, so every edition a rule reads was checked', () => {
    const fake = viaJson(dashRic2009) as unknown as { items: { counts: boolean }[] };
    fake.items.forEach((item) => (item.counts = false));
    const registry = { get: () => fake, find: () => fake, editions: () => ['2009'], list: () => [] };
    expect(refusedWithoutEcho(() => assess(allYes, { registry: registry as never })).issues[0]).toMatchObject({ path: ['registry'], rule: 'not-a-registry' });
    expect(refusedWithoutEcho(() => verifyResult(allYes, assess(allYes), { registry: registry as never })).issues[0]?.rule).toBe('not-a-registry');
    expect(refusedWithoutEcho(() => fromQuestionnaireResponse(toQuestionnaireResponse(dashRic2009, allYes), registry as never)).issues[0]?.rule).toBe('not-a-registry');
    const input = { ...allYes, id: 'a-1', assessedAt: T };
    const stored = { input, result: assess(input) };
    const decision = checkMarac({ now: T, victimAge: 30, assessment: stored.result });
    expect(refusedWithoutEcho(() => maracReferral(stored, decision, { referredAt: T, referredBy: 'idva-1', agency: 'idva' }, { ...defaultRegistry } as never)).issues[0]).toMatchObject({ path: ['read'], rule: 'not-a-registry' });
    // The library's own registry answers a lookup by anything but text with its own error.
    expect(thrown(() => defaultRegistry.get(Symbol('x') as never, '2009')).code).toBe('unknown-instrument');
  });

  it('policy-kind-checked: a policy of one kind given where another belongs is refused, never read as the wrong kind', () => {
    expect(refusedWithoutEcho(() => checkMarac({ now: T, victimAge: 30, assessment: assess(allYes) }, commonLocalBands as never)).issues[0]?.rule).toBe('wrong-kind');
    const scoredUnderMarac = refusedWithoutEcho(() => assess(allYes, { policy: safelivesMarac as never }));
    expect(scoredUnderMarac.code).toBe('invalid-definition');
    expect(scoredUnderMarac.issues[0]?.path).toEqual(['kind']);
    const record = caseOf({ assessments: [dashAt('a-1', '2025-04-01T12:00:00Z', 'high')] });
    const deadlinesUnderReassessment = refusedWithoutEcho(() => reviewDeadlines(record, T, reassessmentDefaults as never));
    expect(deadlinesUnderReassessment.code).toBe('invalid-definition');
    expect(deadlinesUnderReassessment.issues.some((issue) => issue.rule === 'wrong-kind' || issue.path[0] === 'kind')).toBe(true);
    expect(reviewDeadlines(record, T, cambridgeshireReviewDeadlines)).toBeDefined();
  });

  it('options-read-once: options whose getters throw are refused as unreadable, whatever they throw', () => {
    const throwing = (key: string) =>
      Object.defineProperty({}, key, {
        get: () => {
          throw new DaRiskError('invalid-input', [{ path: [SECRET], rule: SECRET, message: SECRET }]);
        },
        enumerable: true,
      });
    expect(refusedWithoutEcho(() => assess(allYes, throwing('policy') as never)).issues[0]).toMatchObject({ path: ['options'], rule: 'unreadable' });
    const response = toQuestionnaireResponse(dashRic2009, allYes);
    expect(refusedWithoutEcho(() => fromQuestionnaireResponse(response, undefined, throwing('baseUrl') as never)).issues[0]?.rule).toBe('unreadable');
    expect(refusedWithoutEcho(() => fromQuestionnaireResponse(response, undefined, { baseUrl: { toString: () => SECRET } } as never)).issues[0]?.path).toEqual(['options', 'baseUrl']);
    const policies = [Object.defineProperty({}, 'kind', { get: () => { throw new Error(SECRET); }, enumerable: true })];
    expect(refusedWithoutEcho(() => verifyResult(allYes, assess(allYes), { policies: policies as never })).issues[0]?.rule).toBe('unreadable');
  });

  it('revoked-proxy-array: a revoked Proxy given as a list of editions or results is refused as unreadable', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(refusedWithoutEcho(() => createRegistry(proxy as never)).issues[0]?.rule).toBe('unreadable');
    expect(refusedWithoutEcho(() => disclosures(proxy as never, sharedConcepts)).issues[0]?.rule).toBe('unreadable');
  });

  it('no-inherited-item-id: an edition cannot name an item constructor, a name every object inherits', () => {
    const definition = viaJson(dashRic2009) as unknown as { id: string; items: { id: string }[] };
    definition.id = 'exampleshire-checklist';
    definition.items[0]!.id = 'constructor';
    const error = refusedWithoutEcho(() => defineInstrument(definition));
    expect(error.issues.map((issue) => issue.rule)).toContain('kebab-case');
    expect(Object.keys(Object)).toEqual([]);
  });
});
