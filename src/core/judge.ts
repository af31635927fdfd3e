/**
 * Professional judgement: computed and final levels kept apart, every
 * judgement recorded as an audit event. Raising is always allowed; lowering
 * below the computed level only where the policy says so.
 *
 * @module
 */
import { daRiskError } from '../errors/error.js';
import { parseInstant } from '../model/dates.js';
import type { Judgement } from '../model/judgement.js';
import { compareLevels } from '../model/levels.js';
import type { ScoringPolicy } from '../model/policy.js';
import type { AssessmentResult, AuditEvent } from '../model/result.js';

function latestRecordedInstant(result: AssessmentResult): number | undefined {
  let latest = result.assessedAt === null ? undefined : parseInstant(result.assessedAt);
  for (const event of result.history) {
    const at = parseInstant(event.at);
    if (at !== undefined && (latest === undefined || at > latest)) latest = at;
  }
  return latest;
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
 * - a final level below the *computed* level is refused unless the policy's
 *   `judgement.lowering` is `allowed-with-rationale`;
 * - a referral to MARAC on judgement is possible at any count;
 * - the judgement may not be dated before the assessment or an earlier judgement.
 *
 * @param result - the result to judge (from {@link score} or an earlier judgement)
 * @param judgement - the practitioner's decision
 * @param policy - the scoring policy the result was produced under
 * @returns a new frozen result
 * @throws {@link DaRiskError} `policy-mismatch`, `invalid-input` (blank rationale, bad date, out of order), `judgement-refused` (lowering not allowed)
 *
 * @example
 * ```ts
 * const judged = judge(result, { level: 'high', rationale: 'Strangulation disclosed.', by: 'idva-12', at: '2025-03-01T10:15:00Z', referToMarac: true }, commonLocalBands);
 * judged.computed?.level; // 'standard'
 * judged.final; // { level: 'high', basis: 'judgement' }
 * judged.history[0]!.action; // 'raised'
 * ```
 * @since 0.1.0
 */
export function judge(result: AssessmentResult, judgement: Judgement, policy: ScoringPolicy): AssessmentResult {
  if (result.policy.id !== policy.id || result.policy.version !== policy.version) {
    throw daRiskError(
      'policy-mismatch',
      ['policy'],
      'policy-mismatch',
      `the result was produced under scoring policy ${result.policy.id} version ${result.policy.version}, not ${policy.id} version ${policy.version}`,
    );
  }
  if (judgement.rationale.trim() === '') {
    throw daRiskError('invalid-input', ['rationale'], 'required', 'a judgement needs the practitioner\u2019s reasons');
  }
  if (judgement.by.trim() === '') {
    throw daRiskError('invalid-input', ['by'], 'required', 'a judgement needs the id of the practitioner making it');
  }
  const at = parseInstant(judgement.at);
  if (at === undefined) {
    throw daRiskError('invalid-input', ['at'], 'iso-datetime', 'must be an ISO 8601 date-time with an offset, such as 2025-03-01T10:15:00Z');
  }
  const latest = latestRecordedInstant(result);
  if (latest !== undefined && at < latest) {
    throw daRiskError('invalid-input', ['at'], 'not-before-previous', 'is earlier than the assessment or an earlier judgement on it');
  }
  const computed = result.computed?.level ?? null;
  const lowered = computed !== null && compareLevels(judgement.level, computed) < 0;
  if (lowered && policy.judgement.lowering !== 'allowed-with-rationale') {
    throw daRiskError(
      'judgement-refused',
      ['level'],
      'lowering-refused',
      `is below the computed level; scoring policy ${policy.id} version ${policy.version} does not allow judgement to lower a computed level (raise, confirm, or refer on judgement instead)`,
    );
  }
  const from = result.final.level;
  const cmp = from === null ? 1 : compareLevels(judgement.level, from);
  const action: AuditEvent['action'] = cmp > 0 ? 'raised' : cmp < 0 ? 'lowered' : 'confirmed';
  const referToMarac = judgement.referToMarac === true;
  const event: AuditEvent = Object.freeze({
    kind: 'judgement',
    action,
    by: judgement.by,
    at: judgement.at,
    from,
    to: judgement.level,
    computed,
    referToMarac,
    rationale: judgement.rationale,
    policy: Object.freeze({ id: policy.id, version: policy.version }),
    instrument: Object.freeze({ id: result.instrument.id, edition: result.instrument.edition }),
  });
  const change =
    action === 'confirmed'
      ? `confirmed the level ${judgement.level}`
      : from === null
        ? `set the level to ${judgement.level}`
        : `${action} the level from ${from} to ${judgement.level}`;
  const below = lowered
    ? ` This is below the computed level ${computed}, which scoring policy ${policy.id} version ${policy.version} allows with a rationale.`
    : '';
  const referral = referToMarac ? ' and referred to MARAC on professional judgement' : '';
  const reason = `Professional judgement by ${judgement.by} at ${judgement.at} ${change}${referral}; the rationale is recorded in the history.${below}`;
  return Object.freeze({
    ...result,
    final: Object.freeze({ level: judgement.level, basis: 'judgement' as const }),
    judgement: Object.freeze({
      status: 'recorded' as const,
      prompt: `Judgement recorded: final level ${judgement.level}${referral}. Review it at every reassessment trigger.`,
    }),
    judgementReferral: referToMarac
      ? Object.freeze({ by: judgement.by, at: judgement.at, rationale: judgement.rationale })
      : result.judgementReferral,
    reasons: Object.freeze([...result.reasons, reason]),
    history: Object.freeze([...result.history, event]),
  });
}
