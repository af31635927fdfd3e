// Reference: the 0.1.0 scoring implementation, kept unchanged (not shipped) so that property tests
// can show the faster scorer in src/core gives identical results on arbitrary input (issue 15).
/**
 * Scoring: from answers to count, tally, completeness, computed level, red
 * flags, screen prompts and notices, each with its reason. Pure, no zod: the
 * input is trusted to have the assessment input's shape (validate outside
 * data with `assess`), but an unknown item id, a value the item does not
 * allow, a different edition or a policy that does not cover the instrument
 * is still refused here, so no answer is ever silently dropped.
 *
 * The hot path reads each answer once, builds only what depends on the
 * answers, and takes everything else (bands, reasons, flag objects) from the
 * plan's caches; see `plan.ts`.
 *
 * @module
 */
import { daRiskError } from '../../../src/errors/error.js';
import type { AssessmentInput } from '../../../src/model/assessment.js';
import { EMPTY } from '../../../src/common/deep-freeze.js';
import type { Instrument } from '../../../src/model/instrument.js';
import type { ScoringPolicy } from '../../../src/model/policy.js';
import type {
  AssessmentResult,
  Completeness,
  ComputedLevel,
  FinalLevel,
  JudgementStep,
  RedFlag,
  Tally,
} from '../../../src/model/result.js';
import { RESULT_FORMAT_VERSION } from '../../../src/model/result.js';
import { limits } from '../../../src/model/limits.js';
import {
  CACHE_COMPLETENESS,
  CACHE_COMPUTED,
  CACHE_COUNT_REASON,
  CACHE_TALLY,
  CACHE_UNKNOWN_REASON,
  flagLine,
  flagsFor,
  planFor,
  promptsFor,
  type ScoringPlan,
} from './plan.js';
import { checkEdition, DECLINED, DONT_KNOW, NO, readAnswers, UNANSWERED, YES } from './read-answers.js';
import { plural } from '../../../src/common/plural.js';

const PENDING: JudgementStep = Object.freeze({
  status: 'pending',
  prompt:
    'Professional judgement comes first: the computed level is a starting point, not the decision. Confirm or raise it, or refer to MARAC on judgement, and record the reasons.',
});
const PENDING_FLAGS: JudgementStep = Object.freeze({
  status: 'pending',
  prompt:
    'Professional judgement comes first: red flags are present, so consider raising the level or referring to MARAC on judgement whatever the count. Record the decision and the reasons.',
});
const PENDING_COUNT_ONLY: JudgementStep = Object.freeze({
  status: 'pending',
  prompt: 'This screen computes no level: weigh its answers in the professional judgement on the main assessment and record the reasons.',
});
const FINAL_NONE: FinalLevel = Object.freeze({ level: null, basis: 'computed' });

function checkApplicable(instrument: Instrument, input: AssessmentInput, policy: ScoringPolicy): void {
  checkEdition(instrument, input.instrument);
  if (instrument.scoring !== 'yes-count' && instrument.scoring !== 'count-only') {
    throw daRiskError(
      'invalid-input',
      ['instrument'],
      'not-a-checklist',
      'names an instrument that is not scored by counting answers; use its own function (assessDara or assessRim)',
    );
  }
  if (instrument.scoring === 'yes-count' && !policy.instruments.includes(instrument.id)) {
    throw daRiskError(
      'policy-not-applicable',
      ['policy', 'instruments'],
      'policy-not-applicable',
      'the scoring policy has no bands for this instrument',
    );
  }
}

function cached<T>(plan: ScoringPlan, slot: number, key: number, make: () => T): T {
  const cache = plan.cache[slot]!;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function computedLevel(plan: ScoringPlan, count: number): ComputedLevel {
  return cached(plan, CACHE_COMPUTED, count, () => {
    const bands = plan.policy.bands;
    let b = 0;
    while (b + 1 < bands.length && count >= bands[b + 1]!.min) b++;
    const band = bands[b]!;
    const max = b + 1 < bands.length ? bands[b + 1]!.min - 1 : null;
    const range = max === null ? `${band.min} or more` : `${band.min}\u2013${max}`;
    return Object.freeze({
      level: band.level,
      band: Object.freeze({ min: band.min, max }),
      reason: `Computed level ${band.level}: a count of ${count} is in the band ${range} of scoring policy ${plan.policy.id} version ${plan.policy.version}.`,
    });
  });
}

/**
 * The base of the small-count cache keys below: every count (yes, no, don't know, declined,
 * unanswered, known) is at most the number of items, which `limits.items` bounds for every
 * edition the library reads, so a key built in this base names one set of counts. Five digits
 * in this base must stay below 2^53 (a test holds this if `limits.items` is ever raised).
 *
 * @internal
 */
export const COUNT_KEY_BASE = limits.items + 1;

function completenessOf(plan: ScoringPlan, known: number, soft: number, unanswered: number): Completeness {
  // Stryker disable next-line ArithmeticOperator: every digit is below the base, so a key built with - in place of + is still one-to-one; no input can tell the keys apart
  const key = (known * COUNT_KEY_BASE + soft) * COUNT_KEY_BASE + unanswered;
  return cached(plan, CACHE_COMPLETENESS, key, () => {
    const maxUnknown = plan.policy.completeness.maxUnknown;
    let status: Completeness['status'] = 'complete';
    let reason: string;
    if (unanswered > 0) {
      status = 'incomplete';
      reason = `Incomplete: ${plural(unanswered, 'question')} not answered. An unanswered question is not a no.`;
    } else if (soft > maxUnknown) {
      status = 'incomplete';
      reason = `Incomplete: ${soft} questions answered don't know or declined; the policy allows ${maxUnknown}. The count may understate the risk.`;
    } else {
      reason =
        soft === 0
          ? 'Complete: every question answered yes or no.'
          : `Complete: every question answered; ${soft} don't know or declined (the policy allows ${maxUnknown}).`;
    }
    return Object.freeze({ status, known, unknown: soft + unanswered, total: plan.n, maxUnknown, reason });
  });
}

function tallyOf(plan: ScoringPlan, yes: number, no: number, dontKnow: number, declined: number, unanswered: number): Tally {
  // Stryker disable next-line ArithmeticOperator: every digit is below the base, so a key built with - in place of + is still one-to-one; no input can tell the keys apart
  const key = (((yes * COUNT_KEY_BASE + no) * COUNT_KEY_BASE + dontKnow) * COUNT_KEY_BASE + declined) * COUNT_KEY_BASE + unanswered;
  return cached(plan, CACHE_TALLY, key, () => Object.freeze({ yes, no, dontKnow, declined, unanswered }));
}

function unknownsFlag(plan: ScoringPlan, count: number, unknown: number, items: () => string[]): RedFlag | null {
  const bands = plan.policy.bands;
  const top = bands[bands.length - 1]!;
  if (count >= top.min || count + unknown < top.min) return null;
  return Object.freeze({
    id: 'unknowns-could-reach-threshold',
    title: `Unknown answers could reach ${top.level}`,
    items: Object.freeze(items()),
    reason: `${plural(unknown, 'question')} ${unknown === 1 ? 'is' : 'are'} don't know, declined or unanswered; if ${top.min - count} of them were yes the count would reach ${top.min} (${top.level}). Ask again where it is safe to, and apply judgement: an unknown is not a no.`,
  });
}

function list(items: string[]): readonly string[] {
  return items.length === 0 ? EMPTY : Object.freeze(items);
}

/**
 * Scores an assessment that has already been validated (or was built by
 * trusted code, such as a form generated from the edition). Returns a frozen,
 * JSON-serialisable {@link AssessmentResult}.
 *
 * Only `yes` adds to the count. "Don't know", "declined" and unanswered items
 * are counted apart and never treated as `no`. The computed level comes from
 * the policy's bands; red flags and screen prompts never change it; the
 * judgement step is always shown as pending.
 *
 * `answers` is read as a plain object: every own enumerable key must be an
 * item of the edition.
 *
 * @param instrument - the edition the input names (never substituted)
 * @param input - the assessment, already validated
 * @param policy - the scoring policy
 * @returns the frozen result
 * @throws {@link DaRiskError} `invalid-input` for an unknown item id, a value the item does not allow, or an edition mismatch; `policy-not-applicable` when the policy has no bands for the instrument
 *
 * @example
 * ```ts
 * const result = assessTrusted(dashRic2009, { instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes' } } }, commonLocalBands);
 * result.count; // 1
 * result.computed?.level; // 'standard'
 * result.flags.map((f) => f.id); // ['unknowns-could-reach-threshold', 'strangulation']
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function assessTrusted(instrument: Instrument, input: AssessmentInput, policy: ScoringPolicy): AssessmentResult {
  checkApplicable(instrument, input, policy);
  const plan = planFor(instrument, policy);
  const n = plan.n;
  const ids = plan.ids;

  const codes = readAnswers(instrument, input.answers);

  // Group item ids in form order.
  const yes: string[] = [];
  const no: string[] = [];
  const dontKnow: string[] = [];
  const declined: string[] = [];
  const unanswered: string[] = [];
  let count = 0;
  // Unknown answers on counting questions: only these could still add to the count.
  let countingUnknown = 0;
  for (let i = 0; i < n; i++) {
    switch (codes[i]) {
      case YES:
        yes.push(ids[i]!);
        if (plan.counts[i]) count++;
        break;
      case NO:
        no.push(ids[i]!);
        break;
      case DONT_KNOW:
        dontKnow.push(ids[i]!);
        if (plan.counts[i]) countingUnknown++;
        break;
      case DECLINED:
        declined.push(ids[i]!);
        if (plan.counts[i]) countingUnknown++;
        break;
      case UNANSWERED:
        unanswered.push(ids[i]!);
        if (plan.counts[i]) countingUnknown++;
        break;
    }
  }
  const soft = dontKnow.length + declined.length;
  const unknown = soft + unanswered.length;

  // Pattern of yes answers on the items flags and prompts look at (cache key).
  const watched = plan.watched;
  let pattern = watched.length <= 52 ? 0 : -1;
  // Stryker disable next-line ArithmeticOperator: the pattern is only a cache key; with - or / in place of * and + it is still one-to-one on the yes patterns of at most 52 items (or negative, so not cached), so no input can tell it apart
  if (pattern === 0) for (let k = 0; k < watched.length; k++) pattern = pattern * 2 + (codes[watched[k]!] === YES ? 1 : 0);
  const key = pattern >= 0 ? pattern : Number.NaN;
  const ruleFlags = flagsFor(plan, codes, key);
  const prompts = promptsFor(plan, codes, key);

  const reasons: string[] = [
    cached(plan, CACHE_COUNT_REASON, count, () => `${count} of ${plural(plan.countOutOf, 'counting question')} answered yes. Only yes adds to the count.`),
  ];
  if (unknown > 0) {
    reasons.push(
      cached(
        plan,
        CACHE_UNKNOWN_REASON,
        (dontKnow.length * 1001 + declined.length) * 1001 + unanswered.length,
        () =>
          `Don't know: ${dontKnow.length}; declined: ${declined.length}; unanswered: ${unanswered.length}. None of these is counted as yes or treated as no.`,
      ),
    );
  }

  let computed: ComputedLevel | null = null;
  let flags = ruleFlags.flags;
  if (instrument.scoring === 'yes-count') {
    computed = computedLevel(plan, count);
    reasons.push(computed.reason);
    const extra = unknownsFlag(plan, count, countingUnknown, () => {
      const counting = new Set(ids.filter((_, i) => plan.counts[i]));
      return dontKnow.concat(declined, unanswered).filter((id) => counting.has(id));
    });
    if (extra !== null) {
      const withExtra: RedFlag[] = [extra];
      for (let f = 0; f < ruleFlags.flags.length; f++) withExtra.push(ruleFlags.flags[f]!);
      flags = Object.freeze(withExtra);
      reasons.push(flagLine(extra));
    }
  } else {
    reasons.push(`${instrument.title} computes no level: no cut-off is published. More yes answers mean more risk; the practitioner judges.`);
  }
  for (let f = 0; f < ruleFlags.lines.length; f++) reasons.push(ruleFlags.lines[f]!);
  for (let p = 0; p < prompts.length; p++) reasons.push(prompts[p]!.reason);

  const completeness = completenessOf(plan, yes.length + no.length, soft, unanswered.length);
  reasons.push(completeness.reason);
  const judgement = instrument.scoring === 'count-only' ? PENDING_COUNT_ONLY : flags.length > 0 ? PENDING_FLAGS : PENDING;
  reasons.push(judgement.prompt);
  for (let k = 0; k < plan.notices.length; k++) reasons.push(plan.notices[k]!.message);

  return Object.freeze({
    resultFormat: RESULT_FORMAT_VERSION,
    kind: 'checklist',
    assessmentId: input.id ?? null,
    assessedAt: input.assessedAt ?? null,
    instrument: plan.ref,
    policy: plan.policyRef,
    count,
    countOutOf: plan.countOutOf,
    tally: tallyOf(plan, yes.length, no.length, dontKnow.length, declined.length, unanswered.length),
    items: Object.freeze({
      yes: list(yes),
      no: list(no),
      dontKnow: list(dontKnow),
      declined: list(declined),
      unanswered: list(unanswered),
    }),
    completeness,
    computed,
    final: computed === null ? FINAL_NONE : FINALS[computed.level],
    judgement,
    flags,
    prompts,
    notices: plan.notices,
    judgementReferral: null,
    reasons: Object.freeze(reasons),
    history: EMPTY,
  });
}

const FINALS: Readonly<Record<ComputedLevel['level'], FinalLevel>> = {
  standard: Object.freeze({ level: 'standard', basis: 'computed' }),
  medium: Object.freeze({ level: 'medium', basis: 'computed' }),
  high: Object.freeze({ level: 'high', basis: 'computed' }),
};
