import { describe, expect, it } from 'vitest';
import {
  answersFromItems,
  checklistInputOf,
  daraInputOf,
  differences,
  replayChecklist,
  replayDara,
  replayRim,
  rimInputOf,
  selfDifferences,
} from '../../../src/core/replay.js';
import {
  barnardosRimProvisional,
  barnardosRimRules,
  assessRimTrusted,
  commonLocalBands,
  dara2022Provisional,
  daraConsistency,
  dashRic2009,
  applyRimUpliftDecisionTrusted,
  assessDaraTrusted,
  applyJudgementTrusted,
  applyRimJudgementTrusted,
  londonCafThresholds,
  applyDaraRegradeTrusted,
  sDash2009,
  assessTrusted,
  type AssessmentResult,
  type AuditEvent,
  type DaraInput,
  type DaraResult,
  type RimInput,
  type RimPolicies,
  type RimResult,
} from '../../../src/index.js';
import { thrown } from '../../support/errors.js';

const RIM_POLICIES: RimPolicies = { rules: barnardosRimRules, needs: londonCafThresholds };
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('differences: every field where a stored result differs from its replay', () => {
  it('the same value, however nested, has no difference', () => {
    const value = { a: 1, b: [1, { c: 'x' }], d: null, e: { f: [true] } };
    expect(differences(value, clone(value))).toEqual([]);
    expect(differences('x', 'x')).toEqual([]);
  });

  it('a changed value is reported at its path, a count or level as meaning', () => {
    expect(differences({ count: 3, final: { level: 'high' } }, { count: 4, final: { level: 'medium' } })).toEqual([
      { path: ['count'], kind: 'meaning' },
      { path: ['final', 'level'], kind: 'meaning' },
    ]);
    expect(differences({ list: ['a', 'b', 'c'] }, { list: ['a', 'x', 'c'] })).toEqual([{ path: ['list', 1], kind: 'meaning' }]);
    expect(differences(1, 2)).toEqual([{ path: [], kind: 'meaning' }]);
  });

  it('reasons, prompts, messages, titles and steps are wording, wherever they sit; a threshold of need is meaning', () => {
    const fresh = { reasons: ['a'], notices: [{ message: 'm', id: 'x' }], themes: [{ title: 't', reason: 'r' }], judgement: { prompt: 'p' }, children: [{ steps: ['s'], need: { threshold: 'L3', response: 'R' } }] };
    const stored = { reasons: ['b'], notices: [{ message: 'n', id: 'y' }], themes: [{ title: 'u', reason: 's' }], judgement: { prompt: 'q' }, children: [{ steps: ['t'], need: { threshold: 'L4', response: 'S' } }] };
    expect(differences(fresh, stored)).toEqual([
      { path: ['notices', 0, 'id'], kind: 'meaning' },
      { path: ['children', 0, 'need', 'threshold'], kind: 'meaning' },
      { path: ['children', 0, 'need', 'response'], kind: 'meaning' },
      { path: ['reasons', 0], kind: 'wording' },
      { path: ['notices', 0, 'message'], kind: 'wording' },
      { path: ['themes', 0, 'title'], kind: 'wording' },
      { path: ['themes', 0, 'reason'], kind: 'wording' },
      { path: ['judgement', 'prompt'], kind: 'wording' },
      { path: ['children', 0, 'steps', 0], kind: 'wording' },
    ]);
  });

  it('lists of different lengths differ once, at the list', () => {
    expect(differences({ items: ['a', 'b'] }, { items: ['a'] })).toEqual([{ path: ['items'], kind: 'meaning' }]);
    expect(differences({ steps: ['a'] }, { steps: [] })).toEqual([{ path: ['steps'], kind: 'wording' }]);
  });

  it('a field on one side only differs, from either side', () => {
    expect(differences({ a: 1, extra: 2 }, { a: 1 })).toEqual([{ path: ['extra'], kind: 'meaning' }]);
    expect(differences({ a: 1 }, { a: 1, extra: 2 })).toEqual([{ path: ['extra'], kind: 'meaning' }]);
  });

  it('a value of another kind differs at its path: null for an object, a list for an object, an object for a string', () => {
    expect(differences({ x: null }, { x: { a: 1 } })).toEqual([{ path: ['x'], kind: 'meaning' }]);
    expect(differences({ x: { a: 1 } }, { x: null })).toEqual([{ path: ['x'], kind: 'meaning' }]);
    expect(differences({ x: [] }, { x: {} })).toEqual([{ path: ['x'], kind: 'meaning' }]);
    expect(differences({ x: {} }, { x: [] })).toEqual([{ path: ['x'], kind: 'meaning' }]);
    expect(differences({ x: { a: 1 } }, { x: 'a' })).toEqual([{ path: ['x'], kind: 'meaning' }]);
    expect(differences({ x: '1' }, { x: 1 })).toEqual([{ path: ['x'], kind: 'meaning' }]);
    expect(differences({ x: [] }, { x: null })).toEqual([{ path: ['x'], kind: 'meaning' }]);
    expect(differences({ x: 'ab' }, { x: {} })).toEqual([{ path: ['x'], kind: 'meaning' }]);
    expect(differences({ x: 5 }, { x: {} })).toEqual([{ path: ['x'], kind: 'meaning' }]);
  });

  it('meaning comes first; within each kind, the order found is kept; paths are frozen copies', () => {
    const found = differences({ reason: 'a', b: 1, steps: ['x'], c: 2 }, { reason: 'b', b: 2, steps: ['y'], c: 3 });
    expect(found).toEqual([
      { path: ['b'], kind: 'meaning' },
      { path: ['c'], kind: 'meaning' },
      { path: ['reason'], kind: 'wording' },
      { path: ['steps', 0], kind: 'wording' },
    ]);
    for (const difference of found) expect(Object.isFrozen(difference) && Object.isFrozen(difference.path)).toBe(true);
  });
});

const dashResult: AssessmentResult = assessTrusted(
  dashRic2009,
  {
    instrument: { id: 'dash-ric', edition: '2009' },
    id: 'dash-1',
    assessedAt: '2025-03-01T10:00:00Z',
    answers: { strangulation: { value: 'yes' }, weapons: { value: 'declined' }, separation: { value: 'no' }, 'abuse-more-often': { value: 'dont-know' } },
  },
  commonLocalBands,
);

describe('answersFromItems: the answers a result\u2019s item lists stand for', () => {
  it('each list gives its answer, and unanswered items give none', () => {
    const answers = answersFromItems(dashRic2009, dashResult.items, []);
    expect(answers).toEqual({ strangulation: { value: 'yes' }, weapons: { value: 'declined' }, separation: { value: 'no' }, 'abuse-more-often': { value: 'dont-know' } });
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  });

  it('on a frequency scale, yes is once unless the result says more than once', () => {
    const items = { yes: ['physical-violence', 'strangulation'], no: ['weapons'], dontKnow: ['threats-to-kill'], declined: ['isolation'], unanswered: dara2022Provisional.items.slice(5, 15).map((item) => item.id) };
    expect(answersFromItems(dara2022Provisional, items, [], ['strangulation'])).toEqual({
      'physical-violence': { value: 'once' },
      strangulation: { value: 'more-than-once' },
      weapons: { value: 'never' },
      'threats-to-kill': { value: 'not-known' },
      isolation: { value: 'declined' },
    });
  });

  it('an item unknown to the edition, named twice, or free text, is an inconsistent result at its place', () => {
    const base = clone(dashResult.items) as unknown as Record<string, string[]>;
    const unknown = { ...base, no: [...base['no']!, 'not-an-item'] };
    expect(thrown(() => answersFromItems(dashRic2009, unknown as never, ['result'])).issues[0]).toMatchObject({
      path: ['result', 'items', 'no', 1],
      rule: 'inconsistent-result',
    });
    const twice = { ...base, dontKnow: [...base['dontKnow']!, 'strangulation'] };
    const error = thrown(() => answersFromItems(dashRic2009, twice as never, []));
    expect(error.code).toBe('inconsistent-result');
    expect(error.issues[0]?.path).toEqual(['items', 'dontKnow', 1]);
    const daraItems = { yes: ['victim-view-of-risk'], no: [], dontKnow: [], declined: [], unanswered: dara2022Provisional.items.slice(0, 15).map((item) => item.id) };
    expect(thrown(() => answersFromItems(dara2022Provisional, daraItems, [])).issues[0]?.path).toEqual(['items', 'yes', 0]);
    // Free text in the unanswered list is refused too: it is never listed.
    const textUnanswered = { ...daraItems, yes: [], unanswered: [...daraItems.unanswered, 'victim-view-of-risk'] };
    expect(thrown(() => answersFromItems(dara2022Provisional, textUnanswered, [])).issues[0]?.path).toEqual(['items', 'unanswered', 15]);
  });

  it('an item left out of every list is an inconsistent result; free text left out is expected', () => {
    const missing = { ...dashResult.items, unanswered: dashResult.items.unanswered.slice(1) };
    const error = thrown(() => answersFromItems(dashRic2009, missing, ['r']));
    expect(error.code).toBe('inconsistent-result');
    expect(error.issues[0]).toMatchObject({ path: ['r', 'items'], rule: 'inconsistent-result' });
    const dara = { yes: [], no: [], dontKnow: [], declined: [], unanswered: dara2022Provisional.items.slice(0, 15).map((item) => item.id) };
    expect(answersFromItems(dara2022Provisional, dara, [])).toEqual({});
  });

  it('an answer the item does not allow (not known on a yes/no item) is an inconsistent result', () => {
    const ids = sDash2009.items.map((item) => item.id);
    const items = { yes: [], no: ids.slice(1), dontKnow: [ids[0]!], declined: [], unanswered: [] };
    expect(sDash2009.items[0]!.answerType).toBe('yes-no');
    const error = thrown(() => answersFromItems(sDash2009, items, ['x']));
    expect(error.code).toBe('inconsistent-result');
    expect(error.issues[0]).toMatchObject({ path: ['x', 'items', 'dontKnow', 0] });
    expect(error.message).toMatch(/does not allow/);
    expect(answersFromItems(sDash2009, { ...items, dontKnow: [], declined: [ids[0]!] }, [])[ids[0]!]).toEqual({ value: 'declined' });
  });
});

describe('the input a stored result stands for', () => {
  it('a checklist result: its edition, id, time and answers; no id or time when the result has none', () => {
    expect(checklistInputOf(dashRic2009, dashResult)).toEqual({
      instrument: { id: 'dash-ric', edition: '2009' },
      id: 'dash-1',
      assessedAt: '2025-03-01T10:00:00Z',
      answers: answersFromItems(dashRic2009, dashResult.items, []),
    });
    const bare = assessTrusted(dashRic2009, { instrument: { id: 'dash-ric', edition: '2009' }, answers: {} }, commonLocalBands);
    const input = checklistInputOf(dashRic2009, bare);
    expect('id' in input).toBe(false);
    expect('assessedAt' in input).toBe(false);
  });

  const daraInput: DaraInput = {
    instrument: { id: 'dara', edition: '2022-provisional' },
    id: 'dara-1',
    assessedAt: '2025-03-01T21:00:00Z',
    answers: { strangulation: { value: 'more-than-once' }, weapons: { value: 'never' }, 'victim-view-of-risk': { value: 'Private words.' } },
    grade: { level: 'medium', rationale: 'r', by: 'pc-1', at: '2025-03-01T22:00:00Z' },
    observations: ['o-1'],
    evidence: ['e-1'],
    secondaryAssessment: { instrument: { id: 'dash-ric', edition: '2009' }, assessmentId: 'd-1' },
    childrenInHousehold: 'yes',
  };
  const daraResult = assessDaraTrusted(dara2022Provisional, daraInput, daraConsistency);

  it('a DARA result: the answers (more than once kept), free text as answered, the grade and what the caller gave', () => {
    expect(daraInputOf(dara2022Provisional, daraResult)).toEqual({
      ...daraInput,
      answers: { strangulation: { value: 'more-than-once' }, weapons: { value: 'never' }, 'victim-view-of-risk': { value: 'answered' } },
    });
    const bare = assessDaraTrusted(dara2022Provisional, { instrument: daraInput.instrument, answers: {}, grade: daraInput.grade }, daraConsistency);
    const input = daraInputOf(dara2022Provisional, bare);
    for (const key of ['id', 'assessedAt', 'secondaryAssessment', 'childrenInHousehold']) expect(key in input, key).toBe(false);
    expect(input).toMatchObject({ observations: [], evidence: [], answers: {} });
  });

  it('without a path, errors are placed from the result\u2019s root', () => {
    const missing = { ...dashResult, items: { ...dashResult.items, unanswered: [] } } as AssessmentResult;
    expect(thrown(() => checklistInputOf(dashRic2009, missing)).issues[0]?.path).toEqual(['items']);
    const early = { ...daraResult.history[0]!, at: '2025-03-01T00:00:00Z' } as AuditEvent;
    expect(thrown(() => replayDara(dara2022Provisional, daraInputOf(dara2022Provisional, daraResult), daraConsistency, [daraResult.history[0]!, early])).issues[0]?.path).toEqual([
      'history',
      1,
    ]);
  });

  it('a DARA result naming as free text an item that is not, or one already answered, is inconsistent', () => {
    const notText = { ...daraResult, textAnswered: ['victim-view-of-risk', 'weapons'] } as DaraResult;
    expect(thrown(() => daraInputOf(dara2022Provisional, notText, ['result'])).issues[0]).toMatchObject({ path: ['result', 'textAnswered', 1], rule: 'inconsistent-result' });
    const twice = { ...daraResult, textAnswered: ['victim-view-of-risk', 'victim-view-of-risk'] } as DaraResult;
    expect(thrown(() => daraInputOf(dara2022Provisional, twice)).issues[0]?.path).toEqual(['textAnswered', 1]);
  });

  const rimInput: RimInput = {
    instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
    id: 'rim-1',
    assessedAt: '2025-03-01T10:00:00Z',
    pregnancy: true,
    answers: { 'rim-child-aware': { value: 'confirmed' } },
    children: [
      { id: 'a', dateOfBirth: '2021-02-01', specialNeeds: true, answers: { 'rim-child-caught-up': { value: 'suspected' }, 'rim-parent-isolated': { value: 'absent' } } },
      { id: 'b', age: { years: 9, months: 2 }, specialNeeds: false },
    ],
  };
  const rimResult = assessRimTrusted(barnardosRimProvisional, rimInput, RIM_POLICIES);

  it('a RIM result: each child\u2019s indicators (household and own together), age and special needs', () => {
    expect(rimInputOf(barnardosRimProvisional, rimResult)).toEqual({
      instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
      id: 'rim-1',
      assessedAt: '2025-03-01T10:00:00Z',
      pregnancy: true,
      answers: {},
      children: [
        {
          id: 'a',
          age: { years: 4, months: 1 },
          specialNeeds: true,
          answers: { 'rim-child-aware': { value: 'confirmed' }, 'rim-child-caught-up': { value: 'suspected' }, 'rim-parent-isolated': { value: 'absent' } },
        },
        { id: 'b', age: { years: 9, months: 2 }, specialNeeds: false, answers: { 'rim-child-aware': { value: 'confirmed' } } },
      ],
    });
    const bare = assessRimTrusted(barnardosRimProvisional, { ...rimInput, id: undefined as never }, RIM_POLICIES);
    expect('id' in rimInputOf(barnardosRimProvisional, { ...bare, assessmentId: null })).toBe(false);
  });

  it('a RIM result naming an indicator unknown to the edition, or twice for a child, is inconsistent at its place', () => {
    const broken = clone(rimResult) as unknown as { children: { confirmed: string[]; absent: string[] }[] };
    broken.children[1]!.absent = ['rim-unknown'];
    expect(thrown(() => rimInputOf(barnardosRimProvisional, broken as never, ['result'])).issues[0]).toMatchObject({
      path: ['result', 'children', 1, 'absent', 0],
      rule: 'inconsistent-result',
    });
    const twice = clone(rimResult) as unknown as { children: { confirmed: string[]; suspected: string[] }[] };
    twice.children[0]!.suspected = [...twice.children[0]!.suspected, 'rim-child-aware'];
    expect(thrown(() => rimInputOf(barnardosRimProvisional, twice as never)).issues[0]?.path).toEqual(['children', 0, 'suspected', 1]);
  });
});

describe('replaying the recorded decisions, in order', () => {
  const judged = applyJudgementTrusted(dashResult, { level: 'high', rationale: 'Strangulation.', by: 'pc-2', at: '2025-03-01T11:00:00Z', referToMarac: true }, commonLocalBands);

  it('a checklist result with its judgement replays to the same result', () => {
    const input = checklistInputOf(dashRic2009, judged);
    expect(replayChecklist(dashRic2009, input, commonLocalBands, judged.history)).toEqual(judged);
    expect(selfDifferences(dashRic2009, judged, commonLocalBands)).toEqual([]);
  });

  it('a checklist judgement carried with an authoriser replays with it', () => {
    const high = applyJudgementTrusted(dashResult, { level: 'high', rationale: 'r', by: 'pc-2', at: '2025-03-01T11:00:00Z' }, commonLocalBands);
    const lowered = applyJudgementTrusted(high, { level: 'medium', rationale: 'r2', by: 'pc-3', at: '2025-03-01T12:00:00Z', authorisedBy: 'sgt-1' }, commonLocalBands);
    expect(lowered.history[1]).toMatchObject({ authorisedBy: 'sgt-1' });
    expect(selfDifferences(dashRic2009, lowered, commonLocalBands)).toEqual([]);
    // Without the authoriser the same decision cannot be made again.
    const { authorisedBy: _, ...bare } = lowered.history[1]!;
    const stripped = { ...lowered, history: [lowered.history[0]!, bare as AuditEvent] } as AssessmentResult;
    expect(thrown(() => selfDifferences(dashRic2009, stripped, commonLocalBands, ['result'])).issues[0]).toMatchObject({
      path: ['result', 'history', 1],
      rule: 'decision-not-reproducible',
    });
  });

  it('a stored field that disagrees with the replay is a difference', () => {
    const edited = { ...judged, count: 7, reasons: [...judged.reasons.slice(1), 'x'] } as AssessmentResult;
    expect(selfDifferences(dashRic2009, edited, commonLocalBands)).toEqual([
      { path: ['count'], kind: 'meaning' },
      ...judged.reasons.map((_, i) => ({ path: ['reasons', i], kind: 'wording' })),
    ]);
  });

  it('a decision the policy would refuse, or of the wrong kind, is reported at its place in the history', () => {
    // Lowering another practitioner's level without an authoriser is refused by the policy.
    const refused = { ...judged.history[0]!, action: 'lowered', from: 'high', to: 'medium', by: 'pc-3', at: '2025-03-01T12:00:00Z', referToMarac: false } as AuditEvent;
    const history = [judged.history[0]!, refused];
    const error = thrown(() => replayChecklist(dashRic2009, checklistInputOf(dashRic2009, judged), commonLocalBands, history, ['result']));
    expect(error.code).toBe('inconsistent-result');
    expect(error.issues[0]).toMatchObject({ path: ['result', 'history', 1], rule: 'decision-not-reproducible' });
    const uplift = { ...judged.history[0]!, kind: 'uplift-decision' } as AuditEvent;
    expect(thrown(() => replayChecklist(dashRic2009, checklistInputOf(dashRic2009, judged), commonLocalBands, [uplift])).issues[0]?.path).toEqual(['history', 0]);
    const numeric = { ...judged.history[0]!, to: 3 } as unknown as AuditEvent;
    expect(thrown(() => replayChecklist(dashRic2009, checklistInputOf(dashRic2009, judged), commonLocalBands, [numeric])).issues[0]?.path).toEqual(['history', 0]);
  });

  it('an error that is not the library\u2019s own is not turned into a difference', () => {
    const poisoned = new Proxy(judged.history[0]!, {
      get(target, key) {
        if (key === 'rationale') throw new TypeError('boom');
        return Reflect.get(target, key);
      },
    });
    expect(() => replayChecklist(dashRic2009, checklistInputOf(dashRic2009, judged), commonLocalBands, [poisoned])).toThrow(TypeError);
  });

  it('a DARA result replays from its second event: the first is the grade as entered', () => {
    const graded = assessDaraTrusted(
      dara2022Provisional,
      { instrument: { id: 'dara', edition: '2022-provisional' }, answers: { strangulation: { value: 'once' } }, grade: { level: 'medium', rationale: 'r', by: 'pc-1', at: '2025-03-01T22:00:00Z' } },
      daraConsistency,
    );
    const raised = applyDaraRegradeTrusted(graded, { level: 'high', rationale: 'Strangulation.', by: 'sgt-1', at: '2025-03-02T09:00:00Z', referToMarac: true }, daraConsistency);
    const lowered = applyDaraRegradeTrusted(raised, { level: 'medium', rationale: 'Reviewed.', by: 'insp-1', at: '2025-03-02T10:00:00Z', authorisedBy: 'ci-1' }, daraConsistency);
    expect(replayDara(dara2022Provisional, daraInputOf(dara2022Provisional, lowered), daraConsistency, lowered.history)).toEqual(lowered);
    expect(selfDifferences(dara2022Provisional, lowered, daraConsistency)).toEqual([]);
    // A regrade that cannot be made again is reported at its place.
    const early = { ...lowered, history: [lowered.history[0]!, { ...lowered.history[1]!, at: '2025-03-01T00:00:00Z' }] } as DaraResult;
    expect(thrown(() => selfDifferences(dara2022Provisional, early, daraConsistency)).issues[0]?.path).toEqual(['history', 1]);
    // A stored flag removed is a difference of meaning.
    const tampered = { ...lowered, consistencyFlags: [] } as unknown as DaraResult;
    expect(selfDifferences(dara2022Provisional, tampered, daraConsistency)).toEqual([{ path: ['consistencyFlags'], kind: 'meaning' }]);
  });

  const rimInput: RimInput = {
    instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
    assessedAt: '2025-03-01T10:00:00Z',
    answers: { 'rim-violence-minor-to-moderate-history': { value: 'confirmed' } },
    children: [
      { id: 'young', dateOfBirth: '2021-01-10', specialNeeds: false },
      { id: 'older', age: { years: 12 }, specialNeeds: false, answers: { 'rim-child-caught-up': { value: 'confirmed' } } },
    ],
  };

  const LOWERING: RimPolicies = {
    rules: { ...barnardosRimRules, judgement: { lowering: 'allowed-with-rationale', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'local' }, basis: 'local' } },
    needs: londonCafThresholds,
  } as RimPolicies;

  /** An uplift accepted for the younger child, then the older child's scale lowered with an authoriser. */
  function decided(): RimResult {
    const result = assessRimTrusted(barnardosRimProvisional, rimInput, LOWERING);
    const accepted = applyRimUpliftDecisionTrusted(result, 'young', { accept: true, rationale: 'Aged 4.', by: 'sw-1', at: '2025-03-01T11:00:00Z' }, LOWERING);
    return applyRimJudgementTrusted(accepted, 'older', { scale: 2, rationale: 'Network.', by: 'sw-2', at: '2025-03-01T12:00:00Z', authorisedBy: 'tm-1' }, LOWERING);
  }

  it('a RIM result replays its uplift decisions and judgements, each to its child, and keeps where an age came from', () => {
    const result = decided();
    const policies = LOWERING;
    expect(result.children[0]!.ageFrom).toBe('date-of-birth');
    expect(result.history.map((event) => [event.kind, event.subject, event.to])).toEqual([
      ['uplift-decision', 'young', 3],
      ['judgement', 'older', 2],
    ]);
    const replayed = replayRim(barnardosRimProvisional, rimInputOf(barnardosRimProvisional, result), policies, result.history);
    expect(replayed.children.map((c) => c.final)).toEqual(result.children.map((c) => c.final));
    expect(replayed.children[0]!.ageFrom).toBe('given');
    expect(selfDifferences(barnardosRimProvisional, result, policies)).toEqual([]);
    // A rejected uplift replays as rejected.
    const rejected = applyRimUpliftDecisionTrusted(assessRimTrusted(barnardosRimProvisional, rimInput, RIM_POLICIES), 'young', { accept: false, rationale: 'No.', by: 'sw-1', at: '2025-03-01T11:00:00Z' }, RIM_POLICIES);
    expect(selfDifferences(barnardosRimProvisional, rejected, RIM_POLICIES)).toEqual([]);
    const flipped = { ...rejected, history: [{ ...rejected.history[0]!, action: 'accepted' }] } as RimResult;
    expect(selfDifferences(barnardosRimProvisional, flipped, RIM_POLICIES).filter((d) => d.kind === 'meaning').map((d) => d.path)).toContainEqual(['children', 0, 'final', 'scale']);
    // The judgement's authoriser is needed to replay the lowering.
    const noAuthoriser = { ...result, history: [result.history[0]!, { ...result.history[1]!, authorisedBy: undefined }] } as RimResult;
    expect(thrown(() => selfDifferences(barnardosRimProvisional, noAuthoriser, policies)).issues[0]?.path).toEqual(['history', 1]);
  });

  it('a RIM decision without a child, or a judgement without a scale, is reported at its place', () => {
    const result = decided();
    const policies = LOWERING;
    const input = rimInputOf(barnardosRimProvisional, result);
    const { subject: _, ...noChild } = result.history[0]!;
    expect(thrown(() => replayRim(barnardosRimProvisional, input, policies, [noChild as AuditEvent], ['r'])).issues[0]).toMatchObject({
      path: ['r', 'history', 0],
      rule: 'decision-not-reproducible',
    });
    const level = { ...result.history[1]!, to: 'high' } as AuditEvent;
    expect(thrown(() => replayRim(barnardosRimProvisional, input, policies, [result.history[0]!, level])).issues[0]?.path).toEqual(['history', 1]);
  });
});
