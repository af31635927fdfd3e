/**
 * The link-id scheme of the FHIR Questionnaires and QuestionnaireResponses:
 * the one table of link ids, the functions that make them and the functions
 * that read them back into their parts. Both directions go through here, so
 * nothing else cuts a link id up.
 *
 * - a question: its item id (`strangulation`), or inside a repeating group
 *   the group's link id and the item id (`children.strangulation`, RIM);
 * - a question's follow-ups: `<question>.comment`, `<question>.source`,
 *   `<question>.options.<option group>` for each group of sub-options, and
 *   `<question>.example` for the display note under an item that is a da-risk
 *   example (tag `library-example`: the Barnardo's RIM rows not read on the
 *   matrix), whose text also ends "(da-risk example)";
 * - the link ids not made from an item: the fields of a group,
 *   `<group>.<field>` (`assessment.id`, `grade.level`, `secondary.edition`,
 *   `household.children`, `children.dateOfBirth`), and single items
 *   (`count`, `pregnancy`, `observations`, `evidence`).
 *
 * Item ids never contain the separator `.`, so these never collide.
 *
 * @module
 */

/** The separator between the parts of a link id (never inside an item id). */
const SEPARATOR = '.';

/**
 * The link-id table: every link id that is not an item id, and the parts a
 * question's follow-ups add to its link id.
 *
 * @internal
 */
export const LINK_IDS = {
  /** Items that stand alone, each with one link id. */
  single: {
    /** The calculated count of a checklist. */
    count: 'count',
    /** Whether the non-abusing parent is pregnant (RIM). */
    pregnancy: 'pregnancy',
    /** Officer observations (DARA). */
    observations: 'observations',
    /** Evidence references (DARA). */
    evidence: 'evidence',
  },
  /** Groups of fields: a field's link id is `<group>.<field>`. */
  groups: {
    /** The assessment's id and time (every edition). */
    assessment: ['id', 'assessedAt'],
    /** The assessor's grade (DARA). */
    grade: ['level', 'rationale', 'by', 'at', 'referToMarac'],
    /** Whether children live in the household (DARA); not a group item itself. */
    household: ['children'],
    /** The link to a secondary assessment (DARA). */
    secondary: ['instrument', 'edition', 'assessmentId'],
    /** One child of the household (RIM): a repeating group, whose questions are scoped by it too. */
    children: ['id', 'dateOfBirth', 'ageYears', 'ageMonths', 'specialNeeds'],
  },
  /** What a question's follow-ups add to its link id: `<question>.<follow-up>`; sub-options `<question>.options.<group>`. */
  followUps: {
    comment: 'comment',
    source: 'source',
    example: 'example',
    options: 'options',
  },
} as const;

/** A group of fields in the {@link LINK_IDS} table. @internal */
export type FieldGroup = keyof typeof LINK_IDS.groups;

/** A field of a group in the {@link LINK_IDS} table. @internal */
export type FieldOf<G extends FieldGroup> = (typeof LINK_IDS.groups)[G][number];

/** A follow-up of a question that is one item (all but the sub-options, which come one item per option group). @internal */
export type FollowUp = 'comment' | 'source' | 'example';

function join(...parts: readonly string[]): string {
  return parts.join(SEPARATOR);
}

/**
 * The link id of a group of fields: its name in the table. Not every group is
 * an item of its own (`household` is not).
 *
 * @internal
 */
export function groupLinkId(group: FieldGroup): string {
  return group;
}

/**
 * The link id of a group's field (`grade.level`).
 *
 * @internal
 */
export function fieldLinkId<G extends FieldGroup>(group: G, field: FieldOf<G>): string {
  return join(group, field);
}

/**
 * The link id of a question: its item id, or inside a repeating group
 * (`scope`, the group's link id) the two joined.
 *
 * @internal
 */
export function questionLinkId(itemId: string, scope?: string): string {
  return scope === undefined ? itemId : join(scope, itemId);
}

/**
 * The link id of the item that holds one of a question's follow-ups, from the
 * question's link id.
 *
 * @internal
 */
export function followUpLinkId(question: string, followUp: FollowUp): string {
  return join(question, LINK_IDS.followUps[followUp]);
}

/**
 * The link id of the item that holds a question's sub-options of one option
 * group, from the question's link id.
 *
 * @internal
 */
export function optionsLinkId(question: string, group: string): string {
  return join(question, LINK_IDS.followUps.options, group);
}

/**
 * The link id of a section's group: its id, or inside a repeating group
 * (`scope`) the two joined.
 *
 * @internal
 */
export function sectionLinkId(sectionId: string, scope?: string): string {
  return scope === undefined ? sectionId : join(scope, sectionId);
}

/**
 * A link id read as a question's: the item id and which of its items it is.
 *
 * @internal
 */
export type QuestionLink =
  | { readonly item: string; readonly part: 'answer' | FollowUp }
  | { readonly item: string; readonly part: 'options'; readonly group: string };

/**
 * Reads a link id of the form of a top-level question's or its follow-up's
 * (`<item>`, `<item>.comment`, `<item>.source`, `<item>.example`,
 * `<item>.options.<group>`) into its parts, or undefined when it has another
 * form (more parts than its own, or a follow-up there is none of). Whether
 * the item exists is for the caller to find out. A scoped link id
 * (`children.<item>`, in a RIM child) is read once its scope is taken off.
 *
 * @internal
 */
export function readQuestionLinkId(linkId: string): QuestionLink | undefined {
  const [item, rest, group, ...more] = linkId.split(SEPARATOR);
  if (item === undefined || more.length > 0) return undefined;
  if (rest === undefined) return { item, part: 'answer' };
  if (rest === LINK_IDS.followUps.options) return group === undefined ? undefined : { item, part: 'options', group };
  if (group !== undefined) return undefined;
  if (rest === LINK_IDS.followUps.comment) return { item, part: 'comment' };
  if (rest === LINK_IDS.followUps.source) return { item, part: 'source' };
  if (rest === LINK_IDS.followUps.example) return { item, part: 'example' };
  return undefined;
}

/**
 * A link id read as a group's field: the group, and the rest of the link id
 * (`field`), which need not be one of the group's fields (see
 * {@link isFieldOf}).
 *
 * @internal
 */
export interface FieldLink {
  readonly group: FieldGroup;
  readonly field: string;
}

function isFieldGroup(name: string): name is FieldGroup {
  return Object.prototype.hasOwnProperty.call(LINK_IDS.groups, name);
}

/**
 * Reads a link id that starts with a group of the table and the separator
 * into the group and the rest, or undefined for any other link id.
 *
 * @internal
 */
export function readFieldLinkId(linkId: string): FieldLink | undefined {
  const at = linkId.indexOf(SEPARATOR);
  if (at < 0) return undefined;
  const group = linkId.slice(0, at);
  return isFieldGroup(group) ? { group, field: linkId.slice(at + SEPARATOR.length) } : undefined;
}

/**
 * Whether a link id read by {@link readFieldLinkId} names a field of the
 * table in the given group.
 *
 * @internal
 */
export function isFieldOf<G extends FieldGroup>(link: FieldLink | undefined, group: G): link is { readonly group: G; readonly field: FieldOf<G> } {
  return link !== undefined && link.group === group && (LINK_IDS.groups[group] as readonly string[]).includes(link.field);
}
