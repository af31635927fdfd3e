// A small made-up checklist and scoring policy for pinning the scoring rules exactly: four
// items (one that does not count, one yes/no only), three bands, two red flags, two screens.
// Test data of our own, not any published form.
import type { AnswerTypeId, Instrument, Item, Provenance, ScoringPolicy, ScreenPromptDefinition } from '../../../src/index.js';

const verified: Provenance = { status: 'verified', sources: ['made-up'] };
const attested: Provenance = { status: 'attested', sources: ['made-up'] };
const unverified: Provenance = { status: 'unverified', sources: ['made-up'] };

function item(id: string, number: number, answerType: AnswerTypeId, counts: boolean, provenance: Provenance, prompts: ScreenPromptDefinition[] = [], optionGroups: Item['optionGroups'] = []): Item {
  return { id, number, section: 's', label: `Item ${id}`, answerType, counts, optionGroups, tags: [], prompts, provenance };
}

export const MINI_IDS = ['a', 'b', 'c', 'd'] as const;

/** Builds the mini checklist (a new object each time, so each gets its own scoring plan). */
export function miniInstrument(over: Partial<Instrument> = {}): Instrument {
  return {
    formatVersion: 1,
    id: 'mini',
    edition: '1',
    title: 'Mini checklist',
    publisher: 'test',
    licence: 'test',
    attribution: 'test',
    status: 'provisional',
    scoring: 'yes-count',
    summary: 'test',
    sources: [],
    sections: [{ id: 's', label: 'S' }],
    items: [
      item('a', 1, 'yes-no-dont-know', true, verified, [{ screen: 'scr-x', reason: 'A prompts X.' }]),
      item('b', 2, 'yes-no-dont-know', true, attested),
      item('c', 3, 'yes-no-dont-know', false, unverified, [], [
        { id: 'g1', label: 'G1', multiple: true, choices: [{ id: 'x', label: 'X' }], provenance: unverified },
        { id: 'g2', label: 'G2', multiple: true, choices: [{ id: 'y', label: 'Y' }], provenance: verified },
      ]),
      item('d', 4, 'yes-no', true, verified, [{ screen: 'scr-y', reason: 'D prompts Y.' }]),
    ],
    ...over,
  };
}

/** Bands standard 0–1, medium 2, high 3+; at most one don't know or declined. */
export function miniPolicy(over: Partial<ScoringPolicy> = {}): ScoringPolicy {
  return {
    kind: 'scoring',
    id: 'mini-bands',
    version: '4',
    basis: 'safelives',
    title: 'Mini bands',
    summary: 'test',
    instruments: ['mini'],
    bands: [
      { level: 'standard', min: 0 },
      { level: 'medium', min: 2 },
      { level: 'high', min: 3 },
    ],
    redFlags: [
      { id: 'f-ab', title: 'A with B or D', reason: 'A and B or D together.', allOf: [['a'], ['b', 'd']], basis: 'local' },
      { id: 'f-c', title: 'C', reason: 'C on its own.', allOf: [['c']], basis: 'local' },
      // Names no item of the edition: never raised on it.
      { id: 'f-elsewhere', title: 'Elsewhere', reason: 'Not on this form.', allOf: [['zz']], basis: 'local' },
      // One group on the form and one not: the rule cannot be met on this edition.
      { id: 'f-half', title: 'Half', reason: 'Half on this form.', allOf: [['a'], ['zz']], basis: 'local' },
    ],
    screenPrompts: [
      { screen: 'scr-y', reason: 'B prompts Y.', anyOf: ['b'], basis: 'local' },
      { screen: 'scr-x', reason: 'C prompts X.', anyOf: ['c', 'zz'], basis: 'local' },
    ],
    completeness: { maxUnknown: 1, basis: 'local' },
    judgement: { lowering: 'refused', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'local' }, basis: 'local' },
    ...over,
  };
}

/** An input on an edition with the given answer values. */
export function answersOn(instrument: Instrument, answers: Record<string, string>) {
  return {
    instrument: { id: instrument.id, edition: instrument.edition },
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
  } as Parameters<typeof import('../../../src/index.js').assessTrusted>[1];
}
