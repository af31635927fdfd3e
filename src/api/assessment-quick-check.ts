/**
 * A quick check of checklist assessment inputs for the common valid case: one
 * pass over the caller's value that either reads it straight into answer
 * codes, or stands aside for the full check (a JSON-normal copy validated by
 * the zod schema, `assessment-schema.ts`), which then accepts or refuses it
 * and words any error. It never refuses anything itself, so the errors callers
 * see do not change.
 *
 * It accepts only what the full check accepts, read the same way: plain
 * objects (prototype `Object.prototype`, or `Array.prototype` for a list of
 * sub-options), known keys only, no key whose value is `undefined`, each
 * string within the schema's limits and patterns. Anything else — a
 * `__proto__` key, a getter that throws, a class instance, a sub-option list
 * the sub-option rules refuse, a prototype with enumerable properties — makes
 * it stand aside. Each value is read once; the codes, id and date it returns
 * are what it read. When it stands aside, the full check reads the input again
 * (a getter is then called twice), and decides on its own reading alone. A property test holds it to the full check on more than a
 * million random and mutated inputs (`npm run fuzz:quick-check`).
 *
 * @module
 */
import { codeOf, editionPlan, TEXT } from '../core/read-answers.js';
import { answerSources } from '../model/answers.js';
import type { Instrument } from '../model/instrument.js';
import { limits } from '../model/limits.js';
import { instrumentRef, isoDateTime } from '../validate/primitives.js';
import { familyOf } from '../validate/instrument-families.js';

/** Where the quick check looks an edition up: a registry the library made (checked by the caller). @internal */
export interface EditionFinder {
  find(id: string, edition: string): Instrument | undefined;
}

/** What the quick check read from an input it accepts. @internal */
export interface QuickRead {
  readonly instrument: Instrument;
  readonly id: string | undefined;
  readonly assessedAt: string | undefined;
  /** Answer codes in form order (see `readAnswers`). */
  readonly codes: Uint8Array;
}

const OBJECT = Object.prototype;
const ARRAY = Array.prototype;
// A copy: reading a frozen array in this loop was several times slower (profiled, issue 15).
const SOURCES: readonly string[] = [...answerSources];
const NOT_BLANK = /\S/;
/** The pattern zod's ISO date-time format tests (read from the schema itself, so the two cannot drift); null if this zod does not expose it. */
const DATE_TIME: RegExp | null = (() => {
  const pattern = (isoDateTime as unknown as { _zod?: { pattern?: unknown } })._zod?.pattern;
  return pattern instanceof RegExp && !pattern.global && !pattern.sticky ? pattern : null;
})();
const MAX_DATE_TIME = (() => {
  const checks = (isoDateTime as unknown as { _zod?: { def?: { checks?: { _zod?: { def?: { check?: string; maximum?: unknown } } }[] } } })._zod?.def?.checks ?? [];
  const max = checks.map((check) => check._zod?.def).find((def) => def?.check === 'max_length')?.maximum;
  return typeof max === 'number' ? max : -1;
})();

/** Per item of an edition: what the quick check needs beyond the answer codes. */
interface ItemRules {
  readonly freeText: boolean;
  /** Sub-option choice ids (empty when the item has none). */
  readonly choices: ReadonlySet<string>;
  /** Per choice id, its group's index when the group allows one choice only. */
  readonly singleGroupOf: ReadonlyMap<string, number>;
}

interface QuickPlan {
  readonly items: readonly ItemRules[];
  /** Whether the edition's own id and edition pass the reference schema (they are what a found input names). */
  readonly refAccepted: boolean;
  readonly isChecklist: boolean;
}

const PLANS = new WeakMap<Instrument, QuickPlan>();

function quickPlan(instrument: Instrument): QuickPlan {
  let plan = PLANS.get(instrument);
  if (plan === undefined) {
    plan = {
      items: instrument.items.map((item) => {
        const singleGroupOf = new Map<string, number>();
        item.optionGroups.forEach((group, g) => {
          if (!group.multiple) for (const choice of group.choices) singleGroupOf.set(choice.id, g);
        });
        return {
          freeText: editionPlan(instrument).values[instrument.items.indexOf(item)] === null,
          choices: new Set(item.optionGroups.flatMap((group) => group.choices.map((choice) => choice.id))),
          singleGroupOf,
        };
      }),
      refAccepted: instrumentRef.safeParse({ id: instrument.id, edition: instrument.edition }).success,
      isChecklist: familyOf(instrument).id === 'checklist',
    };
    PLANS.set(instrument, plan);
  }
  return plan;
}

const TO_STRING = Object.prototype.toString;

/**
 * A plain object as the full check reads one: prototype `Object.prototype` and
 * tagged `[object Object]` (so not an array or a Proxy of one, not an object
 * with a `Symbol.toStringTag`, nor one with a built-in's internal slots such as
 * an `arguments` object or a re-prototyped `Date`, all of which the full check
 * refuses as unreadable).
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === OBJECT && TO_STRING.call(value) === '[object Object]';
}

function isSource(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  for (let k = 0; k < SOURCES.length; k++) if (SOURCES[k] === value) return true;
  return false;
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max && NOT_BLANK.test(value);
}

/** True when something up the prototype chain of plain objects would show in `for…in`. */
function prototypeHasEnumerableKeys(): boolean {
  for (const _ in OBJECT) return true;
  return false;
}

/**
 * Reads a checklist assessment input in one pass if it is plainly valid;
 * undefined when the full check must decide (the input may still be valid).
 *
 * @internal
 */
export function quickReadAssessment(input: unknown, registry: EditionFinder): QuickRead | undefined {
  if (DATE_TIME === null || MAX_DATE_TIME < 0) return undefined;
  try {
    return read(input, registry);
  } catch {
    // A getter or Proxy that throws: the full check reads it again and refuses it as unreadable.
    return undefined;
  }
}

function read(input: unknown, registry: EditionFinder): QuickRead | undefined {
  if (!isPlainObject(input) || prototypeHasEnumerableKeys()) return undefined;
  let ref: unknown;
  let id: unknown;
  let assessedAt: unknown;
  let answers: unknown;
  for (const key in input) {
    const value = input[key];
    if (value === undefined) return undefined;
    if (key === 'instrument') ref = value;
    else if (key === 'answers') answers = value;
    else if (key === 'id') id = value;
    else if (key === 'assessedAt') assessedAt = value;
    else return undefined;
  }
  if (!isPlainObject(ref) || !isPlainObject(answers)) return undefined;
  let refId: unknown;
  let edition: unknown;
  for (const key in ref) {
    if (key === 'id') refId = ref[key];
    else if (key === 'edition') edition = ref[key];
    else return undefined;
  }
  if (typeof refId !== 'string' || typeof edition !== 'string') return undefined;
  if (id !== undefined && (typeof id !== 'string' || id.length === 0 || id.length > limits.idLength)) return undefined;
  if (assessedAt !== undefined && (typeof assessedAt !== 'string' || assessedAt.length > MAX_DATE_TIME || !DATE_TIME!.test(assessedAt))) return undefined;
  const instrument = find(registry, refId, edition);
  if (instrument === undefined) return undefined;
  const plan = quickPlan(instrument);
  if (!plan.refAccepted || !plan.isChecklist) return undefined;
  const codes = readAnswerCodes(instrument, plan, answers);
  return codes === undefined ? undefined : { instrument, id, assessedAt, codes };
}

/** The last edition found: bulk work names one edition again and again (a lookup by edition only, never by input). */
let lastFound: { readonly registry: EditionFinder; readonly instrument: Instrument } | null = null;

function find(registry: EditionFinder, id: string, edition: string): Instrument | undefined {
  const last = lastFound;
  if (last !== null && last.registry === registry && last.instrument.id === id && last.instrument.edition === edition) return last.instrument;
  const instrument = registry.find(id, edition);
  if (instrument === undefined || instrument.id !== id || instrument.edition !== edition) return undefined;
  lastFound = { registry, instrument };
  return instrument;
}

function readAnswerCodes(instrument: Instrument, plan: QuickPlan, answers: Record<string, unknown>): Uint8Array | undefined {
  const edition = editionPlan(instrument);
  const index = edition.index;
  const values = edition.values;
  const codes = edition.codes;
  const read = new Uint8Array(edition.n);
  for (const itemId in answers) {
    const i = index[itemId];
    if (i === undefined) return undefined;
    const answer = answers[itemId];
    if (!isPlainObject(answer)) return undefined;
    const rules = plan.items[i]!;
    let value: unknown;
    let options: unknown;
    for (const key in answer) {
      const field = answer[key];
      if (key === 'value') value = field;
      else if (key === 'source') {
        if (!isSource(field)) return undefined;
      } else if (key === 'comment' && !rules.freeText) {
        if (!isText(field, limits.commentLength)) return undefined;
      } else if (key === 'options' && rules.choices.size > 0) {
        options = field;
      } else return undefined;
    }
    let code: number | undefined;
    const allowed = values[i]!;
    if (allowed === null) code = isText(value, limits.commentLength) ? TEXT : undefined;
    else code = codeOf(allowed, codes[i]!, value);
    if (code === undefined) return undefined;
    if (options !== undefined && (value !== 'yes' || !optionsAllowed(rules, options))) return undefined;
    read[i] = code;
  }
  return read;
}

/** Sub-options the schema and the sub-option rules accept: a plain list of distinct choices of the item, at most one per single-choice group. */
function optionsAllowed(rules: ItemRules, options: unknown): boolean {
  if (!Array.isArray(options) || Object.getPrototypeOf(options) !== ARRAY) return false;
  const length = options.length;
  if (length > rules.choices.size) return false;
  let seen = 0;
  const chosen: string[] = [];
  for (let k = 0; k < length; k++) {
    const option: unknown = options[k];
    if (typeof option !== 'string' || !rules.choices.has(option) || chosen.includes(option)) return false;
    const group = rules.singleGroupOf.get(option);
    if (group !== undefined) {
      if (group > 30 || (seen & (1 << group)) !== 0) return false;
      seen |= 1 << group;
    }
    chosen.push(option);
  }
  return true;
}
