/**
 * The default DARA policy: consistency checks for supervisor review, from the
 * pilot's known blind spot (coercive control recorded but not graded to
 * match, most of all harassment and stalking after separation).
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { DaraPolicy } from '../../model/dara.js';
import { childrenScreenPrompts } from '../scoring/children-screen-prompts.js';

const COERCIVE = ['isolation', 'monitoring', 'economic-control', 'degradation', 'sexual-coercion'];

/**
 * DARA policy `dara-consistency` version `2` (da-risk defaults throughout: no
 * published rule links DARA indicators to grades). Flags for supervisor
 * review — never a regrade — when strangulation, threats to kill, weapons or
 * post-separation stalking are graded below high, or when several
 * coercive-control behaviours, extreme fear, or violence in pregnancy are
 * graded standard. Each check carries its own basis (`library-default`) and,
 * where the idea comes from the pilot research, a source naming it. A regrade
 * below a grade another practitioner gave or kept needs a named authoriser
 * other than the person regrading (also a da-risk default). Version 1 (the
 * same checks without a basis each) is kept in `retiredPolicies`.
 *
 * @example
 * ```ts
 * assessDara(input, { policy: daraConsistency }).consistencyFlags.map((f) => f.id); // ['strangulation-below-high']
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export const daraConsistency: DaraPolicy = /* @__PURE__ */ deepFreeze({
  kind: 'dara',
  id: 'dara-consistency',
  version: '2',
  basis: 'library-default',
  title: 'DARA consistency checks for supervisor review',
  summary:
    'Flags a DARA grade that looks low for what was disclosed, for a supervisor to review. A flag never changes the grade. Every check is a da-risk default drawn from the pilot research, not published guidance. Lowering a grade another practitioner gave needs a named authoriser (a da-risk default).',
  instruments: ['dara'],
  consistency: [
    {
      id: 'strangulation-below-high',
      title: 'Strangulation graded below high',
      reason: 'Non-fatal strangulation is a marker of homicide risk; a grade below high needs a supervisor to review the reasons.',
      when: [{ items: ['strangulation'], atLeast: 1 }],
      gradeBelow: 'high',
      basis: 'library-default',
    },
    {
      id: 'threats-to-kill-below-high',
      title: 'Threats to kill graded below high',
      reason: 'Threats to kill were disclosed; a grade below high needs a supervisor to review the reasons.',
      when: [{ items: ['threats-to-kill'], atLeast: 1 }],
      gradeBelow: 'high',
      basis: 'library-default',
    },
    {
      id: 'weapons-below-high',
      title: 'Weapons graded below high',
      reason: 'Use of a weapon was disclosed; a grade below high needs a supervisor to review the reasons.',
      when: [{ items: ['weapons'], atLeast: 1 }],
      gradeBelow: 'high',
      basis: 'library-default',
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
      basis: 'library-default',
      source: 'Wire and Myhill (2018), the DARA pilot evaluation: stalking after separation recorded but not graded to match (where the idea comes from; the check is da-risk\u2019s)',
    },
    {
      id: 'coercive-control-standard',
      title: 'Several coercive-control behaviours graded standard',
      reason:
        'Three or more coercive and controlling behaviours were disclosed; the pilot found coercive control was recorded more often than it was reflected in the grade.',
      when: [{ items: COERCIVE, atLeast: 3 }],
      gradeBelow: 'medium',
      basis: 'library-default',
      source: 'Wire and Myhill (2018), the DARA pilot evaluation: coercive control recorded more often than reflected in the grade (where the idea comes from; the check is da-risk\u2019s)',
    },
    {
      id: 'extreme-fear-standard',
      title: 'Extreme fear graded standard',
      reason: 'The victim is very frightened; the victim\u2019s own view of the risk is a ground for a higher grade or a referral on judgement.',
      when: [{ items: ['very-frightened'], atLeast: 1 }],
      gradeBelow: 'medium',
      basis: 'library-default',
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
      basis: 'library-default',
    },
  ],
  screenPrompts: childrenScreenPrompts,
  judgement: { lowering: 'allowed-with-rationale', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'library-default' }, basis: 'library-default' },
} satisfies DaraPolicy);
