/**
 * Scoring: from answers to count, tally, completeness, computed level, red
 * flags, screen prompts and notices, each with its reason. Pure, no zod: the
 * input is trusted to have the assessment input's shape (validate outside
 * data with `assess`), but an unknown item id, a value the item does not
 * allow, a different edition or a policy that does not cover the instrument
 * is still refused here, so no answer is ever silently dropped.
 *
 * The hot path reads each answer once (by `for…in`, see `readAnswers`),
 * groups the items in one pass, and takes what depends only on the edition,
 * the policy and small counts (bands, reasons, each rule's flag) from the
 * plan's bounded stores; see `plan.ts` and the benchmark section of the README.
 *
 * @module
 */
import { daRiskError } from '../errors/error.js';
import type { AssessmentInput } from '../model/assessment.js';
import { EMPTY } from '../common/deep-freeze.js';
import type { Instrument } from '../model/instrument.js';
import type { ScoringPolicy } from '../model/policy.js';
import type { AssessmentResult, Completeness, ComputedLevel, FinalLevel, JudgementStep, RedFlag } from '../model/result.js';
import { RESULT_FORMAT_VERSION } from '../model/result.js';
import { limits } from '../model/limits.js';
import { flagLine, MAX_KEPT_COUNTS, planFor, raisedFlags, raisedPrompts, type ScoringPlan } from './plan.js';
import { checkEdition, DECLINED, DONT_KNOW, NO, readAnswers, UNANSWERED, YES } from './read-answers.js';
import { plural } from '../common/plural.js';

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
  checkScoring(instrument, policy);
}

/**
 * Refuses an edition that is not scored by counting answers, and a policy
 * without bands for the instrument (the checks of {@link assessTrusted} after
 * the edition check, in its order).
 *
 * @internal
 */
export function checkScoring(instrument: Instrument, policy: ScoringPolicy): void {
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

function computedLevel(plan: ScoringPlan, count: number): ComputedLevel {
  const kept = plan.computedByCount[count];
  if (kept !== undefined) return kept;
  const bands = plan.policy.bands;
  let b = 0;
  while (b + 1 < bands.length && count >= bands[b + 1]!.min) b++;
  const band = bands[b]!;
  const max = b + 1 < bands.length ? bands[b + 1]!.min - 1 : null;
  const range = max === null ? `${band.min} or more` : `${band.min}\u2013${max}`;
  const computed: ComputedLevel = Object.freeze({
    level: band.level,
    band: Object.freeze({ min: band.min, max }),
    reason: `Computed level ${band.level}: a count of ${count} is in the band ${range} of scoring policy ${plan.policy.id} version ${plan.policy.version}.`,
  });
  plan.computedByCount[count] = computed;
  return computed;
}

function countReason(plan: ScoringPlan, count: number): string {
  let reason = plan.countReasons[count];
  if (reason === undefined) {
    reason = `${count} of ${plural(plan.countOutOf, 'counting question')} answered yes. Only yes adds to the count.`;
    plan.countReasons[count] = reason;
  }
  return reason;
}

/** Keeps a value built from small counts, up to {@link MAX_KEPT_COUNTS} entries per store. */
function keep<T>(store: Map<number, T>, key: number, value: T): T {
  if (store.size < MAX_KEPT_COUNTS) store.set(key, value);
  return value;
}

/**
 * The base of the small-count keys below: every count (don't know, declined,
 * unanswered, known) is at most the number of items, which `limits.items`
 * bounds for every edition the library reads, so a key built in this base
 * names one set of counts. Five digits in this base must stay below 2^53 (a
 * test holds this if `limits.items` is ever raised).
 *
 * @internal
 */
export const COUNT_KEY_BASE = limits.items + 1;

function completenessOf(plan: ScoringPlan, known: number, soft: number, unanswered: number): Completeness {
  // Stryker disable next-line ArithmeticOperator: every digit is below the base, so a key built with - in place of + is still one-to-one; no input can tell the keys apart
  const key = (known * COUNT_KEY_BASE + soft) * COUNT_KEY_BASE + unanswered;
  const kept = plan.completeness.get(key);
  if (kept !== undefined) return kept;
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
  return keep(plan.completeness, key, Object.freeze({ status, known, unknown: soft + unanswered, total: plan.n, maxUnknown, reason }));
}

function unknownReason(plan: ScoringPlan, dontKnow: number, declined: number, unanswered: number): string {
  // Stryker disable next-line ArithmeticOperator: every digit is below the base, so a key built with - in place of + is still one-to-one; no input can tell the keys apart
  const key = (dontKnow * COUNT_KEY_BASE + declined) * COUNT_KEY_BASE + unanswered;
  const kept = plan.unknownReasons.get(key);
  if (kept !== undefined) return kept;
  return keep(
    plan.unknownReasons,
    key,
    `Don't know: ${dontKnow}; declined: ${declined}; unanswered: ${unanswered}. None of these is counted as yes or treated as no.`,
  );
}

/**
 * The flag raised when unknown answers on counting questions could still lift
 * the count into the top band, or null. Its title and reason depend only on
 * the policy and two small counts, so they are kept (bounded); its items are
 * the caller's unknown counting items, in form order within each kind.
 */
function unknownsFlag(
  plan: ScoringPlan,
  count: number,
  unknown: number,
  dontKnow: readonly string[],
  declined: readonly string[],
  unanswered: readonly string[],
): RedFlag | null {
  const bands = plan.policy.bands;
  const top = bands[bands.length - 1]!;
  if (count >= top.min || count + unknown < top.min) return null;
  // Stryker disable next-line ArithmeticOperator: both digits are below the base, so a key built with - in place of + is still one-to-one; no input can tell the keys apart
  const key = count * COUNT_KEY_BASE + unknown;
  let reason = plan.unknownsReasons.get(key);
  if (reason === undefined) {
    reason = keep(
      plan.unknownsReasons,
      key,
      `${plural(unknown, 'question')} ${unknown === 1 ? 'is' : 'are'} don't know, declined or unanswered; if ${top.min - count} of them were yes the count would reach ${top.min} (${top.level}). Ask again where it is safe to, and apply judgement: an unknown is not a no.`,
    );
  }
  let items = dontKnow.concat(declined, unanswered);
  if (plan.countOutOf !== plan.n) {
    const counting = plan.countingIds;
    items = items.filter((id) => counting.has(id));
  }
  return Object.freeze({ id: 'unknowns-could-reach-threshold', title: plan.unknownsTitle, items: Object.freeze(items), reason });
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
  return scoreCodes(plan, input.id, input.assessedAt, readAnswers(instrument, input.answers));
}

/**
 * Scores answers already read into codes (see `readAnswers`) for an input
 * already checked against the edition and policy of `plan`: the part of
 * {@link assessTrusted} after reading, shared with the validating `assess`,
 * which reads and checks the answers in one pass.
 *
 * @internal
 */
export function scoreCodes(plan: ScoringPlan, assessmentId: string | undefined, assessedAt: string | undefined, codes: Uint8Array): AssessmentResult {
  const n = plan.n;
  const ids = plan.ids;
  const counts = plan.counts;

  // Group item ids in form order, in one pass.
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
        if (counts[i]) count++;
        break;
      case NO:
        no.push(ids[i]!);
        break;
      case DONT_KNOW:
        dontKnow.push(ids[i]!);
        if (counts[i]) countingUnknown++;
        break;
      case DECLINED:
        declined.push(ids[i]!);
        if (counts[i]) countingUnknown++;
        break;
      case UNANSWERED:
        unanswered.push(ids[i]!);
        if (counts[i]) countingUnknown++;
        break;
    }
  }
  const soft = dontKnow.length + declined.length;
  const unknown = soft + unanswered.length;

  const reasons: string[] = [countReason(plan, count)];
  if (unknown > 0) reasons.push(unknownReason(plan, dontKnow.length, declined.length, unanswered.length));

  const flags: RedFlag[] = [];
  let computed: ComputedLevel | null = null;
  const yesCount = plan.instrument.scoring === 'yes-count';
  if (yesCount) {
    computed = computedLevel(plan, count);
    reasons.push(computed.reason);
    const extra = unknownsFlag(plan, count, countingUnknown, dontKnow, declined, unanswered);
    if (extra !== null) {
      flags.push(extra);
      reasons.push(flagLine(extra));
    }
  } else {
    reasons.push(plan.countOnlyLine);
  }
  raisedFlags(plan, codes, flags, reasons);
  const prompts = raisedPrompts(plan, codes);
  for (let p = 0; p < prompts.length; p++) reasons.push(prompts[p]!.reason);

  const completeness = completenessOf(plan, yes.length + no.length, soft, unanswered.length);
  reasons.push(completeness.reason);
  const judgement = !yesCount ? PENDING_COUNT_ONLY : flags.length > 0 ? PENDING_FLAGS : PENDING;
  reasons.push(judgement.prompt);
  const notices = plan.notices;
  for (let k = 0; k < notices.length; k++) reasons.push(notices[k]!.message);

  return Object.freeze({
    resultFormat: RESULT_FORMAT_VERSION,
    kind: 'checklist',
    assessmentId: assessmentId ?? null,
    assessedAt: assessedAt ?? null,
    instrument: plan.ref,
    policy: plan.policyRef,
    count,
    countOutOf: plan.countOutOf,
    tally: Object.freeze({ yes: yes.length, no: no.length, dontKnow: dontKnow.length, declined: declined.length, unanswered: unanswered.length }),
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
    flags: flags.length === 0 ? EMPTY : Object.freeze(flags),
    prompts,
    notices,
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
