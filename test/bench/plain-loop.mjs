// The reference for the benchmark: the same DASH RIC 2009 scoring under
// common-local-bands, written by hand for that one edition and policy, with
// nothing generic (no plans, no rule tables). Texts are read once from the
// library's data, as a hand-written version would hold them as constants.
// The benchmark checks that it produces exactly the library's result.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'index.js');
const { dashRic2009, commonLocalBands, assessTrusted } = await import(pathToFileURL(dist).href);

const IDS = dashRic2009.items.map((item) => item.id);
const FLAG = Object.fromEntries(commonLocalBands.redFlags.map((rule) => [rule.id, rule]));
const EMPTY_RESULT = assessTrusted(dashRic2009, { instrument: { id: 'dash-ric', edition: '2009' }, answers: {} }, commonLocalBands);
const NOTICES = EMPTY_RESULT.notices;
const INSTRUMENT = EMPTY_RESULT.instrument;
const POLICY = EMPTY_RESULT.policy;
const EMPTY = Object.freeze([]);
const PENDING = Object.freeze({
  status: 'pending',
  prompt:
    'Professional judgement comes first: the computed level is a starting point, not the decision. Confirm or raise it, or refer to MARAC on judgement, and record the reasons.',
});
const PENDING_FLAGS = Object.freeze({
  status: 'pending',
  prompt:
    'Professional judgement comes first: red flags are present, so consider raising the level or referring to MARAC on judgement whatever the count. Record the decision and the reasons.',
});
const S_DASH = 'Stalking or harassment was disclosed: complete the stalking and harassment screen.';
const H_DASH = 'Isolation can be a sign of "honour"-based abuse: consider the "honour"-based abuse screen.';
const H_DASH_CONTROL =
  'Control by the abuser, possibly with others, can be a sign of "honour"-based abuse: consider the "honour"-based abuse screen.';

function flag(rule, items) {
  return Object.freeze({ id: rule.id, title: rule.title, items: Object.freeze(items), reason: rule.reason });
}

function list(items) {
  return items.length === 0 ? EMPTY : Object.freeze(items);
}

export function plainScore(input) {
  const answers = input.answers;
  const yes = [];
  const no = [];
  const dontKnow = [];
  const declined = [];
  const unanswered = [];
  const y = {};
  for (let i = 0; i < 24; i++) {
    const id = IDS[i];
    const answer = answers[id];
    if (answer === undefined) unanswered.push(id);
    else if (answer.value === 'yes') {
      yes.push(id);
      y[id] = true;
    } else if (answer.value === 'no') no.push(id);
    else if (answer.value === 'dont-know') dontKnow.push(id);
    else if (answer.value === 'declined') declined.push(id);
    else throw new Error('bad value');
  }
  const count = yes.length;
  const unknown = dontKnow.length + declined.length + unanswered.length;
  const reasons = [`${count} of 24 counting questions answered yes. Only yes adds to the count.`];
  if (unknown > 0) {
    reasons.push(
      `Don't know: ${dontKnow.length}; declined: ${declined.length}; unanswered: ${unanswered.length}. None of these is counted as yes or treated as no.`,
    );
  }
  const level = count >= 14 ? 'high' : count >= 10 ? 'medium' : 'standard';
  const min = count >= 14 ? 14 : count >= 10 ? 10 : 0;
  const max = count >= 14 ? null : count >= 10 ? 13 : 9;
  const range = max === null ? '14 or more' : `${min}\u2013${max}`;
  const computed = Object.freeze({
    level,
    band: Object.freeze({ min, max }),
    reason: `Computed level ${level}: a count of ${count} is in the band ${range} of scoring policy common-local-bands version 1.`,
  });
  reasons.push(computed.reason);
  const flags = [];
  if (count < 14 && count + unknown >= 14) {
    flags.push(
      Object.freeze({
        id: 'unknowns-could-reach-threshold',
        title: 'Unknown answers could reach high',
        items: Object.freeze(dontKnow.concat(declined, unanswered)),
        reason: `${unknown} question${unknown === 1 ? '' : 's'} are don't know, declined or unanswered; if ${14 - count} of them were yes the count would reach 14 (high). Ask again where it is safe to, and apply judgement: an unknown is not a no.`,
      }),
    );
  }
  if (y['strangulation']) flags.push(flag(FLAG['strangulation'], ['strangulation']));
  if (y['threats-to-kill']) flags.push(flag(FLAG['threats-to-kill'], ['threats-to-kill']));
  if (y['weapons']) flags.push(flag(FLAG['weapons'], ['weapons']));
  if (y['stalking-harassment']) flags.push(flag(FLAG['stalking'], ['stalking-harassment']));
  if (y['isolation']) flags.push(flag(FLAG['isolation-honour-based-abuse'], ['isolation']));
  if (y['separation'] && y['controlling-or-jealous'] && (y['current-injury'] || y['weapons'] || y['strangulation'] || y['sexual-abuse'])) {
    const items = ['separation', 'controlling-or-jealous'];
    for (const id of ['current-injury', 'weapons', 'strangulation', 'sexual-abuse']) if (y[id]) items.push(id);
    flags.push(flag(FLAG['separation-control-violence'], items));
  }
  if (y['separation']) flags.push(flag(FLAG['separation'], ['separation']));
  if (y['pregnancy-or-recent-birth']) flags.push(flag(FLAG['pregnancy-or-recent-birth'], ['pregnancy-or-recent-birth']));
  if (y['abuse-more-often'] || y['abuse-getting-worse']) {
    const items = [];
    if (y['abuse-more-often']) items.push('abuse-more-often');
    if (y['abuse-getting-worse']) items.push('abuse-getting-worse');
    flags.push(flag(FLAG['escalation'], items));
  }
  if (y['very-frightened']) flags.push(flag(FLAG['extreme-fear'], ['very-frightened']));
  for (const f of flags) reasons.push(`Red flag \u2014 ${f.title}: ${f.reason}`);
  const prompts = [];
  let hDash = null;
  if (y['isolation']) {
    hDash = { screen: 'h-dash', items: ['isolation'], reason: H_DASH };
    prompts.push(hDash);
  }
  if (y['stalking-harassment']) prompts.push({ screen: 's-dash', items: ['stalking-harassment'], reason: S_DASH });
  if (y['controlling-or-jealous']) {
    if (hDash === null) prompts.push({ screen: 'h-dash', items: ['controlling-or-jealous'], reason: H_DASH_CONTROL });
    else hDash.items.push('controlling-or-jealous');
  }
  for (const p of prompts) {
    Object.freeze(p.items);
    Object.freeze(p);
    reasons.push(p.reason);
  }
  const soft = dontKnow.length + declined.length;
  let status = 'complete';
  let why;
  if (unanswered.length > 0) {
    status = 'incomplete';
    why = `Incomplete: ${unanswered.length} question${unanswered.length === 1 ? '' : 's'} not answered. An unanswered question is not a no.`;
  } else if (soft > 3) {
    status = 'incomplete';
    why = `Incomplete: ${soft} questions answered don't know or declined; the policy allows 3. The count may understate the risk.`;
  } else {
    why = soft === 0 ? 'Complete: every question answered yes or no.' : `Complete: every question answered; ${soft} don't know or declined (the policy allows 3).`;
  }
  reasons.push(why);
  const judgement = flags.length > 0 ? PENDING_FLAGS : PENDING;
  reasons.push(judgement.prompt);
  for (const n of NOTICES) reasons.push(n.message);
  return Object.freeze({
    resultFormat: 1,
    kind: 'checklist',
    assessmentId: input.id ?? null,
    assessedAt: input.assessedAt ?? null,
    instrument: INSTRUMENT,
    policy: POLICY,
    count,
    countOutOf: 24,
    tally: Object.freeze({ yes: yes.length, no: no.length, dontKnow: dontKnow.length, declined: declined.length, unanswered: unanswered.length }),
    items: Object.freeze({ yes: list(yes), no: list(no), dontKnow: list(dontKnow), declined: list(declined), unanswered: list(unanswered) }),
    completeness: Object.freeze({ status, known: yes.length + no.length, unknown, total: 24, maxUnknown: 3, reason: why }),
    computed,
    final: Object.freeze({ level, basis: 'computed' }),
    judgement,
    flags: flags.length === 0 ? EMPTY : Object.freeze(flags),
    prompts: prompts.length === 0 ? EMPTY : Object.freeze(prompts),
    notices: NOTICES,
    judgementReferral: null,
    reasons: Object.freeze(reasons),
    history: EMPTY,
  });
}
