// Every exported function that takes outside data, with valid arguments to start from
// and, where the library has one, the reader that must take its output back.
import {
  applyDaraRegrade,
  applyJudgement,
  applyRimJudgement,
  applyRimUpliftDecision,
  assess,
  assessAny,
  assessDara,
  assessmentStatus,
  assessRim,
  attachWording,
  cambridgeshireInterventionLevels,
  cambridgeshireReviewDeadlines,
  caseEpisode,
  caseMaracCheck,
  commonLocalBands,
  checkMarac,
  checkSafetyPlan,
  compareAssessments,
  compareEditions,
  createRegistry,
  defaultRegistry,
  dashRic2009,
  defineInstrument,
  disclosures,
  dueReassessments,
  everyIncident,
  fromQuestionnaireResponse,
  interventionLevel,
  isDaRiskError,
  managementInformation,
  maracReferral,
  parseCase,
  policeDash2009,
  reassessmentDefaults,
  reportingSeverity,
  reviewDeadlines,
  safelivesPlusLibraryDefaultsMarac,
  safelivesRepeat,
  severityOf,
  sharedConcepts,
  validateAssessmentInput,
  validateCase,
  verifyResult,
  youngPeoplePathway,
  type Instrument,
  type MaracDecision,
} from '../../src/index.js';
import { checkDecisionMeaning } from '../../src/core/case/referral.js';
import { maracDecisionSchema } from '../../src/validate/case-schema.js';
import { snapshot, viaJson } from './inspect.js';
import { definers, type Pools } from './pools.js';

/** One set of valid arguments, and what is known about it. */
export interface ValidArgs {
  readonly args: unknown[];
  /** The library must accept these arguments as they are. */
  readonly mustAccept: boolean;
  /** What the read-back needs (the input a result was made from, the policies it names…). */
  readonly meta?: Readonly<Record<string, unknown>>;
}

export interface Target {
  readonly name: string;
  /** Indexes of the arguments that are outside data (mutated and replaced by the fuzzer). */
  readonly outside: readonly number[];
  /** Outside arguments given as they are when valid (the library's own editions), not as JSON copies. */
  readonly keep?: readonly number[];
  /** How many sets of valid arguments there are. */
  readonly count: number;
  /**
   * The valid arguments number `i`: the pools' own (frozen) values. The fuzzer gives the function JSON copies of
   * them (what a case system stores and gives back), except at the `keep` positions.
   */
  valid(i: number): ValidArgs;
  call(args: readonly unknown[]): unknown;
  /** Returns `{ ok, value | error }` instead of throwing. */
  readonly validated?: boolean;
  /** Problems reading the output back (empty when it reads back); `mutated` says whether the arguments were changed. */
  readBack?(output: unknown, args: readonly unknown[], meta: ValidArgs['meta'], mutated: boolean): string | null;
  /**
   * A known stall in a file this harness's author may not change: no array of length 2^32 - 1
   * is given to this function (the stall is reported instead, with its reproduction).
   */
  readonly knownStall?: string;
  /**
   * Defects found in files this harness's author may not change, reported with their reproduction: a failure of
   * `oracle` whose detail matches `where` is counted as known, not as a failure.
   */
  readonly known?: readonly { readonly oracle: 'escaped'; readonly where: RegExp; readonly note: string }[];
  /** Oracles that do not apply to this function, each with the reason. */
  readonly exempt?: Readonly<Partial<Record<'not-frozen' | 'not-json', string>>>;
  /** How costly one input is, compared with the others (1 when not given): a short run gives costly functions fewer inputs. */
  readonly cost?: number;
  /** Valid values of other kinds, grafted into inputs by the mutator. */
  readonly grafts?: readonly unknown[];
}

const NOW = '2026-01-01T00:00:00Z';

const pick = <T>(pool: readonly T[], i: number): T => pool[i % pool.length]!;

function jsonOrUndefined(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function attempt(label: string, run: () => string | null): string | null {
  try {
    return run();
  } catch (error) {
    return `${label} threw ${isDaRiskError(error) ? `${error.code}: ${error.message}` : String(error)}`.slice(0, 400);
  }
}

function sameData(a: unknown, b: unknown): boolean {
  return snapshot(a, false) === snapshot(b, false);
}

/** A result read back as any stored result is: by `severityOf`, which reads back every kind. */
function resultReadsBack(result: unknown, policies: readonly unknown[]): string | null {
  return attempt('severityOf(result from JSON)', () => {
    severityOf(viaJson(result), reportingSeverity, { policies: policies as never });
    return null;
  });
}

/** A result replayed from the input it was made from: identical, wording and all. */
function verifies(input: unknown, result: unknown, policies: readonly unknown[], identical: boolean): string | null {
  const json = jsonOrUndefined(input);
  if (json === undefined) return null;
  return attempt('verifyResult(input, result from JSON)', () => {
    const check = verifyResult(json as unknown, viaJson(result), { policies: policies as never });
    if (identical ? !check.identical : !check.reproduces) return `verifyResult: ${JSON.stringify(check.differences).slice(0, 300)}`;
    return null;
  });
}

function decisionReadsBack(decision: unknown): string | null {
  return attempt('the MARAC decision schema', () => {
    const json = viaJson(decision);
    const parsed = maracDecisionSchema.safeParse(json);
    if (!parsed.success) return `decision refused on read: ${JSON.stringify(parsed.error.issues).slice(0, 300)}`;
    if (!sameData(parsed.data, json)) return 'decision read back differently';
    checkDecisionMeaning(parsed.data as MaracDecision);
    return null;
  });
}

function both(...problems: (string | null)[]): string | null {
  return problems.find((problem) => problem !== null) ?? null;
}

/** Every target, over the pools. */
export function makeTargets(pools: Pools): Target[] {
  const policies = pools.resultPolicies;
  const options = { policies };
  const results = [...pools.checklist.map((e) => e.result), ...pools.dara.map((e) => e.result), ...pools.rim.map((e) => e.result)];
  const grafts: unknown[] = [
    ...pools.checklist.slice(0, 3).map((e) => e.input),
    ...results.filter((_, i) => i % 17 === 0),
    pools.decisions[0]?.decision,
    pools.cases[0],
    pools.fhir[0],
    ...pools.dates.slice(0, 3),
  ].filter((value) => value !== undefined);
  const definitionsOf = (kind: string) => pools.definitions.filter((policy) => policy.kind === kind);
  const shippedKinds = new Set(pools.definitions.map((policy) => policy.kind));
  const targets: Target[] = [];

  const checklistTargets: Target[] = [
    {
      name: 'assess',
      outside: [0],
      count: pools.checklist.length,
      valid: (i) => {
        const entry = pick(pools.checklist, i);
        return { args: [entry.input, { policy: entry.policy }], mustAccept: true };
      },
      call: (args) => assess(args[0], args[1] as never),
      readBack: (output, args) => both(verifies(args[0], output, policies, true), resultReadsBack(output, policies)),
    },
    {
      // Any family, by the edition the input names: a checklist, a DARA or a RIM input in turn.
      name: 'assessAny',
      outside: [0],
      count: pools.checklist.length + pools.dara.length + pools.rim.length,
      valid: (i) => {
        if (i % 3 === 0) {
          const entry = pick(pools.checklist, i);
          return { args: [entry.input, { scoring: entry.policy }], mustAccept: true };
        }
        return { args: [(i % 3 === 1 ? pick(pools.dara, i) : pick(pools.rim, i)).input, {}], mustAccept: true };
      },
      call: (args) => assessAny(args[0], args[1] as never),
    },
    {
      name: 'assessAny (options)',
      outside: [1],
      count: pools.checklist.length,
      valid: (i) => ({ args: [pick(pools.checklist, i).input, {}], mustAccept: true }),
      call: (args) => assessAny(args[0], args[1] as never),
    },
    {
      name: 'validateAssessmentInput',
      outside: [0],
      count: pools.checklist.length,
      valid: (i) => ({ args: [pick(pools.checklist, i).input], mustAccept: true }),
      call: (args) => validateAssessmentInput(args[0]),
      validated: true,
      // Not a result: the caller's own validated copy of their input ({ instrument, input }). Reported, not hidden:
      // see the "validateAssessmentInput is not frozen" note in the fuzz report.
      readBack: (output) =>
        attempt('validateAssessmentInput(input from JSON)', () => {
          const input = (output as { value: { input: unknown } }).value.input;
          const again = validateAssessmentInput(viaJson(input));
          if (!again.ok) return `refused on read: ${again.error.message}`;
          return sameData(again.value.input, input) ? null : 'read back differently';
        }),
    },
    {
      name: 'applyJudgement',
      cost: 2,
      outside: [0, 1],
      count: pools.checklist.length,
      valid: (i) => {
        const entry = pick(i % 2 === 0 ? pools.checklist : pools.judged, i);
        return {
          args: [entry.result, { level: 'high', rationale: `Raised after the victim disclosed more, ${i}.`, by: 'idva-judge', at: '2025-12-31T09:00:00Z' }, entry.policy, options],
          mustAccept: true,
          meta: { input: entry.input },
        };
      },
      call: (args) => applyJudgement(args[0], args[1], args[2] as never, args[3] as never),
      readBack: (output, _, meta, mutated) => both(mutated ? null : verifies(meta!.input, output, policies, true), resultReadsBack(output, policies)),
    },
  ];
  targets.push(...checklistTargets);

  targets.push(
    {
      name: 'assessDara',
      outside: [0],
      count: pools.dara.length,
      valid: (i) => {
        const entry = pick(pools.dara, i);
        return { args: [entry.input, { policy: entry.policy }], mustAccept: true };
      },
      call: (args) => assessDara(args[0], args[1] as never),
      readBack: (output, args) => both(verifies(args[0], output, policies, true), resultReadsBack(output, policies)),
    },
    {
      name: 'applyDaraRegrade',
      cost: 2,
      outside: [0, 1],
      count: pools.dara.length,
      valid: (i) => {
        const entry = pick(i % 2 === 0 ? pools.dara : pools.regraded, i);
        return {
          args: [entry.result, { level: 'high', rationale: `Supervisor raised it, ${i}.`, by: 'sgt-judge', at: '2031-01-01T09:00:00Z' }, entry.policy, options],
          mustAccept: true,
          meta: { input: entry.input },
        };
      },
      call: (args) => applyDaraRegrade(args[0], args[1], args[2] as never, args[3] as never),
      readBack: (output, _, meta, mutated) => both(mutated ? null : verifies(meta!.input, output, policies, true), resultReadsBack(output, policies)),
    },
    {
      name: 'assessRim',
      outside: [0],
      count: pools.rim.length,
      valid: (i) => {
        const entry = pick(pools.rim, i);
        return { args: [entry.input, { policies: entry.policies }], mustAccept: true };
      },
      call: (args) => assessRim(args[0], args[1] as never),
      readBack: (output, args) => both(verifies(args[0], output, policies, true), resultReadsBack(output, policies)),
    },
    {
      name: 'applyRimUpliftDecision',
      cost: 2,
      outside: [0, 1, 2],
      count: pools.rim.length,
      valid: (i) => {
        const entry = pick(pools.rim, i);
        const child = entry.result.children.find((c) => c.uplift?.decision === 'pending') ?? entry.result.children[0]!;
        return {
          args: [entry.result, child.childId, { accept: i % 2 === 0, rationale: `Decided at the strategy meeting, ${i}.`, by: 'sw-judge', at: '2025-06-02T09:00:00Z' }, entry.policies, options],
          mustAccept: child.uplift?.decision === 'pending',
          meta: { input: entry.input },
        };
      },
      call: (args) => applyRimUpliftDecision(args[0], args[1], args[2], args[3] as never, args[4] as never),
      readBack: (output, _, meta, mutated) => both(mutated ? null : verifies(meta!.input, output, policies, true), resultReadsBack(output, policies)),
    },
    {
      name: 'applyRimJudgement',
      cost: 2,
      outside: [0, 1, 2],
      count: pools.rim.length,
      valid: (i) => {
        const entry = pick(i % 2 === 0 ? pools.rim : pools.rimJudged, i);
        const child = pick(entry.result.children, i);
        return {
          args: [entry.result, child.childId, { scale: 4, rationale: `Confirmed at strategy discussion, ${i}.`, by: 'sw-judge', at: '2025-06-02T11:00:00Z' }, entry.policies, options],
          mustAccept: true,
          meta: { input: entry.input },
        };
      },
      call: (args) => applyRimJudgement(args[0], args[1], args[2], args[3] as never, args[4] as never),
      readBack: (output, _, meta, mutated) => both(mutated ? null : verifies(meta!.input, output, policies, true), resultReadsBack(output, policies)),
    },
    {
      name: 'verifyResult',
      cost: 2,
      outside: [0, 1],
      count: pools.checklist.length + pools.dara.length + pools.rim.length,
      valid: (i) => {
        const all = [...pools.checklist, ...pools.judged, ...pools.dara, ...pools.regraded, ...pools.rim, ...pools.rimJudged];
        const entry = pick(all, i);
        return { args: [entry.input, entry.result, options], mustAccept: true };
      },
      call: (args) => verifyResult(args[0], args[1], args[2] as never),
      readBack: (output, _, __, mutated) => (mutated || (output as { identical: boolean }).identical ? null : 'a valid stored pair is not identical on replay'),
    },
    {
      name: 'checkMarac',
      outside: [0],
      count: pools.decisions.length,
      valid: (i) => {
        const entry = pick(pools.decisions, i);
        return { args: [entry.input, entry.policy, options], mustAccept: true };
      },
      call: (args) => checkMarac(args[0], args[1] as never, args[2] as never),
      readBack: (output) => decisionReadsBack(output),
    },
    {
      name: 'youngPeoplePathway',
      outside: [0],
      count: 132,
      valid: (i) => ({ args: [{ victimAge: i === 131 ? null : i }], mustAccept: true }),
      call: (args) => youngPeoplePathway(args[0]),
    },
    // The options arguments, fuzzed on their own: empty options (the defaults) are the valid form; the
    // policies and registries inside them are identified by the library's own copies, so the fuzzer's
    // values for them can only be refused, never taken.
    {
      name: 'assess (options)',
      outside: [1],
      count: pools.checklist.length,
      valid: (i) => ({ args: [pick(pools.checklist, i).input, {}], mustAccept: true }),
      call: (args) => assess(args[0], args[1] as never),
    },
    {
      name: 'assessDara (options)',
      outside: [1],
      count: pools.dara.length,
      valid: (i) => ({ args: [pick(pools.dara, i).input, {}], mustAccept: true }),
      call: (args) => assessDara(args[0], args[1] as never),
    },
    {
      name: 'assessRim (options)',
      outside: [1],
      count: pools.rim.length,
      valid: (i) => ({ args: [pick(pools.rim, i).input, {}], mustAccept: true }),
      call: (args) => assessRim(args[0], args[1] as never),
    },
    {
      name: 'verifyResult (options)',
      outside: [2],
      count: pools.checklist.length,
      valid: (i) => {
        const entry = pick(pools.checklist, i);
        return { args: [entry.input, entry.result, {}], mustAccept: entry.policy === commonLocalBands };
      },
      call: (args) => verifyResult(args[0], args[1], args[2] as never),
    },
    {
      name: 'youngPeoplePathway (options)',
      outside: [2],
      count: 4,
      valid: () => ({ args: [{ victimAge: 16 }, undefined, {}], mustAccept: true }),
      call: (args) => youngPeoplePathway(args[0], args[1] as never, args[2] as never),
    },
  );

  for (const [kind, { name, define }] of Object.entries(definers)) {
    const mine = definitionsOf(kind);
    if (!shippedKinds.has(kind) || mine.length === 0) continue;
    targets.push({
      name,
      outside: [0],
      count: mine.length,
      valid: (i) => {
        const policy = pick(mine, i);
        // Superseded versions predate fields the format now requires: they may be refused.
        const retired = pools.retired.has(policy);
        return { args: [policy], mustAccept: !retired };
      },
      call: (args) => define(args[0]),
      readBack: (output) =>
        attempt(`${name}(policy from JSON)`, () => (sameData(define(viaJson(output)), output) ? null : 'read back differently')),
    });
  }

  targets.push(
    {
      name: 'defineInstrument',
      outside: [0],
      count: pools.instruments.length,
      valid: (i) => ({ args: [pick(pools.instruments, i)], mustAccept: true }),
      call: (args) => defineInstrument(args[0]),
      readBack: (output) => attempt('defineInstrument(edition from JSON)', () => (sameData(defineInstrument(viaJson(output)), output) ? null : 'read back differently')),
    },
    {
      name: 'attachWording',
      outside: [0, 1],
      keep: [0],
      count: pools.wording.length,
      valid: (i) => {
        const entry = pick(pools.wording, i);
        return { args: [entry.instrument, entry.pack], mustAccept: true };
      },
      call: (args) => attachWording(args[0] as Instrument, args[1]),
      readBack: (output) =>
        attempt('attachWording(wording from JSON)', () => {
          const worded = output as { instrument: Instrument; wording: unknown };
          return sameData(attachWording(worded.instrument, viaJson(worded.wording)), output) ? null : 'read back differently';
        }),
    },
    {
      name: 'createRegistry',
      outside: [0],
      keep: [0],
      count: pools.instruments.length,
      valid: (i) => ({ args: [pools.instruments.slice(0, (i % pools.instruments.length) + 1)], mustAccept: true }),
      call: (args) => createRegistry(args[0] as Instrument[]),
      exempt: { 'not-json': 'a registry is an object of lookup functions, not data' },
    },
    {
      name: 'compareEditions',
      outside: [0, 1],
      keep: [0, 1],
      count: pools.instruments.length * 2,
      valid: (i) => ({ args: [i % 2 === 0 ? dashRic2009 : policeDash2009, pick(pools.instruments, i >> 1)], mustAccept: true }),
      call: (args) => compareEditions(args[0] as Instrument, args[1] as Instrument),
    },
  );

  const caseTarget = (name: string, run: (record: unknown, now: unknown) => unknown, readBack?: Target['readBack']): Target => ({
    name,
    outside: [0, 1],
    count: pools.cases.length,
    valid: (i) => ({ args: [pick(pools.cases, i), i % 5 === 0 ? '2025-06-30T12:00:00+01:00' : NOW], mustAccept: true }),
    call: (args) => run(args[0], args[1]),
    cost: 5,
    ...(readBack === undefined ? {} : { readBack }),
  });

  targets.push(
    {
      name: 'parseCase',
      cost: 5,
      outside: [0],
      count: pools.cases.length,
      valid: (i) => ({ args: [pick(pools.cases, i), options], mustAccept: true }),
      call: (args) => parseCase(args[0], args[1] as never),
      readBack: (output) => attempt('parseCase(record from JSON)', () => (sameData(parseCase(viaJson(output), options as never), output) ? null : 'read back differently')),
    },
    {
      name: 'validateCase',
      cost: 5,
      outside: [0],
      count: pools.cases.length,
      valid: (i) => ({ args: [pick(pools.cases, i), options], mustAccept: true }),
      call: (args) => validateCase(args[0], args[1] as never),
      validated: true,
      readBack: (output) =>
        attempt('parseCase(record from JSON)', () => {
          const record = (output as { value: unknown }).value;
          return sameData(parseCase(viaJson(record), options as never), record) ? null : 'read back differently';
        }),
    },
    caseTarget('dueReassessments', (record, now) => dueReassessments(record, now as string, reassessmentDefaults)),
    caseTarget('assessmentStatus', (record, now) => assessmentStatus(record, now as string, everyIncident)),
    caseTarget('reviewDeadlines', (record, now) => reviewDeadlines(record, now as string, cambridgeshireReviewDeadlines)),
    caseTarget('caseMaracCheck', (record, now) => caseMaracCheck(record, now as string), (output) => decisionReadsBack(output)),
    caseTarget('checkSafetyPlan', (record, now) => checkSafetyPlan(record, now as string)),
    caseTarget('interventionLevel', (record, now) => interventionLevel(record, now as string, cambridgeshireInterventionLevels)),
    caseTarget('caseEpisode', (record, now) => caseEpisode(record, now as string)),
    {
      name: 'managementInformation',
      cost: 8,
      outside: [0, 1],
      keep: [1],
      count: pools.cases.length,
      valid: (i) => ({
        args: [
          [pick(pools.cases, i), pick(pools.cases, i + 1)],
          { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z', now: NOW, repeat: safelivesRepeat, reassessment: reassessmentDefaults, assessmentRequired: everyIncident },
        ],
        mustAccept: true,
      }),
      call: (args) => managementInformation(args[0] as unknown[], args[1] as never),
    },
    {
      name: 'compareAssessments',
      cost: 2,
      outside: [0, 1],
      count: pools.checklist.length,
      valid: (i) => {
        // Two results that share items: DASH RIC and police DASH with each other or with DARA (the S-DASH shares none with DARA).
        const comparable = [...pools.checklist.filter((e) => e.input.instrument.id !== 's-dash'), ...pools.dara];
        return { args: [pick(comparable, i).result, pick(comparable, i * 7 + 3).result, reassessmentDefaults, options], mustAccept: true };
      },
      call: (args) => compareAssessments(args[0], args[1], args[2] as never, args[3] as never),
    },
    {
      name: 'maracReferral',
      cost: 2,
      outside: [0, 1, 2],
      count: Math.max(1, pools.referrals.length),
      valid: (i) => {
        const entry = pick(pools.referrals, i);
        return {
          args: [
            { input: entry.input, result: entry.result },
            entry.decision,
            { referredAt: '2025-12-31T15:00:00Z', referredBy: 'idva-0042', agency: 'idva', minimise: i % 2 === 0, ...(i % 3 === 0 ? { referralId: `ref-${i}` } : {}) },
          ],
          mustAccept: true,
        };
      },
      call: (args) => maracReferral(args[0] as never, args[1], args[2] as never),
    },
    {
      name: 'disclosures',
      cost: 2,
      outside: [0, 1],
      count: results.length,
      valid: (i) => ({ args: [[pick(results, i), pick(results, i * 5 + 1)], sharedConcepts, options], mustAccept: true }),
      call: (args) => disclosures(args[0] as unknown[], args[1] as never, args[2] as never),
    },
    {
      name: 'severityOf',
      outside: [0, 1],
      count: results.length,
      valid: (i) => ({ args: [pick(results, i), reportingSeverity, options], mustAccept: true }),
      call: (args) => severityOf(args[0], args[1] as never, args[2] as never),
    },
    {
      name: 'fromQuestionnaireResponse',
      outside: [0, 2],
      count: pools.fhir.length,
      valid: (i) => ({ args: [pick(pools.fhir, i), defaultRegistry, {}], mustAccept: true }),
      call: (args) => fromQuestionnaireResponse(args[0], args[1] as never, args[2] as never),
      readBack: (output) =>
        attempt('the input read back from FHIR', () => {
          const { instrument, input } = output as { instrument: Instrument; input: unknown };
          if (instrument.scoring === 'assessor-grade') {
            assessDara(viaJson(input));
            return null;
          }
          const again = validateAssessmentInput(viaJson(input));
          return again.ok ? null : `refused: ${again.error.message}`;
        }),
    },
    {
      name: 'isDaRiskError',
      outside: [0],
      count: 1,
      valid: () => ({ args: [{ name: 'DaRiskError', message: 'x', code: 'invalid-input', issues: [] }], mustAccept: true }),
      call: (args) => isDaRiskError(args[0]),
    },
  );
  void safelivesPlusLibraryDefaultsMarac;
  return targets.map((target) => ({ ...target, grafts }));
}
