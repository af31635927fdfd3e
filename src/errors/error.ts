/**
 * The one error type that da-risk throws.
 *
 * Every message names fields and rules, never the value that was supplied:
 * answers and free text are special-category personal data, and error
 * messages end up in logs.
 *
 * @module
 */

/**
 * What kind of failure a {@link DaRiskError} reports. Stable across versions:
 * branch on this, never on the message.
 *
 * - `invalid-input` — outside data failed validation (see `issues`).
 * - `unknown-instrument` / `unknown-edition` — the instrument or edition named is not in the registry.
 * - `invalid-definition` — an instrument edition, policy or wording pack definition is malformed.
 * - `duplicate-edition` — a registry was given the same instrument edition twice.
 * - `policy-not-applicable` — the policy has no rule for this instrument.
 * - `policy-mismatch` — the policy passed is not the one the result was produced under.
 * - `judgement-refused` — a judgement breaks a rule of the policy (for example lowering a computed level).
 * - `inconsistent-result` — a stored result disagrees with itself: its count, levels, flags, routes or
 *   history are not what its own answers, edition, policy and recorded decisions give (edited by hand or by a bug).
 * - `unknown-policy` — a stored result names a policy (id and version) that is neither shipped nor passed in.
 *
 * @since 0.1.0
 * @category Errors and validation
 */
export type DaRiskErrorCode =
  | 'invalid-input'
  | 'unknown-instrument'
  | 'unknown-edition'
  | 'invalid-definition'
  | 'duplicate-edition'
  | 'policy-not-applicable'
  | 'policy-mismatch'
  | 'judgement-refused'
  | 'inconsistent-result'
  | 'unknown-policy';

/**
 * One broken rule: where (`path`), which rule (`rule`), and a value-free message.
 *
 * @since 0.1.0
 * @category Errors and validation
 */
export interface DaRiskIssue {
  /** Path of the field from the root of the value passed in, e.g. `['answers', 'strangulation', 'value']`. */
  readonly path: readonly (string | number)[];
  /** Stable rule id, e.g. `required`, `one-of`, `unknown-field`, `iso-datetime`, `lowering-refused`. */
  readonly rule: string;
  /** Plain-language description of the rule broken. Never contains the supplied value. */
  readonly message: string;
}

/**
 * Formats a path for messages: `answers.strangulation.value`, `events[2].date`,
 * `answers[<unknown key 1>]`.
 *
 * @example
 * ```ts
 * formatPath(['events', 2, 'date']); // 'events[2].date'
 * ```
 * @since 0.1.0
 * @category Errors and validation
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number' || isPlaceholder(part)) out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * The path segment that stands for a key the caller supplied and the
 * library does not know: `<unknown key 1>`, `<unknown key 2>`… numbered in
 * the order the keys were given in their object. An unknown key may itself be
 * personal data (a name typed into the wrong field), so its text never appears
 * in an error.
 *
 * @example
 * ```ts
 * unknownKeySegment(1); // '<unknown key 1>'
 * formatPath(['answers', unknownKeySegment(1)]); // 'answers[<unknown key 1>]'
 * ```
 * @since 0.1.0
 * @category Errors and validation
 */
export function unknownKeySegment(position: number): string {
  return `<unknown key ${position}>`;
}

function isPlaceholder(part: string): boolean {
  return part.startsWith('<unknown key ') && part.endsWith('>');
}

const MAX_ISSUES_IN_MESSAGE = 5;

/** Most issues one error lists (the rest are counted in a last `more-issues` issue). */
const MAX_ISSUES = 100;

/**
 * The error every public da-risk function throws for bad input or a refused
 * action. Carries a stable {@link DaRiskErrorCode} and the list of
 * {@link DaRiskIssue}s; its message lists field paths and rules only.
 *
 * @example
 * ```ts
 * try {
 *   assess(input);
 * } catch (error) {
 *   if (isDaRiskError(error)) console.error(error.code, error.issues.map((i) => i.rule));
 * }
 * ```
 * @since 0.1.0
 * @category Errors and validation
 */
export class DaRiskError extends Error {
  /** Stable code for the kind of failure. */
  readonly code: DaRiskErrorCode;
  /** The rules broken, each with the path of the field: at least one, at most 100 (then a last `more-issues` issue counts the rest). */
  readonly issues: readonly DaRiskIssue[];

  /**
   * @param code - the kind of failure
   * @param all - the rules broken (at least one; more than 100 are kept as the first 100 and a count)
   */
  constructor(code: DaRiskErrorCode, all: readonly DaRiskIssue[]) {
    // At most MAX_ISSUES are kept, then one issue that counts the rest: a hostile input cannot
    // make an error as large as itself.
    const issues =
      all.length <= MAX_ISSUES
        ? all
        : [...all.slice(0, MAX_ISSUES), { path: [], rule: 'more-issues', message: `and ${all.length - MAX_ISSUES} more issues not listed` }];
    const shown = issues
      .slice(0, MAX_ISSUES_IN_MESSAGE)
      .map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    const more = all.length > MAX_ISSUES_IN_MESSAGE ? ` (and ${all.length - MAX_ISSUES_IN_MESSAGE} more)` : '';
    super(`da-risk ${code}: ${shown.join('; ')}${more}`);
    this.name = 'DaRiskError';
    this.code = code;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}

/**
 * True when `value` is a {@link DaRiskError} (also across copies of the library
 * loaded twice, by checking the name and code shape).
 *
 * @example
 * ```ts
 * isDaRiskError(new DaRiskError('invalid-input', [{ path: [], rule: 'type', message: 'must be an object' }])); // true
 * isDaRiskError(new Error('x')); // false
 * ```
 * @since 0.1.0
 * @category Errors and validation
 */
export function isDaRiskError(value: unknown): value is DaRiskError {
  try {
    if (value instanceof DaRiskError) return true;
    return (
      value instanceof Error &&
      value.name === 'DaRiskError' &&
      typeof (value as { code?: unknown }).code === 'string' &&
      Array.isArray((value as { issues?: unknown }).issues)
    );
  } catch {
    // A getter or a Proxy (even one whose prototype trap throws) is not an error of this library.
    return false;
  }
}

/**
 * Builds a {@link DaRiskError} with one issue.
 *
 * @internal
 */
export function daRiskError(code: DaRiskErrorCode, path: readonly (string | number)[], rule: string, message: string): DaRiskError {
  return new DaRiskError(code, [{ path, rule, message }]);
}
