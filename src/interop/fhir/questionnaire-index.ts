/**
 * An edition's Questionnaire read once into the lookups the check of a
 * response needs: each item by its place in the tree (its parent's children
 * by link id), its answer type, options, `required`, `repeats`, its
 * `enableWhen` conditions resolved to the items they name, and the one
 * calculated item the check knows how to work out (a checklist's count).
 *
 * Building the index refuses (`invalid-definition`) anything in the
 * Questionnaire the check would otherwise pass without checking: a property,
 * extension, item type or `enableWhen` it does not evaluate, and any other
 * read-only or calculated item. So a Questionnaire that gains one of these
 * fails its tests until the check is taught it, rather than letting responses
 * through unchecked.
 *
 * @module
 */
import { DaRiskError, type DaRiskIssue } from '../../errors/error.js';
import type { Instrument } from '../../model/instrument.js';
import type { FhirQuestionnaire, FhirQuestionnaireItem } from './r4-types.js';
import { CALCULATED, ITEM_CONTROL, ITEM_WEIGHT, ORDINAL_VALUE } from './extensions.js';
import { LINK_IDS } from './link-ids.js';
import { countExpression, toFhirQuestionnaire } from './questionnaire.js';

/** The R4 item types the check knows the answers of. @internal */
export type IndexedType = 'group' | 'display' | 'boolean' | 'decimal' | 'integer' | 'date' | 'dateTime' | 'time' | 'string' | 'text' | 'url' | 'choice' | 'open-choice';

const KNOWN_TYPES: ReadonlySet<string> = new Set<IndexedType>(['group', 'display', 'boolean', 'decimal', 'integer', 'date', 'dateTime', 'time', 'string', 'text', 'url', 'choice', 'open-choice']);

/** The item properties the check reads (or that do not bear on a response: `prefix`, `text`). */
const KNOWN_PROPERTIES: ReadonlySet<string> = new Set([
  'linkId',
  'prefix',
  'text',
  'type',
  'required',
  'repeats',
  'readOnly',
  'enableWhen',
  'enableBehavior',
  'answerOption',
  'item',
  'extension',
]);

/** Extensions that do not bear on what a response may hold: how a choice is shown, and answer weights. */
const PRESENTATION_EXTENSIONS: ReadonlySet<string> = new Set([ITEM_CONTROL]);
const OPTION_EXTENSIONS: ReadonlySet<string> = new Set([ITEM_WEIGHT, ORDINAL_VALUE]);

/** The value[x] of an answer, by the key an `enableWhen` compares (`answerCoding` → `valueCoding`). @internal */
export type AnswerKey = 'valueBoolean' | 'valueDecimal' | 'valueInteger' | 'valueDate' | 'valueDateTime' | 'valueTime' | 'valueString' | 'valueCoding';

/** One `enableWhen`, resolved: the question it reads, the operator, and the value compared (none for `exists`). @internal */
export interface IndexedCondition {
  readonly question: IndexedItem;
  readonly operator: 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
  /** For `exists`: whether an answer must exist. */
  readonly exists?: boolean;
  /** For the other operators: the answer key compared and the value. */
  readonly key?: AnswerKey;
  readonly value?: unknown;
}

/** A level of the tree: the top of the Questionnaire, or an item's children. @internal */
export interface IndexedLevel {
  /** The items of this level by link id. */
  readonly children: ReadonlyMap<string, IndexedItem>;
  /** The same, in the Questionnaire's order. */
  readonly childList: readonly IndexedItem[];
}

/** One item of the Questionnaire, with what the check needs of it. @internal */
export interface IndexedItem extends IndexedLevel {
  readonly linkId: string;
  readonly type: IndexedType;
  /** Where the item is in the Questionnaire (`['item', 4, 'item', 0]`), for messages. */
  readonly at: readonly (string | number)[];
  readonly required: boolean;
  readonly repeats: boolean;
  /** The nearest repeating group above the item (not the item itself), or undefined at the top: where its answers are looked up. */
  readonly scope: IndexedItem | undefined;
  readonly enableWhen: readonly IndexedCondition[];
  readonly enableBehavior: 'any' | 'all';
  /** For a choice: the codes allowed, by system. */
  readonly options: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  /** The calculation the check works out for a read-only item: today only a checklist's count of yes answers. */
  readonly calculation: 'yes-count' | undefined;
}

/** An edition's Questionnaire (at the default base) and its index. @internal */
export interface QuestionnaireIndex extends IndexedLevel {
  readonly questionnaire: FhirQuestionnaire;
  readonly byLinkId: ReadonlyMap<string, IndexedItem>;
}

const OPERATORS: ReadonlySet<string> = new Set(['exists', '=', '!=', '>', '<', '>=', '<=']);
const ORDERED = new Set(['>', '<', '>=', '<=']);
const ANSWER_KEYS: readonly (readonly [string, AnswerKey])[] = [
  ['answerBoolean', 'valueBoolean'],
  ['answerDecimal', 'valueDecimal'],
  ['answerInteger', 'valueInteger'],
  ['answerDate', 'valueDate'],
  ['answerDateTime', 'valueDateTime'],
  ['answerTime', 'valueTime'],
  ['answerString', 'valueString'],
  ['answerCoding', 'valueCoding'],
];

/**
 * The value[x] each item type takes (several: either): what an answer holds, and what an
 * `enableWhen` on a question of that type compares with.
 *
 * @internal
 */
export const VALUE_KEYS: Readonly<Record<IndexedType, readonly string[]>> = /* @__PURE__ */ Object.freeze({
  group: [],
  display: [],
  boolean: ['valueBoolean'],
  decimal: ['valueDecimal'],
  integer: ['valueInteger'],
  date: ['valueDate'],
  dateTime: ['valueDateTime'],
  time: ['valueTime'],
  string: ['valueString'],
  text: ['valueString'],
  url: ['valueUri'],
  choice: ['valueCoding'],
  'open-choice': ['valueCoding', 'valueString'],
});

interface Draft {
  linkId: string;
  type: IndexedType;
  at: readonly (string | number)[];
  required: boolean;
  repeats: boolean;
  scope: Draft | undefined;
  enableWhen: IndexedCondition[];
  enableBehavior: 'any' | 'all';
  options: Map<string, Set<string>> | undefined;
  calculation: 'yes-count' | undefined;
  children: Map<string, Draft>;
  childList: Draft[];
  source: FhirQuestionnaireItem;
}

/**
 * Reads a Questionnaire into its index; `instrument` is the edition it was
 * built from (the count is recognised by its expression). Throws
 * `invalid-definition`, naming the Questionnaire path and the rule, for
 * anything the check of a response would not evaluate.
 *
 * @internal
 */
export function indexQuestionnaire(questionnaire: FhirQuestionnaire, instrument: Instrument): QuestionnaireIndex {
  const issues: DaRiskIssue[] = [];
  const refuse = (at: readonly (string | number)[], rule: string, message: string): void => void issues.push({ path: at, rule, message });
  const byLinkId = new Map<string, Draft>();
  const all: Draft[] = [];

  const read = (items: readonly FhirQuestionnaireItem[] | undefined, at: readonly (string | number)[], parent: Draft | undefined, scope: Draft | undefined): Draft[] =>
    (items ?? []).map((item, index) => {
      const here = [...at, index];
      for (const key of Object.keys(item)) if (!KNOWN_PROPERTIES.has(key)) refuse([...here, key], 'unchecked-property', 'is a property the response check does not evaluate');
      const type = KNOWN_TYPES.has(item.type) ? (item.type as IndexedType) : 'display';
      if (!KNOWN_TYPES.has(item.type)) refuse([...here, 'type'], 'unchecked-type', 'is an item type the response check does not know the answers of');
      const draft: Draft = {
        linkId: item.linkId,
        type,
        at: here,
        required: item.required === true,
        repeats: item.repeats === true,
        scope,
        enableWhen: [],
        enableBehavior: item.enableBehavior === 'all' ? 'all' : 'any',
        options: undefined,
        calculation: undefined,
        children: new Map(),
        childList: [],
        source: item,
      };
      if (byLinkId.has(item.linkId)) refuse([...here, 'linkId'], 'duplicate-link-id', 'repeats a linkId of the Questionnaire');
      byLinkId.set(item.linkId, draft);
      all.push(draft);
      readOptions(draft, item, here, refuse);
      readCalculation(draft, item, here, parent, instrument, refuse);
      if (draft.required && parent !== undefined && parent.type !== 'group') {
        refuse([...here, 'required'], 'unchecked-property', 'is required under a question, which the response check does not evaluate');
      }
      if (type === 'display' && draft.required) refuse([...here, 'required'], 'unchecked-property', 'a display item cannot be required');
      if (type === 'display' && item.item !== undefined) refuse([...here, 'item'], 'unchecked-property', 'a display item has no items under it');
      draft.childList = read(item.item, [...here, 'item'], draft, type === 'group' && draft.repeats ? draft : scope);
      for (const child of draft.childList) draft.children.set(child.linkId, child);
      return draft;
    });

  const top = read(questionnaire.item, ['item'], undefined, undefined);
  // enableWhen is resolved once every item is known: a condition may name an item further down the form.
  for (const draft of all) readEnableWhen(draft, byLinkId, refuse);
  if (issues.length > 0) throw new DaRiskError('invalid-definition', issues);
  const children = new Map(top.map((draft) => [draft.linkId, draft] as const));
  return freezeIndex({ questionnaire, children, childList: top, byLinkId });
}

function readOptions(draft: Draft, item: FhirQuestionnaireItem, at: readonly (string | number)[], refuse: (at: readonly (string | number)[], rule: string, message: string) => void): void {
  const choice = draft.type === 'choice' || draft.type === 'open-choice';
  if (!choice) {
    if (item.answerOption !== undefined) refuse([...at, 'answerOption'], 'unchecked-answer-option', 'answer options on an item that is not a choice are not evaluated');
    return;
  }
  if (item.answerOption === undefined || item.answerOption.length === 0) {
    refuse([...at, 'answerOption'], 'unchecked-answer-option', 'a choice without answer options cannot be checked');
    return;
  }
  const options = new Map<string, Set<string>>();
  item.answerOption.forEach((option, o) => {
    const keys = Object.keys(option).filter((key) => key !== 'extension');
    const coding = option.valueCoding;
    if (keys.length !== 1 || coding?.system === undefined || coding.code === undefined) {
      refuse([...at, 'answerOption', o], 'unchecked-answer-option', 'an answer option must be one valueCoding with a system and a code');
      return;
    }
    for (const extension of option.extension ?? []) {
      if (!OPTION_EXTENSIONS.has(extension.url)) refuse([...at, 'answerOption', o, 'extension'], 'unchecked-extension', 'is an extension the response check does not evaluate');
    }
    let codes = options.get(coding.system);
    if (codes === undefined) options.set(coding.system, (codes = new Set()));
    codes.add(coding.code);
  });
  draft.options = options;
}

/** Recognises the one calculated item the check works out; any other read-only or calculated item, or unknown extension, is refused. */
function readCalculation(
  draft: Draft,
  item: FhirQuestionnaireItem,
  at: readonly (string | number)[],
  parent: Draft | undefined,
  instrument: Instrument,
  refuse: (at: readonly (string | number)[], rule: string, message: string) => void,
): void {
  const extensions = item.extension ?? [];
  const calculated = extensions.filter((extension) => extension.url === CALCULATED);
  extensions.forEach((extension, e) => {
    if (extension.url !== CALCULATED && !PRESENTATION_EXTENSIONS.has(extension.url)) {
      refuse([...at, 'extension', e], 'unchecked-extension', 'is an extension the response check does not evaluate');
    }
  });
  if (item.readOnly !== true && calculated.length === 0) return;
  const isCount =
    parent === undefined &&
    item.linkId === LINK_IDS.single.count &&
    draft.type === 'integer' &&
    item.readOnly === true &&
    !draft.repeats &&
    calculated.length === 1 &&
    calculated[0]?.valueExpression?.language === 'text/fhirpath' &&
    calculated[0].valueExpression.expression === countExpression(instrument);
  if (isCount) draft.calculation = 'yes-count';
  else refuse(at, 'unchecked-calculation', 'is a read-only or calculated item whose value the response check does not know how to work out');
}

function readEnableWhen(draft: Draft, byLinkId: ReadonlyMap<string, Draft>, refuse: (at: readonly (string | number)[], rule: string, message: string) => void): void {
  const conditions = draft.source.enableWhen ?? [];
  if (conditions.length > 1 && draft.source.enableBehavior === undefined) {
    refuse([...draft.at, 'enableBehavior'], 'unchecked-enable-when', 'several enableWhen need an enableBehavior (R4 que-12)');
  }
  conditions.forEach((condition, c) => {
    const at = [...draft.at, 'enableWhen', c];
    const question = byLinkId.get(condition.question);
    if (question === undefined || question.type === 'group' || question.type === 'display') {
      refuse([...at, 'question'], 'unchecked-enable-when', 'names no question of the Questionnaire');
      return;
    }
    // The question's answers must be found in the same repeat as the item: its repeating group is one the item is inside too.
    let scope = draft.scope;
    while (scope !== question.scope && scope !== undefined) scope = scope.scope;
    if (scope !== question.scope) {
      refuse([...at, 'question'], 'unchecked-enable-when', 'names a question inside a repeating group the item is not in');
      return;
    }
    const values = ANSWER_KEYS.filter(([key]) => (condition as unknown as Record<string, unknown>)[key] !== undefined);
    if (!OPERATORS.has(condition.operator) || values.length !== 1) {
      refuse(at, 'unchecked-enable-when', 'must have one of the R4 operators and exactly one answer[x]');
      return;
    }
    const [answerKey, key] = values[0]!;
    const value = (condition as unknown as Record<string, unknown>)[answerKey];
    if (condition.operator === 'exists') {
      if (typeof value !== 'boolean') refuse(at, 'unchecked-enable-when', 'exists takes an answerBoolean');
      else draft.enableWhen.push({ question, operator: 'exists', exists: value });
      return;
    }
    const comparable = VALUE_KEYS[question.type].includes(key);
    const ordered = ORDERED.has(condition.operator);
    if (!comparable || (ordered && key !== 'valueInteger' && key !== 'valueDecimal')) {
      refuse(at, 'unchecked-enable-when', 'compares a value the response check does not compare with this question');
      return;
    }
    draft.enableWhen.push({ question, operator: condition.operator, key, value });
  });
}

function freezeIndex(index: { questionnaire: FhirQuestionnaire; children: Map<string, Draft>; childList: Draft[]; byLinkId: Map<string, Draft> }): QuestionnaireIndex {
  // The drafts become the index as they are: nothing outside this module holds them, and none is changed after this point.
  return Object.freeze(index as unknown as QuestionnaireIndex);
}

const INDEXES = new WeakMap<Instrument, QuestionnaireIndex>();

/**
 * The index of an edition's Questionnaire (at the default base), built once
 * per edition object (editions are frozen).
 *
 * @throws DaRiskError `invalid-definition` when the Questionnaire has something the check does not evaluate (a library defect, caught by the tests)
 * @internal
 */
export function questionnaireIndex(instrument: Instrument): QuestionnaireIndex {
  let index = INDEXES.get(instrument);
  if (index === undefined) {
    index = indexQuestionnaire(toFhirQuestionnaire(instrument), instrument);
    INDEXES.set(instrument, index);
  }
  return index;
}
