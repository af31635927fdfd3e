/**
 * A MARAC check from a paper form: the count a practitioner read off a
 * completed checklist the library did not score stands in for a result,
 * is checked against the edition it names, and is marked as such.
 */
import { describe, expect, it } from 'vitest';
import { assess, checkMarac, checkMaracTrusted, dashRic2009, limits, safelivesMarac } from '../../src/index.js';
import { maracDecisionSchema } from '../../src/validate/case-schema.js';
import { thrown } from '../support/errors.js';
import { inputWithYes } from '../support/fixtures.js';

const NOW = '2025-06-01T12:00:00Z';
const DASH = { id: 'dash-ric', edition: '2009' } as const;

function visible(decision: ReturnType<typeof checkMarac>) {
  return decision.routes.find((route) => route.id === 'visible-high-risk')!;
}

describe('checkMarac with a paper count', () => {
  it('a count at the threshold refers, and the decision says the count came from a form da-risk did not score', () => {
    const decision = checkMarac({ now: NOW, victimAge: 30, paperCount: { instrument: DASH, count: 14, unknown: 0, id: 'form-7', assessedAt: '2025-05-31T10:00:00Z' } });
    expect(decision.outcome).toBe('refer-to-marac');
    const route = visible(decision);
    expect(route).toMatchObject({ met: true, basis: 'safelives' });
    expect(route.evidence).toEqual({
      kind: 'count',
      count: 14,
      threshold: 14,
      unknown: 0,
      instrument: DASH,
      assessmentId: 'form-7',
      assessedAt: '2025-05-31T10:00:00Z',
      from: 'paper-count',
    });
    expect(route.reason).toMatch(/counted by the practitioner and not scored by da-risk/);
    expect(decision.notices.map((notice) => notice.id)).toContain('paper-count');
    // The decision is a valid stored decision (it goes into case records and referrals).
    expect(maracDecisionSchema.safeParse(JSON.parse(JSON.stringify(decision))).success).toBe(true);
  });

  it('gives the same visible-high-risk outcome as a library result with the same count and unknowns', () => {
    for (let count = 0; count <= 24; count++) {
      for (const unknown of [0, 1, 3]) {
        if (count + unknown > 24) continue;
        const input = inputWithYes(count, 'no');
        // Mark `unknown` of the remaining items as don't know.
        let marked = 0;
        for (const id of Object.keys(input.answers)) {
          if (marked < unknown && input.answers[id]!.value === 'no') {
            (input.answers as Record<string, { value: string }>)[id] = { value: 'dont-know' };
            marked++;
          }
        }
        const fromResult = visible(checkMarac({ now: NOW, victimAge: 30, assessment: assess(input) }, safelivesMarac));
        const fromPaper = visible(checkMarac({ now: NOW, victimAge: 30, paperCount: { instrument: DASH, count, unknown } }, safelivesMarac));
        expect(fromPaper.met, `count ${count}, unknown ${unknown}`).toBe(fromResult.met);
        expect(/could reach it/.test(fromPaper.reason), `count ${count}, unknown ${unknown}`).toBe(/could reach it/.test(fromResult.reason));
        expect(fromResult.evidence).toMatchObject({ from: 'result' });
      }
    }
  });

  it('a count with an assessment result is refused: one or the other (also by the trusted function)', () => {
    const result = assess(inputWithYes(3));
    const both = { now: NOW, assessment: result, paperCount: { instrument: DASH, count: 15, unknown: 0 } };
    const error = thrown(() => checkMarac(both));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]).toMatchObject({ path: ['paperCount'], rule: 'one-assessment' });
    expect(thrown(() => checkMaracTrusted(both, safelivesMarac)).issues[0]).toMatchObject({ path: ['paperCount'], rule: 'one-assessment' });
  });

  it('a count that does not fit the edition is refused, naming the field', () => {
    const counted = dashRic2009.items.filter((item) => item.counts).length;
    expect(thrown(() => checkMarac({ now: NOW, paperCount: { instrument: DASH, count: counted + 1, unknown: 0 } })).issues[0]).toMatchObject({
      path: ['paperCount', 'count'],
      rule: 'too-big',
    });
    expect(thrown(() => checkMarac({ now: NOW, paperCount: { instrument: DASH, count: counted - 1, unknown: 2 } })).issues[0]).toMatchObject({
      path: ['paperCount', 'unknown'],
      rule: 'too-big',
    });
    expect(thrown(() => checkMarac({ now: NOW, paperCount: { instrument: DASH, count: -1, unknown: 0 } })).issues[0]?.path).toEqual(['paperCount', 'count']);
    expect(thrown(() => checkMarac<unknown>({ now: NOW, paperCount: { instrument: DASH, count: 2 } })).issues[0]?.path).toEqual(['paperCount', 'unknown']);
  });

  it('a count must name a counted checklist the registry knows', () => {
    const unknownEdition = thrown(() => checkMarac({ now: NOW, paperCount: { instrument: { id: 'dash-ric', edition: '1999' }, count: 2, unknown: 0 } }));
    expect(unknownEdition.code).toBe('unknown-edition');
    expect(unknownEdition.issues[0]?.path[0]).toBe('paperCount');
    const dara = thrown(() => checkMarac({ now: NOW, paperCount: { instrument: { id: 'dara', edition: '2022-provisional' }, count: 2, unknown: 0 } }));
    expect(dara.issues[0]).toMatchObject({ path: ['paperCount', 'instrument'], rule: 'not-a-checklist' });
  });

  it('the police DASH threshold on a paper count is marked as the da-risk default it is', () => {
    const decision = checkMarac({ now: NOW, victimAge: 30, paperCount: { instrument: { id: 'police-dash', edition: '2009' }, count: 14, unknown: 0 } });
    expect(visible(decision)).toMatchObject({ met: true, basis: 'library-default' });
    expect(visible(decision).reason).toMatch(/da-risk default/);
  });
});

describe('checkMaracTrusted with a paper count', () => {
  it('rule: a paper count that is not a whole number from 0 is refused, never read as below the threshold', () => {
    for (const count of [Number.NaN, -5, 1.5, Number.POSITIVE_INFINITY, 1e9]) {
      const error = thrown(() => checkMaracTrusted({ now: NOW, victimAge: 30, paperCount: { instrument: DASH, count, unknown: 0 } }, safelivesMarac));
      expect(error.issues[0], String(count)).toMatchObject({ path: ['paperCount', 'count'], rule: 'type' });
    }
    const unknown = thrown(() => checkMaracTrusted({ now: NOW, victimAge: 30, paperCount: { instrument: DASH, count: 3, unknown: Number.NaN } }, safelivesMarac));
    expect(unknown.issues[0]).toMatchObject({ path: ['paperCount', 'unknown'], rule: 'type' });
    expect(checkMaracTrusted({ now: NOW, victimAge: 30, paperCount: { instrument: DASH, count: 14, unknown: 0 } }, safelivesMarac).outcome).toBe('refer-to-marac');
  });
});

describe('paper count: the words of the decision', () => {
  const visibleOf = (decision: ReturnType<typeof checkMaracTrusted>) => decision.routes.find((route) => route.id === 'visible-high-risk')!;

  it('names the form, with its id and date when given', () => {
    const named = visibleOf(checkMaracTrusted({ now: NOW, victimAge: 30, paperCount: { instrument: DASH, count: 3, unknown: 1, id: 'form-7', assessedAt: '2025-05-31T10:00:00Z' } }, safelivesMarac));
    expect(named.reason).toBe(
      'Visible high risk not met: the count of 3 on a dash-ric 2009 form (form-7 of 2025-05-31T10:00:00Z), counted by the practitioner and not scored by da-risk, is below the threshold of 14.',
    );
    const bare = visibleOf(checkMaracTrusted({ now: NOW, victimAge: 30, paperCount: { instrument: DASH, count: 13, unknown: 1 } }, safelivesMarac));
    expect(bare.reason).toBe(
      'Visible high risk not met: the count of 13 on a dash-ric 2009 form, counted by the practitioner and not scored by da-risk, is below the threshold of 14. 1 question is unknown, declined or unanswered and could reach it: apply professional judgement.',
    );
  });

  it('a policy with no threshold for the form\u2019s checklist does not assess it, and says so', () => {
    const route = visibleOf(checkMaracTrusted({ now: NOW, victimAge: 30, paperCount: { instrument: { id: 'police-dash', edition: '2009' }, count: 20, unknown: 0 } }, safelivesMarac));
    expect(route).toMatchObject({ met: false, referral: false, basis: safelivesMarac.visibleHighRisk.basis, evidence: { threshold: safelivesMarac.visibleHighRisk.threshold, from: 'paper-count' } });
    expect(route.reason).toMatch(/^Visible high risk not assessed: policy safelives sets no count threshold for police-dash \(the count is from a police-dash 2009 form, counted by the practitioner and not scored by da-risk\)\./);
  });

  it('the trusted check takes counts up to the item limit, and says what it wants', () => {
    expect(() => checkMaracTrusted({ now: NOW, paperCount: { instrument: DASH, count: limits.items, unknown: 0 } }, safelivesMarac)).not.toThrow();
    const over = thrown(() => checkMaracTrusted({ now: NOW, paperCount: { instrument: DASH, count: limits.items + 1, unknown: 0 } }, safelivesMarac));
    expect(over.issues[0]?.message).toBe(`must be a whole number from 0 to ${limits.items}`);
    const both = thrown(() => checkMaracTrusted({ now: NOW, assessment: assess(inputWithYes(2)), paperCount: { instrument: DASH, count: 1, unknown: 0 } }, safelivesMarac));
    expect(both.issues[0]?.message).toMatch(/^cannot be given with an assessment result/);
  });
});
