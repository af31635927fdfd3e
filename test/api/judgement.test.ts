import { describe, expect, it } from 'vitest';
import {
  applyJudgement,
  assess,
  commonLocalBands,
  dashRic2009,
  defineScoringPolicy,
  applyJudgementTrusted,
  sDash2009,
  assessTrusted,
  type AssessmentResult,
} from '../../src/index.js';
import { thrown } from '../support/errors.js';
import { deepFrozen, inputWith, inputWithYes, viaJson } from '../support/fixtures.js';

const AT = '2025-03-01T10:00:00Z';
const lowering = defineScoringPolicy({
  ...commonLocalBands,
  id: 'lowering-allowed',
  version: '1',
  judgement: { lowering: 'allowed-with-rationale', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'local' }, basis: 'local' },
});

function result(yes: number, policy = commonLocalBands): AssessmentResult {
  return assess({ ...inputWithYes(yes), assessedAt: '2025-03-01T09:00:00Z' }, { policy });
}

describe('professional judgement', () => {
  it('raising is always allowed, keeps computed and final apart, and records who, when, why', () => {
    const before = result(3);
    const judged = applyJudgement(before, { level: 'high', rationale: 'Strangulation last week.', by: 'idva-7', at: AT }, commonLocalBands);
    expect(judged.computed?.level).toBe('standard');
    expect(judged.final).toEqual({ level: 'high', basis: 'judgement' });
    expect(judged.judgement.status).toBe('recorded');
    expect(judged.history).toEqual([
      {
        kind: 'judgement',
        action: 'raised',
        by: 'idva-7',
        at: AT,
        from: 'standard',
        to: 'high',
        computed: 'standard',
        referToMarac: false,
        rationale: 'Strangulation last week.',
        policy: { id: 'common-local-bands', version: '2' },
        instrument: { id: 'dash-ric', edition: '2009' },
      },
    ]);
    expect(judged.reasons.at(-1)).toMatch(/Professional judgement by idva-7 .* raised level standard to level high/);
    expect(before.final.level).toBe('standard');
    expect(deepFrozen(judged)).toBe(true);
  });

  it('lowering below the computed level is refused by default, even with a rationale', () => {
    const error = thrown(() =>
      applyJudgement(result(14), { level: 'medium', rationale: 'Victim says it is better now.', by: 'pc-1', at: AT }, commonLocalBands),
    );
    expect(error.code).toBe('judgement-refused');
    expect(error.issues[0]).toMatchObject({ path: ['level'], rule: 'lowering-refused' });
  });

  it('lowering is allowed where the policy says so, with the rationale and the authoriser recorded', () => {
    const unauthorised = thrown(() => applyJudgement(result(14, lowering), { level: 'medium', rationale: 'Perpetrator remanded.', by: 'ds-3', at: AT }, lowering));
    expect(unauthorised.code).toBe('judgement-refused');
    expect(unauthorised.issues[0]).toMatchObject({ path: ['authorisedBy'], rule: 'authoriser-required' });
    const judged = applyJudgement(
      result(14, lowering),
      { level: 'medium', rationale: 'Perpetrator remanded.', by: 'ds-3', at: AT, authorisedBy: 'di-8' },
      lowering,
    );
    expect(judged.final.level).toBe('medium');
    expect(judged.history[0]).toMatchObject({ action: 'lowered', from: 'high', to: 'medium', computed: 'high', rationale: 'Perpetrator remanded.', authorisedBy: 'di-8' });
    expect(judged.reasons.at(-1)).toMatch(/authorised by di-8.*below the computed level high/);
  });

  it('a judgement without a rationale is an error', () => {
    for (const rationale of ['', '   ', undefined]) {
      const error = thrown(() => applyJudgement(result(3), { level: 'high', rationale, by: 'x', at: AT } as unknown, commonLocalBands));
      expect(error.issues[0]?.path).toEqual(['rationale']);
    }
    expect(thrown(() => applyJudgementTrusted(result(3), { level: 'high', rationale: ' ', by: 'x', at: AT }, commonLocalBands)).issues[0]?.rule).toBe('required');
  });

  it('refers to MARAC on judgement at any count', () => {
    const judged = applyJudgement(
      result(2),
      { level: 'standard', rationale: 'She fears for her life.', by: 'pc-9', at: AT, referToMarac: true },
      commonLocalBands,
    );
    expect(judged.final.level).toBe('standard');
    expect(judged.history[0]?.action).toBe('confirmed');
    expect(judged.judgementReferral).toEqual({ by: 'pc-9', at: AT, rationale: 'She fears for her life.' });
  });

  it('refuses a policy other than the one the result was produced under', () => {
    const error = thrown(() => applyJudgement(result(3), { level: 'high', rationale: 'r', by: 'x', at: AT }, lowering));
    expect(error.code).toBe('policy-mismatch');
  });

  it('keeps a history of later regrades; undoing another practitioner\u2019s raise needs an authoriser, and nothing goes below the computed level', () => {
    const first = applyJudgement(result(10), { level: 'high', rationale: 'Escalating.', by: 'pc-1', at: AT }, commonLocalBands);
    const undo = { level: 'medium', rationale: 'Reviewed by supervisor.', by: 'sgt-2', at: '2025-03-02T09:00:00Z' } as const;
    expect(thrown(() => applyJudgement(first, undo, commonLocalBands)).issues[0]).toMatchObject({ path: ['authorisedBy'], rule: 'authoriser-required' });
    const second = applyJudgement(first, { ...undo, authorisedBy: 'insp-5' }, commonLocalBands);
    expect(second.history.map((e) => [e.action, e.from, e.to, e.by])).toEqual([
      ['raised', 'medium', 'high', 'pc-1'],
      ['lowered', 'high', 'medium', 'sgt-2'],
    ]);
    expect(thrown(() => applyJudgement(second, { level: 'standard', rationale: 'r', by: 'x', at: '2025-03-03T09:00:00Z' }, commonLocalBands)).code).toBe(
      'judgement-refused',
    );
  });

  it('refuses a judgement dated before the assessment or an earlier judgement', () => {
    expect(thrown(() => applyJudgement(result(3), { level: 'high', rationale: 'r', by: 'x', at: '2025-03-01T08:00:00Z' }, commonLocalBands)).issues[0]?.rule).toBe(
      'not-before-previous',
    );
    expect(
      thrown(() => applyJudgement(result(3), { level: 'high', rationale: 'r', by: 'x', at: '2025-03-01' }, commonLocalBands)).issues[0]?.rule,
    ).toBe('iso-datetime');
  });

  it('works on a result read back from JSON storage, and the judged result survives JSON', () => {
    const stored = viaJson(result(12));
    const judged = applyJudgement(stored, { level: 'high', rationale: 'r', by: 'x', at: AT }, commonLocalBands);
    expect(viaJson(judged)).toEqual(judged);
  });

  it('refuses a tampered or malformed stored result, naming the field', () => {
    const stored = viaJson(result(12)) as unknown as Record<string, unknown>;
    const error = thrown(() => applyJudgement({ ...stored, final: { level: 'extreme', basis: 'judgement' } } as unknown, { level: 'high', rationale: 'r', by: 'x', at: AT }, commonLocalBands));
    expect(error.issues[0]).toMatchObject({ path: ['final', 'level'], rule: 'one-of' });
  });

  it('a screen with no computed level can be given a level by judgement', () => {
    const screened = assessTrusted(sDash2009, inputWith({ 'stalking-loitering': 'yes' }, sDash2009), commonLocalBands);
    const judged = applyJudgementTrusted(screened, { level: 'high', rationale: 'Fixated, daily visits.', by: 'pc-4', at: AT }, commonLocalBands);
    expect(judged.final).toEqual({ level: 'high', basis: 'judgement' });
    expect(judged.history[0]?.from).toBeNull();
    expect(judged.history[0]?.action).toBe('set');
    expect(judged.reasons.at(-1)).toMatch(/set level high/);
  });

  it('the core judge does not accept a result from another edition\u2019s policy either', () => {
    const r = assessTrusted(dashRic2009, inputWithYes(1), commonLocalBands);
    expect(thrown(() => applyJudgementTrusted(r, { level: 'high', rationale: 'r', by: 'x', at: AT }, lowering)).code).toBe('policy-mismatch');
  });
});
