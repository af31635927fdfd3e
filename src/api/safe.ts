/**
 * The `safe…` forms of the validating functions: the same checks and the same
 * result, returned as a {@link Validated} (`{ ok: true, value }` or
 * `{ ok: false, error }`) instead of thrown, like zod's `safeParse`.
 *
 * Each takes exactly what its throwing form takes (see {@link OutsideInput})
 * and returns exactly its result, or the {@link DaRiskError} it would have
 * thrown, with the same code and issues. Only a `DaRiskError` is returned:
 * anything else (a bug) is thrown as it is, never passed off as a failed
 * validation. The returned object is frozen, and so is the value in it.
 *
 * Two non-throwing forms already exist and have no `safe…` twin:
 * {@link validateCase} is the safe form of {@link parseCase}, and
 * {@link validateAssessmentInput} checks an assessment input against its
 * edition without scoring it.
 *
 * @module
 */
import { DaRiskError } from '../errors/error.js';
import type { AssessmentInput } from '../model/assessment.js';
import type { AnyResult } from '../model/cross-instrument.js';
import type { DaraInput, DaraPolicy, DaraResult } from '../model/dara.js';
import type { RimScale } from '../model/grades.js';
import type { Judgement } from '../model/judgement.js';
import type { MaracCheckInput, MaracDecision } from '../model/marac.js';
import type { MaracPolicy, ScoringPolicy } from '../model/policy.js';
import type { AssessmentResult } from '../model/result.js';
import type { RimInput, RimResult } from '../model/rim.js';
import type { RimPolicies } from '../core/rim.js';
import type { MaracReferralPayload, ReferralOptions } from '../core/case/referral.js';
import { assess, type AssessOptions } from './assess.js';
import { assessAny, type AssessAnyOptions } from './assess-any.js';
import { maracReferral } from './case.js';
import { checkMarac } from './check-marac.js';
import { applyDaraRegrade, assessDara, type AssessDaraOptions } from './dara.js';
import { applyJudgement } from './judgement.js';
import type { OutsideInput } from './outside-input.js';
import type { InstrumentRegistry } from './registry.js';
import { applyRimJudgement, applyRimUpliftDecision, assessRim, type AssessRimOptions } from './rim.js';
import type { StoredResultOptions } from './stored-result.js';
import type { Validated } from './validated.js';
import { verifyResult, type ResultVerification } from './verify.js';

/**
 * Runs `run`: its value as `{ ok: true, value }`, a {@link DaRiskError} it
 * throws as `{ ok: false, error }`, both frozen. Anything else it throws is
 * thrown again.
 *
 * @internal
 */
export function attempt<V>(run: () => V): Validated<V> {
  try {
    return Object.freeze({ ok: true as const, value: run() });
  } catch (error) {
    if (error instanceof DaRiskError) return Object.freeze({ ok: false as const, error });
    throw error;
  }
}

/**
 * {@link assess} without throwing: validates an assessment from outside and
 * scores it, or returns the error.
 *
 * @param input - outside data in the {@link AssessmentInput} shape (see {@link OutsideInput})
 * @param options - policy and registry
 * @returns `{ ok: true, value }` with the frozen result, or `{ ok: false, error }` with the {@link DaRiskError} `assess` throws
 *
 * @example
 * ```ts
 * const scored = safeAssess(JSON.parse(body));
 * if (!scored.ok) return respond(400, scored.error.issues);
 * scored.value.computed?.level; // 'standard'
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function safeAssess<T>(input: OutsideInput<T, AssessmentInput>, options?: AssessOptions): Validated<AssessmentResult> {
  return attempt(() => assess(input, options));
}

/**
 * {@link assessAny} without throwing: assesses an input of any instrument
 * family by the edition it names, or returns the error.
 *
 * @param input - outside data naming its edition: an {@link AssessmentInput}, {@link DaraInput} or {@link RimInput} (see {@link OutsideInput})
 * @param options - registry, and a policy per family
 * @returns `{ ok: true, value }` with the frozen result of the family's function, or `{ ok: false, error }` with the {@link DaRiskError} `assessAny` throws
 *
 * @example
 * ```ts
 * const assessed = safeAssessAny(JSON.parse(line));
 * if (assessed.ok) assessed.value.kind; // 'checklist', 'dara' or 'rim'
 * else assessed.error.code; // 'invalid-input', 'unknown-edition', …
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function safeAssessAny<T>(input: OutsideInput<T, AssessmentInput | DaraInput | RimInput>, options?: AssessAnyOptions): Validated<AnyResult> {
  return attempt(() => assessAny(input, options));
}

/**
 * {@link assessDara} without throwing: validates a DARA assessment from
 * outside and records it, or returns the error.
 *
 * @param input - outside data in the {@link DaraInput} shape (see {@link OutsideInput})
 * @param options - policy and registry
 * @returns `{ ok: true, value }` with the frozen result, or `{ ok: false, error }` with the {@link DaRiskError} `assessDara` throws
 *
 * @example
 * ```ts
 * const graded = safeAssessDara({ instrument: { id: 'dara', edition: '2022-provisional' }, assessedAt: '2025-03-01T21:40:00Z', answers: {} });
 * graded.ok; // false: a DARA assessment needs the assessor's grade
 * graded.ok || graded.error.issues[0]?.path; // ['grade']
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function safeAssessDara<T>(input: OutsideInput<T, DaraInput>, options?: AssessDaraOptions): Validated<DaraResult> {
  return attempt(() => assessDara(input, options));
}

/**
 * {@link assessRim} without throwing: validates a household RIM assessment
 * from outside and classifies each child, or returns the error.
 *
 * @param input - outside data in the {@link RimInput} shape (see {@link OutsideInput})
 * @param options - policies and registry
 * @returns `{ ok: true, value }` with the frozen result, or `{ ok: false, error }` with the {@link DaRiskError} `assessRim` throws
 *
 * @example
 * ```ts
 * const classified = safeAssessRim(JSON.parse(body));
 * if (classified.ok) classified.value.children.map((child) => child.suggested);
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function safeAssessRim<T>(input: OutsideInput<T, RimInput>, options?: AssessRimOptions): Validated<RimResult> {
  return attempt(() => assessRim(input, options));
}

/**
 * {@link applyJudgement} without throwing: records a practitioner's judgement
 * on a stored DASH result, or returns the error (an invalid result or
 * judgement, a refused lowering, a result that is not what its answers give).
 *
 * @param result - the result to judge, an {@link AssessmentResult} (see {@link OutsideInput})
 * @param judgement - the practitioner's decision, a {@link Judgement}
 * @param policy - the scoring policy the result was produced under (default: the one the result names)
 * @param options - where the result's edition is looked up, for an edition that is not shipped
 * @returns `{ ok: true, value }` with the new frozen result, or `{ ok: false, error }` with the {@link DaRiskError} `applyJudgement` throws
 *
 * @example
 * ```ts
 * const judged = safeApplyJudgement(stored, { level: 'standard', rationale: 'Lower.', by: 'idva-12', at: '2025-03-01T10:15:00Z' });
 * judged.ok || judged.error.code; // 'judgement-refused': below the computed level
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export function safeApplyJudgement<R, J>(
  result: OutsideInput<R, AssessmentResult>,
  judgement: OutsideInput<J, Judgement>,
  policy?: ScoringPolicy,
  options?: StoredResultOptions,
): Validated<AssessmentResult> {
  return attempt(() => applyJudgement(result, judgement, policy, options));
}

/**
 * {@link applyDaraRegrade} without throwing: records a regrade of a stored
 * DARA result, or returns the error.
 *
 * @param result - the stored {@link DaraResult} (see {@link OutsideInput})
 * @param judgement - the regrade, a {@link Judgement}
 * @param policy - the DARA policy the result was produced under (default: the one the result names)
 * @param options - where the result's edition is looked up, for an edition that is not shipped
 * @returns `{ ok: true, value }` with the new frozen result, or `{ ok: false, error }` with the {@link DaRiskError} `applyDaraRegrade` throws
 *
 * @example
 * ```ts
 * const reviewed = safeApplyDaraRegrade(stored, { level: 'high', rationale: 'Strangulation disclosed.', by: 'sgt-12', at: '2025-03-02T08:30:00Z' });
 * if (reviewed.ok) reviewed.value.final.level; // 'high'
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export function safeApplyDaraRegrade<R, J>(
  result: OutsideInput<R, DaraResult>,
  judgement: OutsideInput<J, Judgement>,
  policy?: DaraPolicy,
  options?: StoredResultOptions,
): Validated<DaraResult> {
  return attempt(() => applyDaraRegrade(result, judgement, policy, options));
}

/**
 * {@link applyRimJudgement} without throwing: records a practitioner's final
 * scale for a child of a stored RIM result, or returns the error.
 *
 * @param result - the stored {@link RimResult} (see {@link OutsideInput})
 * @param childId - the child's opaque id
 * @param judgement - `{ scale, rationale, by, at, authorisedBy? }`
 * @param policies - the policies the result was produced under (default: the ones the result names)
 * @param options - where the result's edition is looked up, for an edition that is not shipped
 * @returns `{ ok: true, value }` with the new frozen result, or `{ ok: false, error }` with the {@link DaRiskError} `applyRimJudgement` throws
 *
 * @example
 * ```ts
 * const judged = safeApplyRimJudgement(stored, 'c2', { scale: 3, rationale: 'Confirmed at strategy discussion.', by: 'sw-4', at: '2025-03-01T12:30:00Z' });
 * judged.ok || judged.error.issues; // e.g. [{ path: ['childId'], rule: 'unknown-child', … }]
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export function safeApplyRimJudgement<R, C, J>(
  result: OutsideInput<R, RimResult>,
  childId: OutsideInput<C, string>,
  judgement: OutsideInput<
    J,
    { readonly scale: RimScale; readonly rationale: string; readonly by: string; readonly at: string; readonly authorisedBy?: string }
  >,
  policies?: RimPolicies,
  options?: StoredResultOptions,
): Validated<RimResult> {
  return attempt(() => applyRimJudgement(result, childId, judgement, policies, options));
}

/**
 * {@link applyRimUpliftDecision} without throwing: records a practitioner's
 * decision on a child's suggested uplift, or returns the error.
 *
 * @param result - the stored {@link RimResult} (see {@link OutsideInput})
 * @param childId - the child's opaque id
 * @param decision - `{ accept, rationale, by, at }`
 * @param policies - the policies the result was produced under (default: the ones the result names)
 * @param options - where the result's edition is looked up, for an edition that is not shipped
 * @returns `{ ok: true, value }` with the new frozen result, or `{ ok: false, error }` with the {@link DaRiskError} `applyRimUpliftDecision` throws
 *
 * @example
 * ```ts
 * const decided = safeApplyRimUpliftDecision(stored, 'c1', { accept: true, rationale: 'Aged 3, present at incidents.', by: 'sw-4', at: '2025-03-01T12:00:00Z' });
 * if (decided.ok) decided.value.children[0]?.final; // { scale: 4, basis: 'uplift' }
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export function safeApplyRimUpliftDecision<R, C, D>(
  result: OutsideInput<R, RimResult>,
  childId: OutsideInput<C, string>,
  decision: OutsideInput<D, { readonly accept: boolean; readonly rationale: string; readonly by: string; readonly at: string }>,
  policies?: RimPolicies,
  options?: StoredResultOptions,
): Validated<RimResult> {
  return attempt(() => applyRimUpliftDecision(result, childId, decision, policies, options));
}

/**
 * {@link checkMarac} without throwing: checks the MARAC referral routes for
 * one victim, or returns the error.
 *
 * @param input - the check input, a {@link MaracCheckInput} (see {@link OutsideInput})
 * @param policy - the MARAC policy (default: `checkMarac`'s)
 * @param options - where the assessment's edition and scoring or DARA policy are looked up, when not shipped
 * @returns `{ ok: true, value }` with the frozen decision, or `{ ok: false, error }` with the {@link DaRiskError} `checkMarac` throws
 *
 * @example
 * ```ts
 * const decision = safeCheckMarac({ now: '2025-06-01T12:00:00Z', assessment: result, events: [] });
 * if (decision.ok) decision.value.routesMet; // ['visible-high-risk']
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export function safeCheckMarac<T>(input: OutsideInput<T, MaracCheckInput>, policy?: MaracPolicy, options?: StoredResultOptions): Validated<MaracDecision> {
  return attempt(() => checkMarac(input, policy, options));
}

/**
 * {@link maracReferral} without throwing: builds a MARAC referral from a
 * stored assessment and the MARAC decision, or returns the error.
 *
 * @param stored - `{ input, result }` as stored: an {@link AssessmentInput} and its {@link AssessmentResult} (see {@link OutsideInput})
 * @param decision - the {@link MaracDecision} (outcome `refer-to-marac`)
 * @param options - referral id, time, referrer, agency, minimise
 * @param read - where the edition and policies are looked up: a registry (default `defaultRegistry`), or stored-result options
 * @returns `{ ok: true, value }` with the payload, or `{ ok: false, error }` with the {@link DaRiskError} `maracReferral` throws
 *
 * @example
 * ```ts
 * const referral = safeMaracReferral({ input, result }, decision, { referredAt: now, referredBy: 'idva-0042', agency: 'idva' });
 * referral.ok || referral.error.issues[0]?.rule; // 'not-a-referral' when the decision does not refer
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export function safeMaracReferral<I, R, D>(
  stored: { readonly input: OutsideInput<I, AssessmentInput>; readonly result: OutsideInput<R, AssessmentResult> },
  decision: OutsideInput<D, MaracDecision>,
  options: ReferralOptions,
  read?: InstrumentRegistry | StoredResultOptions,
): Validated<MaracReferralPayload> {
  return attempt(() => maracReferral(stored, decision, options, read));
}

/**
 * {@link verifyResult} without throwing: replays a stored input and its
 * recorded decisions and says whether that reproduces the stored result, or
 * returns the error (a malformed input or result, an edition or policy that
 * cannot be found). A result that does not reproduce is not an error: it is
 * `{ ok: true }` with `value.reproduces` false.
 *
 * @param input - the stored input: an {@link AssessmentInput}, {@link DaraInput} or {@link RimInput} (see {@link OutsideInput})
 * @param result - the stored result ({@link AnyResult})
 * @param options - where the edition and policies are looked up, when not shipped
 * @returns `{ ok: true, value }` with the frozen verification, or `{ ok: false, error }` with the {@link DaRiskError} `verifyResult` throws
 *
 * @example
 * ```ts
 * const check = safeVerifyResult(JSON.parse(row.input), JSON.parse(row.result));
 * if (check.ok) check.value.reproduces; // true
 * else check.error.issues[0]?.path; // e.g. ['result', 'count']
 * ```
 * @since 0.1.0
 * @category Stored results
 */
export function safeVerifyResult<I, R>(
  input: OutsideInput<I, AssessmentInput | DaraInput | RimInput>,
  result: OutsideInput<R, AnyResult>,
  options?: StoredResultOptions,
): Validated<ResultVerification> {
  return attempt(() => verifyResult(input, result, options));
}
