// Issue 15: `assess` reads the common valid case in one quick pass and sends everything else to
// the full check (a JSON-normal copy validated by the zod schema). The quick check must never
// accept what the full check refuses, must read what it accepts exactly as the full check reads
// it (the same result, byte for byte), and must accept the valid inputs a case system sends.
//
// The number of inputs is DA_RISK_QUICK_CHECK_RUNS (default 30,000 here; `npm run
// fuzz:quick-check` and CI run 1,000,000): random inputs of every shipped checklist edition, each
// with targeted mutations at the edges of the schema, wild mutations from the fuzz kit, and now
// and then a hostile part (getters that throw, Proxies, cycles, objects without a prototype).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAssessmentInput } from '../../src/api/assess.js';
import { defaultRegistry } from '../../src/api/default-registry.js';
import { assessTrusted, scoreCodes } from '../../src/core/assess-trusted.js';
import { planFor } from '../../src/core/plan.js';
import { commonLocalBands, dashRic2009, policeDash2009, sDash2009, assess, type AssessmentInput, type Instrument } from '../../src/index.js';
import { assessmentInputArbitrary } from '../../src/testing.js';
import { quickReadAssessment } from '../../src/api/assessment-quick-check.js';
import { hostileArb, hostilise, mutate, mutationArb, type Shaped } from '../fuzz/mutate.js';

const RUNS = Number(process.env.DA_RISK_QUICK_CHECK_RUNS ?? 30_000);
const EDITIONS: readonly Instrument[] = [dashRic2009, policeDash2009, sDash2009];

const DATES = [
  '2025-03-01T10:15:00Z',
  '2025-03-01T10:15:00.123456789+01:00',
  '2024-02-29T23:59:59-14:00',
  '2025-02-29T10:00:00Z',
  '2100-02-29T10:00:00Z',
  '2000-02-29T10:00:00Z',
  '2025-03-01T10:15Z',
  '2025-03-01T10:15:00',
  '2025-03-01T10:15:00z',
  '2025-03-01t10:15:00Z',
  '2025-03-01 10:15:00Z',
  '2025-03-01T24:00:00Z',
  '2025-03-01T10:15:60Z',
  '2025-03-01T10:15:00+0100',
  '2025-03-01T10:15:00+24:00',
  '2025-03-01T10:15:00.Z',
  '2025-03-01T10:15:00,5Z',
  '+02025-03-01T10:15:00Z',
  '2025-03-01T10:15:00.1234567890123456789Z',
  '2025-03-01T10:15:00.12345678901234567Z',
  '2025-03-01',
  '',
];
const STRINGS = ['', ' ', '\u00a0', '\ufeff', '\u200b', 'a', ' a ', 'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(10_000), 'x'.repeat(10_001), ' '.repeat(10_001)];
const VALUES = ['yes', 'no', 'dont-know', 'declined', 'Yes', 'once', 'confirmed', 'absent', '', 'yes ', 1, true, null, ['yes'], { value: 'yes' }];
const SOURCES = ['victim', 'practitioner', 'records', 'other-agency', 'Victim', 'police', '', 3];
const KEYS = ['value', 'comment', 'source', 'options', 'id', 'assessedAt', 'instrument', 'answers', 'edition', '__proto__', 'constructor', 'extra', 'strangulation', ''];

/** One change at an edge of the schema, as data. */
interface Edge {
  readonly kind: number;
  readonly pick: number;
  readonly other: number;
}
const edgeArb: fc.Arbitrary<Edge> = fc.record({ kind: fc.nat({ max: 15 }), pick: fc.nat(), other: fc.nat() });

type Bag = Record<string, unknown>;

function pickFrom<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/** Applies an edge change to a fresh copy of a valid input (the root may be replaced). */
function edge(input: Bag, instrument: Instrument, change: Edge): unknown {
  const answers = input.answers as Record<string, Bag>;
  const ids = Object.keys(answers);
  const item = instrument.items[change.pick % instrument.items.length]!;
  const picked: unknown = ids.length > 0 ? answers[pickFrom(ids, change.pick)] : undefined;
  // An earlier change may have put something other than an answer object there.
  const answer = picked !== null && typeof picked === 'object' && !Object.isFrozen(picked) ? (picked as Bag) : undefined;
  const choices = item.optionGroups.flatMap((group) => group.choices.map((choice) => choice.id));
  switch (change.kind) {
    case 0:
      input.assessedAt = pickFrom(DATES, change.other);
      break;
    case 1:
      input.id = pickFrom(STRINGS, change.other);
      break;
    case 2:
      if (answer !== undefined) answer.value = pickFrom(VALUES, change.other);
      break;
    case 3:
      if (answer !== undefined) answer.comment = pickFrom(STRINGS, change.other);
      break;
    case 4:
      if (answer !== undefined) answer.source = pickFrom(SOURCES, change.other);
      break;
    case 5: {
      // Sub-options: valid, repeated, too many, from another item, not text, with another value.
      const variants: unknown[] = [[], choices.slice(0, 1), choices.slice(0, 2), choices, [...choices, ...choices.slice(0, 1)], [choices[0], choices[0]], ['not-a-choice'], [1], 'x', { 0: choices[0] }];
      answers[item.id] = { value: change.other % 5 === 0 ? 'no' : 'yes', options: pickFrom(variants, change.other) };
      break;
    }
    case 6: {
      // A key whose value is undefined, at any level.
      const target = pickFrom([input, answers, answer ?? input, input.instrument as Bag], change.other);
      target[pickFrom(KEYS, change.pick)] = undefined;
      break;
    }
    case 7: {
      // An extra key, at any level (defined as data, so __proto__ is an own key).
      const target = pickFrom([input, answers, answer ?? input, input.instrument as Bag], change.other);
      Object.defineProperty(target, pickFrom(KEYS, change.pick), { value: pickFrom(VALUES, change.other), enumerable: true, writable: true, configurable: true });
      break;
    }
    case 8: {
      // Another instrument or edition, or a reference that is not plain.
      const refs: unknown[] = [
        { id: 'dash-ric', edition: '2009' },
        { id: 'police-dash', edition: '2009' },
        { id: 's-dash', edition: '2009' },
        { id: 'dara', edition: '2022-provisional' },
        { id: 'barnardos-rim', edition: '2009-provisional' },
        { id: 'dash-ric', edition: '2010' },
        { id: 'dash-ric\u0000', edition: '2009' },
        { id: 'dash-ric', edition: '2009', extra: 1 },
        { id: 'dash-ric' },
        ['dash-ric', '2009'],
        'dash-ric',
      ];
      input.instrument = pickFrom(refs, change.other);
      break;
    }
    case 9: {
      // A container without Object.prototype, or of a class, or an array.
      class Answer {
        constructor(readonly value: string) {}
      }
      const variants = [Object.assign(Object.create(null), answer ?? {}), new Answer('yes'), [answer], Object.assign([], answer)];
      if (answer !== undefined && ids.length > 0) answers[pickFrom(ids, change.pick)] = pickFrom(variants, change.other);
      break;
    }
    case 10:
      return Object.assign(change.other % 2 === 0 ? Object.create(null) : [], input);
    case 11:
      delete input[pickFrom(['instrument', 'answers', 'id', 'assessedAt'], change.other)];
      break;
    case 12:
      if (answer !== undefined) delete answer.value;
      break;
    case 13: {
      // A getter on an answer (read once by either check).
      if (answer !== undefined) {
        const value = answer.value;
        delete answer.value;
        Object.defineProperty(answer, 'value', { get: () => value, enumerable: true, configurable: true });
      }
      break;
    }
    case 14:
      // Free-text value on an item that is not free text, and the reverse.
      if (answer !== undefined) answer.value = pickFrom(['She said so.', ' ', 'yes'], change.other);
      break;
    default:
      break;
  }
  return input;
}

/** Valid inputs of each edition, drawn once from the testing kit (drawing them per run would cost more than the checks). */
const POOL = EDITIONS.map((instrument, e) => fc.sample(assessmentInputArbitrary(instrument), { numRuns: 3_000, seed: 1_000 + e }));

const caseArb = fc.record({
  edition: fc.nat({ max: EDITIONS.length - 1 }),
  pick: fc.nat(),
  // 0–2: a valid input as it is; 3–6: changes at the edges of the schema; 7–8: those and wild changes; 9: a hostile part too.
  mode: fc.nat({ max: 9 }),
  edges: fc.array(edgeArb, { minLength: 1, maxLength: 3 }),
  wild: fc.array(mutationArb, { minLength: 1, maxLength: 2 }),
  hostile: hostileArb,
  extra: fc.record({ id: fc.option(fc.constantFrom('a-1', 'case 7/2025'), { nil: undefined }), assessedAt: fc.option(fc.constantFrom(...DATES.slice(0, 3)), { nil: undefined }) }),
});

function attempt(change: () => void): void {
  try {
    change();
  } catch {
    // left out
  }
}

/** What the full check says, and the result it scores, as text. */
function full(value: unknown): string {
  const checked = checkAssessmentInput(value, defaultRegistry);
  if (!checked.ok) return 'refused';
  try {
    return JSON.stringify(assessTrusted(checked.value.instrument, checked.value.input, commonLocalBands));
  } catch {
    return 'refused';
  }
}

describe('the quick check of assessment inputs agrees with the full check', () => {
  it('rule: the quick check never accepts what the full check refuses, and reads what it accepts the same way', () => {
    let ran = 0;
    let accepted = 0;
    let fullAccepted = 0;
    let plainValid = 0;
    let plainValidAccepted = 0;
    fc.assert(
      fc.property(caseArb, (draw) => {
        const instrument = EDITIONS[draw.edition]!;
        // A fresh copy: the changes below write in place.
        const pool = POOL[draw.edition]!;
        const base = structuredClone(pool[draw.pick % pool.length]) as unknown as Bag;
        if (draw.extra.id !== undefined) base.id = draw.extra.id;
        if (draw.extra.assessedAt !== undefined) base.assessedAt = draw.extra.assessedAt;
        let value: unknown = base;
        const untouched = draw.mode <= 2;
        for (const change of untouched ? [] : draw.edges) {
          const current = value;
          if (current !== null && typeof current === 'object' && !Array.isArray(current) && (current as Bag).answers) attempt(() => (value = edge(current as Bag, instrument, change)));
        }
        const shaped: Shaped = { value, hostile: false, stateful: false, hidden: [] };
        // As the fuzz harness does: a change that cannot be made (freezing a typed array, say) is left out.
        if (draw.mode >= 7) for (const mutation of draw.wild) attempt(() => mutate(shaped, mutation, []));
        if (draw.mode === 9) attempt(() => hostilise(shaped, draw.hostile, false));
        value = shaped.value;

        const quick = quickReadAssessment(value, defaultRegistry);
        ran++;
        if (untouched) {
          plainValid++;
          if (quick !== undefined) plainValidAccepted++;
        }
        // A Proxy that starts throwing after a few reads answers a second reader differently: there is no one
        // reading to compare with (assess reads it once, by whichever check takes it).
        if (shaped.stateful) return;
        const verdict = full(value);
        if (verdict !== 'refused') fullAccepted++;
        if (quick === undefined) return;
        accepted++;
        const fast = JSON.stringify(scoreCodes(planFor(quick.instrument, commonLocalBands), quick.id, quick.assessedAt, quick.codes));
        expect(fast).toBe(verdict);
      }),
      { numRuns: RUNS, seed: Number(process.env.DA_RISK_QUICK_CHECK_SEED ?? 20261202) },
    );
    // The quick check is worth having only if it takes the valid inputs a case system sends.
    expect(plainValidAccepted).toBe(plainValid);
    // Of the inputs actually drawn (the mutation run caps every property's runs).
    expect(plainValid).toBeGreaterThan(ran / 10);
    // What the quick check leaves to the full check and the full check accepts: objects without a prototype,
    // class instances, undefined values and the like, which a case system's JSON never holds.
    expect(accepted).toBeGreaterThan(fullAccepted * 0.8);
  }, 3_600_000);

  it('rule: the quick check stands aside for a prototype with enumerable keys, so an inherited answer is never read', () => {
    const input = { instrument: { id: 'dash-ric', edition: '2009' }, answers: {} };
    (Object.prototype as Bag).strangulation = { value: 'yes' };
    try {
      expect(quickReadAssessment(input, defaultRegistry)).toBeUndefined();
      // Whatever the full check makes of a polluted prototype (today it refuses), it never reads the inherited yes.
      const verdict = full(input);
      expect(verdict === 'refused' || JSON.parse(verdict).count === 0).toBe(true);
    } finally {
      delete (Object.prototype as Bag).strangulation;
    }
    expect(quickReadAssessment(input, defaultRegistry)).toBeDefined();
  });

  it('rule: the quick check stands aside for objects the full check cannot read as plain: a toStringTag, a Proxy of an array, an arguments object, a re-prototyped Date', () => {
    const base = () => ({ instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes' } } as Bag });
    const tagged = Object.assign(base(), { [Symbol.toStringTag]: 'Assessment' });
    const taggedAnswers = base();
    taggedAnswers.answers = Object.assign(taggedAnswers.answers, { [Symbol.toStringTag]: 'Answers' });
    const arrayProxy = base();
    arrayProxy.answers = new Proxy([] as unknown as Bag, { getPrototypeOf: () => Object.prototype, ownKeys: () => ['strangulation', 'length'], get: (_t, key) => (key === 'strangulation' ? { value: 'yes' } : undefined) });
    const args = base();
    args.answers.strangulation = (function (this: unknown, ..._rest: unknown[]) {
      // eslint-disable-next-line prefer-rest-params
      return Object.assign(arguments, { value: 'yes' });
    })();
    Object.setPrototypeOf(args.answers.strangulation, Object.prototype);
    const date = base();
    date.answers.strangulation = Object.assign(Object.setPrototypeOf(new Date(0), Object.prototype) as Bag, { value: 'yes' });
    for (const [name, input] of Object.entries({ tagged, taggedAnswers, arrayProxy, args, date })) {
      expect(quickReadAssessment(input, defaultRegistry), name).toBeUndefined();
      expect(full(input), name).toBe('refused');
      expect(() => assess(input as unknown as AssessmentInput), name).toThrowError(expect.objectContaining({ code: 'invalid-input' }));
    }
  });

  it('stands aside, and the full check words the error, for every refusal: the errors callers see do not change', () => {
    const bad = { instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'maybe' } } };
    expect(quickReadAssessment(bad, defaultRegistry)).toBeUndefined();
    expect(() => assess(bad)).toThrowError(expect.objectContaining({ code: 'invalid-input', issues: [expect.objectContaining({ path: ['answers', 'strangulation', 'value'], rule: 'one-of' })] }));
  });
});
