/**
 * Replaying a result: score an input again through the edition and policy a
 * result names, apply the decisions its history records one by one, and list
 * every field where the stored result differs from what comes out. The same
 * replay checks a stored result against itself (from its own answers) and a
 * stored result against the input it was made from (`verifyResult`).
 *
 * Pure, no zod: callers look up the edition and policies and check shapes.
 *
 * @module
 */
import { DaRiskError, daRiskError, isDaRiskError } from '../errors/error.js';
import { answerTypes, type AnswerKind, type AnswerTypeId } from '../model/answers.js';
import type { Answer, AssessmentInput } from '../model/assessment.js';
import type { AnyResult } from '../model/cross-instrument.js';
import type { DaraInput, DaraPolicy, DaraResult } from '../model/dara.js';
import type { RimScale } from '../model/grades.js';
import type { Instrument } from '../model/instrument.js';
import type { RiskLevel } from '../model/levels.js';
import type { ScoringPolicy } from '../model/policy.js';
import type { AssessmentResult, AuditEvent } from '../model/result.js';
import type { RimInput, RimResult } from '../model/rim.js';
import { assessDaraTrusted, applyDaraRegradeTrusted } from './dara.js';
import { applyJudgementTrusted } from './apply-judgement-trusted.js';
import { assessRimTrusted, applyRimUpliftDecisionTrusted, applyRimJudgementTrusted, type RimPolicies } from './rim.js';
import { assessTrusted } from './assess-trusted.js';

/**
 * One field where a stored result differs from its replay: where (`path`,
 * from the result's root, never a value) and whether the difference changes
 * what the result means (`meaning`: a count, a level, a flag, a route, a
 * decision) or only how it is worded (`wording`: reasons and prompts, which
 * may change between library versions).
 *
 * @since 0.1.0
 * @category Stored results
 */
export interface ResultDifference {
  /** Path of the field from the result's root. */
  readonly path: readonly (string | number)[];
  /** `meaning` or `wording`. */
  readonly kind: 'meaning' | 'wording';
}

/** The policies a replay may need. @internal */
export type ReplayPolicy = ScoringPolicy | DaraPolicy | RimPolicies;

// Text the library words (and may word differently in a later version). A child's threshold of need and
// response are not here: they are the decision the need policy gives, and differ in meaning.
const WORDING_KEYS = new Set(['reason', 'reasons', 'prompt', 'message', 'title', 'steps']);

function isWording(path: readonly (string | number)[]): boolean {
  for (const part of path) if (typeof part === 'string' && WORDING_KEYS.has(part)) return true;
  return false;
}

function compare(fresh: unknown, stored: unknown, path: (string | number)[], out: ResultDifference[]): void {
  if (fresh === stored) return;
  const push = () => out.push(Object.freeze({ path: Object.freeze([...path]), kind: isWording(path) ? ('wording' as const) : ('meaning' as const) }));
  if (Array.isArray(fresh) && Array.isArray(stored)) {
    if (fresh.length !== stored.length) {
      push();
      return;
    }
    for (let i = 0; i < fresh.length; i++) compare(fresh[i], stored[i], [...path, i], out);
    return;
  }
  if (fresh !== null && stored !== null && typeof fresh === 'object' && typeof stored === 'object' && !Array.isArray(fresh) && !Array.isArray(stored)) {
    const keys = new Set([...Object.keys(fresh), ...Object.keys(stored)]);
    for (const key of keys) {
      compare((fresh as Record<string, unknown>)[key], (stored as Record<string, unknown>)[key], [...path, key], out);
    }
    return;
  }
  push();
}

/**
 * Every field where `stored` differs from `fresh`, by path, meaning first.
 *
 * @internal
 */
export function differences(fresh: unknown, stored: unknown): ResultDifference[] {
  const out: ResultDifference[] = [];
  compare(fresh, stored, [], out);
  return out.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'meaning' ? -1 : 1));
}

function valueFor(type: AnswerTypeId, kind: AnswerKind, prefer?: string): string | undefined {
  const values = answerTypes[type].values.filter((value) => value.kind === kind);
  return (values.find((value) => value.value === prefer) ?? values.find((value) => value.value !== 'more-than-once') ?? values[0])?.value;
}

const KINDS: readonly (readonly [keyof AssessmentResult['items'], AnswerKind | null])[] = [
  ['yes', 'yes'],
  ['no', 'no'],
  ['dontKnow', 'dontKnow'],
  ['declined', 'declined'],
  ['unanswered', null],
];

/**
 * The answers a result's item lists stand for. Throws `inconsistent-result`
 * when the lists do not name each item of the edition (free-text items
 * aside) exactly once.
 *
 * @internal
 */
export function answersFromItems(
  instrument: Instrument,
  items: AssessmentResult['items'],
  path: readonly (string | number)[],
  repeated: readonly string[] = [],
): Record<string, Answer> {
  const byId = new Map(instrument.items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const answers: Record<string, Answer> = Object.create(null) as Record<string, Answer>;
  const again = new Set(repeated);
  for (const [list, kind] of KINDS) {
    items[list].forEach((id, index) => {
      const item = byId.get(id);
      if (item === undefined || seen.has(id) || answerTypes[item.answerType].freeText) {
        throw daRiskError('inconsistent-result', [...path, 'items', list, index], 'inconsistent-result', 'must name each item of the edition once, in one list');
      }
      seen.add(id);
      if (kind === null) return;
      const value = valueFor(item.answerType, kind, kind === 'yes' && again.has(id) ? 'more-than-once' : undefined);
      if (value === undefined) {
        throw daRiskError('inconsistent-result', [...path, 'items', list, index], 'inconsistent-result', 'records an answer this item does not allow');
      }
      answers[id] = { value };
    });
  }
  for (const item of instrument.items) {
    if (!seen.has(item.id) && !answerTypes[item.answerType].freeText) {
      throw daRiskError('inconsistent-result', [...path, 'items'], 'inconsistent-result', 'must name each item of the edition once, in one list');
    }
  }
  return { ...answers };
}

/**
 * The checklist input a result stands for: its answers by kind, its id and time.
 *
 * @internal
 */
export function checklistInputOf(instrument: Instrument, result: AssessmentResult, path: readonly (string | number)[] = []): AssessmentInput {
  return {
    instrument: { id: result.instrument.id, edition: result.instrument.edition },
    ...(result.assessmentId === null ? {} : { id: result.assessmentId }),
    ...(result.assessedAt === null ? {} : { assessedAt: result.assessedAt }),
    answers: answersFromItems(instrument, result.items, path),
  };
}

/**
 * The DARA input a result stands for: its answers by kind (with the items
 * answered more than once), the free-text items it says were answered (their
 * text stays with the caller), and the grade as entered.
 *
 * @internal
 */
export function daraInputOf(instrument: Instrument, result: DaraResult, path: readonly (string | number)[] = []): DaraInput {
  const answers = answersFromItems(instrument, result.items, path, result.repeated);
  const text = new Set(instrument.items.filter((item) => answerTypes[item.answerType].freeText).map((item) => item.id));
  result.textAnswered.forEach((id, index) => {
    if (!text.has(id) || answers[id] !== undefined) {
      throw daRiskError('inconsistent-result', [...path, 'textAnswered', index], 'inconsistent-result', 'must name free-text items of the edition, once each');
    }
    answers[id] = { value: 'answered' };
  });
  return {
    instrument: { id: result.instrument.id, edition: result.instrument.edition },
    ...(result.assessmentId === null ? {} : { id: result.assessmentId }),
    ...(result.assessedAt === null ? {} : { assessedAt: result.assessedAt }),
    answers,
    grade: result.grade,
    observations: result.observations,
    evidence: result.evidence,
    ...(result.secondaryAssessment === null ? {} : { secondaryAssessment: result.secondaryAssessment }),
    ...(result.childrenInHousehold === null ? {} : { childrenInHousehold: result.childrenInHousehold }),
  };
}

/**
 * The RIM input a result stands for: each child's confirmed, suspected and
 * absent indicators (the household's and the child's own together), age and
 * special needs.
 *
 * @internal
 */
export function rimInputOf(instrument: Instrument, result: RimResult, path: readonly (string | number)[] = []): RimInput {
  const byId = new Map(instrument.items.map((item) => [item.id, item]));
  return {
    instrument: { id: result.instrument.id, edition: result.instrument.edition },
    ...(result.assessmentId === null ? {} : { id: result.assessmentId }),
    assessedAt: result.assessedAt,
    pregnancy: result.pregnancy,
    answers: {},
    children: result.children.map((child, c) => {
      const answers: Record<string, Answer> = {};
      for (const [list, kind] of [
        ['confirmed', 'yes'],
        ['suspected', 'dontKnow'],
        ['absent', 'no'],
      ] as const) {
        child[list].forEach((id, index) => {
          const item = byId.get(id);
          const value = item === undefined ? undefined : valueFor(item.answerType, kind);
          if (value === undefined || answers[id] !== undefined) {
            throw daRiskError('inconsistent-result', [...path, 'children', c, list, index], 'inconsistent-result', 'must name indicators of the edition, once each');
          }
          answers[id] = { value };
        });
      }
      return { id: child.childId, age: { years: child.age.years, months: child.age.months }, specialNeeds: child.specialNeeds, answers };
    }),
  };
}

function historyFailure(error: unknown, index: number, path: readonly (string | number)[]): DaRiskError {
  if (!isDaRiskError(error)) throw error;
  return daRiskError(
    'inconsistent-result',
    [...path, 'history', index],
    'decision-not-reproducible',
    'records a decision the policy, the result or the order of decisions would not allow',
  );
}

/** A recorded decision of a kind this result cannot take (a RIM uplift on a DASH result, say). */
function wrongKind(): DaRiskError {
  // Stryker disable next-line StringLiteral,ArrayDeclaration: only thrown inside replayHistory, which replaces every library error with decision-not-reproducible at the event's place, so this error's own code, path and message are never seen
  return daRiskError('invalid-input', ['kind'], 'kind', 'is not a decision this result takes');
}

/** Applies recorded decisions from `first` on, in order; the first one that cannot be made again is reported at its place. */
function replayHistory<R>(
  result: R,
  history: readonly AuditEvent[],
  first: number,
  path: readonly (string | number)[],
  apply: (result: R, event: AuditEvent) => R,
): R {
  let replayed = result;
  for (let index = first; index < history.length; index++) {
    try {
      replayed = apply(replayed, history[index]!);
    } catch (error) {
      throw historyFailure(error, index, path);
    }
  }
  return replayed;
}

/** A level decision as the judgement that made it. */
function levelJudgementOf(event: AuditEvent) {
  if (event.kind !== 'judgement' || typeof event.to !== 'string') throw wrongKind();
  return {
    level: event.to as RiskLevel,
    rationale: event.rationale,
    by: event.by,
    at: event.at,
    referToMarac: event.referToMarac,
    ...(event.authorisedBy === undefined ? {} : { authorisedBy: event.authorisedBy }),
  };
}

/**
 * Scores a checklist input and applies the recorded decisions in order.
 * Throws `inconsistent-result` at the first decision that cannot be made
 * again (refused by the policy, out of order, the wrong kind).
 *
 * @internal
 */
export function replayChecklist(
  instrument: Instrument,
  input: AssessmentInput,
  policy: ScoringPolicy,
  history: readonly AuditEvent[],
  path: readonly (string | number)[] = [],
): AssessmentResult {
  return replayHistory(assessTrusted(instrument, input, policy), history, 0, path, (result, event) => applyJudgementTrusted(result, levelJudgementOf(event), policy));
}

/**
 * Grades a DARA input and applies the recorded regrades in order (the first
 * event is the grade as entered).
 *
 * @internal
 */
export function replayDara(
  instrument: Instrument,
  input: DaraInput,
  policy: DaraPolicy,
  history: readonly AuditEvent[],
  path: readonly (string | number)[] = [],
): DaraResult {
  return replayHistory(assessDaraTrusted(instrument, input, policy), history, 1, path, (result, event) => applyDaraRegradeTrusted(result, levelJudgementOf(event), policy));
}

/**
 * Classifies a RIM input and applies the recorded uplift decisions and
 * judgements in order, each to its child.
 *
 * @internal
 */
export function replayRim(
  instrument: Instrument,
  input: RimInput,
  policies: RimPolicies,
  history: readonly AuditEvent[],
  path: readonly (string | number)[] = [],
): RimResult {
  return replayHistory(assessRimTrusted(instrument, input, policies), history, 0, path, (result, event) => {
    const child = event.subject;
    if (child === undefined) throw wrongKind();
    if (event.kind === 'uplift-decision') {
      return applyRimUpliftDecisionTrusted(result, child, { accept: event.action === 'accepted', rationale: event.rationale, by: event.by, at: event.at }, policies);
    }
    if (typeof event.to !== 'number') throw wrongKind();
    return applyRimJudgementTrusted(
      result,
      child,
      {
        scale: event.to as RimScale,
        rationale: event.rationale,
        by: event.by,
        at: event.at,
        ...(event.authorisedBy === undefined ? {} : { authorisedBy: event.authorisedBy }),
      },
      policies,
    );
  });
}

/**
 * Replays a stored result from its own answers and decisions and returns the
 * fields where it disagrees with itself. What cannot be re-derived from a
 * result (where a RIM child's age came from) is taken as stored.
 *
 * @internal
 */
export function selfDifferences(instrument: Instrument, result: AnyResult, policy: ReplayPolicy, path: readonly (string | number)[] = []): ResultDifference[] {
  switch (result.kind) {
    case 'checklist':
      return differences(replayChecklist(instrument, checklistInputOf(instrument, result, path), policy as ScoringPolicy, result.history, path), result);
    case 'dara':
      return differences(replayDara(instrument, daraInputOf(instrument, result, path), policy as DaraPolicy, result.history, path), result);
    case 'rim': {
      const fresh = replayRim(instrument, rimInputOf(instrument, result, path), policy as RimPolicies, result.history, path);
      const children = fresh.children.map((child, i) => {
        const stored = result.children[i];
        return stored === undefined ? child : { ...child, ageFrom: stored.ageFrom };
      });
      return differences({ ...fresh, children }, result);
    }
  }
}
