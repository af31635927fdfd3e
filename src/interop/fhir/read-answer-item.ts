/**
 * Reading the response item of a question or one of its follow-ups (comment,
 * source, a group of sub-options) into the answer it belongs to. The reading
 * half of `answer-items.ts`.
 *
 * @module
 */
import type { DaRiskIssue } from '../../errors/error.js';
import { answerTypes } from '../../model/answers.js';
import type { Item } from '../../model/instrument.js';
import type { ResponseItemData } from '../../validate/fhir-response-schema.js';
import { ANSWER_SYSTEM, SOURCE_SYSTEM, optionSystem } from './code-systems.js';
import type { QuestionLink } from './link-ids.js';
import { code, one, value, type Path } from './read-values.js';

/** An answer as read so far, before validation. @internal */
export interface AnswerDraft {
  value?: string;
  comment?: string;
  options?: string[];
  source?: string;
}

/** Answers by item id, without a prototype (an id such as `constructor` finds nothing inherited). @internal */
export type AnswerDrafts = Record<string, AnswerDraft>;

/**
 * Empty answers.
 *
 * @internal
 */
export function answerDrafts(): AnswerDrafts {
  return Object.create(null) as AnswerDrafts;
}

/**
 * Reads the item of `question` that `link` names into its answer in
 * `answers` (the display note of a da-risk example holds nothing); false
 * when the link names a group of sub-options the question does not have
 * (the caller reports the link id as unknown).
 *
 * @internal
 */
export function readAnswerItem(issues: DaRiskIssue[], answers: AnswerDrafts, question: Item, link: QuestionLink, item: ResponseItemData, at: Path): boolean {
  const entry = (): AnswerDraft => (answers[question.id] ??= {});
  if (link.part === 'answer') {
    const answer = one(issues, item, at);
    const raw = answerTypes[question.answerType].freeText ? value(issues, answer, 'valueString', at) : code(issues, answer, ANSWER_SYSTEM, at);
    if (raw !== undefined) entry().value = raw;
  } else if (link.part === 'comment') {
    const raw = value(issues, one(issues, item, at), 'valueString', at);
    if (raw !== undefined) entry().comment = raw;
  } else if (link.part === 'source') {
    const raw = code(issues, one(issues, item, at), SOURCE_SYSTEM, at);
    if (raw !== undefined) entry().source = raw;
  } else if (link.part === 'options' && question.optionGroups.some((group) => group.id === link.group)) {
    const chosen = (item.answer ?? []).map((answer, a) => code(issues, answer, optionSystem(question.id), [...at, 'answer', a]));
    entry().options = [...(entry().options ?? []), ...chosen.filter((c): c is string => c !== undefined)];
  } else if (link.part === 'example') {
    // The display note under a da-risk example: it holds no answer (the response check refuses one), so nothing to read.
  } else {
    return false;
  }
  return true;
}

/**
 * An issue for every answer with a comment, source or sub-option but no
 * answer value. `where` names the answers' place (`item`, or a child's item).
 *
 * @internal
 */
export function detailsWithoutAnswer(answers: AnswerDrafts, where: Path): DaRiskIssue[] {
  return Object.entries(answers)
    .filter(([, answer]) => answer.value === undefined)
    .map(([id]) => ({ path: where, rule: 'detail-without-answer', message: `item ${id} has a comment, source or sub-option but no answer` }));
}
