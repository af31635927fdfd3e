/**
 * The `safe…` forms: the throwing form's result as `{ ok: true, value }`, its DaRiskError as
 * `{ ok: false, error }` (same code, same issues), anything else thrown as it is; everything frozen.
 */
import { describe, expect, it } from 'vitest';
import {
  applyDaraRegrade,
  applyJudgement,
  applyRimJudgement,
  applyRimUpliftDecision,
  assess,
  assessAny,
  assessDara,
  assessRim,
  checkMarac,
  commonLocalBands,
  DaRiskError,
  maracReferral,
  safeApplyDaraRegrade,
  safeApplyJudgement,
  safeApplyRimJudgement,
  safeApplyRimUpliftDecision,
  safeAssess,
  safeAssessAny,
  safeAssessDara,
  safeAssessRim,
  safeCheckMarac,
  safeMaracReferral,
  safeVerifyResult,
  verifyResult,
  type DaraInput,
  type RimInput,
  type Validated,
} from '../../src/index.js';
import { attempt } from '../../src/api/safe.js';
import { thrown } from '../support/errors.js';
import { deepFrozen, inputWith, inputWithYes, viaJson } from '../support/fixtures.js';

const AT = '2025-03-01T10:00:00Z';
const LATER = '2025-03-01T11:00:00Z';

const dashInput = { ...inputWithYes(3), assessedAt: '2025-03-01T09:00:00Z' };
const dashResult = assess(dashInput);
const daraInput: DaraInput = {
  instrument: { id: 'dara', edition: '2022-provisional' },
  assessedAt: '2025-03-01T09:00:00Z',
  answers: { strangulation: { value: 'once' } },
  grade: { level: 'medium', rationale: 'First call-out.', by: 'pc-881', at: AT },
};
const daraResult = assessDara(daraInput);
const rimInput: RimInput = {
  instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
  assessedAt: '2025-03-01T09:00:00Z',
  answers: { 'rim-violence-serious-or-persistent': { value: 'confirmed' } },
  children: [
    { id: 'c1', dateOfBirth: '2021-06-30', specialNeeds: false },
    { id: 'c2', age: { years: 11 }, specialNeeds: false },
  ],
};
const rimResult = assessRim(rimInput);
const referralInput = { ...inputWith({ strangulation: { value: 'yes', source: 'victim' }, separation: 'yes' }), id: 'a-9', assessedAt: AT };
const referralResult = assess(referralInput);
const referring = checkMarac({
  now: LATER,
  victimAge: 30,
  assessment: referralResult,
  professionalJudgement: { by: 'idva-1', at: LATER, rationale: 'Fears for her life' },
});
const notReferring = checkMarac({ now: LATER, victimAge: 30, assessment: referralResult });
const referralOptions = { referredAt: '2025-03-01T12:00:00Z', referredBy: 'idva-1', agency: 'idva' as const };

/** Outside data, typed as it comes in: unknown. */
const outside = (value: unknown): unknown => viaJson(value);

/** One safe form: a call that passes and one that fails, each with the same call to the throwing form. */
interface Pair {
  readonly name: string;
  readonly valid: readonly [safe: () => Validated<unknown>, throwing: () => unknown];
  readonly invalid: readonly [safe: () => Validated<unknown>, throwing: () => unknown];
}

const pairs: readonly Pair[] = [
  {
    name: 'safeAssess',
    valid: [() => safeAssess(dashInput), () => assess(dashInput)],
    invalid: [
      () => safeAssess(outside({ ...dashInput, answers: { strangulaton: { value: 'yes' } } })),
      () => assess(outside({ ...dashInput, answers: { strangulaton: { value: 'yes' } } })),
    ],
  },
  {
    name: 'safeAssessAny',
    valid: [() => safeAssessAny(daraInput), () => assessAny(daraInput)],
    invalid: [
      () => safeAssessAny(outside({ ...dashInput, instrument: { id: 'dash-ric', edition: '1999' } })),
      () => assessAny(outside({ ...dashInput, instrument: { id: 'dash-ric', edition: '1999' } })),
    ],
  },
  {
    name: 'safeAssessDara',
    valid: [() => safeAssessDara(daraInput), () => assessDara(daraInput)],
    invalid: [
      () => safeAssessDara(outside({ ...daraInput, grade: undefined })),
      () => assessDara(outside({ ...daraInput, grade: undefined })),
    ],
  },
  {
    name: 'safeAssessRim',
    valid: [() => safeAssessRim(viaJson(rimInput)), () => assessRim(rimInput)],
    invalid: [
      () => safeAssessRim(outside({ ...rimInput, children: [{ id: 'c1', dateOfBirth: '2021-06-30', age: { years: 3 }, specialNeeds: false }] })),
      () => assessRim(outside({ ...rimInput, children: [{ id: 'c1', dateOfBirth: '2021-06-30', age: { years: 3 }, specialNeeds: false }] })),
    ],
  },
  {
    name: 'safeApplyJudgement',
    valid: [
      () => safeApplyJudgement(viaJson(dashResult), { level: 'high', rationale: 'Strangulation last week.', by: 'idva-7', at: AT }),
      () => applyJudgement(viaJson(dashResult), { level: 'high', rationale: 'Strangulation last week.', by: 'idva-7', at: AT }),
    ],
    invalid: [
      () => safeApplyJudgement(outside({ ...dashResult, count: 14 }), { level: 'high', rationale: 'r', by: 'idva-7', at: AT }, commonLocalBands),
      () => applyJudgement(outside({ ...dashResult, count: 14 }), { level: 'high', rationale: 'r', by: 'idva-7', at: AT }, commonLocalBands),
    ],
  },
  {
    name: 'safeApplyDaraRegrade',
    valid: [
      () => safeApplyDaraRegrade(daraResult, { level: 'high', rationale: 'Strangulation disclosed.', by: 'sgt-12', at: LATER }),
      () => applyDaraRegrade(daraResult, { level: 'high', rationale: 'Strangulation disclosed.', by: 'sgt-12', at: LATER }),
    ],
    invalid: [
      () => safeApplyDaraRegrade(daraResult, { level: 'high', rationale: ' ', by: 'sgt-12', at: LATER }),
      () => applyDaraRegrade(daraResult, { level: 'high', rationale: ' ', by: 'sgt-12', at: LATER }),
    ],
  },
  {
    name: 'safeApplyRimJudgement',
    valid: [
      () => safeApplyRimJudgement(rimResult, 'c2', { scale: 3, rationale: 'Confirmed at strategy discussion.', by: 'sw-4', at: LATER }),
      () => applyRimJudgement(rimResult, 'c2', { scale: 3, rationale: 'Confirmed at strategy discussion.', by: 'sw-4', at: LATER }),
    ],
    invalid: [
      () => safeApplyRimJudgement(rimResult, 'c9', { scale: 3, rationale: 'r', by: 'sw-4', at: LATER }),
      () => applyRimJudgement(rimResult, 'c9', { scale: 3, rationale: 'r', by: 'sw-4', at: LATER }),
    ],
  },
  {
    name: 'safeApplyRimUpliftDecision',
    valid: [
      () => safeApplyRimUpliftDecision(rimResult, 'c1', { accept: true, rationale: 'Aged 3, present at incidents.', by: 'sw-4', at: LATER }),
      () => applyRimUpliftDecision(rimResult, 'c1', { accept: true, rationale: 'Aged 3, present at incidents.', by: 'sw-4', at: LATER }),
    ],
    invalid: [
      () => safeApplyRimUpliftDecision(rimResult, 'c2', { accept: true, rationale: 'r', by: 'sw-4', at: LATER }),
      () => applyRimUpliftDecision(rimResult, 'c2', { accept: true, rationale: 'r', by: 'sw-4', at: LATER }),
    ],
  },
  {
    name: 'safeCheckMarac',
    valid: [() => safeCheckMarac({ now: LATER, victimAge: 30, assessment: viaJson(referralResult) }), () => checkMarac({ now: LATER, victimAge: 30, assessment: viaJson(referralResult) })],
    invalid: [() => safeCheckMarac(outside({ now: 'yesterday', victimAge: -1 })), () => checkMarac(outside({ now: 'yesterday', victimAge: -1 }))],
  },
  {
    name: 'safeMaracReferral',
    valid: [
      () => safeMaracReferral({ input: referralInput, result: referralResult }, referring, referralOptions),
      () => maracReferral({ input: referralInput, result: referralResult }, referring, referralOptions),
    ],
    invalid: [
      () => safeMaracReferral({ input: referralInput, result: referralResult }, notReferring, referralOptions),
      () => maracReferral({ input: referralInput, result: referralResult }, notReferring, referralOptions),
    ],
  },
  {
    name: 'safeVerifyResult',
    valid: [() => safeVerifyResult(viaJson(dashInput), viaJson(dashResult)), () => verifyResult(dashInput, dashResult)],
    invalid: [
      () => safeVerifyResult(dashInput, outside({ ...dashResult, kind: 'checklists' })),
      () => verifyResult(dashInput, outside({ ...dashResult, kind: 'checklists' })),
    ],
  },
];

describe('the safe forms', () => {
  it('cover every safe function of the main entry', async () => {
    const index = await import('../../src/index.js');
    const exported = Object.keys(index).filter((name) => /^safe[A-Z]/.test(name)).sort();
    expect(pairs.map((pair) => pair.name).sort()).toEqual(exported);
  });

  describe.each(pairs)('$name', ({ valid, invalid }) => {
    it('returns { ok: true, value } with what the throwing form returns, frozen', () => {
      const [safe, throwing] = valid;
      const checked = safe();
      expect(checked.ok).toBe(true);
      expect(Object.keys(checked).sort()).toEqual(['ok', 'value']);
      expect(checked.ok && checked.value).toEqual(throwing());
      expect(Object.isFrozen(checked)).toBe(true);
      expect(deepFrozen(checked)).toBe(true);
    });

    it('returns { ok: false, error } with the DaRiskError the throwing form throws, frozen', () => {
      const [safe, throwing] = invalid;
      const checked = safe();
      const error = thrown(throwing);
      expect(checked.ok).toBe(false);
      expect(Object.keys(checked).sort()).toEqual(['error', 'ok']);
      if (checked.ok) return;
      expect(checked.error).toBeInstanceOf(DaRiskError);
      expect(checked.error.code).toBe(error.code);
      expect(checked.error.issues).toEqual(error.issues);
      expect(checked.error.message).toBe(error.message);
      expect(Object.isFrozen(checked)).toBe(true);
    });
  });

  it('the failures above are of several kinds, not one', () => {
    const codes = new Set(pairs.map(({ invalid }) => thrown(invalid[1]).code));
    expect([...codes].sort()).toEqual(['inconsistent-result', 'invalid-input', 'judgement-refused', 'unknown-edition']);
  });

  it('take unknown and any, as outside data, and still check it at run time', () => {
    const body: unknown = JSON.parse(JSON.stringify(dashInput));
    const parsed = safeAssess(body);
    expect(parsed.ok && parsed.value).toEqual(assess(dashInput));
    const anything = safeAssess(JSON.parse('{"instrument":{"id":"dash-ric","edition":"2009"}}'));
    expect(anything.ok).toBe(false);
    expect(anything.ok || anything.error.issues[0]).toMatchObject({ path: ['answers'] });
  });

  it('a result that does not reproduce is a value, not an error', () => {
    const edited = viaJson({ ...dashResult, reasons: ['Edited.', ...dashResult.reasons.slice(1)] });
    const checked = safeVerifyResult(dashInput, edited);
    expect(checked.ok && checked.value.identical).toBe(false);
  });
});

describe('only a DaRiskError is returned; anything else is thrown as it is', () => {
  it('the helper every safe form uses: a value, a DaRiskError, a TypeError', () => {
    expect(attempt(() => 42)).toEqual({ ok: true, value: 42 });
    expect(Object.isFrozen(attempt(() => 42))).toBe(true);
    const refusal = new DaRiskError('invalid-input', [{ path: ['x'], rule: 'type', message: 'must be an object' }]);
    const failed = attempt(() => {
      throw refusal;
    });
    expect(failed).toEqual({ ok: false, error: refusal });
    expect(failed.ok || failed.error).toBe(refusal);
    expect(Object.isFrozen(failed)).toBe(true);
    const bug = new TypeError('Cannot read properties of undefined');
    expect(() =>
      attempt(() => {
        throw bug;
      }),
    ).toThrow(bug);
  });

  it('a look-alike of a DaRiskError (not the library\u2019s own class) and a thrown non-error are thrown too', () => {
    const lookalike = Object.assign(new Error('da-risk invalid-input: x'), { name: 'DaRiskError', code: 'invalid-input', issues: [] });
    expect(() =>
      attempt(() => {
        throw lookalike;
      }),
    ).toThrow(lookalike);
    expect(() =>
      attempt(() => {
        throw 'text';
      }),
    ).toThrow('text');
  });

  it('a caller\u2019s getter that throws is the library\u2019s own refusal (unreadable), so it is returned, not thrown', () => {
    const hostile = {
      get instrument(): never {
        throw new RangeError('caller bug');
      },
      answers: {},
    };
    const checked = safeAssess(hostile as unknown);
    expect(checked.ok).toBe(false);
    expect(checked.ok || checked.error.code).toBe('invalid-input');
    expect(JSON.stringify(checked.ok || checked.error.issues)).not.toContain('caller bug');
  });
});
