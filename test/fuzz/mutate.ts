// Mutations of valid inputs, and hostile objects. Every mutation is data drawn by
// fast-check (so a run is reproduced by its seed) and applied to a fresh copy.
import fc from 'fast-check';

type Container = Record<string | number, unknown>;

/** What the caller's value became, and what the oracles must know about it. */
export interface Shaped {
  value: unknown;
  /** Holds something JSON cannot (a getter, a Proxy, a cycle, a function…). */
  hostile: boolean;
  /** Reads differently from one call to the next: determinism and "not mutated" are not asked of it. */
  stateful: boolean;
  /** Strings the hostile parts carry that a walk of the value would not see (a getter's error text, a Proxy's key). */
  readonly hidden: string[];
}

const SECRET = 'Sekr3tVictimNote';

/** A string no library text contains: any sight of it in an error is a leak. */
export function canary(n: number): string {
  return `${SECRET}${n.toString(36)}Zq`;
}

const LONG = [49, 50, 51, 199, 200, 201, 999, 1000, 1001, 9999, 10000, 10001, 19999, 20000, 20001];

const stringArb = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  // Any code points, lone surrogates and controls included (cheaper to set up than fc.string's unicode units).
  { weight: 3, arbitrary: fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 12 }).map((points) => String.fromCodePoint(...points)) },
  { weight: 3, arbitrary: fc.nat().map(canary) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...LONG), fc.nat()).map(([length, n]) => `${canary(n)} ${'a b '.repeat(length)}`.slice(0, length)),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u200b',
      '\u00a0',
      'yes',
      'no',
      'dont-know',
      'declined',
      'high',
      'medium',
      'standard',
      'confirmed',
      'checklist',
      'dara',
      'rim',
      'police',
      '2025-03-01T10:15:00Z',
      '2025-02-30T10:00:00Z',
      '0099-03-01T10:00:00Z',
      '2025-03-01',
      '1990-01-01',
      '2025-03-01T10:15:00+14:00',
      '2025-03-01T10:15:00.123456789Z',
      'dash-ric',
      '2009',
      'idva-1',
    ),
  },
);

const boundaryArb = fc.constantFrom<unknown>(
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  0,
  1,
  0.5,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  1e308,
  Number.MIN_VALUE,
  13,
  14,
  15,
  16,
  17,
  18,
  25,
  26,
  130,
  131,
  null,
  true,
  false,
  'empty-array',
  'empty-object',
).map((value) => (value === 'empty-array' ? [] : value === 'empty-object' ? {} : value)); // a fresh object each time: never one shared between inputs

const anythingOptions = {
  maxDepth: 3,
  maxKeys: 4,
  withNullPrototype: true,
  withSparseArray: true,
  withBigInt: true,
  withDate: true,
  withBoxedValues: true,
  withObjectString: true,
  withTypedArray: true,
  withMap: true,
  withSet: true,
} as const;

/** `fc.anything()` with every kind of value it can make. */
export const anythingArb = fc.anything(anythingOptions);

const payloadArb = fc.oneof(
  // A mutation's payload: shallow, and without Maps and Sets (the costly part of fc.anything()); whole and embedded
  // values from fc.anything() with everything on are drawn by the harness itself.
  { weight: 2, arbitrary: fc.anything({ ...anythingOptions, maxDepth: 1, maxKeys: 3, withMap: false, withSet: false }) },
  { weight: 2, arbitrary: boundaryArb },
  { weight: 3, arbitrary: stringArb },
);

const LIBRARY_KEYS = ['kind', 'instrument', 'answers', 'id', 'edition', 'value', 'result', 'events', 'assessments', 'date', 'level', 'policy', 'history', 'children', 'grade', 'items', 'reasons', 'options'];

const keyArb = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 3, arbitrary: fc.nat().map((n) => `${canary(n)}Key`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'length', '0', 'then', 'toJSON'),
  },
  { weight: 2, arbitrary: fc.constantFrom(...LIBRARY_KEYS) },
);

/** One mutation, as data. */
export interface Mutation {
  readonly at: number;
  readonly op: number;
  readonly payload: unknown;
  readonly key: string;
  readonly n: number;
}

const OPS = 12;

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({ at: fc.nat(), op: fc.nat({ max: OPS - 1 }), payload: payloadArb, key: keyArb, n: fc.nat() });

/** One hostile change, as data. */
export interface HostileChange {
  readonly at: number;
  readonly kind: number;
  readonly variant: number;
  readonly n: number;
}

const HOSTILE_KINDS = 10;

export const hostileArb: fc.Arbitrary<HostileChange> = fc.record({
  at: fc.nat(),
  kind: fc.nat({ max: HOSTILE_KINDS - 1 }),
  variant: fc.nat({ max: 11 }),
  n: fc.nat(),
});

export interface Slot {
  readonly parent: Container | null;
  readonly key: string | number;
  readonly depth: number;
}

/** Every place in a value (root included), walked iteratively, children before the next sibling. */
export function slots(root: unknown, limit = 5_000): Slot[] {
  const out: Slot[] = [{ parent: null, key: '', depth: 0 }];
  const stack: [unknown, number][] = [[root, 0]];
  const seen = new Set<object>();
  while (stack.length > 0 && out.length < limit) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    // Into plain objects and arrays only: writing into a typed array or a Date converts the value.
    const proto: unknown = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) continue;
    // Own keys only: a sparse array of length 2^32 - 1 is three steps, not four billion.
    const keys = Array.isArray(value) ? Object.keys(value).filter((key) => /^\d+$/.test(key)).map(Number) : Object.keys(value);
    for (const key of keys) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined || !('value' in descriptor)) continue;
      out.push({ parent: value as Container, key, depth: depth + 1 });
      stack.push([descriptor.value, depth + 1]);
    }
  }
  return out;
}

function get(shaped: Shaped, slot: Slot): unknown {
  return slot.parent === null ? shaped.value : slot.parent[slot.key];
}

function set(shaped: Shaped, slot: Slot, value: unknown): void {
  if (slot.parent === null) shaped.value = value;
  else if (slot.key === '__proto__') Object.defineProperty(slot.parent, '__proto__', { value, enumerable: true, writable: true, configurable: true });
  else slot.parent[slot.key] = value;
}

function addKey(target: Container, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The container a slot is in, or the slot's own value when that is a container. */
function containerAt(shaped: Shaped, slot: Slot): Container | null {
  const value = get(shaped, slot);
  if (value !== null && typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (Array.isArray(value) || proto === Object.prototype || proto === null) return value as Container;
  }
  return slot.parent;
}

/** Applies a mutation in place (the root may be replaced). */
export function mutate(shaped: Shaped, mutation: Mutation, grafts: readonly unknown[], places?: readonly Slot[]): void {
  // The places of the value before the first mutation may be given: a later mutation may then land in a part an
  // earlier one cut off, and changes nothing, which is cheaper than walking the value again for each.
  const all = places !== undefined && places.length > 0 ? places : slots(shaped.value);
  const slot = all[mutation.at % all.length]!;
  const current = get(shaped, slot);
  switch (mutation.op) {
    case 0:
      set(shaped, slot, mutation.payload);
      return;
    case 1:
      if (slot.parent === null) shaped.value = undefined;
      else if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
      else delete slot.parent[slot.key];
      return;
    case 2: {
      const target = containerAt(shaped, slot);
      if (target === null) shaped.value = { [mutation.key]: mutation.payload };
      else if (Array.isArray(target)) target.push(mutation.payload);
      else addKey(target, mutation.key, mutation.payload);
      return;
    }
    case 3:
      if (slot.parent !== null && !Array.isArray(slot.parent)) {
        delete slot.parent[slot.key];
        addKey(slot.parent, mutation.key, current);
      }
      return;
    case 4: {
      const target = containerAt(shaped, slot);
      if (Array.isArray(target) && target.length > 0) target.push(structuredCloneSafe(target[mutation.n % target.length]));
      else if (target !== null && !Array.isArray(target)) {
        const keys = Object.keys(target);
        if (keys.length > 0) addKey(target, mutation.key, structuredCloneSafe(target[keys[mutation.n % keys.length]!]));
      }
      return;
    }
    case 5:
      set(shaped, slot, [-0, Number.NaN, Number.POSITIVE_INFINITY, -1, 0.5, 2 ** 53, 1e21, 26, 131, 10001][mutation.n % 10]);
      return;
    case 6:
      set(shaped, slot, typeof mutation.payload === 'string' ? mutation.payload : canary(mutation.n));
      return;
    case 7:
      set(shaped, slot, retype(current, mutation.n));
      return;
    case 8: {
      const other = all[mutation.n % all.length]!;
      if (other.parent === null || slot.parent === null || other === slot) return;
      const value = get(shaped, other);
      if (isAncestor(value, slot.parent)) return;
      if (isAncestor(current, other.parent)) return;
      set(shaped, other, current);
      set(shaped, slot, value);
      return;
    }
    case 9:
      if (grafts.length > 0) set(shaped, slot, structuredCloneSafe(grafts[mutation.n % grafts.length]));
      return;
    case 10: {
      const target = containerAt(shaped, slot);
      if (Array.isArray(target)) target.length = mutation.n % Math.max(1, target.length);
      else if (target !== null) for (const key of Object.keys(target)) if (mutation.n % 2 === 0 || key !== 'kind') delete target[key];
      return;
    }
    default: {
      // An unknown key with a name only the caller could have chosen.
      const target = containerAt(shaped, slot);
      if (target !== null && !Array.isArray(target)) addKey(target, `${canary(mutation.n)}Key`, mutation.payload);
      else if (target === null && slot.parent === null) shaped.value = { [`${canary(mutation.n)}Key`]: current };
      return;
    }
  }
}

function isAncestor(candidate: unknown, of: unknown): boolean {
  if (candidate === null || typeof candidate !== 'object') return false;
  const stack: unknown[] = [candidate];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === of) return true;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
    }
  }
  return false;
}

function structuredCloneSafe(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value) ?? 'null');
  } catch {
    return null;
  }
}

function retype(value: unknown, n: number): unknown {
  if (typeof value === 'string') return n % 2 === 0 ? Number(value) : [value];
  if (typeof value === 'number') return n % 2 === 0 ? String(value) : { value };
  if (typeof value === 'boolean') return n % 2 === 0 ? String(value) : Number(value);
  if (Array.isArray(value)) return n % 2 === 0 ? { ...value } : value.length === 0 ? null : value[0];
  if (value !== null && typeof value === 'object') return n % 2 === 0 ? Object.values(value) : JSON.stringify(value);
  return n % 2 === 0 ? 'null' : [];
}

function thrower(variant: number, secret: string): () => never {
  return () => {
    switch (variant % 4) {
      case 0:
        throw new Error(secret);
      case 1:
        // eslint-disable-next-line no-throw-literal
        throw secret;
      case 2:
        // Looks like the library's own error, carrying the caller's text: must not pass for one.
        throw Object.assign(new Error(`da-risk invalid-input: ${secret}`), { name: 'DaRiskError', code: 'invalid-input', issues: [{ path: [secret], rule: 'x', message: secret }] });
      default:
        throw new RangeError(secret);
    }
  };
}

function proxyOf(target: object, change: HostileChange, shaped: Shaped): object {
  const secret = canary(change.n);
  shaped.hidden.push(secret, `${secret}Key`);
  const fail = thrower(change.variant, secret);
  let reads = 0;
  const after = (change.n % 7) + 1;
  switch (change.variant % 6) {
    case 0:
      // Every trap throws.
      return new Proxy(target, {
        get: fail,
        has: fail,
        ownKeys: fail,
        getOwnPropertyDescriptor: fail,
        getPrototypeOf: fail,
        isExtensible: fail,
        defineProperty: fail,
        set: fail,
        deleteProperty: fail,
      });
    case 1:
      return new Proxy(target, { get: fail });
    case 2:
      return new Proxy(target, { ownKeys: fail });
    case 3:
      // Reads well a few times, then throws: a time-of-check/time-of-use probe.
      shaped.stateful = true;
      return new Proxy(target, {
        get(t, key, receiver) {
          if (++reads > after) fail();
          return Reflect.get(t, key, receiver);
        },
        getOwnPropertyDescriptor(t, key) {
          if (++reads > after) fail();
          return Reflect.getOwnPropertyDescriptor(t, key);
        },
      });
    case 4:
      // Lists a key it does not have, and answers a different value each time.
      shaped.stateful = true;
      return new Proxy(target, {
        ownKeys: (t) => [...Reflect.ownKeys(t), `${secret}Key`],
        getOwnPropertyDescriptor: (t, key) =>
          key === `${secret}Key` ? { value: secret, enumerable: true, configurable: true, writable: true } : Reflect.getOwnPropertyDescriptor(t, key),
        get: (t, key, receiver) => (key === `${secret}Key` ? `${secret}${++reads}` : Reflect.get(t, key, receiver)),
      });
    default:
      // A transparent proxy: must read exactly as its target.
      return new Proxy(target, {});
  }
}

function nest(depth: number, array: boolean, leaf: unknown): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = array ? [value] : { a: value };
  return value;
}

class Custom {
  readonly kind = 'checklist';
  constructor(readonly note: string) {}
}

function nonJson(variant: number, secret: string, shaped: Shaped): unknown {
  switch (variant) {
    case 0:
      return () => secret;
    case 1:
      return Symbol(secret);
    case 2:
      return 10n ** 30n;
    case 3:
      return new Date(Date.UTC(2025, 2, 1));
    case 4:
      return new Map([[secret, secret]]);
    case 5:
      return new Set([secret]);
    case 6:
      return new Uint8Array([1, 2, 3]);
    case 7:
      return Object.assign(new String(secret), { extra: 1 });
    case 8:
      shaped.hidden.push(secret);
      return new Custom(secret);
    case 9:
      shaped.hidden.push(secret);
      return new Error(secret);
    case 10:
      shaped.hidden.push(secret);
      return {
        toJSON: thrower(0, secret),
        [Symbol.toPrimitive]: thrower(0, secret),
        valueOf: thrower(0, secret),
        toString: thrower(0, secret),
      };
    default:
      return /secret/g;
  }
}

/** Applies a hostile change in place. */
export function hostilise(shaped: Shaped, change: HostileChange, giantArrays = true): void {
  shaped.hostile = true;
  const all = slots(shaped.value);
  const slot = all[change.at % all.length]!;
  const current = get(shaped, slot);
  const secret = canary(change.n);
  switch (change.kind) {
    case 0: {
      // A getter that throws, on an existing key or a new one.
      shaped.hidden.push(secret);
      const target = containerAt(shaped, slot) ?? {};
      if (target !== containerAt(shaped, slot)) shaped.value = target;
      const keys = Object.keys(target);
      const key = keys.length > 0 && change.variant % 3 !== 0 ? keys[change.n % keys.length]! : `${secret}Key`;
      Object.defineProperty(target, key, { get: thrower(change.variant, secret), enumerable: true, configurable: true });
      return;
    }
    case 1: {
      const target = current !== null && typeof current === 'object' ? current : { value: current };
      set(shaped, slot, proxyOf(target, change, shaped));
      return;
    }
    case 2: {
      // A cycle: the slot holds its own parent, or the root.
      if (slot.parent === null) {
        const root = (shaped.value !== null && typeof shaped.value === 'object' ? shaped.value : { value: shaped.value }) as Container;
        addKey(root, 'self', root);
        shaped.value = root;
      } else {
        set(shaped, slot, change.variant % 2 === 0 ? slot.parent : shaped.value);
      }
      return;
    }
    case 3:
      // 1,000 deep; one in sixteen 10,000 deep (past any recursive walk's stack); one in four hundred 100,000.
      set(shaped, slot, nest(change.n % 400 === 7 ? 100_000 : change.n % 16 === 3 ? 10_000 : 1_000, change.variant % 2 === 0, secret));
      return;
    case 4: {
      // A huge string, as a value or as a key.
      const huge = `${secret}${'x'.repeat(change.n % 8 === 0 ? 4_000_000 : 100_000)}${secret}`;
      shaped.hidden.push(huge);
      const target = containerAt(shaped, slot);
      if (change.n % 2 === 0 && target !== null && !Array.isArray(target)) addKey(target, huge, 1);
      else set(shaped, slot, huge);
      return;
    }
    case 5: {
      // Sparse arrays and extra array properties.
      const target = containerAt(shaped, slot);
      if (Array.isArray(target)) {
        if (change.variant % 3 === 0) target.length = giantArrays ? 2 ** 32 - 1 : 2 ** 16;
        else if (change.variant % 3 === 1) (target as unknown as Container)[`${secret}Key`] = secret;
        else target[target.length + 5] = secret;
      } else {
        const sparse: unknown[] = [];
        sparse[change.variant % 2 === 0 || !giantArrays ? 3 : 2 ** 32 - 2] = current;
        set(shaped, slot, sparse);
      }
      shaped.hidden.push(secret, `${secret}Key`);
      return;
    }
    case 6: {
      // `__proto__` and `constructor` keys, and objects without Object.prototype.
      const source = current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Container) : {};
      const copy: Container = change.variant % 3 === 0 ? Object.create(null) : {};
      for (const key of Object.keys(source)) addKey(copy, key, source[key]);
      if (change.variant % 3 !== 2) {
        const polluting = JSON.parse(`{"__proto__": {"polluted": "${secret}", "kind": "rim", "answers": {}}, "constructor": {"prototype": {"polluted": "${secret}"}}}`) as Container;
        for (const key of Object.keys(polluting)) addKey(copy, key, polluting[key]);
      }
      set(shaped, slot, copy);
      return;
    }
    case 7:
      set(shaped, slot, nonJson(change.variant, secret, shaped));
      return;
    case 8: {
      // Frozen all the way down (a caller's constant): must be read, never changed or refused for it.
      const stack: unknown[] = [shaped.value];
      while (stack.length > 0) {
        const value = stack.pop();
        if (value === null || typeof value !== 'object' || Object.isFrozen(value)) continue;
        Object.freeze(value);
        for (const key of Object.keys(value)) stack.push((value as Container)[key]);
      }
      return;
    }
    default: {
      // A frozen target behind a Proxy whose traps throw after a few reads.
      const target = containerAt(shaped, slot);
      if (target === null) return;
      Object.freeze(target);
      shaped.stateful = true;
      shaped.hidden.push(secret);
      let reads = 0;
      const after = (change.n % 9) + 1;
      const fail = thrower(change.variant, secret);
      const proxy = new Proxy(target, {
        get(t, key, receiver) {
          if (++reads > after) fail();
          return Reflect.get(t, key, receiver);
        },
      });
      if (target === current) set(shaped, slot, proxy);
      else if (slot.parent === null) shaped.value = proxy;
      return;
    }
  }
}
