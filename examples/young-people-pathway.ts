/**
 * How a partnership routes victims aged 13 to 17 to its own young people's
 * checklist. SafeLives publishes a young people's checklist, but its full
 * text is not public, so da-risk ships none: the default pathway names the
 * adult checklist as an aid, with a notice, and always requires a children's
 * safeguarding referral. A deployer holding the young people's form defines
 * an edition (as with the H-DASH), registers it and names it in a local
 * pathway policy.
 *
 * The items below are placeholders written for this example, not the
 * SafeLives young people's checklist. Labels are the deployer's own words;
 * the official wording goes in a wording pack.
 *
 * Run: npx tsx examples/young-people-pathway.ts (after npm run build)
 */
import {
  assess,
  checkMarac,
  createRegistry,
  defineInstrument,
  defineYoungPeoplePathway,
  shippedInstruments,
  youngPeoplePathway,
  youngPeoplePathwayDefaults,
  type Item,
} from 'da-risk';

const item = (id: string, number: number, label: string): Item => ({
  id,
  number,
  section: 'checklist',
  label,
  answerType: 'yes-no-dont-know',
  counts: true,
  optionGroups: [],
  tags: ['young-people'],
  prompts: [],
  provenance: { status: 'unverified', sources: ['partnership-copy'], note: 'Placeholder in this example, not the published young people\u2019s checklist.' },
});

export const youngPeopleExampleshire = defineInstrument({
  formatVersion: 1,
  id: 'young-people-ric',
  edition: 'exampleshire-2026',
  title: 'Young people\u2019s risk checklist (Exampleshire partnership local edition)',
  publisher: 'Exampleshire Safeguarding Partnership, from the SafeLives young people\u2019s checklist',
  licence: 'Official wording held by the partnership under licence; not included here.',
  attribution: 'Built on the SafeLives young people\u2019s checklist. Labels are Exampleshire\u2019s own.',
  status: 'provisional',
  scoring: 'count-only',
  summary: 'For victims aged 13 to 17 in an abusive relationship. No threshold is shipped: the practitioner judges, and a children\u2019s safeguarding referral is always made.',
  sources: [{ id: 'partnership-copy', title: 'Exampleshire partnership copy of the young people\u2019s checklist', kind: 'primary' }],
  sections: [{ id: 'checklist', label: 'Young people\u2019s checklist' }],
  items: [
    item('yp-placeholder-1', 1, 'Item 1 from the partnership\u2019s licensed copy'),
    item('yp-placeholder-2', 2, 'Item 2 from the partnership\u2019s licensed copy'),
    item('yp-placeholder-3', 3, 'Item 3 from the partnership\u2019s licensed copy'),
  ],
});

// 1. The default: no young people's checklist is defined, and the decision says so.
const byDefault = youngPeoplePathway({ victimAge: 16 });
console.log(`Default at 16: ${byDefault.pathway}, checklist ${byDefault.checklist?.id}@${byDefault.checklist?.edition}`);
for (const notice of byDefault.notices) console.log(`notice ${notice.id}`);
for (const action of byDefault.actions) console.log(`action ${action.id}: ${action.status}`);

// 2. The partnership's own pathway names its edition, which must be in the registry given.
const registry = createRegistry([...shippedInstruments, youngPeopleExampleshire]);
const pathway = defineYoungPeoplePathway({
  ...youngPeoplePathwayDefaults,
  id: 'exampleshire-young-people',
  version: '2026.1',
  basis: 'local',
  title: 'Exampleshire young people\u2019s pathway',
  summary: 'Victims aged 13 to 17 are assessed with the partnership\u2019s young people\u2019s checklist, and a children\u2019s safeguarding referral is always made.',
  checklist: { id: youngPeopleExampleshire.id, edition: youngPeopleExampleshire.edition },
});
for (const age of [12, 15, 17, 19]) {
  const decision = youngPeoplePathway({ victimAge: age }, pathway, { registry });
  const actions = decision.actions.map((action) => `${action.id} ${action.status}`).join(', ') || 'none';
  console.log(`At ${age}: ${decision.pathway}; checklist ${decision.checklist === null ? 'none' : `${decision.checklist.id}@${decision.checklist.edition}`}; MARAC eligible ${decision.maracEligible}; actions: ${actions}`);
}

// 3. Assess a 17-year-old with it, then check MARAC: a referral on professional judgement, and the
//    children's safeguarding referral is required as well.
const chosen = youngPeoplePathway({ victimAge: 17 }, pathway, { registry });
const result = assess(
  { instrument: chosen.checklist!, id: 'yp-1', assessedAt: '2026-03-02T10:00:00Z', answers: { 'yp-placeholder-1': { value: 'yes' }, 'yp-placeholder-2': { value: 'yes' } } },
  { registry },
);
console.log(`Assessed with ${result.instrument.id}@${result.instrument.edition}: ${result.count} yes; level computed: ${result.computed?.level ?? 'none (judgement)'}`);
const decision = checkMarac({
  now: '2026-03-02T11:00:00Z',
  victimAge: 17,
  professionalJudgement: { by: 'idva-4', at: '2026-03-02T10:30:00Z', rationale: 'Threats from the partner and his friends; she is frightened to go to school.' },
});
console.log(`MARAC: ${decision.outcome} (${decision.routesMet.join(', ')}); ${decision.actions.map((action) => `${action.id} ${action.status}`).join(', ')}`);
