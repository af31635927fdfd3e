/**
 * The MARAC referral payload: built from the stored assessment and the MARAC
 * decision, so nothing is typed twice.
 *
 * @module
 */
import { DaRiskError, daRiskError } from '../../errors/error.js';
import type { AssessmentInput } from '../../model/assessment.js';
import type { Instrument } from '../../model/instrument.js';
import type { MaracDecision, MaracRoute } from '../../model/marac.js';
import type { Agency } from '../../model/policy.js';
import type { AssessmentResult } from '../../model/result.js';
import { readAnswers, YES } from '../read-answers.js';
import { deepFreeze } from '../../common/deep-freeze.js';
import { readInstant } from '../../common/instant.js';

/** A deep copy of plain data (the parts of a decision or result a payload carries), so freezing it never freezes the caller's objects. */
function copyData<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((entry: unknown) => copyData(entry)) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const entry = (value as Record<string, unknown>)[key];
    if (entry !== undefined) out[key] = copyData(entry);
  }
  return out as T;
}

/**
 * Who refers, when, and whether to minimise.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface ReferralOptions {
  /** The caller's opaque id for the referral. */
  readonly referralId?: string;
  /** When the referral is made (ISO 8601 with offset). */
  readonly referredAt: string;
  /** Opaque id of the referrer. */
  readonly referredBy: string;
  /** The referring agency. */
  readonly agency: Agency;
  /**
   * Data minimisation: drop the free text the MARAC does not need (the comments on answers).
   * The professional-judgement rationales and the reasons of every route met are always kept:
   * they are what the MARAC needs to act on. Default false.
   */
  readonly minimise?: boolean;
}

/**
 * A MARAC referral as structured data.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface MaracReferralPayload {
  /** Payload format version. */
  readonly payloadFormat: 1;
  /** The referral. */
  readonly referral: { readonly id: string | null; readonly date: string; readonly agency: Agency; readonly by: string };
  /** The victim's age as given to the MARAC check, or null. */
  readonly victimAge: number | null;
  /** The edition. */
  readonly instrument: { readonly id: string; readonly edition: string; readonly status: string; readonly title: string };
  /** The policies behind the count and the decision. */
  readonly policies: {
    readonly scoring: { readonly id: string; readonly version: string };
    readonly marac: { readonly id: string; readonly version: string };
  };
  /** The assessment in brief. */
  readonly assessment: {
    readonly id: string | null;
    readonly assessedAt: string | null;
    readonly count: number;
    readonly countOutOf: number;
    readonly computedLevel: string | null;
    readonly finalLevel: string | null;
    readonly completeness: string;
    readonly tally: AssessmentResult['tally'];
  };
  /** Every answered item, in form order, with its source. */
  readonly answers: readonly {
    readonly item: string;
    readonly number: number;
    readonly label: string;
    readonly value: string;
    readonly source: string | null;
    readonly options: readonly string[];
    readonly comment: string | null;
  }[];
  /** Red flags. */
  readonly flags: readonly { readonly id: string; readonly title: string; readonly items: readonly string[] }[];
  /** The referral routes met, with evidence. */
  readonly routesMet: readonly MaracRoute[];
  /** Actions the decision requires or recommends besides the referral (a children's safeguarding referral for a victim under 18). */
  readonly actions: MaracDecision['actions'];
  /** The professional judgements on the assessment. */
  readonly judgements: readonly {
    readonly action: string;
    readonly from: string | null;
    readonly to: string;
    readonly by: string;
    readonly at: string;
    readonly rationale: string;
    readonly authorisedBy: string | null;
  }[];
  /** Notices (provisional edition, policy basis). */
  readonly notices: readonly string[];
  /** Whether the comments on answers were dropped (judgement rationales and route reasons are always kept). */
  readonly minimised: boolean;
}

/**
 * Refuses a MARAC decision that disagrees with itself: the routes met must
 * be the routes marked as referrals, a route marked a referral must be met, a
 * count route met must reach its threshold, the outcome and `refer` must
 * follow from the routes, and a victim under 18 must carry the children's
 * safeguarding referral. Throws `inconsistent-result` naming the field.
 *
 * @internal
 */
export function checkDecisionMeaning(decision: MaracDecision): void {
  const issues: { path: (string | number)[]; rule: string; message: string }[] = [];
  const fail = (path: (string | number)[]) =>
    issues.push({ path: ['decision', ...path], rule: 'inconsistent-result', message: 'is not what the rest of the decision gives' });
  const referral = decision.routes.filter((route) => route.referral).map((route) => route.id);
  if (referral.length !== decision.routesMet.length || referral.some((id, i) => decision.routesMet[i] !== id)) fail(['routesMet']);
  decision.routes.forEach((route, index) => {
    if (route.referral && !route.met) fail(['routes', index, 'met']);
    const evidence = route.evidence;
    if (route.met && evidence.kind === 'count' && (evidence.count === null || evidence.count < evidence.threshold)) fail(['routes', index, 'evidence', 'count']);
  });
  if (decision.refer !== (decision.outcome === 'refer-to-marac')) fail(['refer']);
  if (decision.outcome === 'refer-to-marac' && decision.routesMet.length === 0) fail(['outcome']);
  // A route met is never "no referral": an adult is referred, a child goes to children's safeguarding (under 18 always).
  if (decision.outcome === 'no-referral' && decision.routesMet.length > 0) fail(['outcome']);
  if (decision.outcome === 'children-safeguarding' && (decision.victimAge === null || decision.victimAge >= 18)) fail(['outcome']);
  if (decision.victimAge !== null && decision.victimAge < 18 && !decision.actions.some((action) => action.id === 'childrens-safeguarding-referral')) fail(['actions']);
  if (issues.length > 0) throw new DaRiskError('inconsistent-result', issues);
}

/**
 * Builds a MARAC referral from a stored assessment (the edition, the input as
 * given and the result) and the MARAC decision: answers with their sources,
 * the count, the routes met with their evidence, the judgement rationale, and
 * the instrument and policy versions. With `minimise`, the comments on
 * answers are dropped; the professional-judgement rationales and the reason
 * and evidence of every route met are kept, because the MARAC needs them. The input, the result and the decision must
 * belong together: the input's yes answers must be the result's, and the
 * decision's count must be the result's.
 *
 * @param stored - the edition, the validated input and its result
 * @param decision - the MARAC decision (its outcome must be a referral)
 * @param options - who refers, when, and whether to minimise
 * @returns the frozen payload
 * @throws {@link DaRiskError} `invalid-input` when the parts do not belong together or the decision is not a referral
 *
 * @example
 * ```ts
 * const payload = maracReferralTrusted({ instrument: dashRic2009, input, result }, decision, {
 *   referredAt: '2025-03-03T15:10:00Z', referredBy: 'idva-0042', agency: 'idva', minimise: true,
 * });
 * payload.answers[0]; // { item: 'current-injury', number: 1, label: '…', value: 'yes', source: 'victim', options: [], comment: null }
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export function maracReferralTrusted(
  stored: { readonly instrument: Instrument; readonly input: AssessmentInput; readonly result: AssessmentResult },
  decision: MaracDecision,
  options: ReferralOptions,
): MaracReferralPayload {
  const { instrument, input, result } = stored;
  readInstant(options.referredAt, ['options', 'referredAt']);
  const same = (ref: { id: string; edition: string }) => ref.id === instrument.id && ref.edition === instrument.edition;
  if (!same(input.instrument) || !same(result.instrument)) {
    throw daRiskError('invalid-input', ['stored'], 'parts-do-not-match', 'the edition, the input and the result name different editions');
  }
  const codes = readAnswers(instrument, input.answers, ['stored', 'input', 'answers']);
  const yes = instrument.items.filter((_, i) => codes[i] === YES).map((item) => item.id);
  if (yes.length !== result.items.yes.length || yes.some((id, i) => result.items.yes[i] !== id)) {
    throw daRiskError('invalid-input', ['stored', 'result'], 'parts-do-not-match', 'the result was not produced from this input');
  }
  // A decision over a case may cite another assessment of the episode (each route names its own);
  // where it cites this one, or none by id, its count must be this result's.
  const visible = decision.routes.find((route) => route.id === 'visible-high-risk');
  const counted = visible?.evidence;
  const sameAssessment = counted?.kind === 'count' && (counted.assessmentId === null || counted.assessmentId === result.assessmentId);
  if (visible?.met === true && counted?.kind === 'count' && !sameAssessment) {
    // The referral's headline assessment must be the one whose count meets the route, not a lower one.
    throw daRiskError('invalid-input', ['stored'], 'parts-do-not-match', 'the decision\u2019s count route is met on another assessment: build the referral from that one');
  }
  if (counted?.kind === 'count' && sameAssessment && counted.count !== null && counted.count !== result.count) {
    throw daRiskError('invalid-input', ['decision'], 'parts-do-not-match', 'the decision was made on a different count');
  }
  if (decision.outcome !== 'refer-to-marac') {
    throw daRiskError('invalid-input', ['decision', 'outcome'], 'not-a-referral', 'the decision does not refer to MARAC');
  }
  checkDecisionMeaning(decision);
  const minimise = options.minimise === true;
  const answers = instrument.items.flatMap((item) => {
    const answer = input.answers[item.id];
    if (answer === undefined) return [];
    return [
      {
        item: item.id,
        number: item.number,
        label: item.label,
        value: answer.value,
        source: answer.source ?? null,
        options: [...(answer.options ?? [])],
        comment: minimise ? null : (answer.comment ?? null),
      },
    ];
  });
  // Every route met is kept whole, with its reason and evidence (including a judgement's rationale), minimised or not.
  const routesMet = decision.routes.filter((route) => route.referral);
  // Built from copies, then frozen all the way down: the payload shares nothing with the caller's decision.
  return deepFreeze({
    payloadFormat: 1 as const,
    referral: { id: options.referralId ?? null, date: options.referredAt, agency: options.agency, by: options.referredBy },
    victimAge: decision.victimAge,
    instrument: { id: instrument.id, edition: instrument.edition, status: instrument.status, title: instrument.title },
    policies: {
      scoring: { id: result.policy.id, version: result.policy.version },
      marac: { id: decision.policy.id, version: decision.policy.version },
    },
    assessment: {
      id: result.assessmentId,
      assessedAt: result.assessedAt,
      count: result.count,
      countOutOf: result.countOutOf,
      computedLevel: result.computed?.level ?? null,
      finalLevel: result.final.level,
      completeness: result.completeness.status,
      tally: copyData(result.tally),
    },
    answers,
    flags: result.flags.map((flag) => ({ id: flag.id, title: flag.title, items: [...flag.items] })),
    routesMet: copyData(routesMet),
    actions: copyData(decision.actions),
    judgements: result.history.map((event) => ({
      action: event.action,
      from: event.from === null ? null : String(event.from),
      to: String(event.to),
      by: event.by,
      at: event.at,
      rationale: event.rationale,
      authorisedBy: event.authorisedBy ?? null,
    })),
    notices: result.notices.map((notice) => notice.message),
    minimised: minimise,
  });
}
