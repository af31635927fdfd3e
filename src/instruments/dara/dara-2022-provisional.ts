/**
 * DARA, provisional thematic edition (2022). The official DARA form, its item
 * count, order and wording are not public, so this edition is da-risk's own
 * thematic item set, written from the published research (Myhill and Hohl
 * 2016; the 2017 pilot evaluated by Wire and Myhill 2018). Every item is
 * unverified and every result carries a provisional notice. Where a theme is
 * the same question as a DASH item, it shares the DASH item id. The
 * frequency scale of the behaviour items (never, once, more than once, not
 * known, declined) is a da-risk choice while the edition is provisional: the
 * pilot asked how often, but the official answer format is not public. Those
 * items are tagged {@link LIBRARY_ANSWER_SCALE_TAG} and their provenance says so.
 *
 * @module
 */
import { deepFreeze } from '../../common/deep-freeze.js';
import type { AnswerTypeId } from '../../model/answers.js';
import type { Instrument, Item, SourceReference } from '../../model/instrument.js';

const SOURCES: SourceReference[] = [
  {
    id: 'college-of-policing-dara',
    title: 'College of Policing material on the DARA launch (26 November 2022)',
    url: 'https://www.college.police.uk',
    kind: 'primary',
  },
  {
    id: 'myhill-hohl-2016',
    title: 'Myhill and Hohl (2016), on the risk items that best capture coercive control',
    kind: 'secondary',
  },
  {
    id: 'wire-myhill-2018',
    title: 'Wire and Myhill (2018), evaluation of the DARA pilot in Sussex, West Midlands and Humberside (OGL v3.0)',
    kind: 'secondary',
  },
];

const NOTE = 'A da-risk theme from the published research; the official DARA item, number and wording are not public.';

const FREQUENCY_NOTE = `${NOTE} The answer scale (never, once, more than once, not known, declined) is a da-risk choice while this edition is provisional: the 2017 pilot asked how often behaviour happened, but the official DARA answer format is not public.`;

/**
 * The tag on an item whose answer scale is a da-risk choice, not the
 * publisher's (the DARA behaviour items' frequency scale).
 *
 * @example
 * ```ts
 * dara2022Provisional.items.filter((item) => item.tags.includes(LIBRARY_ANSWER_SCALE_TAG)).map((item) => item.answerType); // ['frequency', …]
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export const LIBRARY_ANSWER_SCALE_TAG = 'library-answer-scale';

const ITEMS: readonly [id: string, section: string, label: string, type: AnswerTypeId, tags: readonly string[]][] = [
  ['physical-violence', 'violence', 'Physical violence by the suspect against the victim', 'frequency', ['physical-violence']],
  ['strangulation', 'violence', 'Strangling, choking, suffocating or drowning', 'frequency', ['strangulation', 'physical-violence', 'red-flag']],
  ['weapons', 'violence', 'Use of a weapon or object to hurt or threaten', 'frequency', ['weapons', 'red-flag']],
  ['threats-to-kill', 'violence', 'Threats to kill the victim or someone else', 'frequency', ['threats', 'red-flag']],
  ['isolation', 'coercive-control', 'Keeping the victim from family, friends or other support', 'frequency', ['coercive-control']],
  ['monitoring', 'coercive-control', 'Monitoring or tracking the victim (phone, movements, online)', 'frequency', ['coercive-control']],
  ['economic-control', 'coercive-control', 'Controlling the victim\u2019s money or access to it', 'frequency', ['coercive-control', 'economic']],
  ['degradation', 'coercive-control', 'Humiliating, degrading or belittling the victim', 'frequency', ['coercive-control']],
  ['sexual-coercion', 'coercive-control', 'Pressuring or forcing the victim into sexual acts', 'frequency', ['coercive-control', 'sexual-violence']],
  ['stalking-harassment', 'stalking', 'Stalking or harassment, including after separation', 'frequency', ['stalking', 'red-flag']],
  ['escalation', 'circumstances', 'Abuse becoming more frequent or more severe', 'yes-no-dont-know', ['escalation', 'red-flag']],
  ['separation', 'circumstances', 'Separation, actual, planned or attempted', 'yes-no-dont-know', ['separation', 'red-flag']],
  ['pregnancy-or-recent-birth', 'circumstances', 'Victim pregnant or a recent birth', 'yes-no-dont-know', ['pregnancy', 'red-flag']],
  ['perpetrator-suicide', 'circumstances', 'Suspect has threatened or attempted suicide', 'yes-no-dont-know', ['abuser-circumstances']],
  ['very-frightened', 'victim', 'Victim very frightened', 'yes-no-dont-know', ['fear', 'red-flag']],
  ['victim-view-of-risk', 'victim', 'The victim\u2019s own view of the risk, in the victim\u2019s words', 'text', ['victim-view']],
];

function build(): Instrument {
  const items: Item[] = ITEMS.map(([id, section, label, answerType, tags], index) => ({
    id,
    number: index + 1,
    section,
    label,
    answerType,
    counts: false,
    optionGroups: [],
    tags: answerType === 'frequency' ? [...tags, LIBRARY_ANSWER_SCALE_TAG] : tags,
    prompts: [],
    provenance: { status: 'unverified', sources: ['myhill-hohl-2016', 'wire-myhill-2018'], note: answerType === 'frequency' ? FREQUENCY_NOTE : NOTE },
  }));
  return {
    formatVersion: 1,
    id: 'dara',
    edition: '2022-provisional',
    title: 'DARA first-response domestic abuse risk assessment (provisional thematic edition)',
    publisher: 'College of Policing (with Cardiff University research)',
    licence:
      'The licence of the official DARA form could not be verified and its wording is not included. This edition is da-risk\u2019s own thematic item set (MIT), written from published research; it is not the DARA form.',
    attribution:
      'DARA was developed by the College of Policing with Cardiff University research and launched on 26 November 2022. Themes here are da-risk\u2019s own, from Myhill and Hohl (2016) and Wire and Myhill (2018).',
    status: 'provisional',
    scoring: 'assessor-grade',
    summary:
      'The police first responder\u2019s structured professional judgement, with more weight on coercive and controlling behaviour. Behaviour is recorded by how often it happened, on a never / once / more than once scale that is a da-risk choice while this edition is provisional (the official answer format is not public); the officer grades standard, medium or high and writes the reasons. No score or threshold exists, and the library never computes a grade.',
    sources: SOURCES,
    sections: [
      { id: 'violence', label: 'Violence and how often' },
      { id: 'coercive-control', label: 'Coercive and controlling behaviour' },
      { id: 'stalking', label: 'Stalking and harassment' },
      { id: 'circumstances', label: 'Escalation and circumstances' },
      { id: 'victim', label: 'The victim\u2019s fear and view of the risk' },
    ],
    items,
  };
}

/**
 * DARA, provisional thematic edition `2022-provisional` (16 items in five
 * themes; every item unverified). Graded by the assessor; see `assessDaraTrusted`.
 *
 * @example
 * ```ts
 * dara2022Provisional.scoring; // 'assessor-grade'
 * dara2022Provisional.items.map((i) => i.id).includes('strangulation'); // true — the same id as on the DASH
 * ```
 * @since 0.1.0
 * @category Editions and policies
 */
export const dara2022Provisional: Instrument = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ build());
