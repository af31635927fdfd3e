/**
 * Reading the values of a response item's answers, each problem an issue
 * naming the path and rule, never the value.
 *
 * @module
 */
import type { DaRiskIssue } from '../../errors/error.js';
import type { ResponseAnswerData, ResponseItemData } from '../../validate/fhir-response-schema.js';

/** A path into the response. @internal */
export type Path = readonly (string | number)[];

/**
 * The one answer of an item; an item with none or several is an issue.
 *
 * @internal
 */
export function one(issues: DaRiskIssue[], item: ResponseItemData, path: Path): ResponseAnswerData | undefined {
  if (item.answer === undefined || item.answer.length !== 1) {
    issues.push({ path: [...path, 'answer'], rule: 'one-answer', message: 'must have exactly one answer' });
    return undefined;
  }
  return item.answer[0];
}

/**
 * Every answer holds one value[x] and nothing nested: FHIR allows items under an answer, but none of these
 * Questionnaires has them, so an answer put there would be lost without a word.
 *
 * @internal
 */
export function checkAnswers(issues: DaRiskIssue[], item: ResponseItemData, path: Path): void {
  (item.answer ?? []).forEach((answer, a) => {
    const values = Object.keys(answer).filter((key) => key.startsWith('value'));
    if (values.length !== 1) issues.push({ path: [...path, 'answer', a], rule: 'one-value', message: 'must hold exactly one value[x]' });
    if (answer['item'] !== undefined) {
      issues.push({ path: [...path, 'answer', a, 'item'], rule: 'unexpected-nesting', message: 'nests items under an answer, which this Questionnaire does not: give each item in its own place' });
    }
  });
}

/**
 * The code of an answer's coding, which must be of `system` (a system of the library's, never the caller's).
 *
 * @internal
 */
export function code(issues: DaRiskIssue[], answer: ResponseAnswerData | undefined, system: string, path: Path): string | undefined {
  if (answer === undefined) return undefined;
  const coded = answer.valueCoding;
  if (coded?.code === undefined || coded.system !== system) {
    issues.push({ path: [...path, 'answer', 0, 'valueCoding'], rule: 'coding', message: `must be a code of ${system}` });
    return undefined;
  }
  return coded.code;
}

/** The value[x] keys of an answer and the type each must have. */
type ValueKey = { valueString: string; valueDateTime: string; valueDate: string; valueBoolean: boolean; valueInteger: number };

/**
 * The value of an answer's `key`, which must be of the key's type (a whole number for `valueInteger`).
 *
 * @internal
 */
export function value<K extends keyof ValueKey>(issues: DaRiskIssue[], answer: ResponseAnswerData | undefined, key: K, path: Path): ValueKey[K] | undefined {
  if (answer === undefined) return undefined;
  const found: unknown = answer[key];
  const expected = key === 'valueBoolean' ? 'boolean' : key === 'valueInteger' ? 'number' : 'string';
  if (typeof found !== expected || (key === 'valueInteger' && !Number.isSafeInteger(found))) {
    issues.push({ path: [...path, 'answer', 0, key], rule: 'type', message: `must be a ${key}` });
    return undefined;
  }
  return found as ValueKey[K];
}
