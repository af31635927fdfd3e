/**
 * Professional judgement on a checklist result: computed and final levels
 * kept apart, every judgement recorded as an audit event.
 *
 * @module
 */
import { requireSamePolicy } from './require-same-policy.js';
import type { Judgement } from '../model/judgement.js';
import { compareLevels, type RiskLevel } from '../model/levels.js';
import type { ScoringPolicy } from '../model/policy.js';
import type { AssessmentResult } from '../model/result.js';
import { levelJudgement, recordJudgement } from './record-judgement.js';

/** A level in a sentence. @internal */
export function describeLevel(level: RiskLevel): string {
  return `level ${level}`;
}

/**
 * Records a professional judgement on a result and returns a new result with
 * the final level set, the judgement step marked recorded, and an
 * {@link AuditEvent} appended to the history. The input result is not changed.
 *
 * Rules:
 * - the policy must be the one the result was produced under (same id and version);
 * - a rationale is always required;
 * - raising the level is always allowed;
 * - a lowering is measured against the *current final* level as well as the
 *   computed one: undoing another practitioner's raise is a lowering;
 * - a final level below the computed level is refused unless the policy's
 *   `judgement.lowering` is `allowed-with-rationale`;
 * - a lowering needs a named authoriser other than the practitioner
 *   (`authorisedBy`, recorded in the audit event) where the policy's
 *   `judgement.authorisation` asks: by default, to lower a level another
 *   practitioner's judgement set or kept, and to go below the computed level;
 * - a referral to MARAC on judgement is possible at any count;
 * - the judgement may not be dated before the assessment or an earlier judgement.
 *
 * @param result - the result to judge (from {@link assessTrusted} or an earlier judgement)
 * @param judgement - the practitioner's decision
 * @param policy - the scoring policy the result was produced under
 * @returns a new frozen result
 * @throws {@link DaRiskError} `policy-mismatch`, `invalid-input` (blank rationale, bad date, out of order), `judgement-refused` (lowering not allowed, or no independent authoriser where one is needed)
 *
 * @example
 * ```ts
 * const judged = applyJudgementTrusted(result, { level: 'high', rationale: 'Strangulation disclosed.', by: 'idva-12', at: '2025-03-01T10:15:00Z', referToMarac: true }, commonLocalBands);
 * judged.computed?.level; // 'standard'
 * judged.final; // { level: 'high', basis: 'judgement' }
 * judged.history[0]!.action; // 'raised'
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export function applyJudgementTrusted(result: AssessmentResult, judgement: Judgement, policy: ScoringPolicy): AssessmentResult {
  requireSamePolicy(result.policy, policy, 'scoring policy');
  const { event, reason } = recordJudgement<RiskLevel>(
    {
      assessedAt: result.assessedAt,
      history: result.history,
      current: result.final.level,
      computed: result.computed?.level ?? null,
      instrument: result.instrument,
      policy: { id: policy.id, version: policy.version, rule: policy.judgement },
      compare: compareLevels,
      describe: describeLevel,
    },
    levelJudgement(judgement),
  );
  const referral = event.referToMarac ? ' and referred to MARAC on professional judgement' : '';
  return Object.freeze({
    ...result,
    final: Object.freeze({ level: judgement.level, basis: 'judgement' as const }),
    judgement: Object.freeze({
      status: 'recorded' as const,
      prompt: `Judgement recorded: final level ${judgement.level}${referral}. Review it at every reassessment trigger.`,
    }),
    judgementReferral: event.referToMarac
      ? Object.freeze({ by: judgement.by, at: judgement.at, rationale: judgement.rationale })
      : result.judgementReferral,
    reasons: Object.freeze([...result.reasons, reason]),
    history: Object.freeze([...result.history, event]),
  });
}
