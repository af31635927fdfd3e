/**
 * Reading across instruments: which questions mean the same thing, and one
 * severity ordering for reports. Both are policies (data), not claims that
 * the tools are equivalent.
 *
 * @module
 */
import type { DaraResult } from './dara.js';
import type { RimScale } from './grades.js';
import type { RiskLevel } from './levels.js';
import type { PolicyBasis } from './policy.js';
import type { RimResult } from './rim.js';
import type { AssessmentResult } from './result.js';

/**
 * Any result the library produces: a checklist (DASH, S-DASH), DARA or RIM result.
 *
 * @since 0.1.0
 * @category Case rules
 */
export type AnyResult = AssessmentResult | DaraResult | RimResult;

/**
 * One concept (strangulation, threats to kill…) and the items that ask about
 * it on each instrument.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface Concept {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Short title. */
  readonly label: string;
  /** Item ids by instrument id. Several items mean "any of them". */
  readonly items: { readonly [instrumentId: string]: readonly string[] };
}

/**
 * A named, versioned mapping of concepts across instruments.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface ConceptMap {
  /** Always `concept-map`. */
  readonly kind: 'concept-map';
  /** Id. */
  readonly id: string;
  /** Version. */
  readonly version: string;
  /** Where it comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What it is. */
  readonly summary: string;
  /** The concepts. */
  readonly concepts: readonly Concept[];
}

/**
 * How a concept stands on one assessment:
 * `disclosed` (a yes, once, more than once or confirmed), `unknown` (don't know,
 * declined, not known, suspected), `unanswered`, `not-disclosed` (every item
 * answered no, never or absent), `not-asked` (the instrument has no such item).
 *
 * @since 0.1.0
 * @category Case rules
 */
export type DisclosureState = 'disclosed' | 'unknown' | 'unanswered' | 'not-disclosed' | 'not-asked';

/**
 * One concept across several assessments.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface ConceptDisclosure {
  /** The concept. */
  readonly concept: string;
  /** Its title. */
  readonly label: string;
  /** One entry per assessment, in the order given. */
  readonly assessments: readonly {
    readonly instrument: { readonly id: string; readonly edition: string };
    readonly assessmentId: string | null;
    readonly state: DisclosureState;
    readonly items: readonly string[];
  }[];
  /** Plain language: "disclosed on dash-ric 2009; not asked on dara 2022-provisional". */
  readonly summary: string;
}

/**
 * One severity ordering across DASH levels, DARA grades and RIM scales, for
 * reporting only: a policy, not a statement that the tools measure the same
 * thing.
 *
 * @since 0.1.0
 * @category Case rules
 */
export interface SeverityOrdering {
  /** Always `severity-ordering`. */
  readonly kind: 'severity-ordering';
  /** Id. */
  readonly id: string;
  /** Version. */
  readonly version: string;
  /** Where it comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What it is, and what it is not. */
  readonly summary: string;
  /** The reporting ranks, lowest first, with labels. */
  readonly ranks: readonly { readonly rank: number; readonly label: string }[];
  /** Rank of each DASH or DARA level. */
  readonly levels: { readonly [L in RiskLevel]: number };
  /** Rank of each RIM scale. */
  readonly rimScales: { readonly [S in RimScale]: number };
}
