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
import type { Item, OptionGroup, Provenance } from '../model/instrument.js';

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
    item('very-frightened', 'Victim very frightened', ['fear', 'red-flag'], {
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
    item('isolation', 'Abuser keeps the victim apart from family or friends', ['coercive-control'], {
      prompts: [
        {
          screen: 'h-dash',
          reason: 'Isolation can be a sign of "honour"-based abuse: consider the "honour"-based abuse screen.',
        },
      ],
    }),
    item('victim-depressed-or-suicidal', 'Victim feeling depressed or having thoughts of suicide', ['victim-wellbeing']),
    item('separation', 'Separation, or an attempt to separate, in the past year', ['separation', 'red-flag']),
    item('child-contact-conflict', 'Conflict over contact with children', ['children', 'separation'], {
      commentPrompt: 'What the conflict is about.',
    }),
    item('stalking-harassment', 'Abuser keeps contacting, following, stalking or harassing the victim', ['stalking', 'red-flag'], {
      commentPrompt: 'Whether the victim believes it is done on purpose to intimidate.',
      prompts: [{ screen: 's-dash', reason: 'Stalking or harassment was disclosed: complete the stalking and harassment screen.' }],
    }),
    item('pregnancy-or-recent-birth', 'Victim pregnant, or had a baby in the past 18 months', ['pregnancy', 'red-flag']),
    item('abuse-more-often', 'Abuse happening more often', ['escalation', 'red-flag']),
    item('abuse-getting-worse', 'Abuse getting worse', ['escalation', 'red-flag']),
    item('controlling-or-jealous', 'Abuser tries to control everything, or is excessively jealous', ['coercive-control'], {
      prompts: [
        {
          screen: 'h-dash',
          reason: 'Control by the abuser, possibly with others, can be a sign of "honour"-based abuse: consider the "honour"-based abuse screen.',
        },
      ],
    }),
    item('weapons', 'Abuser has hurt the victim with a weapon or object', ['weapons', 'physical-violence', 'red-flag']),
    item('threats-to-kill', 'Abuser has threatened to kill the victim or someone else, and the victim believed it', ['threats', 'red-flag'], {
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
    item('strangulation', 'Abuser has tried to strangle, choke, suffocate or drown the victim', ['strangulation', 'physical-violence', 'red-flag']),
    item('sexual-abuse', 'Abuser does or says sexual things that hurt or degrade the victim', ['sexual-violence'], {
      commentPrompt: 'If someone else is involved, who.',
    }),
    item('other-person-threat', 'Someone else has threatened the victim, or the victim is afraid of someone else', ['threats', 'multiple-perpetrators'], {
      commentPrompt: 'Who, and why.',
    }),
    item('hurt-others', 'Abuser is known to have hurt someone else', ['abuser-history'], {
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
    item('animal-abuse', 'Abuser has mistreated an animal or pet', ['abuser-history']),
    item('financial-issues', 'Money problems, such as dependence on the abuser or the abuser losing a job', ['economic']),
    item('drugs-alcohol-mental-health', 'Abuser had problems with drugs, alcohol or mental health in the past year', ['abuser-circumstances'], {
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
    item('perpetrator-suicide', 'Abuser has threatened or attempted suicide', ['abuser-circumstances']),
    item('breached-orders', 'Abuser has broken bail, a court order or a formal agreement about contact', ['abuser-history'], {
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
    item('criminal-history', 'Abuser has been in trouble with the police or has a criminal record', ['abuser-history'], {
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
