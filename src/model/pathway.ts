/**
 * The young people's pathway: which checklist a victim is assessed with, by
 * age, and the children's safeguarding referral every victim under 18 needs.
 *
 * @module
 */
import type { InstrumentRef } from './instrument.js';
import type { MaracAction } from './marac.js';
import type { PolicyBasis, PolicyRef } from './policy.js';
import type { Notice } from './result.js';

/**
 * A young people's pathway policy: victims aged `ages.from` to below
 * `ages.underAge` (13 to 17 by default) are assessed with the young people's
 * checklist where the deployer has defined one, and always get a children's
 * safeguarding referral marked required. SafeLives publishes a young
 * people's checklist, but its full text is not public: the shipped policy
 * names none, and a deployer defines their own edition and names it here.
 *
 * @example
 * ```ts
 * const pathway: YoungPeoplePathway = defineYoungPeoplePathway({
 *   ...youngPeoplePathwayDefaults,
 *   id: 'exampleshire-young-people',
 *   version: '1',
 *   basis: 'local',
 *   checklist: { id: 'young-people-ric', edition: 'exampleshire-2026' },
 * });
 * ```
 * @since 0.1.0
 * @category MARAC
 */
export interface YoungPeoplePathway {
  /** Always `young-people-pathway`. */
  readonly kind: 'young-people-pathway';
  /** Policy id. */
  readonly id: string;
  /** Policy version. */
  readonly version: string;
  /** Where the policy as a whole comes from. */
  readonly basis: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
  /** Short title. */
  readonly title: string;
  /** What it does, in plain language. */
  readonly summary: string;
  /** The ages of the pathway: from `from` (inclusive) to `underAge` (exclusive). */
  readonly ages: {
    /** Youngest age on the pathway (13). */
    readonly from: number;
    /** Victims this age or older are adults (18). */
    readonly underAge: number;
    /** Where the age range comes from. */
    readonly basis: PolicyBasis;
    /** The source in words, where the basis is published. */
    readonly source?: string;
  };
  /** The young people's checklist edition to use, or null where the deployment has none. */
  readonly checklist: InstrumentRef | null;
  /** The checklist for adults, and for young people where no young people's checklist is defined. */
  readonly adultChecklist: InstrumentRef;
  /** Youngest age a MARAC takes (16). */
  readonly minimumMaracAge: number;
  /** The children's safeguarding referral every victim under `ages.underAge` needs. */
  readonly childrensSafeguarding: {
    /** Where the rule comes from. */
    readonly basis: PolicyBasis;
    /** The source in words. */
    readonly source: string;
  };
}

/**
 * Which pathway a victim is on:
 * - `adult` — 18 or over (by default);
 * - `young-people` — 13 to 17 (by default);
 * - `child` — under 13: children's safeguarding, not a DASH checklist;
 * - `age-not-given` — the age is unknown: ask it; the adult checklist is named meanwhile.
 *
 * @since 0.1.0
 * @category MARAC
 */
export type PathwayKind = 'adult' | 'young-people' | 'child' | 'age-not-given';

/**
 * Which checklist to assess a victim with, and what else the age requires.
 *
 * @since 0.1.0
 * @category MARAC
 */
export interface PathwayDecision {
  /** The pathway. */
  readonly pathway: PathwayKind;
  /** The victim's age as given, or null. */
  readonly victimAge: number | null;
  /** The checklist to assess with, or null where no DASH checklist applies (under 13). */
  readonly checklist: InstrumentRef | null;
  /** Whether MARAC takes the victim if a route is met (16 or over). */
  readonly maracEligible: boolean;
  /** Actions required besides the assessment: a children's safeguarding referral under 18. */
  readonly actions: readonly MaracAction[];
  /** Plain-language reasons. */
  readonly reasons: readonly string[];
  /** Notices, e.g. `young-people-checklist-not-defined`, `victim-age-not-given`. */
  readonly notices: readonly Notice[];
  /** The pathway policy used. */
  readonly policy: PolicyRef & { readonly basis: PolicyBasis };
}
