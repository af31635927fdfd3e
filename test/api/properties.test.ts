import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerTypes,
  applyDaraRegrade,
  applyJudgement,
  applyRimJudgement,
  applyRimUpliftDecision,
  assess,
  assessDara,
  assessRim,
  defineDaraPolicy,
  defineRimPolicy,
  defineThresholdOfNeedPolicy,
  barnardosRimProvisional,
  dara2022Provisional,
  attachWording,
  checkMarac,
  commonLocalBands,
  compareLevels,
  createRegistry,
  dashRic2009,
  defineInstrument,
  defineMaracPolicy,
  defineScoringPolicy,
  isDaRiskError,
  policeDash2009,
  riskLevels,
  sDash2009,
  safelivesMarac,
  validateAssessmentInput,
  type AbuseEvent,
  type AssessmentInput,
  type Instrument,
} from '../../src/index.js';
import { isoDateTimeArbitrary } from '../../src/testing.js';
import { inputArb } from '../support/arbitraries.js';
import { deepFrozen, viaJson } from '../support/fixtures.js';

const banded: readonly Instrument[] = [dashRic2009, policeDash2009];
const editionArb = fc.constantFrom(dashRic2009, policeDash2009, sDash2009);
const bandedInputArb = fc.constantFrom(...banded).chain((instrument) => inputArb(instrument));
const anyInputArb = editionArb.chain((instrument) => inputArb(instrument));
const lowering = defineScoringPolicy({
  ...commonLocalBands,
  id: 'lowering-allowed',
  judgement: { lowering: 'allowed-with-rationale', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'local' }, basis: 'local' },
});

const eventArb: fc.Arbitrary<AbuseEvent> = fc.record({
  date: isoDateTimeArbitrary(),
  reportedTo: fc.subarray(['police', 'idva', 'health', 'housing'] as const, { minLength: 1 }),
  crime: fc.boolean(),
});
const NOW = '2031-01-01T00:00:00Z';

function withYes(input: AssessmentInput, itemId: string): AssessmentInput {
  return { ...input, answers: { ...input.answers, [itemId]: { value: 'yes' } } };
}

function referRank(outcome: string): number {
  return outcome === 'refer-to-marac' ? 1 : 0;
}

describe('properties of scoring', () => {
  it('the count equals the number of yes answers on counting items', () => {
    fc.assert(
      fc.property(anyInputArb, (input) => {
        const result = assess(input);
        const yes = Object.values(input.answers).filter((a) => a.value === 'yes').length;
        expect(result.count).toBe(yes);
        expect(result.tally.yes).toBe(yes);
        const t = result.tally;
        expect(t.yes + t.no + t.dontKnow + t.declined + t.unanswered).toBe(result.completeness.total);
      }),
    );
  });

  it('changing any answer to yes never lowers the count, the computed level or the MARAC decision', () => {
    fc.assert(
      fc.property(
        bandedInputArb.chain((input) => {
          const instrument = banded.find((i) => i.id === input.instrument.id)!;
          return fc.tuple(fc.constant(input), fc.constantFrom(...instrument.items.map((i) => i.id)));
        }),
        fc.array(eventArb, { maxLength: 5 }),
        ([input, itemId], events) => {
          const before = assess(input);
          const after = assess(withYes(input, itemId));
          expect(after.count).toBeGreaterThanOrEqual(before.count);
          expect(compareLevels(after.computed!.level, before.computed!.level)).toBeGreaterThanOrEqual(0);
          const m1 = checkMarac({ now: NOW, victimAge: 30, assessment: before, events });
          const m2 = checkMarac({ now: NOW, victimAge: 30, assessment: after, events });
          expect(referRank(m2.outcome)).toBeGreaterThanOrEqual(referRank(m1.outcome));
          for (const id of m1.routesMet) expect(m2.routesMet).toContain(id);
          for (const flag of before.flags) {
            if (flag.id !== 'unknowns-could-reach-threshold') expect(after.flags.map((f) => f.id)).toContain(flag.id);
          }
        },
      ),
    );
  });

  it('identical input gives identical output, the input is not mutated, and the result survives JSON', () => {
    fc.assert(
      fc.property(anyInputArb, (input) => {
        const snapshot = JSON.stringify(input);
        const a = assess(input);
        const b = assess(viaJson(input));
        expect(b).toEqual(a);
        expect(JSON.stringify(input)).toBe(snapshot);
        expect(viaJson(a)).toEqual(a);
        expect(deepFrozen(a)).toBe(true);
      }),
    );
  });
});

describe('properties of judgement', () => {
  it('a final level is never below the computed level unless the policy allows it', () => {
    fc.assert(
      fc.property(
        bandedInputArb,
        fc.constantFrom(...riskLevels),
        fc.constantFrom(commonLocalBands, lowering),
        fc.option(fc.constant('authoriser-9'), { nil: undefined }),
        (input, level, policy, authorisedBy) => {
          const result = assess(input, { policy });
          let judged;
          try {
            judged = applyJudgement(result, { level, rationale: 'reasons', by: 'p-1', at: NOW, ...(authorisedBy === undefined ? {} : { authorisedBy }) }, policy);
          } catch (error) {
            expect(isDaRiskError(error) && error.code).toBe('judgement-refused');
            // Refused only below the computed level: where the policy refuses it, or without the authoriser it asks for.
            expect(compareLevels(level, result.computed!.level)).toBeLessThan(0);
            expect(policy.judgement.lowering === 'refused' || authorisedBy === undefined).toBe(true);
            return;
          }
          if (policy.judgement.lowering === 'refused') {
            expect(compareLevels(judged.final.level!, judged.computed!.level)).toBeGreaterThanOrEqual(0);
          }
          expect(judged.computed).toEqual(result.computed);
          expect(judged.history).toHaveLength(1);
          expect(viaJson(judged)).toEqual(judged);
        },
      ),
    );
  });

  it('raising is always allowed', () => {
    fc.assert(
      fc.property(bandedInputArb, (input) => {
        const result = assess(input);
        const judged = applyJudgement(result, { level: 'high', rationale: 'r', by: 'p', at: NOW }, commonLocalBands);
        expect(judged.final.level).toBe('high');
      }),
    );
  });
});

describe('properties of the MARAC check', () => {
  it('results do not depend on the order of events or referrals', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 8 }), fc.array(isoDateTimeArbitrary(), { maxLength: 3 }), fc.integer({ min: 0, max: 1000 }), (events, referrals, seed) => {
        const previousReferrals = referrals.map((date) => ({ date }));
        const rotate = <T>(list: T[]) => (list.length === 0 ? list : [...list.slice(seed % list.length), ...list.slice(0, seed % list.length)]);
        const a = checkMarac({ now: NOW, victimAge: 30, events, previousReferrals });
        const b = checkMarac({ now: NOW, victimAge: 30, events: rotate([...events]).reverse(), previousReferrals: rotate([...previousReferrals]) });
        expect(b.routes.map((r) => [r.id, r.met])).toEqual(a.routes.map((r) => [r.id, r.met]));
        expect(b.outcome).toBe(a.outcome);
      }),
    );
  });

  it('adding an event never removes a met route', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 6 }), eventArb, fc.array(isoDateTimeArbitrary(), { maxLength: 2 }), (events, extra, referrals) => {
        const previousReferrals = referrals.map((date) => ({ date }));
        const before = checkMarac({ now: NOW, victimAge: 30, events, previousReferrals });
        const after = checkMarac({ now: NOW, victimAge: 30, events: [...events, extra], previousReferrals });
        for (const id of before.routesMet) expect(after.routesMet).toContain(id);
      }),
    );
  });
});

describe('arbitrary input never crashes a validating function', () => {
  const result = assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers: {} });
  const daraResult = assessDara({
    instrument: { id: 'dara', edition: '2022-provisional' },
    answers: {},
    grade: { level: 'medium', rationale: 'r', by: 'p', at: '2030-01-01T00:00:00Z' },
  });
  const rimResult = assessRim({
    instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
    assessedAt: '2030-01-01T00:00:00Z',
    answers: { 'rim-violence-minor-to-moderate-history': { value: 'confirmed' } },
    children: [{ id: 'c', age: { years: 3 }, specialNeeds: false }],
  });
  const calls: [string, (value: unknown) => unknown][] = [
    ['assess', (v) => assess(v)],
    ['validateAssessmentInput', (v) => validateAssessmentInput(v)],
    ['applyJudgement (result)', (v) => applyJudgement(v, { level: 'high', rationale: 'r', by: 'p', at: NOW }, commonLocalBands)],
    ['applyJudgement (judgement)', (v) => applyJudgement(result, v, commonLocalBands)],
    ['checkMarac', (v) => checkMarac(v)],
    ['defineInstrument', (v) => defineInstrument(v)],
    ['defineScoringPolicy', (v) => defineScoringPolicy(v)],
    ['defineMaracPolicy', (v) => defineMaracPolicy(v)],
    ['attachWording', (v) => attachWording(dashRic2009, v)],
    ['createRegistry', (v) => createRegistry(v as never)],
    ['assessDara', (v) => assessDara(v)],
    ['applyDaraRegrade (result)', (v) => applyDaraRegrade(v, { level: 'high', rationale: 'r', by: 'p', at: NOW })],
    ['applyDaraRegrade (judgement)', (v) => applyDaraRegrade(daraResult, v)],
    ['assessRim', (v) => assessRim(v)],
    ['applyRimUpliftDecision (result)', (v) => applyRimUpliftDecision(v, 'c', { accept: true, rationale: 'r', by: 'p', at: NOW })],
    ['applyRimUpliftDecision (decision)', (v) => applyRimUpliftDecision(rimResult, 'c', v)],
    ['applyRimJudgement (child id)', (v) => applyRimJudgement(rimResult, v, { scale: 2, rationale: 'r', by: 'p', at: NOW })],
    ['applyRimJudgement (judgement)', (v) => applyRimJudgement(rimResult, 'c', v)],
    ['defineDaraPolicy', (v) => defineDaraPolicy(v)],
    ['defineRimPolicy', (v) => defineRimPolicy(v)],
    ['defineThresholdOfNeedPolicy', (v) => defineThresholdOfNeedPolicy(v)],
  ];

  function onlyTypedErrors(fn: (value: unknown) => unknown, value: unknown): void {
    try {
      fn(value);
    } catch (error) {
      if (!isDaRiskError(error)) throw error;
      expect(error.issues.length).toBeGreaterThan(0);
    }
  }

  it.each(calls)('%s: anything', (_, fn) => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => onlyTypedErrors(fn, value)));
  });

  const nearValid = fc.oneof(
    anyInputArb.map((input) => input as unknown),
    fc.record({ instrument: fc.record({ id: fc.constantFrom('dash-ric', 'police-dash', 's-dash', 'x'), edition: fc.constantFrom('2009', '2010', '') }), answers: fc.dictionary(fc.string(), fc.anything()) }),
    fc.record({ now: fc.oneof(isoDateTimeArbitrary(), fc.string()), events: fc.array(fc.record({ date: fc.oneof(isoDateTimeArbitrary(), fc.string()), reportedTo: fc.array(fc.string()), crime: fc.anything() })) }),
    fc.constant(viaJson(result)).chain((r) => fc.record({ ...Object.fromEntries(Object.keys(r).map((k) => [k, fc.constant((r as unknown as Record<string, unknown>)[k])])), count: fc.anything() })),
  );

  it.each(calls)('%s: near-valid shapes', (_, fn) => {
    fc.assert(fc.property(nearValid, (value) => onlyTypedErrors(fn, value)));
  });
});

describe('errors never carry answer values or free text', () => {
  const SECRET = 'SECRET-Jane-Doe-07700900123';
  it('whatever field a secret is put in, no error message or issue contains it', () => {
    fc.assert(
      fc.property(
        anyInputArb,
        fc.constantFrom('value', 'comment-too-long', 'source', 'option', 'id', 'assessedAt', 'edition'),
        (input, where) => {
          const answers = Object.fromEntries(Object.entries(input.answers).map(([k, v]) => [k, { ...v }])) as Record<string, Record<string, unknown>>;
          const anyId = Object.keys(answers)[0] ?? 'strangulation';
          answers[anyId] ??= { value: 'yes' };
          const bad: Record<string, unknown> = { ...input, answers };
          switch (where) {
            case 'value':
              answers[anyId]!.value = SECRET;
              break;
            case 'comment-too-long':
              answers[anyId]!.comment = SECRET.repeat(1000);
              break;
            case 'source':
              answers[anyId]!.source = SECRET;
              break;
            case 'option':
              answers[anyId] = { value: 'yes', options: [SECRET] };
              break;
            case 'id':
              bad.id = SECRET.repeat(20);
              break;
            case 'assessedAt':
              bad.assessedAt = SECRET;
              break;
            case 'edition':
              bad.instrument = { id: input.instrument.id, edition: SECRET };
              break;
          }
          try {
            assess(bad as unknown);
          } catch (error) {
            if (!isDaRiskError(error)) throw error;
            expect(error.message).not.toContain(SECRET);
            expect(JSON.stringify(error.issues)).not.toContain(SECRET);
            return;
          }
          throw new Error(`no error for ${where}`);
        },
      ),
    );
  });

  it('MARAC and judgement errors do not carry rationale or dates supplied', () => {
    const result = assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers: {} });
    const errors: unknown[] = [];
    for (const fn of [
      () => applyJudgement(result, { level: 'extreme', rationale: SECRET, by: 'p', at: NOW } as unknown, commonLocalBands),
      () => applyJudgement(result, { level: 'high', rationale: SECRET, by: 'p', at: SECRET }, commonLocalBands),
      () => checkMarac({ now: SECRET }),
      () => checkMarac({ now: NOW, professionalJudgement: { by: 'x', at: SECRET, rationale: SECRET } }),
      () => checkMarac<unknown>({ now: NOW, events: [{ date: NOW, reportedTo: [SECRET], crime: true }] }),
    ]) {
      try {
        fn();
      } catch (error) {
        errors.push(error);
      }
    }
    expect(errors).toHaveLength(5);
    for (const error of errors) {
      expect(isDaRiskError(error)).toBe(true);
      expect(String((error as Error).message)).not.toContain(SECRET);
      expect(JSON.stringify((error as { issues: unknown }).issues)).not.toContain(SECRET);
    }
  });
});

describe('applyJudgement does not mutate the result or the judgement', () => {
  it('leaves both unchanged', () => {
    const result = viaJson(assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes' } } }));
    const judgement = { level: 'high' as const, rationale: 'r', by: 'p', at: NOW };
    const r0 = JSON.stringify(result);
    const j0 = JSON.stringify(judgement);
    applyJudgement(result, judgement, commonLocalBands);
    expect(JSON.stringify(result)).toBe(r0);
    expect(JSON.stringify(judgement)).toBe(j0);
    expect(Object.isFrozen(result)).toBe(false);
  });

  it('checkMarac leaves its input unchanged', () => {
    const input = { now: NOW, victimAge: 30, events: [{ date: '2030-01-01T00:00:00Z', reportedTo: ['police'], crime: true }], previousReferrals: [{ date: '2029-01-01T00:00:00Z' }] };
    const before = JSON.stringify(input);
    checkMarac<unknown>(input, safelivesMarac);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input.events)).toBe(false);
  });
});

describe('properties of DARA and the RIM', () => {
  const daraItems = dara2022Provisional.items.filter((item) => item.answerType !== 'text');
  const daraAnswersArb = fc.record(
    Object.fromEntries(
      daraItems.map((item) => [item.id, fc.constantFrom(...answerTypes[item.answerType].values.map((v) => v.value)).map((value) => ({ value }))]),
    ),
    { requiredKeys: [] },
  );
  const levelArb = fc.constantFrom(...riskLevels);

  it('a DARA grade is never changed by the library, and the result survives JSON', () => {
    fc.assert(
      fc.property(daraAnswersArb, levelArb, (answers, level) => {
        const result = assessDara({
          instrument: { id: 'dara', edition: '2022-provisional' },
          // fast-check types a key it may leave out as possibly undefined; the record only holds answers.
          answers: answers as Record<string, { value: string }>,
          grade: { level, rationale: 'r', by: 'p', at: NOW },
        });
        expect(result.final).toEqual({ level, basis: 'assessor' });
        for (const flag of result.consistencyFlags) expect(compareLevels(level, flag.expected)).toBeLessThan(0);
        expect(viaJson(result)).toEqual(result);
        const decision = checkMarac({ now: NOW, victimAge: 30, assessment: result });
        expect(decision.routes.find((r) => r.id === 'graded-high-risk')?.met).toBe(level === 'high');
      }),
    );
  });

  const scaleItems = barnardosRimProvisional.items;
  const stateArb = fc.constantFrom('confirmed', 'suspected', 'absent');
  const rimAnswersArb = fc.dictionary(fc.constantFrom(...scaleItems.map((i) => i.id)), stateArb.map((value) => ({ value })), { maxKeys: 8 });
  const childArb = fc.record({
    age: fc.record({ years: fc.integer({ min: 0, max: 17 }), months: fc.integer({ min: 0, max: 11 }) }),
    specialNeeds: fc.boolean(),
  });
  const rimInput = (answers: Record<string, { value: string }>, children: { age: { years: number; months: number }; specialNeeds: boolean }[], pregnancy = false) => ({
    instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
    assessedAt: '2025-03-01T10:00:00Z',
    pregnancy,
    answers,
    children: children.map((child, index) => ({ id: `child-${index}`, ...child })),
  });

  it('confirming more indicators never lowers the suggested scale', () => {
    fc.assert(
      fc.property(rimAnswersArb, fc.constantFrom(...scaleItems.map((i) => i.id)), childArb, fc.boolean(), (answers, extra, child, pregnancy) => {
        const before = assessRim(rimInput(answers, [child], pregnancy)).children[0]!;
        const after = assessRim(rimInput({ ...answers, [extra]: { value: 'confirmed' } }, [child], pregnancy)).children[0]!;
        expect(after.suggested ?? 0).toBeGreaterThanOrEqual(before.suggested ?? 0);
      }),
    );
  });

  it('the uplift never goes above 4 and never applies from scale 1 or 4', () => {
    fc.assert(
      fc.property(rimAnswersArb, childArb, fc.boolean(), (answers, child, pregnancy) => {
        const result = assessRim(rimInput(answers, [child], pregnancy)).children[0]!;
        if (result.uplift !== null) {
          expect([2, 3]).toContain(result.uplift.from);
          expect(result.uplift.to).toBe(result.uplift.from + 1);
          expect(result.uplift.to).toBeLessThanOrEqual(4);
          expect(result.youngChild || result.specialNeeds).toBe(true);
        }
      }),
    );
  });

  it('per-child results do not depend on the order of the children, and survive JSON', () => {
    fc.assert(
      fc.property(rimAnswersArb, fc.array(childArb, { minLength: 1, maxLength: 5 }), (answers, children) => {
        const forward = assessRim(rimInput(answers, children));
        const named = rimInput(answers, children);
        const reversed = assessRim({ ...named, children: [...named.children].reverse() });
        const byId = (list: typeof forward.children) => Object.fromEntries(list.map((c) => [c.childId, c]));
        expect(byId(reversed.children)).toEqual(byId(forward.children));
        expect(reversed.household).toEqual(forward.household);
        expect(viaJson(forward)).toEqual(forward);
      }),
    );
  });
});
