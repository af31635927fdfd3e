/**
 * `verifyResult`: what did the software say, and would it say the same today
 * on the same rules?
 *
 * @module
 */
import { differences, replayChecklist, replayDara, replayRim, type ResultDifference } from '../core/replay.js';
import type { RimPolicies } from '../core/rim.js';
import { DaRiskError } from '../errors/error.js';
import type { DaraPolicy } from '../model/dara.js';
import type { InstrumentRef } from '../model/instrument.js';
import type { PolicyRef, ScoringPolicy } from '../model/policy.js';
import { checkAssessmentInput } from './assess.js';
import { parseDaraInput } from './dara.js';
import { defaultRegistry } from './default-registry.js';
import { parseRimInput } from './rim.js';
import { parseResultShape, resultContext, storedResultOptions, type StoredResultOptions } from './stored-result.js';
import type { AssessmentInput } from '../model/assessment.js';
import type { AnyResult } from '../model/cross-instrument.js';
import type { DaraInput } from '../model/dara.js';
import type { RimInput } from '../model/rim.js';
import type { OutsideInput } from './outside-input.js';

/**
 * What {@link verifyResult} found.
 *
 * @since 0.1.0
 * @category Stored results
 */
export interface ResultVerification {
  /** `true` when replaying the input through the edition, the policy and the recorded decisions gives a result with the same meaning: the same counts, levels, flags, prompts, routes and decisions. */
  readonly reproduces: boolean;
  /** `true` when it gives exactly the stored result, wording included. */
  readonly identical: boolean;
  /** Every field that differs, by path (never a value), meaning first. */
  readonly differences: readonly ResultDifference[];
  /** The edition the result names. */
  readonly instrument: InstrumentRef;
  /** The policy the result names (for a RIM, the classification rules). */
  readonly policy: PolicyRef;
  /** Plain-language summary. */
  readonly reasons: readonly string[];
}

function prefixed(error: unknown, prefix: readonly (string | number)[]): never {
  if (error instanceof DaRiskError) {
    throw new DaRiskError(error.code, error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })));
  }
  throw error;
}

/**
 * Replays a stored input through the edition and policy the stored result
 * names, applies every decision the result's history records (judgements,
 * regrades, uplift decisions, in order, under the same rules), and says
 * whether that reproduces the stored result — and where not, which fields
 * differ. This is what a Domestic Homicide Review or a court disclosure
 * needs: what the software said, and whether it would say the same today on
 * the same rules.
 *
 * A difference is `meaning` (a count, tally, level, flag, prompt, route,
 * decision or referral) or `wording` (reasons and prompts, which a later
 * library version may word differently). A recorded decision that the policy
 * would refuse today (a lowering without an authoriser, say) cannot be
 * replayed and is reported as a difference at its place in the history.
 *
 * @param input - the stored input the result was made from: an {@link AssessmentInput}, {@link DaraInput} or {@link RimInput} (typed as one for a caller whose value has a type, anything when it is `unknown` or `any`: see {@link OutsideInput}; checked at run time either way)
 * @param result - the stored result, of any instrument ({@link AnyResult}; typed the same way)
 * @param options - where the edition and policies are looked up, when not shipped
 * @returns the verification
 * @throws {@link DaRiskError} `invalid-input` (a malformed input or result, paths under `input` or `result`), `unknown-instrument`, `unknown-edition`, `unknown-policy`
 *
 * @example
 * ```ts
 * const check = verifyResult(storedInput, storedResult);
 * check.reproduces; // true: same count, levels, flags and decisions
 * verifyResult(storedInput, { ...storedResult, count: 3 }).differences; // [{ path: ['count'], kind: 'meaning' }]
 * ```
 * @since 0.1.0
 * @category Stored results
 */
export function verifyResult<I, R>(
  input: OutsideInput<I, AssessmentInput | DaraInput | RimInput>,
  result: OutsideInput<R, AnyResult>,
  options?: StoredResultOptions,
): ResultVerification {
  const read = storedResultOptions(options);
  const registry = read.registry ?? defaultRegistry;
  const stored = parseResultShape(result, 'any', ['result']);
  const { instrument, policy } = resultContext(stored, read, ['result']);
  const fresh = (() => {
    try {
      switch (stored.kind) {
        case 'checklist': {
          const checked = checkAssessmentInput(input, registry);
          if (!checked.ok) throw checked.error;
          return { input: checked.value.input, instrument: checked.value.instrument };
        }
        case 'dara':
          return parseDaraInput(input, registry);
        case 'rim':
          return parseRimInput(input, registry);
      }
    } catch (error) {
      return prefixed(error, ['input']);
    }
  })();
  const found: ResultDifference[] = [];
  let replayed: unknown;
  if (fresh.instrument !== instrument) {
    found.push(Object.freeze({ path: Object.freeze(['instrument']), kind: 'meaning' as const }));
  } else {
    try {
      replayed =
        stored.kind === 'checklist'
          ? replayChecklist(instrument, fresh.input as never, policy as ScoringPolicy, stored.history)
          : stored.kind === 'dara'
            ? replayDara(instrument, fresh.input as never, policy as DaraPolicy, stored.history)
            : replayRim(instrument, fresh.input as never, policy as RimPolicies, stored.history);
    } catch (error) {
      // A recorded decision that cannot be made again is a difference at its place in the history;
      // anything else is the input refused by the rules of the edition (a date of birth after the assessment, say).
      if (!(error instanceof DaRiskError) || error.code !== 'inconsistent-result') prefixed(error, ['input']);
      for (const issue of error.issues) found.push(Object.freeze({ path: Object.freeze([...issue.path]), kind: 'meaning' as const }));
    }
    if (replayed !== undefined) found.push(...differences(replayed, stored));
  }
  const meaning = found.filter((difference) => difference.kind === 'meaning').length;
  const wording = found.length - meaning;
  const policyRef = stored.policy;
  const reasons = [
    meaning === 0
      ? `Reproduced: the input, replayed through ${stored.instrument.id} ${stored.instrument.edition} under policy ${policyRef.id} version ${policyRef.version} with every recorded decision, gives a result with the same meaning.`
      : `Not reproduced: ${meaning} field${meaning === 1 ? ' differs' : 's differ'} in meaning from what the input, the edition, policy ${policyRef.id} version ${policyRef.version} and the recorded decisions give.`,
  ];
  if (wording > 0) reasons.push(`${wording} field${wording === 1 ? ' differs' : 's differ'} in wording only (reasons and prompts may be worded differently by another library version).`);
  return Object.freeze({
    reproduces: meaning === 0,
    identical: found.length === 0,
    differences: Object.freeze(found),
    instrument: Object.freeze({ id: stored.instrument.id, edition: stored.instrument.edition }),
    policy: Object.freeze({ id: policyRef.id, version: policyRef.version }),
    reasons: Object.freeze(reasons),
  });
}
