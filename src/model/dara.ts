/**
 * DARA (Domestic Abuse Risk Assessment, College of Policing): what goes in
 * and what comes out. DARA is structured professional judgement: the grade is
 * the assessor's, never computed.
 *
 * @module
 */
import type { Answer } from './assessment.js';
import type { InstrumentRef } from './instrument.js';
import type { RiskLevel } from './levels.js';
import type { JudgementRule, PolicyBasis, PolicyRef, ScreenPromptRule } from './policy.js';
import type { AuditEvent, ItemsByAnswer, JudgementReferral, Notice, ResultInstrument, ScreenPrompt, Tally, RESULT_FORMAT_VERSION } from './result.js';

/**
 * The assessor's grade, as entered, with the reasons.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface DaraGrade {
  /** The grade. */
  readonly level: RiskLevel;
  /** The assessor's reasons (required). */
  readonly rationale: string;
  /** Opaque id of the assessor. */
  readonly by: string;
  /** When the grade was given (ISO 8601 with offset). */
  readonly at: string;
  /** Whether the assessor refers to MARAC on professional judgement. */
  readonly referToMarac?: boolean;
}

/**
 * A link from this first-response assessment to a later, deeper assessment of
 * the same case (a specialist's DARA, an IDVA's DASH RIC).
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface SecondaryAssessmentLink {
  /** The edition of the secondary assessment. */
  readonly instrument: InstrumentRef;
  /** The caller's opaque id of the secondary assessment. */
  readonly assessmentId: string;
}

/**
 * A DARA assessment going in.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface DaraInput {
  /** The DARA edition. */
  readonly instrument: InstrumentRef;
  /** The caller's opaque id for the assessment. */
  readonly id?: string;
  /** When the assessment was made (ISO 8601 with offset). */
  readonly assessedAt?: string;
  /** Answers by item id: frequency answers for behaviour, yes/no/don't know, free text for the victim's view. */
  readonly answers: { readonly [itemId: string]: Answer };
  /** The assessor's grade and reasons. */
  readonly grade: DaraGrade;
  /** Officer observations, as opaque references or codes held by the case system. */
  readonly observations?: readonly string[];
  /** Evidence references (body-worn video, a linked crime reference), as opaque strings. */
  readonly evidence?: readonly string[];
  /** A later secondary assessment of the same case. */
  readonly secondaryAssessment?: SecondaryAssessmentLink;
  /**
   * Whether children live in the household (or stay there): `yes`, `no`, or `dont-know`. A `yes`
   * prompts the Barnardo's RIM for each child; `dont-know` prompts finding out. Never read as `no`
   * when not given: the result says it was not recorded.
   */
  readonly childrenInHousehold?: 'yes' | 'no' | 'dont-know';
}

/**
 * Indicators disclosed under one theme (a section of the edition).
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface ThemeSummary {
  /** The section id. */
  readonly theme: string;
  /** Its title. */
  readonly title: string;
  /** Items disclosed (answered yes, once or more than once). */
  readonly disclosed: readonly string[];
  /** Items disclosed as happening more than once. */
  readonly repeated: readonly string[];
  /** Items not known, declined, or not answered. */
  readonly unknown: readonly string[];
  /** Plain-language summary. */
  readonly reason: string;
}

/**
 * A flag for supervisor review: the disclosed indicators and the grade pull
 * apart. It never changes the grade.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface ConsistencyFlag {
  /** Rule id. */
  readonly id: string;
  /** Short title. */
  readonly title: string;
  /** The items that raised it. */
  readonly items: readonly string[];
  /** The grade the indicators call for at least. */
  readonly expected: RiskLevel;
  /** The grade given. */
  readonly graded: RiskLevel;
  /** Why it matters. */
  readonly reason: string;
}

/**
 * A consistency rule: when these indicators are disclosed and the grade is
 * below `gradeBelow`, flag for supervisor review.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface ConsistencyRule {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Short title. */
  readonly title: string;
  /** Why it matters. */
  readonly reason: string;
  /** Every condition must hold: at least `atLeast` of `items` disclosed. */
  readonly when: readonly { readonly items: readonly string[]; readonly atLeast: number }[];
  /** Flag when the final grade is below this level. */
  readonly gradeBelow: RiskLevel;
  /**
   * Where the check comes from. The shipped checks are da-risk defaults (`library-default`): no
   * published rule links DARA indicators to grades. When absent (policies written before 0.2),
   * the policy's own basis applies.
   */
  readonly basis?: PolicyBasis;
  /**
   * The source in our own words. Required by the shipped-policy tests where the basis is
   * `publisher`, `national-guidance` or `safelives`; for a default it names where the idea came from.
   */
  readonly source?: string;
}

/**
 * A DARA policy: which instruments it covers, and the consistency checks.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface DaraPolicy {
  /** Always `dara`. */
  readonly kind: 'dara';
  /** Policy id. */
  readonly id: string;
  /** Policy version. */
  readonly version: string;
  /** Where the rules come from overall (the shipped policy: a library default). */
  readonly basis: PolicyBasis;
  /**
   * The source in our own words (a short reference naming the document). Required by the
   * shipped-policy tests where the basis is `publisher`, `national-guidance` or `safelives`.
   */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What the policy does. */
  readonly summary: string;
  /** Instrument ids graded under this policy. */
  readonly instruments: readonly string[];
  /** The consistency checks. */
  readonly consistency: readonly ConsistencyRule[];
  /** Follow-on screens and assessments prompted by yes answers (the Barnardo's RIM for a pregnancy, say). */
  readonly screenPrompts: readonly ScreenPromptRule[];
  /**
   * Who may lower a grade. DARA computes no grade, so only `authorisation.anotherPractitionersLevel`
   * applies: a regrade below a grade another practitioner gave or kept needs an authoriser where it asks.
   */
  readonly judgement: JudgementRule;
}

/**
 * A DARA result: the assessor's grade (never computed), an indicator summary
 * by theme, and consistency flags for supervisor review. Frozen and
 * JSON-serialisable.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface DaraResult {
  /** Result format version. */
  readonly resultFormat: typeof RESULT_FORMAT_VERSION;
  /** Always `dara`. */
  readonly kind: 'dara';
  /** The caller's id, or null. */
  readonly assessmentId: string | null;
  /** When the assessment was made, or null. */
  readonly assessedAt: string | null;
  /** The edition. */
  readonly instrument: ResultInstrument;
  /** The DARA policy. */
  readonly policy: PolicyRef & { readonly basis: PolicyBasis };
  /** The grade as the assessor entered it. */
  readonly grade: DaraGrade;
  /** The grade now: the assessor's, or a later regrade. */
  readonly final: { readonly level: RiskLevel; readonly basis: 'assessor' | 'regrade' };
  /** Answers by kind (free-text items excluded). */
  readonly tally: Tally;
  /** Item ids by kind of answer (free-text items excluded). */
  readonly items: ItemsByAnswer;
  /** Items answered more than once. */
  readonly repeated: readonly string[];
  /** Free-text items answered (the text stays with the caller's input). */
  readonly textAnswered: readonly string[];
  /** Indicators by theme. */
  readonly themes: readonly ThemeSummary[];
  /** Consistency flags against the final grade. */
  readonly consistencyFlags: readonly ConsistencyFlag[];
  /** Officer observations (opaque). */
  readonly observations: readonly string[];
  /** Evidence references (opaque). */
  readonly evidence: readonly string[];
  /** Link to a later secondary assessment, or null. */
  readonly secondaryAssessment: SecondaryAssessmentLink | null;
  /** A MARAC referral on professional judgement, or null. */
  readonly judgementReferral: JudgementReferral | null;
  /** Whether children live in the household, as recorded, or null when not recorded. */
  readonly childrenInHousehold: 'yes' | 'no' | 'dont-know' | null;
  /** Follow-on screens and assessments prompted (the Barnardo's RIM when children are in the household). */
  readonly prompts: readonly ScreenPrompt[];
  /** Notices (provisional edition, policy basis). */
  readonly notices: readonly Notice[];
  /** Plain-language reasons. */
  readonly reasons: readonly string[];
  /** The grade as entered (`set`) and every regrade, oldest first. */
  readonly history: readonly AuditEvent[];
}
