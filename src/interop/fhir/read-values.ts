/**
 * Reading the values of a response item's answers. The response check
 * (`validate-response.ts`) has already refused every value of the wrong type
 * or code; these read the value out with its type, and still report a
 * problem by path and rule, never the value, should one reach them.
 *
 * @module
 */
import type { DaRiskIssue } from '../../errors/error.js';
import type { ResponseAnswerData, ResponseItemData } from '../../validate/fhir-response-schema.js';

/** A path into the response. @internal */
export type Path = readonly (string | number)[];

/**
 * The one answer of an item; an item with none is an issue (several, on an
 * item that does not repeat, the response check refuses).
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
 * The code of an answer's coding, which must be of `system` (a system of the library's, never the caller's).
 *
 * @internal
 */
export function code(issues: DaRiskIssue[], answer: ResponseAnswerData | undefined, system: string, path: Path): string | undefined {
  if (answer === undefined) return undefined;
  const coded = answer['valueCoding'] as { readonly system?: unknown; readonly code?: unknown } | null | undefined;
  if (typeof coded !== 'object' || coded === null || typeof coded.code !== 'string' || coded.system !== system) {
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
