/**
 * Validation that never throws, over a JSON-normal copy of the outside value.
 *
 * Outside data is read once, here, into the form a JSON round trip would give
 * it: plain objects and dense arrays of strings, numbers, booleans and null,
 * `-0` read as `0`, a key whose value is `undefined` left out, and the extra
 * properties of an array ignored. A value JSON does not make (a function, a
 * symbol, a bigint, a `Date` or `Map`, a cycle) is refused where it is, by its
 * path; a getter is called once and a Proxy is read once, so everything after
 * this point reads data that cannot change or throw. zod then validates the
 * copy, and anything zod itself throws is turned into an issue, not a crash.
 *
 * A result this library made in this process (see `api/trusted.ts`) is not
 * copied: it is given back as it is, so that it is not read back again.
 *
 * @module
 */
import type * as z from 'zod';
import { article, valueAt } from './issues.js';
import { isTrusted } from '../common/trusted.js';

/** The outcome of {@link safeParse}. @internal */
export type SafeParsed<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: { readonly issues: readonly z.core.$ZodIssue[] } };

/** Most entries read from one outside array or object: far above every limit, low enough that a sparse array cannot stall a read. @internal */
export const MAX_ENTRIES = 1_000_000;

function issue(path: readonly PropertyKey[], rule: string, message: string): z.core.$ZodIssue {
  return { code: 'custom', path: [...path], message: '', input: undefined, params: { rule, message } } as unknown as z.core.$ZodIssue;
}

/** The message for a value that could not be read. @internal */
export const UNREADABLE_MESSAGE = 'could not be read: it holds a value of a kind JSON does not make';

/**
 * Stands, in the normal copy, for a value that cannot be read: zod refuses it
 * wherever it is (every schema but `unknown` refuses a symbol), so the issue
 * gets the path zod gives it, with a caller's unknown key hidden as any other.
 */
const UNREADABLE: unique symbol = Symbol('da-risk unreadable value');
/** Stands for an array or object with more than {@link MAX_ENTRIES} entries. */
const TOO_MANY: unique symbol = Symbol('da-risk too many entries');

/**
 * A result this library made in this process is read as it is wherever it comes back (inside a
 * case record or a MARAC check), never copied and read back again: frozen, and JSON-normal by
 * construction. (Imported, not registered at load time: a registration would be a side effect
 * that keeps every schema in a consumer's bundle.)
 */
const asIs = isTrusted;

interface Frame {
  readonly source: object;
  /** Own enumerable keys of an object; null for an array (read by index). */
  readonly keys: readonly string[] | null;
  readonly length: number;
  /** The copy being built. */
  readonly out: unknown[] | Record<string, unknown>;
  index: number;
  readonly parent: Frame | null;
}

const PLAIN = '[object Object]';

/** Opens an object for reading, or says what stands for it when it cannot be read. */
function open(source: object, parent: Frame | null): Frame | typeof UNREADABLE | typeof TOO_MANY {
  try {
    if (Array.isArray(source)) {
      const length = (source as unknown[]).length;
      if (typeof length !== 'number' || length > MAX_ENTRIES) return TOO_MANY;
      return { source, keys: null, length, out: [], index: 0, parent };
    }
    if (Object.prototype.toString.call(source) !== PLAIN) return UNREADABLE;
    const keys = Object.keys(source);
    if (keys.length > MAX_ENTRIES) return TOO_MANY;
    return { source, keys, length: keys.length, out: {}, index: 0, parent };
  } catch {
    return UNREADABLE;
  }
}

/** Puts the normal value of the entry being read into the copy (a key whose value is undefined is left out, as JSON does), and moves on. */
function settle(frame: Frame, value: unknown): void {
  const keys = frame.keys;
  if (keys === null) {
    (frame.out as unknown[]).push(value);
  } else if (value !== undefined) {
    const key = keys[frame.index]!;
    // `__proto__` as an own key (JSON.parse makes one) stays a plain data key: never the prototype.
    if (key === '__proto__') Object.defineProperty(frame.out, key, { value, enumerable: true, writable: true, configurable: true });
    else (frame.out as Record<string, unknown>)[key] = value;
  }
  frame.index++;
}

/**
 * The JSON-normal form of an outside value (see the module comment). A value
 * that cannot be read is replaced by a marker that every schema refuses, so
 * that the issue is reported where it is, by a path zod gives (never the
 * caller's key). Never throws.
 *
 * @internal
 */
export function normalise(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return primitive(value);
  if (asIs(value)) return value;
  const first = open(value, null);
  if (typeof first === 'symbol') return first;
  // Objects being read (a cycle is refused), and objects read already (one shared by two branches is copied once).
  const onPath = new Set<object>([value]);
  const done = new Map<object, unknown>();
  let frame: Frame = first;
  for (;;) {
    if (frame.index >= frame.length) {
      onPath.delete(frame.source);
      done.set(frame.source, frame.out);
      const parent = frame.parent;
      if (parent === null) return frame.out;
      settle(parent, frame.out);
      frame = parent;
      continue;
    }
    let child: unknown;
    try {
      // One read of each entry: a getter is called once, a Proxy asked once.
      child = (frame.source as Record<string | number, unknown>)[frame.keys === null ? frame.index : frame.keys[frame.index]!];
    } catch {
      child = UNREADABLE;
    }
    if (child === null || typeof child !== 'object') {
      settle(frame, primitive(child));
      continue;
    }
    if (asIs(child)) {
      settle(frame, child);
      continue;
    }
    if (onPath.has(child)) {
      // A cycle: JSON cannot hold it.
      settle(frame, UNREADABLE);
      continue;
    }
    const copied = done.get(child);
    if (copied !== undefined) {
      settle(frame, copied);
      continue;
    }
    const opened = open(child, frame);
    if (typeof opened === 'symbol') {
      settle(frame, opened);
      continue;
    }
    onPath.add(child);
    frame = opened;
  }
}

function primitive(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return value;
    case 'number':
      return Object.is(value, -0) ? 0 : value;
    case 'object':
      return value; // null
    case 'symbol':
      return value === TOO_MANY ? TOO_MANY : UNREADABLE;
    default:
      // bigint, function
      return UNREADABLE;
  }
}

/**
 * An issue worded against the normal copy, so that turning it into a
 * {@link DaRiskIssue} never reads the caller's value again: a type issue on a
 * marker says the value could not be read (or has too many entries); any other
 * type issue says what was required.
 */
function reword(zodIssue: z.core.$ZodIssue, normal: unknown): z.core.$ZodIssue {
  if (zodIssue.code !== 'invalid_type' && zodIssue.code !== 'invalid_value' && zodIssue.code !== 'invalid_union') return zodIssue;
  const value = valueAt(normal, zodIssue.path);
  if (value === UNREADABLE) return issue(zodIssue.path, 'unreadable', UNREADABLE_MESSAGE);
  if (value === TOO_MANY) return issue(zodIssue.path, 'too-many', `must have at most ${MAX_ENTRIES} entries`);
  if (zodIssue.code !== 'invalid_type') return zodIssue;
  return value === undefined ? issue(zodIssue.path, 'required', 'is required') : issue(zodIssue.path, 'type', `must be ${article(zodIssue.expected)}`);
}

/**
 * Validates the JSON-normal copy of `value` against `schema`; never throws.
 *
 * @internal
 */
export function safeParse<S extends z.ZodType>(schema: S, value: unknown): SafeParsed<z.output<S>> {
  return parseNormal(schema, normalise(value));
}

/**
 * Validates a value that is already the result of {@link normalise} (read
 * once already: it is not copied again); never throws.
 *
 * @internal
 */
export function parseNormal<S extends z.ZodType>(schema: S, normal: unknown): SafeParsed<z.output<S>> {
  try {
    const parsed = schema.safeParse(normal) as SafeParsed<z.output<S>>;
    if (parsed.success) return parsed;
    return { success: false, error: { issues: parsed.error.issues.map((zodIssue) => reword(zodIssue, normal)) } };
  } catch {
    return { success: false, error: { issues: [issue([], 'unreadable', UNREADABLE_MESSAGE)] } };
  }
}
