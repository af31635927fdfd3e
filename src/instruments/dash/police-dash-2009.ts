/**
 * The police DASH (2009) risk identification checklist: 27 questions in four
 * sections. Questions 1–8 are the SafeLives 1–8; 9–12 are about children and
 * dependants (9 is the SafeLives 9); 13–27 are SafeLives 10–24.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { Instrument, Item, Provenance } from '../../model/instrument.js';
import { dashCommonItems, policeFearOptions, type DashItemContent } from './dash-items.js';
import { CAADA_RIC_2009_COPY, DASH_RISK_CHECKLIST_SITE, POLICE_DASH_2009_COPY, SAFELIVES_RESOURCES } from '../sources.js';

const SEEN: Provenance = {
  status: 'verified',
  sources: [POLICE_DASH_2009_COPY.id],
  note: 'Topic and number read in a copy of the police form.',
};

const ATTESTED: Provenance = {
  status: 'attested',
  sources: [POLICE_DASH_2009_COPY.id, CAADA_RIC_2009_COPY.id, DASH_RISK_CHECKLIST_SITE.id],
  note: 'Topic and order consistent across secondary copies (police number = SafeLives number + 3); not read in a primary copy.',
};

const UNVERIFIED: Provenance = {
  status: 'unverified',
  sources: [POLICE_DASH_2009_COPY.id],
  note: 'Topic from a secondary description; not seen in a copy of the form.',
};

const POLICE_ONLY: Record<string, DashItemContent> = {
  'children-not-abusers-or-dependants': {
    id: 'children-not-abusers-or-dependants',
    label: 'Other children or dependants in the home (children not the abuser\u2019s, or an adult such as an older relative)',
    answerType: 'yes-no-dont-know',
    counts: true,
    optionGroups: [],
    tags: ['children'],
    prompts: [],
  },
  'hurt-children-or-dependants': {
    id: 'hurt-children-or-dependants',
    label: 'Harm to the children or dependants by the abuser',
    answerType: 'yes-no-dont-know',
    counts: true,
    optionGroups: [],
    tags: ['children', 'physical-violence', 'red-flag'],
    prompts: [],
  },
  'threatened-children-or-dependants': {
    id: 'threatened-children-or-dependants',
    label: 'Threats by the abuser to harm or kill the children or dependants',
    answerType: 'yes-no-dont-know',
    counts: true,
    optionGroups: [],
    tags: ['children', 'threats', 'red-flag'],
    prompts: [],
  },
};

const LAYOUT: readonly [id: string, section: string, provenance: Provenance][] = [
  ['current-injury', 'current-situation', SEEN],
  ['very-frightened', 'current-situation', SEEN],
  ['what-victim-fears', 'current-situation', SEEN],
  ['isolation', 'current-situation', SEEN],
  ['victim-depressed-or-suicidal', 'current-situation', SEEN],
  ['separation', 'current-situation', SEEN],
  ['child-contact-conflict', 'current-situation', SEEN],
  ['stalking-harassment', 'current-situation', SEEN],
  ['pregnancy-or-recent-birth', 'children-and-dependants', SEEN],
  ['children-not-abusers-or-dependants', 'children-and-dependants', SEEN],
  ['hurt-children-or-dependants', 'children-and-dependants', SEEN],
  ['threatened-children-or-dependants', 'children-and-dependants', UNVERIFIED],
  ['abuse-more-often', 'abuse-history', ATTESTED],
  ['abuse-getting-worse', 'abuse-history', ATTESTED],
  ['controlling-or-jealous', 'abuse-history', ATTESTED],
  ['weapons', 'abuse-history', ATTESTED],
  ['threats-to-kill', 'abuse-history', ATTESTED],
  ['strangulation', 'abuse-history', ATTESTED],
  ['sexual-abuse', 'abuse-history', ATTESTED],
  ['other-person-threat', 'abuse-history', ATTESTED],
  ['hurt-others', 'abuse-history', ATTESTED],
  ['animal-abuse', 'abuse-history', ATTESTED],
  ['financial-issues', 'abuser', ATTESTED],
  ['drugs-alcohol-mental-health', 'abuser', ATTESTED],
  ['perpetrator-suicide', 'abuser', ATTESTED],
  ['breached-orders', 'abuser', ATTESTED],
  ['criminal-history', 'abuser', ATTESTED],
];

function build(): Instrument {
  const common = {
    ...dashCommonItems([POLICE_DASH_2009_COPY.id], policeFearOptions([POLICE_DASH_2009_COPY.id])),
    ...POLICE_ONLY,
  };
  const items: Item[] = LAYOUT.map(([id, section, provenance], index) => ({
    ...common[id]!,
    number: index + 1,
    section,
    provenance,
  }));
  return {
    formatVersion: 1,
    id: 'police-dash',
    edition: '2009',
    title: 'Police DASH (2009) risk identification checklist',
    publisher: 'ACPO DASH (2009) model, written by Laura Richards with CAADA (now SafeLives)',
    licence:
      'The police DASH forms ask not to be reproduced without permission; the official wording is not included. This edition ships da-risk paraphrased labels (MIT). A force holding the official form can attach its wording with a wording pack.',
    attribution:
      'The DASH (2009) model (Domestic Abuse, Stalking and Harassment and Honour Based Violence) was written by Laura Richards with CAADA and accredited by ACPO in March 2009. Labels here are da-risk paraphrases, not the official wording.',
    status: 'provisional',
    scoring: 'yes-count',
    summary:
      'The 27-question police form used at first response and by specialist officers, with three extra questions about children and dependants. It prompts the stalking (S-DASH) and "honour"-based abuse (H-DASH) screens. No separate national threshold exists for the police form; its threshold is a per-instrument policy (14 by default).',
    sources: [POLICE_DASH_2009_COPY, CAADA_RIC_2009_COPY, DASH_RISK_CHECKLIST_SITE, SAFELIVES_RESOURCES],
    sections: [
      { id: 'current-situation', label: 'Current situation' },
      { id: 'children-and-dependants', label: 'Children and dependants' },
      { id: 'abuse-history', label: 'History of domestic abuse' },
      { id: 'abuser', label: 'The abuser' },
    ],
    items,
  };
}

/**
 * Police DASH (2009), 27 items, all counting. Status `provisional`:
 * question 12 and most of 13–27 are not verified against a primary copy.
 *
 * @example
 * ```ts
 * policeDash2009.items.length; // 27
 * policeDash2009.items.find((i) => i.id === 'strangulation')!.number; // 18
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export const policeDash2009: Instrument = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ build());
