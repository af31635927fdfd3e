/**
 * Case rules from outside data: a validated case record, then the rules
 * over it. Every function takes a record from `parseCase`, or outside data
 * it validates itself, and a policy made with a `define*` function or shipped.
 *
 * @module
 */
import { assessmentStatus as assessmentStatusCore, type IncidentAssessmentStatus } from '../core/case/assessment-status.js';
import { compareAssessments as compareCore, type AssessmentComparison } from '../core/case/compare.js';
import { dueReassessments as dueCore, type DueReassessments } from '../core/case/due.js';
import { interventionLevel as interventionCore, type InterventionLevel } from '../core/case/intervention.js';
import { caseEpisode as episodeCore } from '../core/case/episode.js';
import { isParsedRecord, markParsed } from '../core/case/timeline.js';
import { samePersonKey } from '../model/text.js';
import { caseMaracCheck as maracCore } from '../core/case/case-marac-check.js';
import { managementInformation as miCore, type ManagementInformation, type MiOptions } from '../core/case/mi.js';
import { maracReferralTrusted, type MaracReferralPayload, type ReferralOptions } from '../core/case/referral.js';
import { reviewDeadlines as reviewsCore, type ReviewDeadline } from '../core/case/review-deadlines.js';
import { checkSafetyPlan as safetyCore, type SafetyPlanCheck } from '../core/case/safety-plan.js';
import { DaRiskError, daRiskError, type DaRiskIssue } from '../errors/error.js';
import type { CaseRecord } from '../model/case.js';
import { incidentTypes } from '../model/case.js';
import type { AssessmentRequiredPolicy, InterventionPolicy, ReassessmentPolicy, ReviewDeadlinePolicy } from '../model/case-policy.js';
import type { DaraResult } from '../model/dara.js';
import { deepFreeze } from '../common/deep-freeze.js';
import type { MaracDecision } from '../model/marac.js';
import type { MaracPolicy } from '../model/policy.js';
import type { AssessmentResult } from '../model/result.js';
import { safelivesPlusLibraryDefaultsMarac } from '../policies/marac/safelives-marac.js';
import { episodeDefaults } from '../policies/case/case-policies.js';
import type { CaseEpisode, EpisodePolicy } from '../model/episode.js';
import { caseRecordSchema, maracDecisionSchema } from '../validate/case-schema.js';
import { parse } from '../validate/parse.js';
import { isoDateTime } from '../validate/primitives.js';
import { referralOptionsSchema } from '../validate/referral-schema.js';
import { validateAssessmentInput } from './assess.js';
import { defaultRegistry } from './default-registry.js';
import {
  defineAssessmentRequiredPolicy,
  defineEpisodePolicy,
  defineInterventionPolicy,
  defineReassessmentPolicy,
  defineRepeatDefinition,
  defineReviewDeadlinePolicy,
} from './define-case-policies.js';
import { ensurePolicy } from './define-policy.js';
import { ensureMaracPolicy } from './policies.js';
import { checkRegistry, isRegistry, type InstrumentRegistry } from './registry.js';
import { markRetired } from './retired-policy.js';
import { parseStoredResult, storedResultOptions, type StoredResultOptions } from './stored-result.js';
import type { Validated } from './validated.js';
import type { OutsideInput } from './outside-input.js';
import type { AssessmentInput } from '../model/assessment.js';
import { limits } from '../model/limits.js';
import { readOutside } from './read-outside.js';
import { ISO_DATETIME_RULE, parseInstant, readInstant } from '../common/instant.js';

/** A record {@link parseCase} returned: validated and frozen already. */
const isParsed = isParsedRecord;

/**
 * Validates a case record from outside data (a case system's JSON): dates,
 * event types, agencies, every stored result by its kind — its shape and its
 * meaning (a result whose count, levels, flags or history disagree with its
 * own answers is refused) — incidents of abuse with their crime status and
 * the agencies told, unique assessment ids, reviews that name a known
 * assessment, decisions not to refer and closures. Returns a deep-frozen copy
 * that every case function accepts without validating again.
 *
 * Results made under an edition or policy that is not shipped need them
 * passed in `options`; parse such a record here first, then give the parsed
 * record to the case functions.
 *
 * @param input - outside data in the {@link CaseRecord} shape (typed as one for a caller whose value has a type, anything when it is `unknown` or `any`: see {@link OutsideInput}; checked at run time either way)
 * @param options - where the results' editions and policies are looked up, when not shipped
 * @returns the frozen record
 * @throws {@link DaRiskError} `invalid-input`, naming each field and rule; `inconsistent-result`, `unknown-policy`, `unknown-edition` for a stored result
 *
 * @example
 * ```ts
 * const record = parseCase(JSON.parse(body));
 * dueReassessments(record, now, reassessmentDefaults);
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function parseCase<T>(input: OutsideInput<T, CaseRecord>, options?: StoredResultOptions): CaseRecord {
  if (isParsed(input)) return input;
  const read = storedResultOptions(options);
  const value = parse(caseRecordSchema, input);
  const issues: DaRiskIssue[] = [];
  const ids = new Set<string>();
  const assessments = value.assessments.map((assessment, index) => {
    if (ids.has(assessment.id)) issues.push({ path: ['assessments', index, 'id'], rule: 'duplicate-id', message: 'is used for more than one assessment' });
    ids.add(assessment.id);
    const result = parseStoredResult(assessment.result, 'any', ['assessments', index, 'result'], read);
    // The case's date and id for an assessment must be the stored result's own, where it has them:
    // an edited date could move a high assessment out of the episode.
    if (result.assessedAt !== null && parseInstant(result.assessedAt) !== parseInstant(assessment.date)) {
      issues.push({ path: ['assessments', index, 'date'], rule: 'date-mismatch', message: 'is not the time the stored result records' });
    }
    if (result.assessmentId !== null && result.assessmentId !== assessment.id) {
      issues.push({ path: ['assessments', index, 'id'], rule: 'id-mismatch', message: 'is not the id the stored result records' });
    }
    return { ...assessment, result };
  });
  value.events.forEach((event, index) => {
    const incident = incidentTypes.includes(event.type as never);
    if (incident) {
      if (event.crime === undefined) {
        issues.push({ path: ['events', index, 'crime'], rule: 'required', message: 'an incident of abuse must say whether it would be a crime (true, false or unknown)' });
      }
      if (event.reportedTo === undefined) {
        issues.push({ path: ['events', index, 'reportedTo'], rule: 'required', message: 'an incident must say which agencies it was reported to' });
      }
    } else {
      if (event.crime !== undefined) issues.push({ path: ['events', index, 'crime'], rule: 'incident-only', message: 'is recorded only for incidents' });
      if (event.reportedTo !== undefined) issues.push({ path: ['events', index, 'reportedTo'], rule: 'incident-only', message: 'is recorded only for incidents' });
      if (event.perpetrators !== undefined) issues.push({ path: ['events', index, 'perpetrators'], rule: 'incident-only', message: 'is recorded only for incidents' });
    }
  });
  value.reviews.forEach((review, index) => {
    if (!ids.has(review.assessmentId)) {
      issues.push({ path: ['reviews', index, 'assessmentId'], rule: 'unknown-assessment', message: 'names no assessment of this case' });
    }
  });
  (value.decisionsNotToRefer ?? []).forEach((decision, index) => {
    if (decision.authorisedBy !== undefined && samePersonKey(decision.authorisedBy) === samePersonKey(decision.by)) {
      issues.push({ path: ['decisionsNotToRefer', index, 'authorisedBy'], rule: 'authoriser-not-independent', message: 'must name a person other than the practitioner deciding' });
    }
    decision.assessmentIds.forEach((id, position) => {
      if (!ids.has(id)) {
        issues.push({ path: ['decisionsNotToRefer', index, 'assessmentIds', position], rule: 'unknown-assessment', message: 'names no assessment of this case' });
      }
    });
  });
  if (issues.length > 0) throw new DaRiskError('invalid-input', issues);
  // Results are already frozen (validated copies or trusted results): freeze the rest without walking them again.
  const frozenAssessments = Object.freeze(assessments.map((assessment) => Object.freeze(assessment)));
  const record: CaseRecord = Object.freeze({ ...deepFreeze({ ...value, assessments: [] }), assessments: frozenAssessments });
  markParsed(record);
  return record;
}

/**
 * Validates a case record without throwing.
 *
 * @param input - outside data
 * @param options - where the results' editions and policies are looked up, when not shipped
 * @returns the frozen record, or the error
 *
 * @example
 * ```ts
 * const checked = validateCase(body);
 * if (!checked.ok) return respond(400, checked.error.issues);
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function validateCase(input: unknown, options?: StoredResultOptions): Validated<CaseRecord> {
  try {
    return Object.freeze({ ok: true, value: parseCase(input, options) });
  } catch (error) {
    if (error instanceof DaRiskError) return Object.freeze({ ok: false, error });
    throw error;
  }
}

/** `now` must be text; the rule that reads it (`readInstant`) parses it once and names the field if it is not a date-time. */
function checkNow(now: unknown): string {
  if (typeof now !== 'string') throw daRiskError('invalid-input', ['now'], 'iso-datetime', ISO_DATETIME_RULE);
  return now;
}

/**
 * The current episode of a case: every assessment, of every instrument, since
 * the last recorded closure and within the policy window (London calendar
 * dates, both ends inclusive); the assessment that governs (the highest final
 * level) and why; `level-dropped` and `high-not-referred` flags. Every case
 * check carries it, so each says which assessment governs.
 *
 * @param record - a case (from {@link parseCase}, or outside data to validate: a {@link CaseRecord} for a caller whose value has a type, anything when it is `unknown` or `any`; see {@link OutsideInput})
 * @param now - the moment of the check
 * @param episode - the episode policy (default {@link episodeDefaults})
 * @returns the frozen episode
 * @throws {@link DaRiskError} `invalid-input`, `invalid-definition`
 *
 * @example
 * ```ts
 * const episode = caseEpisode(record, '2025-03-11T09:00:00Z');
 * episode.governing?.assessmentId; // 'dash-1': the DASH at 15, not the later DARA graded standard
 * episode.flags.map((flag) => flag.id); // ['high-not-referred', 'level-dropped']
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function caseEpisode<T>(record: OutsideInput<T, CaseRecord>, now: string, episode: EpisodePolicy = episodeDefaults): CaseEpisode {
  episode = ensurePolicy(episode, defineEpisodePolicy, 'episode');
  return episodeCore(parseCase(record), checkNow(now), episode);
}

/**
 * The reassessments a case needs at `now`: every trigger event no risk
 * reassessment has answered since it opened, and the periodic review by the
 * level that governs the episode (never only the latest assessment's), each
 * with its due date (a London date for day and month timings), status, the
 * basis of its rule and timing, and the policy.
 *
 * @param record - a case (from {@link parseCase}, or outside data to validate: a {@link CaseRecord} for a caller whose value has a type, anything when it is `unknown` or `any`; see {@link OutsideInput})
 * @param now - the moment of the check
 * @param policy - the reassessment policy
 * @param episode - the episode policy (default {@link episodeDefaults})
 * @returns due, overdue and upcoming reassessments with reasons, and the episode read
 * @throws {@link DaRiskError} `invalid-input`, `invalid-definition`
 *
 * @example
 * ```ts
 * const answer = dueReassessments(record, '2025-06-01T09:00:00Z', reassessmentDefaults);
 * answer.due[0]; // { trigger: 'released-from-custody', status: 'overdue', basis: 'national-guidance', timingBasis: 'library-default', … }
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function dueReassessments<T>(record: OutsideInput<T, CaseRecord>, now: string, policy: ReassessmentPolicy, episode: EpisodePolicy = episodeDefaults): DueReassessments {
  policy = ensurePolicy(policy, defineReassessmentPolicy, 'reassessment');
  episode = ensurePolicy(episode, defineEpisodePolicy, 'episode');
  return dueCore(parseCase(record), checkNow(now), policy, episode);
}

/**
 * For each incident of a case, whether an assessment was required under the
 * policy and whether one is on record, not yet on record, or overdue.
 *
 * @param record - a case (from {@link parseCase}, or outside data to validate: a {@link CaseRecord} for a caller whose value has a type, anything when it is `unknown` or `any`; see {@link OutsideInput})
 * @param now - the moment of the check
 * @param policy - `everyIncident` (default rule) or `crimeOrRecentHistory` (historical), or an area's own
 * @returns one status per incident
 * @throws {@link DaRiskError} `invalid-input`, `invalid-definition`
 *
 * @example
 * ```ts
 * assessmentStatus(record, now, everyIncident).filter((s) => s.status === 'assessment-overdue');
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function assessmentStatus<T>(record: OutsideInput<T, CaseRecord>, now: string, policy: AssessmentRequiredPolicy): readonly IncidentAssessmentStatus[] {
  policy = ensurePolicy(policy, defineAssessmentRequiredPolicy, 'assessment-required');
  return assessmentStatusCore(parseCase(record), checkNow(now), policy);
}

/**
 * Supervisor-review and referral-unit deadlines of a case: due, met, or
 * breached, with how late.
 *
 * @param record - a case (from {@link parseCase}, or outside data to validate: a {@link CaseRecord} for a caller whose value has a type, anything when it is `unknown` or `any`; see {@link OutsideInput})
 * @param now - the moment of the check
 * @param policy - the review-deadline policy
 * @returns the deadlines
 * @throws {@link DaRiskError} `invalid-input`, `invalid-definition`
 *
 * @example
 * ```ts
 * reviewDeadlines(record, now, cambridgeshireReviewDeadlines).map((d) => [d.kind, d.status, d.lateByHours]);
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function reviewDeadlines<T>(record: OutsideInput<T, CaseRecord>, now: string, policy: ReviewDeadlinePolicy): readonly ReviewDeadline[] {
  policy = ensurePolicy(policy, defineReviewDeadlinePolicy, 'review-deadlines');
  return reviewsCore(parseCase(record), checkNow(now), policy);
}

/**
 * The MARAC check over a case's own history: every DASH and DARA assessment
 * of the current episode (a count at the threshold, a DARA grade meeting the
 * route, a judgement referral or a high level set by judgement stays a reason
 * to refer until a MARAC referral or a recorded decision not to refer follows
 * it; a later, lower assessment never cancels it), every incident of abuse
 * and previous referral (repeat and escalation by the one MARAC check), and
 * the victim's age (16 and 17: MARAC and a required children's safeguarding
 * referral). The decision carries the episode it read.
 *
 * @param record - a case (from {@link parseCase}, or outside data to validate: a {@link CaseRecord} for a caller whose value has a type, anything when it is `unknown` or `any`; see {@link OutsideInput})
 * @param now - the moment of the check
 * @param policy - the MARAC policy (default {@link safelivesPlusLibraryDefaultsMarac}: SafeLives' routes plus three labelled da-risk defaults)
 * @param episode - the episode policy (default {@link episodeDefaults})
 * @returns the decision
 * @throws {@link DaRiskError} `invalid-input`, `invalid-definition`
 *
 * @example
 * ```ts
 * caseMaracCheck(record, now).routesMet; // ['visible-high-risk'] — the DASH at 15 on 1 March, never referred, although a DARA on 10 March was graded standard
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export function caseMaracCheck<T>(record: OutsideInput<T, CaseRecord>, now: string, policy: MaracPolicy = safelivesPlusLibraryDefaultsMarac, episode: EpisodePolicy = episodeDefaults): MaracDecision {
  policy = ensureMaracPolicy(policy);
  episode = ensurePolicy(episode, defineEpisodePolicy, 'episode');
  return markRetired(maracCore(parseCase(record), checkNow(now), policy, episode), policy);
}

/**
 * Compares two stored assessments of the same case: new yes answers,
 * resolved, unchanged, no longer known, count and level change, and which new
 * answers are also reassessment triggers.
 *
 * Both results are checked for meaning before they are compared (see
 * `applyJudgement`).
 *
 * @param earlier - the earlier stored result (DASH or DARA: an {@link AssessmentResult} or {@link DaraResult} for a caller whose value has a type, anything when it is `unknown` or `any`; see {@link OutsideInput})
 * @param later - the later stored result (typed the same way)
 * @param policy - the reassessment policy (its item triggers)
 * @param options - where the results' editions and policies are looked up, when not shipped
 * @returns the comparison
 * @throws {@link DaRiskError} `invalid-input`, `invalid-definition`, `inconsistent-result`, `unknown-policy`
 *
 * @example
 * ```ts
 * compareAssessments(first, review, reassessmentDefaults).triggers; // [{ item: 'separation', trigger: 'separation' }]
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function compareAssessments<E, L>(
  earlier: OutsideInput<E, AssessmentResult | DaraResult>,
  later: OutsideInput<L, AssessmentResult | DaraResult>,
  policy: ReassessmentPolicy,
  options?: StoredResultOptions,
): AssessmentComparison {
  policy = ensurePolicy(policy, defineReassessmentPolicy, 'reassessment');
  const read = storedResultOptions(options);
  const a = parseStoredResult(earlier, 'any', ['earlier'], read);
  const b = parseStoredResult(later, 'any', ['later'], read);
  if (a.kind === 'rim' || b.kind === 'rim') {
    throw daRiskError('invalid-input', [a.kind === 'rim' ? 'earlier' : 'later'], 'not-comparable', 'RIM results are compared child by child, not here');
  }
  return compareCore(a as AssessmentResult | DaraResult, b as AssessmentResult | DaraResult, policy);
}

/**
 * Builds a MARAC referral from a stored assessment (its input and result)
 * and the MARAC decision, so nothing is typed twice. The stored result is
 * checked for meaning, and must be the one the input gives. With `minimise`,
 * the comments on answers are dropped; the professional-judgement rationales
 * and the reason and evidence of every route met are always kept.
 *
 * @param stored - `{ input, result }` as stored: an {@link AssessmentInput} and the {@link AssessmentResult} made from it (each typed as that shape for a caller whose value has a type, anything when it is `unknown` or `any`; see {@link OutsideInput})
 * @param decision - the {@link MaracDecision} (outcome `refer-to-marac`; typed the same way)
 * @param options - referral id, time, referrer, agency, minimise
 * @param read - where the edition and policies are looked up: a registry (default {@link defaultRegistry}), or stored-result options
 * @returns the payload
 * @throws {@link DaRiskError} `invalid-input` (including parts that do not belong together), `inconsistent-result`, `unknown-policy`
 *
 * @example
 * ```ts
 * const payload = maracReferral({ input, result: judged }, decision, { referredAt: now, referredBy: 'idva-0042', agency: 'idva', minimise: true });
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export function maracReferral<I, R, D>(
  stored: { readonly input: OutsideInput<I, AssessmentInput>; readonly result: OutsideInput<R, AssessmentResult> },
  decision: OutsideInput<D, MaracDecision>,
  options: ReferralOptions,
  read: InstrumentRegistry | StoredResultOptions = defaultRegistry,
): MaracReferralPayload {
  if (stored === null || typeof stored !== 'object') throw daRiskError('invalid-input', ['stored'], 'type', 'must be an object with input and result');
  // Each part read once, before any check: a getter that throws (whatever it throws) is refused as unreadable.
  const { input, result: storedResult } = readOutside('invalid-input', ['stored'], () => ({ input: stored.input, result: stored.result }));
  // A registry the library did not make is refused, never mistaken for options and replaced by the default.
  const lookalike = !isRegistry(read) && readOutside('invalid-input', ['read'], () => read !== null && typeof read === 'object' && 'get' in read);
  const readOptions = isRegistry(read) ? { registry: read } : lookalike ? { registry: checkRegistry(read, ['read']) } : storedResultOptions(read, ['read']);
  const registry = readOptions.registry ?? defaultRegistry;
  const checked = validateAssessmentInput(input, registry);
  if (!checked.ok) throw new DaRiskError('invalid-input', checked.error.issues.map((issue) => ({ ...issue, path: ['stored', 'input', ...issue.path] })));
  const result = parseStoredResult(storedResult, 'any', ['stored', 'result'], readOptions);
  if (result.kind !== 'checklist') throw daRiskError('invalid-input', ['stored', 'result', 'kind'], 'checklist-only', 'a referral payload is built from a DASH result');
  return maracReferralTrusted(
    { instrument: checked.value.instrument, input: checked.value.input, result },
    parse(maracDecisionSchema, decision, 'invalid-input', { prefix: ['decision'] }),
    parse(referralOptionsSchema, options, 'invalid-input', { prefix: ['options'] }),
  );
}

/**
 * Checks a case's safety plan (RARA): a high-risk case with no plan, an
 * empty plan, a plan that only accepts risk, or one older than the latest
 * trigger, is flagged. High risk is read from the level that governs the
 * episode (never only the latest assessment) or a RIM scale 4 in it.
 *
 * @param record - a case (from {@link parseCase}, or outside data to validate: a {@link CaseRecord} for a caller whose value has a type, anything when it is `unknown` or `any`; see {@link OutsideInput})
 * @param now - the moment of the check
 * @param episode - the episode policy (default {@link episodeDefaults})
 * @returns the check
 * @throws {@link DaRiskError} `invalid-input`, `invalid-definition`
 *
 * @example
 * ```ts
 * checkSafetyPlan(record, now).flags;
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function checkSafetyPlan<T>(record: OutsideInput<T, CaseRecord>, now: string, episode: EpisodePolicy = episodeDefaults): SafetyPlanCheck {
  episode = ensurePolicy(episode, defineEpisodePolicy, 'episode');
  return safetyCore(parseCase(record), checkNow(now), episode);
}

/**
 * A case's level of intervention under an area's staged model, read from the
 * level that governs the episode (never only the latest assessment), a RIM
 * scale and a MARAC referral in the episode.
 *
 * @param record - a case (from {@link parseCase}, or outside data to validate: a {@link CaseRecord} for a caller whose value has a type, anything when it is `unknown` or `any`; see {@link OutsideInput})
 * @param now - the moment of the check
 * @param policy - the intervention policy
 * @param episode - the episode policy (default {@link episodeDefaults})
 * @returns the level, or null when nothing places the case
 * @throws {@link DaRiskError} `invalid-input`, `invalid-definition`
 *
 * @example
 * ```ts
 * interventionLevel(record, now, cambridgeshireInterventionLevels)?.title; // 'Intensive response'
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function interventionLevel<T>(
  record: OutsideInput<T, CaseRecord>,
  now: string,
  policy: InterventionPolicy,
  episode: EpisodePolicy = episodeDefaults,
): InterventionLevel | null {
  policy = ensurePolicy(policy, defineInterventionPolicy, 'intervention-levels');
  episode = ensurePolicy(episode, defineEpisodePolicy, 'episode');
  return interventionCore(parseCase(record), checkNow(now), policy, episode);
}

/**
 * Management information over many cases for a period: MARAC referrals and
 * repeats, referrals from agencies other than the police, risk levels,
 * assessment completion, regrading, judgements by direction, reassessments on
 * time — each with its unit and the definitions used.
 *
 * @param records - the cases (each from {@link parseCase}, or outside data), at most `limits.cases`
 * @param options - period, `now`, the repeat definition and the policies
 * @returns the report
 * @throws {@link DaRiskError} `invalid-input` (including `too-many` cases, and `unreadable` for a getter or Proxy that throws), `invalid-definition`
 *
 * @example
 * ```ts
 * managementInformation(cases, { from, to, now, repeat: safelivesRepeat, reassessment: reassessmentDefaults, assessmentRequired: everyIncident }).marac;
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export function managementInformation<T>(records: readonly OutsideInput<T, CaseRecord>[], options: MiOptions): ManagementInformation {
  // The caller's array and options are read once, here, before any check: a getter or Proxy that throws is
  // refused as unreadable, and no array longer than the limit is walked.
  const cases = readOutside('invalid-input', ['records'], () => (Array.isArray(records) ? records.length : -1));
  if (cases < 0) throw daRiskError('invalid-input', ['records'], 'type', 'must be an array of cases');
  if (cases > limits.cases) throw daRiskError('invalid-input', ['records'], 'too-many', `must have at most ${limits.cases} cases`);
  const given = readOutside('invalid-input', ['records'], () => Array.from({ length: cases }, (_, index) => records[index]));
  if (options === null || typeof options !== 'object') throw daRiskError('invalid-input', ['options'], 'type', 'must be an object');
  const read = readOutside('invalid-input', ['options'], () => ({
    from: options.from,
    to: options.to,
    now: options.now,
    repeat: options.repeat,
    reassessment: options.reassessment,
    assessmentRequired: options.assessmentRequired,
  }));
  const checkedOptions: MiOptions = {
    ...read,
    repeat: ensurePolicy(read.repeat, defineRepeatDefinition, 'repeat-definition'),
    reassessment: ensurePolicy(read.reassessment, defineReassessmentPolicy, 'reassessment'),
    assessmentRequired: ensurePolicy(read.assessmentRequired, defineAssessmentRequiredPolicy, 'assessment-required'),
  };
  // A report reads every record: `now` is read in full first, so a malformed one is refused before any record is.
  readInstant(checkNow(read.now), ['now']);
  for (const [key, value] of [['from', read.from], ['to', read.to]] as const) {
    parse(isoDateTime, value, 'invalid-input', { prefix: ['options', key] });
  }
  const parsed = given.map((record, index) => {
    try {
      return parseCase<unknown>(record);
    } catch (error) {
      if (error instanceof DaRiskError) throw new DaRiskError(error.code, error.issues.map((issue) => ({ ...issue, path: ['records', index, ...issue.path] })));
      throw error;
    }
  });
  return miCore(parsed, checkedOptions);
}

