/**
 * Notices that say where a policy's rules come from, so a local convention or
 * a library default is never read as national guidance.
 *
 * @module
 */
import type { PolicyBasis } from '../model/policy.js';
import type { Notice } from '../model/result.js';

/**
 * How a policy basis reads in a sentence.
 *
 * @example
 * ```ts
 * describeBasis('library-default'); // 'a da-risk default, not published guidance'
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export function describeBasis(basis: PolicyBasis): string {
  switch (basis) {
    case 'national-guidance':
      return 'national guidance';
    case 'safelives':
      return 'SafeLives guidance';
    case 'publisher':
      return 'the rule of the instrument\u2019s publisher';
    case 'local':
      return 'a local rule or convention, not a national one';
    case 'library-default':
      return 'a da-risk default, not published guidance';
  }
}

const NOTICES = new WeakMap<object, Notice | null>();

/**
 * A notice for a policy whose basis is local or a library default, or null for
 * national or SafeLives rules. Cached per policy object.
 *
 * @internal
 */
export function policyBasisNotice(policy: {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly basis: PolicyBasis;
}): Notice | null {
  let notice = NOTICES.get(policy);
  if (notice === undefined) {
    notice =
      policy.basis === 'local' || policy.basis === 'library-default'
        ? Object.freeze({
            id: policy.basis === 'local' ? 'local-convention' : 'library-default',
            message: `Policy "${policy.title}" (${policy.id} version ${policy.version}) is ${describeBasis(policy.basis)}.`,
            items: Object.freeze([]) as readonly string[],
          })
        : null;
    NOTICES.set(policy, notice);
  }
  return notice;
}
