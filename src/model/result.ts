/**
 * What an assessment looks like coming out: a frozen, JSON-serialisable
 * result that explains itself.
 *
 * @module
 */
import type { AnswerKind } from './answers.js';
import type { InstrumentRef, InstrumentStatus } from './instrument.js';
import type { Grade } from './grades.js';
import type { RiskLevel } from './levels.js';
import type { PolicyBasis, PolicyRef } from './policy.js';

/**
 * The version of the result format. Changes only when the shape of a result changes.
 *
 * @example
 * ```ts
 * assess(input).resultFormat === RESULT_FORMAT_VERSION; // true
 * ```
 * @since 0.1.0
 * @category Stored results
 */
export const RESULT_FORMAT_VERSION = 1 as const;

/**
 * The instrument edition a result came from.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface ResultInstrument extends InstrumentRef {
  /** Whether the edition was verified against a primary copy. */
  readonly status: InstrumentStatus;
}

/**
 * How many items got each kind of answer, and how many none.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface Tally {
  /** Items answered `yes`. */
  readonly yes: number;
  /** Items answered `no`. */
  readonly no: number;
  /** Items answered "don't know". */
  readonly dontKnow: number;
  /** Items the victim declined to answer. */
  readonly declined: number;
  /** Items with no answer at all. */
  readonly unanswered: number;
}

/**
 * Item ids grouped by the kind of answer they got, each in form order.
 *
 * @since 0.1.0
 * @category Scoring
 */
export type ItemsByAnswer = { readonly [K in AnswerKind | 'unanswered']: readonly string[] };

/**
 * Whether enough was answered for the count to be read with confidence.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface Completeness {
  /** `complete`, or `incomplete` (an item unanswered, or more unknowns than the policy allows). */
  readonly status: 'complete' | 'incomplete';
  /** Items answered yes or no. */
  readonly known: number;
  /** Items answered don't know or declined, or not answered. */
  readonly unknown: number;
  /** All items in the edition. */
  readonly total: number;
  /** The policy's limit on don't know and declined answers. */
  readonly maxUnknown: number;
  /** Plain-language explanation. */
  readonly reason: string;
}

/**
 * The level computed from the count under a scoring policy.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface ComputedLevel {
  /** The level. */
  readonly level: RiskLevel;
  /** The band the count fell in: lowest count, and highest (null for the top band). */
  readonly band: { readonly min: number; readonly max: number | null };
  /** Plain-language explanation naming the policy. */
  readonly reason: string;
}

/**
 * The level the case is managed at: the computed level until a practitioner
 * records a judgement, then the judged level.
 *
 * @since 0.1.0
 * @category Judgement
 */
export interface FinalLevel {
  /** The level, or null when the edition computes none and no judgement was recorded. */
  readonly level: RiskLevel | null;
  /** `computed` — no judgement recorded yet; `judgement` — set by a recorded judgement. */
  readonly basis: 'computed' | 'judgement';
}

/**
 * The professional-judgement step. It is never hidden: until a judgement is
 * recorded the result says it is pending.
 *
 * @since 0.1.0
 * @category Judgement
 */
export interface JudgementStep {
  /** `pending` until a judgement is recorded; then `recorded`. */
  readonly status: 'pending' | 'recorded';
  /** What the practitioner is asked to do, in plain language. */
  readonly prompt: string;
}

/**
 * A red flag raised by the answers.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface RedFlag {
  /** Flag id, from the policy's red flag rules (or a built-in id such as `unknowns-could-reach-threshold`). */
  readonly id: string;
  /** Short title. */
  readonly title: string;
  /** The items whose answers raised the flag. */
  readonly items: readonly string[];
  /** Why it matters. */
  readonly reason: string;
}

/**
 * A follow-on screen prompted by the answers.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface ScreenPrompt {
  /** Instrument id of the screen, e.g. `s-dash`. */
  readonly screen: string;
  /** The items whose `yes` prompted it. */
  readonly items: readonly string[];
  /** Why, in plain language. */
  readonly reason: string;
}

/**
 * A notice attached to a result (e.g. that the edition is provisional).
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface Notice {
  /**
   * Notice id, e.g. `provisional-instrument`, `local-convention`, `library-default`,
   * `library-example-indicators` (RIM: ticked indicators that are da-risk examples, not the matrix's text),
   * `young-people-checklist-not-defined`, `victim-age-not-given`, `high-level-not-a-route`.
   */
  readonly id: string;
  /** Plain-language text. */
  readonly message: string;
  /** Items concerned, if any (for a provisional edition: the items not verified). */
  readonly items: readonly string[];
}

/**
 * One recorded decision on a result: who, when, from what to what, why,
 * under which policy. Police systems must log alterations (DPA 2018 s62);
 * a case system stores these with the result.
 *
 * @since 0.1.0
 * @category Judgement
 */
export interface AuditEvent {
  /** `judgement` — a level, grade or scale decided; `uplift-decision` — a suggested RIM uplift accepted or rejected. */
  readonly kind: 'judgement' | 'uplift-decision';
  /**
   * Relative to the final grade before the decision: `set` (there was none), `raised`,
   * `lowered`, `confirmed`; for an uplift decision, `accepted` or `rejected`.
   */
  readonly action: 'set' | 'raised' | 'lowered' | 'confirmed' | 'accepted' | 'rejected';
  /** Opaque id of the practitioner (supplied by the caller). */
  readonly by: string;
  /** When (ISO 8601 with offset, supplied by the caller). */
  readonly at: string;
  /** The final grade before the decision, or null. */
  readonly from: Grade | null;
  /** The final grade after it. */
  readonly to: Grade;
  /** The computed (or suggested) grade at the time, or null where the instrument computes none. */
  readonly computed: Grade | null;
  /** Whether the practitioner referred to MARAC on judgement. */
  readonly referToMarac: boolean;
  /** The practitioner's reasons. */
  readonly rationale: string;
  /** Opaque id of the person who authorised a lowering, when one was named. */
  readonly authorisedBy?: string;
  /** The policy in force. */
  readonly policy: PolicyRef;
  /** The instrument edition. */
  readonly instrument: InstrumentRef;
  /** What the decision is about, when a result covers several subjects (the child's id on a RIM result). */
  readonly subject?: string;
}

/**
 * A MARAC referral made on professional judgement, recorded on the result.
 *
 * @since 0.1.0
 * @category Judgement
 */
export interface JudgementReferral {
  /** Opaque id of the practitioner. */
  readonly by: string;
  /** When. */
  readonly at: string;
  /** The practitioner's concerns and reasons. */
  readonly rationale: string;
}

/**
 * The result of scoring one assessment. Frozen and JSON-serialisable; a JSON
 * round trip gives an equal value.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface AssessmentResult {
  /** {@link RESULT_FORMAT_VERSION}. */
  readonly resultFormat: typeof RESULT_FORMAT_VERSION;
  /** Always `checklist`: a DASH-style result (see `DaraResult` and `RimResult` for the others). */
  readonly kind: 'checklist';
  /** The caller's id for the assessment, or null. */
  readonly assessmentId: string | null;
  /** When the assessment was completed, or null. */
  readonly assessedAt: string | null;
  /** The edition the answers were given on. */
  readonly instrument: ResultInstrument;
  /** The scoring policy that produced the result. */
  readonly policy: PolicyRef & { readonly basis: PolicyBasis };
  /** Number of `yes` answers on items that count. */
  readonly count: number;
  /** Number of items that count. */
  readonly countOutOf: number;
  /** Answers by kind. */
  readonly tally: Tally;
  /** Item ids by kind of answer. */
  readonly items: ItemsByAnswer;
  /** Whether enough was answered. */
  readonly completeness: Completeness;
  /** The level computed from the count, or null for an edition that computes none (the S-DASH). */
  readonly computed: ComputedLevel | null;
  /** The level after judgement (equal to `computed` until a judgement is recorded). */
  readonly final: FinalLevel;
  /** The judgement step. */
  readonly judgement: JudgementStep;
  /** Red flags raised. */
  readonly flags: readonly RedFlag[];
  /** Follow-on screens prompted. */
  readonly prompts: readonly ScreenPrompt[];
  /** Notices: provisional edition, local convention. */
  readonly notices: readonly Notice[];
  /** The latest MARAC referral on professional judgement, or null. */
  readonly judgementReferral: JudgementReferral | null;
  /** Plain-language reasons for every part of the result. */
  readonly reasons: readonly string[];
  /** Every judgement recorded, oldest first. */
  readonly history: readonly AuditEvent[];
}
