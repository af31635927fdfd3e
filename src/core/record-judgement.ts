/**
 * The one judgement mechanism every instrument uses: DASH levels, DARA grades
 * and regrades, RIM scales. It checks the rules (a rationale, a practitioner,
 * a valid time in order, lowering only where the policy allows it) and builds
 * the audit event and its plain-language reason. Results stay with their own
 * instrument's code; the rules live here once.
 *
 * @module
 */
import { daRiskError } from '../errors/error.js';
import type { Grade } from '../model/grades.js';
import type { RiskLevel } from '../model/levels.js';
import type { InstrumentRef } from '../model/instrument.js';
import type { JudgementRule, PolicyRef } from '../model/policy.js';
import type { AuditEvent } from '../model/result.js';
import { samePersonKey, VISIBLE } from '../model/text.js';
import { parseInstant } from '../common/instant.js';

/** What a judgement is applied to. @internal */
export interface JudgementContext<G extends Grade> {
  /** When the assessment was made, or null. */
  readonly assessedAt: string | null;
  /** Decisions already recorded. */
  readonly history: readonly AuditEvent[];
  /** The final grade now, or null. */
  readonly current: G | null;
  /** The computed or suggested grade, or null where none is computed. */
  readonly computed: G | null;
  /** The edition. */
  readonly instrument: InstrumentRef;
  /** The policy in force and its rule for lowering. */
  readonly policy: PolicyRef & { readonly rule: Pick<JudgementRule, 'lowering' | 'authorisation'> };
  /** Orders grades: negative when a is lower. */
  readonly compare: (a: G, b: G) => number;
  /** Names a grade in a sentence (`high`, `scale 3`). */
  readonly describe: (grade: G) => string;
  /** What the decision is about, where a result covers several subjects. */
  readonly subject?: string;
}

/** A practitioner's decision, in any grade. @internal */
export interface GradeJudgement<G extends Grade> {
  readonly grade: G;
  readonly rationale: string;
  readonly by: string;
  readonly at: string;
  readonly referToMarac?: boolean;
  readonly authorisedBy?: string;
}

type Timeline = Pick<JudgementContext<Grade>, 'assessedAt' | 'history' | 'subject'>;

/**
 * A level judgement (DASH, DARA) in the common shape.
 *
 * @internal
 */
export function levelJudgement(judgement: {
  readonly level: RiskLevel;
  readonly rationale: string;
  readonly by: string;
  readonly at: string;
  readonly referToMarac?: boolean;
  readonly authorisedBy?: string;
}): GradeJudgement<RiskLevel> {
  return {
    grade: judgement.level,
    rationale: judgement.rationale,
    by: judgement.by,
    at: judgement.at,
    ...(judgement.referToMarac === undefined ? {} : { referToMarac: judgement.referToMarac }),
    ...(judgement.authorisedBy === undefined ? {} : { authorisedBy: judgement.authorisedBy }),
  };
}

function sameSubject(context: Pick<Timeline, 'subject'>, event: AuditEvent): boolean {
  return context.subject === undefined || event.subject === undefined || event.subject === context.subject;
}

function latest(context: Timeline): number | undefined {
  let last = context.assessedAt === null ? undefined : parseInstant(context.assessedAt);
  for (const event of context.history) {
    if (!sameSubject(context, event)) continue;
    const at = parseInstant(event.at);
    if (at !== undefined && (last === undefined || at > last)) last = at;
  }
  return last;
}

/**
 * Checks the common rules of a judgement. Throws a {@link DaRiskError} naming
 * the field for a blank rationale or practitioner, a malformed time, or a time
 * before the assessment or an earlier decision.
 *
 * @internal
 */
export function checkJudgementBasics(context: Timeline, judgement: Pick<GradeJudgement<Grade>, 'rationale' | 'by' | 'at'>): void {
  if (!VISIBLE.test(judgement.rationale)) {
    throw daRiskError('invalid-input', ['rationale'], 'required', 'a judgement needs the practitioner\u2019s reasons, with at least one letter or digit');
  }
  if (!VISIBLE.test(judgement.by)) {
    throw daRiskError('invalid-input', ['by'], 'required', 'a judgement needs the id of the practitioner making it, with at least one letter or digit');
  }
  const at = parseInstant(judgement.at);
  if (at === undefined) {
    throw daRiskError('invalid-input', ['at'], 'iso-datetime', 'must be an ISO 8601 date-time with an offset, such as 2025-03-01T10:15:00Z');
  }
  const last = latest(context);
  if (last !== undefined && at < last) {
    throw daRiskError('invalid-input', ['at'], 'not-before-previous', 'is earlier than the assessment or an earlier decision on it');
  }
}

/**
 * Why a lowering needs an authoriser under the policy, or null when it needs
 * none. A lowering sets a grade below the current final grade or below the
 * computed one; it needs an authoriser when it goes below the computed grade
 * and the policy asks for one there, or when an earlier decision on the same
 * subject by another practitioner set or kept a grade above the new one (a
 * raise, a grade, a regrade or an accepted uplift being undone) and the policy
 * asks for one there.
 *
 * @internal
 */
export function authoriserNeeded<G extends Grade>(context: JudgementContext<G>, judgement: GradeJudgement<G>): string | null {
  const { computed, current, policy, compare } = context;
  const belowComputed = computed !== null && compare(judgement.grade, computed) < 0;
  if (belowComputed && policy.rule.authorisation.belowComputed) return 'it goes below the computed level';
  const belowCurrent = current !== null && compare(judgement.grade, current) < 0;
  if (!belowCurrent || !policy.rule.authorisation.anotherPractitionersLevel) return null;
  const undoes = context.history.some(
    (event) => sameSubject(context, event) && event.by !== judgement.by && event.to !== null && compare(event.to as G, judgement.grade) > 0,
  );
  return undoes ? 'it lowers a level another practitioner’s decision set or kept' : null;
}

/**
 * Applies the rules and returns the audit event and its reason. Raising is
 * always allowed; a grade below the computed one only where the policy allows
 * it; a lowering needs a named authoriser other than the practitioner where
 * the policy asks (see {@link authoriserNeeded}).
 *
 * @internal
 */
export function recordJudgement<G extends Grade>(
  context: JudgementContext<G>,
  judgement: GradeJudgement<G>,
  path: readonly (string | number)[] = ['level'],
): { readonly event: AuditEvent; readonly reason: string } {
  checkJudgementBasics(context, judgement);
  const { computed, current, policy, describe } = context;
  const lowered = computed !== null && context.compare(judgement.grade, computed) < 0;
  if (lowered && policy.rule.lowering !== 'allowed-with-rationale') {
    throw daRiskError(
      'judgement-refused',
      path,
      'lowering-refused',
      `is below the computed ${describe(computed)}; the policy does not allow judgement to go below it (raise, confirm, or refer on judgement instead)`,
    );
  }
  const authoriser = judgement.authorisedBy;
  if (authoriser !== undefined && (!VISIBLE.test(authoriser) || samePersonKey(authoriser) === samePersonKey(judgement.by))) {
    throw daRiskError(
      'judgement-refused',
      ['authorisedBy'],
      'authoriser-not-independent',
      'must name a person other than the practitioner making the judgement',
    );
  }
  const why = authoriserNeeded(context, judgement);
  if (why !== null && authoriser === undefined) {
    throw daRiskError(
      'judgement-refused',
      ['authorisedBy'],
      'authoriser-required',
      `is required: this lowering needs a named authoriser other than the practitioner, because ${why}`,
    );
  }
  const cmp = current === null ? 0 : context.compare(judgement.grade, current);
  const action: AuditEvent['action'] = current === null ? 'set' : cmp > 0 ? 'raised' : cmp < 0 ? 'lowered' : 'confirmed';
  const referToMarac = judgement.referToMarac === true;
  const event: AuditEvent = Object.freeze({
    kind: 'judgement' as const,
    action,
    by: judgement.by,
    at: judgement.at,
    from: current,
    to: judgement.grade,
    computed,
    referToMarac,
    rationale: judgement.rationale,
    ...(authoriser === undefined ? {} : { authorisedBy: authoriser }),
    policy: Object.freeze({ id: policy.id, version: policy.version }),
    instrument: Object.freeze({ id: context.instrument.id, edition: context.instrument.edition }),
    ...(context.subject === undefined ? {} : { subject: context.subject }),
  });
  const change =
    action === 'set'
      ? `set ${describe(judgement.grade)}`
      : action === 'confirmed'
        ? `confirmed ${describe(judgement.grade)}`
        : `${action} ${describe(current!)} to ${describe(judgement.grade)}`;
  const below = lowered
    ? ` This is below the computed ${describe(computed!)}, which policy ${policy.id} version ${policy.version} allows with a rationale.`
    : '';
  const referral = referToMarac ? ' and referred to MARAC on professional judgement' : '';
  const about = context.subject === undefined ? '' : ` for ${context.subject}`;
  const authorised = authoriser === undefined ? '' : `, authorised by ${authoriser}`;
  const reason = `Professional judgement by ${judgement.by} at ${judgement.at}${about} ${change}${referral}${authorised}; the rationale is recorded in the history.${below}`;
  return { event, reason };
}
