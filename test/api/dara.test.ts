import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyDaraRegrade,
  assess,
  assessDara,
  checkMarac,
  dara2022Provisional,
  daraConsistency,
  defineDaraPolicy,
  defineMaracPolicy,
  assessDaraTrusted,
  safelives2009Marac,
  safelivesMarac,
  verifyResult,
  type DaraInput,
  type DaraResult,
} from '../../src/index.js';
import { LIBRARY_ANSWER_SCALE_TAG } from '../../src/instruments/dara/dara-2022-provisional.js';
import { retiredDaraPolicies } from '../../src/policies/dara/retired-dara-policies.js';
import { daraInputArbitrary } from '../../src/testing/arbitraries.js';
import { thrown } from '../support/errors.js';
import { fingerprint } from '../support/fingerprint.js';
import { deepFrozen, viaJson } from '../support/fixtures.js';
import { generatedFiles } from '../support/generate.js';

const AT = '2025-03-01T22:10:00Z';
const REF = { id: 'dara', edition: '2022-provisional' } as const;

function input(answers: Record<string, string>, level: 'standard' | 'medium' | 'high', extra: Partial<DaraInput> = {}): DaraInput {
  return {
    instrument: REF,
    assessedAt: '2025-03-01T21:40:00Z',
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
    grade: { level, rationale: 'Officer\u2019s reasons.', by: 'pc-881', at: AT },
    ...extra,
  };
}

describe('DARA: the grade is the assessor\u2019s', () => {
  it('records the grade as entered, with reasons, and never computes one', () => {
    const everything = Object.fromEntries(
      dara2022Provisional.items.filter((i) => i.answerType === 'frequency').map((i) => [i.id, 'more-than-once']),
    );
    const result = assessDara(input(everything, 'standard'));
    expect(result.final).toEqual({ level: 'standard', basis: 'assessor' });
    expect(result.grade).toMatchObject({ level: 'standard', by: 'pc-881', at: AT });
    expect(result.history).toHaveLength(1);
    expect(result.history[0]).toMatchObject({ action: 'set', from: null, to: 'standard', computed: null });
    expect(result.reasons[0]).toMatch(/never computed/);
    expect(deepFrozen(result)).toBe(true);
  });

  it('a grade without a rationale is an error', () => {
    const bad = { ...input({}, 'high'), grade: { level: 'high', rationale: ' ', by: 'pc-1', at: AT } };
    expect(thrown(() => assessDara(bad as unknown)).issues[0]?.path).toEqual(['grade', 'rationale']);
    const missing = { ...input({}, 'high'), grade: { level: 'high', by: 'pc-1', at: AT } };
    expect(thrown(() => assessDara(missing as unknown)).issues[0]).toMatchObject({ path: ['grade', 'rationale'], rule: 'required' });
  });

  it('takes frequency answers and keeps not known and declined apart from never', () => {
    const result = assessDara(
      input({ 'physical-violence': 'more-than-once', strangulation: 'once', weapons: 'never', monitoring: 'not-known', degradation: 'declined' }, 'high'),
    );
    expect(result.items.yes).toEqual(['physical-violence', 'strangulation']);
    expect(result.repeated).toEqual(['physical-violence']);
    expect(result.items.no).toEqual(['weapons']);
    expect(result.items.dontKnow).toEqual(['monitoring']);
    expect(result.items.declined).toEqual(['degradation']);
    expect(thrown(() => assessDara(input({ weapons: 'yes' }, 'high'))).issues[0]).toMatchObject({
      path: ['answers', 'weapons', 'value'],
      rule: 'one-of',
    });
  });

  it('summarises indicators by theme', () => {
    const result = assessDara(input({ isolation: 'once', monitoring: 'more-than-once', 'economic-control': 'never' }, 'medium'));
    const control = result.themes.find((t) => t.theme === 'coercive-control');
    expect(control).toMatchObject({ disclosed: ['isolation', 'monitoring'], repeated: ['monitoring'] });
    expect(control?.unknown).toEqual(['degradation', 'sexual-coercion']);
    expect(control?.reason).toMatch(/2 of 5 disclosed; 1 more than once; 2 not known, declined or not asked/);
  });

  it('keeps the victim\u2019s own view as free text out of the result and out of errors', () => {
    const view = 'He will kill me if he finds out where I am';
    const result = assessDara({ ...input({}, 'high'), answers: { 'victim-view-of-risk': { value: view } } });
    expect(result.textAnswered).toEqual(['victim-view-of-risk']);
    expect(JSON.stringify(result)).not.toContain(view);
    const error = thrown(() => assessDara({ ...input({}, 'high'), answers: { 'victim-view-of-risk': { value: view, options: ['x'] } } }));
    expect(JSON.stringify(error.issues) + error.message).not.toContain(view);
  });

  it('records observations, evidence references and a link to a secondary assessment', () => {
    const result = assessDara(
      input({}, 'medium', {
        observations: ['obs-injury-visible'],
        evidence: ['bwv-2025-0301-881', 'crime-ref-CB-2025-1234'],
        secondaryAssessment: { instrument: { id: 'dash-ric', edition: '2009' }, assessmentId: 'idva-assessment-77' },
      }),
    );
    expect(result.evidence).toEqual(['bwv-2025-0301-881', 'crime-ref-CB-2025-1234']);
    expect(result.secondaryAssessment?.assessmentId).toBe('idva-assessment-77');
  });

  it('is not scored as a checklist, and a checklist is not graded as DARA', () => {
    expect(thrown(() => assess({ instrument: REF, answers: {} })).issues[0]?.rule).toBe('not-a-checklist');
    expect(thrown(() => assessDara({ ...input({}, 'high'), instrument: { id: 'dash-ric', edition: '2009' } })).issues[0]?.rule).toBe(
      'not-assessor-graded',
    );
  });
});

describe('DARA consistency flags (for supervisor review; never a regrade)', () => {
  const cases: [string, Record<string, string>, 'standard' | 'medium' | 'high'][] = [
    ['strangulation-below-high', { strangulation: 'once' }, 'medium'],
    ['threats-to-kill-below-high', { 'threats-to-kill': 'once' }, 'standard'],
    ['weapons-below-high', { weapons: 'more-than-once' }, 'medium'],
    ['post-separation-stalking-below-high', { separation: 'yes', 'stalking-harassment': 'more-than-once' }, 'medium'],
    ['coercive-control-standard', { isolation: 'once', monitoring: 'once', degradation: 'once' }, 'standard'],
    ['extreme-fear-standard', { 'very-frightened': 'yes' }, 'standard'],
    ['violence-in-pregnancy-standard', { 'pregnancy-or-recent-birth': 'yes', 'physical-violence': 'once' }, 'standard'],
  ];

  it.each(cases)('%s', (id, answers, level) => {
    const result = assessDara(input(answers, level));
    expect(result.consistencyFlags.map((f) => f.id)).toContain(id);
    expect(result.final.level).toBe(level);
    const fine = assessDara(input(answers, 'high'));
    expect(fine.consistencyFlags).toEqual([]);
  });

  it('needs every condition: stalking without separation, or two coercive behaviours, raise nothing', () => {
    expect(assessDara(input({ 'stalking-harassment': 'once' }, 'medium')).consistencyFlags).toEqual([]);
    expect(assessDara(input({ isolation: 'once', monitoring: 'once' }, 'standard')).consistencyFlags).toEqual([]);
  });
});

describe('regrading', () => {
  it('a supervisor\u2019s regrade keeps the history and re-checks the flags', () => {
    const first = assessDara(input({ strangulation: 'once' }, 'medium'));
    const reviewed = applyDaraRegrade(viaJson(first), { level: 'high', rationale: 'Strangulation: high.', by: 'sgt-12', at: '2025-03-02T08:30:00Z' });
    expect(reviewed.grade.level).toBe('medium');
    expect(reviewed.final).toEqual({ level: 'high', basis: 'regrade' });
    expect(reviewed.consistencyFlags).toEqual([]);
    expect(reviewed.history.map((e) => [e.action, e.from, e.to, e.by])).toEqual([
      ['set', null, 'medium', 'pc-881'],
      ['raised', 'medium', 'high', 'sgt-12'],
    ]);
    const again = { level: 'medium', rationale: 'Reviewed again.', by: 'insp-3', at: '2025-03-03T08:30:00Z' } as const;
    // Lowering a grade another practitioner gave needs a named authoriser other than the one regrading.
    expect(thrown(() => applyDaraRegrade(reviewed, again)).issues[0]).toMatchObject({ path: ['authorisedBy'], rule: 'authoriser-required' });
    const lowered = applyDaraRegrade(reviewed, { ...again, authorisedBy: 'ci-2' });
    expect(lowered.history.at(-1)).toMatchObject({ action: 'lowered', authorisedBy: 'ci-2' });
    expect(lowered.consistencyFlags.map((f) => f.id)).toEqual(['strangulation-below-high']);
  });

  it('a regrade needs reasons, a time in order, and the same policy', () => {
    const first = assessDara(input({}, 'medium'));
    expect(thrown(() => applyDaraRegrade(first, { level: 'high', rationale: '', by: 's', at: '2025-03-02T08:30:00Z' })).issues[0]?.path).toEqual([
      'rationale',
    ]);
    expect(thrown(() => applyDaraRegrade(first, { level: 'high', rationale: 'r', by: 's', at: '2025-03-01T08:30:00Z' })).issues[0]?.rule).toBe(
      'not-before-previous',
    );
    const other = defineDaraPolicy({ ...daraConsistency, id: 'exampleshire-dara' });
    expect(thrown(() => applyDaraRegrade(first, { level: 'high', rationale: 'r', by: 's', at: '2025-03-02T08:30:00Z' }, other)).code).toBe(
      'policy-mismatch',
    );
  });
});

describe('DARA and MARAC', () => {
  it('a DARA high grade is a referral route under the default policy; medium is not', () => {
    const high = assessDara(input({}, 'high'));
    const decision = checkMarac({ now: '2025-03-02T00:00:00Z', victimAge: 30, assessment: viaJson(high) });
    expect(decision.routesMet).toEqual(['graded-high-risk']);
    expect(decision.routes.find((r) => r.id === 'graded-high-risk')?.basis).toBe('library-default');
    const medium = assessDara(input({}, 'medium'));
    expect(checkMarac({ now: '2025-03-02T00:00:00Z', victimAge: 30, assessment: medium }).refer).toBe(false);
  });

  it('a regrade to high meets it; a referral on judgement at a lower grade meets professional judgement', () => {
    const medium = assessDara(input({}, 'medium'));
    const regraded = applyDaraRegrade(medium, { level: 'high', rationale: 'r', by: 'sgt', at: '2025-03-02T08:30:00Z' });
    expect(checkMarac({ now: '2025-03-03T00:00:00Z', victimAge: 30, assessment: regraded }).routesMet).toEqual(['graded-high-risk']);
    const referred = assessDara({ ...input({}, 'medium'), grade: { level: 'medium', rationale: 'Fear.', by: 'pc', at: AT, referToMarac: true } });
    expect(checkMarac({ now: '2025-03-03T00:00:00Z', victimAge: 30, assessment: referred }).routesMet).toEqual(['professional-judgement']);
  });

  it('the route is configurable per area, and absent from the 2009 policy', () => {
    const high = assessDara(input({}, 'high'));
    expect(checkMarac({ now: '2025-03-03T00:00:00Z', victimAge: 30, assessment: high }, safelives2009Marac).refer).toBe(false);
    const prompting = defineMaracPolicy({
      ...safelivesMarac,
      id: 'dara-prompts',
      gradedHighRisk: { instruments: ['dara'], level: 'high', isReferralRoute: false, basis: 'local' },
    });
    const decision = checkMarac({ now: '2025-03-03T00:00:00Z', victimAge: 30, assessment: high }, prompting);
    expect(decision.routes.find((r) => r.id === 'graded-high-risk')).toMatchObject({ met: true, referral: false });
  });

  it('the core refuses an edition mismatch and a policy for other instruments', () => {
    const policy = defineDaraPolicy({ ...daraConsistency, id: 'other', instruments: ['other-tool'] });
    expect(thrown(() => assessDaraTrusted(dara2022Provisional, input({}, 'high'), policy)).code).toBe('policy-not-applicable');
  });
});

describe('dara-frequency-scale: the never / once / more than once scale is a da-risk choice', () => {
  const frequency = dara2022Provisional.items.filter((item) => item.answerType === 'frequency');

  it('dara-frequency-scale: labelled a library choice', () => {
    expect(frequency.length).toBeGreaterThan(0);
    for (const item of dara2022Provisional.items) {
      const chosen = item.answerType === 'frequency';
      expect(item.tags.includes(LIBRARY_ANSWER_SCALE_TAG), item.id).toBe(chosen);
      if (chosen) expect(item.provenance.note, item.id).toMatch(/answer scale \(never, once, more than once, not known, declined\) is a da-risk choice while this edition is provisional/);
      else expect(item.provenance.note, item.id).not.toMatch(/da-risk choice/);
    }
    expect(dara2022Provisional.summary).toMatch(/never \/ once \/ more than once scale that is a da-risk choice while this edition is provisional/);
  });

  it('dara-frequency-scale: the edition page says so, item by item', () => {
    const page = generatedFiles().get('docs/editions/dara@2022-provisional.md')!;
    expect(page).toContain('## da-risk examples and choices');
    expect(page).toMatch(new RegExp(`\\*\\*The answer scale of ${frequency.length} items\\*\\* \\(tag \`library-answer-scale\`: never / once / more than once`));
    for (const item of dara2022Provisional.items) {
      const row = page.split('\n').find((line) => line.includes(`| \`${item.id}\` |`));
      expect(row?.includes('(a da-risk choice)'), item.id).toBe(item.answerType === 'frequency');
    }
  });
});

describe('dara-policy-basis: the consistency policy holds da-risk defaults only', () => {
  /** Every `basis` in a policy, by path. */
  function bases(value: unknown, path: string[] = []): { path: string; basis: string; source: boolean }[] {
    if (value === null || typeof value !== 'object') return [];
    const object = value as Record<string, unknown>;
    const here = typeof object['basis'] === 'string' ? [{ path: path.join('.') || '(policy)', basis: object['basis'] as string, source: typeof object['source'] === 'string' }] : [];
    return [...here, ...Object.entries(object).flatMap(([key, child]) => (key === 'basis' ? [] : bases(child, [...path, key])))];
  }

  it('dara-policy-basis: every check is a library default; any published basis has a source', () => {
    const found = bases(daraConsistency);
    const own = found.filter((b) => !b.path.startsWith('screenPrompts'));
    expect(own.map((b) => b.basis).every((basis) => basis === 'library-default')).toBe(true);
    expect(own.map((b) => b.path)).toEqual([
      '(policy)',
      ...daraConsistency.consistency.map((_, i) => `consistency.${i}`),
      'judgement',
      'judgement.authorisation',
    ]);
    expect(found.filter((b) => ['publisher', 'national-guidance', 'safelives'].includes(b.basis) && !b.source)).toEqual([]);
    expect(daraConsistency).toMatchObject({ id: 'dara-consistency', version: '2', basis: 'library-default' });
    expect(daraConsistency.summary).toMatch(/Every check is a da-risk default drawn from the pilot research, not published guidance/);
    expect(daraConsistency.consistency.find((rule) => rule.id === 'post-separation-stalking-below-high')?.source).toMatch(/^Wire and Myhill \(2018\).*where the idea comes from/);
  });

  it('dara-policy-basis: a flag says whose check it is', () => {
    const result = assessDara(input({ strangulation: 'once' }, 'medium'));
    expect(result.consistencyFlags[0]?.reason).toMatch(/ This check is a da-risk default, not published guidance\.$/);
    expect(result.reasons.join('\n')).toContain('This check is a da-risk default, not published guidance. The grade (medium) is not changed by this flag.');
    const local = defineDaraPolicy({
      ...daraConsistency,
      id: 'exampleshire-dara',
      basis: 'local',
      consistency: [{ ...daraConsistency.consistency[0]!, basis: 'local', source: 'Exampleshire force policy 2026' }],
    });
    expect(assessDara(input({ strangulation: 'once' }, 'medium'), { policy: local }).consistencyFlags[0]?.reason).toMatch(/This check is a local rule or convention/);
  });
});

const v1 = retiredDaraPolicies[0]!;

describe('dara-retired-policy: dara-consistency@1 is kept for reading back', () => {
  it('dara-retired-policy: version 1 is kept exactly as it shipped', () => {
    expect(retiredDaraPolicies.map((p) => `${p.id}@${p.version}`)).toEqual(['dara-consistency@1']);
    // The fingerprint pinned for dara-consistency@1 before version 2 existed.
    expect(fingerprint(v1)).toBe('f05e32faf80e2ae0');
    expect(Object.isFrozen(retiredDaraPolicies)).toBe(true);
    expect(deepFrozen(v1)).toBe(true);
  });

  it('dara-retired-policy: results made under dara-consistency@1 still read back', () => {
    const read = applyDaraRegrade(viaJson(DARA_V1_REGRADED), { level: 'high', rationale: 'Strangulation disclosed.', by: 'insp-4', at: '2025-03-02T10:00:00Z' }, v1);
    expect(read.policy).toEqual({ id: 'dara-consistency', version: '1', basis: 'library-default' });
    expect(read.final).toEqual({ level: 'high', basis: 'regrade' });
    expect(read.history).toHaveLength(3);
    const check = verifyResult(DARA_V1_INPUT, viaJson(DARA_V1_REGRADED), { policies: [v1] });
    expect(check.reproduces).toBe(true);
    expect(check.differences.filter((d) => d.kind === 'meaning')).toEqual([]);
    // It can fail: a stored flag removed by hand is refused.
    const tampered: { consistencyFlags: unknown[] } = viaJson(DARA_V1_REGRADED) as never;
    tampered.consistencyFlags = tampered.consistencyFlags.slice(1);
    expect(thrown(() => applyDaraRegrade(tampered as unknown, { level: 'high', rationale: 'r', by: 'insp-4', at: '2025-03-02T10:00:00Z' }, v1)).code).toBe('inconsistent-result');
  });

  it('dara-retired-policy: version 1 and version 2 flag every input alike', () => {
    fc.assert(
      fc.property(daraInputArbitrary(dara2022Provisional), (value) => {
        const one = assessDaraTrusted(dara2022Provisional, value, v1);
        const two = assessDaraTrusted(dara2022Provisional, value, daraConsistency);
        const meaning = (result: DaraResult) => result.consistencyFlags.map(({ reason: _, ...flag }) => flag);
        expect(meaning(two)).toEqual(meaning(one));
        expect(two.prompts).toEqual(one.prompts);
        expect(two.final).toEqual(one.final);
      }),
      { numRuns: 200 },
    );
  });
});

// A result made by the library under dara-consistency@1, before version 2, as a case system stored it.
const DARA_V1_INPUT = {
  instrument: { id: 'dara', edition: '2022-provisional' },
  id: 'dara-stored-1',
  assessedAt: '2025-03-01T21:40:00Z',
  answers: {
    strangulation: { value: 'once' },
    isolation: { value: 'more-than-once' },
    monitoring: { value: 'once' },
    degradation: { value: 'more-than-once' },
    separation: { value: 'yes' },
    'stalking-harassment': { value: 'once' },
    weapons: { value: 'never' },
  },
  grade: { level: 'standard', rationale: 'Officer\u2019s reasons.', by: 'pc-881', at: '2025-03-01T22:10:00Z' },
  childrenInHousehold: 'no',
};

const DARA_V1_REGRADED: DaraResult = {
  resultFormat: 1,
  kind: 'dara',
  assessmentId: 'dara-stored-1',
  assessedAt: '2025-03-01T21:40:00Z',
  instrument: { id: 'dara', edition: '2022-provisional', status: 'provisional' },
  policy: { id: 'dara-consistency', version: '1', basis: 'library-default' },
  grade: { level: 'standard', rationale: 'Officer\u2019s reasons.', by: 'pc-881', at: '2025-03-01T22:10:00Z' },
  final: { level: 'medium', basis: 'regrade' },
  tally: { yes: 6, no: 1, dontKnow: 0, declined: 0, unanswered: 8 },
  items: {
    yes: ['strangulation', 'isolation', 'monitoring', 'degradation', 'stalking-harassment', 'separation'],
    no: ['weapons'],
    dontKnow: [],
    declined: [],
    unanswered: [
      'physical-violence',
      'threats-to-kill',
      'economic-control',
      'sexual-coercion',
      'escalation',
      'pregnancy-or-recent-birth',
      'perpetrator-suicide',
      'very-frightened',
    ],
  },
  repeated: ['isolation', 'degradation'],
  textAnswered: [],
  themes: [
    {
      theme: 'violence',
      title: 'Violence and how often',
      disclosed: ['strangulation'],
      repeated: [],
      unknown: ['physical-violence', 'threats-to-kill'],
      reason: 'Violence and how often: 1 of 4 disclosed; 2 not known, declined or not asked.',
    },
    {
      theme: 'coercive-control',
      title: 'Coercive and controlling behaviour',
      disclosed: ['isolation', 'monitoring', 'degradation'],
      repeated: ['isolation', 'degradation'],
      unknown: ['economic-control', 'sexual-coercion'],
      reason: 'Coercive and controlling behaviour: 3 of 5 disclosed; 2 more than once; 2 not known, declined or not asked.',
    },
    {
      theme: 'stalking',
      title: 'Stalking and harassment',
      disclosed: ['stalking-harassment'],
      repeated: [],
      unknown: [],
      reason: 'Stalking and harassment: 1 of 1 disclosed.',
    },
    {
      theme: 'circumstances',
      title: 'Escalation and circumstances',
      disclosed: ['separation'],
      repeated: [],
      unknown: ['escalation', 'pregnancy-or-recent-birth', 'perpetrator-suicide'],
      reason: 'Escalation and circumstances: 1 of 4 disclosed; 3 not known, declined or not asked.',
    },
    {
      theme: 'victim',
      title: 'The victim\u2019s fear and view of the risk',
      disclosed: [],
      repeated: [],
      unknown: ['very-frightened'],
      reason: 'The victim\u2019s fear and view of the risk: 0 of 1 disclosed; 1 not known, declined or not asked.',
    },
  ],
  consistencyFlags: [
    {
      id: 'strangulation-below-high',
      title: 'Strangulation graded below high',
      items: ['strangulation'],
      expected: 'high',
      graded: 'medium',
      reason: 'Non-fatal strangulation is a marker of homicide risk; a grade below high needs a supervisor to review the reasons.',
    },
    {
      id: 'post-separation-stalking-below-high',
      title: 'Stalking after separation graded below high',
      items: ['separation', 'stalking-harassment'],
      expected: 'high',
      graded: 'medium',
      reason: 'Harassment and stalking after separation is the DARA pilot\u2019s known blind spot: officers recorded it but often did not grade it to match.',
    },
  ],
  observations: [],
  evidence: [],
  secondaryAssessment: null,
  judgementReferral: null,
  childrenInHousehold: 'no',
  prompts: [],
  notices: [
    {
      id: 'provisional-instrument',
      message: 'DARA first-response domestic abuse risk assessment (provisional thematic edition) (dara, edition 2022-provisional) is a provisional edition: 16 of 16 items are not verified against a primary copy of the form (0 attested by several secondary copies, 16 unverified). Check any decision against the official form.',
      items: [
        'physical-violence',
        'strangulation',
        'weapons',
        'threats-to-kill',
        'isolation',
        'monitoring',
        'economic-control',
        'degradation',
        'sexual-coercion',
        'stalking-harassment',
        'escalation',
        'separation',
        'pregnancy-or-recent-birth',
        'perpetrator-suicide',
        'very-frightened',
        'victim-view-of-risk',
      ],
    },
    {
      id: 'library-default',
      message: 'Policy "DARA consistency checks for supervisor review" (dara-consistency version 1) is a da-risk default, not published guidance.',
      items: [],
    },
  ],
  reasons: [
    'DARA is structured professional judgement: the grade standard is the assessor\u2019s own, with reasons, and is never computed by the library.',
    'Violence and how often: 1 of 4 disclosed; 2 not known, declined or not asked.',
    'Coercive and controlling behaviour: 3 of 5 disclosed; 2 more than once; 2 not known, declined or not asked.',
    'Stalking and harassment: 1 of 1 disclosed.',
    'Escalation and circumstances: 1 of 4 disclosed; 3 not known, declined or not asked.',
    'The victim\u2019s fear and view of the risk: 0 of 1 disclosed; 1 not known, declined or not asked.',
    'Behaviour that happened more than once: isolation, degradation.',
    'For supervisor review \u2014 Strangulation graded below high: Non-fatal strangulation is a marker of homicide risk; a grade below high needs a supervisor to review the reasons. The grade (standard) is not changed by this flag.',
    'For supervisor review \u2014 Stalking after separation graded below high: Harassment and stalking after separation is the DARA pilot\u2019s known blind spot: officers recorded it but often did not grade it to match. The grade (standard) is not changed by this flag.',
    'For supervisor review \u2014 Several coercive-control behaviours graded standard: Three or more coercive and controlling behaviours were disclosed; the pilot found coercive control was recorded more often than it was reflected in the grade. The grade (standard) is not changed by this flag.',
    'Professional judgement by pc-881 at 2025-03-01T22:10:00Z set level standard; the rationale is recorded in the history.',
    'DARA first-response domestic abuse risk assessment (provisional thematic edition) (dara, edition 2022-provisional) is a provisional edition: 16 of 16 items are not verified against a primary copy of the form (0 attested by several secondary copies, 16 unverified). Check any decision against the official form.',
    'Policy "DARA consistency checks for supervisor review" (dara-consistency version 1) is a da-risk default, not published guidance.',
    'Professional judgement by sgt-2 at 2025-03-02T09:00:00Z raised level standard to level medium; the rationale is recorded in the history.',
    'For supervisor review \u2014 Strangulation graded below high: Non-fatal strangulation is a marker of homicide risk; a grade below high needs a supervisor to review the reasons. The grade (medium) is not changed by this flag.',
    'For supervisor review \u2014 Stalking after separation graded below high: Harassment and stalking after separation is the DARA pilot\u2019s known blind spot: officers recorded it but often did not grade it to match. The grade (medium) is not changed by this flag.',
  ],
  history: [
    {
      kind: 'judgement',
      action: 'set',
      by: 'pc-881',
      at: '2025-03-01T22:10:00Z',
      from: null,
      to: 'standard',
      computed: null,
      referToMarac: false,
      rationale: 'Officer\u2019s reasons.',
      policy: { id: 'dara-consistency', version: '1' },
      instrument: { id: 'dara', edition: '2022-provisional' },
    },
    {
      kind: 'judgement',
      action: 'raised',
      by: 'sgt-2',
      at: '2025-03-02T09:00:00Z',
      from: 'standard',
      to: 'medium',
      computed: null,
      referToMarac: false,
      rationale: 'Supervisor review.',
      policy: { id: 'dara-consistency', version: '1' },
      instrument: { id: 'dara', edition: '2022-provisional' },
    },
  ],
};
