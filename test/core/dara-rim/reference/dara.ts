// Reference: the 0.1.0 implementation, kept unchanged apart from its imports (not shipped), so that
// property tests can show the faster DARA and RIM paths in src/core give identical results (issue 15).
/**
 * DARA grading: the assessor's grade recorded with its reasons, an indicator
 * summary by theme, and consistency flags for supervisor review. The library
 * never computes or changes a DARA grade: a regrade is a practitioner's
 * judgement through the same mechanism as every other.
 *
 * @module
 */
import { daRiskError } from '../../../../src/errors/error.js';
import { requireSamePolicy } from '../../../../src/core/require-same-policy.js';
import type { ConsistencyFlag, DaraInput, DaraPolicy, DaraResult, ThemeSummary } from '../../../../src/model/dara.js';
import { EMPTY } from '../../../../src/common/deep-freeze.js';
import type { Instrument } from '../../../../src/model/instrument.js';
import type { Judgement } from '../../../../src/model/judgement.js';
import { compareLevels, type RiskLevel } from '../../../../src/model/levels.js';
import { RESULT_FORMAT_VERSION, type Notice, type ScreenPrompt } from '../../../../src/model/result.js';
import { promptPlansOf, screenPrompts, type PromptPlan } from '../../../support/reference-scoring/prompts.js';
import { describeLevel } from '../../../../src/core/apply-judgement-trusted.js';
import { provisionalNotice } from '../../../support/reference-scoring/plan.js';
import { describeBasis, policyBasisNotice } from '../../../../src/core/policy-notice.js';
import { checkEdition, DECLINED, DONT_KNOW, NO, readAnswers, TEXT, UNANSWERED, YES } from '../../../support/reference-scoring/read-answers.js';
import { levelJudgement, recordJudgement } from '../../../../src/core/record-judgement.js';

function freezeList(list: string[]): readonly string[] {
  return list.length === 0 ? EMPTY : Object.freeze(list);
}

/**
 * The consistency flags for a set of disclosed items and a grade. Each flag's
 * reason ends by saying whose the check is (its own basis, or the policy's
 * where a check has none).
 *
 * @internal
 */
export function consistencyFlags(disclosed: ReadonlySet<string>, level: RiskLevel, policy: DaraPolicy): readonly ConsistencyFlag[] {
  const flags: ConsistencyFlag[] = [];
  for (const rule of policy.consistency) {
    if (compareLevels(level, rule.gradeBelow) >= 0) continue;
    const items: string[] = [];
    let all = true;
    for (const condition of rule.when) {
      const hits = condition.items.filter((id) => disclosed.has(id));
      if (hits.length < condition.atLeast) {
        all = false;
        break;
      }
      items.push(...hits);
    }
    if (all) {
      flags.push(
        Object.freeze({
          id: rule.id,
          title: rule.title,
          items: Object.freeze(items),
          expected: rule.gradeBelow,
          graded: level,
          reason: `${rule.reason} This check is ${describeBasis(rule.basis ?? policy.basis)}.`,
        }),
      );
    }
  }
  return flags.length === 0 ? EMPTY : Object.freeze(flags);
}

function flagReasons(flags: readonly ConsistencyFlag[]): string[] {
  return flags.map(
    (flag) => `For supervisor review \u2014 ${flag.title}: ${flag.reason} The grade (${flag.graded}) is not changed by this flag.`,
  );
}

function noticesFor(instrument: Instrument, policy: DaraPolicy): readonly Notice[] {
  const list: Notice[] = [];
  const provisional = provisionalNotice(instrument);
  if (provisional !== null) list.push(provisional);
  const basis = policyBasisNotice(policy);
  if (basis !== null) list.push(basis);
  return list.length === 0 ? EMPTY : Object.freeze(list);
}

interface ThemePlan {
  readonly id: string;
  readonly title: string;
  /** Indices of the section's items that are not free text. */
  readonly indices: readonly number[];
}

const PROMPTS = new WeakMap<Instrument, WeakMap<DaraPolicy, readonly PromptPlan[]>>();

function promptPlans(instrument: Instrument, policy: DaraPolicy): readonly PromptPlan[] {
  let byPolicy = PROMPTS.get(instrument);
  if (byPolicy === undefined) {
    byPolicy = new WeakMap();
    PROMPTS.set(instrument, byPolicy);
  }
  let plans = byPolicy.get(policy);
  if (plans === undefined) {
    plans = promptPlansOf(instrument, policy.screenPrompts);
    byPolicy.set(policy, plans);
  }
  return plans;
}

/** The screen the children in a household prompt. */
const CHILDREN_SCREEN = 'barnardos-rim';

/**
 * The prompts of a DARA assessment: the policy's (a pregnancy prompts the
 * RIM, say), and the Barnardo's RIM when children live in the household, or
 * finding out when that is not known.
 */
function daraPrompts(
  instrument: Instrument,
  codes: Uint8Array,
  children: DaraInput['childrenInHousehold'],
  policy: DaraPolicy,
): readonly ScreenPrompt[] {
  const fromItems = screenPrompts(promptPlans(instrument, policy), codes, instrument.items.map((item) => item.id));
  if (children === undefined || children === 'no' || fromItems.some((prompt) => prompt.screen === CHILDREN_SCREEN)) return fromItems;
  const reason =
    children === 'yes'
      ? 'Children live in the household: complete the Barnardo\u2019s risk identification matrix for each child, and make or consider a children\u2019s safeguarding referral under local procedures.'
      : 'It is not known whether children live in the household: find out, and if they do, complete the Barnardo\u2019s risk identification matrix for each child.';
  return Object.freeze([...fromItems, Object.freeze({ screen: CHILDREN_SCREEN, items: EMPTY, reason })]);
}

const THEMES = new WeakMap<Instrument, readonly ThemePlan[]>();

function themePlan(instrument: Instrument): readonly ThemePlan[] {
  let plan = THEMES.get(instrument);
  if (plan === undefined) {
    plan = instrument.sections.map((section) => ({
      id: section.id,
      title: section.label,
      indices: instrument.items.flatMap((item, i) => (item.section === section.id && item.answerType !== 'text' ? [i] : [])),
    }));
    THEMES.set(instrument, plan);
  }
  return plan;
}

/**
 * Records a DARA assessment: the assessor's grade with its reasons (never
 * computed), the indicators disclosed by theme (with how often), and
 * consistency flags where the disclosed indicators and the grade pull apart.
 * A flag is for supervisor review and never changes the grade.
 *
 * @param instrument - the DARA edition the input names
 * @param input - the assessment, already validated
 * @param policy - the DARA policy (consistency checks)
 * @returns the frozen result
 * @throws {@link DaRiskError} `invalid-input` (unknown item, value not allowed, edition mismatch, blank rationale, bad time), `policy-not-applicable`
 *
 * @example
 * ```ts
 * const result = assessDaraTrusted(dara2022Provisional, {
 *   instrument: { id: 'dara', edition: '2022-provisional' },
 *   answers: { separation: { value: 'yes' }, 'stalking-harassment': { value: 'more-than-once' } },
 *   grade: { level: 'medium', rationale: 'No violence disclosed.', by: 'pc-1', at: '2025-03-01T22:00:00Z' },
 * }, daraConsistency);
 * result.final.level; // 'medium' — the assessor's grade, unchanged
 * result.consistencyFlags.map((f) => f.id); // ['post-separation-stalking-below-high']
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function assessDaraTrusted(instrument: Instrument, input: DaraInput, policy: DaraPolicy): DaraResult {
  checkEdition(instrument, input.instrument);
  if (instrument.scoring !== 'assessor-grade') {
    throw daRiskError('invalid-input', ['instrument'], 'not-assessor-graded', 'names an instrument that is not graded by the assessor');
  }
  if (!policy.instruments.includes(instrument.id)) {
    throw daRiskError(
      'policy-not-applicable',
      ['policy', 'instruments'],
      'policy-not-applicable',
      'the DARA policy does not cover this instrument',
    );
  }
  const codes = readAnswers(instrument, input.answers);
  const yes: string[] = [];
  const no: string[] = [];
  const dontKnow: string[] = [];
  const declined: string[] = [];
  const unanswered: string[] = [];
  const repeated: string[] = [];
  const textAnswered: string[] = [];
  instrument.items.forEach((item, i) => {
    const code = codes[i];
    if (code === YES) {
      yes.push(item.id);
      // Stryker disable next-line OptionalChaining: a yes code is only read from an answer given, so the answer is never missing here
      if (input.answers[item.id]?.value === 'more-than-once') repeated.push(item.id);
    } else if (code === NO) no.push(item.id);
    else if (code === DONT_KNOW) dontKnow.push(item.id);
    else if (code === DECLINED) declined.push(item.id);
    else if (code === TEXT) textAnswered.push(item.id);
    else if (code === UNANSWERED && item.answerType !== 'text') unanswered.push(item.id);
  });

  const disclosed = new Set(yes);
  const repeatedSet = new Set(repeated);
  const ids = instrument.items;
  const themes: ThemeSummary[] = themePlan(instrument).map((theme) => {
    const shown: string[] = [];
    const often: string[] = [];
    const unknownIds: string[] = [];
    for (const i of theme.indices) {
      const id = ids[i]!.id;
      if (codes[i] === YES) {
        shown.push(id);
        if (repeatedSet.has(id)) often.push(id);
      } else if (codes[i] !== NO) unknownIds.push(id);
    }
    let summary = `${theme.title}: ${shown.length} of ${theme.indices.length} disclosed`;
    if (often.length > 0) summary += `; ${often.length} more than once`;
    if (unknownIds.length > 0) summary += `; ${unknownIds.length} not known, declined or not asked`;
    return Object.freeze({
      theme: theme.id,
      title: theme.title,
      disclosed: freezeList(shown),
      repeated: freezeList(often),
      unknown: freezeList(unknownIds),
      reason: `${summary}.`,
    });
  });

  const { event, reason } = recordJudgement<RiskLevel>(
    {
      assessedAt: input.assessedAt ?? null,
      history: EMPTY,
      current: null,
      computed: null,
      instrument,
      policy: { id: policy.id, version: policy.version, rule: policy.judgement },
      compare: compareLevels,
      describe: describeLevel,
    },
    levelJudgement(input.grade),
    // Stryker disable next-line ArrayDeclaration,StringLiteral: this path is used only to refuse a lowering below a computed grade, and a DARA grade has none (computed is null)
    ['grade', 'level'],
  );
  const flags = consistencyFlags(disclosed, input.grade.level, policy);
  const notices = noticesFor(instrument, policy);
  const children = input.childrenInHousehold ?? null;
  const prompts = daraPrompts(instrument, codes, input.childrenInHousehold, policy);
  const reasons: string[] = [
    `DARA is structured professional judgement: the grade ${input.grade.level} is the assessor\u2019s own, with reasons, and is never computed by the library.`,
    ...themes.map((theme) => theme.reason),
  ];
  if (repeated.length > 0) reasons.push(`Behaviour that happened more than once: ${repeated.join(', ')}.`);
  reasons.push(...flagReasons(flags), reason);
  if (children === null) {
    reasons.push('Whether children live in the household was not recorded: find out (not recorded is not no); if they do, complete the Barnardo\u2019s risk identification matrix for each child.');
  }
  reasons.push(...prompts.map((prompt) => prompt.reason), ...notices.map((notice) => notice.message));

  return Object.freeze({
    resultFormat: RESULT_FORMAT_VERSION,
    kind: 'dara' as const,
    assessmentId: input.id ?? null,
    assessedAt: input.assessedAt ?? null,
    instrument: Object.freeze({ id: instrument.id, edition: instrument.edition, status: instrument.status }),
    policy: Object.freeze({ id: policy.id, version: policy.version, basis: policy.basis }),
    grade: Object.freeze({ ...input.grade }),
    final: Object.freeze({ level: input.grade.level, basis: 'assessor' as const }),
    tally: Object.freeze({ yes: yes.length, no: no.length, dontKnow: dontKnow.length, declined: declined.length, unanswered: unanswered.length }),
    items: Object.freeze({
      yes: freezeList(yes),
      no: freezeList(no),
      dontKnow: freezeList(dontKnow),
      declined: freezeList(declined),
      unanswered: freezeList(unanswered),
    }),
    repeated: freezeList(repeated),
    textAnswered: freezeList(textAnswered),
    themes: Object.freeze(themes),
    consistencyFlags: flags,
    observations: freezeList([...(input.observations ?? [])]),
    evidence: freezeList([...(input.evidence ?? [])]),
    secondaryAssessment:
      input.secondaryAssessment === undefined
        ? null
        : Object.freeze({
            instrument: Object.freeze({ ...input.secondaryAssessment.instrument }),
            assessmentId: input.secondaryAssessment.assessmentId,
          }),
    judgementReferral: event.referToMarac ? Object.freeze({ by: event.by, at: event.at, rationale: event.rationale }) : null,
    childrenInHousehold: children,
    prompts,
    notices,
    reasons: Object.freeze(reasons),
    history: Object.freeze([event]),
  });
}

/**
 * Records a regrade of a DARA result by a supervisor or reviewer, through the
 * same judgement mechanism as every instrument: who, when, why, from what to
 * what. Raising is always allowed, with reasons. There is no computed grade to
 * fall below, but lowering a grade another practitioner gave or kept (the
 * assessor's, an earlier regrade) needs a named authoriser other than the
 * person regrading where the policy asks (the default does). Consistency flags are re-checked against
 * the new grade; the history keeps every grade, so a regrading rate can be
 * computed later.
 *
 * @param result - the DARA result
 * @param judgement - the regrade (level, rationale, practitioner id, time)
 * @param policy - the DARA policy the result was produced under
 * @returns a new frozen result
 * @throws {@link DaRiskError} `policy-mismatch`, `invalid-input`, `judgement-refused` (a lowering without an independent authoriser where one is needed)
 *
 * @example
 * ```ts
 * const reviewed = applyDaraRegradeTrusted(result, { level: 'high', rationale: 'Post-separation stalking.', by: 'sgt-2', at: '2025-03-02T09:00:00Z' }, daraConsistency);
 * reviewed.grade.level; // 'medium' — as entered
 * reviewed.final; // { level: 'high', basis: 'regrade' }
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export function applyDaraRegradeTrusted(result: DaraResult, judgement: Judgement, policy: DaraPolicy): DaraResult {
  requireSamePolicy(result.policy, policy, 'DARA policy');
  const { event, reason } = recordJudgement<RiskLevel>(
    {
      assessedAt: result.assessedAt,
      history: result.history,
      current: result.final.level,
      computed: null,
      instrument: result.instrument,
      policy: { id: policy.id, version: policy.version, rule: policy.judgement },
      compare: compareLevels,
      describe: describeLevel,
    },
    levelJudgement(judgement),
  );
  const flags = consistencyFlags(new Set(result.items.yes), judgement.level, policy);
  return Object.freeze({
    ...result,
    final: Object.freeze({ level: judgement.level, basis: 'regrade' as const }),
    consistencyFlags: flags,
    judgementReferral: event.referToMarac
      ? Object.freeze({ by: event.by, at: event.at, rationale: event.rationale })
      : result.judgementReferral,
    reasons: Object.freeze([...result.reasons, reason, ...flagReasons(flags)]),
    history: Object.freeze([...result.history, event]),
  });
}
