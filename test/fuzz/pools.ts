// Valid inputs for every fuzzed function, made once per run from the testing kit
// (src/testing/arbitraries.ts) and the library itself, with a fixed seed. Each fuzz
// input starts from one of these (or from nothing) and is then mutated.
import fc from 'fast-check';
import {
  applyDaraRegrade,
  applyJudgement,
  applyRimJudgement,
  assess,
  assessDara,
  assessRim,
  barnardosRimProvisional,
  barnardosRimRules,
  caadaCrimeOnlyRepeatMarac,
  cambridgeshireInterventionLevels,
  cambridgeshireReviewDeadlines,
  checkMarac,
  commonLocalBands,
  crimeOrRecentHistory,
  daraConsistency,
  dara2022Provisional,
  dashRic2009,
  defineAssessmentRequiredPolicy,
  defineDaraPolicy,
  defineEpisodePolicy,
  defineInterventionPolicy,
  defineMaracPolicy,
  defineReassessmentPolicy,
  defineRepeatDefinition,
  defineReviewDeadlinePolicy,
  defineRimPolicy,
  defineScoringPolicy,
  defineThresholdOfNeedPolicy,
  defineYoungPeoplePathway,
  episodeDefaults,
  everyIncident,
  isDaRiskError,
  limits,
  londonCafThresholds,
  parseCase,
  policeDash2009,
  reassessmentDefaults,
  retiredPolicies,
  safelives2009Marac,
  safelivesMarac,
  safelivesPlusLibraryDefaultsMarac,
  safelivesRepeat,
  sDash2009,
  shippedInstruments,
  toQuestionnaireResponse,
  youngPeoplePathwayDefaults,
  type AssessmentInput,
  type AssessmentResult,
  type DaraInput,
  type DaraPolicy,
  type DaraResult,
  type Instrument,
  type MaracDecision,
  type MaracPolicy,
  type RimInput,
  type RimPolicy,
  type RimResult,
  type ScoringPolicy,
  type ThresholdOfNeedPolicy,
} from '../../src/index.js';
import { assessmentInputArbitrary, caseRecordArbitrary, daraInputArbitrary, isoDateTimeArbitrary, rimInputArbitrary } from '../../src/testing.js';
import { viaJson } from './inspect.js';

type Define = (definition: unknown) => unknown;

/** Every `define*` function, by the `kind` of the policy it defines. */
export const definers: Readonly<Record<string, { readonly name: string; readonly define: Define }>> = {
  scoring: { name: 'defineScoringPolicy', define: defineScoringPolicy },
  marac: { name: 'defineMaracPolicy', define: defineMaracPolicy },
  dara: { name: 'defineDaraPolicy', define: defineDaraPolicy },
  rim: { name: 'defineRimPolicy', define: defineRimPolicy },
  'threshold-of-need': { name: 'defineThresholdOfNeedPolicy', define: defineThresholdOfNeedPolicy },
  'young-people-pathway': { name: 'defineYoungPeoplePathway', define: defineYoungPeoplePathway },
  reassessment: { name: 'defineReassessmentPolicy', define: defineReassessmentPolicy },
  'assessment-required': { name: 'defineAssessmentRequiredPolicy', define: defineAssessmentRequiredPolicy },
  'review-deadlines': { name: 'defineReviewDeadlinePolicy', define: defineReviewDeadlinePolicy },
  'intervention-levels': { name: 'defineInterventionPolicy', define: defineInterventionPolicy },
  'repeat-definition': { name: 'defineRepeatDefinition', define: defineRepeatDefinition },
  episode: { name: 'defineEpisodePolicy', define: defineEpisodePolicy },
};

/** The shipped policies each `define*` function must take back from JSON. */
export const shippedPolicies: readonly { readonly kind: string }[] = [
  commonLocalBands,
  safelivesMarac,
  safelivesPlusLibraryDefaultsMarac,
  safelives2009Marac,
  caadaCrimeOnlyRepeatMarac,
  daraConsistency,
  barnardosRimRules,
  londonCafThresholds,
  youngPeoplePathwayDefaults,
  reassessmentDefaults,
  everyIncident,
  crimeOrRecentHistory,
  cambridgeshireReviewDeadlines,
  cambridgeshireInterventionLevels,
  safelivesRepeat,
  episodeDefaults,
];

const FIELD_LENGTHS = [limits.textLength, limits.labelLength, limits.idLength, 50];
const SKIP_FIELDS = new Set(['id', 'version', 'kind', 'basis', 'instrument', 'screen', 'item', 'trigger']);

function pad(text: string, length: number): string {
  return `${text} `.padEnd(length, 'and more words ').slice(0, length);
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let at = root as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) at = at[part] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = value;
}

function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  let at = root as Record<string | number, unknown>;
  for (const part of path) at = at[part] as Record<string | number, unknown>;
  return at;
}

function proseFields(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'string') {
    if (value.includes(' ') && !SKIP_FIELDS.has(String(path[path.length - 1]))) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((entry, i) => proseFields(entry, [...path, i], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) proseFields(entry, [...path, key], out);
  }
  return out;
}

/**
 * The policy with every prose field (title, summary, reason, source, threshold…) as
 * long as its definition accepts, under a version of its own: a policy at the edge
 * of the limits, whose results must still read back.
 */
export function maximalPolicy<T extends { readonly kind: string; readonly version: string }>(policy: T): T {
  const define = definers[policy.kind]!.define;
  const base = viaJson(policy) as Record<string, unknown>;
  base.version = `${policy.version}-fuzz-max`;
  const fields = proseFields(base);
  const longest = new Map<string, number>();
  for (const path of fields) {
    const original = getAt(base, path) as string;
    for (const length of FIELD_LENGTHS) {
      if (length <= original.length) break;
      const trial = viaJson(base);
      setAt(trial, path, pad(original, length));
      try {
        define(trial);
        longest.set(JSON.stringify(path), length);
        break;
      } catch {
        // too long for this field: try the next length down
      }
    }
  }
  const all = viaJson(base);
  for (const path of fields) {
    const length = longest.get(JSON.stringify(path));
    if (length !== undefined) setAt(all, path, pad(getAt(base, path) as string, length));
  }
  // Fields checked together (a title and its reason, say) are shortened until the whole is accepted.
  for (let round = 0; round < 200; round++) {
    try {
      return define(all) as T;
    } catch (error) {
      if (!isDaRiskError(error)) throw error;
      let shortened = false;
      for (const issue of error.issues) {
        for (const path of fields) {
          const key = JSON.stringify(path);
          if (!longest.has(key)) continue;
          const under = JSON.stringify(issue.path.slice(0, path.length)) === key || JSON.stringify(path.slice(0, issue.path.length)) === JSON.stringify(issue.path);
          if (!under) continue;
          const text = getAt(all, path) as string;
          const original = getAt(base, path) as string;
          if (text.length <= original.length) continue;
          setAt(all, path, text.slice(0, Math.max(original.length, Math.floor(text.length * 0.9))));
          shortened = true;
        }
      }
      if (!shortened) return define(base) as T;
    }
  }
  return define(base) as T;
}

/** One checklist assessment: the input as given, the policy, and the library's result. */
export interface ChecklistCase {
  readonly input: AssessmentInput;
  readonly policy: ScoringPolicy;
  readonly result: AssessmentResult;
}

export interface DaraCase {
  readonly input: DaraInput;
  readonly policy: DaraPolicy;
  readonly result: DaraResult;
}

export interface RimCase {
  readonly input: RimInput;
  readonly policies: { readonly rules: RimPolicy; readonly needs: ThresholdOfNeedPolicy };
  readonly result: RimResult;
}

export interface Pools {
  readonly scoringPolicies: readonly ScoringPolicy[];
  readonly daraPolicies: readonly DaraPolicy[];
  readonly rimPolicies: readonly { readonly rules: RimPolicy; readonly needs: ThresholdOfNeedPolicy }[];
  readonly maracPolicies: readonly MaracPolicy[];
  /** Every policy a stored result may name, for `options.policies`. */
  readonly resultPolicies: readonly (ScoringPolicy | DaraPolicy | RimPolicy | ThresholdOfNeedPolicy)[];
  readonly checklist: readonly ChecklistCase[];
  readonly judged: readonly ChecklistCase[];
  readonly dara: readonly DaraCase[];
  readonly regraded: readonly DaraCase[];
  readonly rim: readonly RimCase[];
  readonly rimJudged: readonly RimCase[];
  readonly cases: readonly unknown[];
  readonly decisions: readonly { readonly input: unknown; readonly policy: MaracPolicy; readonly decision: MaracDecision }[];
  readonly referrals: readonly { readonly input: AssessmentInput; readonly result: AssessmentResult; readonly decision: MaracDecision }[];
  readonly fhir: readonly unknown[];
  readonly definitions: readonly { readonly kind: string }[];
  /** The superseded shipped versions among the definitions (they may be refused by today's format). */
  readonly retired: ReadonlySet<object>;
  readonly instruments: readonly Instrument[];
  readonly wording: readonly { readonly instrument: Instrument; readonly pack: unknown }[];
  readonly dates: readonly string[];
}

const CHECKLISTS = [dashRic2009, policeDash2009, sDash2009];

function sample<T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number): T[] {
  return fc.sample(arbitrary, { numRuns: count, seed });
}

/** A wording pack that covers an edition exactly (its own labels as the "official" text). */
export function wordingFor(instrument: Instrument): unknown {
  return {
    formatVersion: 1,
    instrument: { id: instrument.id, edition: instrument.edition },
    language: 'en-GB',
    kind: 'local',
    licence: 'Held under a local licence for testing.',
    attribution: 'Fuzz harness wording',
    sections: Object.fromEntries(instrument.sections.map((section) => [section.id, section.label])),
    items: Object.fromEntries(
      instrument.items.map((item) => {
        const choices = item.optionGroups.flatMap((group) => group.choices);
        return [item.id, choices.length === 0 ? { text: item.label } : { text: item.label, options: Object.fromEntries(choices.map((c) => [c.id, c.label])) }];
      }),
    ),
  };
}

function freezeDeep(root: unknown): void {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || Object.isFrozen(value)) continue;
    Object.freeze(value);
    for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
  }
}

/**
 * Makes every pool; `size` is the number of valid inputs of each kind. `light` (the short run) leaves out what
 * makes an input large: the policy definitions at the edge of the limits (up to 300 KB each) and the larger case
 * records. The maximal policies are still used, as policies, for the results they give.
 */
export function makePools(seed: number, size: number, light = false): Pools {
  const scoringPolicies = [commonLocalBands, maximalPolicy(commonLocalBands)];
  const daraPolicies = [daraConsistency, maximalPolicy(daraConsistency)];
  const rimPolicies = [
    { rules: barnardosRimRules, needs: londonCafThresholds },
    { rules: maximalPolicy(barnardosRimRules), needs: maximalPolicy(londonCafThresholds) },
  ];
  const maracPolicies = [safelivesPlusLibraryDefaultsMarac, safelivesMarac, caadaCrimeOnlyRepeatMarac, maximalPolicy(safelivesPlusLibraryDefaultsMarac)];
  const resultPolicies = [...scoringPolicies.slice(1), ...daraPolicies.slice(1), rimPolicies[1]!.rules, rimPolicies[1]!.needs];
  const dates = sample(isoDateTimeArbitrary(Date.parse('2024-01-01T00:00:00Z'), Date.parse('2025-12-31T00:00:00Z')), 40, seed);
  const at = (i: number) => dates[i % dates.length]!;

  const checklist: ChecklistCase[] = [];
  CHECKLISTS.forEach((instrument, n) => {
    const plain = sample(assessmentInputArbitrary(instrument), size, seed + n);
    const near = sample(assessmentInputArbitrary(instrument, { nearThreshold: 14 }), Math.ceil(size / 2), seed + 10 + n);
    [...plain, ...near].forEach((input, i) => {
      const given = i % 3 === 0 ? { ...input, id: `assessment-${n}-${i}`, assessedAt: at(i) } : i % 3 === 1 ? { ...input, assessedAt: at(i) } : input;
      const policy = scoringPolicies[i % 4 === 3 ? 1 : 0]!;
      checklist.push({ input: given, policy, result: assess(given, { policy }) });
    });
  });
  const judged = checklist.slice(0, size).map((entry, i) => ({
    ...entry,
    result: applyJudgement(entry.result, { level: 'high', rationale: `Raised on what the victim said, case ${i}.`, by: 'idva-fuzz', at: '2025-12-31T08:00:00Z', referToMarac: i % 2 === 0 }, entry.policy),
  }));

  const dara = sample(daraInputArbitrary(dara2022Provisional), size, seed + 20).map((input, i) => {
    const given = i % 2 === 0 ? { ...input, id: `dara-${i}`, assessedAt: input.grade.at } : input;
    const policy = daraPolicies[i % 4 === 3 ? 1 : 0]!;
    return { input: given, policy, result: assessDara(given, { policy }) };
  });
  const regraded = dara.slice(0, Math.ceil(size / 2)).map((entry, i) => ({
    ...entry,
    result: applyDaraRegrade(entry.result, { level: 'high', rationale: `Supervisor review ${i}.`, by: 'sgt-fuzz', at: '2031-01-01T08:00:00Z' }, entry.policy),
  }));

  const rim = sample(rimInputArbitrary(barnardosRimProvisional), size, seed + 30).map((input, i) => {
    const policies = rimPolicies[i % 4 === 3 ? 1 : 0]!;
    return { input, policies, result: assessRim(input, { policies }) };
  });
  const rimJudged = rim.slice(0, Math.ceil(size / 2)).map((entry, i) => ({
    ...entry,
    result: applyRimJudgement(entry.result, entry.result.children[0]!.childId, { scale: 4, rationale: `Strategy discussion ${i}.`, by: 'sw-fuzz', at: '2025-06-02T10:00:00Z' }, entry.policies),
  }));

  const allCases = sample(caseRecordArbitrary(), light ? size * 2 : size, seed + 40).map((record) => viaJson(record));
  const cases = light ? allCases.filter((record) => JSON.stringify(record).length < 10_000).slice(0, size) : allCases;
  for (const record of cases) parseCase(record); // the kit's case records must be valid: fail loudly here if not

  const decisions: { input: unknown; policy: MaracPolicy; decision: MaracDecision }[] = [];
  const referrals: { input: AssessmentInput; result: AssessmentResult; decision: MaracDecision }[] = [];
  checklist.forEach((entry, i) => {
    if (entry.policy !== commonLocalBands || entry.result.instrument.id !== 'dash-ric') return;
    const input = {
      now: '2025-12-31T12:00:00Z',
      victimAge: 16 + ((i * 7) % 60),
      assessment: entry.result,
      events: [
        { date: at(i), reportedTo: ['police'], crime: true },
        { date: at(i + 5), reportedTo: ['health'], crime: 'unknown', perpetrators: ['p-1'] },
      ],
      ...(i % 3 === 0 ? { previousReferrals: [{ date: '2025-01-02T10:00:00Z' }] } : {}),
    };
    const policy = maracPolicies[i % maracPolicies.length]!;
    const decision = checkMarac<unknown>(input, policy);
    decisions.push({ input, policy, decision });
    if (decision.outcome === 'refer-to-marac' && entry.result.count >= 14 && policy === safelivesPlusLibraryDefaultsMarac) {
      referrals.push({ input: entry.input, result: entry.result, decision });
    }
  });

  // Referrals: inputs with 14 or more yes answers on the DASH RIC, referred on the count.
  const referralInputs = sample(assessmentInputArbitrary(dashRic2009, { nearThreshold: 16 }), Math.max(4, Math.ceil(size / 2)), seed + 50);
  referralInputs.forEach((input, i) => {
    const given = i % 2 === 0 ? { ...input, id: `referred-${i}`, assessedAt: at(i) } : input;
    const result = assess(given);
    if (result.count < 14) return;
    const decision = checkMarac({ now: '2025-12-31T12:00:00Z', victimAge: 17 + i, assessment: result });
    if (decision.outcome === 'refer-to-marac') referrals.push({ input: given, result, decision });
  });

  const fhir = [
    ...checklist.filter((entry) => entry.policy === commonLocalBands).slice(0, size).map((entry) => toQuestionnaireResponse(CHECKLISTS.find((c) => c.id === entry.input.instrument.id)!, entry.input)),
    ...dara.slice(0, Math.ceil(size / 2)).map((entry) => toQuestionnaireResponse(dara2022Provisional, entry.input)),
  ];

  const retired = new Set<object>(retiredPolicies.map((entry) => entry.policy));
  const maximal = shippedPolicies.map((policy) => maximalPolicy(policy as never) as { kind: string });
  const definitions = [...shippedPolicies, ...(light ? [] : maximal), ...retired].map((policy) => policy as { kind: string });
  const instruments = [...shippedInstruments];
  const wording = instruments.map((instrument) => ({ instrument, pack: wordingFor(instrument) }));
  // Frozen, so that their JSON text is made once (see viaJson) and no target can change them.
  for (const value of [checklist, judged, dara, regraded, rim, rimJudged, cases, decisions, referrals, fhir, wording]) freezeDeep(value);
  return {
    scoringPolicies,
    daraPolicies,
    rimPolicies,
    maracPolicies,
    resultPolicies,
    checklist,
    judged,
    dara,
    regraded,
    rim,
    rimJudged,
    cases,
    decisions,
    referrals,
    fhir,
    definitions,
    retired,
    instruments,
    wording,
    dates,
  };
}
