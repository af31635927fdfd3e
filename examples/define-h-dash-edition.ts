/**
 * How a force or partnership defines its own "honour"-based abuse screen
 * (H-DASH) edition. The full H-DASH is not public, so da-risk does not ship
 * one: the police DASH prompts for it (question 4, isolation), and a deployer
 * who holds the form publishes an edition through the same public API.
 *
 * The items below are placeholders written for this example: items 1–3 use
 * the topics known from public descriptions; the rest must come from the
 * force's own licensed copy. Labels are always the deployer's own words;
 * the official wording goes in a wording pack.
 *
 * Run: npx tsx examples/define-h-dash-edition.ts (after npm run build)
 */
import { assess, createRegistry, defineInstrument, shippedInstruments, type Item } from 'da-risk';

const item = (id: string, number: number, label: string, status: 'verified' | 'unverified'): Item => ({
  id,
  number,
  section: 'screen',
  label,
  answerType: 'yes-no-dont-know',
  counts: true,
  optionGroups: [],
  tags: ['honour-based-abuse'],
  prompts: [],
  provenance: { status, sources: ['force-copy'], ...(status === 'unverified' ? { note: 'Placeholder in this example.' } : {}) },
});

export const hDashExampleshire = defineInstrument({
  formatVersion: 1,
  id: 'h-dash',
  edition: 'exampleshire-2025',
  title: '"Honour"-based abuse screen (Exampleshire Police local edition)',
  publisher: 'Exampleshire Police, from the DASH (2009) model',
  licence: 'Official wording held by Exampleshire Police under licence; not included here.',
  attribution: 'The H-DASH is part of the DASH (2009) model written by Laura Richards. Labels are Exampleshire\u2019s own.',
  status: 'provisional',
  scoring: 'count-only',
  summary: 'Asked when abuse may be "honour"-based (prompted by DASH question 4). No score or threshold: the officer judges.',
  sources: [{ id: 'force-copy', title: 'Exampleshire Police copy of the H-DASH form', kind: 'primary' }],
  sections: [{ id: 'screen', label: '"Honour"-based abuse screen' }],
  items: [
    item('hba-truanting', 1, 'Truanting or missing school (if under 18)', 'verified'),
    item('hba-self-harm', 2, 'Self-harm', 'verified'),
    item('hba-held-or-monitored', 3, 'Kept at home or closely monitored', 'verified'),
    item('hba-placeholder-4', 4, 'Item 4 from the force\u2019s licensed copy', 'unverified'),
  ],
});

// Register it beside the shipped editions and assess with it.
const registry = createRegistry([...shippedInstruments, hDashExampleshire]);
const result = assess(
  { instrument: { id: 'h-dash', edition: 'exampleshire-2025' }, answers: { 'hba-held-or-monitored': { value: 'yes' } } },
  { registry },
);
console.log(`${result.instrument.id} ${result.instrument.edition}: ${result.count} yes of ${result.countOutOf}; level computed: ${result.computed?.level ?? 'none (structured judgement)'}`);
for (const notice of result.notices) console.log(`notice: ${notice.message}`);
