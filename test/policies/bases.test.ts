// Every rule says whose rule it is. A rule cited to SafeLives, national guidance or a publisher
// names the source; anything else is a local rule or a da-risk default, and the decisions that
// use a da-risk default say so. These tests walk every shipped policy and edition.
import { describe, expect, it } from 'vitest';
import {
  applyJudgement,
  assess,
  assessDara,
  checkMarac,
  commonLocalBands,
  dashRic2009,
  defineMaracPolicy,
  defineYoungPeoplePathway,
  safelives2009Marac,
  youngPeoplePathwayDefaults,
  assessTrusted,
  verifyResult,
  type DaraPolicy,
  type MaracPolicy,
  type ScoringPolicy,
  policeDash2009,
  retiredPolicies,
  safelivesMarac,
  safelivesPlusLibraryDefaultsMarac,
  shippedInstruments,
  type MaracDecision,
} from '../../src/index.js';
import * as policies from '../../src/policies.js';
import { thrown } from '../support/errors.js';
import { inputWithYes, viaJson } from '../support/fixtures.js';

const PUBLISHED = ['safelives', 'national-guidance', 'publisher'];
const BASES = [...PUBLISHED, 'local', 'library-default'];
const NOW = '2025-06-01T12:00:00Z';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every shipped policy object, including rule lists exported on their own (red flags, prompts). */
const shipped: (readonly [string, Json])[] = Object.entries(policies as Record<string, unknown>).flatMap(([name, value]): (readonly [string, Json])[] => {
  if (name === 'retiredPolicies') return [];
  if (Array.isArray(value)) return value.filter(isObject).map((entry, i) => [`${name}[${i}]`, entry] as const);
  return isObject(value) ? [[name, value] as const] : [];
});

/** Keys that make an object a rule: it must then say where it comes from. */
const RULE_KEYS = ['reason', 'allOf', 'anyOf', 'threshold', 'trigger', 'timing', 'minEvents', 'counts', 'lowering', 'maxUnknown', 'underAge', 'within'];

/** Walks a value, calling `visit` with every object and its path. */
function walk(value: unknown, path: string, visit: (object: Json, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((entry, i) => walk(entry, `${path}[${i}]`, visit));
  else if (isObject(value)) {
    visit(value, path);
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, visit);
  }
}

function basisProblems(name: string, policy: unknown): string[] {
  const problems: string[] = [];
  walk(policy, name, (object, path) => {
    for (const [key, basis] of Object.entries(object)) {
      if (key !== 'basis' && !key.endsWith('Basis')) continue;
      if (!BASES.includes(basis as string)) problems.push(`${path}.${key}: not a basis`);
      const source = object['source'];
      if (PUBLISHED.includes(basis as string) && (typeof source !== 'string' || source.trim() === '')) {
        problems.push(`${path}.${key} is ${String(basis)} but names no source`);
      }
    }
    // A threshold of need (a label such as "Level 3: complex needs") is data under its policy's basis, not a count rule.
    const isRule = RULE_KEYS.some((key) => key in object && !(key === 'threshold' && typeof object[key] !== 'number')) && !('kind' in object && 'levels' in object);
    if (isRule && !('basis' in object)) problems.push(`${path}: a rule without a basis`);
  });
  return problems;
}

describe('honest bases', () => {
  it('rule-basis-and-source: every rule of every shipped policy has a basis, and every SafeLives, national or publisher basis names its source', () => {
    expect(shipped.length).toBeGreaterThan(15);
    const problems = shipped.flatMap(([name, policy]) => basisProblems(name, policy));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the walk notices a rule without a basis and a published basis without a source (it can fail)', () => {
    expect(basisProblems('p', { kind: 'x', rules: [{ id: 'r', reason: 'why', allOf: [['a']] }] })).toEqual(['p.rules[0]: a rule without a basis']);
    expect(basisProblems('p', { kind: 'x', basis: 'safelives' })).toEqual(['p.basis is safelives but names no source']);
    expect(basisProblems('p', { kind: 'x', basis: 'local', rule: { threshold: 3, basis: 'publisher', source: 'The matrix' } })).toEqual([]);
  });

  it('edition-rule-basis: every follow-on screen an edition prompts says whose rule it is, with its source', () => {
    const prompts = shippedInstruments.flatMap((edition) => edition.items.flatMap((item) => item.prompts.map((prompt, i) => [`${edition.id} ${item.id}.prompts[${i}]`, prompt] as const)));
    expect(prompts.length).toBeGreaterThan(0);
    const problems = prompts.flatMap(([name, prompt]) => (prompt.basis === undefined ? [`${name}: a rule without a basis`] : basisProblems(name, prompt)));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('edition-provenance: every item of every shipped edition cites only the edition\u2019s sources, and verified or attested items cite at least one', () => {
    const problems: string[] = [];
    for (const edition of shippedInstruments) {
      const ids = new Set(edition.sources.map((source) => source.id));
      if (ids.size === 0) problems.push(`${edition.id}@${edition.edition}: no sources`);
      for (const item of edition.items) {
        const cited = [item.provenance, ...item.optionGroups.map((group) => group.provenance)];
        for (const provenance of cited) {
          for (const id of provenance.sources) if (!ids.has(id)) problems.push(`${edition.id} ${item.id}: cites ${id}, not a source of the edition`);
          if (provenance.status !== 'unverified' && provenance.sources.length === 0) problems.push(`${edition.id} ${item.id}: ${provenance.status} without a source`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('retired-policy-readable: results made under common-local-bands version 1 still read back and replay', () => {
    const v1 = retiredPolicies.find((entry) => entry.policy.id === 'common-local-bands')!.policy as ScoringPolicy;
    expect(v1.version).toBe('1');
    const input = inputWithYes(9);
    const stored = JSON.parse(JSON.stringify(assessTrusted(dashRic2009, { ...input, id: 'a-1', assessedAt: '2025-05-01T10:00:00Z' }, v1)));
    expect(stored.policy).toEqual({ id: 'common-local-bands', version: '1', basis: 'local' });
    expect(checkMarac({ now: NOW, victimAge: 30, assessment: stored }).outcome).toBe('no-referral');
    expect(verifyResult({ ...input, id: 'a-1', assessedAt: '2025-05-01T10:00:00Z' }, stored)).toMatchObject({ reproduces: true });
    // The same answers under version 2 raise the flags version 1 lacked.
    expect(assessTrusted(dashRic2009, input, commonLocalBands).flags.length).toBeGreaterThan(stored.flags.length);
  });

  it('retired policies are kept whole, each with what replaced it, and none is a shipped default', () => {
    const active = new Set(shipped.map(([, policy]) => `${String(policy['id'])}@${String(policy['version'])}`));
    for (const entry of retiredPolicies) {
      expect(active.has(`${entry.policy.id}@${entry.policy.version}`)).toBe(false);
      expect(active.has(`${entry.supersededBy.id}@${entry.supersededBy.version}`)).toBe(true);
      expect(entry.why.length).toBeGreaterThan(40);
    }
  });
});

function route(decision: MaracDecision, id: string) {
  return decision.routes.find((r) => r.id === id)!;
}

describe('the MARAC policies say whose rules they hold', () => {
  const dara = (level: 'standard' | 'medium' | 'high') =>
    assessDara({
      instrument: { id: 'dara', edition: '2022-provisional' },
      id: 'dara-1',
      assessedAt: '2025-05-30T10:00:00Z',
      answers: {},
      grade: { level, rationale: 'Officer\u2019s view after the incident.', by: 'pc-1', at: '2025-05-30T10:00:00Z' },
    });

  it('safelives-policy-holds-only-safelives: the policy named safelives has no DARA route, no police DASH threshold and no judged-high rule', () => {
    expect(safelivesMarac.id).toBe('safelives');
    expect(safelivesMarac.gradedHighRisk).toBeNull();
    expect(safelivesMarac.visibleHighRisk.instruments).toEqual(['dash-ric']);
    expect(safelivesMarac.visibleHighRisk.otherThresholds ?? []).toEqual([]);
    expect(safelivesMarac.professionalJudgement.judgementHighIsReferral).toBe(false);
    const bases = new Set<string>();
    walk(safelivesMarac, 'safelives', (object) => {
      for (const [key, value] of Object.entries(object)) if (key === 'basis' || key.endsWith('Basis')) bases.add(value as string);
    });
    // SafeLives' own routes, and the Children Act for a child victim: nothing else.
    expect([...bases].sort()).toEqual(['national-guidance', 'safelives']);
    expect(`${safelivesMarac.title} ${safelivesMarac.summary}`).not.toMatch(/DARA|da-risk/);

    // A DARA high is not a route under it, and the decision says how it can still be referred.
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: dara('high') }, safelivesMarac);
    expect(decision.routesMet).toEqual([]);
    expect(route(decision, 'graded-high-risk').reason).toMatch(/no route for structured-judgement grades.*professional judgement/);
    expect(decision.notices.map((n) => n.id)).toContain('high-level-not-a-route');
  });

  it('library-default-routes-labelled: the default policy adds the DARA route, the judged high and the police threshold, and every decision that uses one says it is a da-risk default', () => {
    expect(safelivesPlusLibraryDefaultsMarac.basis).toBe('library-default');
    expect(safelivesPlusLibraryDefaultsMarac.id).toMatch(/library-defaults/);
    expect(safelivesPlusLibraryDefaultsMarac.title).toMatch(/da-risk defaults/);
    expect(safelivesPlusLibraryDefaultsMarac.summary).toMatch(/da-risk/);

    const graded = checkMarac({ now: NOW, victimAge: 30, assessment: dara('high') });
    expect(graded.routesMet).toEqual(['graded-high-risk']);
    expect(route(graded, 'graded-high-risk')).toMatchObject({ basis: 'library-default', reason: expect.stringMatching(/library default/) });
    expect(graded.notices.map((n) => n.id)).toContain('library-default');

    const police = checkMarac({ now: NOW, victimAge: 30, assessment: assess(inputWithYes(14, "no", policeDash2009)) });
    expect(police.routesMet).toEqual(['visible-high-risk']);
    // The route met on the police form is labelled with that threshold's basis, in the data as well as in words.
    expect(route(police, 'visible-high-risk')).toMatchObject({ basis: 'library-default', reason: expect.stringMatching(/threshold on police-dash is a da-risk default, not SafeLives/) });
    expect(police.notices.find((n) => n.id === 'library-default')?.message).toMatch(/visible high risk \(a da-risk default/);
    const ric = checkMarac({ now: NOW, victimAge: 30, assessment: assess(inputWithYes(14)) });
    expect(route(ric, 'visible-high-risk')).toMatchObject({ basis: 'safelives' });
    expect(route(ric, 'visible-high-risk').reason).not.toMatch(/da-risk default/);
    // A decision that used only SafeLives' routes says the policy's additions were not used.
    expect(ric.notices.find((n) => n.id === 'policy-basis')?.message).toMatch(/used none of them/);
    // Under SafeLives alone the police form has no threshold, and the decision says so rather than reading 14 as SafeLives'.
    const strict = checkMarac({ now: NOW, victimAge: 30, assessment: assess(inputWithYes(14, "no", policeDash2009)) }, safelivesMarac);
    expect(route(strict, 'visible-high-risk')).toMatchObject({ met: false, reason: expect.stringMatching(/sets no count threshold for police-dash/) });

    const judged = applyJudgement(
      assess(inputWithYes(9)),
      { level: 'high', rationale: 'Strangulation disclosed since the count.', by: 'idva-1', at: '2025-05-31T10:00:00Z' },
      commonLocalBands,
    );
    const byJudgement = checkMarac({ now: NOW, victimAge: 30, assessment: judged });
    expect(route(byJudgement, 'professional-judgement')).toMatchObject({ met: true, basis: 'library-default', reason: expect.stringMatching(/library default/) });
    const strictJudged = checkMarac({ now: NOW, victimAge: 30, assessment: judged }, safelivesMarac);
    expect(strictJudged.refer).toBe(false);
    expect(strictJudged.notices.map((n) => n.id)).toContain('high-level-not-a-route');
  });
});

describe('children are never adults by a local setting', () => {
  it('child-age-is-18: a MARAC policy or a young people\u2019s pathway that would make a 16/17-year-old an adult is refused', () => {
    const marac = thrown(() => defineMaracPolicy({ ...viaJson(safelivesMarac), id: 'x', basis: 'local', childrensSafeguarding: { ...safelivesMarac.childrensSafeguarding, underAge: 16 } }));
    expect(marac.issues[0]).toMatchObject({ path: ['childrensSafeguarding', 'underAge'], rule: 'child-age' });
    const above = thrown(() => defineMaracPolicy({ ...viaJson(safelivesMarac), id: 'x', basis: 'local', minimumVictimAge: 40 }));
    expect(above.issues[0]).toMatchObject({ path: ['minimumVictimAge'], rule: 'above-child-age' });
    const twice = thrown(() =>
      defineMaracPolicy({
        ...viaJson(safelivesPlusLibraryDefaultsMarac),
        id: 'x',
        visibleHighRisk: { ...viaJson(safelivesPlusLibraryDefaultsMarac.visibleHighRisk), otherThresholds: [{ instrument: 'dash-ric', threshold: 20, basis: 'local' }] },
      }),
    );
    expect(twice.issues[0]).toMatchObject({ path: ['visibleHighRisk', 'otherThresholds', 0, 'instrument'], rule: 'duplicate-threshold' });
    const pathway = thrown(() => defineYoungPeoplePathway({ ...viaJson(youngPeoplePathwayDefaults), ages: { ...youngPeoplePathwayDefaults.ages, underAge: 16 } }));
    expect(pathway.issues[0]).toMatchObject({ path: ['ages', 'underAge'], rule: 'child-age' });
    const marcAge = thrown(() => defineYoungPeoplePathway({ ...viaJson(youngPeoplePathwayDefaults), minimumMaracAge: 40 }));
    expect(marcAge.issues[0]).toMatchObject({ path: ['minimumMaracAge'], rule: 'outside-pathway' });
  });
});

describe('retired versions', () => {
  it('retired-policy-judgement: a result made under common-local-bands version 1 can still be raised, under the version it names', () => {
    const v1 = retiredPolicies.find((entry) => entry.policy.id === 'common-local-bands')!.policy as ScoringPolicy;
    const stored = JSON.parse(JSON.stringify(assessTrusted(dashRic2009, { ...inputWithYes(9), id: 'a-1', assessedAt: '2025-05-01T10:00:00Z' }, v1)));
    const raised = applyJudgement(stored, { level: 'high', rationale: 'Threats from his brothers since the count.', by: 'idva-1', at: '2025-05-02T10:00:00Z', referToMarac: true }, v1);
    expect(raised.final).toMatchObject({ level: 'high', basis: 'judgement' });
    expect(raised.policy).toMatchObject({ id: 'common-local-bands', version: '1' });
    // The current version is a different policy: the mismatch is refused, never silently re-scored.
    expect(thrown(() => applyJudgement(stored, { level: 'high', rationale: 'r', by: 'idva-1', at: '2025-05-02T10:00:00Z' }, commonLocalBands)).code).toBe('policy-mismatch');
  });

  it('retired-policy-new-work: a superseded version is refused for a new assessment, and a MARAC decision under one says it re-explains a past case', () => {
    const scoringV1 = retiredPolicies.find((entry) => entry.policy.id === 'common-local-bands')!.policy as ScoringPolicy;
    expect(thrown(() => assess(inputWithYes(3), { policy: scoringV1 })).issues[0]).toMatchObject({ path: ['policy'], rule: 'policy-retired' });
    const daraV1 = retiredPolicies.find((entry) => entry.policy.id === 'dara-consistency')!.policy as DaraPolicy;
    expect(thrown(() => assessDara({ instrument: { id: 'dara', edition: '2022-provisional' }, answers: {}, grade: { level: 'medium', rationale: 'r', by: 'pc-1', at: NOW } }, { policy: daraV1 })).issues[0]).toMatchObject({ rule: 'policy-retired' });
    const maracV1 = retiredPolicies.find((entry) => entry.policy.id === 'safelives')!.policy as MaracPolicy;
    const decision = checkMarac({ now: NOW, victimAge: 30, assessment: assess(inputWithYes(14)) }, maracV1);
    expect(decision.refer).toBe(true);
    expect(decision.notices.find((n) => n.id === 'policy-retired')?.message).toMatch(/superseded by version 2024\.2 of safelives/);
    expect(checkMarac({ now: NOW, victimAge: 30 }).notices.map((n) => n.id)).not.toContain('policy-retired');
  });

  it('no-repeat-route-notice: under the April 2009 form, abuse within 12 months of a referral raises a notice, and abuse after the 12 months does not', () => {
    const referral = { id: 'ref-1', date: '2024-01-10T10:00:00Z' };
    const within = checkMarac({ now: NOW, victimAge: 30, previousReferrals: [referral], events: [{ date: '2024-12-01T10:00:00Z', reportedTo: ['police'], crime: true }] }, safelives2009Marac);
    expect(within.notices.map((n) => n.id)).toContain('no-repeat-route');
    expect(route(within, 'repeat').reason).toMatch(/1 abuse event within 12 months/);
    const after = checkMarac({ now: NOW, victimAge: 30, previousReferrals: [referral], events: [{ date: '2025-03-01T10:00:00Z', reportedTo: ['police'], crime: true }] }, safelives2009Marac);
    expect(after.notices.map((n) => n.id)).not.toContain('no-repeat-route');
    expect(route(after, 'repeat').reason).not.toMatch(/within 12 months/);
  });
});
