/**
 * The content the SafeLives DASH RIC and the police DASH share: the same
 * questions under the same semantic ids, with our own short labels. Each
 * edition adds its own numbering, sections and provenance. Labels are
 * da-risk paraphrases; the official wording is not ours to ship.
 *
 * Editions never change once published: a change here changes every edition
 * built from it, which the pinned fingerprints in the tests refuse.
 *
 * @module
 */
import type { Item, OptionGroup, Provenance } from '../../model/instrument.js';

const HDASH_FROM_FORM =
  'The DASH (2009) model: the checklist points to the "honour"-based abuse screen from this question (CAADA-DASH RIC, April 2009; police DASH 2009 form)';

/** The parts of a DASH item that do not depend on the edition. @internal */
export type DashItemContent = Omit<Item, 'number' | 'section' | 'provenance'>;

const unverifiedOptions = (sources: readonly string[]): Provenance => ({
  status: 'unverified',
  sources,
  note: 'Sub-options from secondary descriptions; not checked against a primary copy.',
});

function group(id: string, label: string, choices: readonly [string, string][], provenance: Provenance): OptionGroup {
  return { id, label, multiple: true, choices: choices.map(([choiceId, choiceLabel]) => ({ id: choiceId, label: choiceLabel })), provenance };
}

function item(
  id: string,
  label: string,
  tags: readonly string[],
  extra: Partial<Pick<DashItemContent, 'optionGroups' | 'commentPrompt' | 'prompts'>> = {},
): DashItemContent {
  return {
    id,
    label,
    answerType: 'yes-no-dont-know',
    counts: true,
    optionGroups: extra.optionGroups ?? [],
    ...(extra.commentPrompt === undefined ? {} : { commentPrompt: extra.commentPrompt }),
    tags,
    prompts: extra.prompts ?? [],
  };
}

/**
 * Builds the 24 shared DASH items. `optionSources` are the source ids cited
 * for the sub-options of this edition.
 *
 * @internal
 */
export function dashCommonItems(optionSources: readonly string[], fearOptions: OptionGroup[] | null): Record<string, DashItemContent> {
  const list: DashItemContent[] = [
    item('current-injury', 'Injury from the current incident', ['physical-violence'], {
      commentPrompt: 'What the injuries are, and whether this is the first time the victim has been hurt.',
    }),
    item('very-frightened', 'Victim describes being very frightened', ['fear', 'red-flag'], {
      commentPrompt: 'What the victim is frightened of.',
    }),
    item(
      'what-victim-fears',
      'What the victim is afraid of: further injury or violence, or being killed',
      ['fear'],
      fearOptions === null
        ? { commentPrompt: 'What the victim fears, and for whom.' }
        : { optionGroups: fearOptions, commentPrompt: 'Anything the victim adds about what they fear.' },
    ),
    item('isolation', 'Isolation from family or friends by the abuser', ['coercive-control', 'red-flag'], {
      prompts: [
        {
          screen: 'h-dash',
          reason: 'Isolation can be a sign of "honour"-based abuse: consider the "honour"-based abuse screen.',
          basis: 'publisher',
          source: HDASH_FROM_FORM,
        },
      ],
    }),
    item('victim-depressed-or-suicidal', 'Victim\u2019s low mood or thoughts of suicide', ['victim-wellbeing', 'suicide', 'red-flag']),
    item('separation', 'Separation, or an attempt to separate, in the past year', ['separation', 'red-flag']),
    item('child-contact-conflict', 'Conflict over contact with children', ['children', 'separation'], {
      commentPrompt: 'What the conflict is about.',
    }),
    item('stalking-harassment', 'Stalking, harassment or constant contact by the abuser', ['stalking', 'red-flag'], {
      commentPrompt: 'Whether the victim believes it is done on purpose to intimidate.',
      prompts: [
        {
          screen: 's-dash',
          reason: 'Stalking or harassment was disclosed: complete the stalking and harassment screen.',
          basis: 'publisher',
          source: 'The DASH (2009) model: the S-DASH stalking and harassment screen is used when this question is answered yes (police DASH 2009 form)',
        },
      ],
    }),
    item('pregnancy-or-recent-birth', 'Pregnancy now, or a baby born in the past 18 months', ['pregnancy', 'red-flag']),
    item('abuse-more-often', 'Incidents becoming more frequent', ['escalation', 'red-flag']),
    item('abuse-getting-worse', 'Abuse becoming more severe', ['escalation', 'red-flag']),
    item('controlling-or-jealous', 'Controlling behaviour or extreme jealousy by the abuser', ['coercive-control'], {
      prompts: [
        {
          screen: 'h-dash',
          reason: 'Control by the abuser, possibly with others, can be a sign of "honour"-based abuse: consider the "honour"-based abuse screen.',
          basis: 'publisher',
          source: HDASH_FROM_FORM,
        },
      ],
    }),
    item('weapons', 'Use of a weapon or object to hurt', ['weapons', 'physical-violence', 'red-flag']),
    item('threats-to-kill', 'Threats to kill the victim or another person, taken seriously by the victim', ['threats', 'red-flag'], {
      optionGroups: [
        group(
          'threatened',
          'Who was threatened',
          [
            ['victim', 'The victim'],
            ['children', 'Children'],
            ['someone-else', 'Someone else'],
          ],
          unverifiedOptions(optionSources),
        ),
      ],
    }),
    item('strangulation', 'Attempts to strangle, choke, suffocate or drown the victim', ['strangulation', 'physical-violence', 'red-flag']),
    item('sexual-abuse', 'Sexual abuse, or sexual behaviour that hurts or degrades the victim', ['sexual-violence'], {
      commentPrompt: 'If someone else is involved, who.',
    }),
    item('other-person-threat', 'Threats from, or fear of, a person other than the abuser', ['threats', 'multiple-perpetrators', 'red-flag'], {
      commentPrompt: 'Who, and why.',
    }),
    item('hurt-others', 'Abuser\u2019s known violence towards other people', ['abuser-history'], {
      optionGroups: [
        group(
          'who-was-hurt',
          'Who was hurt',
          [
            ['children', 'Children'],
            ['other-family-member', 'Another family member'],
            ['previous-partner', 'A previous partner'],
            ['someone-else', 'Someone else'],
          ],
          unverifiedOptions(optionSources),
        ),
      ],
    }),
    item('animal-abuse', 'Cruelty to animals or pets by the abuser', ['abuser-history']),
    item('financial-issues', 'Money problems (for example dependence on the abuser, or the abuser\u2019s job loss)', ['economic']),
    item('drugs-alcohol-mental-health', 'Abuser\u2019s drug, alcohol or mental-health problems in the past year', ['abuser-circumstances'], {
      optionGroups: [
        group(
          'problems',
          'Which problems',
          [
            ['drugs', 'Drugs'],
            ['alcohol', 'Alcohol'],
            ['mental-health', 'Mental health'],
          ],
          {
            status: 'attested',
            sources: optionSources,
            note: 'Consistent across secondary copies; not read in a primary copy.',
          },
        ),
      ],
    }),
    item('perpetrator-suicide', 'Suicide threats or attempts by the abuser', ['abuser-circumstances', 'suicide', 'red-flag']),
    item('breached-orders', 'Breaches of bail, court orders or contact agreements by the abuser', ['abuser-history'], {
      optionGroups: [
        group(
          'what-was-breached',
          'What was broken',
          [
            ['bail', 'Bail conditions'],
            ['non-molestation-or-occupation-order', 'Non-molestation or occupation order'],
            ['child-contact-arrangement', 'Child contact arrangement'],
            ['forced-marriage-protection-order', 'Forced marriage protection order'],
            ['other', 'Other'],
          ],
          unverifiedOptions(optionSources),
        ),
      ],
    }),
    item('criminal-history', 'Abuser\u2019s police contact or criminal record', ['abuser-history'], {
      optionGroups: [
        group(
          'history-of',
          'What kind',
          [
            ['domestic-abuse', 'Domestic abuse'],
            ['sexual-violence', 'Sexual violence'],
            ['other-violence', 'Other violence'],
            ['other', 'Other'],
          ],
          unverifiedOptions(optionSources),
        ),
      ],
    }),
  ];
  return Object.fromEntries(list.map((entry) => [entry.id, entry]));
}

/**
 * The police form's sub-options for what the victim fears (outcome by person),
 * read in a copy of the police form.
 *
 * @internal
 */
export function policeFearOptions(sources: readonly string[]): OptionGroup[] {
  const provenance: Provenance = { status: 'verified', sources, note: 'Read in a copy of the police form.' };
  return [
    group(
      'feared-outcome',
      'What the victim fears',
      [
        ['being-killed', 'Being killed'],
        ['further-injury', 'Further injury or violence'],
        ['other-harm', 'Something else'],
      ],
      provenance,
    ),
    group(
      'feared-for',
      'For whom',
      [
        ['for-self', 'Themself'],
        ['for-children', 'Children'],
        ['for-others', 'Someone else'],
      ],
      provenance,
    ),
  ];
}
