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

/** Makes a policy from a file with `define`; a refused definition names the file and the fields, never their values. */
async function fromFile<P>(io: CliIo, path: string, kind: string, define: (value: unknown) => P): Promise<P> {
  const value = await readPolicyFile(io, path);
  try {
    return define(value);
  } catch (error) {
    if (!isDaRiskError(error)) throw error;
    const issues = error.message.replace(/^da-risk [a-z-]+: /, '');
    throw new CouldNotRun(`the policy file ${quotePath(path)} is not a valid ${kind} policy (${issues}); correct those fields`);
  }
}

/**
 * The scoring policy `--policy` (for `assess`) or `--scoring` (for `marac`)
 * names: the shipped one by id (the default), or a `.json` file.
 *
 * @throws {@link UsageError} for a name that is neither; {@link CouldNotRun} for a file that cannot be used
 * @internal
 */
export async function scoringPolicy(io: CliIo, spec: string | undefined): Promise<ScoringPolicy> {
  if (spec === undefined || spec === commonLocalBands.id) return commonLocalBands;
  if (!spec.endsWith('.json')) throw new UsageError(`the scoring policy given is not a shipped one (shipped: ${commonLocalBands.id}; or give a .json file)`);
  return fromFile(io, spec, 'scoring', defineScoringPolicy);
}

/**
 * The MARAC policy `--policy` names for `marac`: a shipped one by id
 * (default `safelives-plus-library-defaults`), or a `.json` file.
 *
 * @throws {@link UsageError} for a name that is neither; {@link CouldNotRun} for a file that cannot be used
 * @internal
 */
export async function maracPolicy(io: CliIo, spec: string | undefined): Promise<MaracPolicy> {
  const shipped = SHIPPED_MARAC_POLICIES.find((policy) => policy.id === (spec ?? MARAC_POLICY_IDS[0]));
  if (shipped !== undefined) return shipped;
  if (spec === undefined || !spec.endsWith('.json')) throw new UsageError(`the MARAC policy given is not a shipped one (shipped: ${MARAC_POLICY_IDS.join(', ')}; or give a .json file)`);
  return fromFile(io, spec, 'MARAC', defineMaracPolicy);
}
