// Walkers the oracles use. Every one is iterative (a 100,000-deep nesting or a cycle
// neither overflows the stack nor loops), reads properties through their descriptors
// (a getter is never called), and reads a sparse array by its own keys (an array of
// length 2^32 - 1 with three entries costs three steps, not four billion).

const ARRAY_PROTO = Array.prototype;
const OBJECT_PROTO = Object.prototype;

function protoTag(value: object): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === OBJECT_PROTO) return 'O';
  if (proto === ARRAY_PROTO) return 'A';
  if (proto === null) return 'N';
  return `P(${Object.prototype.toString.call(value)})`;
}

function leaf(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Object.is(value, -0) ? 'n:-0' : `n:${String(value)}`;
    case 'bigint':
      return `b:${String(value)}`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return 'undef';
    case 'symbol':
      return `sym:${String(value.description)}`;
    case 'function':
      return `fn:${value.name}`;
    default:
      return value === null ? 'null' : '?';
  }
}

/**
 * A canonical text of a value: equal texts mean deep-equal values, telling apart
 * what a plain deep-equal misses (-0 and 0, a key holding undefined and no key,
 * a hole and undefined, an array's extra properties, the prototype, a getter and
 * its value). With `state`, also whether each object is frozen or extensible, so
 * that a library that froze a caller's object is caught as having changed it.
 * Shared objects and cycles are written as references to their first visit.
 */
export function snapshot(root: unknown, state: boolean): string {
  const out: string[] = [];
  // Objects on the path being written, by their depth: a cycle is written as a reference
  // to its ancestor; an object shared by two branches (a DAG) is written out in both, as JSON would.
  const onPath = new Map<object, number>();
  type Item = { v: unknown } | { t: string } | { leave: object };
  const stack: Item[] = [{ v: root }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('t' in item) {
      out.push(item.t);
      continue;
    }
    if ('leave' in item) {
      onPath.delete(item.leave);
      continue;
    }
    const value = item.v;
    if (value === null || typeof value !== 'object') {
      out.push(typeof value === 'string' && value.length > 4096 ? longString(value) : leaf(value));
      continue;
    }
    const ancestor = onPath.get(value);
    if (ancestor !== undefined) {
      out.push(`@${ancestor}`);
      continue;
    }
    onPath.set(value, onPath.size);
    let head = `{${protoTag(value)}`;
    if (state) head += Object.isFrozen(value) ? '!F' : Object.isExtensible(value) ? '' : '!X';
    if (value instanceof Date) head += `D${value.getTime()}`;
    out.push(head);
    // Keys in a fixed order: the order of an object's keys carries no meaning (an array's indexes keep theirs).
    const keys = Array.isArray(value) ? Reflect.ownKeys(value) : Reflect.ownKeys(value).sort(byKey);
    const items: Item[] = [];
    for (const key of keys) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key)!;
      const name = typeof key === 'symbol' ? `[sym:${String(key.description)}]` : JSON.stringify(key);
      if (!state && Array.isArray(value) && key === 'length') continue;
      if (!state && !descriptor.enumerable && !(Array.isArray(value) && key === 'length')) continue;
      if ('value' in descriptor) {
        items.push({ t: `${name}${state && !descriptor.enumerable ? '~' : ''}:` }, { v: descriptor.value }, { t: ',' });
      } else {
        items.push({ t: `${name}:get/set,` });
      }
    }
    items.push({ t: '}' }, { leave: value });
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
  }
  return out.join('');
}

function byKey(a: string | symbol, b: string | symbol): number {
  const x = typeof a === 'symbol' ? `~${String(a.description)}` : a;
  const y = typeof b === 'symbol' ? `~${String(b.description)}` : b;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A long string by its length and samples (a change anywhere but the samples is improbable for a mutation). */
function longString(value: string): string {
  const step = Math.floor(value.length / 16);
  let samples = '';
  for (let i = 0; i < value.length; i += step) samples += value.slice(i, i + 8);
  return `s${value.length}:${JSON.stringify(value.slice(0, 64) + samples + value.slice(-64))}`;
}

/**
 * Every string of at least `min` characters in a value, values and keys. For
 * values that are not hostile (data properties only): values are read directly.
 */
const frozenStrings = new WeakMap<object, readonly string[]>();

export function collectStrings(root: unknown, into: Set<string>, limit = 200_000, min = 4): void {
  walkStrings(root, into, limit, min, true);
}

function walkStrings(root: unknown, into: Set<string>, limit: number, min: number, cached = false): void {
  const stack: unknown[] = [root];
  const seen = new Set<object>();
  let budget = limit;
  while (stack.length > 0 && budget-- > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.length >= min) into.add(value);
      continue;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (cached && min === 4 && Object.isFrozen(value)) {
      // A frozen value (a pool's) has the same strings every time: they are collected once.
      let strings = frozenStrings.get(value);
      if (strings === undefined) {
        const own = new Set<string>();
        walkStrings(value, own, limit, min);
        frozenStrings.set(value, (strings = [...own]));
      }
      for (const text of strings) into.add(text);
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && i < 100_000; i++) stack.push(value[i]);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key.length >= min) into.add(key);
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
}

/**
 * Where a library output is not deep-frozen plain data (an object not frozen, a
 * getter), as a path; null when it is. Shared objects are checked once.
 */
export function notFrozen(root: unknown): string | null {
  const stack: [unknown, string][] = [[root, '(root)']];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (!Object.isFrozen(value)) return path;
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key)!;
      if (!('value' in descriptor)) return `${path}.${String(key)} (accessor)`;
      stack.push([descriptor.value, `${path}.${String(key)}`]);
    }
  }
  return null;
}

/** Whether a library output comes back from JSON exactly as it is. */
export function jsonRoundTrips(value: unknown): boolean {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return false;
  }
  if (text === undefined) return value === undefined;
  return snapshot(JSON.parse(text), false) === snapshot(value, false);
}

/**
 * The state of a value as a flat list: every object (by identity) with its
 * prototype, frozen and extensible state and keys, every getter and every
 * primitive, in walk order. Two states are equal when the lists are equal entry by
 * entry (Object.is): a caller's input has not changed when its state before and
 * after a call are equal. Cheap: strings are compared by identity first.
 */
export function stateOf(root: unknown): unknown[] {
  const out: unknown[] = [];
  const onPath = new Set<object>();
  const LEAVE = Symbol('leave');
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === LEAVE) {
      onPath.delete(stack.pop() as object);
      continue;
    }
    out.push(value);
    if (value === null || typeof value !== 'object' || onPath.has(value)) continue;
    onPath.add(value);
    out.push(Object.getPrototypeOf(value), Object.isFrozen(value), Object.isExtensible(value));
    stack.push(value, LEAVE);
    // Inputs that are not hostile hold data properties only: their values are read directly.
    const keys = Object.keys(value);
    out.push(keys.length, Object.getOwnPropertySymbols(value).length);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      out.push(key);
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return out;
}

/**
 * The state of a value one level down: enough for a pool's value given as it is, which is frozen below its
 * top (a wrapper made for the call, or an array of frozen values, may be changed at its top only).
 */
export function shallowState(value: unknown): unknown[] {
  if (value === null || typeof value !== 'object') return [value];
  const out: unknown[] = [value, Object.getPrototypeOf(value), Object.isFrozen(value), Object.isExtensible(value)];
  for (const key of Object.keys(value)) out.push(key, (value as Record<string, unknown>)[key]);
  return out;
}

/** Whether two states from {@link stateOf} are the same. */
export function sameState(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * Where a library output is not JSON data exactly (so that a JSON round trip would
 * change it): -0, NaN or an infinity, undefined, a hole or an extra property on an
 * array, a symbol key, a getter, a function, or an object that is not plain.
 * Null when it is JSON data.
 */
export function notJsonData(root: unknown): string | null {
  const stack: [unknown, string][] = [[root, '(root)']];
  const onPath = new Set<object>();
  const LEAVE = Symbol('leave');
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (value === LEAVE) {
      onPath.delete(path as unknown as object);
      continue;
    }
    switch (typeof value) {
      case 'string':
      case 'boolean':
        continue;
      case 'number':
        if (!Number.isFinite(value) || Object.is(value, -0)) return `${path}: ${String(value)}`;
        continue;
      case 'object':
        break;
      default:
        return `${path}: ${typeof value}`;
    }
    if (value === null) continue;
    if (onPath.has(value)) return `${path}: a cycle`;
    const proto: unknown = Object.getPrototypeOf(value);
    const array = Array.isArray(value);
    if (array ? proto !== Array.prototype : proto !== Object.prototype && proto !== null) return `${path}: not plain`;
    onPath.add(value);
    stack.push([LEAVE, value as unknown as string]);
    const keys = Reflect.ownKeys(value);
    if (array && keys.length !== (value as unknown[]).length + 1) return `${path}: a hole or an extra property`;
    for (const key of keys) {
      if (typeof key === 'symbol') return `${path}: a symbol key`;
      if (array && key === 'length') continue;
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key)!;
      if (!('value' in descriptor)) return `${path}.${key}: a getter`;
      if (!descriptor.enumerable) return `${path}.${key}: not enumerable`;
      if (descriptor.value === undefined) return `${path}.${key}: undefined`;
      stack.push([descriptor.value, `${path}.${key}`]);
    }
  }
  return null;
}

const texts = new WeakMap<object, string>();

/** A JSON copy (what a case system stores and gives back); the text of a frozen value is kept for next time. */
export function viaJson<T>(value: T): T {
  if (value !== null && typeof value === 'object' && Object.isFrozen(value)) {
    let text = texts.get(value);
    if (text === undefined) texts.set(value, (text = JSON.stringify(value)));
    return JSON.parse(text) as T;
  }
  return JSON.parse(JSON.stringify(value)) as T;
}

const PROTOTYPES: readonly object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype];

interface ProtoState {
  readonly keys: readonly (string | symbol)[];
  readonly slots: readonly unknown[];
  readonly extensible: boolean;
}

function capture(proto: object): ProtoState {
  const keys = Reflect.ownKeys(proto);
  const slots: unknown[] = [];
  for (const key of keys) {
    const descriptor = Reflect.getOwnPropertyDescriptor(proto, key)!;
    slots.push('value' in descriptor ? descriptor.value : descriptor.get, 'value' in descriptor ? undefined : descriptor.set);
  }
  return { keys, slots, extensible: Object.isExtensible(proto) };
}

/** The own properties of the prototypes a polluting input would change, taken once. */
export const prototypesAtStart: readonly ProtoState[] = PROTOTYPES.map(capture);

/**
 * Whether any built-in prototype has gained or lost a property since the start,
 * or Object.prototype or Array.prototype has had one changed.
 */
export function prototypesChanged(): boolean {
  for (let p = 0; p < PROTOTYPES.length; p++) {
    const proto = PROTOTYPES[p]!;
    const then = prototypesAtStart[p]!;
    if (Object.isExtensible(proto) !== then.extensible || Reflect.ownKeys(proto).length !== then.keys.length) return true;
    if (p < 2) {
      const now = capture(proto);
      for (let i = 0; i < now.keys.length; i++) if (now.keys[i] !== then.keys[i]) return true;
      for (let i = 0; i < now.slots.length; i++) if (now.slots[i] !== then.slots[i]) return true;
    }
  }
  return Object.getPrototypeOf({}) !== Object.prototype || Object.getPrototypeOf([]) !== Array.prototype;
}
