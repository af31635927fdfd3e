// Edges of the MARAC referral payload: which route carries the count, a screen's referral, and the messages of each refusal.
import { describe, expect, it } from 'vitest';
import {
  applyJudgement,
  assess,
  maracReferralTrusted,
  checkMarac,
  commonLocalBands,
  dashRic2009,
  maracReferral,
  policeDash2009,
  type AssessmentInput,
  type MaracDecision,
  type ReferralOptions,
  episodeDefaults,
} from '../../../src/index.js';
import { checkSafetyPlan as checkSafetyPlanCore } from '../../../src/core/case/safety-plan.js';
import { caseOf, plusHours } from '../../support/cases.js';
import { thrown } from '../../support/errors.js';
import { inputWith, inputWithYes, viaJson } from '../../support/fixtures.js';

const T = '2025-03-03T14:00:00Z';
const options: ReferralOptions = { referredAt: plusHours(T, 2), referredBy: 'idva-7', agency: 'idva' };
const judgement = { by: 'idva-7', at: T, rationale: 'She fears for her life.' };

function stored(yes: number, id?: string): { input: AssessmentInput; result: ReturnType<typeof assess> } {
  const input: AssessmentInput = { ...inputWithYes(yes), ...(id === undefined ? {} : { id }), assessedAt: T };
  return { input, result: assess(input) };
}
type Loose = { -readonly [K in keyof MaracDecision]: unknown } & { routes: { id: string; met: boolean; referral: boolean; evidence: Record<string, unknown> }[]; routesMet: string[] };
const edited = (decision: MaracDecision, edit: (d: Loose) => void): MaracDecision => {
  const copy = viaJson(decision) as unknown as Loose;
  edit(copy);
  return copy as unknown as MaracDecision;
};
const high = stored(14, 'a-9');
const highDecision = checkMarac({ now: plusHours(T, 1), victimAge: 30, assessment: high.result });

describe('the count route is found by its id', () => {
  it('wherever it is in the list of routes, its count must be this result\u2019s', () => {
    const moved = edited(highDecision, (d) => {
      const index = d.routes.findIndex((route) => route.id === 'visible-high-risk');
      const [visible] = d.routes.splice(index, 1);
      visible!.evidence.count = 15;
      d.routes.push(visible!);
    });
    expect(thrown(() => maracReferral(high, moved, options)).issues[0]).toMatchObject({ path: ['decision'], message: 'the decision was made on a different count' });
  });

  it('a decision with no count route is built from the judgement it rests on', () => {
    const decision = checkMarac({ now: T, victimAge: 30, assessment: high.result, professionalJudgement: judgement });
    const without = edited(decision, (d) => {
      d.routes = d.routes.filter((route) => route.id !== 'visible-high-risk');
      d.routesMet = d.routesMet.filter((id) => id !== 'visible-high-risk');
    });
    const payload = maracReferralTrusted({ instrument: dashRic2009, input: high.input, result: high.result }, without, options);
    expect(payload.routesMet.map((route) => route.id)).toEqual(['professional-judgement']);
  });

  it('a decision that names no assessment is read as made on this one: same count, built', () => {
    const anonymous = checkMarac({ now: T, victimAge: 30, assessment: stored(14).result });
    const payload = maracReferral(high, anonymous, options);
    expect(payload.assessment).toMatchObject({ id: 'a-9', count: 14 });
  });
});

describe('a referral from a screen that computes no level', () => {
  it('carries no computed level, and a level set by judgement from none', () => {
    const input: AssessmentInput = { instrument: { id: 's-dash', edition: '2009' }, answers: {}, id: 's-1', assessedAt: T };
    const result = applyJudgement(assess(input), { level: 'high', rationale: 'Stalking with threats.', by: 'idva-7', at: T, referToMarac: true }, commonLocalBands);
    const decision = checkMarac({ now: T, victimAge: 30, assessment: result });
    expect(decision.routesMet).toEqual(['professional-judgement']);
    const payload = maracReferral({ input, result }, decision, options);
    expect(payload.assessment).toMatchObject({ id: 's-1', computedLevel: null, finalLevel: 'high', count: 0 });
    expect(payload.judgements).toEqual([
      { action: 'set', from: null, to: 'high', by: 'idva-7', at: T, rationale: 'Stalking with threats.', authorisedBy: null },
    ]);
  });
});

describe('each refusal says what is wrong', () => {
  it('the messages of the parts that do not belong together', () => {
    const police = assess({ ...inputWithYes(14, 'no', policeDash2009), id: 'p-1', assessedAt: T });
    expect(thrown(() => maracReferralTrusted({ instrument: dashRic2009, input: high.input, result: police }, highDecision, options)).issues[0]!.message).toBe(
      'the edition, the input and the result name different editions',
    );
    const other = assess({ ...inputWith({ weapons: 'yes', 'threats-to-kill': 'yes' }), id: 'a-9', assessedAt: T });
    const input = { ...inputWith({ weapons: 'yes', strangulation: 'yes' }), id: 'a-9', assessedAt: T };
    const decision = checkMarac({ now: T, victimAge: 30, assessment: other, professionalJudgement: judgement });
    // As many yes answers, the first the same, the second not.
    expect(thrown(() => maracReferral({ input, result: other }, decision, options)).issues[0]).toMatchObject({ path: ['stored', 'result'], message: 'the result was not produced from this input' });
    const elsewhere = checkMarac({ now: T, victimAge: 30, assessment: stored(15, 'a-other').result });
    expect(thrown(() => maracReferral(high, elsewhere, options)).issues[0]!.message).toBe('the decision\u2019s count route is met on another assessment: build the referral from that one');
    const none = checkMarac({ now: T, victimAge: 30, assessment: stored(13, 'a-9').result });
    expect(thrown(() => maracReferral(stored(13, 'a-9'), none, options)).issues[0]!.message).toBe('the decision does not refer to MARAC');
  });

  it('the meaning check names the field and says it disagrees with the rest', () => {
    const extra = edited(highDecision, (d) => {
      d.routesMet = ['visible-high-risk', 'repeat'];
    });
    expect(thrown(() => maracReferral(high, extra, options)).issues).toEqual([
      { path: ['decision', 'routesMet'], rule: 'inconsistent-result', message: 'is not what the rest of the decision gives' },
    ]);
  });

  it('a count route met without a count is refused, even at a threshold of 0', () => {
    const decision = edited(highDecision, (d) => {
      d.routes[0]!.evidence.count = null;
      d.routes[0]!.evidence.threshold = 0;
    });
    expect(thrown(() => maracReferral(high, decision, options)).issues.map((issue) => issue.path.join('.'))).toEqual(['decision.routes.0.evidence.count']);
  });

  it('answers the edition cannot read are named under the stored input', () => {
    const bad = { ...high.input, answers: { ...high.input.answers, 'no-such-item': { value: 'yes' } } } as AssessmentInput;
    expect(thrown(() => maracReferralTrusted({ instrument: dashRic2009, input: bad, result: high.result }, highDecision, options)).issues[0]!.path.slice(0, 3)).toEqual(['stored', 'input', 'answers']);
  });
});

describe('every refusal of parts that do not belong together is invalid input', () => {
  it('whether the editions, the answers, the assessment, the count or the outcome disagree', () => {
    const police = assess({ ...inputWithYes(14, 'no', policeDash2009), id: 'p-1', assessedAt: T });
    const other = assess({ ...inputWith({ weapons: 'yes', 'threats-to-kill': 'yes' }), id: 'a-9', assessedAt: T });
    const input = { ...inputWith({ weapons: 'yes', strangulation: 'yes' }), id: 'a-9', assessedAt: T };
    const onOther = checkMarac({ now: T, victimAge: 30, assessment: other, professionalJudgement: judgement });
    const fifteen = edited(highDecision, (d) => {
      d.routes[0]!.evidence.count = 15;
    });
    const low = stored(13, 'a-9');
    const refusals = [
      () => maracReferralTrusted({ instrument: dashRic2009, input: high.input, result: police }, highDecision, options),
      () => maracReferral({ input, result: other }, onOther, options),
      () => maracReferral(high, checkMarac({ now: T, victimAge: 30, assessment: stored(15, 'a-other').result }), options),
      () => maracReferral(high, fifteen, options),
      () => maracReferral(low, checkMarac({ now: T, victimAge: 30, assessment: low.result }), options),
    ];
    expect(refusals.map((refusal) => [thrown(refusal).code, thrown(refusal).issues[0]!.rule])).toEqual([
      ['invalid-input', 'parts-do-not-match'],
      ['invalid-input', 'parts-do-not-match'],
      ['invalid-input', 'parts-do-not-match'],
      ['invalid-input', 'parts-do-not-match'],
      ['invalid-input', 'not-a-referral'],
    ]);
  });
});

describe('a safety plan whose date cannot be read', () => {
  it('is refused naming the field', () => {
    const record = caseOf({ safetyPlan: { updatedAt: 'last week', actions: [] } });
    expect(thrown(() => checkSafetyPlanCore(record, T, episodeDefaults)).issues[0]).toMatchObject({ path: ['safetyPlan', 'updatedAt'], rule: 'iso-datetime' });
  });
});
