// No silent under-grading in stored records and decisions: results checked for meaning on
// read, `verifyResult`, lowering measured against the current level, and errors that never
// carry what the caller supplied. Each test is named after the rule it proves; the hazard log
// (docs/hazard-log.md) names these tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDaraRegrade,
  applyJudgement,
  applyRimJudgement,
  applyRimUpliftDecision,
  assess,
  assessDara,
  assessRim,
  caseMaracCheck,
  checkMarac,
  commonLocalBands,
  compareAssessments,
  attachWording,
  dashRic2009,
  defineEpisodePolicy,
  defineReassessmentPolicy,
  defineScoringPolicy,
  episodeDefaults,
  parseInstant,
  sDash2009,
  maracReferral,
  parseCase,
  policeDash2009,
  reassessmentDefaults,
  validateCase,
  verifyResult,
  type AnyResult,
  type AssessmentInput,
  type AssessmentResult,
} from '../../src/index.js';
import { assessmentInputArbitrary, daraInputArbitrary, rimInputArbitrary } from '../../src/testing.js';
import { dara2022Provisional, barnardosRimProvisional } from '../../src/index.js';
import { caseOf } from '../support/cases.js';
import { thrown } from '../support/errors.js';
import { inputWith, inputWithYes, viaJson } from '../support/fixtures.js';

const AT = '2025-03-01T10:00:00Z';
const NOW = '2025-03-11T09:00:00Z';
const input15: AssessmentInput = { ...inputWithYes(15), id: 'dash-1', assessedAt: '2025-03-01T09:00:00Z' };
const high = assess(input15);

/** The edit in the issue: 15 yes answers, computed and final levels edited to standard. */
function editedToStandard(): Record<string, unknown> {
  const stored = viaJson(high) as unknown as Record<string, unknown>;
  return {
    ...stored,
    computed: { ...(stored['computed'] as object), level: 'standard', band: { min: 0, max: 9 } },
    final: { level: 'standard', basis: 'computed' },
  };
}

function inconsistent(fn: () => unknown): readonly (string | number)[][] {
  const error = thrown(fn);
  expect(error.code).toBe('inconsistent-result');
  for (const issue of error.issues) expect(issue.rule).toMatch(/inconsistent-result|decision-not-reproducible/);
  return error.issues.map((issue) => [...issue.path]);
}

describe('stored results are checked for meaning, not only shape', () => {
  it('rule: a stored result whose levels were edited down is refused by every function that reads one (inconsistent-result)', () => {
    const edited = editedToStandard();
    const judgement = { level: 'high', rationale: 'r', by: 'p', at: AT } as const;
    expect(inconsistent(() => applyJudgement(edited as unknown, judgement, commonLocalBands))).toEqual([['computed', 'level'], ['computed', 'band', 'min'], ['computed', 'band', 'max'], ['final', 'level']]);
    expect(inconsistent(() => checkMarac<unknown>({ now: NOW, victimAge: 30, assessment: edited }))[0]).toEqual(['assessment', 'computed', 'level']);
    const record = caseOf({ assessments: [{ id: 'dash-1', date: '2025-03-01T09:00:00Z', result: edited as unknown as AnyResult }] });
    expect(inconsistent(() => parseCase(record))[0]).toEqual(['assessments', 0, 'result', 'computed', 'level']);
    const validated = validateCase(record);
    expect(validated.ok || validated.error.code).toBe('inconsistent-result');
    expect(inconsistent(() => caseMaracCheck(record, NOW))[0]).toEqual(['assessments', 0, 'result', 'computed', 'level']);
    expect(inconsistent(() => compareAssessments(high, edited as unknown, reassessmentDefaults))[0]).toEqual(['later', 'computed', 'level']);
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: high });
    expect(
      inconsistent(() => maracReferral({ input: input15, result: edited as unknown }, decision, { referredAt: NOW, referredBy: 'idva-1', agency: 'idva' }))[0],
    ).toEqual(['stored', 'result', 'computed', 'level']);
  });

  it('rule: the count, tally, item lists, flags, judgement referral and history are re-derived on read', () => {
    const judged = applyJudgement(
      assess({ ...inputWithYes(6), assessedAt: '2025-03-01T09:00:00Z' }),
      { level: 'high', rationale: 'Strangulation.', by: 'idva-2', at: AT, referToMarac: true },
      commonLocalBands,
    );
    const base = viaJson(judged) as unknown as Record<string, any>;
    const edits: [string, (r: Record<string, any>) => Record<string, any>][] = [
      ['count', (r) => ({ ...r, count: r.count - 1 })],
      ['tally', (r) => ({ ...r, tally: { ...r.tally, yes: r.tally.yes - 1, no: r.tally.no + 1 } })],
      ['items', (r) => ({ ...r, items: { ...r.items, yes: r.items.yes.slice(1), no: [r.items.yes[0], ...r.items.no] } })],
      ['flags', (r) => ({ ...r, flags: [] })],
      ['judgementReferral', (r) => ({ ...r, judgementReferral: null })],
      ['history', (r) => ({ ...r, history: [], final: { level: 'medium', basis: 'computed' }, judgement: { status: 'pending', prompt: 'p' } })],
      ['final', (r) => ({ ...r, final: { level: 'medium', basis: 'judgement' } })],
    ];
    for (const [field, edit] of edits) {
      const paths = inconsistent(() => applyJudgement(edit(base) as unknown, { level: 'high', rationale: 'r', by: 'p', at: '2025-03-02T10:00:00Z' }, commonLocalBands));
      expect(paths.length, field).toBeGreaterThan(0);
    }
    // The message names the field and the rule, never a value.
    const error = thrown(() => applyJudgement({ ...base, count: 0 } as unknown, { level: 'high', rationale: 'r', by: 'p', at: AT }, commonLocalBands));
    expect(error.message).toMatch(/count: is not what the result.s own answers/);
  });

  it('rule: a history that records a decision the policy would refuse is refused', () => {
    const base = viaJson(applyJudgement(assess({ ...inputWithYes(10), assessedAt: '2025-03-01T09:00:00Z' }), { level: 'high', rationale: 'r', by: 'pc-1', at: AT }, commonLocalBands));
    // Someone else's lowering of the raise, written into the history without the authoriser the policy asks for.
    const lowered = {
      ...base,
      final: { level: 'medium', basis: 'judgement' },
      history: [...base.history, { ...base.history[0]!, action: 'lowered', by: 'sgt-2', at: '2025-03-02T10:00:00Z', from: 'high', to: 'medium' }],
    };
    expect(inconsistent(() => applyJudgement(lowered as unknown, { level: 'high', rationale: 'r', by: 'p', at: '2025-03-03T10:00:00Z' }, commonLocalBands))).toEqual([['history', 1]]);
  });

  it('rule: a result naming a policy or edition the registry does not know is refused unless the caller passes it', () => {
    const local = defineScoringPolicy({ ...commonLocalBands, id: 'exampleshire-bands', version: '2026.1', basis: 'local' });
    const stored = viaJson(assess(inputWithYes(12), { policy: local }));
    const record = caseOf({ assessments: [{ id: 'a-1', date: AT, result: stored }] });
    const error = thrown(() => parseCase(record));
    expect(error.code).toBe('unknown-policy');
    expect(error.issues[0]?.path).toEqual(['assessments', 0, 'result', 'policy']);
    expect(JSON.stringify(error)).not.toContain('exampleshire');
    expect(parseCase(record, { policies: [local] }).assessments[0]?.result.policy.id).toBe('exampleshire-bands');
    expect(applyJudgement(stored, { level: 'high', rationale: 'r', by: 'p', at: AT }, local).final.level).toBe('high');
    const otherEdition = { ...stored, instrument: { ...stored.instrument, edition: '2031' } };
    expect(thrown(() => parseCase(caseOf({ assessments: [{ id: 'a-1', date: AT, result: otherEdition }] }), { policies: [local] })).code).toBe('unknown-edition');
  });

  it('rule: DARA and RIM results are re-derived on read too', () => {
    const daraResult = viaJson(
      assessDara({
        instrument: { id: 'dara', edition: '2022-provisional' },
        assessedAt: AT,
        answers: { strangulation: { value: 'once' } },
        grade: { level: 'high', rationale: 'r', by: 'pc-1', at: AT },
      }),
    );
    const downgraded = { ...daraResult, final: { level: 'standard', basis: 'assessor' } };
    expect(inconsistent(() => applyDaraRegrade(downgraded as unknown, { level: 'high', rationale: 'r', by: 's', at: '2025-03-02T10:00:00Z' }))).toContainEqual(['final', 'level']);
    const rimResult = viaJson(
      assessRim({
        instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
        assessedAt: AT,
        answers: { 'rim-violence-severe-life-threatening': { value: 'confirmed' } },
        children: [{ id: 'c-1', age: { years: 3 }, specialNeeds: false }],
      }),
    );
    const child = rimResult.children[0]!;
    const softened = { ...rimResult, children: [{ ...child, suggested: 2, final: { scale: 2, basis: 'suggested' } }], household: { ...rimResult.household, highestFinal: 2, byScale: { 1: 0, 2: 1, 3: 0, 4: 0, none: 0 } } };
    expect(inconsistent(() => applyRimJudgement(softened as unknown, 'c-1', { scale: 4, rationale: 'r', by: 'sw-1', at: '2025-03-02T10:00:00Z' }))).toContainEqual([
      'children',
      0,
      'suggested',
    ]);
    // A child's threshold of need is the decision the need policy gives: an edit is a difference in meaning.
    const universal = { ...rimResult, children: [{ ...child, need: { ...child.need, threshold: 'Level 1: universal', response: 'Universal services.' } }] };
    expect(inconsistent(() => applyRimJudgement(universal as unknown, 'c-1', { scale: 4, rationale: 'r', by: 'sw-1', at: '2025-03-02T10:00:00Z' }))).toEqual([
      ['children', 0, 'need', 'threshold'],
      ['children', 0, 'need', 'response'],
    ]);
  });

  it('property rule: any single-field edit of a library-made result that changes a count, a level or a route is refused on read and reported by verifyResult', () => {
    type Edit = (result: Record<string, any>) => Record<string, any> | null;
    const other = (level: string) => (level === 'high' ? 'medium' : 'high');
    const checklistEdits: Edit[] = [
      (r) => ({ ...r, count: r.count + 1 }),
      (r) => (r.count > 0 ? { ...r, count: r.count - 1 } : null),
      (r) => ({ ...r, tally: { ...r.tally, yes: r.tally.yes + 1 } }),
      (r) => (r.computed === null ? null : { ...r, computed: { ...r.computed, level: other(r.computed.level) } }),
      (r) => (r.final.level === null ? null : { ...r, final: { ...r.final, level: other(r.final.level) } }),
      (r) => (r.items.yes.length === 0 ? null : { ...r, items: { ...r.items, yes: r.items.yes.slice(1), no: [...r.items.no, r.items.yes[0]] } }),
      (r) => (r.flags.length === 0 ? null : { ...r, flags: r.flags.slice(1) }),
      (r) => (r.judgementReferral === null ? null : { ...r, judgementReferral: null }),
      (r) => (r.history.length === 0 ? null : { ...r, history: r.history.map((e: any, i: number) => (i === r.history.length - 1 ? { ...e, to: other(e.to) } : e)) }),
      (r) => (r.history.length === 0 ? null : { ...r, history: r.history.map((e: any, i: number) => (i === 0 ? { ...e, referToMarac: !e.referToMarac } : e)) }),
    ];
    const judgementArb = fc.option(
      fc.record({ level: fc.constantFrom('standard', 'medium', 'high'), referToMarac: fc.boolean() }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(dashRic2009, policeDash2009).chain((instrument) => assessmentInputArbitrary(instrument, { details: false })),
        judgementArb,
        fc.nat({ max: checklistEdits.length - 1 }),
        (input, judgement, which) => {
          const made = assess({ ...input, assessedAt: '2025-03-01T09:00:00Z' });
          let result: AssessmentResult = made;
          if (judgement !== undefined && judgement.level !== 'standard') {
            try {
              result = applyJudgement(made, { ...judgement, rationale: 'r', by: 'p-1', at: AT }, commonLocalBands);
            } catch {
              result = made;
            }
          }
          const edited = checklistEdits[which]!(viaJson(result) as unknown as Record<string, any>);
          if (edited === null) return;
          const record = caseOf({ assessments: [{ id: 'a-1', date: '2025-03-01T09:00:00Z', result: edited as unknown as AnyResult }] });
          const read = validateCase(record);
          expect(read.ok).toBe(false);
          expect(read.ok || read.error.code).toBe('inconsistent-result');
          expect(verifyResult({ ...input, assessedAt: '2025-03-01T09:00:00Z' }, edited as unknown).reproduces).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('property rule: an unedited library-made result is read back and reproduced (DASH, DARA, RIM, after judgements)', () => {
    fc.assert(
      fc.property(assessmentInputArbitrary(policeDash2009), fc.constantFrom('standard', 'medium', 'high' as const), (input, level) => {
        const made = assess(input);
        let result: AssessmentResult = made;
        try {
          result = applyJudgement(made, { level, rationale: 'r', by: 'p', at: '2031-01-01T00:00:00Z' }, commonLocalBands);
        } catch {
          result = made;
        }
        expect(validateCase(caseOf({ assessments: [{ id: 'a', date: AT, result: viaJson(result) }] })).ok).toBe(true);
        const check = verifyResult(viaJson(input), viaJson(result));
        expect(check).toMatchObject({ reproduces: true, identical: true, differences: [] });
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(daraInputArbitrary(dara2022Provisional), (input) => {
        const result = assessDara(input);
        expect(verifyResult(viaJson(input), viaJson(result))).toMatchObject({ reproduces: true, identical: true });
        expect(applyDaraRegrade(viaJson(result), { level: 'high', rationale: 'r', by: 'assessor-1', at: '2031-01-01T00:00:00Z' }).final.level).toBe('high');
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(rimInputArbitrary(barnardosRimProvisional), (input) => {
        const result = assessRim(input);
        expect(verifyResult(viaJson(input), viaJson(result))).toMatchObject({ reproduces: true, identical: true });
        expect(applyRimJudgement(viaJson(result), 'child-0', { scale: 4, rationale: 'r', by: 'sw-1', at: '2031-01-01T00:00:00Z' }).children[0]?.final.scale).toBe(4);
      }),
      { numRuns: 100 },
    );
  });
});

describe('verifyResult: would the software say the same today on the same rules?', () => {
  it('rule: verifyResult replays the stored input and every recorded decision, and names the fields that differ', () => {
    const judged = applyJudgement(high, { level: 'high', rationale: 'Confirmed.', by: 'idva-1', at: AT, referToMarac: true }, commonLocalBands);
    expect(verifyResult(viaJson(input15), viaJson(judged))).toMatchObject({
      reproduces: true,
      identical: true,
      instrument: { id: 'dash-ric', edition: '2009' },
      policy: { id: 'common-local-bands', version: '2' },
    });
    const edited = editedToStandard();
    const check = verifyResult(input15, edited as unknown);
    expect(check.reproduces).toBe(false);
    expect(check.differences.filter((d) => d.kind === 'meaning').map((d) => d.path.join('.'))).toEqual(['computed.level', 'computed.band.min', 'computed.band.max', 'final.level']);
    expect(check.reasons[0]).toMatch(/Not reproduced: 4 fields differ in meaning/);
    // A different input (an answer changed after the fact) does not reproduce the stored result.
    const changed = { ...input15, answers: { ...input15.answers, 'current-injury': { value: 'no' } } };
    expect(verifyResult(changed, viaJson(high)).differences.map((d) => d.path.join('.'))).toContain('count');
  });

  it('rule: a difference in wording alone still reproduces the decision', () => {
    const stored = viaJson(high) as unknown as Record<string, any>;
    const reworded = { ...stored, reasons: ['Worded by an older version.', ...stored.reasons.slice(1)] };
    expect(verifyResult(input15, reworded as unknown)).toMatchObject({ reproduces: true, identical: false, differences: [{ path: ['reasons', 0], kind: 'wording' }] });
  });

  it('rule: verifyResult reports a recorded decision that the rules would refuse today', () => {
    const base = viaJson(applyJudgement(high, { level: 'high', rationale: 'r', by: 'pc-1', at: AT }, commonLocalBands));
    const refused = { ...base, final: { level: 'medium', basis: 'judgement' }, history: [...base.history, { ...base.history[0]!, action: 'lowered', to: 'medium', from: 'high', at: '2025-03-02T10:00:00Z' }] };
    const check = verifyResult(input15, refused as unknown);
    expect(check.reproduces).toBe(false);
    expect(check.differences).toEqual([{ path: ['history', 1], kind: 'meaning' }]);
  });

  it('rule: verifyResult refuses a malformed input or result with the field named, never a value', () => {
    expect(thrown(() => verifyResult({ ...input15, answers: { 'Jane Doe': { value: 'yes' } } }, high)).issues[0]?.path).toEqual(['input', 'answers', '<unknown key 1>']);
    expect(thrown(() => verifyResult(input15, { ...viaJson(high), count: 'many' } as unknown)).issues[0]?.path).toEqual(['result', 'count']);
  });
});

describe('lowering is lowering, whoever set the level', () => {
  const base = () => assess({ ...inputWithYes(10), assessedAt: '2025-03-01T09:00:00Z' });

  it('rule: lowering is measured against the current final level: undoing another practitioner\u2019s raise needs a named authoriser', () => {
    const raised = applyJudgement(base(), { level: 'high', rationale: 'Escalating.', by: 'idva-1', at: AT }, commonLocalBands);
    const undo = { level: 'medium', rationale: 'Not convinced.', by: 'pc-2', at: '2025-03-02T10:00:00Z' } as const;
    const refused = thrown(() => applyJudgement(raised, undo, commonLocalBands));
    expect(refused).toMatchObject({ code: 'judgement-refused' });
    expect(refused.issues[0]).toMatchObject({ path: ['authorisedBy'], rule: 'authoriser-required' });
    const authorised = applyJudgement(raised, { ...undo, authorisedBy: 'di-3' }, commonLocalBands);
    expect(authorised.history.at(-1)).toMatchObject({ action: 'lowered', from: 'high', to: 'medium', by: 'pc-2', authorisedBy: 'di-3' });
    // A confirmation by someone else keeps the level theirs too: undoing it after that also needs an authoriser.
    const confirmed = applyJudgement(raised, { level: 'high', rationale: 'Agree.', by: 'sgt-4', at: '2025-03-02T09:00:00Z' }, commonLocalBands);
    expect(thrown(() => applyJudgement(confirmed, { ...undo, by: 'idva-1' }, commonLocalBands)).issues[0]?.rule).toBe('authoriser-required');
  });

  it('rule: a practitioner may correct their own raise with reasons; the authoriser must be someone else', () => {
    const raised = applyJudgement(base(), { level: 'high', rationale: 'Escalating.', by: 'idva-1', at: AT }, commonLocalBands);
    const own = applyJudgement(raised, { level: 'medium', rationale: 'Wrong case file.', by: 'idva-1', at: '2025-03-02T10:00:00Z' }, commonLocalBands);
    expect(own.history.at(-1)).toMatchObject({ action: 'lowered', by: 'idva-1' });
    expect(own.history.at(-1)).not.toHaveProperty('authorisedBy');
    const self = thrown(() => applyJudgement(raised, { level: 'medium', rationale: 'r', by: 'pc-2', at: '2025-03-02T10:00:00Z', authorisedBy: 'pc-2' }, commonLocalBands));
    expect(self.issues[0]).toMatchObject({ path: ['authorisedBy'], rule: 'authoriser-not-independent' });
    expect(thrown(() => applyJudgement(raised, { level: 'standard', rationale: 'r', by: 'idva-1', at: '2025-03-02T10:00:00Z', authorisedBy: 'x' }, commonLocalBands)).issues[0]?.rule).toBe(
      'lowering-refused',
    );
  });

  it('rule: an authoriser is someone else however the id is spelt, and a rationale needs visible text', () => {
    const raised = applyJudgement(base(), { level: 'high', rationale: 'Escalating.', by: 'idva-1', at: AT }, commonLocalBands);
    for (const authorisedBy of ['pc-2 ', 'PC-2', 'pc-2\u200b', '\uff50c-2']) {
      const error = thrown(() => applyJudgement(raised, { level: 'medium', rationale: 'r', by: 'pc-2', at: '2025-03-02T10:00:00Z', authorisedBy }, commonLocalBands));
      expect(error.issues[0]?.rule).toMatch(/authoriser-not-independent|not-blank/);
    }
    for (const rationale of ['\u200b', ' . ', '\u00a0']) {
      expect(thrown(() => applyJudgement(raised, { level: 'high', rationale, by: 'pc-2', at: '2025-03-02T10:00:00Z' }, commonLocalBands)).issues[0]?.path).toEqual(['rationale']);
    }
  });

  it('rule: a DARA regrade below a grade another practitioner gave needs an authoriser', () => {
    const graded = assessDara({ instrument: { id: 'dara', edition: '2022-provisional' }, assessedAt: AT, answers: {}, grade: { level: 'high', rationale: 'r', by: 'pc-1', at: AT } });
    const regrade = { level: 'medium', rationale: 'Supervisor review.', by: 'sgt-1', at: '2025-03-02T10:00:00Z' } as const;
    expect(thrown(() => applyDaraRegrade(graded, regrade)).issues[0]?.rule).toBe('authoriser-required');
    expect(applyDaraRegrade(graded, { ...regrade, authorisedBy: 'insp-1' }).final).toEqual({ level: 'medium', basis: 'regrade' });
  });

  it('rule: a child\u2019s RIM scale below the suggested scale is refused by default; undoing another\u2019s accepted uplift needs an authoriser', () => {
    const result = assessRim({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      assessedAt: AT,
      answers: { 'rim-violence-minor-to-moderate-history': { value: 'confirmed' } },
      children: [{ id: 'c-1', age: { years: 4 }, specialNeeds: false }],
    });
    expect(thrown(() => applyRimJudgement(result, 'c-1', { scale: 1, rationale: 'r', by: 'sw-1', at: '2025-03-02T10:00:00Z', authorisedBy: 'tm-1' })).issues[0]?.rule).toBe(
      'lowering-refused',
    );
    const uplifted = applyRimUpliftDecision(result, 'c-1', { accept: true, rationale: 'Aged 4.', by: 'sw-1', at: '2025-03-02T10:00:00Z' });
    expect(uplifted.children[0]?.final).toEqual({ scale: 3, basis: 'uplift' });
    const back = { scale: 2, rationale: 'r', by: 'sw-2', at: '2025-03-03T10:00:00Z' } as const;
    expect(thrown(() => applyRimJudgement(uplifted, 'c-1', back)).issues[0]?.rule).toBe('authoriser-required');
    expect(applyRimJudgement(uplifted, 'c-1', { ...back, authorisedBy: 'tm-1' }).children[0]?.final).toEqual({ scale: 2, basis: 'judgement' });
  });

  it('rule: accepting an uplift never lowers a scale a judgement already set higher', () => {
    const result = assessRim({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      assessedAt: AT,
      answers: { 'rim-violence-minor-to-moderate-history': { value: 'confirmed' } },
      children: [{ id: 'c-1', age: { years: 4 }, specialNeeds: false }],
    });
    const judged = applyRimJudgement(result, 'c-1', { scale: 4, rationale: 'Severe concerns.', by: 'sw-1', at: '2025-03-02T10:00:00Z' });
    const accepted = applyRimUpliftDecision(judged, 'c-1', { accept: true, rationale: 'Aged 4.', by: 'sw-2', at: '2025-03-02T11:00:00Z' });
    expect(accepted.children[0]?.final).toEqual({ scale: 4, basis: 'judgement' });
    expect(accepted.children[0]?.uplift?.decision).toBe('accepted');
    expect(accepted.history.at(-1)).toMatchObject({ kind: 'uplift-decision', from: 4, to: 4 });
  });
});

describe('the MARAC referral payload', () => {
  it('rule: the referral carries the required children\u2019s safeguarding referral, and a decision that disagrees with itself is refused', () => {
    const input = { ...inputWithYes(15), id: 'dash-1', assessedAt: '2025-03-01T09:00:00Z' };
    const result = assess(input);
    const decision = checkMarac({ now: NOW, victimAge: 17, assessment: result });
    const options = { referredAt: NOW, referredBy: 'idva-1', agency: 'idva' as const };
    expect(maracReferral({ input, result }, decision, options).actions).toEqual(decision.actions);
    expect(decision.actions[0]).toMatchObject({ status: 'required' });
    const adult = viaJson(decision) as unknown as Record<string, any>;
    expect(inconsistent(() => maracReferral({ input, result }, { ...adult, actions: [] } as unknown, options))).toEqual([['decision', 'actions']]);
    const low = viaJson(checkMarac({ now: NOW, victimAge: 30, assessment: assess({ ...inputWithYes(5), id: 'dash-1', assessedAt: '2025-03-01T09:00:00Z' }), professionalJudgement: { by: 'p', at: AT, rationale: 'r' } })) as any;
    const forged = { ...low, routes: low.routes.map((route: any) => (route.id === 'visible-high-risk' ? { ...route, met: true, referral: true } : route)), routesMet: ['visible-high-risk', 'professional-judgement'] };
    const lowInput = { ...inputWithYes(5), id: 'dash-1', assessedAt: '2025-03-01T09:00:00Z' };
    expect(inconsistent(() => maracReferral({ input: lowInput, result: assess(lowInput) }, forged, options))).toEqual([['decision', 'routes', 0, 'evidence', 'count']]);
    // A case decision whose count route is met on another assessment is built from that one, never from a lower one.
    const record = caseOf({ victim: { age: 30 }, assessments: [{ id: 'dash-1', date: '2025-03-01T09:00:00Z', result }, { id: 'dash-3', date: '2025-03-05T09:00:00Z', result: assess({ ...inputWithYes(3), id: 'dash-3', assessedAt: '2025-03-05T09:00:00Z' }) }] });
    const caseDecision = caseMaracCheck(record, NOW);
    const lower = { ...inputWithYes(3), id: 'dash-3', assessedAt: '2025-03-05T09:00:00Z' };
    expect(thrown(() => maracReferral({ input: lower, result: assess(lower) }, caseDecision, options)).issues[0]?.rule).toBe('parts-do-not-match');
    expect(maracReferral({ input, result }, caseDecision, options).assessment.count).toBe(15);
  });
});

describe('errors never carry what the caller supplied', () => {
  const PERSONAL = 'Jane Doe 07700 900123';

  it('rule: a key the caller chooses in a record is reported by its place too, and an odd value never crashes', () => {
    const pack = { formatVersion: 1, instrument: { id: 's-dash', edition: '2009' }, language: 'en', kind: 'local', licence: 'l', attribution: 'a', items: { 'jane-doe-07700': 5 } };
    const error = thrown(() => attachWording<unknown>(sDash2009, pack));
    expect(JSON.stringify(error) + error.message).not.toContain('jane-doe');
    expect(error.issues[0]?.path).toEqual(['items', '<unknown key 1>']);
    const policy = thrown(() => defineReassessmentPolicy({ ...viaJson(reassessmentDefaults), id: 'x', itemTriggers: { 'jane-doe-07700': 'not-a-trigger' } }));
    expect(JSON.stringify(policy)).not.toContain('jane-doe');
    // zod throws on an object whose `length` is not a number: the boundary turns that into an issue.
    const weird = JSON.parse('{"length":{"__proto__":null}}') as unknown;
    expect(thrown(() => applyJudgement(high, { level: 'high', rationale: 'r', by: weird, at: AT } as unknown, commonLocalBands)).code).toBe('invalid-input');
    expect(thrown(() => assess({ ...inputWithYes(1), id: { length: Object.create(null) } } as unknown)).code).toBe('invalid-input');
  });

  it('rule: an unknown answer key is reported by its place, never by its text (message, path, String, JSON)', () => {
    const error = thrown(() => assess({ ...inputWith({}), answers: { [PERSONAL]: { value: 'yes' } } }));
    expect(error.issues[0]).toMatchObject({ path: ['answers', '<unknown key 1>'], rule: 'unknown-item' });
    for (const text of [error.message, String(error), JSON.stringify(error), JSON.stringify(error.issues)]) expect(text).not.toContain('Jane');
  });

  // Random strings of at least four characters, each with a character no message of the library contains,
  // so that any appearance in an error is an echo.
  const token = fc
    .tuple(fc.string({ minLength: 2, maxLength: 8 }), fc.constantFrom('\u00a7', '\u00a4', '~', '^'), fc.string({ minLength: 1, maxLength: 8 }))
    .map(([a, mark, b]) => `${a}${mark}${b}`);

  function echoes(error: unknown, tokens: readonly string[]): string[] {
    if (!(error instanceof Error)) return [];
    const text = [error.message, String(error), JSON.stringify(error), JSON.stringify((error as { issues?: unknown }).issues ?? null)].join('\n');
    return tokens.filter((t) => text.includes(t));
  }

  it('property rule: for inputs whose keys and values are random strings, no such string appears in any error of any validating entry point', () => {
    const valid: Record<string, () => unknown> = {
      assessment: () => ({ ...inputWithYes(3), id: 'a-1', assessedAt: AT }),
      result: () => viaJson(high),
      case: () => caseOf({ victim: { age: 30 }, assessments: [{ id: 'a-1', date: AT, result: viaJson(high) }], events: [{ type: 'new-incident', date: AT, crime: true, reportedTo: ['police'] }] }),
      marac: () => ({ now: NOW, victimAge: 30, events: [{ date: AT, crime: true, reportedTo: ['police'] }] }),
      judgement: () => ({ level: 'high', rationale: 'r', by: 'p', at: AT }),
      dara: () => ({ instrument: { id: 'dara', edition: '2022-provisional' }, answers: {}, grade: { level: 'high', rationale: 'r', by: 'p', at: AT } }),
      rim: () => ({ instrument: { id: 'barnardos-rim', edition: '2009-provisional' }, assessedAt: AT, answers: {}, children: [{ id: 'c', age: { years: 3 }, specialNeeds: false }] }),
    };
    const calls: Record<string, (value: unknown) => unknown> = {
      assessment: (v) => assess(v),
      result: (v) => applyJudgement(v, valid.judgement!(), commonLocalBands),
      case: (v) => caseMaracCheck(v, NOW),
      marac: (v) => checkMarac(v),
      judgement: (v) => applyJudgement(high, v, commonLocalBands),
      dara: (v) => assessDara(v),
      rim: (v) => assessRim(v),
      verify: (v) => verifyResult(v, viaJson(high)),
      compare: (v) => compareAssessments(high, v, reassessmentDefaults),
    };
    valid.verify = valid.assessment!;
    valid.compare = valid.result!;
    // Inject a random key or value at a random place of a valid input.
    const inject = (value: unknown, path: number[], key: string, text: string, asKey: boolean): unknown => {
      if (value === null || typeof value !== 'object') return asKey ? { [key]: text } : text;
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
      if (path.length === 0 || entries.length === 0) {
        if (Array.isArray(value)) return [...value, asKey ? { [key]: text } : text];
        return asKey ? { ...value, [key]: text } : { ...value, [entries[0]?.[0] ?? key]: text };
      }
      const [k, v] = entries[path[0]! % entries.length]!;
      const next = inject(v, path.slice(1), key, text, asKey);
      if (Array.isArray(value)) return value.map((item, i) => (String(i) === k ? next : item));
      return { ...value, [k]: next };
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(calls)),
        fc.array(fc.nat({ max: 30 }), { maxLength: 5 }),
        token,
        token,
        fc.boolean(),
        (entry, path, key, text, asKey) => {
          const input = inject(valid[entry]!(), path, key, text, asKey);
          let caught: unknown;
          try {
            calls[entry]!(input);
          } catch (error) {
            caught = error;
          }
          expect(echoes(caught, [key, text])).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('policy definitions that could stall a check', () => {
  it('rule: a periodic interval or an episode window cannot be empty (a zero interval would never advance)', () => {
    const zero = { ...viaJson(reassessmentDefaults), id: 'zero', periodic: { ...viaJson(reassessmentDefaults.periodic), counting: 'from-last-due-date', intervals: { high: { days: 0 }, medium: null, standard: null } } };
    expect(thrown(() => defineReassessmentPolicy(zero)).code).toBe('invalid-definition');
    expect(thrown(() => defineEpisodePolicy({ ...viaJson(episodeDefaults), id: 'zero', window: { months: 0 } })).code).toBe('invalid-definition');
  });

  it('rule: dates in the years 0 to 99 are read as written, not as 1900 to 1999', () => {
    expect(new Date(parseInstant('0001-02-03T00:00:00Z')!).getUTCFullYear()).toBe(1);
  });
});
