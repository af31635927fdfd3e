/**
 * The S-DASH stalking and harassment screen (2009): 11 yes/no questions used
 * when stalking is disclosed (DASH question 8), or after two or more incidents
 * or when the victim is extremely frightened. No cut-off is published: the
 * library reports the count and prompts judgement; it computes no level.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { Instrument, Provenance } from '../../model/instrument.js';
import { DASH_RISK_CHECKLIST_SITE, POLICE_DASH_2009_COPY } from '../sources.js';

const UNVERIFIED: Provenance = {
  status: 'unverified',
  sources: [POLICE_DASH_2009_COPY.id, DASH_RISK_CHECKLIST_SITE.id],
  note: 'Topic from secondary descriptions; wording, order and numbering not checked against a primary copy.',
};

const ITEMS: readonly [id: string, label: string, tags: readonly string[]][] = [
  ['stalking-victim-frightened', 'Victim very afraid because of the stalking or harassment', ['fear']],
  ['stalker-harassed-before', 'Previous stalking or harassment by the suspect (this victim or others)', ['stalking', 'abuser-history']],
  ['stalking-property-damage', 'Damage to the victim\u2019s property by the suspect', ['stalking']],
  ['stalking-visits-home-or-work', 'Visits to the victim\u2019s home or work more than three times a week', ['stalking']],
  ['stalking-loitering', 'Loitering near the victim\u2019s home or work', ['stalking']],
  ['stalking-threats-of-violence', 'Threats of physical or sexual violence', ['threats']],
  ['stalking-third-parties-harassed', 'Harassment of people around the victim (family, friends, colleagues)', ['stalking']],
  ['stalking-violence-to-others', 'Violence towards anyone during this stalking', ['physical-violence']],
  ['stalking-others-enlisted', 'Other people drawn in to help with the harassment', ['stalking', 'multiple-perpetrators']],
  ['stalker-drugs-or-alcohol', 'Suspect\u2019s misuse of drugs or alcohol', ['abuser-circumstances']],
  ['stalker-violent-history', 'Suspect\u2019s known history of violence', ['abuser-history']],
];

function build(): Instrument {
  return {
    formatVersion: 1,
    id: 's-dash',
    edition: '2009',
    title: 'S-DASH stalking and harassment screen (2009)',
    publisher: 'ACPO DASH (2009) model, written by Laura Richards',
    licence:
      'The S-DASH asks not to be reproduced without permission; the official wording is not included. This edition ships da-risk paraphrased labels (MIT).',
    attribution:
      'The S-DASH stalking and harassment questions are part of the DASH (2009) model written by Laura Richards. Labels here are da-risk paraphrases, not the official wording.',
    status: 'provisional',
    scoring: 'count-only',
    summary:
      'Eleven questions asked when stalking or harassment is disclosed (DASH question 8), or after two or more incidents, or when the victim is extremely frightened. No cut-off is published: more yes answers mean more risk, and the practitioner judges.',
    sources: [POLICE_DASH_2009_COPY, DASH_RISK_CHECKLIST_SITE],
    sections: [{ id: 'stalking-screen', label: 'Stalking and harassment screen' }],
    items: ITEMS.map(([id, label, tags], index) => ({
      id,
      number: index + 1,
      section: 'stalking-screen',
      label,
      answerType: 'yes-no',
      counts: true,
      optionGroups: [],
      commentPrompt: 'Details, in the practitioner\u2019s words.',
      tags,
      prompts: [],
      provenance: UNVERIFIED,
    })),
  };
}

/**
 * S-DASH stalking and harassment screen, edition 2009 (11 yes/no items,
 * count reported, no level computed). Status `provisional`: every item is
 * unverified.
 *
 * @example
 * ```ts
 * sDash2009.scoring; // 'count-only'
 * sDash2009.items.length; // 11
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export const sDash2009: Instrument = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ build());
