import { describe, expect, it } from 'vitest';
import {
  commonLocalBands,
  compareLevels,
  dashRic2009,
  applyJudgementTrusted,
  sDash2009,
  assessTrusted,
  type AssessmentResult,
  type AuditEvent,
  type RiskLevel,
  type ScoringPolicy,
} from '../../../src/index.js';
import { describeLevel } from '../../../src/core/apply-judgement-trusted.js';
import {
  authoriserNeeded,
  checkJudgementBasics,
  levelJudgement,
  recordJudgement,
  type JudgementContext,
} from '../../../src/core/record-judgement.js';
import { thrown } from '../../support/errors.js';
import { deepFrozen, inputWith, inputWithYes } from '../../support/fixtures.js';

const ASSESSED = '2025-03-01T09:00:00Z';
const T1 = '2025-03-01T10:00:00Z';
const T2 = '2025-03-02T10:00:00Z';
const T3 = '2025-03-03T10:00:00Z';
const T4 = '2025-03-04T10:00:00Z';

/** The common local bands with another judgement rule (and its own id, so results name it). */
function withRule(id: string, lowering: 'refused' | 'allowed-with-rationale', anotherPractitionersLevel: boolean, belowComputed: boolean): ScoringPolicy {
  return Object.freeze({
    ...commonLocalBands,
    id,
    version: '7',
    judgement: { lowering, authorisation: { anotherPractitionersLevel, belowComputed, basis: 'local' as const }, basis: 'local' as const },
  });
}

const lowerFreely = withRule('lower-freely', 'allowed-with-rationale', false, false);
const lowerOwnOnly = withRule('lower-own-only', 'allowed-with-rationale', true, false);
const lowerWithAuthoriser = withRule('lower-with-authoriser', 'allowed-with-rationale', true, true);
const belowComputedOnly = withRule('below-computed-only', 'allowed-with-rationale', false, true);

/** A DASH RIC result with `yes` answers (0–9 standard, 10–13 medium, 14+ high), assessed at ASSESSED. */
function assessed(yes: number, policy: ScoringPolicy = commonLocalBands): AssessmentResult {
  return assessTrusted(dashRic2009, { ...inputWithYes(yes), assessedAt: ASSESSED }, policy);
}

describe('a judgement is recorded with its decision, who, when and why', () => {
  it('a raise sets the final level by judgement and keeps the computed level apart', () => {
    const judged = applyJudgementTrusted(assessed(3), { level: 'high', rationale: 'Strangled last week.', by: 'idva-7', at: T1 }, commonLocalBands);
    expect(judged.computed?.level).toBe('standard');
    expect(judged.final).toEqual({ level: 'high', basis: 'judgement' });
    expect(judged.judgement).toEqual({
      status: 'recorded',
      prompt: 'Judgement recorded: final level high. Review it at every reassessment trigger.',
    });
    expect(judged.judgementReferral).toBeNull();
    expect(judged.history).toEqual([
      {
        kind: 'judgement',
        action: 'raised',
        by: 'idva-7',
        at: T1,
        from: 'standard',
        to: 'high',
        computed: 'standard',
        referToMarac: false,
        rationale: 'Strangled last week.',
        policy: { id: 'common-local-bands', version: '2' },
        instrument: { id: 'dash-ric', edition: '2009' },
      },
    ]);
    expect(judged.reasons.at(-1)).toBe(
      `Professional judgement by idva-7 at ${T1} raised level standard to level high; the rationale is recorded in the history.`,
    );
    expect(deepFrozen(judged)).toBe(true);
  });

  it('the judged result keeps every earlier reason and adds exactly one', () => {
    const before = assessed(3);
    const judged = applyJudgementTrusted(before, { level: 'medium', rationale: 'r1', by: 'idva-7', at: T1 }, commonLocalBands);
    expect(judged.reasons.slice(0, -1)).toEqual(before.reasons);
    expect(judged.reasons).toHaveLength(before.reasons.length + 1);
    expect(before.history).toEqual([]);
    expect(before.final).toEqual({ level: 'standard', basis: 'computed' });
  });

  it('a referral on judgement is recorded on the result, in the prompt and in the reason', () => {
    const judged = applyJudgementTrusted(assessed(2), { level: 'standard', rationale: 'Fears for her life.', by: 'pc-9', at: T1, referToMarac: true }, commonLocalBands);
    expect(judged.judgementReferral).toEqual({ by: 'pc-9', at: T1, rationale: 'Fears for her life.' });
    expect(judged.history[0]).toMatchObject({ action: 'confirmed', referToMarac: true });
    expect(judged.judgement.prompt).toBe(
      'Judgement recorded: final level standard and referred to MARAC on professional judgement. Review it at every reassessment trigger.',
    );
    expect(judged.reasons.at(-1)).toBe(
      `Professional judgement by pc-9 at ${T1} confirmed level standard and referred to MARAC on professional judgement; the rationale is recorded in the history.`,
    );
  });

  it('a later judgement without a referral keeps the earlier referral on judgement', () => {
    const referred = applyJudgementTrusted(assessed(2), { level: 'medium', rationale: 'Fears for her life.', by: 'pc-9', at: T1, referToMarac: true }, commonLocalBands);
    const later = applyJudgementTrusted(referred, { level: 'high', rationale: 'New threats.', by: 'pc-9', at: T2 }, commonLocalBands);
    expect(later.judgementReferral).toEqual({ by: 'pc-9', at: T1, rationale: 'Fears for her life.' });
    expect(later.history.map((e) => e.referToMarac)).toEqual([true, false]);
    expect(later.judgement.prompt).not.toMatch(/MARAC/);
  });

  it('referToMarac: false is recorded as no referral', () => {
    const judged = applyJudgementTrusted(assessed(2), { level: 'medium', rationale: 'r', by: 'pc-9', at: T1, referToMarac: false }, commonLocalBands);
    expect(judged.judgementReferral).toBeNull();
    expect(judged.history[0]!.referToMarac).toBe(false);
  });

  it('a screen that computes no level is given one by a judgement that is "set", not raised', () => {
    const screened = assessTrusted(sDash2009, inputWith({ 'stalking-loitering': 'yes' }, sDash2009), commonLocalBands);
    const judged = applyJudgementTrusted(screened, { level: 'medium', rationale: 'Daily visits.', by: 'pc-4', at: T1 }, commonLocalBands);
    expect(judged.history[0]).toMatchObject({ action: 'set', from: null, to: 'medium', computed: null });
    expect(judged.reasons.at(-1)).toBe(`Professional judgement by pc-4 at ${T1} set level medium; the rationale is recorded in the history.`);
    // No computed level: nothing to go below, so a later lowering by the same practitioner needs no authoriser.
    const lowered = applyJudgementTrusted(judged, { level: 'standard', rationale: 'Moved away.', by: 'pc-4', at: T2 }, commonLocalBands);
    expect(lowered.history[1]).toMatchObject({ action: 'lowered', from: 'medium', to: 'standard', computed: null });
    expect(lowered.reasons.at(-1)).toBe(
      `Professional judgement by pc-4 at ${T2} lowered level medium to level standard; the rationale is recorded in the history.`,
    );
  });

  it('a level is named in a sentence as "level <name>"', () => {
    expect(describeLevel('high')).toBe('level high');
  });
});

describe('the policy a result was produced under is the only one it can be judged under', () => {
  it('another version of the same policy id is refused', () => {
    const other = Object.freeze({ ...commonLocalBands, version: '3' });
    const error = thrown(() => applyJudgementTrusted(assessed(3), { level: 'high', rationale: 'r', by: 'x', at: T1 }, other));
    expect(error.code).toBe('policy-mismatch');
    expect(error.issues[0]).toMatchObject({ path: ['policy'], rule: 'policy-mismatch' });
    expect(error.issues[0]!.message).toMatch(/different scoring policy/);
  });

  it('another policy id with the same version is refused', () => {
    const other = Object.freeze({ ...commonLocalBands, id: 'other-bands' });
    expect(thrown(() => applyJudgementTrusted(assessed(3), { level: 'high', rationale: 'r', by: 'x', at: T1 }, other)).code).toBe('policy-mismatch');
  });

  it('an equal copy of the policy (same id and version) is accepted', () => {
    const copy = Object.freeze({ ...commonLocalBands });
    expect(applyJudgementTrusted(assessed(3), { level: 'high', rationale: 'r', by: 'x', at: T1 }, copy).final.level).toBe('high');
  });
});

describe('a judgement needs reasons, a practitioner and a valid time in order', () => {
  const ctx = { assessedAt: ASSESSED, history: [] as AuditEvent[] };

  it('a rationale with no letter or digit is refused, naming the rationale', () => {
    for (const rationale of ['', '  ', '—?!']) {
      const error = thrown(() => checkJudgementBasics(ctx, { rationale, by: 'pc-1', at: T1 }));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]).toMatchObject({ path: ['rationale'], rule: 'required' });
    }
  });

  it('a practitioner id with no letter or digit is refused, naming the practitioner', () => {
    for (const by of ['', ' ', '--']) {
      const error = thrown(() => applyJudgementTrusted(assessed(1), { level: 'high', rationale: 'r', by, at: T1 }, commonLocalBands));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]).toMatchObject({ path: ['by'], rule: 'required' });
    }
  });

  it('a time that is not an ISO date-time with an offset is refused', () => {
    for (const at of ['2025-03-01', '2025-03-01T10:00:00', 'soon']) {
      const error = thrown(() => checkJudgementBasics(ctx, { rationale: 'r', by: 'pc-1', at }));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]).toMatchObject({ path: ['at'], rule: 'iso-datetime' });
    }
  });

  it('a judgement at the very instant of the assessment is in order; a second earlier is not', () => {
    expect(() => checkJudgementBasics(ctx, { rationale: 'r', by: 'pc-1', at: ASSESSED })).not.toThrow();
    const error = thrown(() => checkJudgementBasics(ctx, { rationale: 'r', by: 'pc-1', at: '2025-03-01T08:59:59Z' }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]).toMatchObject({ path: ['at'], rule: 'not-before-previous' });
  });

  it('the same instant written with another offset is the same instant', () => {
    expect(() => checkJudgementBasics(ctx, { rationale: 'r', by: 'pc-1', at: '2025-03-01T10:00:00+01:00' })).not.toThrow();
    expect(() => checkJudgementBasics(ctx, { rationale: 'r', by: 'pc-1', at: '2025-03-01T09:59:00+01:00' })).toThrow();
  });

  it('a judgement may not be dated before an earlier judgement, and may share its instant', () => {
    const first = applyJudgementTrusted(assessed(3), { level: 'medium', rationale: 'r', by: 'pc-1', at: T2 }, commonLocalBands);
    const error = thrown(() => applyJudgementTrusted(first, { level: 'high', rationale: 'r', by: 'pc-1', at: T1 }, commonLocalBands));
    expect(error.issues[0]).toMatchObject({ path: ['at'], rule: 'not-before-previous' });
    expect(applyJudgementTrusted(first, { level: 'high', rationale: 'r', by: 'pc-1', at: T2 }, commonLocalBands).history).toHaveLength(2);
  });

  it('the latest decision governs the order even when the history is not in time order', () => {
    const late = event({ by: 'pc-1', at: T3, from: 'standard', to: 'medium' });
    const early = event({ by: 'pc-1', at: T1, from: 'medium', to: 'medium' });
    expect(thrown(() => checkJudgementBasics({ assessedAt: ASSESSED, history: [late, early] }, { rationale: 'r', by: 'p', at: T2 })).issues[0]!.rule).toBe(
      'not-before-previous',
    );
  });

  it('an earlier decision dated before the assessment does not move the order back before the assessment', () => {
    const before = event({ by: 'pc-1', at: '2025-02-01T00:00:00Z', from: null, to: 'medium' });
    const error = thrown(() => checkJudgementBasics({ assessedAt: ASSESSED, history: [before] }, { rationale: 'r', by: 'p', at: '2025-02-15T00:00:00Z' }));
    expect(error.issues[0]!.rule).toBe('not-before-previous');
  });

  it('with no assessment time, only earlier decisions bound the time', () => {
    expect(() => checkJudgementBasics({ assessedAt: null, history: [] }, { rationale: 'r', by: 'p', at: '1999-01-01T00:00:00Z' })).not.toThrow();
    const first = event({ by: 'pc-1', at: T2, from: null, to: 'medium' });
    expect(() => checkJudgementBasics({ assessedAt: null, history: [first] }, { rationale: 'r', by: 'p', at: T1 })).toThrow();
    expect(() => checkJudgementBasics({ assessedAt: null, history: [first] }, { rationale: 'r', by: 'p', at: T3 })).not.toThrow();
  });

  it('a decision with an unreadable time in the history sets no bound', () => {
    const unreadable = event({ by: 'pc-1', at: 'not a time', from: null, to: 'medium' });
    expect(() => checkJudgementBasics({ assessedAt: null, history: [unreadable] }, { rationale: 'r', by: 'p', at: T1 })).not.toThrow();
    expect(() => checkJudgementBasics({ assessedAt: ASSESSED, history: [unreadable] }, { rationale: 'r', by: 'p', at: T1 })).not.toThrow();
    const readable = event({ by: 'pc-1', at: T2, from: null, to: 'medium' });
    expect(() => checkJudgementBasics({ assessedAt: null, history: [readable, unreadable] }, { rationale: 'r', by: 'p', at: T1 })).toThrow();
  });

  it('decisions about another subject do not bound the time of a decision about this one', () => {
    const otherChild = event({ by: 'sw-1', at: T3, from: null, to: 'medium', subject: 'child-b' });
    const sameChild = event({ by: 'sw-1', at: T3, from: null, to: 'medium', subject: 'child-a' });
    const wholeResult = event({ by: 'sw-1', at: T3, from: null, to: 'medium' });
    const basics = { rationale: 'r', by: 'sw-2', at: T2 };
    expect(() => checkJudgementBasics({ assessedAt: ASSESSED, history: [otherChild], subject: 'child-a' }, basics)).not.toThrow();
    expect(() => checkJudgementBasics({ assessedAt: ASSESSED, history: [sameChild], subject: 'child-a' }, basics)).toThrow();
    // A decision with no subject is about the whole result; a context with no subject sees every decision.
    expect(() => checkJudgementBasics({ assessedAt: ASSESSED, history: [wholeResult], subject: 'child-a' }, basics)).toThrow();
    expect(() => checkJudgementBasics({ assessedAt: ASSESSED, history: [otherChild] }, basics)).toThrow();
  });
});

describe('judgement may not go below the computed level unless the policy allows it', () => {
  it('going below the computed level is refused under the default policy, naming the computed level', () => {
    const error = thrown(() => applyJudgementTrusted(assessed(14), { level: 'medium', rationale: 'Better now.', by: 'pc-1', at: T1, authorisedBy: 'di-2' }, commonLocalBands));
    expect(error.code).toBe('judgement-refused');
    expect(error.issues[0]).toMatchObject({ path: ['level'], rule: 'lowering-refused' });
    expect(error.issues[0]!.message).toMatch(/^is below the computed level high;/);
  });

  it('confirming the computed level is never a lowering', () => {
    const judged = applyJudgementTrusted(assessed(14), { level: 'high', rationale: 'As computed.', by: 'pc-1', at: T1 }, commonLocalBands);
    expect(judged.history[0]).toMatchObject({ action: 'confirmed', from: 'high', to: 'high' });
    expect(judged.reasons.at(-1)).toBe(`Professional judgement by pc-1 at ${T1} confirmed level high; the rationale is recorded in the history.`);
  });

  it('where the policy allows it with a rationale and asks no authoriser, going below is recorded and explained', () => {
    const judged = applyJudgementTrusted(assessed(14, lowerFreely), { level: 'standard', rationale: 'Remanded.', by: 'ds-3', at: T1 }, lowerFreely);
    expect(judged.final).toEqual({ level: 'standard', basis: 'judgement' });
    expect(judged.history[0]).toEqual({
      kind: 'judgement',
      action: 'lowered',
      by: 'ds-3',
      at: T1,
      from: 'high',
      to: 'standard',
      computed: 'high',
      referToMarac: false,
      rationale: 'Remanded.',
      policy: { id: 'lower-freely', version: '7' },
      instrument: { id: 'dash-ric', edition: '2009' },
    });
    expect(judged.reasons.at(-1)).toBe(
      `Professional judgement by ds-3 at ${T1} lowered level high to level standard; the rationale is recorded in the history. This is below the computed level high, which policy lower-freely version 7 allows with a rationale.`,
    );
  });

  it('where the policy asks an authoriser below the computed level, one is required and recorded', () => {
    for (const policy of [lowerWithAuthoriser, belowComputedOnly]) {
      const error = thrown(() => applyJudgementTrusted(assessed(14, policy), { level: 'medium', rationale: 'Remanded.', by: 'ds-3', at: T1 }, policy));
      expect(error.code).toBe('judgement-refused');
      expect(error.issues[0]).toMatchObject({ path: ['authorisedBy'], rule: 'authoriser-required' });
      expect(error.issues[0]!.message).toMatch(/because it goes below the computed level$/);
      const judged = applyJudgementTrusted(assessed(14, policy), { level: 'medium', rationale: 'Remanded.', by: 'ds-3', at: T1, authorisedBy: 'di-8' }, policy);
      expect(judged.history[0]).toMatchObject({ action: 'lowered', authorisedBy: 'di-8' });
      expect(judged.reasons.at(-1)).toBe(
        `Professional judgement by ds-3 at ${T1} lowered level high to level medium, authorised by di-8; the rationale is recorded in the history. This is below the computed level high, which policy ${policy.id} version 7 allows with a rationale.`,
      );
    }
  });

  it('a raise back above the computed level after going below it is not a lowering', () => {
    const below = applyJudgementTrusted(assessed(12, lowerWithAuthoriser), { level: 'standard', rationale: 'r', by: 'ds-3', at: T1, authorisedBy: 'di-8' }, lowerWithAuthoriser);
    const back = applyJudgementTrusted(below, { level: 'medium', rationale: 'r', by: 'pc-4', at: T2 }, lowerWithAuthoriser);
    expect(back.history[1]).toMatchObject({ action: 'raised', from: 'standard', to: 'medium' });
    expect(back.reasons.at(-1)).not.toMatch(/below the computed/);
  });
});

describe('lowering a level another practitioner set or kept needs a named authoriser where the policy asks', () => {
  it('undoing another practitioner\u2019s raise needs an authoriser, and says why', () => {
    const raised = applyJudgementTrusted(assessed(10), { level: 'high', rationale: 'Escalating.', by: 'pc-1', at: T1 }, commonLocalBands);
    const error = thrown(() => applyJudgementTrusted(raised, { level: 'medium', rationale: 'Reviewed.', by: 'sgt-2', at: T2 }, commonLocalBands));
    expect(error.code).toBe('judgement-refused');
    expect(error.issues[0]).toMatchObject({ path: ['authorisedBy'], rule: 'authoriser-required' });
    expect(error.issues[0]!.message).toBe(
      'is required: this lowering needs a named authoriser other than the practitioner, because it lowers a level another practitioner\u2019s decision set or kept',
    );
    const lowered = applyJudgementTrusted(raised, { level: 'medium', rationale: 'Reviewed.', by: 'sgt-2', at: T2, authorisedBy: 'insp-5' }, commonLocalBands);
    expect(lowered.history[1]).toMatchObject({ action: 'lowered', from: 'high', to: 'medium', by: 'sgt-2', authorisedBy: 'insp-5' });
  });

  it('undoing a level another practitioner kept (confirmed) needs an authoriser too', () => {
    const raised = applyJudgementTrusted(assessed(10), { level: 'high', rationale: 'r', by: 'pc-1', at: T1 }, commonLocalBands);
    const kept = applyJudgementTrusted(raised, { level: 'high', rationale: 'r', by: 'pc-2', at: T2 }, commonLocalBands);
    // pc-1 raised it, but pc-2 kept it at high: pc-1 may not lower it alone.
    const error = thrown(() => applyJudgementTrusted(kept, { level: 'medium', rationale: 'r', by: 'pc-1', at: T3 }, commonLocalBands));
    expect(error.issues[0]!.rule).toBe('authoriser-required');
  });

  it('a practitioner may undo their own raise without an authoriser', () => {
    const raised = applyJudgementTrusted(assessed(10), { level: 'high', rationale: 'r', by: 'pc-1', at: T1 }, commonLocalBands);
    const undone = applyJudgementTrusted(raised, { level: 'medium', rationale: 'Entered in error.', by: 'pc-1', at: T2 }, commonLocalBands);
    expect(undone.history[1]).toMatchObject({ action: 'lowered', from: 'high', to: 'medium' });
    expect(undone.history[1]).not.toHaveProperty('authorisedBy');
  });

  it('another practitioner\u2019s decision at the new level itself is not undone by the lowering', () => {
    // pc-2 raised to medium; pc-1 raised to high; pc-1 takes their own raise back to medium, where pc-2 set it.
    const first = applyJudgementTrusted(assessed(3), { level: 'medium', rationale: 'r', by: 'pc-2', at: T1 }, commonLocalBands);
    const second = applyJudgementTrusted(first, { level: 'high', rationale: 'r', by: 'pc-1', at: T2 }, commonLocalBands);
    const back = applyJudgementTrusted(second, { level: 'medium', rationale: 'r', by: 'pc-1', at: T3 }, commonLocalBands);
    expect(back.final.level).toBe('medium');
    // Going below pc-2's medium is undoing pc-2's decision.
    expect(thrown(() => applyJudgementTrusted(back, { level: 'standard', rationale: 'r', by: 'pc-1', at: T4 }, commonLocalBands)).issues[0]!.rule).toBe('authoriser-required');
  });

  it('confirming or raising after another practitioner\u2019s higher decision was lowered needs no authoriser', () => {
    const raised = applyJudgementTrusted(assessed(10), { level: 'high', rationale: 'r', by: 'pc-1', at: T1 }, commonLocalBands);
    const lowered = applyJudgementTrusted(raised, { level: 'medium', rationale: 'r', by: 'sgt-2', at: T2, authorisedBy: 'insp-5' }, commonLocalBands);
    const confirmed = applyJudgementTrusted(lowered, { level: 'medium', rationale: 'r', by: 'pc-3', at: T3 }, commonLocalBands);
    expect(confirmed.history[2]).toMatchObject({ action: 'confirmed', from: 'medium', to: 'medium' });
    expect(confirmed.history[2]).not.toHaveProperty('authorisedBy');
  });

  it('where the policy does not ask, undoing another practitioner\u2019s raise needs no authoriser', () => {
    const raised = applyJudgementTrusted(assessed(10, lowerFreely), { level: 'high', rationale: 'r', by: 'pc-1', at: T1 }, lowerFreely);
    const lowered = applyJudgementTrusted(raised, { level: 'medium', rationale: 'r', by: 'sgt-2', at: T2 }, lowerFreely);
    expect(lowered.history[1]).toMatchObject({ action: 'lowered', from: 'high', to: 'medium' });
  });

  it('where the policy asks only for another practitioner\u2019s level, going below the computed level alone needs no authoriser', () => {
    const judged = applyJudgementTrusted(assessed(14, lowerOwnOnly), { level: 'medium', rationale: 'r', by: 'ds-3', at: T1 }, lowerOwnOnly);
    expect(judged.history[0]).toMatchObject({ action: 'lowered', from: 'high', to: 'medium', computed: 'high' });
    // ... but undoing another practitioner's confirmation of it does.
    const confirmed = applyJudgementTrusted(assessed(14, lowerOwnOnly), { level: 'high', rationale: 'r', by: 'pc-1', at: T1 }, lowerOwnOnly);
    const error = thrown(() => applyJudgementTrusted(confirmed, { level: 'medium', rationale: 'r', by: 'ds-3', at: T2 }, lowerOwnOnly));
    expect(error.issues[0]!.message).toMatch(/because it lowers a level another practitioner/);
  });

  it('where the policy asks only below the computed level, undoing another practitioner\u2019s raise above it needs none', () => {
    const raised = applyJudgementTrusted(assessed(10, belowComputedOnly), { level: 'high', rationale: 'r', by: 'pc-1', at: T1 }, belowComputedOnly);
    const lowered = applyJudgementTrusted(raised, { level: 'medium', rationale: 'r', by: 'sgt-2', at: T2 }, belowComputedOnly);
    expect(lowered.history[1]).toMatchObject({ action: 'lowered', from: 'high', to: 'medium' });
  });
});

describe('an authoriser must be a person other than the practitioner', () => {
  it('the practitioner cannot authorise their own lowering, however the id is written', () => {
    const raised = applyJudgementTrusted(assessed(10), { level: 'high', rationale: 'r', by: 'pc-1', at: T1 }, commonLocalBands);
    for (const authorisedBy of ['sgt-2', 'SGT-2', ' sgt-2 ', 'sgt\u200b-2']) {
      const error = thrown(() => applyJudgementTrusted(raised, { level: 'medium', rationale: 'r', by: 'sgt-2', at: T2, authorisedBy }, commonLocalBands));
      expect(error.code).toBe('judgement-refused');
      expect(error.issues[0]).toMatchObject({ path: ['authorisedBy'], rule: 'authoriser-not-independent' });
    }
  });

  it('an authoriser id with no letter or digit names nobody', () => {
    const error = thrown(() => applyJudgementTrusted(assessed(3), { level: 'high', rationale: 'r', by: 'pc-1', at: T1, authorisedBy: ' - ' }, commonLocalBands));
    expect(error.issues[0]).toMatchObject({ path: ['authorisedBy'], rule: 'authoriser-not-independent' });
  });

  it('an authoriser named where none is needed is still recorded', () => {
    const judged = applyJudgementTrusted(assessed(3), { level: 'high', rationale: 'r', by: 'pc-1', at: T1, authorisedBy: 'insp-5' }, commonLocalBands);
    expect(judged.history[0]!.authorisedBy).toBe('insp-5');
    expect(judged.reasons.at(-1)).toBe(`Professional judgement by pc-1 at ${T1} raised level standard to level high, authorised by insp-5; the rationale is recorded in the history.`);
  });
});

/** An audit event on a DASH result, for building contexts by hand. */
function event(over: Partial<AuditEvent> & Pick<AuditEvent, 'by' | 'at' | 'from' | 'to'>): AuditEvent {
  return {
    kind: 'judgement',
    action: 'set',
    computed: null,
    referToMarac: false,
    rationale: 'r',
    policy: { id: 'p', version: '1' },
    instrument: { id: 'dash-ric', edition: '2009' },
    ...over,
  };
}

/** Orders levels, and fails the test if it is ever asked to compare with a missing level. */
function strictCompare(a: RiskLevel, b: RiskLevel): number {
  if (a == null || b == null) throw new Error('compare called without a level on both sides');
  return compareLevels(a, b);
}

function context(over: Partial<JudgementContext<RiskLevel>> = {}): JudgementContext<RiskLevel> {
  return {
    assessedAt: ASSESSED,
    history: [],
    current: null,
    computed: null,
    instrument: { id: 'dash-ric', edition: '2009' },
    policy: { id: 'p', version: '1', rule: { lowering: 'refused', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'local' } } },
    compare: strictCompare,
    describe: describeLevel,
    ...over,
  };
}

describe('decisions about one subject (a child on a RIM result) are judged apart', () => {
  const raisedForA = event({ by: 'sw-1', at: T1, from: 'medium', to: 'high', subject: 'child-a' });

  it('lowering one child\u2019s level does not undo another practitioner\u2019s decision about another child', () => {
    const judgement = { grade: 'medium' as const, rationale: 'r', by: 'sw-2', at: T2 };
    expect(authoriserNeeded(context({ history: [raisedForA], current: 'high', subject: 'child-b' }), judgement)).toBeNull();
    expect(authoriserNeeded(context({ history: [raisedForA], current: 'high', subject: 'child-a' }), judgement)).toBe(
      'it lowers a level another practitioner\u2019s decision set or kept',
    );
  });

  it('the event and reason name the subject the decision is about', () => {
    const { event: recorded, reason } = recordJudgement(
      context({ history: [raisedForA], current: 'standard', subject: 'child-b' }),
      { grade: 'medium', rationale: 'Present at incidents.', by: 'sw-2', at: T2 },
      ['scale'],
    );
    expect(recorded).toMatchObject({ action: 'raised', from: 'standard', to: 'medium', subject: 'child-b', policy: { id: 'p', version: '1' } });
    expect(reason).toBe(`Professional judgement by sw-2 at ${T2} for child-b raised level standard to level medium; the rationale is recorded in the history.`);
  });

  it('a refusal names the path the caller gives for the grade', () => {
    const error = thrown(() =>
      recordJudgement(context({ current: 'high', computed: 'high' }), { grade: 'standard', rationale: 'r', by: 'sw-2', at: T2 }, ['children', 0, 'scale']),
    );
    expect(error.issues[0]).toMatchObject({ path: ['children', 0, 'scale'], rule: 'lowering-refused' });
  });

  it('an event with no subject carries none', () => {
    const { event: recorded } = recordJudgement(context({ current: 'standard' }), { grade: 'high', rationale: 'r', by: 'sw-2', at: T2 });
    expect(recorded).not.toHaveProperty('subject');
    expect(recorded).not.toHaveProperty('authorisedBy');
    expect(Object.isFrozen(recorded)).toBe(true);
  });

  it('a decision in the history with no level of its own undoes nothing', () => {
    const noLevel = { ...event({ by: 'sw-1', at: T1, from: 'high', to: 'high' }), to: null } as unknown as AuditEvent;
    expect(authoriserNeeded(context({ history: [noLevel], current: 'high' }), { grade: 'medium', rationale: 'r', by: 'sw-2', at: T2 })).toBeNull();
  });
});

describe('with no computed or current grade, nothing is compared against it', () => {
  it('a first judgement on a result with no computed grade is "set", and needs no authoriser', () => {
    const judgement = { grade: 'standard' as const, rationale: 'r', by: 'sw-2', at: T2 };
    expect(authoriserNeeded(context(), judgement)).toBeNull();
    const { event: recorded, reason } = recordJudgement(context(), judgement);
    expect(recorded).toMatchObject({ action: 'set', from: null, to: 'standard', computed: null });
    expect(reason).toBe(`Professional judgement by sw-2 at ${T2} set level standard; the rationale is recorded in the history.`);
  });

  it('a lowering with no computed grade is measured against the current grade only', () => {
    const raisedByOther = event({ by: 'sw-1', at: T1, from: null, to: 'high' });
    const judgement = { grade: 'medium' as const, rationale: 'r', by: 'sw-2', at: T2 };
    expect(authoriserNeeded(context({ current: 'high', history: [raisedByOther] }), judgement)).toBe('it lowers a level another practitioner\u2019s decision set or kept');
    const { event: recorded } = recordJudgement(context({ current: 'high', history: [raisedByOther] }), { ...judgement, authorisedBy: 'sw-3' });
    expect(recorded).toMatchObject({ action: 'lowered', from: 'high', to: 'medium', computed: null, authorisedBy: 'sw-3' });
  });

  it('a grade with a computed grade but no current one is compared with the computed grade only', () => {
    const error = thrown(() => recordJudgement(context({ computed: 'high' }), { grade: 'medium', rationale: 'r', by: 'sw-2', at: T2 }));
    expect(error.issues[0]).toMatchObject({ path: ['level'], rule: 'lowering-refused' });
    expect(recordJudgement(context({ computed: 'medium' }), { grade: 'high', rationale: 'r', by: 'sw-2', at: T2 }).event.action).toBe('set');
  });
});

describe('a level judgement is passed on in the common shape', () => {
  it('carries the level as the grade, and only the optional fields given', () => {
    expect(levelJudgement({ level: 'high', rationale: 'r', by: 'b', at: T1 })).toEqual({ grade: 'high', rationale: 'r', by: 'b', at: T1 });
    expect(levelJudgement({ level: 'medium', rationale: 'r', by: 'b', at: T1, referToMarac: false, authorisedBy: 'c' })).toEqual({
      grade: 'medium',
      rationale: 'r',
      by: 'b',
      at: T1,
      referToMarac: false,
      authorisedBy: 'c',
    });
    expect(Object.keys(levelJudgement({ level: 'high', rationale: 'r', by: 'b', at: T1 }))).toEqual(['grade', 'rationale', 'by', 'at']);
  });
});
