/**
 * `checkMarac`: validate a MARAC check's input, then decide.
 *
 * @module
 */
import { checkMaracTrusted } from '../core/marac.js';
import type { MaracCheckInput, MaracDecision } from '../model/marac.js';
import type { MaracPolicy } from '../model/policy.js';
import { maracCheckInputSchema } from '../validate/marac-check-schema.js';
import { parse } from '../validate/parse.js';
import { instrumentFamilies, isFamilyId, type FamilyId } from '../validate/instrument-families.js';
import type { AssessmentResult } from '../model/result.js';
import type { DaraResult } from '../model/dara.js';
import { parseStoredResult, storedResultOptions, type StoredResultOptions } from './stored-result.js';
import { ensureMaracPolicy } from './policies.js';
import { markRetired } from './retired-policy.js';
import { safelivesPlusLibraryDefaultsMarac } from '../policies/marac/safelives-marac.js';

/** The kind a MARAC check reads an assessment as: its own, if its family carries a level; otherwise a checklist. */
function levelledKindOf(assessment: unknown): FamilyId {
  const kind = assessment !== null && typeof assessment === 'object' ? (assessment as { kind?: unknown }).kind : undefined;
  return isFamilyId(kind) && instrumentFamilies[kind].hasLevel ? kind : 'checklist';
}

/**
 * Checks the MARAC referral routes — the four SafeLives routes (visible high
 * risk, professional judgement, potential escalation, repeat) and, where the
 * policy has it, a DARA grade of high — for one victim at `now`, under a
 * named policy. The assessment may be a DASH result or a DARA result. Validates the input first (dates, agencies,
 * the assessment result if given). Returns a frozen decision: refer or not,
 * every route with met or not, its evidence and reason, the policy used, and
 * for a victim under 16 that the route is children's safeguarding, not MARAC.
 *
 * Events may be any abuse (crime `true`, `false` or `unknown`, reported to
 * any agency) and, like referrals, may name the abuser(s): a repeat needs a
 * shared abuser where both name them. A stored assessment result is checked
 * for meaning (see `applyJudgement`). For a case with several assessments use
 * `caseMaracCheck`, which reads every assessment of the episode.
 *
 * @param input - the check input (outside data)
 * @param policy - the MARAC policy (default {@link safelivesPlusLibraryDefaultsMarac}: SafeLives' routes plus three labelled da-risk defaults)
 * @param options - where the assessment's edition and scoring or DARA policy are looked up, when not shipped
 * @returns the frozen decision
 * @throws {@link DaRiskError} `invalid-input`, `invalid-definition` (a policy not made with `defineMaracPolicy`), `inconsistent-result`, `unknown-policy`
 *
 * @example
 * ```ts
 * const decision = checkMarac({
 *   now: '2025-06-01T12:00:00Z',
 *   victimAge: 34,
 *   assessment: result,
 *   events: [
 *     { date: '2024-08-10T22:00:00Z', reportedTo: ['police'], crime: true },
 *     { date: '2025-01-03T19:30:00Z', reportedTo: ['health'], crime: false },
 *     { date: '2025-05-30T23:15:00Z', reportedTo: ['police'], crime: true },
 *   ],
 * });
 * decision.routesMet; // ['potential-escalation'] (and others if met)
 * ```
 * @since 0.1.0
 */
export function checkMarac(input: unknown, policy: MaracPolicy = safelivesPlusLibraryDefaultsMarac, options?: StoredResultOptions): MaracDecision {
  const checkedPolicy = ensureMaracPolicy(policy);
  const read = storedResultOptions(options);
  const { assessment, ...rest } = parse(maracCheckInputSchema, input);
  const checked: MaracCheckInput =
    assessment === undefined
      ? rest
      : {
          ...rest,
          assessment:
            // A result of a family with a level is read as its own kind; anything else as a checklist (and refused if it is not one).
            parseStoredResult(assessment, levelledKindOf(assessment), ['assessment'], read) as AssessmentResult | DaraResult,
        };
  return markRetired(checkMaracTrusted(checked, checkedPolicy), checkedPolicy);
}
