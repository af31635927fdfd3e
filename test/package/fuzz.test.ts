// The short fuzz run (`npm run fuzz` is the long one: a million inputs), and a test for
// each defect the fuzzer found and that is fixed, named after it.
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDara,
  assessRim,
  maracReferralTrusted,
  checkMarac,
  commonLocalBands,
  compareEditions,
  createRegistry,
  daraConsistency,
  dara2022Provisional,
  dashRic2009,
  defineDaraPolicy,
  defineMaracPolicy,
  defineScoringPolicy,
  defineThresholdOfNeedPolicy,
  disclosures,
  DaRiskError,
  limits,
  londonCafThresholds,
  barnardosRimRules,
  maracReferral,
  policeDash2009,
  reportingSeverity,
  safelivesPlusLibraryDefaultsMarac,
  severityOf,
  sharedConcepts,
  validateAssessmentInput,
  verifyResult,
  applyJudgement,
  answerTypes,
  attachWording,
} from '../../src/index.js';
import { ORACLES, failuresOf, fuzz, table } from '../fuzz/harness.js';
import { notFrozen, notJsonData } from '../fuzz/inspect.js';
import { wordingFor } from '../fuzz/pools.js';
import { thrown } from '../support/errors.js';

const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const allYes = () => ({
  instrument: { id: 'dash-ric', edition: '2009' },
  answers: Object.fromEntries(dashRic2009.items.map((item) => [item.id, { value: 'yes' }])),
});

describe('fuzz: the short run', () => {
  it('about 20,000 inputs over every function that takes outside data: every oracle count is zero', () => {
    // Fewer inputs for the functions whose inputs cost most (the case rules replay every stored result), and no valid
    // input larger than it needs to be: `npm run fuzz` gives every function the same share of a million, from every pool.
    const figures = fuzz({ seed: 20_250_301, runs: 20_000, poolSize: 6, examples: 2, share: 'by-cost', light: true });
    const failures = failuresOf(figures);
    const report = `${table(figures)}\n${figures.flatMap((f) => f.examples).join('\n')}`;
    expect(figures.reduce((sum, f) => sum + f.inputs, 0)).toBeGreaterThanOrEqual(20_000);
    for (const f of figures) for (const oracle of ORACLES) expect(f.failures[oracle], `${f.name} ${oracle}\n${report}`).toBe(0);
    for (const f of figures) expect(f.harnessErrors, `${f.name}: the harness failed\n${report}`).toBe(0);
    expect(failures).toBe(0);
    // Every function both accepts and refuses some of its inputs: the run reaches past validation.
    for (const f of figures.filter((f) => f.name !== 'isDaRiskError')) {
      expect(f.successes, `${f.name} never accepted an input`).toBeGreaterThan(0);
      expect(f.typedErrors, `${f.name} never refused an input`).toBeGreaterThan(0);
    }
  }, 120_000);
});

describe('fuzz: defects found and fixed', () => {
  it('a RIM child over 25 by date of birth is refused as input, as it would be on read', () => {
    const input = (dateOfBirth: string) => ({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      assessedAt: '2025-03-01T10:00:00Z',
      answers: {},
      children: [{ id: 'c1', dateOfBirth, specialNeeds: false }],
    });
    const error = thrown(() => assessRim(input('1999-03-01')));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['children', 0, 'dateOfBirth'], rule: 'too-old' })]);
    // 25 years and 11 months on the day: accepted, and read back.
    const oldest = assessRim(input('1999-03-02'));
    expect(oldest.children[0]!.age).toEqual({ years: 25, months: 11 });
    expect(severityOf(viaJson(oldest), reportingSeverity)).toBeNull();
    expect(verifyResult(input('1999-03-02'), viaJson(oldest)).identical).toBe(true);
  });

  it('a red-flag reason near the length limit gives reasons that read back', () => {
    const long = (length: number) => `Reason ${'in words '.repeat(length)}`.slice(0, length);
    const flag = { ...commonLocalBands.redFlags[0]!, title: long(limits.labelLength), reason: long(limits.quotedTextLength) };
    const policy = defineScoringPolicy({ ...viaJson(commonLocalBands), version: 'long-1', redFlags: [flag] });
    const result = assess(allYes(), { policy });
    expect(Math.max(...result.reasons.map((reason) => reason.length))).toBeLessThanOrEqual(limits.textLength);
    expect(verifyResult(allYes(), viaJson(result), { policies: [policy] }).identical).toBe(true);
    const tooLong = thrown(() => defineScoringPolicy({ ...viaJson(commonLocalBands), version: 'long-2', redFlags: [{ ...flag, reason: long(limits.quotedTextLength + 1) }] }));
    expect(tooLong.issues).toEqual([expect.objectContaining({ path: ['redFlags', 0, 'reason'], rule: 'too-long' })]);
  });

  it('every policy text a result quotes inside a sentence is short enough to read back (DARA checks, needs, the children\u2019s safeguarding source)', () => {
    const long = (length: number) => `Text ${'of the policy '.repeat(length)}`.slice(0, length);
    const dara = defineDaraPolicy({
      ...viaJson(daraConsistency),
      version: 'long-1',
      consistency: daraConsistency.consistency.map((rule) => ({ ...rule, title: long(limits.labelLength), reason: long(limits.quotedTextLength) })),
    });
    const graded = assessDara(
      {
        instrument: { id: 'dara', edition: '2022-provisional' },
        answers: Object.fromEntries(
          dara2022Provisional.items
            .filter((item) => !answerTypes[item.answerType].freeText)
            .map((item) => [item.id, { value: answerTypes[item.answerType].values.some((v) => v.value === 'more-than-once') ? 'more-than-once' : 'yes' }]),
        ),
        grade: { level: 'standard', rationale: 'Recorded reasons.', by: 'pc-1', at: '2025-03-01T22:00:00Z' },
      },
      { policy: dara },
    );
    expect(graded.consistencyFlags.length).toBeGreaterThan(0);
    expect(severityOf(viaJson(graded), reportingSeverity, { policies: [dara] })).not.toBeNull();

    const needs = defineThresholdOfNeedPolicy({
      ...viaJson(londonCafThresholds),
      version: 'long-1',
      scales: londonCafThresholds.scales.map((entry) => ({ ...entry, threshold: long(limits.labelLength), response: long(limits.quotedTextLength) })),
    });
    const rim = assessRim(
      {
        instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
        assessedAt: '2025-03-01T10:00:00Z',
        answers: { 'rim-violence-serious-or-persistent': { value: 'confirmed' } },
        children: [{ id: 'c1', age: { years: 9 }, specialNeeds: false }],
      },
      { policies: { rules: barnardosRimRules, needs } },
    );
    expect(severityOf(viaJson(rim), reportingSeverity, { policies: [needs] })).not.toBeNull();

    const marac = defineMaracPolicy({
      ...viaJson(safelivesPlusLibraryDefaultsMarac),
      version: 'long-1',
      childrensSafeguarding: { ...safelivesPlusLibraryDefaultsMarac.childrensSafeguarding, source: long(limits.quotedTextLength) },
    });
    const decision = checkMarac({ now: '2025-06-01T12:00:00Z', victimAge: 16, assessment: assess(allYes()) }, marac);
    expect(Math.max(...decision.actions.map((action) => action.reason.length))).toBeLessThanOrEqual(limits.textLength);
  });

  it('-0, undefined-valued keys and extra array properties are normalised at the boundary (outputs survive a JSON round trip)', () => {
    const answers: Record<string, unknown> = { strangulation: { value: 'yes', comment: undefined, source: 'victim' } };
    const checked = validateAssessmentInput({ instrument: { id: 'dash-ric', edition: '2009' }, assessedAt: undefined, answers });
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect('assessedAt' in checked.value.input).toBe(false);
      expect(notJsonData(checked.value.input)).toBeNull();
    }
    const events = [{ date: '2025-05-01T10:00:00Z', reportedTo: ['police'], crime: true }];
    Object.assign(events, { note: 'an extra property' });
    const decision = checkMarac<unknown>({ now: '2025-06-01T12:00:00Z', victimAge: -0, events, professionalJudgement: undefined });
    expect(Object.is(decision.victimAge, 0)).toBe(true);
    expect(notJsonData(decision)).toBeNull();
    expect(viaJson(decision)).toEqual(decision);
  });

  it('maracReferral returns a payload frozen all the way down, and never freezes the caller\u2019s decision', () => {
    const input = allYes();
    const result = assess(input);
    const decision = checkMarac({ now: '2025-06-01T12:00:00Z', victimAge: 34, assessment: result });
    const options = { referredAt: '2025-06-01T13:00:00Z', referredBy: 'idva-0042', agency: 'idva' as const };
    const payload = maracReferral({ input: viaJson(input), result: viaJson(result) }, viaJson(decision), options);
    expect(notFrozen(payload)).toBeNull();
    const callers = viaJson(decision);
    const built = maracReferralTrusted({ instrument: dashRic2009, input, result }, callers, options);
    expect(notFrozen(built)).toBeNull();
    expect(Object.isFrozen(callers.routes[0])).toBe(false);
    expect(Object.isFrozen(callers.actions)).toBe(false);
  });

  it('disclosures, severityOf and compareEditions refuse JSON input with a DaRiskError, not a TypeError', () => {
    const result = assess(allYes());
    expect(thrown(() => severityOf<unknown>({}, reportingSeverity)).code).toBe('invalid-input');
    expect(thrown(() => severityOf(viaJson(result), { ranks: 5 } as never)).code).toBe('invalid-definition');
    expect(thrown(() => disclosures('results' as never, sharedConcepts)).issues[0]).toMatchObject({ path: ['results'], rule: 'type' });
    expect(thrown(() => disclosures<unknown>([viaJson(result), { kind: 'dara' }], sharedConcepts)).issues[0]!.path.slice(0, 2)).toEqual(['results', 1]);
    const map = thrown(() => disclosures([result], { ...sharedConcepts, concepts: [{ id: 'x', label: 'X', items: { 'Her Name': 5 } }] } as never));
    expect(map.code).toBe('invalid-definition');
    expect(map.message).not.toContain('Her Name');
    expect(map.issues.every((issue) => issue.path[0] === 'map')).toBe(true);
    expect(thrown(() => compareEditions(viaJson(dashRic2009), policeDash2009)).issues[0]).toMatchObject({ path: ['from'], rule: 'not-frozen' });
    expect(thrown(() => compareEditions(dashRic2009, null as never)).code).toBe('invalid-definition');
    // Stored results read back as they are read everywhere else, and give what the library's own results give.
    expect(severityOf(viaJson(result), reportingSeverity)).toEqual(severityOf(result, reportingSeverity));
    expect(disclosures([viaJson(result)], sharedConcepts)).toEqual(disclosures([result], sharedConcepts));
    // A stored result that disagrees with itself is refused, as applyJudgement refuses it.
    expect(thrown(() => severityOf({ ...viaJson(result), count: 3 }, reportingSeverity)).code).toBe('inconsistent-result');
  });

  it('an edition frozen by hand is read once, into the library\u2019s own copy: no extra array property or Proxy reaches a result', () => {
    const freeze = <T>(value: T): T => {
      const stack: unknown[] = [value];
      while (stack.length > 0) {
        const next = stack.pop();
        if (next === null || typeof next !== 'object' || Object.isFrozen(next)) continue;
        Object.freeze(next);
        stack.push(...Object.values(next));
      }
      return value;
    };
    const edition = viaJson(dashRic2009) as unknown as { edition: string; items: { optionGroups: unknown[] }[] };
    edition.edition = 'hand-frozen';
    Object.assign(edition.items[0]!.optionGroups, { note: 'an extra property' });
    freeze(edition);
    const worded = attachWording(edition as never, wordingFor(edition as never));
    expect(notJsonData(worded)).toBeNull();
    expect(worded.instrument).not.toBe(edition);
    expect(attachWording(edition as never, wordingFor(edition as never)).instrument).toBe(worded.instrument);
    expect(createRegistry([edition as never]).get('dash-ric', 'hand-frozen')).toBe(worded.instrument);
    // Shipped editions and those defineInstrument returns are the library's own: used as they are.
    expect(createRegistry([dashRic2009]).get('dash-ric', '2009')).toBe(dashRic2009);

    let armed = false;
    const target = freeze({ ...viaJson(policeDash2009), edition: 'behind-a-proxy' });
    const proxy = new Proxy(target, {
      get(object, key, receiver) {
        if (armed) throw new Error('secret');
        return Reflect.get(object, key, receiver);
      },
    });
    expect(compareEditions(dashRic2009, proxy as never).added).toHaveLength(3);
    armed = true;
    expect(compareEditions(dashRic2009, proxy as never).added).toHaveLength(3);
  });

  it('a value JSON cannot make under a caller\u2019s key is refused without naming the key', () => {
    const input = { ...allYes(), 'Jane Doe, 12 Acacia Avenue': () => 'x' };
    const error = thrown(() => assess(input));
    expect(error.message).not.toContain('Jane');
    expect(error.issues[0]!.path).toEqual(['<unknown key 1>']);
    const answers = { strangulation: { value: 'yes', 'her mobile 07700900123': Symbol('x') } };
    const nested = thrown(() => assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers }));
    expect(nested.message).not.toContain('07700');
  });

  it('a getter that throws, a Proxy, a cycle or a huge sparse array is refused as unreadable, never thrown through', () => {
    const getter = Object.defineProperty({ instrument: { id: 'dash-ric', edition: '2009' } }, 'answers', {
      enumerable: true,
      get() {
        throw new Error('secret note');
      },
    });
    expect(thrown(() => assess(getter as unknown)).issues[0]).toMatchObject({ path: ['answers'], rule: 'unreadable' });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('secret');
        },
      },
    );
    expect(thrown(() => assess(proxy as unknown)).issues[0]).toMatchObject({ path: [], rule: 'unreadable' });
    const cyclic: Record<string, unknown> = { now: '2025-06-01T12:00:00Z' };
    cyclic.events = [cyclic];
    expect(thrown(() => checkMarac<unknown>(cyclic)).issues[0]).toMatchObject({ path: ['events', 0], rule: 'unreadable' });
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    const started = performance.now();
    expect(thrown(() => checkMarac<unknown>({ now: '2025-06-01T12:00:00Z', events: sparse })).issues[0]).toMatchObject({ path: ['events'], rule: 'too-many' });
    expect(thrown(() => createRegistry(sparse as never)).issues[0]).toMatchObject({ rule: 'too-many' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('an error thrown by a caller\u2019s getter never passes for the library\u2019s own, even when it looks like one', () => {
    const fake = Object.assign(new Error('da-risk invalid-input: secret'), { name: 'DaRiskError', code: 'invalid-input', issues: [] });
    const edition = Object.defineProperty({}, 'items', {
      enumerable: true,
      get() {
        throw fake;
      },
    });
    const error = thrown(() => compareEditions(edition as never, dashRic2009));
    expect(error).toBeInstanceOf(DaRiskError);
    expect(error).not.toBe(fake);
    expect(error.message).not.toContain('secret');
    const options = Object.defineProperty({}, 'policies', {
      enumerable: true,
      get() {
        throw fake;
      },
    });
    const result = assess(allYes());
    const judged = thrown(() => applyJudgement(viaJson(result), { level: 'high', rationale: 'r', by: 'p', at: '2026-01-01T00:00:00Z' }, commonLocalBands, options));
    expect(judged).not.toBe(fake);
    expect(judged.issues[0]).toMatchObject({ path: ['options'], rule: 'unreadable' });
  });
});
