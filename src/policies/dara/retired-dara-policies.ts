/**
 * Superseded versions of the shipped DARA policy, kept unchanged so that
 * results made under them read back and replay exactly as they were made.
 * None of these is a default, and none is for new work.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { DaraPolicy } from '../../model/dara.js';
import { childrenScreenPrompts } from '../scoring/children-screen-prompts.js';

const COERCIVE = ['isolation', 'monitoring', 'economic-control', 'degradation', 'sexual-coercion'];

// dara-consistency version 1, exactly as it shipped (its fingerprint is pinned in the tests).
const daraConsistencyV1: DaraPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'dara',
  id: 'dara-consistency',
  version: '1',
  basis: 'library-default',
  title: 'DARA consistency checks for supervisor review',
  summary:
    'Flags a DARA grade that looks low for what was disclosed, for a supervisor to review. A flag never changes the grade. The rules are da-risk defaults drawn from the pilot research, not published guidance. Lowering a grade another practitioner gave needs a named authoriser (a da-risk default).',
  instruments: ['dara'],
  consistency: [
    {
      id: 'strangulation-below-high',
      title: 'Strangulation graded below high',
      reason: 'Non-fatal strangulation is a marker of homicide risk; a grade below high needs a supervisor to review the reasons.',
      when: [{ items: ['strangulation'], atLeast: 1 }],
      gradeBelow: 'high',
    },
    {
      id: 'threats-to-kill-below-high',
      title: 'Threats to kill graded below high',
      reason: 'Threats to kill were disclosed; a grade below high needs a supervisor to review the reasons.',
      when: [{ items: ['threats-to-kill'], atLeast: 1 }],
      gradeBelow: 'high',
    },
    {
      id: 'weapons-below-high',
      title: 'Weapons graded below high',
      reason: 'Use of a weapon was disclosed; a grade below high needs a supervisor to review the reasons.',
      when: [{ items: ['weapons'], atLeast: 1 }],
      gradeBelow: 'high',
    },
    {
      id: 'post-separation-stalking-below-high',
      title: 'Stalking after separation graded below high',
      reason:
        'Harassment and stalking after separation is the DARA pilot\u2019s known blind spot: officers recorded it but often did not grade it to match.',
      when: [
        { items: ['separation'], atLeast: 1 },
        { items: ['stalking-harassment'], atLeast: 1 },
      ],
      gradeBelow: 'high',
    },
    {
      id: 'coercive-control-standard',
      title: 'Several coercive-control behaviours graded standard',
      reason:
        'Three or more coercive and controlling behaviours were disclosed; the pilot found coercive control was recorded more often than it was reflected in the grade.',
      when: [{ items: COERCIVE, atLeast: 3 }],
      gradeBelow: 'medium',
    },
    {
      id: 'extreme-fear-standard',
      title: 'Extreme fear graded standard',
      reason: 'The victim is very frightened; the victim\u2019s own view of the risk is a ground for a higher grade or a referral on judgement.',
      when: [{ items: ['very-frightened'], atLeast: 1 }],
      gradeBelow: 'medium',
    },
    {
      id: 'violence-in-pregnancy-standard',
      title: 'Violence in pregnancy graded standard',
      reason: 'Physical violence with a pregnancy or recent birth puts the victim and the baby at risk.',
      when: [
        { items: ['pregnancy-or-recent-birth'], atLeast: 1 },
        { items: ['physical-violence'], atLeast: 1 },
      ],
      gradeBelow: 'medium',
    },
  ],
  screenPrompts: childrenScreenPrompts,
  judgement: { lowering: 'allowed-with-rationale', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'library-default' }, basis: 'library-default' },
} satisfies DaraPolicy);

/**
 * Retired DARA policies, oldest first. Each is kept only so that results and
 * regrades made under it can still be read back and replayed.
 *
 * - `dara-consistency` version 1 — superseded by version 2
 *   (`daraConsistency`). Its consistency checks carried no basis of their
 *   own; version 2 gives each check its basis (`library-default`: no
 *   published rule links DARA indicators to grades) and, where the idea comes
 *   from the pilot research, a source naming it. The checks, and so the flags,
 *   are the same.
 *
 * @example
 * ```ts
 * retiredDaraPolicies.map((policy) => `${policy.id}@${policy.version}`); // ['dara-consistency@1']
 * ```
 * @since 0.1.0
 */
export const retiredDaraPolicies: readonly DaraPolicy[] = /* @__PURE__ */ Object.freeze([daraConsistencyV1]);
