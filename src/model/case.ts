/**
 * A case history: the assessments, dated events, MARAC referrals, reviews and
 * safety plan of one victim and the abuser(s). Ids and identities are opaque
 * strings; the library never needs names.
 *
 * @module
 */
import type { AnyResult } from './cross-instrument.js';
import type { Agency } from './policy.js';

/**
 * The event types that can trigger a reassessment (from the College of
 * Policing APP, the Victims' Code, SafeLives and local guidance; see each
 * rule's basis in the reassessment policy).
 *
 * Dates: for `trial-approaching` the date is the trial date; for
 * `order-expiring`, the expiry; for `released-from-prison`, the release (often
 * known only to the month: give `precision: 'month'`); for `case-closing`, the
 * planned closure. Every other event is dated when it happened.
 *
 * @since 0.1.0
 * @category Case rules
 */
export type TriggerType =
  | 'released-from-custody'
  | 'charged'
  | 'trial-approaching'
  | 'sentenced'
  | 'released-from-prison'
  | 'order-imposed'
  | 'order-expiring'
  | 'bail-changed'
  | 'breach'
  | 'family-proceedings'
  | 'victim-new-relationship'
  | 'new-incident'
  | 'unwanted-contact'
  | 'child-contact-incident'
  | 'separation'
  | 'pregnancy-or-birth'
  | 'escalation'
  | 'stalking'
  | 'weapon-access'
  | 'perpetrator-suicide-threat'
  | 'perpetrator-circumstances'
  | 'victim-moved'
  | 'marac-feedback'
  | 'new-information'
  | 'victim-disengaged'
  | 'case-closing';

/**
 * Every {@link TriggerType}, in the order of the domain table.
 *
 * @example
 * ```ts
 * triggerTypes.includes('released-from-custody'); // true
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export const triggerTypes: readonly TriggerType[] = /* @__PURE__ */ Object.freeze([
  'released-from-custody',
  'charged',
  'trial-approaching',
  'sentenced',
  'released-from-prison',
  'order-imposed',
  'order-expiring',
  'bail-changed',
  'breach',
  'family-proceedings',
  'victim-new-relationship',
  'new-incident',
  'unwanted-contact',
  'child-contact-incident',
  'separation',
  'pregnancy-or-birth',
  'escalation',
  'stalking',
  'weapon-access',
  'perpetrator-suicide-threat',
  'perpetrator-circumstances',
  'victim-moved',
  'marac-feedback',
  'new-information',
  'victim-disengaged',
  'case-closing',
] as const);

/**
 * Event types that are incidents of domestic abuse, crime or not: a further
 * incident, a breach of bail or of an order, stalking or harassment, unwanted
 * contact, and an incident around child contact. Each carries its crime status
 * and the agencies it was reported to. They are counted for MARAC potential
 * escalation and repeats (SafeLives: any further abuse, reported to any agency)
 * and for the assessment-required rule.
 *
 * @example
 * ```ts
 * incidentTypes; // ['new-incident', 'breach', 'stalking', 'unwanted-contact', 'child-contact-incident']
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export const incidentTypes: readonly TriggerType[] = /* @__PURE__ */ Object.freeze([
  'new-incident',
  'breach',
  'stalking',
  'unwanted-contact',
  'child-contact-incident',
] as const);

/**
 * Whether an incident would be a crime: `true`, `false`, or `unknown` (not yet
 * established). `unknown` is never read as "not a crime" where that would
 * drop a route or an assessment.
 *
 * @since 0.1.0
 * @category Case rules
 */
export type CrimeStatus = boolean | 'unknown';

/**
 * One dated event in a case.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface CaseEvent {
  /** The caller's opaque id. */
  readonly id?: string;
  /** What happened. */
  readonly type: TriggerType;
  /** When (ISO 8601 with offset). See {@link TriggerType} for scheduled events. */
  readonly date: string;
  /** How precisely the date is known: a release "in March" is `month` (counted from the first of the month). Default `day`. */
  readonly precision?: 'day' | 'month';
  /** For incidents of abuse (see {@link incidentTypes}): whether it would be a crime. Required for them. */
  readonly crime?: CrimeStatus;
  /** For incidents of abuse: the agencies it was reported to. Required for them. */
  readonly reportedTo?: readonly Agency[];
  /**
   * For incidents of abuse: opaque ids of the abuser(s) involved, where known. A MARAC repeat
   * needs a perpetrator shared with the referral when both name them.
   */
  readonly perpetrators?: readonly string[];
}

/**
 * One assessment in a case: the stored result, with when it was completed.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface CaseAssessment {
  /** The caller's opaque id (reviews refer to it). */
  readonly id: string;
  /** When it was completed (ISO 8601 with offset). */
  readonly date: string;
  /** Whether it was a first-response assessment (supervisor review applies). */
  readonly firstResponse?: boolean;
  /** The stored result from any instrument. */
  readonly result: AnyResult;
}

/**
 * A MARAC referral.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface CaseReferral {
  /** The caller's opaque id. */
  readonly id?: string;
  /** When the referral was made. */
  readonly date: string;
  /** The referring agency. */
  readonly agency: Agency;
  /** Opaque ids of the abuser(s) the referral concerns, where known. */
  readonly perpetrators?: readonly string[];
  /**
   * `true` when the case system holds only the date of the referral (its time is not known): it then
   * answers the reasons to refer that arose at any time on that London date. Default `false`.
   */
  readonly dateOnly?: boolean;
}

/**
 * A practitioner's recorded decision not to refer to MARAC, although the
 * assessments it names gave a reason to (a count at the threshold, a high
 * level, a judgement referral). It answers the reasons on those assessments
 * that arose on or before its date; a later assessment or judgement is a new
 * reason. A reason that another practitioner's judgement gave (their referral
 * on judgement, their raise, their DARA grade) is answered only when the
 * decision names an authoriser other than the person deciding. It never
 * answers a repeat or potential escalation.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface DecisionNotToRefer {
  /** The caller's opaque id. */
  readonly id?: string;
  /** When the decision was made (ISO 8601 with offset). */
  readonly date: string;
  /** The ids of the case's assessments whose reasons it answers (at least one). */
  readonly assessmentIds: readonly string[];
  /** Opaque id of the practitioner who decided. */
  readonly by: string;
  /** Opaque id of the person who authorised it, other than `by`: needed to answer another practitioner's judgement. */
  readonly authorisedBy?: string;
  /** Why, in the practitioner's words. Required, with at least one letter or digit. */
  readonly rationale: string;
}

/**
 * A practitioner's recorded decision to close the case. It ends the current
 * episode: assessments before it are no longer read by case checks.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface CaseClosure {
  /** The caller's opaque id. */
  readonly id?: string;
  /** When the case was closed (ISO 8601 with offset). */
  readonly date: string;
  /** Opaque id of the practitioner who closed it. */
  readonly by: string;
  /** Why, in the practitioner's words. Required, with at least one letter or digit. */
  readonly rationale: string;
}

/**
 * A completed review of an assessment.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface CaseReview {
  /** The assessment reviewed. */
  readonly assessmentId: string;
  /** `supervisor` — the first-response supervisor's review; `referral-unit` — processing by the referral unit (MARU, MASH). */
  readonly kind: 'supervisor' | 'referral-unit';
  /** When it was completed. */
  readonly date: string;
  /** Opaque id of the reviewer. */
  readonly by?: string;
}

/**
 * A safety-plan action, tagged with the RARA model.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface SafetyAction {
  /** The caller's opaque id. */
  readonly id?: string;
  /** Remove the risk, Avoid it, Reduce it, or Accept it. */
  readonly type: 'remove' | 'avoid' | 'reduce' | 'accept';
}

/**
 * A safety plan: its actions and when it was last updated.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface SafetyPlan {
  /** When the plan was last reviewed or changed. */
  readonly updatedAt: string;
  /** The actions. */
  readonly actions: readonly SafetyAction[];
}

/**
 * A case: one victim and the abuser(s), with everything dated.
 *
 * @example
 * ```ts
 * const record: CaseRecord = {
 *   id: 'case-114',
 *   victim: { id: 'v-88', age: 31 },
 *   perpetrators: ['p-12'],
 *   assessments: [{ id: 'a-1', date: '2025-01-10T12:00:00Z', result: stored }],
 *   events: [{ type: 'released-from-custody', date: '2025-02-01T09:00:00Z' }],
 *   maracReferrals: [],
 *   reviews: [],
 * };
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export interface CaseRecord {
  /** The caller's opaque id. */
  readonly id?: string;
  /** The victim: an opaque id and the age, where known. */
  readonly victim?: { readonly id?: string; readonly age?: number };
  /** Opaque ids of the abuser(s). */
  readonly perpetrators?: readonly string[];
  /** Assessments, in any order. */
  readonly assessments: readonly CaseAssessment[];
  /** Events, in any order. */
  readonly events: readonly CaseEvent[];
  /** MARAC referrals, in any order. */
  readonly maracReferrals: readonly CaseReferral[];
  /** Completed reviews, in any order. */
  readonly reviews: readonly CaseReview[];
  /** The current safety plan, if any. */
  readonly safetyPlan?: SafetyPlan;
  /** Recorded decisions not to refer to MARAC, in any order. */
  readonly decisionsNotToRefer?: readonly DecisionNotToRefer[];
  /** Recorded closures of the case, in any order. The latest on or before a check ends the episode before it. */
  readonly closures?: readonly CaseClosure[];
}
