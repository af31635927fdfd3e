/**
 * The Barnardo's Domestic Violence Risk Identification Matrix, provisional
 * edition. Four scale columns (1 Moderate, 2 Moderate to Serious, 3 Serious,
 * 4 Severe); rows of indicators. Only the "evidence of domestic violence" row
 * was read in a copy of the matrix. The other rows are da-risk examples: the
 * row titles, indicators and scale columns are da-risk's own, not Barnardo's
 * text, marked unverified, cited to no source and tagged `library-example`
 * so that the edition page, results and the FHIR Questionnaire say so.
 * Barnardo's text is the charity's: none is copied.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { Instrument, Item, Provenance, SourceReference } from '../../model/instrument.js';
import { LIBRARY_EXAMPLE_TAG } from '../../model/instrument.js';

const SOURCES: SourceReference[] = [
  {
    id: 'barnardos-rim-copy',
    title: 'Copy of the Barnardo\u2019s DV risk identification matrix, header and first row (scribd.com document 546830931)',
    url: 'https://www.scribd.com/document/546830931',
    kind: 'secondary',
  },
  {
    id: 'community-care',
    title: 'Community Care: "Danger signals" (2006) and the London matrix model (2009) \u2014 background on the model; no indicator is taken from it',
    url: 'https://www.communitycare.co.uk',
    kind: 'secondary',
  },
  {
    id: 'healy-bell',
    title: 'Healy and Bell, Barnardo\u2019s briefing no. 7 on the risk assessment model \u2014 background on the model; no indicator is taken from it',
    kind: 'secondary',
  },
  { id: 'solihull-lscb', title: 'Solihull LSCB procedures (the DV RIM used beside the DASH)', kind: 'secondary' },
];

const VERIFIED: Provenance = {
  status: 'verified',
  sources: ['barnardos-rim-copy'],
  note: 'Row and column read in a copy of the matrix; the label is a da-risk paraphrase.',
};

// Not read on a copy of the matrix, and not taken from any listed source: cited to none.
const EXAMPLE: Provenance = {
  status: 'unverified',
  sources: [],
  note: 'A da-risk example, not Barnardo\u2019s text: this row\u2019s cells and title are not public, so the indicator, its wording and its scale column are da-risk\u2019s own. Check it against a copy of the matrix.',
};

type Row = 'evidence-of-violence' | 'perpetrator' | 'non-abusing-parent' | 'child' | 'protective-factors';

const ITEMS: readonly [id: string, row: Row, scale: 1 | 2 | 3 | 4 | null, indicator: NonNullable<Item['indicator']>, label: string][] = [
  ['rim-violence-minor-incidents', 'evidence-of-violence', 1, 'risk-factor', 'One to three minor incidents of physical violence'],
  ['rim-violence-minor-to-moderate-history', 'evidence-of-violence', 2, 'risk-factor', 'A history of minor to moderate abuse, in severity, frequency or duration'],
  ['rim-violence-serious-or-persistent', 'evidence-of-violence', 3, 'risk-factor', 'Serious or persistent physical violence, previous assaults, increasing'],
  ['rim-violence-severe-life-threatening', 'evidence-of-violence', 4, 'risk-factor', 'Repeated serious or severe, life-threatening violence'],
  ['rim-perpetrator-controlling', 'perpetrator', 2, 'risk-factor', 'Perpetrator controlling or jealous towards the non-abusing parent'],
  ['rim-perpetrator-substance-misuse', 'perpetrator', 3, 'risk-factor', 'Perpetrator\u2019s drug or alcohol misuse linked to the violence'],
  ['rim-perpetrator-threats-to-harm', 'perpetrator', 3, 'risk-factor', 'Perpetrator threatens to harm the non-abusing parent or the children'],
  ['rim-perpetrator-weapons-or-strangulation', 'perpetrator', 4, 'risk-factor', 'Perpetrator has used a weapon or strangulation'],
  ['rim-perpetrator-threats-to-kill', 'perpetrator', 4, 'risk-factor', 'Perpetrator has threatened to kill'],
  ['rim-parent-isolated', 'non-abusing-parent', 2, 'vulnerability', 'Non-abusing parent isolated from support'],
  ['rim-parent-capacity-affected', 'non-abusing-parent', 3, 'vulnerability', 'Non-abusing parent\u2019s capacity to protect affected (injury, mental health, substance misuse)'],
  ['rim-parent-unable-to-protect', 'non-abusing-parent', 4, 'vulnerability', 'Non-abusing parent unable to protect the child'],
  ['rim-child-aware', 'child', 1, 'vulnerability', 'Child aware of the violence'],
  ['rim-child-witnessed', 'child', 2, 'vulnerability', 'Child has seen or heard violence'],
  ['rim-child-caught-up', 'child', 3, 'vulnerability', 'Child caught up in incidents, or hurt during them'],
  ['rim-child-harmed-or-threatened', 'child', 4, 'vulnerability', 'Child directly harmed or threatened by the perpetrator'],
  ['rim-protective-parent', 'protective-factors', null, 'protective-factor', 'Non-abusing parent able and willing to protect'],
  ['rim-protective-network', 'protective-factors', null, 'protective-factor', 'Supportive family or community network'],
  ['rim-protective-perpetrator-engaging', 'protective-factors', null, 'protective-factor', 'Perpetrator engaging with a programme and taking responsibility'],
  ['rim-protective-trusted-adult', 'protective-factors', null, 'protective-factor', 'Child has a trusted adult to talk to'],
];

function build(): Instrument {
  const items: Item[] = ITEMS.map(([id, section, scale, indicator, label], index) => ({
    id,
    number: index + 1,
    section,
    label,
    answerType: 'indicator-state',
    counts: false,
    optionGroups: [],
    tags: section === 'evidence-of-violence' ? [section] : [section, LIBRARY_EXAMPLE_TAG],
    prompts: [],
    provenance: section === 'evidence-of-violence' ? VERIFIED : EXAMPLE,
    ...(scale === null ? {} : { scale }),
    indicator,
  }));
  return {
    formatVersion: 1,
    id: 'barnardos-rim',
    edition: '2009-provisional',
    title: 'Barnardo\u2019s Domestic Violence Risk Identification Matrix (provisional edition)',
    publisher: 'Barnardo\u2019s (DVRAM, Northern Ireland Domestic Violence Outreach Service)',
    licence:
      'The matrix text is the copyright of Barnardo\u2019s, with no open licence found, and is not included. This edition ships the structure, the known rules and da-risk\u2019s own labels (MIT).',
    attribution:
      'The DV RIM is part of Barnardo\u2019s Domestic Violence Risk Assessment Model, built by Maddie Bell at Barnardo\u2019s Northern Ireland and endorsed by the London Safeguarding Children Board in 2008. Labels here are da-risk\u2019s own.',
    status: 'provisional',
    scoring: 'matrix',
    summary:
      'Identifies the risk to each child living with domestic violence, beside the DASH for the adult victim. Practitioners tick every description that fits, often in several columns; there is no score. Only the evidence-of-violence row is the matrix\u2019s (paraphrased); the perpetrator, non-abusing parent, child and protective-factor rows are da-risk examples, not Barnardo\u2019s text. The library suggests the highest scale with a confirmed indicator (a da-risk default), flags suspected indicators above it, suggests the uplift for young children and children with special needs (the matrix\u2019s rule), and records the practitioner\u2019s decisions.',
    sources: SOURCES,
    sections: [
      { id: 'evidence-of-violence', label: 'Evidence of domestic violence' },
      { id: 'perpetrator', label: 'Perpetrator (da-risk example row)' },
      { id: 'non-abusing-parent', label: 'Non-abusing parent (da-risk example row)' },
      { id: 'child', label: 'The child (da-risk example row)' },
      { id: 'protective-factors', label: 'Protective factors (da-risk example row)' },
    ],
    items,
  };
}

/**
 * The Barnardo's DV RIM, edition `2009-provisional`: 16 scale indicators in
 * four rows and 4 protective factors. Status `provisional`: only the
 * evidence-of-violence row is verified (read on a copy of the matrix); the
 * other 16 indicators are da-risk examples, tagged `library-example`.
 *
 * @example
 * ```ts
 * barnardosRimProvisional.items.filter((i) => i.section === 'evidence-of-violence').map((i) => i.scale); // [1, 2, 3, 4]
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export const barnardosRimProvisional: Instrument = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ build());
