/**
 * The values options choose from that both the help lists and the commands
 * check: shipped policy ids and result kinds. Plain data, so the help loads
 * no validation.
 *
 * @module
 */
import type { ResultKind } from '../interop/json-schema.js';
import type { MaracPolicy } from '../model/policy.js';
import { caadaCrimeOnlyRepeatMarac, safelives2009Marac, safelivesMarac, safelivesPlusLibraryDefaultsMarac } from '../policies/marac/safelives-marac.js';
import { commonLocalBands } from '../policies/scoring/common-local-bands.js';

/** The shipped MARAC policies `--policy` names for `marac`, the default first. @internal */
export const SHIPPED_MARAC_POLICIES: readonly MaracPolicy[] = [safelivesPlusLibraryDefaultsMarac, safelivesMarac, safelives2009Marac, caadaCrimeOnlyRepeatMarac];

/** Their ids, the default first. @internal */
export const MARAC_POLICY_IDS: readonly string[] = SHIPPED_MARAC_POLICIES.map((policy) => policy.id);

/** The id of the shipped scoring policy, the default of `assess --policy`. @internal */
export const SCORING_POLICY_ID = commonLocalBands.id;

/** The result kinds `schema --result` takes. @internal */
export const RESULT_KINDS: readonly ResultKind[] = ['checklist', 'dara', 'rim', 'marac-decision', 'case'];
