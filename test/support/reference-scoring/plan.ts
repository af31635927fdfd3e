// Reference: the 0.1.0 scoring implementation, kept unchanged (not shipped) so that property tests
// can show the faster scorer in src/core gives identical results on arbitrary input (issue 15).
/**
 * Precomputed lookups and caches for the scoring hot path, one per pair of
 * edition and scoring policy. Pure memoisation: everything here is derived
 * from frozen definitions, and every cached object is frozen, so sharing it
 * between results changes no result.
 *
 * @module
 */
import { EMPTY } from '../../../src/common/deep-freeze.js';
import type { Instrument } from '../../../src/model/instrument.js';
import type { RedFlagRule, ScoringPolicy } from '../../../src/model/policy.js';
import type { Notice, RedFlag, ScreenPrompt } from '../../../src/model/result.js';
import { policyBasisNotice } from '../../../src/core/policy-notice.js';
import { promptPlansOf, screenPrompts, type PromptPlan } from './prompts.js';
import { editionPlan, YES, type EditionPlan } from './read-answers.js';

/** A red flag rule resolved to item indices of one edition. @internal */
export interface FlagPlan {
  readonly rule: RedFlagRule;
  /** Item indices per group (all groups, any item within a group). */
  readonly groups: readonly (readonly number[])[];
  /** Every item index the rule looks at, in rule order. */
  readonly watched: readonly number[];
}


/** Everything the scorer needs for one edition under one policy. @internal */
export interface ScoringPlan extends EditionPlan {
  readonly instrument: Instrument;
  readonly policy: ScoringPolicy;
  readonly counts: readonly boolean[];
  readonly countOutOf: number;
  /** Items that take part in flags or prompts, and their bit in the pattern mask. */
  readonly watched: readonly number[];
  readonly flagPlans: readonly FlagPlan[];
  readonly promptPlans: readonly PromptPlan[];
  readonly ref: Readonly<{ id: string; edition: string; status: Instrument['status'] }>;
  readonly policyRef: Readonly<{ id: string; version: string; basis: ScoringPolicy['basis'] }>;
  readonly notices: readonly Notice[];
  /** Frozen objects and strings by small-integer key. */
  readonly cache: Map<number, unknown>[];
}

/** Cache slots. @internal */
export const CACHE_COMPUTED = 0;
/** @internal */
export const CACHE_TALLY = 1;
/** @internal */
export const CACHE_COMPLETENESS = 2;
/** @internal */
export const CACHE_FLAGS = 3;
/** @internal */
export const CACHE_PROMPTS = 4;
/** @internal */
export const CACHE_COUNT_REASON = 5;
/** @internal */
export const CACHE_UNKNOWN_REASON = 6;

/**
 * The notice every result from a provisional edition carries: how many items
 * are not verified, and which.
 *
 * @internal
 */
export function provisionalNotice(instrument: Instrument): Notice | null {
  let notice = PROVISIONAL.get(instrument);
  if (notice === undefined) {
    notice = buildProvisionalNotice(instrument);
    PROVISIONAL.set(instrument, notice);
  }
  return notice;
}

const PROVISIONAL = new WeakMap<Instrument, Notice | null>();

function buildProvisionalNotice(instrument: Instrument): Notice | null {
  if (instrument.status !== 'provisional') return null;
  const notVerified = instrument.items.filter((item) => item.provenance.status !== 'verified');
  const attested = notVerified.filter((item) => item.provenance.status === 'attested').length;
  const unverified = notVerified.length - attested;
  const optionGroups = instrument.items.reduce(
    (n, item) => n + item.optionGroups.filter((group) => group.provenance.status !== 'verified').length,
    0,
  );
  const parts = [
    `${instrument.title} (${instrument.id}, edition ${instrument.edition}) is a provisional edition:`,
    `${notVerified.length} of ${instrument.items.length} items ${notVerified.length === 1 ? 'is' : 'are'} not verified against a primary copy of the form`,
    `(${attested} attested by several secondary copies, ${unverified} unverified)`,
  ];
  const options = optionGroups > 0 ? `, and ${optionGroups} sub-option group${optionGroups === 1 ? ' is' : 's are'} not verified` : '';
  return Object.freeze({
    id: 'provisional-instrument',
    message: `${parts.join(' ')}${options}. Check any decision against the official form.`,
    items: Object.freeze(notVerified.map((item) => item.id)),
  });
}

function buildPlan(instrument: Instrument, policy: ScoringPolicy): ScoringPlan {
  const items = instrument.items;
  const edition = editionPlan(instrument);
  const index = edition.index;

  const flagPlans: FlagPlan[] = [];
  for (const rule of policy.redFlags) {
    // Stryker disable next-line MethodExpression: an item id the edition lacks, left in a group, reads as never yes (codes[undefined] is undefined), exactly as if it were filtered out, so no input can tell it apart
    const groups = rule.allOf.map((group) => group.map((id) => index[id]).filter((i): i is number => i !== undefined));
    // Stryker disable next-line MethodExpression: a group with no item of the edition can never hold a yes, so a rule with one is never raised whether it is planned or not; no input can tell some() from every() here
    if (groups.length > 0 && groups.every((group) => group.length > 0)) {
      flagPlans.push({ rule, groups, watched: [...new Set(groups.flat())] });
    }
  }
  const promptPlans = promptPlansOf(instrument, policy.screenPrompts);
  // Stryker disable next-line MethodExpression,ArithmeticOperator: the order of the watched items only orders the bits of the cache key; any fixed order keeps the key one-to-one, so no input can tell it apart
  const watched = [...new Set([...flagPlans.flatMap((f) => f.watched), ...promptPlans.flatMap((p) => p.items)])].sort((a, b) => a - b);

  const notices: Notice[] = [];
  const provisional = provisionalNotice(instrument);
  if (provisional !== null) notices.push(provisional);
  const basis = policyBasisNotice(policy);
  if (basis !== null) notices.push(basis);

  return {
    ...edition,
    instrument,
    policy,
    counts: items.map((item) => item.counts),
    countOutOf: items.filter((item) => item.counts).length,
    watched,
    flagPlans,
    promptPlans,
    ref: Object.freeze({ id: instrument.id, edition: instrument.edition, status: instrument.status }),
    policyRef: Object.freeze({ id: policy.id, version: policy.version, basis: policy.basis }),
    notices: notices.length === 0 ? EMPTY : Object.freeze(notices),
    cache: [new Map(), new Map(), new Map(), new Map(), new Map(), new Map(), new Map()],
  };
}

const PLANS = new WeakMap<Instrument, WeakMap<ScoringPolicy, ScoringPlan>>();

/** The scoring plan of an edition under a policy, built once. @internal */
export function planFor(instrument: Instrument, policy: ScoringPolicy): ScoringPlan {
  let byPolicy = PLANS.get(instrument);
  if (byPolicy === undefined) {
    byPolicy = new WeakMap();
    PLANS.set(instrument, byPolicy);
  }
  let plan = byPolicy.get(policy);
  if (plan === undefined) {
    plan = buildPlan(instrument, policy);
    byPolicy.set(policy, plan);
  }
  return plan;
}

/** Red flags with their reason lines, as cached together. @internal */
export interface FlagSet {
  readonly flags: readonly RedFlag[];
  readonly lines: readonly string[];
}

/** The reason line of a red flag. @internal */
export function flagLine(flag: RedFlag): string {
  return `Red flag \u2014 ${flag.title}: ${flag.reason}`;
}

/**
 * The red flags (other than the unknowns flag) raised by a pattern of yes
 * answers on the watched items, as a frozen array; cached by pattern (NaN:
 * too many watched items to key a cache, computed every time).
 *
 * @internal
 */
export function flagsFor(plan: ScoringPlan, codes: Uint8Array, pattern: number): FlagSet {
  const cache = plan.cache[CACHE_FLAGS]!;
  const hit = Number.isNaN(pattern) ? undefined : (cache.get(pattern) as FlagSet | undefined);
  if (hit !== undefined) return hit;
  const flags: RedFlag[] = [];
  for (const flagPlan of plan.flagPlans) {
    const items: string[] = [];
    let all = true;
    for (const group of flagPlan.groups) {
      let any = false;
      for (const i of group) {
        if (codes[i] === YES) {
          any = true;
          items.push(plan.ids[i]!);
        }
      }
      if (!any) {
        all = false;
        break;
      }
    }
    if (all) {
      flags.push(Object.freeze({ id: flagPlan.rule.id, title: flagPlan.rule.title, items: Object.freeze(items), reason: flagPlan.rule.reason }));
    }
  }
  const set: FlagSet = {
    flags: flags.length === 0 ? EMPTY : Object.freeze(flags),
    lines: flags.map((flag) => flagLine(flag)),
  };
  // Stryker disable next-line BooleanLiteral,ConditionalExpression: a NaN pattern is never read back (the lookup above skips NaN), so storing or not storing here changes no result
  if (!Number.isNaN(pattern)) cache.set(pattern, set);
  return set;
}

/**
 * The screen prompts raised by a pattern of yes answers, as a frozen array;
 * cached by pattern. A screen prompted by several items is listed once, with
 * the reason of the first item that prompted it.
 *
 * @internal
 */
export function promptsFor(plan: ScoringPlan, codes: Uint8Array, pattern: number): readonly ScreenPrompt[] {
  const cache = plan.cache[CACHE_PROMPTS]!;
  const hit = Number.isNaN(pattern) ? undefined : (cache.get(pattern) as readonly ScreenPrompt[] | undefined);
  if (hit !== undefined) return hit;
  const frozen = screenPrompts(plan.promptPlans, codes, plan.ids);
  // Stryker disable next-line BooleanLiteral,ConditionalExpression: a NaN pattern is never read back (the lookup above skips NaN), so storing or not storing here changes no result
  if (!Number.isNaN(pattern)) cache.set(pattern, frozen);
  return frozen;
}
