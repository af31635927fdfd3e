/**
 * The SafeLives DASH risk identification checklist (RIC), edition 2009: the
 * 24-question checklist used by partner agencies (IDVAs, health, housing).
 * Our own labels; items 10–24 are in an order attested by several secondary
 * copies but not read in a SafeLives original, so the edition is provisional.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { Instrument, Item, Provenance } from '../../model/instrument.js';
import { dashCommonItems } from './dash-items.js';
import { CAADA_RIC_2009_COPY, DASH_RISK_CHECKLIST_SITE, POLICE_DASH_2009_COPY, SAFELIVES_RESOURCES } from '../sources.js';

const ORDER = [
  'current-injury',
  'very-frightened',
  'what-victim-fears',
  'isolation',
  'victim-depressed-or-suicidal',
  'separation',
  'child-contact-conflict',
  'stalking-harassment',
  'pregnancy-or-recent-birth',
  'abuse-more-often',
  'abuse-getting-worse',
  'controlling-or-jealous',
  'weapons',
  'threats-to-kill',
  'strangulation',
  'sexual-abuse',
  'other-person-threat',
  'hurt-others',
  'animal-abuse',
  'financial-issues',
  'drugs-alcohol-mental-health',
  'perpetrator-suicide',
  'breached-orders',
  'criminal-history',
] as const;

const VERIFIED: Provenance = {
  status: 'verified',
  sources: [CAADA_RIC_2009_COPY.id],
  note: 'Topic and number read in a copy of the April 2009 checklist.',
};

const ATTESTED: Provenance = {
  status: 'attested',
  sources: [CAADA_RIC_2009_COPY.id, POLICE_DASH_2009_COPY.id, DASH_RISK_CHECKLIST_SITE.id],
  note: 'Topic and order consistent across several secondary copies and with the police numbering; not read in a SafeLives original.',
};

function build(): Instrument {
  const common = dashCommonItems([CAADA_RIC_2009_COPY.id, POLICE_DASH_2009_COPY.id], null);
  const items: Item[] = ORDER.map((id, index) => ({
    ...common[id]!,
    number: index + 1,
    section: 'checklist',
    provenance: index < 9 ? VERIFIED : ATTESTED,
  }));
  return {
    formatVersion: 1,
    id: 'dash-ric',
    edition: '2009',
    title: 'SafeLives DASH risk identification checklist (RIC)',
    publisher: 'SafeLives (formerly CAADA), with Laura Richards',
    licence:
      'The official question wording is copyright of SafeLives and Laura Richards and is not included. This edition ships da-risk paraphrased labels (MIT). Use the official checklist under SafeLives\u2019 terms and attach its wording with a wording pack.',
    attribution:
      'The DASH risk identification checklist was developed by CAADA (now SafeLives) with Laura Richards, 2009. Labels here are da-risk paraphrases, not the official wording.',
    status: 'provisional',
    scoring: 'yes-count',
    summary:
      'The 24-question checklist used by partner agencies (IDVAs, health, housing, children\u2019s services) to identify high-risk victims of domestic abuse, stalking and "honour"-based abuse. 14 or more yes answers is the SafeLives visible-high-risk threshold for a MARAC referral.',
    sources: [SAFELIVES_RESOURCES, CAADA_RIC_2009_COPY, POLICE_DASH_2009_COPY, DASH_RISK_CHECKLIST_SITE],
    sections: [{ id: 'checklist', label: 'Risk identification questions' }],
    items,
  };
}

/**
 * SafeLives DASH RIC, edition 2009 (24 items, all counting). Status
 * `provisional`: items 1–9 verified, items 10–24 attested, several sub-options
 * unverified.
 *
 * @example
 * ```ts
 * dashRic2009.items.length; // 24
 * dashRic2009.items[14]!.id; // 'strangulation'
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export const dashRic2009: Instrument = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ build());
