/**
 * The check of a FHIR R4 QuestionnaireResponse against the Questionnaire of
 * the edition it names: the one rule for what a response may hold, which
 * {@link fromQuestionnaireResponse} runs before it reads anything.
 *
 * @module
 */
import { DaRiskError, formatPath, isDaRiskError, type DaRiskIssue } from '../../errors/error.js';
import type { Instrument } from '../../model/instrument.js';
import type { Validated } from '../../api/validated.js';
import { defaultRegistry } from '../../api/default-registry.js';
import { checkRegistry, type InstrumentRegistry } from '../../api/registry.js';
import { questionnaireResponseSchema, type ResponseAnswerData, type ResponseData, type ResponseItemData } from '../../validate/fhir-response-schema.js';
import { parse } from '../../validate/parse.js';
import { canonical, readVersionedCanonical, versionedCanonical, type FhirOptions } from './canonical.js';
import { ANSWER_SYSTEM } from './code-systems.js';
import { questionLinkId } from './link-ids.js';
import { questionnaireIndex, VALUE_KEYS, type AnswerKey, type IndexedCondition, type IndexedItem, type IndexedLevel } from './questionnaire-index.js';
import { toFhirQuestionnaire } from './questionnaire.js';
import type { FhirQuestionnaire } from './r4-types.js';
import { yesCount } from './yes-count.js';

type Path = readonly (string | number)[];

/** One repeat of a repeating group (or the whole response): the answers of the questions in it, by link id. */
interface Scope {
  /** The repeating group (undefined for the whole response). */
  readonly group: IndexedItem | undefined;
  readonly parent: Scope | undefined;
  readonly answers: Map<string, readonly ResponseAnswerData[]>;
}

/** A response item matched to its Questionnaire item. */
interface Instance {
  readonly node: IndexedItem;
  readonly item: ResponseItemData;
  readonly path: Path;
  /** The repeat the item is in: where its `enableWhen` questions are answered. */
  readonly scope: Scope;
  /** The repeat its own items are in (a new one for each repeat of a repeating group). */
  readonly inner: Scope;
  /** A group's items, or the items under a question's answers. */
  readonly children: Instance[];
}

// The R4 patterns of the primitive types (from the official R4 JSON Schema).
const YEAR = '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)';
const TIME = '([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?';
const R4_DATE = new RegExp(`^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$`);
const R4_DATE_TIME = new RegExp(`^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T${TIME}(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$`);
const R4_TIME = new RegExp(`^${TIME}$`);
const R4_URI = /^\S+$/;
const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

/** R4 dates "SHALL be valid dates": a day that the month has (29 February only in a leap year). */
function realDay(text: string): boolean {
  if (text.length < 10) return true;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FORMATS: Readonly<Record<string, { readonly pattern: RegExp; readonly message: string; readonly day: boolean }>> = {
  valueDate: { pattern: R4_DATE, message: 'must be an R4 date: YYYY, YYYY-MM or YYYY-MM-DD, a day the month has', day: true },
  valueDateTime: { pattern: R4_DATE_TIME, message: 'must be an R4 dateTime: a date, or a date and time with seconds and a time zone', day: true },
  valueTime: { pattern: R4_TIME, message: 'must be an R4 time: hh:mm:ss', day: false },
  valueUri: { pattern: R4_URI, message: 'must be an R4 uri: text without spaces', day: false },
};

/** The problem with one value of the right key, or undefined when it is well-formed (a coding is checked against the options apart). */
function malformed(key: string, value: unknown): { readonly rule: string; readonly message: string } | undefined {
  switch (key) {
    case 'valueBoolean':
      return typeof value === 'boolean' ? undefined : { rule: 'type', message: 'must be a valueBoolean: true or false' };
    case 'valueInteger':
      return typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX
        ? undefined
        : { rule: 'type', message: 'must be a valueInteger: a whole number (R4 integer, 32-bit)' };
    case 'valueDecimal':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : { rule: 'type', message: 'must be a valueDecimal: a number' };
    case 'valueString':
      if (typeof value !== 'string') return { rule: 'type', message: 'must be a valueString: text' };
      return value.length > 0 ? undefined : { rule: 'format', message: 'must not be empty (R4 strings have at least one character)' };
    default: {
      const format = FORMATS[key];
      if (format === undefined) return undefined;
      if (typeof value !== 'string') return { rule: 'type', message: `must be a ${key}: text` };
      return format.pattern.test(value) && (!format.day || realDay(value)) ? undefined : { rule: 'format', message: format.message };
    }
  }
}

/** The issues of one answer of a question: one value[x], of the key its type takes, well-formed, and for a choice one of its options. */
function checkAnswer(node: IndexedItem, answer: ResponseAnswerData, item: Path, a: number, issues: DaRiskIssue[]): void {
  const problem = answerProblem(node, answer);
  if (problem !== undefined) issues.push({ path: [...item, 'answer', a, ...problem.under], rule: problem.rule, message: problem.message });
}

/** What is wrong with one answer, and where under it (nothing: the answer itself), or undefined when nothing is. */
function answerProblem(node: IndexedItem, answer: ResponseAnswerData): { readonly under: readonly string[]; readonly rule: string; readonly message: string } | undefined {
  let key: string | undefined;
  let values = 0;
  for (const name in answer) {
    if (name.startsWith('value')) {
      key = name;
      values++;
    }
  }
  if (values !== 1 || key === undefined) return { under: [], rule: 'one-value', message: 'must hold exactly one value[x]' };
  const allowed = VALUE_KEYS[node.type];
  if (!allowed.includes(key)) return { under: [allowed[0]!], rule: 'type', message: `must be a ${allowed.join(' or ')}: the item is of type ${node.type}` };
  const value = answer[key];
  if (key !== 'valueCoding') {
    const problem = malformed(key, value);
    return problem === undefined ? undefined : { under: [key], ...problem };
  }
  const options = node.options ?? new Map<string, ReadonlySet<string>>();
  if (!isObject(value) || typeof value['system'] !== 'string' || typeof value['code'] !== 'string') {
    return { under: [key], rule: 'coding', message: `must be a coding with a system and a code, of ${[...options.keys()].join(' or ')}` };
  }
  const codes = options.get(value['system']);
  if (codes === undefined) return { under: [key], rule: 'coding', message: `must be a code of ${[...options.keys()].join(' or ')}` };
  if (!codes.has(value['code'])) return { under: [key], rule: 'one-of', message: `must be one of the item's answer options: ${[...codes].join(', ')}` };
  return undefined;
}

const UNKNOWN_LINK_ID = { rule: 'unknown-link-id', message: 'is not an item of the Questionnaire' } as const;
const MISPLACED_LINK_ID = {
  rule: 'misplaced-link-id',
  message: 'is an item of the Questionnaire, but not here: each item goes under its own parent item (a question\u2019s items under one of its answers)',
} as const;

/**
 * Matches a level of response items to the Questionnaire items allowed there
 * (`level`), checking each item's place, repeats, answers and values; returns
 * the matched items. Recursion is bounded: the schema refuses items nested
 * more than `MAX_ITEM_DEPTH` deep.
 */
function match(items: readonly ResponseItemData[], level: IndexedLevel, path: Path, scope: Scope, byLinkId: ReadonlyMap<string, IndexedItem>, issues: DaRiskIssue[]): Instance[] {
  const out: Instance[] = [];
  const first = new Map<string, Path>();
  items.forEach((item, index) => {
    const at = [...path, index];
    const node = level.children.get(item.linkId);
    if (node === undefined) {
      issues.push({ path: [...at, 'linkId'], ...(byLinkId.has(item.linkId) ? MISPLACED_LINK_ID : UNKNOWN_LINK_ID) });
      return;
    }
    const seen = first.get(item.linkId);
    if (seen !== undefined && !(node.type === 'group' && node.repeats)) {
      issues.push({
        path: [...at, 'linkId'],
        rule: 'duplicate-link-id',
        message: `repeats the linkId of ${formatPath(seen)}: the item does not repeat, and a question is answered in one item (several answers go in its answer list)`,
      });
      return;
    }
    if (seen === undefined) first.set(item.linkId, at);
    // FHIR JSON has no empty arrays: an item with nothing in it leaves the property out.
    if (item.answer?.length === 0) issues.push({ path: [...at, 'answer'], rule: 'empty-array', message: 'is an empty list: FHIR JSON leaves out a property that has no values' });
    if (item.item?.length === 0) issues.push({ path: [...at, 'item'], rule: 'empty-array', message: 'is an empty list: FHIR JSON leaves out a property that has no values' });
    const answers = item.answer ?? [];
    if (node.type === 'group' || node.type === 'display') {
      if (answers.length > 0) issues.push({ path: [...at, 'answer'], rule: 'not-answerable', message: `carries an answer, which a ${node.type} item does not` });
      if (node.type === 'display' && (item.item?.length ?? 0) > 0) issues.push({ path: [...at, 'item'], rule: 'unexpected-nesting', message: 'nests items under a display item, which has none' });
      const inner: Scope = node.type === 'group' && node.repeats ? { group: node, parent: scope, answers: new Map() } : scope;
      const children = node.type === 'group' ? match(item.item ?? [], node, [...at, 'item'], inner, byLinkId, issues) : [];
      out.push({ node, item, path: at, scope, inner, children });
      return;
    }
    if ((item.item?.length ?? 0) > 0) {
      issues.push({ path: [...at, 'item'], rule: 'unexpected-nesting', message: 'nests items directly under a question: R4 puts them under one of its answers, where the Questionnaire has items under the question' });
    }
    if (answers.length > 1 && !node.repeats) issues.push({ path: [...at, 'answer'], rule: 'too-many-answers', message: 'must have at most one answer: the item does not repeat' });
    const children: Instance[] = [];
    answers.forEach((answer, a) => {
      checkAnswer(node, answer, at, a, issues);
      if (answer.item === undefined || answer.item.length === 0) return;
      if (node.childList.length === 0) {
        issues.push({ path: [...at, 'answer', a, 'item'], rule: 'unexpected-nesting', message: 'nests items under an answer, which this question of the Questionnaire has none of' });
      } else children.push(...match(answer.item, node, [...at, 'answer', a, 'item'], scope, byLinkId, issues));
    });
    if (!scope.answers.has(node.linkId)) scope.answers.set(node.linkId, answers);
    out.push({ node, item, path: at, scope, inner: scope, children });
  });
  return out;
}

/** The answers of `question` in the repeat an item is in (`scope`): the nearest occurrence, as R4 resolves an `enableWhen`. */
function answersOf(question: IndexedItem, scope: Scope): readonly ResponseAnswerData[] {
  if (scope.group === question.scope) return scope.answers.get(question.linkId) ?? [];
  let at: Scope | undefined = scope.parent;
  while (at !== undefined && at.group !== question.scope) at = at.parent;
  return at?.answers.get(question.linkId) ?? [];
}

function equal(answer: ResponseAnswerData, condition: IndexedCondition): boolean {
  const value = answer[condition.key as AnswerKey];
  if (condition.key !== 'valueCoding') return value === condition.value;
  const wanted = condition.value as { readonly system?: string; readonly code?: string };
  return isObject(value) && value['system'] === wanted.system && value['code'] === wanted.code;
}

function compare(answer: ResponseAnswerData, condition: IndexedCondition): boolean {
  const value = answer[condition.key as AnswerKey];
  const wanted = condition.value as number;
  if (typeof value !== 'number') return false;
  switch (condition.operator) {
    case '>':
      return value > wanted;
    case '<':
      return value < wanted;
    case '>=':
      return value >= wanted;
    default:
      return value <= wanted;
  }
}

/** One `enableWhen`, by the R4 definitions of its operator (`!=`: no answer equals the value). */
function holds(condition: IndexedCondition, answers: readonly ResponseAnswerData[]): boolean {
  switch (condition.operator) {
    case 'exists':
      return answers.length > 0 === condition.exists;
    case '=':
      return answers.some((answer) => equal(answer, condition));
    case '!=':
      return !answers.some((answer) => equal(answer, condition));
    default:
      return answers.some((answer) => compare(answer, condition));
  }
}

/**
 * Whether an item is enabled in the repeat it is in. An answer on a question
 * that is itself disabled is reported on its own, so the outcome never rests
 * on reading it as a value.
 */
function enabled(node: IndexedItem, scope: Scope): boolean {
  if (node.enableWhen.length === 0) return true;
  const all = node.enableBehavior === 'all';
  for (const condition of node.enableWhen) {
    // any: the first that holds enables; all: the first that fails disables.
    if (holds(condition, answersOf(condition.question, scope)) !== all) return !all;
  }
  return all;
}

function answered(instance: Instance): boolean {
  return (instance.item.answer ?? []).length > 0 || instance.children.some(answered);
}

/** What the second pass needs besides the items. */
interface Settle {
  readonly instrument: Instrument;
  /** `required` is demanded of a completed response only (R4: "must be present in a completed QuestionnaireResponse"). */
  readonly demand: boolean;
  readonly issues: DaRiskIssue[];
}

/** The code of a question's one answer of the answer system in `scope` (for the count). */
function answerCode(scope: Scope, itemId: string): string | undefined {
  const coding = scope.answers.get(questionLinkId(itemId))?.[0]?.['valueCoding'];
  return isObject(coding) && coding['system'] === ANSWER_SYSTEM && typeof coding['code'] === 'string' ? coding['code'] : undefined;
}

/** The second pass over matched items: what is enabled, what is required, and the calculated count. */
function settle(level: IndexedLevel, instances: readonly Instance[], itemsPath: Path, scope: Scope, context: Settle): void {
  const { issues } = context;
  if (context.demand) {
    for (const child of level.childList) {
      if (!child.required || !enabled(child, scope)) continue;
      const present = instances.filter((instance) => instance.node === child);
      if (present.length === 0) {
        issues.push({ path: itemsPath, rule: 'required', message: `misses the required item ${child.linkId} (Questionnaire ${formatPath(child.at)})` });
      } else if (child.type !== 'group') {
        for (const instance of present) if ((instance.item.answer ?? []).length === 0) issues.push({ path: [...instance.path, 'answer'], rule: 'required', message: 'must have an answer: the item is required' });
      }
    }
  }
  for (const instance of instances) {
    const { node } = instance;
    if (!enabled(node, instance.scope)) {
      if (answered(instance)) {
        issues.push({
          path: node.type === 'group' ? instance.path : [...instance.path, 'answer'],
          rule: 'disabled-item-answered',
          message: 'is answered, but its enableWhen is not met, so the Questionnaire allows no answer here',
        });
      }
      continue;
    }
    if (node.calculation === 'yes-count') {
      const stated = instance.item.answer?.[0]?.['valueInteger'];
      const yes = yesCount(context.instrument, (itemId) => answerCode(instance.scope, itemId));
      if (instance.item.answer?.length === 1 && typeof stated === 'number' && Number.isInteger(stated) && stated !== yes) {
        issues.push({ path: [...instance.path, 'answer', 0, 'valueInteger'], rule: 'count-mismatch', message: 'must equal the number of yes answers on the counting questions' });
      }
    }
    if (node.type === 'group') settle(node, instance.children, [...instance.path, 'item'], instance.inner, context);
    // Under a question's answers: only items that are never required (the index refuses a required one there).
    else if (instance.children.length > 0) settle(node, instance.children, instance.path, instance.inner, context);
  }
}

/** A response checked against its Questionnaire: the edition, its Questionnaire and the response as read. @internal */
export interface CheckedResponse {
  readonly instrument: Instrument;
  readonly questionnaire: FhirQuestionnaire;
  readonly response: ResponseData;
}

/** The registry's lookup, with a refusal placed on the response's `questionnaire`, which named the edition. */
function lookUp(registry: InstrumentRegistry, id: string, edition: string): Instrument {
  try {
    return registry.get(id, edition);
  } catch (error) {
    if (!isDaRiskError(error) || (error.code !== 'unknown-instrument' && error.code !== 'unknown-edition')) throw error;
    throw new DaRiskError(
      error.code,
      error.issues.map((issue) => ({ ...issue, path: ['questionnaire'] })),
    );
  }
}

/**
 * {@link validateQuestionnaireResponse} that throws, and gives the response as
 * read too, for {@link fromQuestionnaireResponse}.
 *
 * @throws DaRiskError `invalid-input`, `unknown-instrument`, `unknown-edition`, `invalid-definition` (a registry not made by `createRegistry`)
 * @internal
 */
export function checkQuestionnaireResponse(response: unknown, registry: unknown, options: FhirOptions | undefined): CheckedResponse {
  const parsed = parse(questionnaireResponseSchema, response);
  const named = readVersionedCanonical(parsed.questionnaire, options);
  const instrument = lookUp(checkRegistry(registry), named.id, named.edition);
  if (parsed.questionnaire !== versionedCanonical(instrument, options)) {
    throw new DaRiskError('invalid-input', [
      { path: ['questionnaire'], rule: 'unknown-questionnaire', message: 'must be the canonical URL of a da-risk Questionnaire followed by |edition, and nothing more' },
    ]);
  }
  const index = questionnaireIndex(instrument);
  const issues: DaRiskIssue[] = [];
  if (parsed.authored !== undefined && !(R4_DATE_TIME.test(parsed.authored) && realDay(parsed.authored))) {
    issues.push({ path: ['authored'], rule: 'format', message: FORMATS['valueDateTime']!.message });
  }
  const root: Scope = { group: undefined, parent: undefined, answers: new Map() };
  const matched = match(parsed.item ?? [], index, ['item'], root, index.byLinkId, issues);
  settle(index, matched, ['item'], root, { instrument, demand: parsed.status === 'completed' || parsed.status === 'amended', issues });
  if (issues.length > 0) throw new DaRiskError('invalid-input', issues);
  const questionnaire = canonical(instrument, options) === index.questionnaire.url ? index.questionnaire : toFhirQuestionnaire(instrument, options);
  return { instrument, questionnaire, response: parsed };
}

/**
 * Checks a FHIR R4 QuestionnaireResponse (outside data, such as one a form
 * renderer posts back) against the Questionnaire of the edition it names,
 * without throwing. {@link fromQuestionnaireResponse} runs the same check
 * first, so what it reads and what the Questionnaire allows are one rule.
 * What a Questionnaire cannot say is checked by the reader only: the
 * edition's own input rules (a date-time with a time and an offset, each
 * sub-option once, a RIM child's age or date of birth) and a status that is
 * an assessment. To know whether a response is an assessment the library can
 * read, call `fromQuestionnaireResponse` (it throws the same issues, and more).
 *
 * The response must be a `QuestionnaireResponse` with one of R4's statuses,
 * whose `questionnaire` is exactly the edition's `url|version`, and whose
 * items fit that Questionnaire, walked together with it:
 *
 * - every `linkId` is an item of the Questionnaire (`unknown-link-id`) at
 *   that position: a child of the matching parent item, not merely somewhere
 *   in the Questionnaire (`misplaced-link-id`); items under a question go
 *   under one of its answers, and only where the Questionnaire has items
 *   under that question (`unexpected-nesting`);
 * - groups and display items carry no answer (`not-answerable`); a
 *   question's answers each hold exactly one value[x] (`one-value`), of the
 *   key its type takes (`type`: boolean → `valueBoolean`, integer →
 *   `valueInteger`, decimal → `valueDecimal`, date → `valueDate`, dateTime →
 *   `valueDateTime`, time → `valueTime`, string and text → `valueString`, url
 *   → `valueUri`, choice → `valueCoding`, open-choice → `valueCoding` or
 *   `valueString`), well-formed by R4 (`type`, or `format` for a date,
 *   dateTime, time, uri or empty string that breaks R4's pattern or names a
 *   day the month does not have); a coding is of the option's system
 *   (`coding`) and one of the item's `answerOption`s (`one-of`);
 * - an item that does not repeat appears at most once among its siblings,
 *   and a question in one item whatever its `repeats`
 *   (`duplicate-link-id`); a question that does not repeat has at most one
 *   answer (`too-many-answers`); a repeating group (the RIM's `children`)
 *   may appear once per repeat;
 * - in a `completed` or `amended` response, every `required` item that is
 *   enabled is present with an answer (`required`) — inside a group only
 *   where that group is present, and in each repeat of a repeating group. R4
 *   asks this of a completed response only, so an `in-progress` one may
 *   leave required items out;
 * - an item whose `enableWhen` is not met (operators `exists`, `=`, `!=`,
 *   `>`, `<`, `>=`, `<=`; `enableBehavior` any or all; the question looked up
 *   in the same repeat) carries no answer, nor do the items under it
 *   (`disabled-item-answered`). R4 defines `enableWhen` as when an item is
 *   "enabled (displayed/allow answers to be captured)", so an answer there is
 *   one the form did not allow; some renderers drop such answers on their
 *   own, but this check refuses them rather than guess whether the answer
 *   or the answer that disabled it is the one the practitioner meant;
 * - the checklists' read-only `count` (SDC `calculatedExpression`), which
 *   form renderers send back, equals the number of `yes` answers on the
 *   counting questions (`count-mismatch`). The check knows no other
 *   calculated item: a Questionnaire with one fails the library's own tests;
 * - `authored`, if given, is an R4 dateTime (`format`).
 *
 * Issues name the path in the response (indexes and FHIR property names,
 * e.g. `['item', 3, 'answer', 0, 'valueCoding']`) and the rule, never a link
 * id, code or value of the response; at most 100 are listed. The value is
 * deep-frozen.
 *
 * @param response - the QuestionnaireResponse (outside data)
 * @param registry - where editions are looked up (default {@link defaultRegistry})
 * @param options - canonical URL base
 * @returns the edition and its Questionnaire, or a {@link DaRiskError}: `invalid-input` (its issues say where and which rule), `unknown-instrument` or `unknown-edition` (path `['questionnaire']`)
 *
 * @example
 * ```ts
 * const checked = validateQuestionnaireResponse(body);
 * if (!checked.ok) return respond(400, checked.error.issues.map(({ path, rule }) => ({ path, rule })));
 * checked.value.instrument.id; // 'dash-ric'
 * ```
 * @since 0.1.0
 * @category Interop
 */
export function validateQuestionnaireResponse(
  response: unknown,
  registry: InstrumentRegistry = defaultRegistry,
  options: FhirOptions = {},
): Validated<{ readonly instrument: Instrument; readonly questionnaire: FhirQuestionnaire }> {
  try {
    const { instrument, questionnaire } = checkQuestionnaireResponse(response, registry, options);
    return Object.freeze({ ok: true, value: Object.freeze({ instrument, questionnaire }) });
  } catch (error) {
    if (error instanceof DaRiskError) return Object.freeze({ ok: false, error });
    throw error;
  }
}
