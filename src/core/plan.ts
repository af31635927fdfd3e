/**
 * Precomputed lookups and caches for the scoring hot path, one per pair of
 * edition and scoring policy. Pure memoisation: everything here is derived
 * from frozen definitions, and every cached object is frozen, so sharing it
 * between results changes no result.
 *
 * @module
 */
import { EMPTY } from '../common/deep-freeze.js';
import type { Instrument } from '../model/instrument.js';
import type { RedFlagRule, ScoringPolicy } from '../model/policy.js';
import type { Completeness, ComputedLevel, Notice, RedFlag, ScreenPrompt } from '../model/result.js';
import { policyBasisNotice } from './policy-notice.js';
import { promptOf, promptPlansOf, type PromptPlan } from './prompts.js';
import { editionPlan, YES, type EditionPlan } from './read-answers.js';

/**
 * Most items one red flag rule or one screen may look at for its outcomes to be
 * kept: a rule over k items has at most 2^k outcomes (which of its items are
 * yes), so each rule's store holds at most 256 frozen objects. A rule over more
 * items builds its outcome on every call.
 *
 * @internal
 */
export const MAX_KEPT_ITEMS = 8;

/** Most entries a store of small counts keeps (the tally-like keys below); past it, values are built on every call. @internal */
export const MAX_KEPT_COUNTS = 4096;

/** A red flag rule resolved to item indices of one edition. @internal */
export interface FlagPlan {
  readonly rule: RedFlagRule;
  /** Item indices per group (all groups, any item within a group). */
  readonly groups: readonly (readonly number[])[];
  /** Every item index the rule looks at, in rule order. */
  readonly watched: readonly number[];
  /** The flag and its reason line by which watched items are yes (bit k: `watched[k]`); only when at most {@link MAX_KEPT_ITEMS} items are watched. */
  readonly kept: (RaisedFlag | undefined)[] | null;
}

/** A raised flag and its reason line. @internal */
export interface RaisedFlag {
  readonly flag: RedFlag;
  readonly line: string;
}

/** A screen prompt plan with the prompts it can raise, kept by which of its items are yes. @internal */
export interface KeptPromptPlan extends PromptPlan {
  readonly kept: (ScreenPrompt | undefined)[] | null;
}

/** Everything the scorer needs for one edition under one policy. @internal */
export interface ScoringPlan extends EditionPlan {
  readonly instrument: Instrument;
  readonly policy: ScoringPolicy;
  readonly counts: readonly boolean[];
  readonly countOutOf: number;
  /** The ids of the counting items. */
  readonly countingIds: ReadonlySet<string>;
  readonly flagPlans: readonly FlagPlan[];
  readonly promptPlans: readonly KeptPromptPlan[];
  readonly ref: Readonly<{ id: string; edition: string; status: Instrument['status'] }>;
  readonly policyRef: Readonly<{ id: string; version: string; basis: ScoringPolicy['basis'] }>;
  readonly notices: readonly Notice[];
  /** The reason line of a count-only screen (no level), built once. */
  readonly countOnlyLine: string;
  /** Computed levels and count reasons by count (index: the count, at most the number of items). */
  readonly computedByCount: (ComputedLevel | undefined)[];
  readonly countReasons: (string | undefined)[];
  /** Completeness and the unknown-answers reason by small counts, at most {@link MAX_KEPT_COUNTS} each. */
  readonly completeness: Map<number, Completeness>;
  readonly unknownReasons: Map<number, string>;
  /** The title of the unknowns flag, and its reasons by count and unknown count (at most {@link MAX_KEPT_COUNTS}). */
  readonly unknownsTitle: string;
  readonly unknownsReasons: Map<number, string>;
}

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
      const watched = [...new Set(groups.flat())];
      flagPlans.push({ rule, groups, watched, kept: watched.length <= MAX_KEPT_ITEMS ? [] : null });
    }
  }
  const promptPlans = promptPlansOf(instrument, policy.screenPrompts).map((plan) => ({ ...plan, kept: plan.items.length <= MAX_KEPT_ITEMS ? [] : null }));

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
    countingIds: new Set(items.filter((item) => item.counts).map((item) => item.id)),
    flagPlans,
    promptPlans,
    ref: Object.freeze({ id: instrument.id, edition: instrument.edition, status: instrument.status }),
    policyRef: Object.freeze({ id: policy.id, version: policy.version, basis: policy.basis }),
    notices: notices.length === 0 ? EMPTY : Object.freeze(notices),
    countOnlyLine: `${instrument.title} computes no level: no cut-off is published. More yes answers mean more risk; the practitioner judges.`,
    computedByCount: [],
    countReasons: [],
    completeness: new Map(),
    unknownReasons: new Map(),
    unknownsTitle: policy.bands.length === 0 ? '' : `Unknown answers could reach ${policy.bands[policy.bands.length - 1]!.level}`,
    unknownsReasons: new Map(),
  };
}

const PLANS = new WeakMap<Instrument, WeakMap<ScoringPolicy, ScoringPlan>>();

let last: ScoringPlan | null = null;

/** The scoring plan of an edition under a policy, built once. @internal */
export function planFor(instrument: Instrument, policy: ScoringPolicy): ScoringPlan {
  // Bulk work scores one edition under one policy again and again: the last plan is at hand.
  if (last !== null && last.instrument === instrument && last.policy === policy) return last;
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
  last = plan;
  return plan;
}

/** The reason line of a red flag. @internal */
export function flagLine(flag: RedFlag): string {
  return `Red flag \u2014 ${flag.title}: ${flag.reason}`;
}

/**
 * Which of `watched` are yes, as bits (bit k: `watched[k]`); only called with
 * at most {@link MAX_KEPT_ITEMS} items.
 */
function yesBits(codes: Uint8Array, watched: readonly number[]): number {
  let bits = 0;
  for (let k = 0; k < watched.length; k++) if (codes[watched[k]!] === YES) bits |= 1 << k;
  return bits;
}

/** The flag a rule raises on these answers, or {@link NOT_RAISED}. */
function raise(flagPlan: FlagPlan, codes: Uint8Array, ids: readonly string[]): RaisedFlag {
  const items: string[] = [];
  for (const group of flagPlan.groups) {
    let any = false;
    for (const i of group) {
      if (codes[i] === YES) {
        any = true;
        items.push(ids[i]!);
      }
    }
    if (!any) return NOT_RAISED;
  }
  const flag: RedFlag = Object.freeze({ id: flagPlan.rule.id, title: flagPlan.rule.title, items: Object.freeze(items), reason: flagPlan.rule.reason });
  return { flag, line: flagLine(flag) };
}

const NOT_RAISED: RaisedFlag = Object.freeze({ flag: null as unknown as RedFlag, line: '' });

/**
 * What `build` makes of the answers for one rule or screen whose outcome
 * depends only on which of its items (`watched`) are yes: kept by that
 * pattern in `kept`, or built each time when `kept` is null (too many items).
 */
function byYesPattern<P, T>(
  kept: (T | undefined)[] | null,
  watched: readonly number[],
  of: P,
  codes: Uint8Array,
  ids: readonly string[],
  build: (of: P, codes: Uint8Array, ids: readonly string[]) => T,
): T {
  if (kept === null) return build(of, codes, ids);
  const bits = yesBits(codes, watched);
  let value = kept[bits];
  if (value === undefined) kept[bits] = value = build(of, codes, ids);
  return value;
}

/**
 * The red flags (other than the unknowns flag) the policy's rules raise on a
 * set of answer codes, in rule order, each with its reason line pushed to
 * `lines`. A rule's flag depends only on which of its own items are yes, so it
 * is built once per outcome and kept with the rule (at most 2^8 outcomes).
 *
 * @internal
 */
export function raisedFlags(plan: ScoringPlan, codes: Uint8Array, flags: RedFlag[], lines: string[]): void {
  const flagPlans = plan.flagPlans;
  for (let r = 0; r < flagPlans.length; r++) {
    const flagPlan = flagPlans[r]!;
    const raised = byYesPattern(flagPlan.kept, flagPlan.watched, flagPlan, codes, plan.ids, raise);
    if (raised !== NOT_RAISED) {
      flags.push(raised.flag);
      lines.push(raised.line);
    }
  }
}

/**
 * The screen prompts raised by a set of answer codes, as a frozen array: each
 * screen once, with the items that prompted it and the reason of the first,
 * ordered by the first item that prompted it (as the reference scorer does). A screen's
 * prompt depends only on which of its own items are yes, so it is built once
 * per outcome and kept with the screen's plan (at most 2^8 outcomes).
 *
 * @internal
 */
export function raisedPrompts(plan: ScoringPlan, codes: Uint8Array): readonly ScreenPrompt[] {
  let prompts: ScreenPrompt[] | null = null;
  const plans = plan.promptPlans;
  for (let p = 0; p < plans.length; p++) {
    const promptPlan = plans[p]!;
    const items = promptPlan.items;
    let k = 0;
    while (k < items.length && codes[items[k]!] !== YES) k++;
    if (k === items.length) continue;
    (prompts ??= []).push(byYesPattern(promptPlan.kept, items, promptPlan, codes, plan.ids, promptOf));
  }
  if (prompts === null) return EMPTY;
  // By the first item that prompted each screen; the sort is stable, so a later screen with the same first item goes after.
  const index = plan.index;
  if (prompts.length > 1) prompts.sort((a, b) => index[a.items[0]!]! - index[b.items[0]!]!);
  return Object.freeze(prompts);
}
