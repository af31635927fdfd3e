/**
 * The instrument definition format (format version 1): an instrument edition
 * is plain, frozen data. Logic reads it; nothing in it is code.
 *
 * @module
 */
import type { AnswerTypeId } from './answers.js';
import type { PolicyBasis } from './policy.js';

/**
 * The version of the definition format described here. It changes only when
 * the shape of a definition changes, never when an edition's content does.
 *
 * @example
 * ```ts
 * dashRic2009.formatVersion === INSTRUMENT_FORMAT_VERSION; // true
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export const INSTRUMENT_FORMAT_VERSION = 1;

/**
 * Whether an edition has been checked, item by item, against a primary copy
 * of the official form.
 * - `verified` — every item was checked against a primary copy;
 * - `provisional` — at least one item was not; every result from it carries a notice.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export type InstrumentStatus = 'verified' | 'provisional';

/**
 * How firmly one item (or one of its option groups) is known:
 * - `verified` — read in a primary copy of the form;
 * - `attested` — consistent across several secondary copies, not read in a primary one;
 * - `unverified` — from a single secondary source, inferred, or written by us from the research.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export type ProvenanceStatus = 'verified' | 'attested' | 'unverified';

/**
 * Where a fact comes from, and how firmly it is known.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface Provenance {
  /** How firmly it is known. */
  readonly status: ProvenanceStatus;
  /** Ids of entries in the edition's `sources`. */
  readonly sources: readonly string[];
  /** What exactly was or was not checked, in our words. */
  readonly note?: string;
}

/**
 * A public source an edition was built from.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface SourceReference {
  /** Short stable id, referenced from provenance. */
  readonly id: string;
  /** Title of the source, in our words. */
  readonly title: string;
  /** Where it can be found, when it has an address. */
  readonly url?: string;
  /** `primary` — the publisher's own copy; `secondary` — a copy or description by someone else. */
  readonly kind: 'primary' | 'secondary';
}

/**
 * A section of a form (e.g. the police DASH's "children and dependants").
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface Section {
  /** Stable kebab-case id within the edition. */
  readonly id: string;
  /** Our short title. */
  readonly label: string;
}

/**
 * One choice inside an option group.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface OptionChoice {
  /** Stable kebab-case id, unique within the item. */
  readonly id: string;
  /** Our short label. */
  readonly label: string;
}

/**
 * A group of sub-options recorded with a `yes` answer (e.g. who was threatened).
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface OptionGroup {
  /** Stable kebab-case id, unique within the item. */
  readonly id: string;
  /** Our short label for the group. */
  readonly label: string;
  /** Whether several choices may be selected. */
  readonly multiple: boolean;
  /** The choices. Their ids are unique across all groups of the item. */
  readonly choices: readonly OptionChoice[];
  /** How firmly the group and its choices are known. */
  readonly provenance: Provenance;
}

/**
 * A follow-on screen an answer prompts (e.g. a `yes` on stalking prompts the S-DASH).
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface ScreenPromptDefinition {
  /** Instrument id of the screen, e.g. `s-dash` or `h-dash`. */
  readonly screen: string;
  /** Why the screen is prompted, in our words. */
  readonly reason: string;
  /** Whose rule the prompt is (the shipped DASH editions: the form's, `publisher`). */
  readonly basis?: PolicyBasis;
  /** The source in words, where the basis is published. */
  readonly source?: string;
}

/**
 * One question of an edition.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface Item {
  /**
   * Stable semantic id, kebab-case, never reused for a different question.
   * Shared across instruments where the question is the same (the police DASH
   * and the SafeLives RIC use the same ids for the same 24 questions).
   */
  readonly id: string;
  /** The official number of the question in this edition. */
  readonly number: number;
  /** Id of the section the item is in. */
  readonly section: string;
  /** Our own short label (a paraphrase, never the official wording). */
  readonly label: string;
  /** What kind of answer the item takes. */
  readonly answerType: AnswerTypeId;
  /** Whether a `yes` adds one to the edition's count. */
  readonly counts: boolean;
  /** Sub-options recorded with a `yes`. */
  readonly optionGroups: readonly OptionGroup[];
  /** What a comment on this item usually records, in our words, when the form asks for one. */
  readonly commentPrompt?: string;
  /** Tags, e.g. `coercive-control`, `red-flag`. */
  readonly tags: readonly string[];
  /** Follow-on screens a `yes` prompts. */
  readonly prompts: readonly ScreenPromptDefinition[];
  /** Sources and how firmly the item is known. */
  readonly provenance: Provenance;
  /** Matrix column (1–4) of an indicator (the Barnardo's RIM). Protective factors have none. */
  readonly scale?: 1 | 2 | 3 | 4;
  /** Kind of matrix indicator (the Barnardo's RIM). */
  readonly indicator?: 'risk-factor' | 'vulnerability' | 'protective-factor';
}

/**
 * How an edition produces a level:
 * - `yes-count` — the number of `yes` answers is banded by a scoring policy (DASH);
 * - `count-only` — the `yes` count is reported, but no level is computed (the S-DASH has no cut-off);
 * - `assessor-grade` — structured professional judgement: the assessor's grade is an input, never computed (DARA);
 * - `matrix` — indicators in scale columns, classified per child with each step explained (the Barnardo's RIM).
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export type ScoringMethod = 'yes-count' | 'count-only' | 'assessor-grade' | 'matrix';

/**
 * An instrument edition: frozen, versioned data.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface Instrument {
  /** The definition format version, {@link INSTRUMENT_FORMAT_VERSION}. */
  readonly formatVersion: 1;
  /** Instrument id, kebab-case, e.g. `dash-ric`. The same across editions. */
  readonly id: string;
  /** Edition, e.g. `2009`. Never changes once published; a correction is a new edition. */
  readonly edition: string;
  /** Title, e.g. "SafeLives DASH risk identification checklist". */
  readonly title: string;
  /** Who publishes the official form. */
  readonly publisher: string;
  /** Licence of the official text, and of what this edition ships. */
  readonly licence: string;
  /** Credit to show wherever the instrument is shown. */
  readonly attribution: string;
  /** `verified` or `provisional`. */
  readonly status: InstrumentStatus;
  /** How the edition produces a level. */
  readonly scoring: ScoringMethod;
  /** Who the edition is for and when it is used, in our words. */
  readonly summary: string;
  /** Sources the edition was built from. */
  readonly sources: readonly SourceReference[];
  /** The sections, in form order. */
  readonly sections: readonly Section[];
  /** The items, in form order. */
  readonly items: readonly Item[];
}

/**
 * A reference to an instrument edition, as carried by inputs and results.
 *
 * @since 0.1.0
 * @category Editions and policies
 */
export interface InstrumentRef {
  /** Instrument id. */
  readonly id: string;
  /** Edition. */
  readonly edition: string;
}

/**
 * The tag on an item that is a da-risk example, not the publisher's text
 * (the Barnardo's RIM rows other than evidence of domestic violence).
 *
 * @example
 * ```ts
 * barnardosRimProvisional.items.filter((item) => item.tags.includes(LIBRARY_EXAMPLE_TAG)).length; // 16
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export const LIBRARY_EXAMPLE_TAG = 'library-example';
