/**
 * The response items of a set of answers: a group per section that has any,
 * each answer with its sub-options, comment and source. The writing half of
 * `read-answer-item.ts`.
 *
 * @module
 */
import { answerTypes } from '../../model/answers.js';
import type { Answer } from '../../model/assessment.js';
import type { Instrument, Item } from '../../model/instrument.js';
import type { FhirResponseItem } from './r4-types.js';
import { ANSWER_SYSTEM, SOURCE_SYSTEM, optionSystem } from './code-systems.js';
import { followUpLinkId, optionsLinkId, questionLinkId, sectionLinkId } from './link-ids.js';

/** The items of one answered question, in the Questionnaire's order. */
function answeredItems(item: Item, answer: Answer, scope: string | undefined): FhirResponseItem[] {
  const linkId = questionLinkId(item.id, scope);
  const out: FhirResponseItem[] = [];
  if (answerTypes[item.answerType].freeText) out.push({ linkId, answer: [{ valueString: answer.value }] });
  else out.push({ linkId, answer: [{ valueCoding: { system: ANSWER_SYSTEM, code: answer.value } }] });
  if (answer.options !== undefined) {
    for (const group of item.optionGroups) {
      const chosen = answer.options.filter((option) => group.choices.some((choice) => choice.id === option));
      // A group with nothing chosen has no answer list (FHIR arrays are never empty); it still says the sub-options were asked.
      out.push({ linkId: optionsLinkId(linkId, group.id), ...(chosen.length === 0 ? {} : { answer: chosen.map((code) => ({ valueCoding: { system: optionSystem(item.id), code } })) }) });
    }
  }
  if (answer.comment !== undefined) out.push({ linkId: followUpLinkId(linkId, 'comment'), answer: [{ valueString: answer.comment }] });
  if (answer.source !== undefined) out.push({ linkId: followUpLinkId(linkId, 'source'), answer: [{ valueCoding: { system: SOURCE_SYSTEM, code: answer.source } }] });
  return out;
}

/**
 * The response items of `answers` on an edition: a group per section that
 * has an answer, in form order. Inside a repeating group (`scope`, a RIM
 * child) the link ids are scoped by it. Unanswered items are left out.
 *
 * @internal
 */
export function answerItems(instrument: Instrument, answers: { readonly [itemId: string]: Answer }, scope?: string): FhirResponseItem[] {
  const out: FhirResponseItem[] = [];
  for (const [sectionId, items] of bySection(instrument)) {
    const children: FhirResponseItem[] = [];
    for (const item of items) {
      const answer = Object.prototype.hasOwnProperty.call(answers, item.id) ? answers[item.id] : undefined;
      if (answer !== undefined) children.push(...answeredItems(item, answer, scope));
    }
    if (children.length > 0) out.push({ linkId: sectionLinkId(sectionId, scope), item: children });
  }
  return out;
}

const SECTIONS = new WeakMap<Instrument, readonly (readonly [string, readonly Item[]])[]>();

/** An edition's items by section, in form order: made once per edition (editions are frozen). */
function bySection(instrument: Instrument): readonly (readonly [string, readonly Item[]])[] {
  let sections = SECTIONS.get(instrument);
  if (sections === undefined) {
    sections = instrument.sections.map((section) => [section.id, instrument.items.filter((item) => item.section === section.id)] as const);
    SECTIONS.set(instrument, sections);
  }
  return sections;
}
