/**
 * The policies a bulk command runs under: a shipped one by its id, or a
 * local one from a `.json` file, made with the library's `define*` function.
 *
 * @module
 */
import { defineMaracPolicy, defineScoringPolicy } from '../api/policies.js';
import { isDaRiskError } from '../errors/error.js';
import type { MaracPolicy, ScoringPolicy } from '../model/policy.js';
import { commonLocalBands } from '../policies/scoring/common-local-bands.js';
import { MARAC_POLICY_IDS, SHIPPED_MARAC_POLICIES } from './choices.js';
import { CouldNotRun, UsageError, quotePath } from './errors.js';
import { readPolicyFile } from './files.js';
import type { CliIo } from './io.js';

/**
 * Where a policy came from, as plain data a worker can be given to make the
 * same policy again: a shipped policy's id, or the definition read from a
 * file (already checked once, on the main thread, which names the file when
 * it is refused).
 *
 * @internal
 */
export type PolicySource = { readonly shipped: string } | { readonly file: string; readonly definition: unknown };

/** Checks a definition read from a file with `define`; a refused one names the file and the fields, never their values. */
function checked<P>(path: string, definition: unknown, kind: string, define: (value: unknown) => P): P {
  try {
    return define(definition);
  } catch (error) {
    if (!isDaRiskError(error)) throw error;
    const issues = error.message.replace(/^da-risk [a-z-]+: /, '');
    throw new CouldNotRun(`the policy file ${quotePath(path)} is not a valid ${kind} policy (${issues}); correct those fields`);
  }
}

/**
 * The scoring policy `--policy` (for `assess`) or `--scoring` (for `marac`)
 * names: the shipped one by id (the default), or a `.json` file, read and
 * checked.
 *
 * @throws {@link UsageError} for a name that is neither; {@link CouldNotRun} for a file that cannot be used
 * @internal
 */
export async function scoringPolicySource(io: CliIo, spec: string | undefined): Promise<PolicySource> {
  if (spec === undefined || spec === commonLocalBands.id) return { shipped: commonLocalBands.id };
  if (!spec.endsWith('.json')) throw new UsageError(`the scoring policy given is not a shipped one (shipped: ${commonLocalBands.id}; or give a .json file)`);
  const definition = await readPolicyFile(io, spec);
  checked(spec, definition, 'scoring', defineScoringPolicy);
  return { file: spec, definition };
}

/**
 * The MARAC policy `--policy` names for `marac`: a shipped one by id
 * (default `safelives-plus-library-defaults`), or a `.json` file, read and
 * checked.
 *
 * @throws {@link UsageError} for a name that is neither; {@link CouldNotRun} for a file that cannot be used
 * @internal
 */
export async function maracPolicySource(io: CliIo, spec: string | undefined): Promise<PolicySource> {
  const shipped = SHIPPED_MARAC_POLICIES.find((policy) => policy.id === (spec ?? MARAC_POLICY_IDS[0]));
  if (shipped !== undefined) return { shipped: shipped.id };
  if (spec === undefined || !spec.endsWith('.json')) throw new UsageError(`the MARAC policy given is not a shipped one (shipped: ${MARAC_POLICY_IDS.join(', ')}; or give a .json file)`);
  const definition = await readPolicyFile(io, spec);
  checked(spec, definition, 'MARAC', defineMaracPolicy);
  return { file: spec, definition };
}

/**
 * The scoring policy a source names (the shipped one, or the file's definition made again).
 *
 * @internal
 */
export function scoringPolicyFrom(source: PolicySource): ScoringPolicy {
  return 'shipped' in source ? commonLocalBands : checked(source.file, source.definition, 'scoring', defineScoringPolicy);
}

/**
 * The MARAC policy a source names (a shipped one by id, or the file's definition made again).
 *
 * @internal
 */
export function maracPolicyFrom(source: PolicySource): MaracPolicy {
  if (!('shipped' in source)) return checked(source.file, source.definition, 'MARAC', defineMaracPolicy);
  const shipped = SHIPPED_MARAC_POLICIES.find((policy) => policy.id === source.shipped);
  if (shipped === undefined) throw new UsageError('the MARAC policy given is not a shipped one');
  return shipped;
}
