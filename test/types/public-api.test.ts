/**
 * Type tests of the public API, imported from the package entries as a consumer sees them.
 * `expectTypeOf` does nothing at run time: `npx tsc --noEmit` is what checks this file (it is in
 * tsconfig's `include: ["test"]`). Lines that must not compile sit inside {@link compileOnly}
 * bodies, which are never called, under `// @ts-expect-error`.
 *
 * The split it holds: trusted functions (`assessTrusted`, `applyJudgementTrusted`, `checkMaracTrusted`, `assessDaraTrusted`,
 * `assessRimTrusted`, `maracReferralTrusted`, …) take typed input and refuse `unknown`; the validating
 * edge (`assess`, `assessAny`, `applyJudgement`, `assessDara`, `assessRim`, the case functions,
 * `verifyResult`, `maracReferral` and their `safe…` forms) takes its input as `OutsideInput<T, Shape>`:
 * the documented shape for a caller whose value has a type (a misspelled key, a missing field or the
 * wrong kind of result does not compile), anything when it is `unknown` or `any` (checked at run
 * time). `validateAssessmentInput`, `validateCase` and the define* functions take `unknown`. All
 * return typed, readonly results.
 */
import { describe, expectTypeOf, it } from 'vitest';
import * as index from '../../src/index.js';
import {
  applyDaraRegrade,
  applyJudgement,
  applyRimJudgement,
  applyRimUpliftDecision,
  assess,
  assessAny,
  assessDara,
  assessRim,
  compareAssessments,
  parseCase,
  safeApplyDaraRegrade,
  safeApplyJudgement,
  safeApplyRimJudgement,
  safeApplyRimUpliftDecision,
  safeAssess,
  safeAssessAny,
  safeAssessDara,
  safeAssessRim,
  safeCheckMarac,
  safeMaracReferral,
  safeVerifyResult,
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
  type AnyResult,
  type AssessAnyOptions,
  type AssessOptions,
  type AssessDaraOptions,
  type AssessRimOptions,
  type OutsideInput,
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

  it('OutsideInput is the documented shape for a typed value, and the value itself for unknown or any', () => {
    expectTypeOf<OutsideInput<unknown, AssessmentInput>>().toBeUnknown();
    expectTypeOf<OutsideInput<any, AssessmentInput>>().toBeAny();
    expectTypeOf<OutsideInput<{ readonly instrumnt: string }, AssessmentInput>>().toEqualTypeOf<AssessmentInput>();
    expectTypeOf<OutsideInput<number, AssessmentInput>>().toEqualTypeOf<AssessmentInput>();
    expectTypeOf<OutsideInput<DaraResult, AssessmentResult>>().toEqualTypeOf<AssessmentResult>();
    expectTypeOf<OutsideInput<never, AssessmentInput>>().toEqualTypeOf<AssessmentInput>();
  });

  it('the validating edge takes the documented shape, or unknown and any, and returns typed results', () => {
    // `T` is the caller's type of the argument: a known type gives the documented shape, `unknown` gives unknown.
    // (Without an argument, as in `.parameters`, the type checker instantiates `T` as `unknown`.)
    type Typed = { readonly typed: true };
    expectTypeOf(assess<Typed>).parameters.toEqualTypeOf<[input: AssessmentInput, options?: AssessOptions]>();
    expectTypeOf(assess<unknown>).parameters.toEqualTypeOf<[input: unknown, options?: AssessOptions]>();
    expectTypeOf(assess).returns.toEqualTypeOf<AssessmentResult>();
    expectTypeOf(assessAny<Typed>).parameters.toEqualTypeOf<[input: AssessmentInput | DaraInput | RimInput, options?: AssessAnyOptions]>();
    expectTypeOf(assessAny).returns.toEqualTypeOf<AnyResult>();
    expectTypeOf(applyJudgement<Typed, Typed>).parameter(0).toEqualTypeOf<AssessmentResult>();
    expectTypeOf(applyJudgement<Typed, Typed>).parameter(1).toEqualTypeOf<Judgement>();
    expectTypeOf(applyJudgement<unknown, unknown>).parameter(0).toBeUnknown();
    expectTypeOf(applyJudgement<unknown, unknown>).parameter(1).toBeUnknown();
    expectTypeOf(applyJudgement).parameter(2).toEqualTypeOf<ScoringPolicy | undefined>();
    expectTypeOf(applyJudgement).parameter(3).toEqualTypeOf<StoredResultOptions | undefined>();
    expectTypeOf(applyJudgement).returns.toEqualTypeOf<AssessmentResult>();
    expectTypeOf(checkMarac<Typed>).parameter(0).toEqualTypeOf<MaracCheckInput>();
    expectTypeOf(checkMarac<unknown>).parameter(0).toBeUnknown();
    expectTypeOf(checkMarac).parameter(1).toEqualTypeOf<MaracPolicy | undefined>();
    compileOnly(() => {
      checkMarac(JSON.parse('{}'));
      checkMarac({ now: '2025-06-01T12:00:00Z', paperCount: { instrument: { id: 'dash-ric', edition: '2009' }, count: 15, unknown: 0 } });
      // @ts-expect-error a misspelled key (nw) in a check input
      checkMarac({ nw: '2025-06-01T12:00:00Z' });
      // @ts-expect-error a misspelled key (victimage) for the young people's pathway
      index.youngPeoplePathway({ victimage: 15 });
      // @ts-expect-error a misspelled key (levle) is not a result
      index.severityOf({ levle: 'high' }, index.reportingSeverity);
      // @ts-expect-error a misspelled resourceType key is not a QuestionnaireResponse
      index.fromQuestionnaireResponse({ resourceTyp: 'QuestionnaireResponse' });
      // @ts-expect-error a misspelled key (itmes) is not a wording pack
      index.attachWording(index.dashRic2009, { itmes: {} });
      index.fromQuestionnaireResponse(JSON.parse('{}'));
      // @ts-expect-error a paper count needs its unknowns
      checkMarac({ now: '2025-06-01T12:00:00Z', paperCount: { instrument: { id: 'dash-ric', edition: '2009' }, count: 15 } });
    });
    expectTypeOf(checkMarac).returns.toEqualTypeOf<MaracDecision>();
    expectTypeOf(assessDara<Typed>).parameters.toEqualTypeOf<[input: DaraInput, options?: AssessDaraOptions]>();
    expectTypeOf(assessDara).returns.toEqualTypeOf<DaraResult>();
    expectTypeOf(applyDaraRegrade<Typed, Typed>).parameter(0).toEqualTypeOf<DaraResult>();
    expectTypeOf(applyDaraRegrade<Typed, Typed>).parameter(1).toEqualTypeOf<Judgement>();
    expectTypeOf(applyDaraRegrade).parameter(2).toEqualTypeOf<DaraPolicy | undefined>();
    expectTypeOf(assessRim<Typed>).parameters.toEqualTypeOf<[input: RimInput, options?: AssessRimOptions]>();
    expectTypeOf(assessRim).returns.toEqualTypeOf<RimResult>();
    expectTypeOf(applyRimJudgement<Typed, Typed, Typed>).parameter(0).toEqualTypeOf<RimResult>();
    expectTypeOf(applyRimJudgement<Typed, Typed, Typed>).parameter(1).toEqualTypeOf<string>();
    expectTypeOf(applyRimJudgement<Typed, Typed, Typed>).parameter(2).toExtend<{ readonly scale: 1 | 2 | 3 | 4; readonly rationale: string }>();
    expectTypeOf(applyRimJudgement).parameter(3).toEqualTypeOf<RimPolicies | undefined>();
    expectTypeOf(applyRimUpliftDecision<Typed, Typed, Typed>).parameter(0).toEqualTypeOf<RimResult>();
    expectTypeOf(applyRimUpliftDecision<Typed, Typed, Typed>).parameter(2).toEqualTypeOf<{
      readonly accept: boolean;
      readonly rationale: string;
      readonly by: string;
      readonly at: string;
    }>();
    expectTypeOf(verifyResult<Typed, Typed>).parameters.toEqualTypeOf<
      [input: AssessmentInput | DaraInput | RimInput, result: AnyResult, options?: StoredResultOptions]
    >();
    expectTypeOf(verifyResult<unknown, unknown>).parameters.toEqualTypeOf<[input: unknown, result: unknown, options?: StoredResultOptions]>();
    expectTypeOf(verifyResult).returns.toEqualTypeOf<ResultVerification>();
    expectTypeOf<ResultVerification>().toExtend<{ readonly reproduces: boolean; readonly identical: boolean }>();

    // Case functions read a CaseRecord: typed for a typed value, from outside data when unknown.
    expectTypeOf(parseCase<Typed>).parameter(0).toEqualTypeOf<CaseRecord>();
    expectTypeOf(parseCase<unknown>).parameter(0).toBeUnknown();
    expectTypeOf(dueReassessments<Typed>).parameter(0).toEqualTypeOf<CaseRecord>();
    expectTypeOf(dueReassessments).parameter(1).toEqualTypeOf<string>();
    expectTypeOf(dueReassessments).parameter(2).toEqualTypeOf<ReassessmentPolicy>();
    expectTypeOf(dueReassessments).returns.toEqualTypeOf<DueReassessments>();
    expectTypeOf(caseEpisode<Typed>).parameter(0).toEqualTypeOf<CaseRecord>();
    expectTypeOf(caseEpisode).parameter(2).toEqualTypeOf<EpisodePolicy | undefined>();
    expectTypeOf(caseEpisode).returns.toEqualTypeOf<CaseEpisode>();
    expectTypeOf(compareAssessments<Typed, Typed>).parameter(0).toEqualTypeOf<AssessmentResult | DaraResult>();
    expectTypeOf(compareAssessments<Typed, Typed>).parameter(1).toEqualTypeOf<AssessmentResult | DaraResult>();
    expectTypeOf(validateCase).parameter(0).toBeUnknown();
    expectTypeOf(validateCase).returns.toEqualTypeOf<Validated<CaseRecord>>();
    expectTypeOf(maracReferral<Typed, Typed, Typed>).parameter(0).toEqualTypeOf<{ readonly input: AssessmentInput; readonly result: AssessmentResult }>();
    expectTypeOf(maracReferral<unknown, unknown, unknown>).parameter(0).toEqualTypeOf<{ readonly input: unknown; readonly result: unknown }>();
    expectTypeOf(maracReferral<Typed, Typed, Typed>).parameter(1).toEqualTypeOf<MaracDecision>();
    expectTypeOf(maracReferral).parameter(2).toEqualTypeOf<ReferralOptions>();
    expectTypeOf(maracReferral).returns.toEqualTypeOf<MaracReferralPayload>();
  });

  it('the safe forms take what their throwing forms take and return a Validated result', () => {
    type Typed = { readonly typed: true };
    expectTypeOf(safeAssess<Typed>).parameters.toEqualTypeOf<Parameters<typeof assess<Typed>>>();
    expectTypeOf(safeAssess).returns.toEqualTypeOf<Validated<AssessmentResult>>();
    expectTypeOf(safeAssessAny<Typed>).parameters.toEqualTypeOf<Parameters<typeof assessAny<Typed>>>();
    expectTypeOf(safeAssessAny).returns.toEqualTypeOf<Validated<AnyResult>>();
    expectTypeOf(safeAssessDara<Typed>).parameters.toEqualTypeOf<Parameters<typeof assessDara<Typed>>>();
    expectTypeOf(safeAssessDara).returns.toEqualTypeOf<Validated<DaraResult>>();
    expectTypeOf(safeAssessRim<Typed>).parameters.toEqualTypeOf<Parameters<typeof assessRim<Typed>>>();
    expectTypeOf(safeAssessRim).returns.toEqualTypeOf<Validated<RimResult>>();
    expectTypeOf(safeApplyJudgement<Typed, Typed>).parameters.toEqualTypeOf<Parameters<typeof applyJudgement<Typed, Typed>>>();
    expectTypeOf(safeApplyJudgement).returns.toEqualTypeOf<Validated<AssessmentResult>>();
    expectTypeOf(safeApplyDaraRegrade<Typed, Typed>).parameters.toEqualTypeOf<Parameters<typeof applyDaraRegrade<Typed, Typed>>>();
    expectTypeOf(safeApplyDaraRegrade).returns.toEqualTypeOf<Validated<DaraResult>>();
    expectTypeOf(safeApplyRimJudgement<Typed, Typed, Typed>).parameters.toEqualTypeOf<Parameters<typeof applyRimJudgement<Typed, Typed, Typed>>>();
    expectTypeOf(safeApplyRimJudgement).returns.toEqualTypeOf<Validated<RimResult>>();
    expectTypeOf(safeApplyRimUpliftDecision<Typed, Typed, Typed>).parameters.toEqualTypeOf<Parameters<typeof applyRimUpliftDecision<Typed, Typed, Typed>>>();
    expectTypeOf(safeApplyRimUpliftDecision).returns.toEqualTypeOf<Validated<RimResult>>();
    expectTypeOf(safeCheckMarac<Typed>).parameter(0).toEqualTypeOf<MaracCheckInput>();
    expectTypeOf(safeCheckMarac<unknown>).parameter(0).toBeUnknown();
    expectTypeOf(safeCheckMarac).parameter(1).toEqualTypeOf<MaracPolicy | undefined>();
    expectTypeOf(safeCheckMarac).parameter(2).toEqualTypeOf<StoredResultOptions | undefined>();
    expectTypeOf(safeCheckMarac).returns.toEqualTypeOf<Validated<MaracDecision>>();
    expectTypeOf(safeMaracReferral<Typed, Typed, Typed>).parameters.toEqualTypeOf<Parameters<typeof maracReferral<Typed, Typed, Typed>>>();
    expectTypeOf(safeMaracReferral).returns.toEqualTypeOf<Validated<MaracReferralPayload>>();
    expectTypeOf(safeVerifyResult<Typed, Typed>).parameters.toEqualTypeOf<Parameters<typeof verifyResult<Typed, Typed>>>();
    expectTypeOf(safeVerifyResult).returns.toEqualTypeOf<Validated<ResultVerification>>();
    compileOnly(() => {
      const checked = safeAssess(JSON.parse('{}'));
      if (checked.ok) expectTypeOf(checked.value).toEqualTypeOf<AssessmentResult>();
      else expectTypeOf(checked.error).toEqualTypeOf<index.DaRiskError>();
      // @ts-expect-error the Validated object is readonly
      checked.ok = false;
      if (checked.ok) {
        // @ts-expect-error and so is the result in it
        checked.value.count = 0;
      }
    });
  });

  it('the validating edge refuses a value of the wrong shape at compile time, and takes unknown and any', () => {
    compileOnly(() => {
      const outside: unknown = JSON.parse('{}');
      const loose: any = JSON.parse('{}');
      const input: AssessmentInput = { instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes' } } };
      // A caller's own mutable object (arrays and all) for a readonly model type.
      const mutable = { instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: { value: 'yes', options: ['hands'] } } };
      mutable.answers.strangulation.options.push('ligature');
      const result = assess(input);
      const dara = assessDara(outside);
      const rim = assessRim(outside);
      const judgement: Judgement = { level: 'high', rationale: 'r', by: 'p', at: '2025-01-01T00:00:00Z' };
      const record: CaseRecord = { assessments: [{ id: 'a-1', date: '2025-01-01T00:00:00Z', result }], events: [], maracReferrals: [], reviews: [] };
      const now = '2025-06-01T00:00:00Z';
      const decision = checkMarac(outside);
      const referralOptions: ReferralOptions = { referredAt: now, referredBy: 'idva-1', agency: 'idva' };

      // unknown, any, JSON.parse, a typed value of the documented shape and a mutable literal all compile.
      assess(outside);
      assess(loose);
      assess(JSON.parse('{}'));
      assess(input);
      assess(mutable);
      assess({ instrument: { id: 'dash-ric', edition: '2009' }, assessedAt: now, answers: { strangulation: { value: 'yes', source: 'victim' } } });
      assessAny(outside);
      assessAny(input);
      assessAny(mutable);
      applyJudgement(outside, outside);
      applyJudgement(result, judgement, commonLocalBands);
      applyJudgement(JSON.parse('{}'), { level: 'high', rationale: 'r', by: 'p', at: now, referToMarac: true });
      applyDaraRegrade(dara, judgement);
      applyRimJudgement(rim, 'c1', { scale: 3, rationale: 'r', by: 'p', at: now });
      applyRimJudgement(outside, outside, outside);
      applyRimUpliftDecision(rim, 'c1', { accept: true, rationale: 'r', by: 'p', at: now });
      verifyResult(input, result);
      verifyResult(outside, loose);
      parseCase(outside);
      parseCase(record);
      caseEpisode(outside, now);
      caseEpisode(record, now);
      caseEpisode({ assessments: [], events: [{ type: 'charged', date: now }], maracReferrals: [], reviews: [] }, now);
      dueReassessments(JSON.parse('{}'), now, reassessmentDefaults);
      compareAssessments(result, dara, reassessmentDefaults);
      compareAssessments(outside, outside, reassessmentDefaults);
      maracReferral({ input, result }, decision, referralOptions);
      maracReferral({ input: outside, result: loose }, outside, referralOptions);
      safeAssess(outside);
      safeAssess(mutable);
      safeApplyJudgement(result, judgement);
      safeCheckMarac(outside);
      safeCheckMarac({ now, victimAge: 34, assessment: result, events: [{ date: now, reportedTo: ['police'], crime: true }] });
      safeMaracReferral({ input: outside, result }, decision, referralOptions);
      safeVerifyResult(JSON.parse('{}'), result);

      // A misspelled key, a missing field, a misspelled optional key in a literal, a number: none compiles.
      // @ts-expect-error misspelled key: 'instrumnt' does not exist in AssessmentInput
      assess({ instrumnt: { id: 'dash-ric', edition: '2009' }, answers: {} });
      // @ts-expect-error missing required field: answers
      assess({ instrument: { id: 'dash-ric', edition: '2009' } });
      // @ts-expect-error misspelled optional key in a fresh literal
      assess({ instrument: { id: 'dash-ric', edition: '2009' }, assesedAt: now, answers: {} });
      // @ts-expect-error a number is not an assessment
      assess(14);
      // @ts-expect-error null is not an assessment either (pass it as unknown to have it checked at run time)
      assess(null);
      // @ts-expect-error an answer is an object with a value
      assess({ instrument: { id: 'dash-ric', edition: '2009' }, answers: { strangulation: 'yes' } });
      // @ts-expect-error assessAny: misspelled key in every kind of input
      assessAny({ instrumnt: { id: 'dara', edition: '2022-provisional' }, answers: {} });
      // @ts-expect-error the wrong kind of result: a DARA result is regraded with applyDaraRegrade
      applyJudgement(dara, judgement);
      // @ts-expect-error and a DASH result is not a DARA result
      applyDaraRegrade(result, judgement);
      // @ts-expect-error a judgement's level is a risk level
      applyJudgement(result, { level: 'severe', rationale: 'r', by: 'p', at: now });
      // @ts-expect-error a judgement needs a rationale
      applyJudgement(result, { level: 'high', by: 'p', at: now });
      // @ts-expect-error a child id is a string
      applyRimJudgement(rim, 1, { scale: 3, rationale: 'r', by: 'p', at: now });
      // @ts-expect-error a RIM scale is 1 to 4
      applyRimJudgement(rim, 'c1', { scale: 5, rationale: 'r', by: 'p', at: now });
      // @ts-expect-error an uplift decision is accepted or not
      applyRimUpliftDecision(rim, 'c1', { accepted: true, rationale: 'r', by: 'p', at: now });
      // @ts-expect-error the input and the result are given in that order
      verifyResult(result, input);
      // @ts-expect-error a case record: misspelled key
      caseEpisode({ assesments: [], events: [], maracReferrals: [], reviews: [] }, now);
      // @ts-expect-error a case record: missing field (events)
      dueReassessments({ assessments: [], maracReferrals: [], reviews: [] }, now, reassessmentDefaults);
      // @ts-expect-error a number is not a case
      parseCase(42);
      // @ts-expect-error RIM results are not compared here
      compareAssessments(result, rim, reassessmentDefaults);
      // @ts-expect-error a referral is built from a DASH result
      maracReferral({ input, result: dara }, decision, referralOptions);
      // @ts-expect-error misspelled key in the stored pair
      maracReferral({ input, reslt: result }, decision, referralOptions);
      // @ts-expect-error the safe forms check the same: misspelled key
      safeAssess({ instrumnt: { id: 'dash-ric', edition: '2009' }, answers: {} });
      // @ts-expect-error the safe forms check the same: the wrong kind of result
      safeApplyJudgement(dara, judgement);
      // @ts-expect-error the safe forms check the same: a misspelled optional key of a MARAC check input
      safeCheckMarac({ now, evnts: [] });
      // @ts-expect-error the safe forms check the same: a number
      safeAssessRim(3);
      // @ts-expect-error the safe forms check the same: a missing grade
      safeAssessDara({ instrument: { id: 'dara', edition: '2022-provisional' }, assessedAt: now, answers: {} });
      void safeAssessAny;
      void safeApplyDaraRegrade;
      void safeApplyRimJudgement;
      void safeApplyRimUpliftDecision;
    });
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

      const payload = maracReferral({ input: JSON.parse('null'), result: JSON.parse('null') }, JSON.parse('null'), { referredAt: 'x', referredBy: 'p', agency: 'idva' });
      // @ts-expect-error readonly
      payload.referral.by = 'someone else';

      const verification = verifyResult(JSON.parse('null'), JSON.parse('null'));
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
