// Reference: the 0.1.0 implementation, kept unchanged apart from its imports (not shipped), so that
// property tests can show the faster DARA and RIM paths in src/core give identical results (issue 15).
/**
 * Barnardo's DV RIM classification, per child, each step explained: the
 * suggested scale, suspected indicators above it, the pregnancy or baby rule,
 * the uplift for young children or special needs (a suggestion the
 * practitioner accepts or rejects), protective factors (weighed only by
 * judgement), and the final scale through the common judgement mechanism.
 * Every step driven by a rule that is not the matrix's (a da-risk default or
 * a local rule) says so, and ticked indicators that are da-risk examples are
 * named as such.
 *
 * @module
 */
import { daRiskError } from '../../../../src/errors/error.js';
import { requireSamePolicy } from '../../../../src/core/require-same-policy.js';
import { EMPTY } from '../../../../src/common/deep-freeze.js';
import { rimScales, type RimScale } from '../../../../src/model/grades.js';
import type { Instrument } from '../../../../src/model/instrument.js';
import type {
  ChildAge,
  NeedResponse,
  RimChildInput,
  RimChildResult,
  RimHouseholdSummary,
  RimInput,
  RimPolicy,
  RimResult,
  RimRulesPolicy,
  ThresholdOfNeedPolicy,
} from '../../../../src/model/rim.js';
import { RESULT_FORMAT_VERSION, type AuditEvent, type Notice } from '../../../../src/model/result.js';
import { isLibraryExample, libraryExampleNotice } from '../../../../src/core/library-example.js';
import { rimRulesNotice, rimRulesOf, whosePregnancyRule, whoseRule, type RimRules } from '../../../../src/core/rim-rules.js';
import { provisionalNotice } from '../../../support/reference-scoring/plan.js';
import { policyBasisNotice } from '../../../../src/core/policy-notice.js';
import { checkEdition, DONT_KNOW, NO, readAnswers, YES } from '../../../support/reference-scoring/read-answers.js';
import { checkJudgementBasics, recordJudgement } from '../../../../src/core/record-judgement.js';

/**
 * The policies a RIM result is produced under: the classification rules and
 * the threshold-of-need mapping.
 *
 * @since 0.1.0
 * @category Scoring
 */
export interface RimPolicies {
  /**
   * Classification rules: a {@link RimRulesPolicy} (a policy in the retired format 1 is read, for
   * replaying results made under it, as the same rules with their real bases).
   */
  readonly rules: RimPolicy;
  /** Scale to threshold of need and response. */
  readonly needs: ThresholdOfNeedPolicy;
}

/** The row whose confirmed indicators count as an incident of domestic violence. @internal */
export const INCIDENT_ROW = 'evidence-of-violence';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function scaleName(scale: RimScale): string {
  return `scale ${scale} (${rimScales[scale - 1]!.name})`;
}

function ageAt(dateOfBirth: string, assessedAt: string, path: readonly (string | number)[]): ChildAge {
  const birth = DATE.exec(dateOfBirth);
  const on = DATE.exec(assessedAt.slice(0, 10));
  const valid =
    birth !== null &&
    new Date(Date.UTC(Number(birth[1]), Number(birth[2]) - 1, Number(birth[3]))).toISOString().startsWith(dateOfBirth);
  if (!valid || on === null) {
    throw daRiskError('invalid-input', path, 'iso-date', 'must be a calendar date written YYYY-MM-DD');
  }
  let months = (Number(on[1]) - Number(birth[1])) * 12 + (Number(on[2]) - Number(birth[2]));
  if (Number(on[3]) < Number(birth[3])) months--;
  if (months < 0) {
    throw daRiskError('invalid-input', path, 'not-after-assessment', 'is after the assessment date');
  }
  return { years: Math.floor(months / 12), months: months % 12 };
}

function needFor(needs: ThresholdOfNeedPolicy, scale: RimScale | null): NeedResponse | null {
  if (scale === null) return null;
  return needs.scales.find((entry) => entry.scale === scale) ?? null;
}

function needStep(need: NeedResponse | null, needs: ThresholdOfNeedPolicy): string {
  return need === null
    ? 'No scale, so no threshold of need is suggested.'
    : `Under ${needs.id} version ${needs.version}: ${need.threshold}. ${need.response}`;
}

const PENDING_PROMPT =
  'Professional judgement comes first: confirm the final scale or set another, with reasons; decide any suggested uplift; weigh the protective factors.';

/** The step that names the ticked example indicators (form order), and says when the suggested scale rests on them alone. */
function exampleStep(instrument: Instrument, confirmed: readonly string[], suspected: readonly string[], highest: RimScale | null): string | null {
  const ticked = instrument.items.filter((item) => isLibraryExample(item) && (confirmed.includes(item.id) || suspected.includes(item.id)));
  if (ticked.length === 0) return null;
  const alone = highest !== null && !instrument.items.some((item) => item.scale === highest && confirmed.includes(item.id) && !isLibraryExample(item));
  return `Ticked da-risk examples, not text from the matrix: ${ticked.map((item) => item.id).join(', ')}.${alone ? ` ${scaleName(highest)} rests on them alone.` : ''} Check them against your copy of the matrix.`;
}

function classifyChild(
  instrument: Instrument,
  input: RimInput,
  child: RimChildInput,
  index: number,
  household: Uint8Array,
  rules: RimRules,
  needs: ThresholdOfNeedPolicy,
): RimChildResult {
  const path = ['children', index] as const;
  const own = readAnswers(instrument, child.answers ?? {}, [...path, 'answers']);
  const codes = new Uint8Array(household.length);
  instrument.items.forEach((item, i) => {
    if (household[i] !== 0 && own[i] !== 0) {
      throw daRiskError('invalid-input', [...path, 'answers', item.id], 'answered-twice', 'is answered both for the household and for the child');
    }
    codes[i] = household[i] !== 0 ? household[i]! : own[i]!;
  });

  let age: ChildAge;
  let ageFrom: RimChildResult['ageFrom'];
  if (child.dateOfBirth !== undefined) {
    age = ageAt(child.dateOfBirth, input.assessedAt, [...path, 'dateOfBirth']);
    ageFrom = 'date-of-birth';
  } else if (child.age !== undefined) {
    age = { years: child.age.years, months: child.age.months ?? 0 };
    ageFrom = 'given';
  } else {
    throw daRiskError('invalid-input', [...path], 'age-required', 'needs a date of birth or an age');
  }
  const youngChild = age.years < rules.uplift.underAge;
  const baby = age.years * 12 + age.months < rules.pregnancyOrBaby.underMonths;

  const confirmed: string[] = [];
  const suspected: string[] = [];
  const absent: string[] = [];
  const protective: string[] = [];
  let highest: RimScale | null = null;
  let incident = false;
  let incidentSuspected = false;
  instrument.items.forEach((item, i) => {
    if (codes[i] === YES) {
      confirmed.push(item.id);
      if (item.indicator === 'protective-factor') protective.push(item.id);
      if (item.scale !== undefined && (highest === null || item.scale > highest)) highest = item.scale;
      if (item.section === INCIDENT_ROW) incident = true;
    } else if (codes[i] === DONT_KNOW) {
      suspected.push(item.id);
      if (item.section === INCIDENT_ROW) incidentSuspected = true;
    } else if (codes[i] === NO) {
      absent.push(item.id);
    }
  });
  const highestConfirmed = highest as RimScale | null;
  const suspectedAbove = instrument.items
    .filter((item, i) => codes[i] === DONT_KNOW && item.scale !== undefined && item.scale > (highestConfirmed ?? 0))
    .map((item) => Object.freeze({ item: item.id, scale: item.scale! }));

  const steps: string[] = [];
  const highestRule = rules.suggestedScale.basis === 'publisher' ? '' : ` (${whoseRule(rules.suggestedScale.basis)}: the matrix has no score)`;
  steps.push(
    highestConfirmed === null
      ? 'No risk indicator is confirmed, so no scale is suggested. Record the practitioner\u2019s view.'
      : `Highest scale with a confirmed indicator: ${scaleName(highestConfirmed)}. Suggested ${scaleName(highestConfirmed)} \u2014 the highest confirmed indicator${highestRule}.`,
  );
  const examples = exampleStep(instrument, confirmed, suspected, highestConfirmed);
  if (examples !== null) steps.push(examples);
  if (suspectedAbove.length > 0) {
    steps.push(
      `Suspected above that scale, for judgement: ${suspectedAbove.map((s) => `${s.item} (scale ${s.scale})`).join(', ')}. Confirm or rule them out.`,
    );
  }
  const pregnancyRule = (input.pregnancy === true || baby) && incident;
  const flags: { id: 'pregnancy-or-baby-incident-suspected'; reason: string }[] = [];
  let suggested: RimScale | null = highestConfirmed;
  const months = rules.pregnancyOrBaby.underMonths;
  const who = input.pregnancy === true ? 'The non-abusing parent is pregnant' : `The child is under ${months} months old`;
  const pregnancyWhose = whosePregnancyRule(rules.pregnancyOrBaby);
  if (pregnancyRule) {
    suggested = 4;
    steps.push(
      `${who} and there is an incident of domestic violence: suggested ${scaleName(4)} \u2014 pregnancy or a baby under ${months} months (${pregnancyWhose}).`,
    );
  } else if ((input.pregnancy === true || baby) && incidentSuspected) {
    const reason = `${who} and an incident of domestic violence is suspected but not confirmed. The pregnancy or baby rule (${pregnancyWhose}) calls for ${scaleName(4)} once there is an incident: confirm or rule out the incident now, and record a judgement on the scale. Do not leave it under review.`;
    flags.push(Object.freeze({ id: 'pregnancy-or-baby-incident-suspected' as const, reason }));
    steps.push(reason);
  } else if (input.pregnancy === true || baby) {
    steps.push(
      `${input.pregnancy === true ? 'Pregnancy' : 'A baby'} is recorded but no incident of violence is confirmed or suspected, so the scale 4 rule does not apply; keep it under review and redo the matrix on any incident.`,
    );
  }
  let uplift: RimChildResult['uplift'] = null;
  const reasonsForUplift = [youngChild ? `is under ${rules.uplift.underAge}` : '', child.specialNeeds ? 'has special needs' : '']
    .filter((part) => part !== '')
    .join(' and ');
  if (reasonsForUplift !== '' && suggested !== null) {
    if (suggested === 2 || suggested === 3) {
      const to = (suggested + 1) as RimScale;
      uplift = Object.freeze({
        from: suggested,
        to,
        reason: `The child ${reasonsForUplift}: ${whoseRule(rules.uplift.basis)} suggests raising ${scaleName(suggested)} to ${scaleName(to)}. Accept or reject it, with reasons.`,
        decision: 'pending' as const,
      });
      steps.push(uplift.reason);
    } else if (suggested === 1) {
      steps.push(`The child ${reasonsForUplift}: at scale 1 ${whoseRule(rules.uplift.basis)} notes a higher risk only; no uplift is suggested.`);
    }
  }
  if (protective.length > 0) {
    const below =
      rules.judgement.lowering === 'refused'
        ? `a judgement may not set a scale below the suggested one (${whoseRule(rules.judgement.basis)})`
        : `a judgement may set a scale below the suggested one, with reasons (${whoseRule(rules.judgement.basis)})`;
    steps.push(`Protective factors confirmed: ${protective.join(', ')}. They can lower the scale only through a judgement with reasons; ${below}.`);
  }
  const need = needFor(needs, suggested);
  steps.push(needStep(need, needs));
  steps.push(PENDING_PROMPT);

  return Object.freeze({
    childId: child.id,
    age: Object.freeze(age),
    ageFrom,
    youngChild,
    baby,
    specialNeeds: child.specialNeeds,
    confirmed: confirmed.length === 0 ? EMPTY : Object.freeze(confirmed),
    suspected: suspected.length === 0 ? EMPTY : Object.freeze(suspected),
    absent: absent.length === 0 ? EMPTY : Object.freeze(absent),
    highestConfirmed,
    suspectedAbove: suspectedAbove.length === 0 ? EMPTY : Object.freeze(suspectedAbove),
    pregnancyRule,
    flags: flags.length === 0 ? EMPTY : Object.freeze(flags),
    suggested,
    uplift,
    protectiveFactors: protective.length === 0 ? EMPTY : Object.freeze(protective),
    final: Object.freeze({ scale: suggested, basis: 'suggested' as const }),
    judgement: Object.freeze({ status: 'pending' as const, prompt: PENDING_PROMPT }),
    need,
    steps: Object.freeze(steps),
  });
}

/**
 * A result's notices: the provisional edition; the ticked library-example
 * indicators (format 2 rules: a format 1 result keeps the notices it was made
 * with, so it reads back unchanged — its steps still name the examples);
 * whose the rules are; the threshold-of-need policy's basis.
 */
function resultNotices(
  instrument: Instrument,
  children: readonly RimChildResult[],
  policy: RimPolicy,
  rules: RimRules,
  needs: ThresholdOfNeedPolicy,
): readonly Notice[] {
  const notices: Notice[] = [];
  const provisional = provisionalNotice(instrument);
  if (provisional !== null) notices.push(provisional);
  if (rules.format === 2) {
    const examples = libraryExampleNotice(instrument, new Set(children.flatMap((child) => [...child.confirmed, ...child.suspected])));
    if (examples !== null) notices.push(examples);
  }
  const rulesNotice = rules.format === 1 ? policyBasisNotice(policy) : rimRulesNotice(policy as RimRulesPolicy);
  if (rulesNotice !== null) notices.push(rulesNotice);
  const needsNotice = policyBasisNotice(needs);
  if (needsNotice !== null) notices.push(needsNotice);
  return notices.length === 0 ? EMPTY : Object.freeze(notices);
}

function summarise(children: readonly RimChildResult[]): RimHouseholdSummary {
  const byScale = { 1: 0, 2: 0, 3: 0, 4: 0, none: 0 };
  let highest: RimScale | null = null;
  let pending = 0;
  for (const child of children) {
    const scale = child.final.scale;
    if (scale === null) byScale.none++;
    else {
      byScale[scale]++;
      if (highest === null || scale > highest) highest = scale;
    }
    if (child.judgement.status === 'pending') pending++;
    if (child.uplift?.decision === 'pending') pending++;
  }
  const reason =
    highest === null
      ? `${children.length} ${children.length === 1 ? 'child' : 'children'}; no scale suggested.`
      : `${children.length} ${children.length === 1 ? 'child' : 'children'}; highest scale ${highest} (${rimScales[highest - 1]!.name}); ${pending} decision${pending === 1 ? '' : 's'} pending.`;
  return Object.freeze({ children: children.length, highestFinal: highest, byScale: Object.freeze(byScale), pendingDecisions: pending, reason });
}

function checkPolicies(result: RimResult, policies: RimPolicies): void {
  requireSamePolicy(result.policy, policies.rules, 'RIM policy', ['policy', 'rules']);
  requireSamePolicy(result.needPolicy, policies.needs, 'threshold-of-need policy', ['policy', 'needs']);
}

function childIndex(result: RimResult, childId: string): number {
  const index = result.children.findIndex((child) => child.childId === childId);
  if (index < 0) throw daRiskError('invalid-input', ['childId'], 'unknown-child', 'names no child of this assessment');
  return index;
}

function withChild(result: RimResult, index: number, child: RimChildResult, event: AuditEvent): RimResult {
  const children = result.children.map((existing, i) => (i === index ? child : existing));
  return Object.freeze({
    ...result,
    children: Object.freeze(children),
    household: summarise(children),
    history: Object.freeze([...result.history, event]),
  });
}

/**
 * Classifies every child of a household on the Barnardo's DV RIM and returns
 * one result per child (each step explained) and a household summary.
 * Household indicators apply to every child; a child's own indicators to that
 * child only (the same indicator in both is an error). Each child's result
 * depends only on the household indicators and that child, never on the other
 * children or their order.
 *
 * @param instrument - the RIM edition the input names
 * @param input - the assessment, already validated
 * @param policies - the classification rules and the threshold-of-need mapping
 * @returns the frozen result
 * @throws {@link DaRiskError} `invalid-input` (unknown indicator, answered twice, bad date of birth, no age), `policy-not-applicable`
 *
 * @example
 * ```ts
 * const result = assessRimTrusted(barnardosRimProvisional, {
 *   instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
 *   assessedAt: '2025-03-01T10:00:00Z',
 *   answers: { 'rim-violence-minor-to-moderate-history': { value: 'confirmed' } },
 *   children: [{ id: 'child-a', age: { years: 4 }, specialNeeds: false }],
 * }, { rules: barnardosRimRules, needs: londonCafThresholds });
 * result.children[0]!.suggested; // 2
 * result.children[0]!.uplift?.to; // 3 — a suggestion, pending the practitioner's decision
 * ```
 * @since 0.1.0
 * @category Scoring
 */
export function assessRimTrusted(instrument: Instrument, input: RimInput, policies: RimPolicies): RimResult {
  checkEdition(instrument, input.instrument);
  const { needs } = policies;
  const rules = rimRulesOf(policies.rules);
  if (instrument.scoring !== 'matrix') {
    throw daRiskError('invalid-input', ['instrument'], 'not-a-matrix', 'names an instrument that is not a risk matrix');
  }
  if (!policies.rules.instruments.includes(instrument.id)) {
    throw daRiskError('policy-not-applicable', ['policy', 'instruments'], 'policy-not-applicable', 'the RIM policy does not cover this instrument');
  }
  if (input.children.length === 0) throw daRiskError('invalid-input', ['children'], 'too-few', 'must have at least 1 entries');
  const seen = new Set<string>();
  input.children.forEach((child, index) => {
    if (seen.has(child.id)) throw daRiskError('invalid-input', ['children', index, 'id'], 'duplicate-id', 'is used for more than one child');
    seen.add(child.id);
  });
  const household = readAnswers(instrument, input.answers);
  const children = input.children.map((child, index) => classifyChild(instrument, input, child, index, household, rules, needs));
  const notices = resultNotices(instrument, children, policies.rules, rules, needs);
  return Object.freeze({
    resultFormat: RESULT_FORMAT_VERSION,
    kind: 'rim' as const,
    assessmentId: input.id ?? null,
    assessedAt: input.assessedAt,
    instrument: Object.freeze({ id: instrument.id, edition: instrument.edition, status: instrument.status }),
    policy: Object.freeze({ id: policies.rules.id, version: policies.rules.version, basis: policies.rules.basis }),
    needPolicy: Object.freeze({ id: needs.id, version: needs.version, basis: needs.basis }),
    pregnancy: input.pregnancy === true,
    children: Object.freeze(children),
    household: summarise(children),
    notices,
    history: EMPTY,
  });
}

/**
 * Records the practitioner's decision on a suggested uplift for one child
 * (accept or reject, always with reasons). Accepting sets the child's final
 * scale to the uplifted one; rejecting keeps it. Either way the decision is
 * in the history.
 *
 * @param result - the RIM result
 * @param childId - the child's opaque id
 * @param decision - accept or reject, with rationale, practitioner id and time
 * @param policies - the policies the result was produced under
 * @returns a new frozen result
 * @throws {@link DaRiskError} `policy-mismatch`, `invalid-input` (unknown child, blank rationale, bad time), `judgement-refused` (no pending uplift)
 *
 * @example
 * ```ts
 * const decided = applyRimUpliftDecisionTrusted(result, 'child-a', { accept: true, rationale: 'Aged 4, present at incidents.', by: 'sw-3', at: '2025-03-01T11:00:00Z' }, policies);
 * decided.children[0]!.final; // { scale: 3, basis: 'uplift' }
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export function applyRimUpliftDecisionTrusted(
  result: RimResult,
  childId: string,
  decision: { readonly accept: boolean; readonly rationale: string; readonly by: string; readonly at: string },
  policies: RimPolicies,
): RimResult {
  checkPolicies(result, policies);
  const index = childIndex(result, childId);
  const child = result.children[index]!;
  if (child.uplift === null || child.uplift.decision !== 'pending') {
    throw daRiskError('judgement-refused', ['childId'], 'no-pending-uplift', 'has no uplift waiting for a decision');
  }
  checkJudgementBasics({ assessedAt: result.assessedAt, history: result.history, subject: childId }, decision);
  const from = child.final.scale;
  // Accepting an uplift raises to the uplifted scale; it never lowers a scale a judgement already set higher.
  const keepsHigher = decision.accept && from !== null && from > child.uplift.to;
  const to = decision.accept && !keepsHigher ? child.uplift.to : (from ?? child.uplift.from);
  const event: AuditEvent = Object.freeze({
    kind: 'uplift-decision' as const,
    action: decision.accept ? ('accepted' as const) : ('rejected' as const),
    by: decision.by,
    at: decision.at,
    from,
    to,
    computed: child.suggested,
    referToMarac: false,
    rationale: decision.rationale,
    policy: Object.freeze({ id: result.policy.id, version: result.policy.version }),
    instrument: Object.freeze({ id: result.instrument.id, edition: result.instrument.edition }),
    subject: childId,
  });
  const final = decision.accept && !keepsHigher ? Object.freeze({ scale: to, basis: 'uplift' as const }) : child.final;
  const need = needFor(policies.needs, final.scale);
  const updated: RimChildResult = Object.freeze({
    ...child,
    uplift: Object.freeze({ ...child.uplift, decision: decision.accept ? ('accepted' as const) : ('rejected' as const) }),
    final,
    need,
    steps: Object.freeze([
      ...child.steps,
      `Uplift ${decision.accept ? 'accepted' : 'rejected'} by ${decision.by} at ${decision.at}; the rationale is recorded in the history.${keepsHigher ? ` The scale stays at ${scaleName(from!)}, set higher by an earlier judgement: accepting an uplift never lowers a scale.` : ''}`,
      needStep(need, policies.needs),
    ]),
  });
  return withChild(result, index, updated, event);
}

/**
 * Records the practitioner's final scale for one child through the common
 * judgement mechanism: raising is always allowed; a scale below the suggested
 * one only where the policy allows it (the default refuses it), with reasons
 * and an authoriser; lowering a scale another practitioner set (an accepted
 * uplift, an earlier judgement) needs a named authoriser where the policy asks
 * (the default does). Recomputes the threshold of need.
 *
 * @param result - the RIM result
 * @param childId - the child's opaque id
 * @param judgement - the scale, rationale, practitioner id and time
 * @param policies - the policies the result was produced under
 * @returns a new frozen result
 * @throws {@link DaRiskError} `policy-mismatch`, `invalid-input`, `judgement-refused`
 *
 * @example
 * ```ts
 * const judged = applyRimJudgementTrusted(result, 'child-a', { scale: 3, rationale: 'Uplift accepted; confirmed.', by: 'sw-3', at: '2025-03-01T11:05:00Z' }, policies);
 * judged.children[0]!.need?.threshold; // 'Level 3: complex needs'
 * ```
 * @since 0.1.0
 * @category Judgement
 */
export function applyRimJudgementTrusted(
  result: RimResult,
  childId: string,
  judgement: { readonly scale: RimScale; readonly rationale: string; readonly by: string; readonly at: string; readonly authorisedBy?: string },
  policies: RimPolicies,
): RimResult {
  checkPolicies(result, policies);
  const index = childIndex(result, childId);
  const child = result.children[index]!;
  const { event, reason } = recordJudgement<RimScale>(
    {
      assessedAt: result.assessedAt,
      history: result.history,
      current: child.final.scale,
      computed: child.suggested,
      instrument: result.instrument,
      policy: { id: policies.rules.id, version: policies.rules.version, rule: policies.rules.judgement },
      compare: (a, b) => a - b,
      describe: scaleName,
      subject: childId,
    },
    {
      grade: judgement.scale,
      rationale: judgement.rationale,
      by: judgement.by,
      at: judgement.at,
      ...(judgement.authorisedBy === undefined ? {} : { authorisedBy: judgement.authorisedBy }),
    },
    ['scale'],
  );
  const need = needFor(policies.needs, judgement.scale);
  const updated: RimChildResult = Object.freeze({
    ...child,
    final: Object.freeze({ scale: judgement.scale, basis: 'judgement' as const }),
    judgement: Object.freeze({ status: 'recorded' as const, prompt: `Judgement recorded: ${scaleName(judgement.scale)}. Redo the matrix when risk changes.` }),
    need,
    steps: Object.freeze([...child.steps, reason, needStep(need, policies.needs)]),
  });
  return withChild(result, index, updated, event);
}
