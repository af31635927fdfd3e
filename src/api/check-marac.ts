/**
 * `checkMarac`: validate a MARAC check's input, then decide.
 *
 * @module
 */
import { checkMaracTrusted } from '../core/marac.js';
import type { MaracCheckInput, MaracDecision, PaperCount } from '../model/marac.js';
import type { Instrument } from '../model/instrument.js';
import { DaRiskError, daRiskError } from '../errors/error.js';
import { checkRegistry, type InstrumentRegistry } from './registry.js';
import { defaultRegistry } from './default-registry.js';
import type { MaracPolicy } from '../model/policy.js';
import { maracCheckInputSchema } from '../validate/marac-check-schema.js';
import { parse } from '../validate/parse.js';
import { familyOf, instrumentFamilies, isFamilyId, type FamilyId } from '../validate/instrument-families.js';
import type { AssessmentResult } from '../model/result.js';
import type { DaraResult } from '../model/dara.js';
import { parseStoredResult, storedResultOptions, type StoredResultOptions } from './stored-result.js';
import { ensureMaracPolicy } from './policies.js';
import type { OutsideInput } from './outside-input.js';
import { markRetired } from './retired-policy.js';
import { safelivesPlusLibraryDefaultsMarac } from '../policies/marac/safelives-marac.js';

/** The kind a MARAC check reads an assessment as: its own, if its family carries a level; otherwise a checklist. */
function levelledKindOf(assessment: unknown): FamilyId {
  const kind = assessment !== null && typeof assessment === 'object' ? (assessment as { kind?: unknown }).kind : undefined;
  return isFamilyId(kind) && instrumentFamilies[kind].hasLevel ? kind : 'checklist';
}

/**
 * A paper count must name a counted checklist the registry knows, and fit it:
 * no more yes answers, and no more yes and unknown answers together, than it
 * has counted questions. It stands in for a result, so not beside one.
 */
function checkPaperCount(paper: PaperCount, withAssessment: boolean, registry: InstrumentRegistry): void {
  const at = ['paperCount'];
  if (withAssessment) {
    throw daRiskError('invalid-input', at, 'one-assessment', 'cannot be given with an assessment result: give the result, or the count from a form the library did not score');
  }
  let instrument: Instrument;
  try {
    instrument = checkRegistry(registry, ['options', 'registry']).get(paper.instrument.id, paper.instrument.edition);
  } catch (error) {
    if (error instanceof DaRiskError) throw new DaRiskError(error.code, error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })));
    throw error;
  }
  if (familyOf(instrument).id !== 'checklist') {
    throw daRiskError('invalid-input', [...at, 'instrument'], 'not-a-checklist', 'names an instrument that is not scored by counting answers: give its result instead');
  }
  const counted = instrument.items.filter((item) => item.counts).length;
  if (paper.count > counted) {
    throw daRiskError('invalid-input', [...at, 'count'], 'too-big', `is more than the ${counted} counted questions of that edition`);
  }
  if (paper.count + paper.unknown > counted) {
    throw daRiskError('invalid-input', [...at, 'unknown'], 'too-big', `with the count, is more than the ${counted} counted questions of that edition`);
  }
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
 * shared abuser where both name them. Without a library result, `paperCount`
 * carries the count read off a completed checklist the library did not score
 * (a paper form): it must name a counted checklist edition in the registry and
 * fit it, and the decision marks the count as coming from it. A stored assessment result is checked
 * for meaning (see `applyJudgement`). For a case with several assessments use
 * `caseMaracCheck`, which reads every assessment of the episode.
 *
 * @param input - the check input: outside data, typed as {@link MaracCheckInput} for a TypeScript caller whose value has a known type (see {@link OutsideInput})
 * @param policy - the MARAC policy (default {@link safelivesPlusLibraryDefaultsMarac}: SafeLives' routes plus three labelled da-risk defaults)
 * @param options - where the assessment's (or paper count's) edition and scoring or DARA policy are looked up, when not shipped
 * @returns the frozen decision
 * @throws {@link DaRiskError} `invalid-input`, `invalid-definition` (a policy not made with `defineMaracPolicy`), `inconsistent-result`, `unknown-policy`, `unknown-instrument` / `unknown-edition` (the edition the assessment or paper count names)
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
 * @category MARAC
 */
export function checkMarac<T>(input: OutsideInput<T, MaracCheckInput>, policy: MaracPolicy = safelivesPlusLibraryDefaultsMarac, options?: StoredResultOptions): MaracDecision {
  const checkedPolicy = ensureMaracPolicy(policy);
  const read = storedResultOptions(options);
  const { assessment, ...rest } = parse(maracCheckInputSchema, input);
  if (rest.paperCount !== undefined) checkPaperCount(rest.paperCount, assessment !== undefined, read.registry ?? defaultRegistry);
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
