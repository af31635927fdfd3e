import { describe, expect, it } from 'vitest';
import { consistencyFlags } from '../../../src/core/dara.js';
import {
  dara2022Provisional,
  daraConsistency,
  assessDaraTrusted,
  applyDaraRegradeTrusted,
  type DaraInput,
  type DaraPolicy,
  type DaraResult,
  type Instrument,
} from '../../../src/index.js';
import { thrown } from '../../support/errors.js';

const REF = { id: 'dara', edition: '2022-provisional' } as const;
const AT = '2025-03-01T22:00:00Z';
type Level = 'standard' | 'medium' | 'high';

function input(answers: Record<string, string>, level: Level, extra: Partial<DaraInput> = {}): DaraInput {
  return {
    instrument: REF,
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
    grade: { level, rationale: 'Assessor\u2019s reasons.', by: 'pc-1', at: AT },
    ...extra,
  };
}
const grade = (answers: Record<string, string>, level: Level, extra: Partial<DaraInput> = {}, policy: DaraPolicy = daraConsistency) =>
  assessDaraTrusted(dara2022Provisional, input(answers, level, extra), policy);

/** A local policy with two checks of our own: one without a basis of its own, one with. */
const LOCAL: DaraPolicy = {
  ...daraConsistency,
  id: 'exampleshire-dara',
  version: '7',
  basis: 'local',
  title: 'Exampleshire DARA checks',
  screenPrompts: [],
  consistency: [
    {
      id: 'two-of-three-violence',
      title: 'Two kinds of violence graded standard',
      reason: 'Two kinds of violence were disclosed.',
      gradeBelow: 'medium',
      when: [{ items: ['physical-violence', 'strangulation', 'weapons'], atLeast: 2 }],
    },
    {
      id: 'fear-and-escalation-below-high',
      title: 'Fear with escalation graded below high',
      reason: 'Fear and escalation together.',
      gradeBelow: 'high',
      basis: 'national-guidance',
      source: 'Made-up guidance for this test',
      when: [
        { items: ['escalation'], atLeast: 1 },
        { items: ['very-frightened'], atLeast: 1 },
      ],
    },
  ],
} as DaraPolicy;

describe('DARA consistency flags: a check fires only below its grade, and only when every condition is met', () => {
  it('a check fires for a grade below its level and not at it', () => {
    const answers = { 'physical-violence': 'once', strangulation: 'more-than-once' };
    expect(grade(answers, 'standard', {}, LOCAL).consistencyFlags.map((flag) => flag.id)).toEqual(['two-of-three-violence']);
    expect(grade(answers, 'medium', {}, LOCAL).consistencyFlags).toEqual([]);
    expect(grade(answers, 'high', {}, LOCAL).consistencyFlags).toEqual([]);
  });

  it('a condition needs at least its number of disclosed items: one fewer raises nothing', () => {
    expect(grade({ 'physical-violence': 'once' }, 'standard', {}, LOCAL).consistencyFlags).toEqual([]);
    // Never, not known and declined are not disclosures.
    expect(grade({ 'physical-violence': 'once', strangulation: 'never', weapons: 'not-known' }, 'standard', {}, LOCAL).consistencyFlags).toEqual([]);
    expect(grade({ 'physical-violence': 'once', weapons: 'declined' }, 'standard', {}, LOCAL).consistencyFlags).toEqual([]);
  });

  it('the flag names the items that met each condition, in condition order, with the grade expected and the grade given', () => {
    const flags = grade({ 'very-frightened': 'yes', escalation: 'yes', weapons: 'once', 'physical-violence': 'more-than-once' }, 'standard', {}, LOCAL).consistencyFlags;
    expect(flags).toEqual([
      {
        id: 'two-of-three-violence',
        title: 'Two kinds of violence graded standard',
        items: ['physical-violence', 'weapons'],
        expected: 'medium',
        graded: 'standard',
        reason: 'Two kinds of violence were disclosed. This check is a local rule or convention, not a national one.',
      },
      {
        id: 'fear-and-escalation-below-high',
        title: 'Fear with escalation graded below high',
        items: ['escalation', 'very-frightened'],
        expected: 'high',
        graded: 'standard',
        reason: 'Fear and escalation together. This check is national guidance.',
      },
    ]);
  });

  it('every condition of a check must be met: the first condition alone, or the second alone, raises nothing', () => {
    expect(grade({ escalation: 'yes' }, 'medium', {}, LOCAL).consistencyFlags).toEqual([]);
    expect(grade({ 'very-frightened': 'yes' }, 'medium', {}, LOCAL).consistencyFlags).toEqual([]);
    expect(grade({ escalation: 'yes', 'very-frightened': 'yes' }, 'medium', {}, LOCAL).consistencyFlags.map((flag) => flag.id)).toEqual(['fear-and-escalation-below-high']);
  });

  it('the shipped coercive-control check needs three behaviours, and fires at standard only', () => {
    const two = { isolation: 'once', 'sexual-coercion': 'more-than-once' };
    const three = { ...two, 'economic-control': 'once' };
    expect(grade(two, 'standard').consistencyFlags).toEqual([]);
    const flags = grade(three, 'standard').consistencyFlags;
    expect(flags.map((flag) => [flag.id, flag.items, flag.expected])).toEqual([['coercive-control-standard', ['isolation', 'economic-control', 'sexual-coercion'], 'medium']]);
    expect(grade(three, 'medium').consistencyFlags).toEqual([]);
  });

  it('the flags and their items are frozen; no flags is a frozen empty list', () => {
    const flags = consistencyFlags(new Set(['strangulation']), 'medium', daraConsistency);
    expect(Object.isFrozen(flags) && Object.isFrozen(flags[0]) && Object.isFrozen(flags[0]!.items)).toBe(true);
    const none = consistencyFlags(new Set(['strangulation']), 'high', daraConsistency);
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
  });

  it('each flag gives a reason for supervisor review that says the grade is not changed', () => {
    const result = grade({ 'very-frightened': 'yes', escalation: 'yes' }, 'medium', {}, LOCAL);
    expect(result.reasons).toContain(
      'For supervisor review \u2014 Fear with escalation graded below high: Fear and escalation together. This check is national guidance. The grade (medium) is not changed by this flag.',
    );
    expect(result.final).toEqual({ level: 'medium', basis: 'assessor' });
  });
});

describe('assessDaraTrusted: the assessor\u2019s grade recorded with the answers sorted by kind', () => {
  const answers = {
    'physical-violence': 'more-than-once',
    strangulation: 'once',
    weapons: 'declined',
    escalation: 'dont-know',
    separation: 'no',
    monitoring: 'never',
    'pregnancy-or-recent-birth': 'yes',
    'victim-view-of-risk': 'She fears for the children.',
  };

  it('yes, no, not known, declined and unanswered are kept apart; free text is answered, never unanswered', () => {
    const result = grade(answers, 'high');
    expect(result.items).toEqual({
      yes: ['physical-violence', 'strangulation', 'pregnancy-or-recent-birth'],
      no: ['monitoring', 'separation'],
      dontKnow: ['escalation'],
      declined: ['weapons'],
      unanswered: ['threats-to-kill', 'isolation', 'economic-control', 'degradation', 'sexual-coercion', 'stalking-harassment', 'perpetrator-suicide', 'very-frightened'],
    });
    expect(result.tally).toEqual({ yes: 3, no: 2, dontKnow: 1, declined: 1, unanswered: 8 });
    expect(result.textAnswered).toEqual(['victim-view-of-risk']);
    expect(result.repeated).toEqual(['physical-violence']);
    // An unanswered free-text item is neither answered nor counted as unanswered.
    const blank = grade({}, 'high');
    expect(blank.textAnswered).toEqual([]);
    expect(blank.items.unanswered).toHaveLength(dara2022Provisional.items.length - 1);
    expect(blank.items.unanswered).not.toContain('victim-view-of-risk');
  });

  it('themes count what was disclosed, how much of it more than once, and what is not known, declined or not asked', () => {
    const result = grade(answers, 'high');
    expect(result.themes[0]).toEqual({
      theme: 'violence',
      title: 'Violence and how often',
      disclosed: ['physical-violence', 'strangulation'],
      repeated: ['physical-violence'],
      unknown: ['weapons', 'threats-to-kill'],
      reason: 'Violence and how often: 2 of 4 disclosed; 1 more than once; 2 not known, declined or not asked.',
    });
    expect(result.themes[3]).toEqual({
      theme: 'circumstances',
      title: 'Escalation and circumstances',
      disclosed: ['pregnancy-or-recent-birth'],
      repeated: [],
      unknown: ['escalation', 'perpetrator-suicide'],
      reason: 'Escalation and circumstances: 1 of 4 disclosed; 2 not known, declined or not asked.',
    });
    // The free-text item is not an indicator: the victim theme has one.
    expect(result.themes[4]).toMatchObject({ theme: 'victim', unknown: ['very-frightened'], reason: 'The victim\u2019s fear and view of the risk: 0 of 1 disclosed; 1 not known, declined or not asked.' });
    // A theme answered in full, all no, says only how many were disclosed.
    const stalking = grade({ 'stalking-harassment': 'never' }, 'high').themes[2]!;
    expect(stalking).toEqual({ theme: 'stalking', title: 'Stalking and harassment', disclosed: [], repeated: [], unknown: [], reason: 'Stalking and harassment: 0 of 1 disclosed.' });
    expect(result.themes.map((theme) => theme.reason)).toEqual(result.reasons.slice(1, 6));
  });

  it('each theme counts only its own section\u2019s items, and never the free-text item (on a fresh copy of the edition)', () => {
    const edition = { ...dara2022Provisional, items: [...dara2022Provisional.items] } as Instrument;
    const result = assessDaraTrusted(edition, input({ 'physical-violence': 'once', isolation: 'never', 'very-frightened': 'yes', 'victim-view-of-risk': 'Words.' }, 'high'), daraConsistency);
    expect(result.themes.map((theme) => theme.reason)).toEqual([
      'Violence and how often: 1 of 4 disclosed; 3 not known, declined or not asked.',
      'Coercive and controlling behaviour: 0 of 5 disclosed; 4 not known, declined or not asked.',
      'Stalking and harassment: 0 of 1 disclosed; 1 not known, declined or not asked.',
      'Escalation and circumstances: 0 of 4 disclosed; 4 not known, declined or not asked.',
      'The victim\u2019s fear and view of the risk: 1 of 1 disclosed.',
    ]);
    expect(result.themes[4]).toMatchObject({ disclosed: ['very-frightened'], unknown: [] });
    expect(result.themes[0]).toMatchObject({ disclosed: ['physical-violence'], unknown: ['strangulation', 'weapons', 'threats-to-kill'] });
  });

  it('the reasons: the grade is the assessor\u2019s, the themes, repeated behaviour, flags, the judgement, prompts, then notices', () => {
    const result = grade({ ...answers, isolation: 'more-than-once' }, 'standard', { childrenInHousehold: 'no' });
    expect(result.reasons[0]).toBe(
      'DARA is structured professional judgement: the grade standard is the assessor\u2019s own, with reasons, and is never computed by the library.',
    );
    expect(result.reasons.slice(6)).toEqual([
      'Behaviour that happened more than once: physical-violence, isolation.',
      ...result.consistencyFlags.map((flag) => `For supervisor review \u2014 ${flag.title}: ${flag.reason} The grade (standard) is not changed by this flag.`),
      'Professional judgement by pc-1 at 2025-03-01T22:00:00Z set level standard; the rationale is recorded in the history.',
      result.prompts[0]!.reason,
      ...result.notices.map((notice) => notice.message),
    ]);
    expect(result.consistencyFlags.map((flag) => flag.id)).toEqual(['strangulation-below-high', 'violence-in-pregnancy-standard']);
    expect(result.notices.map((notice) => notice.id)).toEqual(['provisional-instrument', 'library-default']);
    // No behaviour more than once, no line for it.
    expect(grade({ strangulation: 'once' }, 'high').reasons.some((reason) => reason.startsWith('Behaviour that happened more than once'))).toBe(false);
  });

  it('the result records the grade as entered, the edition, the policy, and what the caller gave', () => {
    const result = grade({}, 'medium', {
      id: 'dara-77',
      assessedAt: '2025-03-01T21:40:00Z',
      observations: ['obs-1'],
      evidence: ['ev-1', 'ev-2'],
      secondaryAssessment: { instrument: { id: 'dash-ric', edition: '2009' }, assessmentId: 'idva-9' },
      childrenInHousehold: 'no',
    });
    expect(result).toMatchObject({
      resultFormat: 1,
      kind: 'dara',
      assessmentId: 'dara-77',
      assessedAt: '2025-03-01T21:40:00Z',
      instrument: { id: 'dara', edition: '2022-provisional', status: 'provisional' },
      policy: { id: 'dara-consistency', version: '2', basis: 'library-default' },
      grade: { level: 'medium', rationale: 'Assessor\u2019s reasons.', by: 'pc-1', at: AT },
      final: { level: 'medium', basis: 'assessor' },
      observations: ['obs-1'],
      evidence: ['ev-1', 'ev-2'],
      secondaryAssessment: { instrument: { id: 'dash-ric', edition: '2009' }, assessmentId: 'idva-9' },
      judgementReferral: null,
      childrenInHousehold: 'no',
      prompts: [],
    });
    expect(result.history).toEqual([
      {
        kind: 'judgement',
        action: 'set',
        by: 'pc-1',
        at: AT,
        from: null,
        to: 'medium',
        computed: null,
        referToMarac: false,
        rationale: 'Assessor\u2019s reasons.',
        policy: { id: 'dara-consistency', version: '2' },
        instrument: { id: 'dara', edition: '2022-provisional' },
      },
    ]);
    const bare = grade({}, 'medium');
    expect(bare).toMatchObject({ assessmentId: null, assessedAt: null, observations: [], evidence: [], secondaryAssessment: null, childrenInHousehold: null });
  });

  it('an assessor\u2019s referral on judgement is recorded as the result\u2019s judgement referral', () => {
    const referred = assessDaraTrusted(dara2022Provisional, { ...input({}, 'medium'), grade: { level: 'medium', rationale: 'Fear.', by: 'pc-4', at: AT, referToMarac: true } }, daraConsistency);
    expect(referred.judgementReferral).toEqual({ by: 'pc-4', at: AT, rationale: 'Fear.' });
    expect(Object.isFrozen(referred.judgementReferral)).toBe(true);
  });

  it('the result is frozen through its nested parts', () => {
    const result = grade(answers, 'standard', { secondaryAssessment: { instrument: { id: 'dash-ric', edition: '2009' }, assessmentId: 'x' }, observations: ['o'] });
    const parts: unknown[] = [
      result,
      result.instrument,
      result.policy,
      result.grade,
      result.final,
      result.tally,
      result.items,
      result.items.yes,
      result.items.no,
      result.items.dontKnow,
      result.items.declined,
      result.items.unanswered,
      result.repeated,
      result.textAnswered,
      result.themes,
      result.themes[0],
      result.themes[0]!.disclosed,
      result.themes[0]!.repeated,
      result.themes[0]!.unknown,
      result.observations,
      result.evidence,
      result.secondaryAssessment,
      result.secondaryAssessment!.instrument,
      result.prompts,
      result.reasons,
      result.history,
    ];
    for (const part of parts) expect(Object.isFrozen(part)).toBe(true);
    // Empty lists are frozen too.
    const empty = grade({}, 'high');
    for (const part of [empty.items.yes, empty.repeated, empty.textAnswered, empty.themes[0]!.disclosed, empty.themes[0]!.repeated, empty.observations]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
  });

  it('the result does not share the caller\u2019s arrays or objects', () => {
    const observations = ['o-1'];
    const link = { instrument: { id: 'dash-ric', edition: '2009' }, assessmentId: 'x' };
    const result = grade({}, 'high', { observations, secondaryAssessment: link });
    expect(result.observations).not.toBe(observations);
    expect(result.secondaryAssessment).not.toBe(link);
    expect(result.secondaryAssessment!.instrument).not.toBe(link.instrument);
  });
});

describe('DARA prompts the Barnardo\u2019s RIM when children are, or may be, in the household', () => {
  const rimPrompts = (result: DaraResult) => result.prompts.filter((prompt) => prompt.screen === 'barnardos-rim');

  it('children in the household: complete the RIM for each child and consider a safeguarding referral', () => {
    const result = grade({}, 'medium', { childrenInHousehold: 'yes' });
    expect(result.prompts).toEqual([
      {
        screen: 'barnardos-rim',
        items: [],
        reason:
          'Children live in the household: complete the Barnardo\u2019s risk identification matrix for each child, and make or consider a children\u2019s safeguarding referral under local procedures.',
      },
    ]);
    expect(result.reasons).toContain(result.prompts[0]!.reason);
    expect(Object.isFrozen(result.prompts) && Object.isFrozen(result.prompts[0])).toBe(true);
  });

  it('not known whether children live there: find out', () => {
    const result = grade({}, 'medium', { childrenInHousehold: 'dont-know' });
    expect(result.childrenInHousehold).toBe('dont-know');
    expect(rimPrompts(result).map((prompt) => prompt.reason)).toEqual([
      'It is not known whether children live in the household: find out, and if they do, complete the Barnardo\u2019s risk identification matrix for each child.',
    ]);
  });

  it('no children: no RIM prompt; not recorded: no prompt, but a reason to find out (not recorded is not no)', () => {
    expect(grade({}, 'medium', { childrenInHousehold: 'no' }).prompts).toEqual([]);
    const unrecorded = grade({}, 'medium');
    expect(unrecorded.prompts).toEqual([]);
    expect(unrecorded.reasons).toContain(
      'Whether children live in the household was not recorded: find out (not recorded is not no); if they do, complete the Barnardo\u2019s risk identification matrix for each child.',
    );
    expect(grade({}, 'medium', { childrenInHousehold: 'no' }).reasons.some((reason) => reason.startsWith('Whether children live'))).toBe(false);
  });

  it('a RIM prompt the policy already raised from an item is not raised twice', () => {
    const result = grade({ 'pregnancy-or-recent-birth': 'yes' }, 'medium', { childrenInHousehold: 'yes' });
    expect(rimPrompts(result)).toHaveLength(1);
    expect(rimPrompts(result)[0]!.items).toEqual(['pregnancy-or-recent-birth']);
    // Under a policy that prompts nothing from items, the household prompt is the one raised.
    const local = grade({ 'pregnancy-or-recent-birth': 'yes' }, 'medium', { childrenInHousehold: 'yes' }, LOCAL);
    expect(rimPrompts(local).map((prompt) => prompt.items)).toEqual([[]]);
    expect(grade({ 'pregnancy-or-recent-birth': 'yes' }, 'medium', {}, LOCAL).prompts).toEqual([]);
  });

  it('a prompt to another screen does not stand in for the RIM prompt: children in the household still prompt the RIM', () => {
    const other = {
      ...LOCAL,
      screenPrompts: [{ screen: 'h-dash', anyOf: ['isolation'], reason: 'Isolation: consider the honour-based abuse screen.', basis: 'local' }],
    } as DaraPolicy;
    const result = grade({ isolation: 'once' }, 'medium', { childrenInHousehold: 'yes' }, other);
    expect(result.prompts.map((prompt) => [prompt.screen, prompt.items])).toEqual([
      ['h-dash', ['isolation']],
      ['barnardos-rim', []],
    ]);
    expect(grade({ isolation: 'once' }, 'medium', { childrenInHousehold: 'no' }, other).prompts.map((prompt) => prompt.screen)).toEqual(['h-dash']);
  });

  it('the same instrument and policy give the same prompts on every call', () => {
    const first = grade({ 'pregnancy-or-recent-birth': 'yes' }, 'high', { childrenInHousehold: 'no' });
    const second = grade({ 'pregnancy-or-recent-birth': 'yes' }, 'high', { childrenInHousehold: 'no' });
    expect(second.prompts).toEqual(first.prompts);
    expect(first.prompts.map((prompt) => prompt.items)).toEqual([['pregnancy-or-recent-birth']]);
    expect(grade({}, 'high', { childrenInHousehold: 'no' }).prompts).toEqual([]);
  });
});

describe('DARA notices say which parts are provisional and whose the policy is', () => {
  it('a provisional edition and a library-default policy each give a notice', () => {
    expect(grade({}, 'high').notices.map((notice) => notice.id)).toEqual(['provisional-instrument', 'library-default']);
    expect(grade({}, 'high', {}, LOCAL).notices.map((notice) => notice.id)).toEqual(['provisional-instrument', 'local-convention']);
  });

  it('a verified edition under national guidance gives no notice, and a frozen empty list', () => {
    const verified = {
      ...dara2022Provisional,
      edition: 'verified-test',
      status: 'current',
    } as unknown as Instrument;
    const national = { ...LOCAL, basis: 'national-guidance' } as DaraPolicy;
    const result = assessDaraTrusted(verified, { ...input({}, 'high'), instrument: { id: 'dara', edition: 'verified-test' } }, national);
    expect(result.notices).toEqual([]);
    expect(Object.isFrozen(result.notices)).toBe(true);
    expect(result.instrument).toEqual({ id: 'dara', edition: 'verified-test', status: 'current' });
    expect(result.reasons.at(-1)).toMatch(/^Whether children live in the household was not recorded/);
  });

  it('a checklist edition or a policy for other instruments is refused', () => {
    const checklist = { ...dara2022Provisional, scoring: 'yes-count' } as unknown as Instrument;
    expect(thrown(() => assessDaraTrusted(checklist, input({}, 'high'), daraConsistency)).code).toBe('invalid-input');
    expect(thrown(() => assessDaraTrusted(checklist, input({}, 'high'), daraConsistency)).issues[0]).toEqual({
      path: ['instrument'],
      rule: 'not-assessor-graded',
      message: 'names an instrument that is not graded by the assessor',
    });
    const other = { ...daraConsistency, instruments: ['dara-other'] } as DaraPolicy;
    const error = thrown(() => assessDaraTrusted(dara2022Provisional, input({}, 'high'), other));
    expect(error.code).toBe('policy-not-applicable');
    expect(error.issues[0]).toEqual({ path: ['policy', 'instruments'], rule: 'policy-not-applicable', message: 'the DARA policy does not cover this instrument' });
  });
});

describe('applyDaraRegradeTrusted: a supervisor\u2019s regrade, with the flags re-checked against the new grade', () => {
  const first = grade({ strangulation: 'once', 'very-frightened': 'yes' }, 'standard', { childrenInHousehold: 'no' });

  it('raising records the regrade, keeps the grade as entered, and clears the flags the new grade answers', () => {
    expect(first.consistencyFlags.map((flag) => flag.id)).toEqual(['strangulation-below-high', 'extreme-fear-standard']);
    const medium = applyDaraRegradeTrusted(first, { level: 'medium', rationale: 'Fear.', by: 'sgt-1', at: '2025-03-02T09:00:00Z' }, daraConsistency);
    expect(medium.grade.level).toBe('standard');
    expect(medium.final).toEqual({ level: 'medium', basis: 'regrade' });
    expect(medium.consistencyFlags.map((flag) => [flag.id, flag.graded])).toEqual([['strangulation-below-high', 'medium']]);
    expect(medium.history.map((event) => [event.action, event.from, event.to, event.by])).toEqual([
      ['set', null, 'standard', 'pc-1'],
      ['raised', 'standard', 'medium', 'sgt-1'],
    ]);
    expect(medium.reasons).toEqual([
      ...first.reasons,
      'Professional judgement by sgt-1 at 2025-03-02T09:00:00Z raised level standard to level medium; the rationale is recorded in the history.',
      'For supervisor review \u2014 Strangulation graded below high: Non-fatal strangulation is a marker of homicide risk; a grade below high needs a supervisor to review the reasons. This check is a da-risk default, not published guidance. The grade (medium) is not changed by this flag.',
    ]);
    const high = applyDaraRegradeTrusted(medium, { level: 'high', rationale: 'Strangulation.', by: 'insp-1', at: '2025-03-02T10:00:00Z' }, daraConsistency);
    expect(high.consistencyFlags).toEqual([]);
    expect(high.history).toHaveLength(3);
    expect(high.history[2]).toMatchObject({ action: 'raised', from: 'medium', to: 'high' });
    for (const part of [high, high.final, high.reasons, high.history]) expect(Object.isFrozen(part)).toBe(true);
  });

  it('a regrade with a referral on judgement becomes the judgement referral; one without keeps the earlier referral', () => {
    expect(first.judgementReferral).toBeNull();
    const referred = applyDaraRegradeTrusted(first, { level: 'medium', rationale: 'Refer.', by: 'sgt-1', at: '2025-03-02T09:00:00Z', referToMarac: true }, daraConsistency);
    expect(referred.judgementReferral).toEqual({ by: 'sgt-1', at: '2025-03-02T09:00:00Z', rationale: 'Refer.' });
    const later = applyDaraRegradeTrusted(referred, { level: 'high', rationale: 'Raise.', by: 'insp-1', at: '2025-03-02T10:00:00Z' }, daraConsistency);
    expect(later.judgementReferral).toEqual({ by: 'sgt-1', at: '2025-03-02T09:00:00Z', rationale: 'Refer.' });
    const none = applyDaraRegradeTrusted(first, { level: 'high', rationale: 'Raise.', by: 'insp-1', at: '2025-03-02T10:00:00Z' }, daraConsistency);
    expect(none.judgementReferral).toBeNull();
  });

  it('the regrade starts from the current grade, not the grade as entered', () => {
    const high = applyDaraRegradeTrusted(first, { level: 'high', rationale: 'Raise.', by: 'sgt-1', at: '2025-03-02T09:00:00Z' }, daraConsistency);
    const lowered = applyDaraRegradeTrusted(high, { level: 'medium', rationale: 'Reviewed.', by: 'insp-2', at: '2025-03-02T10:00:00Z', authorisedBy: 'ci-1' }, daraConsistency);
    expect(lowered.history.at(-1)).toMatchObject({ action: 'lowered', from: 'high', to: 'medium', authorisedBy: 'ci-1' });
    expect(lowered.consistencyFlags.map((flag) => flag.id)).toEqual(['strangulation-below-high']);
  });

  it('a regrade under another policy, or at a time before the last decision, is refused', () => {
    const other = { ...daraConsistency, version: '99' } as DaraPolicy;
    const mismatch = thrown(() => applyDaraRegradeTrusted(first, { level: 'high', rationale: 'r', by: 's', at: '2025-03-02T09:00:00Z' }, other));
    expect(mismatch.code).toBe('policy-mismatch');
    expect(mismatch.issues[0]?.message).toMatch(/^the result was produced under a different DARA policy /);
    expect(thrown(() => applyDaraRegradeTrusted(first, { level: 'high', rationale: 'r', by: 's', at: '2025-03-01T09:00:00Z' }, daraConsistency)).issues[0]?.rule).toBe(
      'not-before-previous',
    );
  });
});
