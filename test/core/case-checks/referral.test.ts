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
} from '../../../src/index.js';
import { checkDecisionMeaning } from '../../../src/core/case/referral.js';
import { plusHours } from '../../support/cases.js';
import { thrown } from '../../support/errors.js';
import { deepFrozen, inputWith, inputWithYes, viaJson } from '../../support/fixtures.js';

const T = '2025-03-03T14:00:00Z';
const options: ReferralOptions = { referredAt: plusHours(T, 2), referredBy: 'idva-7', agency: 'idva' };

/** A stored RIC input with `yes` yes answers (the rest no), with an id and a completion time. */
function stored(yes: number, id: string | undefined = 'a-9'): { input: AssessmentInput; result: ReturnType<typeof assess> } {
  const input: AssessmentInput = { ...inputWithYes(yes), ...(id === undefined ? {} : { id }), assessedAt: T };
  return { input, result: assess(input) };
}

const high = stored(14);
const highDecision = checkMarac({ now: plusHours(T, 1), victimAge: 30, assessment: high.result });
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Mutable<U>[] : T[K] extends object ? Mutable<T[K]> : T[K] };
const edited = (decision: MaracDecision, edit: (d: Mutable<MaracDecision>) => void): MaracDecision => {
  const copy = viaJson(decision) as Mutable<MaracDecision>;
  edit(copy);
  return copy as MaracDecision;
};
const issuesOf = (fn: () => unknown) => thrown(fn).issues.map((issue) => [issue.path.join('.'), issue.rule]);

describe('the payload carries the stored assessment and the decision, typed once', () => {
  it('the referral, the edition, the policies and the assessment in brief', () => {
    const payload = maracReferral(high, highDecision, { ...options, referralId: 'ref-1' });
    expect(payload.payloadFormat).toBe(1);
    expect(payload.referral).toEqual({ id: 'ref-1', date: plusHours(T, 2), agency: 'idva', by: 'idva-7' });
    expect(payload.victimAge).toBe(30);
    expect(payload.instrument).toEqual({ id: 'dash-ric', edition: '2009', status: dashRic2009.status, title: dashRic2009.title });
    expect(payload.policies).toEqual({ scoring: { id: high.result.policy.id, version: high.result.policy.version }, marac: { id: highDecision.policy.id, version: highDecision.policy.version } });
    expect(payload.assessment).toEqual({
      id: 'a-9',
      assessedAt: T,
      count: 14,
      countOutOf: 24,
      computedLevel: 'high',
      finalLevel: 'high',
      completeness: high.result.completeness.status,
      tally: high.result.tally,
    });
    expect(payload.routesMet).toEqual(highDecision.routes.filter((route) => route.referral));
    expect(payload.routesMet.map((route) => route.id)).toEqual(['visible-high-risk']);
    expect(payload.actions).toEqual([]);
    expect(payload.notices).toEqual(high.result.notices.map((notice) => notice.message));
    expect(payload.flags).toEqual(high.result.flags.map((flag) => ({ id: flag.id, title: flag.title, items: [...flag.items] })));
    expect(payload.flags.length).toBeGreaterThan(0);
    expect(payload.minimised).toBe(false);
    expect(payload.judgements).toEqual([]);
    expect(deepFrozen(payload)).toBe(true);
  });

  it('a referral without an id, and an assessment without an id or time, are named null', () => {
    const input: AssessmentInput = inputWithYes(14);
    const result = assess(input);
    const payload = maracReferral({ input, result }, checkMarac({ now: T, assessment: result }), options);
    expect(payload.referral.id).toBeNull();
    expect(payload.assessment).toMatchObject({ id: null, assessedAt: null });
    expect(payload.victimAge).toBeNull();
  });

  it('every answered item in form order, with its source, options and comment; unanswered items left out', () => {
    const input: AssessmentInput = {
      ...inputWith({
        weapons: { value: 'yes', source: 'victim', comment: 'A knife in the car' },
        'threats-to-kill': { value: 'yes', source: 'victim', options: ['victim', 'children'] },
        'current-injury': 'no',
        separation: { value: 'dont-know', comment: 'Not asked: he was present' },
      }),
      id: 'a-1',
      assessedAt: T,
    };
    const result = assess(input);
    const decision = checkMarac({ now: T, victimAge: 30, assessment: result, professionalJudgement: { by: 'idva-7', at: T, rationale: 'She fears for her life.' } });
    const payload = maracReferral({ input, result }, decision, options);
    expect(payload.answers).toEqual([
      { item: 'current-injury', number: 1, label: dashRic2009.items[0]!.label, value: 'no', source: null, options: [], comment: null },
      { item: 'separation', number: 6, label: expect.any(String), value: 'dont-know', source: null, options: [], comment: 'Not asked: he was present' },
      { item: 'weapons', number: 13, label: expect.any(String), value: 'yes', source: 'victim', options: [], comment: 'A knife in the car' },
      { item: 'threats-to-kill', number: 14, label: expect.any(String), value: 'yes', source: 'victim', options: ['victim', 'children'], comment: null },
    ]);
    expect(Object.isFrozen(input.answers['threats-to-kill']!.options)).toBe(false);
    const minimised = maracReferral({ input, result }, decision, { ...options, minimise: true });
    expect(minimised.answers.map((answer) => [answer.item, answer.source, answer.comment])).toEqual([
      ['current-injury', null, null],
      ['separation', null, null],
      ['weapons', 'victim', null],
      ['threats-to-kill', 'victim', null],
    ]);
    expect(minimised.minimised).toBe(true);
    expect(maracReferral({ input, result }, decision, { ...options, minimise: false }).answers[2]!.comment).toBe('A knife in the car');
  });

  it('every professional judgement, with who, when, why and who authorised a lowering', () => {
    const base = stored(3, 'a-2');
    const raised = applyJudgement(base.result, { level: 'high', rationale: 'Strangulation last week.', by: 'idva-1', at: plusHours(T, 1), referToMarac: true }, commonLocalBands);
    const lowered = applyJudgement(raised, { level: 'medium', rationale: 'Perpetrator in custody.', by: 'sgt-2', at: plusHours(T, 2), authorisedBy: 'insp-3' }, commonLocalBands);
    const again = applyJudgement(lowered, { level: 'high', rationale: 'Released early.', by: 'idva-1', at: plusHours(T, 3), referToMarac: true }, commonLocalBands);
    const decision = checkMarac({ now: plusHours(T, 4), victimAge: 30, assessment: again });
    const payload = maracReferral({ input: base.input, result: again }, decision, options);
    expect(payload.judgements).toEqual([
      { action: 'raised', from: 'standard', to: 'high', by: 'idva-1', at: plusHours(T, 1), rationale: 'Strangulation last week.', authorisedBy: null },
      { action: 'lowered', from: 'high', to: 'medium', by: 'sgt-2', at: plusHours(T, 2), rationale: 'Perpetrator in custody.', authorisedBy: 'insp-3' },
      { action: 'raised', from: 'medium', to: 'high', by: 'idva-1', at: plusHours(T, 3), rationale: 'Released early.', authorisedBy: null },
    ]);
    expect(payload.assessment).toMatchObject({ computedLevel: 'standard', finalLevel: 'high', count: 3 });
  });

  it('a victim of 16 or 17 carries the children\u2019s safeguarding referral into the payload', () => {
    const decision = checkMarac({ now: plusHours(T, 1), victimAge: 17, assessment: high.result });
    const payload = maracReferral(high, decision, options);
    expect(payload.victimAge).toBe(17);
    expect(payload.actions.map((action) => action.id)).toEqual(['childrens-safeguarding-referral']);
    expect(payload.actions).toEqual(decision.actions);
  });
});

describe('the payload is plain data of its own', () => {
  it('built from the caller\u2019s objects, it freezes copies and leaves the caller\u2019s objects as they were', () => {
    const decision = viaJson(highDecision);
    const result = viaJson(high.result);
    const payload = maracReferralTrusted({ instrument: dashRic2009, input: high.input, result }, decision, options);
    expect(deepFrozen(payload)).toBe(true);
    expect(Object.isFrozen(decision.routes[0])).toBe(false);
    expect(Object.isFrozen(decision.routes[0]!.evidence)).toBe(false);
    expect(Object.isFrozen(decision.actions)).toBe(false);
    expect(Object.isFrozen(result.tally)).toBe(false);
    expect(payload.routesMet[0]).not.toBe(decision.routes[0]);
    expect(payload.routesMet[0]).toStrictEqual(decision.routes[0]);
    expect(payload.assessment.tally).toStrictEqual(result.tally);
  });

  it('a key left undefined in the decision is not carried', () => {
    const decision = edited(highDecision, (d) => {
      (d.routes[0]!.evidence as unknown as Record<string, unknown>).note = undefined;
    });
    const payload = maracReferralTrusted({ instrument: dashRic2009, input: high.input, result: high.result }, decision, options);
    expect(Object.keys(payload.routesMet[0]!.evidence)).not.toContain('note');
    expect(Object.keys(payload.routesMet[0]!.evidence)).toEqual(Object.keys(highDecision.routes[0]!.evidence));
  });

  it('refuses a referral time that is not a date-time', () => {
    const error = thrown(() => maracReferralTrusted({ instrument: dashRic2009, input: high.input, result: high.result }, highDecision, { ...options, referredAt: '3 March' }));
    expect(error.issues[0]).toMatchObject({ path: ['options', 'referredAt'], rule: 'iso-datetime' });
  });
});

describe('the parts must belong together', () => {
  it('the edition, the input and the result must name the same edition', () => {
    const police = assess({ ...inputWithYes(14, 'no', policeDash2009), id: 'p-1', assessedAt: T });
    expect(issuesOf(() => maracReferralTrusted({ instrument: dashRic2009, input: high.input, result: police }, highDecision, options))).toEqual([['stored', 'parts-do-not-match']]);
    expect(issuesOf(() => maracReferralTrusted({ instrument: policeDash2009, input: high.input, result: police }, highDecision, options))).toEqual([['stored', 'parts-do-not-match']]);
    expect(issuesOf(() => maracReferralTrusted({ instrument: dashRic2009, input: { ...high.input, instrument: { id: 'dash-ric', edition: '2008' } }, result: high.result }, highDecision, options))).toEqual([
      ['stored', 'parts-do-not-match'],
    ]);
  });

  it('the result must be the one the input gives: as many yes answers, and the same ones', () => {
    const other = assess({ ...inputWith({ separation: 'yes' }), id: 'a-9', assessedAt: T });
    const input = { ...inputWith({ weapons: 'yes' }), id: 'a-9', assessedAt: T };
    const decision = checkMarac({ now: T, victimAge: 30, assessment: other, professionalJudgement: { by: 'p', at: T, rationale: 'Fear.' } });
    expect(issuesOf(() => maracReferral({ input, result: other }, decision, options))).toEqual([['stored.result', 'parts-do-not-match']]);
    const fewer = { ...inputWith({}), id: 'a-9', assessedAt: T };
    expect(issuesOf(() => maracReferral({ input: fewer, result: other }, decision, options))).toEqual([['stored.result', 'parts-do-not-match']]);
  });

  it('a decision whose count route is met on another assessment must be built from that one', () => {
    const other = checkMarac({ now: T, victimAge: 30, assessment: stored(15, 'a-other').result });
    const error = thrown(() => maracReferral(high, other, options));
    expect(error.issues[0]).toMatchObject({ path: ['stored'], rule: 'parts-do-not-match', message: expect.stringMatching(/met on another assessment/) });
  });

  it('a decision citing another assessment whose count is below the threshold does not stop a referral on judgement', () => {
    const other = stored(3, 'a-other');
    const judged = stored(5, 'a-5');
    const decision = checkMarac({ now: T, victimAge: 30, assessment: other.result, professionalJudgement: { by: 'idva-7', at: T, rationale: 'She fears for her life.' } });
    const payload = maracReferral(judged, decision, options);
    expect(payload.assessment).toMatchObject({ id: 'a-5', count: 5 });
    expect(payload.routesMet.map((route) => route.id)).toEqual(['professional-judgement']);
  });

  it('a decision made on this assessment, or on one without an id, must have been made on its count', () => {
    const decision = edited(highDecision, (d) => {
      (d.routes[0]!.evidence as { count: number }).count = 15;
    });
    expect(thrown(() => maracReferral(high, decision, options)).issues[0]).toMatchObject({ path: ['decision'], rule: 'parts-do-not-match', message: expect.stringMatching(/different count/) });
    const anonymous = stored(14, undefined);
    const fifteen = checkMarac({ now: T, victimAge: 30, assessment: stored(15, undefined).result });
    expect(thrown(() => maracReferral(anonymous, fifteen, options)).issues[0]).toMatchObject({ path: ['decision'], message: expect.stringMatching(/different count/) });
    // Without an id on either, the same count is the same assessment.
    expect(maracReferral(anonymous, checkMarac({ now: T, victimAge: 30, assessment: anonymous.result }), options).assessment.count).toBe(14);
  });

  it('a decision that does not refer is refused', () => {
    const low = stored(13);
    const none = checkMarac({ now: T, victimAge: 30, assessment: low.result });
    expect(issuesOf(() => maracReferral(low, none, options))).toEqual([['decision.outcome', 'not-a-referral']]);
  });
});

describe('a decision that disagrees with itself is refused, naming the field', () => {
  const refuse = (edit: (d: Mutable<MaracDecision>) => void) => issuesOf(() => maracReferral(high, edited(highDecision, edit), options));

  it('the routes met must be the referral routes, in order', () => {
    expect(
      refuse((d) => {
        d.routesMet = [];
      }),
    ).toEqual([
      ['decision.routesMet', 'inconsistent-result'],
      ['decision.outcome', 'inconsistent-result'],
    ]);
    const two = stored(14, 'a-2');
    const both = checkMarac({ now: T, victimAge: 30, assessment: two.result, professionalJudgement: { by: 'p', at: T, rationale: 'Fear.' } });
    expect(both.routesMet).toEqual(['visible-high-risk', 'professional-judgement']);
    const swapped = edited(both, (d) => {
      d.routesMet = ['professional-judgement', 'visible-high-risk'];
    });
    expect(issuesOf(() => maracReferral(two, swapped, options))).toEqual([['decision.routesMet', 'inconsistent-result']]);
    const renamed = edited(both, (d) => {
      d.routesMet = ['visible-high-risk', 'repeat'];
    });
    expect(issuesOf(() => maracReferral(two, renamed, options))).toEqual([['decision.routesMet', 'inconsistent-result']]);
  });

  it('a referral route must be met', () => {
    const index = highDecision.routes.findIndex((route) => route.id === 'visible-high-risk');
    expect(
      refuse((d) => {
        d.routes[index]!.met = false;
      }),
    ).toEqual([[`decision.routes.${index}.met`, 'inconsistent-result']]);
  });

  it('a count route met must reach its threshold', () => {
    expect(
      refuse((d) => {
        (d.routes[0]!.evidence as { threshold: number }).threshold = 15;
      }),
    ).toEqual([['decision.routes.0.evidence.count', 'inconsistent-result']]);
    expect(
      refuse((d) => {
        (d.routes[0]!.evidence as { count: number | null }).count = null;
      }),
    ).toEqual([['decision.routes.0.evidence.count', 'inconsistent-result']]);
  });

  it('refer must follow from the outcome', () => {
    expect(
      refuse((d) => {
        d.refer = false;
      }),
    ).toEqual([['decision.refer', 'inconsistent-result']]);
  });

  it('a referral with no route met is refused', () => {
    expect(
      refuse((d) => {
        for (const route of d.routes) route.referral = false;
        d.routesMet = [];
      }),
    ).toEqual([['decision.outcome', 'inconsistent-result']]);
  });

  it('a victim under 18 must carry the children\u2019s safeguarding referral', () => {
    const decision = checkMarac({ now: plusHours(T, 1), victimAge: 17, assessment: high.result });
    const without = edited(decision, (d) => {
      d.actions = [];
    });
    expect(issuesOf(() => maracReferral(high, without, options))).toEqual([['decision.actions', 'inconsistent-result']]);
    expect(maracReferral(high, edited(highDecision, (d) => void (d.victimAge = 18)), options).victimAge).toBe(18);
  });
});

describe('the meaning check of a decision that does not refer', () => {
  const low = checkMarac({ now: T, victimAge: 30, assessment: stored(13).result });
  const index = highDecision.routes.findIndex((route) => route.id === 'visible-high-risk');
  const unreferred = (age: number | null) =>
    edited(highDecision, (d) => {
      d.outcome = 'no-referral';
      d.refer = false;
      d.victimAge = age;
    });

  it('a consistent decision passes', () => {
    expect(() => checkDecisionMeaning(low)).not.toThrow();
    expect(() => checkDecisionMeaning(highDecision)).not.toThrow();
    expect(highDecision.routes[index]!.met).toBe(true);
  });

  it('no referral while a referral route is met is refused for an adult, or when the age is not known', () => {
    expect(issuesOf(() => checkDecisionMeaning(unreferred(30)))).toEqual([['decision.outcome', 'inconsistent-result']]);
    expect(issuesOf(() => checkDecisionMeaning(unreferred(16)))).toEqual([
      ['decision.outcome', 'inconsistent-result'],
      ['decision.actions', 'inconsistent-result'],
    ]);
    expect(issuesOf(() => checkDecisionMeaning(unreferred(null)))).toEqual([['decision.outcome', 'inconsistent-result']]);
  });

  it('no referral while a referral route is met is refused for a child too (a child goes to children\u2019s safeguarding)', () => {
    expect(issuesOf(() => checkDecisionMeaning(unreferred(15)))).toContainEqual(['decision.outcome', 'inconsistent-result']);
  });

  it('children\u2019s safeguarding as the outcome for an adult, or an unknown age, is refused', () => {
    const childOutcome = (age: number | null) =>
      edited(highDecision, (d) => {
        d.outcome = 'children-safeguarding';
        d.refer = false;
        d.victimAge = age;
      });
    expect(issuesOf(() => checkDecisionMeaning(childOutcome(30)))).toContainEqual(['decision.outcome', 'inconsistent-result']);
    expect(issuesOf(() => checkDecisionMeaning(childOutcome(null)))).toContainEqual(['decision.outcome', 'inconsistent-result']);
    expect(issuesOf(() => checkDecisionMeaning(childOutcome(18)))).toContainEqual(['decision.outcome', 'inconsistent-result']);
  });
});
