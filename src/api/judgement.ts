/**
 * `applyJudgement`: validate a stored result and a practitioner's judgement,
 * then record the judgement.
 *
 * @module
 */
import { applyJudgementTrusted } from '../core/apply-judgement-trusted.js';
import type { ScoringPolicy } from '../model/policy.js';
import type { AssessmentResult } from '../model/result.js';
import { judgementSchema } from '../validate/judgement-schema.js';
import { parse } from '../validate/parse.js';
import { ensureScoringPolicy } from './policies.js';
import { parseStoredResult, policyForDecision, storedResultOptions, withPolicies, type StoredResultOptions } from './stored-result.js';
import { trusted } from '../common/trusted.js';
import type { Judgement } from '../model/judgement.js';
import type { OutsideInput } from './outside-input.js';

/**
 * Records a practitioner's professional judgement on a result: validates both
 * (the result may come back from storage as JSON), then applies the rules of
 * {@link applyJudgementTrusted}. Raising is always allowed with a rationale; lowering below
 * the computed level is refused unless the policy allows it; a referral to
 * MARAC on judgement is possible at any count.
 *
 * A stored result is checked for meaning before the judgement is recorded:
 * its count, levels, flags and history must be what its own answers and
 * recorded decisions give under the edition and policy it names
 * (`inconsistent-result` otherwise).
 *
 * @param result - the result to judge, an {@link AssessmentResult} (typed as one for a caller whose value has a type, anything when it is `unknown` or `any`: see {@link OutsideInput}; checked at run time either way)
 * @param judgement - the practitioner's decision, a {@link Judgement} (level, rationale, practitioner id, time, and `authorisedBy` for a lowering that needs one; typed the same way)
 * @param policy - the scoring policy the result was produced under (default: the one the result names, found among the shipped policies and `options.policies`, or remembered for a result made in this process); a different one is refused (`policy-mismatch`)
 * @param options - where the result's edition is looked up (`registry`), and its policy (`policies`), when not shipped
 * @returns a new frozen result with computed and final levels apart and an audit event
 * @throws {@link DaRiskError} `invalid-input`, `policy-mismatch`, `judgement-refused`, `inconsistent-result`, `unknown-instrument`, `unknown-edition`, `unknown-policy` (no policy passed, and the one the result names is neither shipped nor in `options.policies`), `policy-not-applicable` (no policy passed, and the result names a superseded version)
 *
 * @example
 * ```ts
 * const judged = applyJudgement(result, {
 *   level: 'high', rationale: 'Strangulation last week; she believes he will kill her.',
 *   by: 'idva-12', at: '2025-03-01T10:15:00Z', referToMarac: true,
 * }, commonLocalBands);
 * judged.final.level; // 'high'
 * judged.history.at(-1)?.action; // 'raised'
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export function applyJudgement<R, J>(
  result: OutsideInput<R, AssessmentResult>,
  judgement: OutsideInput<J, Judgement>,
  policy?: ScoringPolicy,
  options?: StoredResultOptions,
): AssessmentResult {
  const given = policy === undefined ? undefined : ensureScoringPolicy(policy);
  const read = storedResultOptions(options);
  const stored = parseStoredResult(result, 'checklist', [], given === undefined ? read : withPolicies(read, given));
  const checkedPolicy = policyForDecision(stored, given, read);
  return trusted(applyJudgementTrusted(stored, parse(judgementSchema, judgement), checkedPolicy), checkedPolicy);
}
