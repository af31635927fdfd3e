/**
 * The concepts the shipped instruments share.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { ConceptMap } from '../../model/cross-instrument.js';

const DASH = (...ids: string[]) => ({ 'dash-ric': ids, 'police-dash': ids });

/**
 * Concept map `shared-concepts` version `1` (a da-risk default): where the
 * same question is asked on the DASH RIC, the police DASH, DARA, the S-DASH
 * and the Barnardo's RIM. Items with the same id on two instruments are the
 * same question; the rest are mapped here by meaning.
 *
 * @example
 * ```ts
 * sharedConcepts.concepts.find((c) => c.id === 'strangulation')?.items; // { 'dash-ric': ['strangulation'], 'police-dash': ['strangulation'], dara: ['strangulation'] }
 * ```
 * @since 0.1.0
 * @category Case rules
 */
export const sharedConcepts: ConceptMap = /* @__PURE__ */ deepFreeze({
  kind: 'concept-map',
  id: 'shared-concepts',
  version: '1',
  basis: 'library-default',
  title: 'Questions shared across the shipped instruments',
  summary:
    'Maps each concept to the items that ask about it on each instrument, so a case system can show, for example, "disclosed on the DASH, not asked on the DARA". A mapping by meaning, made by da-risk.',
  concepts: [
    { id: 'strangulation', label: 'Strangulation', items: { ...DASH('strangulation'), dara: ['strangulation'] } },
    {
      id: 'threats-to-kill',
      label: 'Threats to kill',
      items: { ...DASH('threats-to-kill'), dara: ['threats-to-kill'], 'barnardos-rim': ['rim-perpetrator-threats-to-kill'] },
    },
    { id: 'weapons', label: 'Weapons', items: { ...DASH('weapons'), dara: ['weapons'] } },
    { id: 'separation', label: 'Separation', items: { ...DASH('separation'), dara: ['separation'] } },
    {
      id: 'pregnancy',
      label: 'Pregnancy or a recent birth',
      items: { ...DASH('pregnancy-or-recent-birth'), dara: ['pregnancy-or-recent-birth'] },
    },
    { id: 'stalking', label: 'Stalking or harassment', items: { ...DASH('stalking-harassment'), dara: ['stalking-harassment'] } },
    { id: 'isolation', label: 'Isolation', items: { ...DASH('isolation'), dara: ['isolation'] } },
    {
      id: 'controlling-behaviour',
      label: 'Controlling behaviour',
      items: {
        ...DASH('controlling-or-jealous'),
        dara: ['monitoring', 'economic-control', 'degradation'],
        'barnardos-rim': ['rim-perpetrator-controlling'],
      },
    },
    { id: 'escalation', label: 'Escalation', items: { ...DASH('abuse-more-often', 'abuse-getting-worse'), dara: ['escalation'] } },
    { id: 'sexual-abuse', label: 'Sexual abuse or coercion', items: { ...DASH('sexual-abuse'), dara: ['sexual-coercion'] } },
    { id: 'perpetrator-suicide', label: 'Perpetrator suicide threats', items: { ...DASH('perpetrator-suicide'), dara: ['perpetrator-suicide'] } },
    {
      id: 'fear',
      label: 'The victim very frightened',
      items: { ...DASH('very-frightened'), dara: ['very-frightened'], 's-dash': ['stalking-victim-frightened'] },
    },
    {
      id: 'children-harmed',
      label: 'Children harmed or threatened',
      items: {
        'police-dash': ['hurt-children-or-dependants', 'threatened-children-or-dependants'],
        'barnardos-rim': ['rim-child-harmed-or-threatened'],
      },
    },
  ],
} satisfies ConceptMap);
