import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRimJudgement,
  applyRimUpliftDecision,
  assessRim,
  barnardosRimProvisional,
  barnardosRimRules,
  assessRimTrusted,
  dashRic2009,
  defineRimPolicy,
  defineThresholdOfNeedPolicy,
  londonCafThresholds,
  toFhirQuestionnaire,
  verifyResult,
  type FhirQuestionnaireItem,
  type RimChildResult,
  type RimInput,
  type RimResult,
} from '../../src/index.js';
import { LIBRARY_EXAMPLE_TAG } from '../../src/model/instrument.js';
import { retiredRimPolicies } from '../../src/policies/rim/retired-rim-policies.js';
import { rimInputArbitrary } from '../../src/testing/arbitraries.js';
import { thrown } from '../support/errors.js';
import { fingerprint } from '../support/fingerprint.js';
import { deepFrozen, viaJson } from '../support/fixtures.js';
import { generatedFiles } from '../support/generate.js';

const REF = { id: 'barnardos-rim', edition: '2009-provisional' } as const;

function household(answers: Record<string, string>, children: RimInput['children'], extra: Partial<RimInput> = {}): RimInput {
  return {
    instrument: REF,
    assessedAt: '2025-03-01T10:00:00Z',
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
    children,
    ...extra,
  };
}

const OLDER = { id: 'older', age: { years: 12 }, specialNeeds: false };

describe('suggested scale', () => {
  it('is the highest scale with a confirmed indicator', () => {
    const result = assessRim(
      household({ 'rim-violence-minor-incidents': 'confirmed', 'rim-perpetrator-substance-misuse': 'confirmed' }, [OLDER]),
    );
    const child = result.children[0]!;
    expect(child.highestConfirmed).toBe(3);
    expect(child.suggested).toBe(3);
    expect(child.final).toEqual({ scale: 3, basis: 'suggested' });
    expect(child.need?.threshold).toBe('Level 3: complex needs');
    expect(child.need?.response).toMatch(/Section 17/);
    expect(deepFrozen(result)).toBe(true);
  });

  it('suspected indicators above it are flagged for judgement, not counted', () => {
    const result = assessRim(
      household({ 'rim-violence-minor-to-moderate-history': 'confirmed', 'rim-perpetrator-threats-to-kill': 'suspected', 'rim-child-aware': 'suspected' }, [OLDER]),
    );
    const child = result.children[0]!;
    expect(child.suggested).toBe(2);
    expect(child.suspectedAbove).toEqual([{ item: 'rim-perpetrator-threats-to-kill', scale: 4 }]);
    expect(child.steps.join(' ')).toMatch(/Suspected above that scale, for judgement/);
  });

  it('nothing confirmed suggests no scale, and says so', () => {
    const child = assessRim(household({ 'rim-violence-minor-incidents': 'absent' }, [OLDER])).children[0]!;
    expect(child.suggested).toBeNull();
    expect(child.need).toBeNull();
    expect(child.steps[0]).toMatch(/No risk indicator is confirmed/);
  });
});

describe('uplift for a child under 7 or with special needs (a suggestion, decided by the practitioner)', () => {
  it.each([
    [2, 'rim-violence-minor-to-moderate-history', 3],
    [3, 'rim-violence-serious-or-persistent', 4],
  ] as const)('scale %i is suggested up to the next', (from, item, to) => {
    const result = assessRim(household({ [item]: 'confirmed' }, [{ id: 'young', age: { years: 6, months: 11 }, specialNeeds: false }]));
    const child = result.children[0]!;
    expect(child.uplift).toMatchObject({ from, to, decision: 'pending' });
    expect(child.final.scale).toBe(from);
  });

  it('special needs at any age, but never from scale 1 or 4, and not at 7', () => {
    const needs = assessRim(household({ 'rim-violence-serious-or-persistent': 'confirmed' }, [{ id: 'c', age: { years: 14 }, specialNeeds: true }]));
    expect(needs.children[0]!.uplift?.to).toBe(4);
    const seven = assessRim(household({ 'rim-violence-serious-or-persistent': 'confirmed' }, [{ id: 'c', age: { years: 7 }, specialNeeds: false }]));
    expect(seven.children[0]!.uplift).toBeNull();
    const one = assessRim(household({ 'rim-violence-minor-incidents': 'confirmed' }, [{ id: 'c', age: { years: 3 }, specialNeeds: false }]));
    expect(one.children[0]!.uplift).toBeNull();
    expect(one.children[0]!.steps.join(' ')).toMatch(/at scale 1 the matrix notes a higher risk only/);
    const four = assessRim(household({ 'rim-violence-severe-life-threatening': 'confirmed' }, [{ id: 'c', age: { years: 3 }, specialNeeds: true }]));
    expect(four.children[0]!.uplift).toBeNull();
  });

  it('accepting sets the final scale and records the decision; rejecting keeps it, also recorded', () => {
    const result = assessRim(household({ 'rim-violence-minor-to-moderate-history': 'confirmed' }, [{ id: 'young', age: { years: 4 }, specialNeeds: false }]));
    const accepted = applyRimUpliftDecision(viaJson(result), 'young', { accept: true, rationale: 'Aged 4 and present.', by: 'sw-3', at: '2025-03-01T11:00:00Z' });
    expect(accepted.children[0]!.final).toEqual({ scale: 3, basis: 'uplift' });
    expect(accepted.children[0]!.uplift?.decision).toBe('accepted');
    expect(accepted.history[0]).toMatchObject({ kind: 'uplift-decision', action: 'accepted', from: 2, to: 3, subject: 'young' });
    const rejected = applyRimUpliftDecision(result, 'young', { accept: false, rationale: 'Grandparent protects.', by: 'sw-3', at: '2025-03-01T11:00:00Z' });
    expect(rejected.children[0]!.final).toEqual({ scale: 2, basis: 'suggested' });
    expect(rejected.history[0]).toMatchObject({ action: 'rejected', from: 2, to: 2 });
    expect(thrown(() => applyRimUpliftDecision(accepted, 'young', { accept: true, rationale: 'r', by: 's', at: '2025-03-01T12:00:00Z' })).issues[0]?.rule).toBe(
      'no-pending-uplift',
    );
    expect(thrown(() => applyRimUpliftDecision(result, 'young', { accept: true, rationale: '', by: 's', at: '2025-03-01T12:00:00Z' })).issues[0]?.path).toEqual([
      'rationale',
    ]);
  });
});

describe('pregnancy or a baby under 12 months', () => {
  it('with any incident suggests scale 4', () => {
    const baby = assessRim(household({ 'rim-violence-minor-incidents': 'confirmed' }, [{ id: 'baby', dateOfBirth: '2024-06-15', specialNeeds: false }]));
    expect(baby.children[0]!).toMatchObject({ baby: true, pregnancyRule: true, suggested: 4, age: { years: 0, months: 8 } });
    const pregnant = assessRim(household({ 'rim-violence-minor-incidents': 'confirmed' }, [OLDER], { pregnancy: true }));
    expect(pregnant.children[0]!.suggested).toBe(4);
    expect(pregnant.children[0]!.need?.response).toMatch(/Section 47/);
  });

  it('a baby of exactly 12 months, or no incident, does not', () => {
    const twelve = assessRim(household({ 'rim-violence-minor-incidents': 'confirmed' }, [{ id: 'b', dateOfBirth: '2024-03-01', specialNeeds: false }]));
    expect(twelve.children[0]!).toMatchObject({ baby: false, suggested: 1 });
    const noIncident = assessRim(household({ 'rim-child-aware': 'confirmed' }, [OLDER], { pregnancy: true }));
    expect(noIncident.children[0]!.suggested).toBe(1);
    expect(noIncident.children[0]!.steps.join(' ')).toMatch(/no incident of violence is confirmed/);
  });
});

describe('protective factors and the final scale', () => {
  it('protective factors are recorded; going below the suggested scale is refused by default, and a local policy may allow it with reasons and an authoriser', () => {
    const result = assessRim(household({ 'rim-violence-serious-or-persistent': 'confirmed', 'rim-protective-network': 'confirmed' }, [OLDER]));
    const child = result.children[0]!;
    expect(child.protectiveFactors).toEqual(['rim-protective-network']);
    expect(child.suggested).toBe(3);
    const lowering = { scale: 2, rationale: 'Strong family network.', by: 'sw-1', at: '2025-03-01T12:00:00Z' } as const;
    expect(barnardosRimRules.judgement).toMatchObject({ lowering: 'refused', basis: 'library-default' });
    expect(thrown(() => applyRimJudgement(result, 'older', lowering)).issues[0]).toMatchObject({ path: ['scale'], rule: 'lowering-refused' });
    const local = defineRimPolicy({
      ...barnardosRimRules,
      id: 'exampleshire-rim',
      basis: 'local',
      judgement: { lowering: 'allowed-with-rationale', authorisation: { anotherPractitionersLevel: true, belowComputed: true, basis: 'local' }, basis: 'local' },
    });
    const policies = { rules: local, needs: londonCafThresholds };
    const underLocal = assessRim(household({ 'rim-violence-serious-or-persistent': 'confirmed', 'rim-protective-network': 'confirmed' }, [OLDER]), { policies });
    expect(thrown(() => applyRimJudgement(underLocal, 'older', lowering, policies)).issues[0]).toMatchObject({ rule: 'authoriser-required' });
    const lowered = applyRimJudgement(underLocal, 'older', { ...lowering, authorisedBy: 'tm-4' }, policies);
    expect(lowered.children[0]!.final).toEqual({ scale: 2, basis: 'judgement' });
    expect(lowered.children[0]!.need?.threshold).toBe('Level 2: additional needs');
    expect(lowered.history[0]).toMatchObject({ action: 'lowered', from: 3, to: 2, computed: 3, subject: 'older', authorisedBy: 'tm-4' });
  });

  it('an area substitutes its own threshold document', () => {
    const local = defineThresholdOfNeedPolicy({
      ...londonCafThresholds,
      id: 'exampleshire-thresholds',
      version: '2024.1',
      scales: londonCafThresholds.scales.map((s) => ({ ...s, threshold: `Exampleshire level ${s.scale}` })),
    });
    const result = assessRim(household({ 'rim-violence-serious-or-persistent': 'confirmed' }, [OLDER]), { policies: { rules: barnardosRimRules, needs: local } });
    expect(result.children[0]!.need?.threshold).toBe('Exampleshire level 3');
    expect(result.needPolicy).toMatchObject({ id: 'exampleshire-thresholds', version: '2024.1' });
  });
});

describe('households', () => {
  it('one result per child and a household summary', () => {
    const result = assessRim(
      household({ 'rim-violence-minor-to-moderate-history': 'confirmed' }, [
        { id: 'a', age: { years: 3 }, specialNeeds: false },
        { id: 'b', age: { years: 10 }, specialNeeds: false, answers: { 'rim-child-harmed-or-threatened': { value: 'confirmed' } } },
      ]),
    );
    expect(result.children.map((c) => [c.childId, c.suggested])).toEqual([
      ['a', 2],
      ['b', 4],
    ]);
    expect(result.household).toMatchObject({ children: 2, highestFinal: 4, byScale: { 1: 0, 2: 1, 3: 0, 4: 1, none: 0 }, pendingDecisions: 3 });
  });

  it('bad input: an indicator answered twice, no age or both, a birth after the assessment, duplicate ids, unknown indicators', () => {
    const twice = household({ 'rim-child-aware': 'confirmed' }, [{ ...OLDER, answers: { 'rim-child-aware': { value: 'absent' } } }]);
    expect(thrown(() => assessRim(twice)).issues[0]).toMatchObject({ path: ['children', 0, 'answers', 'rim-child-aware'], rule: 'answered-twice' });
    expect(thrown(() => assessRim(household({}, [{ id: 'x', specialNeeds: false }]))).issues[0]?.rule).toBe('one-age');
    expect(thrown(() => assessRim(household({}, [{ id: 'x', specialNeeds: false, age: { years: 2 }, dateOfBirth: '2023-01-01' }]))).issues[0]?.rule).toBe(
      'one-age',
    );
    expect(thrown(() => assessRim(household({}, [{ id: 'x', specialNeeds: false, dateOfBirth: '2025-06-01' }]))).issues[0]?.rule).toBe(
      'not-after-assessment',
    );
    expect(thrown(() => assessRim(household({}, [OLDER, OLDER]))).issues[0]?.rule).toBe('duplicate-id');
    expect(thrown(() => assessRim(household({ 'rim-unknown': 'confirmed' }, [OLDER]))).issues[0]?.rule).toBe('unknown-item');
    expect(thrown(() => assessRim(household({ 'rim-child-aware': 'yes' }, [OLDER]))).issues[0]?.rule).toBe('one-of');
    expect(thrown(() => assessRim(household({}, []))).issues[0]?.rule).toBe('too-few');
    expect(thrown(() => assessRim(household({}, [{ id: 'x', specialNeeds: false, dateOfBirth: '2023-02-30' }]))).issues[0]?.path).toEqual([
      'children',
      0,
      'dateOfBirth',
    ]);
  });

  it('an unknown child in a decision is an error', () => {
    const result = assessRim(household({}, [OLDER]));
    expect(thrown(() => applyRimJudgement(result, 'nobody', { scale: 2, rationale: 'r', by: 's', at: '2025-03-01T12:00:00Z' })).issues[0]?.rule).toBe(
      'unknown-child',
    );
  });
});

// ---------------------------------------------------------------------------
// Issue 10: whose rule is it? Only the matrix's rules are `publisher`; da-risk
// defaults and example indicators are labelled wherever they appear; results
// made under barnardos-rim-rules@1 still read back.
// ---------------------------------------------------------------------------

const PUBLISHED = new Set(['publisher', 'national-guidance', 'safelives']);

/** Every `basis` in a policy, by path, with whether it has a sibling `source`. */
function bases(value: unknown, path: string[] = []): { path: string; basis: string; source: boolean }[] {
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const here = typeof object['basis'] === 'string' ? [{ path: path.join('.') || '(policy)', basis: object['basis'] as string, source: typeof object['source'] === 'string' && (object['source'] as string).trim() !== '' }] : [];
  return [...here, ...Object.entries(object).flatMap(([key, child]) => (key === 'basis' ? [] : bases(child, [...path, key])))];
}

const EXAMPLE_ITEMS = barnardosRimProvisional.items.filter((item) => item.section !== 'evidence-of-violence').map((item) => item.id);
const notice = (result: RimResult, id: string) => result.notices.find((n) => n.id === id);
const v1 = retiredRimPolicies[0]!;
const V1_POLICIES = { rules: v1, needs: londonCafThresholds };

describe('rim-rules-basis: only matrix rules are publisher', () => {
  it('rim-rules-basis: only matrix rules are publisher', () => {
    const found = bases(barnardosRimRules);
    expect(found.filter((b) => b.basis === 'publisher').map((b) => b.path)).toEqual(['scales', 'uplift']);
    expect(found.filter((b) => PUBLISHED.has(b.basis) && !b.source), 'a published basis without a source').toEqual([]);
    expect(barnardosRimRules).toMatchObject({
      id: 'barnardos-rim-rules',
      version: '2',
      basis: 'library-default',
      scales: { basis: 'publisher' },
      suggestedScale: { rule: 'highest-confirmed', basis: 'library-default' },
      uplift: { underAge: 7, basis: 'publisher' },
      pregnancyOrBaby: { underMonths: 12, basis: 'library-default' },
      judgement: { lowering: 'refused', basis: 'library-default' },
    });
    expect(barnardosRimRules.uplift.source).toMatch(/Barnardo\u2019s DV RIM.*under 7 or with special needs/);
    expect(barnardosRimRules.scales.source).toMatch(/Barnardo\u2019s DV RIM.*four scale/);
    // The pregnancy rule names its secondary sources only as where the idea comes from, and says it is not verified.
    expect(barnardosRimRules.pregnancyOrBaby.source).toMatch(/^Secondary descriptions of the matrix, only as where the idea comes from/);
    expect(barnardosRimRules.pregnancyOrBaby.note).toMatch(/[Nn]ot verified on the matrix/);
    expect(barnardosRimRules.title).toMatch(/da-risk defaults/);
    expect(barnardosRimRules.summary).toMatch(/^From the matrix: the four scales.*da-risk defaults, not Barnardo\u2019s: the suggested scale.*pregnancy.*not verified on the matrix/);
    expect(deepFrozen(barnardosRimRules)).toBe(true);
  });

  it('rim-rules-basis: the walk finds a published basis without a source (it can fail)', () => {
    const bad = { ...barnardosRimRules, suggestedScale: { rule: 'highest-confirmed', basis: 'publisher' } };
    expect(bases(bad).filter((b) => PUBLISHED.has(b.basis) && !b.source).map((b) => b.path)).toEqual(['suggestedScale']);
  });

  it('rim-rules-basis: reasons under a da-risk default say so', () => {
    const baby = assessRim(household({ 'rim-violence-minor-incidents': 'confirmed' }, [{ id: 'baby', age: { years: 0, months: 5 }, specialNeeds: false }]));
    const steps = baby.children[0]!.steps.join('\n');
    expect(steps).toContain(
      'suggested scale 4 (Severe) \u2014 pregnancy or a baby under 12 months (a da-risk default from secondary sources, not verified on the matrix)',
    );
    expect(steps).toMatch(/Suggested scale 1 \(Moderate\) \u2014 the highest confirmed indicator \(a da-risk default: the matrix has no score/);
    const suspected = assessRim(household({ 'rim-violence-minor-incidents': 'suspected' }, [OLDER], { pregnancy: true }));
    expect(suspected.children[0]!.flags[0]?.reason).toMatch(/a da-risk default from secondary sources, not verified on the matrix/);
    const young = assessRim(
      household({ 'rim-violence-minor-to-moderate-history': 'confirmed', 'rim-protective-network': 'confirmed' }, [{ id: 'y', age: { years: 4 }, specialNeeds: false }]),
    );
    expect(young.children[0]!.uplift?.reason).toMatch(/the matrix suggests raising scale 2/);
    expect(young.children[0]!.steps.join('\n')).toContain('a judgement may not set a scale below the suggested one (a da-risk default).');
  });

  it('rim-rules-basis: the result names which rules are the matrix\u2019s and which are da-risk defaults', () => {
    const result = assessRim(household({ 'rim-violence-minor-incidents': 'confirmed' }, [OLDER]));
    expect(result.policy).toEqual({ id: 'barnardos-rim-rules', version: '2', basis: 'library-default' });
    const rules = notice(result, 'library-default');
    expect(rules?.message).toMatch(/From the matrix: the four scales; the uplift for a child under 7 or with special needs\./);
    expect(rules?.message).toContain(
      'Not the matrix\u2019s: the suggested scale is the highest confirmed indicator (a da-risk default); pregnancy or a baby under 12 months with any incident suggests scale 4 (a da-risk default from secondary sources, not verified on the matrix); a judgement may not go below the suggested scale (a da-risk default).',
    );
    // Results from the shipped edition keep the provisional-instrument notice.
    expect(notice(result, 'provisional-instrument')).toBeDefined();
  });

  it('rim-rules-basis: a local policy that makes a rule local says so in its reasons', () => {
    const local = defineRimPolicy({
      ...barnardosRimRules,
      id: 'exampleshire-rim',
      version: '2026.1',
      basis: 'local',
      pregnancyOrBaby: { underMonths: 18, basis: 'local', source: 'Exampleshire threshold document 2026' },
    });
    const result = assessRim(household({ 'rim-violence-minor-incidents': 'confirmed' }, [{ id: 'b', age: { years: 1, months: 2 }, specialNeeds: false }]), {
      policies: { rules: local, needs: londonCafThresholds },
    });
    expect(result.children[0]!.suggested).toBe(4);
    expect(result.children[0]!.steps.join('\n')).toContain('pregnancy or a baby under 18 months (a local rule)');
    expect(notice(result, 'local-convention')?.message).toContain('pregnancy or a baby under 18 months with any incident suggests scale 4 (a local rule)');
  });
});

describe('rim-library-example: rows not read on the matrix are labelled da-risk examples everywhere', () => {
  it('rim-library-example: the edition marks every non-evidence row a da-risk example, cited to nothing', () => {
    expect(EXAMPLE_ITEMS).toHaveLength(16);
    for (const item of barnardosRimProvisional.items) {
      if (item.section === 'evidence-of-violence') {
        expect(item.provenance, item.id).toMatchObject({ status: 'verified', sources: ['barnardos-rim-copy'] });
        expect(item.tags, item.id).not.toContain(LIBRARY_EXAMPLE_TAG);
      } else {
        expect(item.provenance, item.id).toMatchObject({ status: 'unverified', sources: [] });
        expect(item.provenance.note, item.id).toMatch(/^A da-risk example, not Barnardo\u2019s text/);
        expect(item.tags, item.id).toContain(LIBRARY_EXAMPLE_TAG);
      }
    }
    expect(barnardosRimProvisional.sections.filter((s) => s.id !== 'evidence-of-violence').every((s) => s.label.endsWith('(da-risk example row)'))).toBe(true);
    expect(barnardosRimProvisional.summary).toMatch(/rows are da-risk examples, not Barnardo\u2019s text/);
  });

  it('rim-library-example: ticked example indicators are labelled in the result', () => {
    const result = assessRim(
      household(
        {
          'rim-violence-minor-incidents': 'confirmed',
          'rim-perpetrator-controlling': 'confirmed',
          'rim-parent-isolated': 'absent',
          'rim-protective-network': 'confirmed',
        },
        [
          { id: 'a', age: { years: 9 }, specialNeeds: false, answers: { 'rim-child-aware': { value: 'suspected' } } },
          { id: 'b', age: { years: 12 }, specialNeeds: false },
        ],
      ),
    );
    const examples = notice(result, 'library-example-indicators');
    // Ticked (confirmed or suspected) by any child, in form order; an absent example is not ticked.
    expect(examples?.items).toEqual(['rim-perpetrator-controlling', 'rim-child-aware', 'rim-protective-network']);
    expect(examples?.message).toMatch(/^Ticked indicators that are da-risk examples, not text from the matrix/);
    expect(result.notices.map((n) => n.id)).toEqual(['provisional-instrument', 'library-example-indicators', 'library-default', 'local-convention']);
    const steps = result.children[0]!.steps.join('\n');
    expect(steps).toContain('Ticked da-risk examples, not text from the matrix: rim-perpetrator-controlling, rim-child-aware, rim-protective-network.');
    // Scale 2 here rests on an example alone: the step says so.
    expect(steps).toContain('scale 2 (Moderate to Serious) rests on them alone. Check them against your copy of the matrix.');
    // A scale from the matrix's own row does not rest on examples.
    const matrixRow = assessRim(household({ 'rim-violence-serious-or-persistent': 'confirmed', 'rim-perpetrator-controlling': 'confirmed' }, [OLDER]));
    expect(matrixRow.children[0]!.steps.join('\n')).toContain('Ticked da-risk examples, not text from the matrix: rim-perpetrator-controlling. Check them');
    expect(deepFrozen(result)).toBe(true);
  });

  it('rim-library-example: no example ticked, no example notice', () => {
    const result = assessRim(household({ 'rim-violence-serious-or-persistent': 'confirmed', 'rim-child-aware': 'absent' }, [OLDER]));
    expect(notice(result, 'library-example-indicators')).toBeUndefined();
    expect(result.children[0]!.steps.join('\n')).not.toMatch(/da-risk examples/);
    expect(notice(result, 'provisional-instrument')).toBeDefined();
  });

  it('rim-library-example: the FHIR Questionnaire marks example indicators, and only them', () => {
    const all = (items: readonly FhirQuestionnaireItem[] | undefined): FhirQuestionnaireItem[] => (items ?? []).flatMap((item) => [item, ...all(item.item)]);
    const items = all(toFhirQuestionnaire(barnardosRimProvisional).item);
    const byLink = new Map(items.map((item) => [item.linkId, item]));
    for (const id of EXAMPLE_ITEMS) {
      for (const linkId of [id, `children.${id}`]) {
        const question = byLink.get(linkId);
        expect(question?.text, linkId).toMatch(/ \(da-risk example\)$/);
        expect(question?.item, linkId).toEqual([{ linkId: `${linkId}.example`, text: expect.stringMatching(/^A da-risk example, not Barnardo\u2019s text/), type: 'display' }]);
      }
    }
    const verified = byLink.get('rim-violence-minor-incidents');
    expect(verified?.text).toBe('One to three minor incidents of physical violence');
    expect(verified?.item).toBeUndefined();
    expect(all(toFhirQuestionnaire(dashRic2009).item).some((item) => item.linkId.endsWith('.example') || item.text?.includes('da-risk example'))).toBe(false);
  });

  it('rim-library-example: the edition page labels example indicators', () => {
    const page = generatedFiles().get('docs/editions/barnardos-rim@2009-provisional.md')!;
    expect(page).toContain('## da-risk examples and choices');
    expect(page).toMatch(/\*\*16 da-risk example indicators\*\* \(tag `library-example`\)/);
    for (const id of EXAMPLE_ITEMS) {
      const row = page.split('\n').find((line) => line.includes(`| \`${id}\` |`));
      expect(row, id).toMatch(/da-risk example\*/);
      expect(row, id).toMatch(/\| unverified \(da-risk example\) \|$/);
    }
    const verifiedRow = page.split('\n').find((line) => line.includes('| `rim-violence-minor-incidents` |'));
    expect(verifiedRow).not.toMatch(/da-risk example/);
  });
});

/** A result the library made under barnardos-rim-rules@1, before version 2, as a case system stored it (JSON). */
const storedResult = (name: string): RimResult => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as RimResult;
const V1_JUDGED = storedResult('rim-v1-judged.result.json');
const V1_FLAGGED = storedResult('rim-v1-flagged.result.json');

// The input those results were made from.
const V1_INPUT: RimInput = {
  instrument: REF,
  id: 'rim-stored-1',
  assessedAt: '2025-03-01T10:00:00Z',
  answers: {
    'rim-violence-minor-to-moderate-history': { value: 'confirmed' },
    'rim-perpetrator-controlling': { value: 'confirmed' },
    'rim-perpetrator-threats-to-kill': { value: 'suspected' },
    'rim-protective-network': { value: 'confirmed' },
    'rim-parent-isolated': { value: 'absent' },
  },
  children: [
    { id: 'a', age: { years: 4 }, specialNeeds: false },
    { id: 'b', dateOfBirth: '2024-09-10', specialNeeds: false },
    { id: 'c', age: { years: 10, months: 3 }, specialNeeds: true, answers: { 'rim-child-witnessed': { value: 'confirmed' } } },
  ],
};

/** What a child's classification means (wording aside). */
const meaningOf = (child: RimChildResult) => ({
  suggested: child.suggested,
  highestConfirmed: child.highestConfirmed,
  suspectedAbove: child.suspectedAbove,
  pregnancyRule: child.pregnancyRule,
  flags: child.flags.map((flag) => flag.id),
  uplift: child.uplift === null ? null : { from: child.uplift.from, to: child.uplift.to, decision: child.uplift.decision },
  final: child.final,
  need: child.need,
  youngChild: child.youngChild,
  baby: child.baby,
});

describe('rim-retired-policy: barnardos-rim-rules@1 is kept for reading back', () => {
  it('rim-retired-policy: version 1 is kept exactly as it shipped', () => {
    expect(retiredRimPolicies.map((p) => `${p.id}@${p.version}`)).toEqual(['barnardos-rim-rules@1']);
    // The fingerprint pinned for barnardos-rim-rules@1 before version 2 existed.
    expect(fingerprint(v1)).toBe('96175e7fd73c6d59');
    expect(Object.isFrozen(retiredRimPolicies)).toBe(true);
    expect(deepFrozen(v1)).toBe(true);
  });

  it('rim-retired-policy: results made under barnardos-rim-rules@1 still read back', () => {
    for (const stored of [V1_JUDGED, V1_FLAGGED]) {
      // Reading a stored result back replays it under the policy it names: no field may differ in meaning.
      const read = applyRimJudgement(viaJson(stored), stored.children[0]!.childId, { scale: 4, rationale: 'Raised at review.', by: 'sw-9', at: '2025-03-02T09:00:00Z' }, V1_POLICIES);
      expect(read.policy).toEqual({ id: 'barnardos-rim-rules', version: '1', basis: 'publisher' });
      expect(read.notices).toEqual(stored.notices);
      expect(read.children.map(meaningOf).slice(1)).toEqual((stored.children as unknown as RimChildResult[]).map(meaningOf).slice(1));
      expect(read.children[0]!.final).toEqual({ scale: 4, basis: 'judgement' });
    }
    const check = verifyResult(V1_INPUT, viaJson(V1_JUDGED), { policies: [v1] });
    expect(check.reproduces).toBe(true);
    expect(check.differences.filter((d) => d.kind === 'meaning')).toEqual([]);
  });

  it('rim-retired-policy: a stored version 1 result that disagrees with itself is refused (it can fail)', () => {
    const tampered = viaJson(V1_JUDGED) as unknown as { children: { suggested: number }[] };
    tampered.children[2]!.suggested = 1;
    const error = thrown(() => applyRimJudgement(tampered as unknown, 'a', { scale: 4, rationale: 'r', by: 'sw-9', at: '2025-03-02T09:00:00Z' }, V1_POLICIES));
    expect(error.code).toBe('inconsistent-result');
    expect(error.issues.map((issue) => issue.path)).toContainEqual(['children', 2, 'suggested']);
  });

  it('rim-retired-policy: version 1 and version 2 classify every input alike', () => {
    fc.assert(
      fc.property(rimInputArbitrary(barnardosRimProvisional), (input) => {
        const one = assessRimTrusted(barnardosRimProvisional, input, V1_POLICIES);
        const two = assessRimTrusted(barnardosRimProvisional, input, { rules: barnardosRimRules, needs: londonCafThresholds });
        expect(two.children.map(meaningOf)).toEqual(one.children.map(meaningOf));
        expect(two.household).toEqual(one.household);
        // Version 1 results keep the notices version 1 gave (no example notice), so stored ones read back unchanged.
        expect(one.notices.map((n) => n.id)).toEqual(['provisional-instrument', 'local-convention']);
      }),
      { numRuns: 200 },
    );
  });

  it('rim-retired-policy: new assessments under the retired format are refused', () => {
    const secret = 'child-of-jane-doe';
    const error = thrown(() => assessRim(household({ 'rim-violence-minor-incidents': 'confirmed' }, [{ ...OLDER, id: secret }]), { policies: V1_POLICIES }));
    expect(error.code).toBe('policy-not-applicable');
    expect(error.issues[0]).toMatchObject({ path: ['policies', 'rules'], rule: 'policy-retired' });
    expect(JSON.stringify(error.issues)).not.toContain(secret);
  });

  it('rim-retired-policy: a policy in either format is checked field by field', () => {
    expect(thrown(() => defineRimPolicy({ ...barnardosRimRules, uplift: { underAge: 'seven', basis: 'publisher' } })).issues[0]?.path).toEqual(['uplift', 'underAge']);
    expect(thrown(() => defineRimPolicy({ ...barnardosRimRules, suggestedScale: { rule: 'highest-suspected', basis: 'local' } })).issues[0]?.path).toEqual([
      'suggestedScale',
      'rule',
    ]);
    expect(thrown(() => defineRimPolicy({ ...v1, babyUnderMonths: -1 })).issues[0]?.path).toEqual(['babyUnderMonths']);
    expect(defineRimPolicy(viaJson(v1))).toEqual(v1);
    expect(defineRimPolicy(viaJson(barnardosRimRules))).toEqual(barnardosRimRules);
  });
});
