/**
 * The Questionnaire items of one question: the question itself and its
 * follow-ups (sub-options, comment, source of the answer), each follow-up
 * enabled only where it is relevant.
 *
 * @module
 */
import { answerTypes, answerSources } from '../../model/answers.js';
import type { Item } from '../../model/instrument.js';
import { isLibraryExample } from '../../core/library-example.js';
import type { FhirQuestionnaireItem } from './r4-types.js';
import { ANSWER_SYSTEM, SOURCE_SYSTEM, optionSystem } from './code-systems.js';
import { choiceControl, weight } from './extensions.js';
import { followUpLinkId, optionsLinkId, questionLinkId } from './link-ids.js';
import { SOURCE_LABELS } from './option-labels.js';

const EXAMPLE_SUFFIX = ' (da-risk example)';

/** The text of a question and, for a da-risk example, a display note under it saying so (from its provenance). */
function labelled(item: Item, linkId: string): { readonly text: string; readonly item?: FhirQuestionnaireItem[] } {
  if (!isLibraryExample(item)) return { text: item.label };
  const note = item.provenance.note ?? 'A da-risk example, not the publisher\u2019s text.';
  return { text: `${item.label}${EXAMPLE_SUFFIX}`, item: [{ linkId: followUpLinkId(linkId, 'example'), text: note, type: 'display' }] };
}

/** Enabled once the question has any answer. */
function whenAnswered(question: string): Pick<FhirQuestionnaireItem, 'enableWhen'> {
  return { enableWhen: [{ question, operator: 'exists', answerBoolean: true }] };
}

/** Enabled when the question's answer is one of kind `yes` (several such values: any of them). */
function whenYes(item: Item, question: string): Pick<FhirQuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  const yes = answerTypes[item.answerType].values.filter((value) => value.kind === 'yes');
  return {
    enableWhen: yes.map((value) => ({ question, operator: '=', answerCoding: { system: ANSWER_SYSTEM, code: value.value } })),
    ...(yes.length > 1 ? { enableBehavior: 'any' } : {}),
  };
}

/** Where the answer came from: shown once the question is answered. */
function sourceItem(question: string): FhirQuestionnaireItem {
  return {
    linkId: followUpLinkId(question, 'source'),
    text: 'Source of the answer',
    type: 'choice',
    ...whenAnswered(question),
    extension: [choiceControl(false)],
    answerOption: answerSources.map((source) => ({ valueCoding: { system: SOURCE_SYSTEM, code: source, display: SOURCE_LABELS[source] } })),
  };
}

/**
 * The items of one question, in form order: the question (a free-text item,
 * or a single choice shown as radio buttons; when the edition is `counted` and
 * the item counts, its options carry their weight in the count: 1 for yes, 0
 * otherwise), then, for a
 * choice, each group of sub-options (enabled by a yes, check boxes when
 * several may be chosen) and the comment, and for every question the source
 * of the answer (both enabled once the question is answered). Inside a
 * repeating group (`scope`) every link id, and so every `enableWhen`, is
 * scoped by it.
 *
 * @internal
 */
export function questionItems(item: Item, counted: boolean, scope?: string): FhirQuestionnaireItem[] {
  const linkId = questionLinkId(item.id, scope);
  const type = answerTypes[item.answerType];
  const prefix = String(item.number);
  const weighted = counted && item.counts;
  if (type.freeText) return [{ linkId, prefix, ...labelled(item, linkId), type: 'text' }, sourceItem(linkId)];
  const question: FhirQuestionnaireItem = {
    linkId,
    prefix,
    ...labelled(item, linkId),
    type: 'choice',
    extension: [choiceControl(false)],
    answerOption: type.values.map((value) => ({
      valueCoding: { system: ANSWER_SYSTEM, code: value.value, display: value.label },
      ...(weighted ? { extension: weight(value.kind === 'yes' ? 1 : 0) } : {}),
    })),
  };
  const options = item.optionGroups.map(
    (group): FhirQuestionnaireItem => ({
      linkId: optionsLinkId(linkId, group.id),
      text: group.label,
      type: 'choice',
      repeats: group.multiple,
      ...whenYes(item, linkId),
      extension: [choiceControl(group.multiple)],
      answerOption: group.choices.map((choice) => ({ valueCoding: { system: optionSystem(item.id), code: choice.id, display: choice.label } })),
    }),
  );
  const comment: FhirQuestionnaireItem = { linkId: followUpLinkId(linkId, 'comment'), text: item.commentPrompt ?? 'Comment', type: 'text', ...whenAnswered(linkId) };
  return [question, ...options, comment, sourceItem(linkId)];
}
