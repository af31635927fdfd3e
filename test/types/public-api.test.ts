/**
 * Type tests of the public API, imported from the package entries as a consumer sees them.
 * `expectTypeOf` does nothing at run time: `npx tsc --noEmit` is what checks this file (it is in
 * tsconfig's `include: ["test"]`). Lines that must not compile sit inside {@link compileOnly}
 * bodies, which are never called, under `// @ts-expect-error`.
 *
 * The split it holds: trusted functions (`assessTrusted`, `applyJudgementTrusted`, `checkMaracTrusted`, `assessDaraTrusted`,
 * `assessRimTrusted`, `maracReferralTrusted`, …) take typed input and refuse `unknown`; the validating
 * edge (`assess`, `applyJudgement`, `checkMarac`, `assessDara`, `assessRim`, the case functions,
 * `verifyResult`, the define* functions) takes `unknown` today and returns typed, readonly results.
 */
import { describe, expectTypeOf, it } from 'vitest';
import * as index from '../../src/index.js';
import {
  applyJudgement,
  assess,
  assessDara,
  assessRim,
  maracReferralTrusted,
  caseEpisode,
  checkMarac,
  defaultRegistry,
  defineDaraPolicy,
  defineEpisodePolicy,
  defineInstrument,
  defineMaracPolicy,
  defineReassessmentPolicy,
  defineRimPolicy,
  defineScoringPolicy,
  defineThresholdOfNeedPolicy,
  defineYoungPeoplePathway,
  dueReassessments,
  maracReferral,
  validateAssessmentInput,
  validateCase,
  verifyResult,
  type AssessOptions,
  type AssessDaraOptions,
  type AssessRimOptions,
  type CaseRecord,
  type DueReassessments,
  type InstrumentRegistry,
  type MaracReferralPayload,
  type ReassessmentPolicy,
  type ReferralOptions,
  type ResultVerification,
  type StoredResultOptions,
  type Validated,
  type YoungPeoplePathway,
} from '../../src/index.js';
import { applyJudgementTrusted, assessTrusted, type AssessmentInput, type AssessmentResult, type Instrument, type Judgement, type MaracPolicy, type RiskLevel, type ScoringPolicy } from '../../src/score.js';
import { checkMaracTrusted, type CaseEpisode, type EpisodePolicy, type MaracCheckInput, type MaracDecision } from '../../src/marac.js';
import { assessDaraTrusted, applyDaraRegradeTrusted, type DaraInput, type DaraPolicy, type DaraResult } from '../../src/dara.js';
import { assessRimTrusted, applyRimUpliftDecisionTrusted, applyRimJudgementTrusted, type RimInput, type RimPolicies, type RimPolicy, type RimResult, type ThresholdOfNeedPolicy } from '../../src/rim.js';
import { dashRic2009, dara2022Provisional, barnardosRimProvisional } from '../../src/instruments.js';
import { commonLocalBands, daraConsistency, safelivesMarac, barnardosRimRules, londonCafThresholds, reassessmentDefaults, episodeDefaults } from '../../src/policies.js';

/** Holds code for the type checker only: the body is never run. */
function compileOnly(_body: () => void): void {}

describe('public API types', () => {
  it('the inputs are readonly, typed records', () => {
    expectTypeOf<AssessmentInput>().toExtend<{ readonly answers: { readonly [itemId: string]: { readonly value: string } } }>();
    expectTypeOf<AssessmentInput['instrument']>().toExtend<{ readonly id: string; readonly edition: string }>();
    expectTypeOf<Judgement>().toExtend<{ readonly level: RiskLevel; readonly rationale: string; readonly by: string; readonly at: string }>();
    expectTypeOf<CaseRecord>().toExtend<{ readonly assessments: readonly unknown[]; readonly events: readonly unknown[] }>();
    expectTypeOf<MaracCheckInput>().toExtend<{ readonly now: string; readonly assessment?: AssessmentResult | DaraResult }>();
    expectTypeOf<RiskLevel>().toEqualTypeOf<'standard' | 'medium' | 'high'>();
    compileOnly(() => {
      const input: AssessmentInput = { instrument: { id: 'dash-ric', edition: '2009' }, answers: { 'current-injury': { value: 'yes' } } };
      // @ts-expect-error an answer is an object with a value, not a bare string
      const bare: AssessmentInput = { instrument: { id: 'dash-ric', edition: '2009' }, answers: { 'current-injury': 'yes' } };
      // @ts-expect-error inputs are readonly
      input.answers = {};
      // @ts-expect-error a judgement's level is a risk level
      const judgement: Judgement = { level: 'severe', rationale: 'r', by: 'p', at: '2025-01-01T00:00:00Z' };
      void [bare, judgement];
    });
  });

  it('the shipped editions and policies have the policy types the functions take', () => {
    expectTypeOf(dashRic2009).toExtend<Instrument>();
    expectTypeOf(commonLocalBands).toExtend<ScoringPolicy>();
    expectTypeOf(safelivesMarac).toExtend<MaracPolicy>();
    expectTypeOf(daraConsistency).toExtend<DaraPolicy>();
    expectTypeOf(barnardosRimRules).toExtend<RimPolicy>();
    expectTypeOf(londonCafThresholds).toExtend<ThresholdOfNeedPolicy>();
    expectTypeOf(reassessmentDefaults).toExtend<ReassessmentPolicy>();
    expectTypeOf(episodeDefaults).toExtend<EpisodePolicy>();
    expectTypeOf(defaultRegistry).toEqualTypeOf<InstrumentRegistry>();
  });

  it('trusted functions take typed input and return typed results', () => {
    expectTypeOf(assessTrusted).parameters.toEqualTypeOf<[instrument: Instrument, input: AssessmentInput, policy: ScoringPolicy]>();
    expectTypeOf(assessTrusted).returns.toEqualTypeOf<AssessmentResult>();
    expectTypeOf(applyJudgementTrusted).parameters.toEqualTypeOf<[result: AssessmentResult, judgement: Judgement, policy: ScoringPolicy]>();
    expectTypeOf(applyJudgementTrusted).returns.toEqualTypeOf<AssessmentResult>();
    expectTypeOf(checkMaracTrusted).parameters.toEqualTypeOf<[input: MaracCheckInput, policy: MaracPolicy]>();
    expectTypeOf(checkMaracTrusted).returns.toEqualTypeOf<MaracDecision>();
    expectTypeOf(assessDaraTrusted).parameters.toEqualTypeOf<[instrument: Instrument, input: DaraInput, policy: DaraPolicy]>();
    expectTypeOf(assessDaraTrusted).returns.toEqualTypeOf<DaraResult>();
    expectTypeOf(applyDaraRegradeTrusted).parameters.toEqualTypeOf<[result: DaraResult, judgement: Judgement, policy: DaraPolicy]>();
    expectTypeOf(applyDaraRegradeTrusted).returns.toEqualTypeOf<DaraResult>();
    expectTypeOf(assessRimTrusted).parameters.toEqualTypeOf<[instrument: Instrument, input: RimInput, policies: RimPolicies]>();
    expectTypeOf(assessRimTrusted).returns.toEqualTypeOf<RimResult>();
    expectTypeOf(applyRimUpliftDecisionTrusted).parameter(0).toEqualTypeOf<RimResult>();
    expectTypeOf(applyRimUpliftDecisionTrusted).returns.toEqualTypeOf<RimResult>();
    expectTypeOf(applyRimJudgementTrusted).parameter(0).toEqualTypeOf<RimResult>();
    expectTypeOf(applyRimJudgementTrusted).returns.toEqualTypeOf<RimResult>();
    expectTypeOf(maracReferralTrusted).parameters.toEqualTypeOf<
      [
        stored: { readonly instrument: Instrument; readonly input: AssessmentInput; readonly result: AssessmentResult },
        decision: MaracDecision,
        options: ReferralOptions,
      ]
    >();
    expectTypeOf(maracReferralTrusted).returns.toEqualTypeOf<MaracReferralPayload>();
    expectTypeOf<RimPolicies>().toEqualTypeOf<{ readonly rules: RimPolicy; readonly needs: ThresholdOfNeedPolicy }>();
  });

  it('trusted functions refuse an unknown argument at compile time', () => {
    compileOnly(() => {
      const outside: unknown = JSON.parse('{}');
      const result = assessTrusted(dashRic2009, { instrument: { id: 'dash-ric', edition: '2009' }, answers: {} }, commonLocalBands);
      // @ts-expect-error score takes an AssessmentInput, not outside data (use assess)
      assessTrusted(dashRic2009, outside, commonLocalBands);
      // @ts-expect-error the edition too is typed
      assessTrusted(outside, { instrument: { id: 'dash-ric', edition: '2009' }, answers: {} }, commonLocalBands);
      // @ts-expect-error judge takes a Judgement (use applyJudgement)
      applyJudgementTrusted(result, outside, commonLocalBands);
      // @ts-expect-error judge takes a result it can trust
      applyJudgementTrusted(outside, { level: 'high', rationale: 'r', by: 'p', at: '2025-01-01T00:00:00Z' }, commonLocalBands);
      // @ts-expect-error checkMaracTrusted takes a MaracCheckInput (use checkMarac)
      checkMaracTrusted(outside, safelivesMarac);
      // @ts-expect-error assessDaraTrusted takes a DaraInput (use assessDara)
      assessDaraTrusted(dara2022Provisional, outside, daraConsistency);
      // @ts-expect-error assessRimTrusted takes a RimInput (use assessRim)
      assessRimTrusted(barnardosRimProvisional, outside, { rules: barnardosRimRules, needs: londonCafThresholds });
      // @ts-expect-error maracReferralTrusted takes typed parts (use maracReferral)
      maracReferralTrusted(outside, outside, { referredAt: '2025-01-01T00:00:00Z', referredBy: 'p', agency: 'idva' });
    });
  });

  it('the validating edge takes unknown today and returns typed results', () => {
    expectTypeOf(assess).parameters.toEqualTypeOf<[input: unknown, options?: AssessOptions]>();
    expectTypeOf(assess).returns.toEqualTypeOf<AssessmentResult>();
    expectTypeOf(applyJudgement).parameter(0).toBeUnknown();
    expectTypeOf(applyJudgement).parameter(1).toBeUnknown();
    expectTypeOf(applyJudgement).parameter(2).toEqualTypeOf<ScoringPolicy | undefined>();
    expectTypeOf(applyJudgement).parameter(3).toEqualTypeOf<StoredResultOptions | undefined>();
    expectTypeOf(applyJudgement).returns.toEqualTypeOf<AssessmentResult>();
    expectTypeOf(checkMarac).parameter(0).toBeUnknown();
    expectTypeOf(checkMarac).parameter(1).toEqualTypeOf<MaracPolicy | undefined>();
    expectTypeOf(checkMarac).returns.toEqualTypeOf<MaracDecision>();
    expectTypeOf(assessDara).parameters.toEqualTypeOf<[input: unknown, options?: AssessDaraOptions]>();
    expectTypeOf(assessDara).returns.toEqualTypeOf<DaraResult>();
    expectTypeOf(assessRim).parameters.toEqualTypeOf<[input: unknown, options?: AssessRimOptions]>();
    expectTypeOf(assessRim).returns.toEqualTypeOf<RimResult>();
    expectTypeOf(verifyResult).parameters.toEqualTypeOf<[input: unknown, result: unknown, options?: StoredResultOptions]>();
    expectTypeOf(verifyResult).returns.toEqualTypeOf<ResultVerification>();
    expectTypeOf<ResultVerification>().toExtend<{ readonly reproduces: boolean; readonly identical: boolean }>();

    // Case functions read a CaseRecord from outside data: the record is unknown today.
    expectTypeOf(dueReassessments).parameter(0).toBeUnknown();
    expectTypeOf(dueReassessments).parameter(1).toEqualTypeOf<string>();
    expectTypeOf(dueReassessments).parameter(2).toEqualTypeOf<ReassessmentPolicy>();
    expectTypeOf(dueReassessments).returns.toEqualTypeOf<DueReassessments>();
    expectTypeOf(caseEpisode).parameter(0).toBeUnknown();
    expectTypeOf(caseEpisode).parameter(2).toEqualTypeOf<EpisodePolicy | undefined>();
    expectTypeOf(caseEpisode).returns.toEqualTypeOf<CaseEpisode>();
    expectTypeOf(validateCase).returns.toEqualTypeOf<Validated<CaseRecord>>();
    expectTypeOf(maracReferral).parameter(0).toEqualTypeOf<{ readonly input: unknown; readonly result: unknown }>();
    expectTypeOf(maracReferral).parameter(1).toBeUnknown();
    expectTypeOf(maracReferral).parameter(2).toEqualTypeOf<ReferralOptions>();
    expectTypeOf(maracReferral).returns.toEqualTypeOf<MaracReferralPayload>();
  });

  it('validateAssessmentInput returns a Validated union that narrows on ok', () => {
    type Checked = Validated<{ readonly instrument: Instrument; readonly input: AssessmentInput }>;
    expectTypeOf(validateAssessmentInput).parameters.toEqualTypeOf<[input: unknown, registry?: InstrumentRegistry]>();
    expectTypeOf(validateAssessmentInput).returns.toEqualTypeOf<Checked>();
    expectTypeOf<Validated<number>>().toEqualTypeOf<
      { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: index.DaRiskError }
    >();
    compileOnly(() => {
      const checked = validateAssessmentInput(JSON.parse('{}'));
      if (checked.ok) {
        expectTypeOf(checked.value.input).toEqualTypeOf<AssessmentInput>();
        expectTypeOf(checked.value.instrument).toEqualTypeOf<Instrument>();
      } else {
        expectTypeOf(checked.error).toEqualTypeOf<index.DaRiskError>();
        // @ts-expect-error no value on the failing side
        void checked.value;
      }
      // @ts-expect-error not narrowed yet
      void checked.value;
    });
  });

  it('the define* functions take unknown and return the policy type', () => {
    expectTypeOf(defineInstrument).toEqualTypeOf<(definition: unknown) => Instrument>();
    expectTypeOf(defineScoringPolicy).toEqualTypeOf<(definition: unknown) => ScoringPolicy>();
    expectTypeOf(defineMaracPolicy).toEqualTypeOf<(definition: unknown) => MaracPolicy>();
    expectTypeOf(defineDaraPolicy).toEqualTypeOf<(definition: unknown) => DaraPolicy>();
    expectTypeOf(defineRimPolicy).toEqualTypeOf<(definition: unknown) => RimPolicy>();
    expectTypeOf(defineThresholdOfNeedPolicy).toEqualTypeOf<(definition: unknown) => ThresholdOfNeedPolicy>();
    expectTypeOf(defineYoungPeoplePathway).toEqualTypeOf<(definition: unknown) => YoungPeoplePathway>();
    expectTypeOf(defineReassessmentPolicy).toEqualTypeOf<(definition: unknown) => ReassessmentPolicy>();
    expectTypeOf(defineEpisodePolicy).toEqualTypeOf<(definition: unknown) => EpisodePolicy>();
  });

  it('results are readonly all the way down', () => {
    compileOnly(() => {
      const result = assess(JSON.parse('{}'));
      // @ts-expect-error readonly
      result.count = 0;
      // @ts-expect-error readonly, nested
      result.final.level = 'standard';
      // @ts-expect-error readonly array
      result.flags.push(result.flags[0]!);
      // @ts-expect-error readonly array
      result.history.length = 0;

      const decision = checkMarac(JSON.parse('{}'));
      // @ts-expect-error readonly
      decision.refer = false;
      // @ts-expect-error readonly array
      decision.routesMet.pop();

      const dara = assessDara(JSON.parse('{}'));
      // @ts-expect-error readonly
      dara.final = { level: 'standard', basis: 'assessor' };
      // @ts-expect-error readonly array
      dara.consistencyFlags.splice(0);

      const rim = assessRim(JSON.parse('{}'));
      // @ts-expect-error readonly
      rim.children[0]!.highestConfirmed = null;
      // @ts-expect-error readonly array
      rim.children.push(rim.children[0]!);

      const due = dueReassessments(JSON.parse('{}'), '2025-01-01T00:00:00Z', reassessmentDefaults);
      // @ts-expect-error readonly
      due.noAssessmentOnRecord = true;
      // @ts-expect-error readonly array
      due.due.shift();

      const episode = caseEpisode(JSON.parse('{}'), '2025-01-01T00:00:00Z');
      // @ts-expect-error readonly
      episode.startedBy = 'window';

      const payload = maracReferral({ input: null, result: null }, null, { referredAt: 'x', referredBy: 'p', agency: 'idva' });
      // @ts-expect-error readonly
      payload.referral.by = 'someone else';

      const verification = verifyResult(null, null);
      // @ts-expect-error readonly
      verification.reproduces = true;

      const checked = validateAssessmentInput(null);
      // @ts-expect-error readonly
      checked.ok = true;
      if (checked.ok) {
        // @ts-expect-error the validated copy is readonly
        checked.value.input.answers = {};
      }

      const policy = defineScoringPolicy(null);
      // @ts-expect-error policies are readonly
      policy.id = 'other';
    });
  });

  it('the main entry re-exports the trusted functions of the zod-free entries unchanged', () => {
    expectTypeOf(index.assessTrusted).toEqualTypeOf(assessTrusted);
    expectTypeOf(index.applyJudgementTrusted).toEqualTypeOf(applyJudgementTrusted);
    expectTypeOf(index.checkMaracTrusted).toEqualTypeOf(checkMaracTrusted);
    expectTypeOf(index.assessDaraTrusted).toEqualTypeOf(assessDaraTrusted);
    expectTypeOf(index.assessRimTrusted).toEqualTypeOf(assessRimTrusted);
  });
});
