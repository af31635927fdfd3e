// Every pattern of answers on a small made-up checklist, scored and checked against the
// scoring rules written out plainly: count, tally, items, completeness, computed level and
// band, red flags, screen prompts, the judgement step and every reason in order. Scoring all
// of them through one plan also checks that no cached part of one result leaks into another.
import { describe, expect, it } from 'vitest';
import { assessTrusted, type AssessmentResult, type RedFlag, type ScreenPrompt } from '../../../src/index.js';
import { answersOn, miniInstrument, miniPolicy } from './mini.js';

const PENDING =
  'Professional judgement comes first: the computed level is a starting point, not the decision. Confirm or raise it, or refer to MARAC on judgement, and record the reasons.';
const PENDING_FLAGS =
  'Professional judgement comes first: red flags are present, so consider raising the level or referring to MARAC on judgement whatever the count. Record the decision and the reasons.';
const PROVISIONAL =
  'Mini checklist (mini, edition 1) is a provisional edition: 2 of 4 items are not verified against a primary copy of the form (1 attested by several secondary copies, 1 unverified), and 1 sub-option group is not verified. Check any decision against the official form.';

type Value = 'yes' | 'no' | 'dont-know' | 'declined' | undefined;
const FULL: Value[] = ['yes', 'no', 'dont-know', 'declined', undefined];
const YES_NO: Value[] = ['yes', 'no', 'declined', undefined];

function* patterns(): Generator<Record<'a' | 'b' | 'c' | 'd', Value>> {
  for (const a of FULL) for (const b of FULL) for (const c of FULL) for (const d of YES_NO) yield { a, b, c, d };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The scoring rules, written out for the mini checklist (bands 0 / 2 / 3, at most 1 unknown, c does not count). */
function expected(p: Record<'a' | 'b' | 'c' | 'd', Value>) {
  const ids = ['a', 'b', 'c', 'd'] as const;
  const by = (v: Value) => ids.filter((id) => p[id] === v);
  const yes = by('yes');
  const no = by('no');
  const dontKnow = by('dont-know');
  const declined = by('declined');
  const unanswered = by(undefined);
  const count = yes.filter((id) => id !== 'c').length;
  const soft = dontKnow.length + declined.length;
  const unknown = soft + unanswered.length;

  const level = count >= 3 ? 'high' : count >= 2 ? 'medium' : 'standard';
  const band = count >= 3 ? { min: 3, max: null } : count >= 2 ? { min: 2, max: 2 } : { min: 0, max: 1 };
  const range = band.max === null ? `${band.min} or more` : `${band.min}\u2013${band.max}`;
  const computedReason = `Computed level ${level}: a count of ${count} is in the band ${range} of scoring policy mini-bands version 4.`;

  const flags: (RedFlag | { id: string; title: string; items: string[]; reason: unknown })[] = [];
  const lines: unknown[] = [];
  // Only unknown answers on counting questions (a, b, d) could still add to the count: c never does.
  const unknownItems = [...dontKnow, ...declined, ...unanswered].filter((id) => id !== 'c');
  const countingUnknown = unknownItems.length;
  if (count < 3 && count + countingUnknown >= 3) {
    const flag = {
      id: 'unknowns-could-reach-threshold',
      title: 'Unknown answers could reach high',
      items: unknownItems,
      reason: `${plural(countingUnknown, 'question')} ${countingUnknown === 1 ? 'is' : 'are'} don't know, declined or unanswered; if ${3 - count} of them were yes the count would reach 3 (high). Ask again where it is safe to, and apply judgement: an unknown is not a no.`,
    };
    flags.push(flag);
    lines.push(`Red flag \u2014 ${flag.title}: ${flag.reason}`);
  }
  if (p.a === 'yes' && (p.b === 'yes' || p.d === 'yes')) {
    const flag = { id: 'f-ab', title: 'A with B or D', items: ['a', ...(p.b === 'yes' ? ['b'] : []), ...(p.d === 'yes' ? ['d'] : [])], reason: 'A and B or D together.' };
    flags.push(flag);
    lines.push(`Red flag \u2014 A with B or D: A and B or D together.`);
  }
  if (p.c === 'yes') {
    flags.push({ id: 'f-c', title: 'C', items: ['c'], reason: 'C on its own.' });
    lines.push('Red flag \u2014 C: C on its own.');
  }

  // scr-x: a (the item's own prompt), then c (the policy's); scr-y: b (the policy's), then d (the item's own).
  const screens: { first: number; prompt: ScreenPrompt }[] = [];
  const x = (['a', 'c'] as const).filter((id) => p[id] === 'yes');
  if (x.length > 0) screens.push({ first: ids.indexOf(x[0]!), prompt: { screen: 'scr-x', items: x, reason: x[0] === 'a' ? 'A prompts X.' : 'C prompts X.' } });
  const y = (['b', 'd'] as const).filter((id) => p[id] === 'yes');
  if (y.length > 0) screens.push({ first: ids.indexOf(y[0]!), prompt: { screen: 'scr-y', items: y, reason: y[0] === 'b' ? 'B prompts Y.' : 'D prompts Y.' } });
  const prompts = screens.sort((s, t) => s.first - t.first).map((s) => s.prompt);

  const status = unanswered.length > 0 || soft > 1 ? 'incomplete' : 'complete';
  const completenessReason =
    unanswered.length > 0
      ? `Incomplete: ${plural(unanswered.length, 'question')} not answered. An unanswered question is not a no.`
      : soft > 1
        ? `Incomplete: ${soft} questions answered don't know or declined; the policy allows 1. The count may understate the risk.`
        : soft === 0
          ? 'Complete: every question answered yes or no.'
          : `Complete: every question answered; ${soft} don't know or declined (the policy allows 1).`;
  const judgement = flags.length > 0 ? PENDING_FLAGS : PENDING;

  return {
    count,
    countOutOf: 3,
    tally: { yes: yes.length, no: no.length, dontKnow: dontKnow.length, declined: declined.length, unanswered: unanswered.length },
    items: { yes, no, dontKnow, declined, unanswered },
    completeness: { status, known: yes.length + no.length, unknown, total: 4, maxUnknown: 1, reason: completenessReason },
    computed: { level, band, reason: computedReason },
    final: { level, basis: 'computed' },
    judgement: { status: 'pending', prompt: judgement },
    flags,
    prompts,
    reasons: [
      `${count} of 3 counting questions answered yes. Only yes adds to the count.`,
      ...(unknown > 0
        ? [`Don't know: ${dontKnow.length}; declined: ${declined.length}; unanswered: ${unanswered.length}. None of these is counted as yes or treated as no.`]
        : []),
      computedReason,
      ...lines,
      ...prompts.map((q) => q.reason),
      completenessReason,
      judgement,
      PROVISIONAL,
    ],
  };
}


function pick(result: AssessmentResult) {
  const { count, countOutOf, tally, items, completeness, computed, final, judgement, flags, prompts, reasons } = result;
  return { count, countOutOf, tally, items, completeness, computed, final, judgement, flags, prompts, reasons };
}

describe('every answer pattern on a small checklist is scored by the rules', () => {
  it('count, tally, completeness, level, flags, prompts and reasons follow the rules for every pattern', () => {
    const instrument = miniInstrument();
    const policy = miniPolicy();
    let checked = 0;
    // Twice over, so every cached part is also read back for a pattern scored before.
    for (let round = 0; round < 2; round++) {
      for (const p of patterns()) {
        const answers = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Record<string, string>;
        const result = assessTrusted(instrument, answersOn(instrument, answers), policy);
        expect(pick(result), JSON.stringify(p)).toEqual(expected(p));
        checked++;
      }
    }
    expect(checked).toBe(2 * 500);
  });

  it('the same patterns scored in reverse order through a fresh plan give the same results', () => {
    const instrument = miniInstrument();
    const policy = miniPolicy();
    const all = [...patterns()].reverse();
    for (const p of all) {
      const answers = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Record<string, string>;
      expect(pick(assessTrusted(instrument, answersOn(instrument, answers), policy)), JSON.stringify(p)).toEqual(expected(p));
    }
  });
});
