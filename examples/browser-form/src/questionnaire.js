// Reads a FHIR R4 Questionnaire, as da-risk ships it (docs/fhir/*.questionnaire.json,
// `toFhirQuestionnaire` in `da-risk/fhir`), into what the form draws: sections of
// questions, each with its answer options (the `answerOption` codings and their
// display texts), its control (radio buttons or check boxes, from the
// `questionnaire-itemControl` extension) and its follow-ups (comment, source of the
// answer, sub-options), each shown only while its `enableWhen` holds.
//
// The link ids follow the library's scheme: `<item>` for the answer,
// `<item>.comment`, `<item>.source`, `<item>.options.<group>` for the follow-ups.
// Groups the form does not draw (the assessment's id and time, which the page sets;
// DARA's grade, which the judgement panel records; references) are skipped.

const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
/** Groups and items the page fills in itself, or that a case system holds. */
const SKIPPED = new Set(['assessment', 'grade', 'secondary', 'observations', 'evidence', 'count']);
/** Questions outside the numbered items that the form asks, by link id, with where their answer goes. */
export const FIELD_LINK_IDS = { 'household.children': 'childrenInHousehold' };

function control(item) {
  for (const extension of item.extension ?? []) {
    if (extension.url !== ITEM_CONTROL) continue;
    const code = extension.valueCodeableConcept?.coding?.[0]?.code;
    if (code === 'check-box') return 'check';
    if (code === 'radio-button') return 'radio';
  }
  return item.repeats ? 'check' : 'radio';
}

function options(item) {
  return (item.answerOption ?? []).flatMap((option) => {
    const coding = option.valueCoding;
    if (coding?.code !== undefined) return [{ code: coding.code, display: coding.display ?? coding.code }];
    if (typeof option.valueString === 'string') return [{ code: option.valueString, display: option.valueString }];
    return [];
  });
}

/** The item's `enableWhen`, kept to the two operators the shipped Questionnaires use. */
function condition(item) {
  const rules = (item.enableWhen ?? []).map((rule) => ({
    question: rule.question,
    operator: rule.operator,
    exists: rule.answerBoolean,
    code: rule.answerCoding?.code,
  }));
  return rules.length === 0 ? null : { rules, behavior: item.enableBehavior ?? 'all' };
}

/**
 * Whether an item's `enableWhen` holds, given the answer codes so far
 * (`answers.get(linkId)` is the chosen code, or undefined). Operators other
 * than `exists` and `=` leave the item shown: a follow-up is never hidden by
 * a rule the form does not read.
 */
export function enabled(when, answers) {
  if (when === null) return true;
  const results = when.rules.map((rule) => {
    const answer = answers.get(rule.question);
    if (rule.operator === 'exists') return (answer !== undefined) === (rule.exists !== false);
    if (rule.operator === '=') return answer !== undefined && answer === rule.code;
    return true;
  });
  return when.behavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}

/**
 * The form's model of a Questionnaire: `{ title, sections: [{ id, title, questions }], fields }`.
 * A question is `{ id, prefix, text, type: 'choice' | 'text', options, control, comment, source, groups, notes }`.
 * Throws when an item of the edition has no question: the Questionnaire and the edition must match.
 */
export function readQuestionnaire(questionnaire, instrument) {
  if (questionnaire?.resourceType !== 'Questionnaire') throw new Error('not a FHIR Questionnaire');
  const itemIds = new Set(instrument.items.map((item) => item.id));
  const questions = new Map();
  const sections = [];
  const fields = [];

  const readFollowUp = (item) => {
    const [base, part, group] = item.linkId.split('.');
    const question = questions.get(base);
    if (question === undefined) return false;
    if (part === 'comment' && item.type === 'text') question.comment = { linkId: item.linkId, text: item.text, when: condition(item) };
    else if (part === 'source' && item.type === 'choice') question.source = { linkId: item.linkId, text: item.text, options: options(item), when: condition(item) };
    else if (part === 'options' && group !== undefined && item.type === 'choice') {
      question.groups.push({ id: group, linkId: item.linkId, text: item.text, options: options(item), control: control(item), when: condition(item) });
    } else if (item.type === 'display') question.notes.push(item.text);
    else return false;
    for (const child of item.item ?? []) readFollowUp(child);
    return true;
  };

  const readItems = (items, section) => {
    for (const item of items) {
      if (SKIPPED.has(item.linkId) || item.repeats && item.type === 'group') continue;
      if (item.type === 'group') {
        const next = { id: item.linkId, title: item.text, questions: [] };
        sections.push(next);
        readItems(item.item ?? [], next);
        continue;
      }
      if (itemIds.has(item.linkId) && (item.type === 'choice' || item.type === 'text')) {
        const question = {
          id: item.linkId,
          prefix: item.prefix ?? '',
          text: item.text,
          type: item.type,
          options: options(item),
          control: control(item),
          comment: null,
          source: null,
          groups: [],
          notes: [],
        };
        questions.set(item.linkId, question);
        let owner = section;
        if (owner === null) {
          owner = { id: `${item.linkId}-section`, title: '', questions: [] };
          sections.push(owner);
        }
        owner.questions.push(question);
        for (const child of item.item ?? []) readFollowUp(child);
        continue;
      }
      if (readFollowUp(item)) continue;
      if (item.linkId in FIELD_LINK_IDS && item.type === 'choice') {
        fields.push({ id: item.linkId, key: FIELD_LINK_IDS[item.linkId], text: item.text, options: options(item) });
      }
    }
  };
  readItems(questionnaire.item ?? [], null);

  const missing = [...itemIds].filter((id) => !questions.has(id));
  if (missing.length > 0) throw new Error(`the Questionnaire lacks ${missing.length} item(s) of ${instrument.id} ${instrument.edition}`);
  return { title: questionnaire.title ?? instrument.title, sections: sections.filter((section) => section.questions.length > 0), fields };
}
