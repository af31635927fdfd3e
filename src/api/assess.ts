/**
 * `assess`: validate an assessment from outside, then score it.
 *
 * @module
 */
import { assessTrusted, checkScoring, scoreCodes } from '../core/assess-trusted.js';
import { planFor } from '../core/plan.js';
import { quickReadAssessment } from './assessment-quick-check.js';
import { DaRiskError, daRiskError } from '../errors/error.js';
import type { AssessmentInput } from '../model/assessment.js';
import { deepFreeze } from '../common/deep-freeze.js';
import type { Instrument } from '../model/instrument.js';
import type { ScoringPolicy } from '../model/policy.js';
import type { AssessmentResult } from '../model/result.js';
import { commonLocalBands } from '../policies/scoring/common-local-bands.js';
import { assessmentSchemaFor } from '../validate/assessment-schema.js';
import { tryParse } from '../validate/parse.js';
import { optionIssues } from '../validate/sub-option-rules.js';
import { defaultRegistry } from './default-registry.js';
import { answerKeyWording, namedEdition } from './edition-lookup.js';
import { ensureScoringPolicy } from './policies.js';
import { refuseRetiredForNewWork } from './retired-policy.js';
import { isRegistry, type InstrumentRegistry } from './registry.js';
import { readOptions } from './read-outside.js';
import { trusted } from '../common/trusted.js';
import type { Validated } from './validated.js';
import type { OutsideInput } from './outside-input.js';
import { familyOf } from '../validate/instrument-families.js';

/**
 * Options for {@link assess} and {@link validateAssessmentInput}.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface AssessOptions {
  /** The scoring policy. Default: {@link commonLocalBands}. */
  readonly policy?: ScoringPolicy;
  /** Where editions are looked up. Default: {@link defaultRegistry}. */
  readonly registry?: InstrumentRegistry;
}


/**
 * Validates an assessment input against the edition it names, without
 * scoring it. Unknown item ids, answers an item does not allow, sub-options
 * with anything but `yes`, an unknown instrument or edition, and malformed
 * dates are all errors that name the field; no value is ever echoed.
 *
 * @param input - outside data
 * @param registry - where editions are looked up (default {@link defaultRegistry})
 * @returns the validated input (a fresh, frozen copy) with its edition, or the error
 *
 * @example
 * ```ts
 * const checked = validateAssessmentInput({ instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulaton: { value: 'yes' } } });
 * checked.ok; // false
 * checked.ok || checked.error.issues[0]; // { path: ['answers', 'strangulaton'], rule: 'unknown-item', ... }
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function validateAssessmentInput(
  input: unknown,
  registry: InstrumentRegistry = defaultRegistry,
): Validated<{ readonly instrument: Instrument; readonly input: AssessmentInput }> {
  const checked = checkAssessmentInput(input, registry);
  // A fresh copy, frozen like every other value the library returns.
  return Object.freeze(checked.ok ? { ok: true as const, value: Object.freeze({ instrument: checked.value.instrument, input: deepFreeze(checked.value.input) }) } : checked);
}

/**
 * {@link validateAssessmentInput} without freezing the copy, for callers inside the library that
 * only read it (scoring, replay) or freeze what they build from it: the copy is never returned as is.
 *
 * @internal
 */
export function checkAssessmentInput(input: unknown, registry: InstrumentRegistry): Validated<{ readonly instrument: Instrument; readonly input: AssessmentInput }> {
  const named = namedEdition(input, registry);
  if ('error' in named) return { ok: false, error: named.error };
  const instrument = named.instrument;
  if (familyOf(instrument).id !== 'checklist') {
    return {
      ok: false,
      error: daRiskError(
        'invalid-input',
        ['instrument'],
        'not-a-checklist',
        `names an instrument that is not scored by counting answers; use ${familyOf(instrument).assessWith}`,
      ),
    };
  }
  const parsed = tryParse(assessmentSchemaFor(instrument), input, 'invalid-input', { unknownKey: answerKeyWording(instrument) });
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const issues = optionIssues(instrument, value.answers);
  if (issues.length > 0) return { ok: false, error: new DaRiskError('invalid-input', issues) };
  return { ok: true, value: { instrument, input: value } };
}

/**
 * Validates an assessment from outside and scores it: the main entry for
 * case systems. Returns a frozen, JSON-serialisable result with the count,
 * the tally of every kind of answer (don't know, declined and unanswered kept
 * apart), completeness, the computed level under the policy, red flags,
 * screen prompts, notices (provisional edition, local convention), the
 * pending judgement step and a plain-language reason for every part.
 *
 * @param input - outside data in the {@link AssessmentInput} shape: typed as that shape for a caller whose value has a type, anything when it is `unknown` or `any` (see {@link OutsideInput}); checked at run time either way
 * @param options - policy and registry
 * @returns the frozen result
 * @throws {@link DaRiskError} `invalid-input`, `unknown-instrument`, `unknown-edition`, `policy-not-applicable` (including a superseded version, rule `policy-retired`), `invalid-definition` (a policy not made with `defineScoringPolicy`)
 *
 * @example
 * ```ts
 * const result = assess({
 *   instrument: { id: 'dash-ric', edition: '2009' },
 *   answers: { strangulation: { value: 'yes', source: 'victim' }, 'threats-to-kill': { value: 'dont-know' } },
 * });
 * result.count; // 1
 * result.tally.dontKnow; // 1
 * result.computed?.level; // 'standard'
 * result.flags.map((f) => f.id); // ['strangulation']
 * result.judgement.status; // 'pending'
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function assess<T>(input: OutsideInput<T, AssessmentInput>, options: AssessOptions = {}): AssessmentResult {
  const read = readOptions(options, ['policy', 'registry']);
  const policy = ensureScoringPolicy(read.policy ?? commonLocalBands);
  refuseRetiredForNewWork(policy, ['policy']);
  const registry = read.registry ?? defaultRegistry;
  // The common valid case is read in one pass (api/assessment-quick-check.ts); anything
  // else goes through the full check, which accepts or refuses it and words the error.
  const quick = isRegistry(registry) ? quickReadAssessment(input, registry) : undefined;
  if (quick !== undefined) {
    checkScoring(quick.instrument, policy);
    return trusted(scoreCodes(planFor(quick.instrument, policy), quick.id, quick.assessedAt, quick.codes), policy);
  }
  const checked = checkAssessmentInput(input, registry);
  if (!checked.ok) throw checked.error;
  return trusted(assessTrusted(checked.value.instrument, checked.value.input, policy), policy);
}
