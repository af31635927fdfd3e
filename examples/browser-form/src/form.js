// An assessment form drawn from an edition's FHIR Questionnaire and scored live
// with the zod-free cores of da-risk. No framework, no network, no storage: the
// answers live only in the page.
//
// mountAssessmentForm(root, { edition, maracPolicies, lib }) draws
// - a summary bar that stays on screen while answering (count, answered,
//   level, red flags);
// - the questions, from the Questionnaire (answer options, radio or check-box
//   controls, follow-ups shown while their enableWhen holds);
// - the result (count, answers by kind, completeness, computed and final level,
//   judgement step, red flags, follow-on screens, notices);
// - a judgement panel (raise, or lower where the policy allows, with reasons;
//   the library refuses what the policy refuses, and the page shows why);
// - the MARAC check with every route's reason, for the age given.
//
// `edition` is `{ kind: 'checklist' | 'dara', instrument, questionnaire, policy }`;
// `lib` holds the library functions (see main.js), so this module imports
// nothing from the library and works with any build of it.

import { enabled, readQuestionnaire } from './questionnaire.js';
import {
  ACTION_LABELS,
  BASIS_LABELS,
  HISTORY_ACTIONS,
  INSTRUMENT_NAMES,
  JUDGEMENT_FIELDS,
  LEVEL_LABELS,
  OUTCOME_LABELS,
  html,
  humaniser,
  londonTime,
  nowIso,
} from './text.js';

const UNKNOWNS_FLAG = 'unknowns-could-reach-threshold';

function choice(name, value, label, { checked = false, type = 'radio', className = '' } = {}) {
  return `<label class="dr-choice ${className}"><input type="${type}" name="${html(name)}" value="${html(value)}"${checked ? ' checked' : ''}> <span>${html(label)}</span></label>`;
}

function followUps(question, index) {
  const parts = [];
  for (const group of question.groups) {
    parts.push(`
      <fieldset class="dr-sub" data-when="${index.push(group.when) - 1}" hidden>
        <legend>${html(group.text)}</legend>
        <div class="dr-choices">${group.options.map((option) => choice(group.linkId, option.code, option.display, { type: group.control === 'check' ? 'checkbox' : 'radio' })).join('')}</div>
      </fieldset>`);
  }
  const details = [];
  if (question.source) {
    details.push(`
        <fieldset class="dr-sub" data-when="${index.push(question.source.when) - 1}">
          <legend>${html(question.source.text)}</legend>
          <div class="dr-choices">${question.source.options.map((option) => choice(question.source.linkId, option.code, option.display)).join('')}${choice(question.source.linkId, '', 'Not recorded', { checked: true, className: 'dr-clear' })}</div>
        </fieldset>`);
  }
  if (question.comment) {
    const id = `dr-${question.comment.linkId}`;
    details.push(`
        <div class="dr-sub" data-when="${index.push(question.comment.when) - 1}">
          <label for="${html(id)}">${html(question.comment.text)}</label>
          <textarea id="${html(id)}" name="${html(question.comment.linkId)}" rows="2"></textarea>
        </div>`);
  }
  if (details.length > 0) {
    const when = question.source?.when ?? question.comment?.when ?? null;
    parts.push(`
      <details class="dr-details" data-when="${index.push(when) - 1}" hidden>
        <summary>Source of the answer, comment</summary>${details.join('')}
      </details>`);
  }
  for (const note of question.notes) parts.push(`<p class="dr-small">${html(note)}</p>`);
  return parts.join('');
}

function questionHtml(question, index) {
  const number = question.prefix ? `<span class="dr-number">${html(question.prefix)}.</span> ` : '';
  if (question.type === 'text') {
    const id = `dr-q-${question.id}`;
    return `
      <div class="dr-item" data-item="${html(question.id)}">
        <label class="dr-question" for="${html(id)}">${number}${html(question.text)}</label>
        <textarea id="${html(id)}" name="${html(question.id)}" rows="3"></textarea>
        ${followUps(question, index)}
      </div>`;
  }
  return `
      <fieldset class="dr-item" data-item="${html(question.id)}">
        <legend class="dr-question">${number}${html(question.text)}</legend>
        <div class="dr-choices">
          ${question.options.map((option) => choice(question.id, option.code, option.display)).join('')}
          ${choice(question.id, '', 'Not answered', { checked: true, className: 'dr-clear' })}
        </div>
        ${followUps(question, index)}
      </fieldset>`;
}

function judgementRule(edition, policy) {
  const rule = policy.judgement;
  const name = `${html(policy.title)} (${html(policy.id)} version ${html(policy.version)})`;
  const another = rule.authorisation.anotherPractitionersLevel ? ' Lowering a level another practitioner set or kept needs a named authoriser other than you.' : '';
  if (edition.kind === 'dara') {
    return `DARA is structured professional judgement: the first entry is the assessor\u2019s grade, with reasons; later entries are regrades. Raising is always allowed, with reasons.${another} Policy: ${name}.`;
  }
  const below =
    rule.lowering === 'refused'
      ? 'may not go below the computed level'
      : `may go below the computed level with reasons${rule.authorisation.belowComputed ? ' and a named authoriser' : ''}`;
  return `You can raise the level at any count, with your reasons, and refer to MARAC on judgement at any count. Under ${name} judgement ${below}.${another}`;
}

/**
 * Draws the form for one edition into `root` and keeps it live.
 * @returns {{ update: () => void }}
 */
export function mountAssessmentForm(root, options) {
  const { edition, maracPolicies, lib } = options;
  const { instrument, questionnaire, policy } = edition;
  const model = readQuestionnaire(questionnaire, instrument);
  const questions = model.sections.flatMap((section) => section.questions);
  const itemsById = new Map(instrument.items.map((item) => [item.id, item]));
  const conditions = [];
  const isDara = edition.kind === 'dara';

  root.innerHTML = `
    <div class="dr-app">
      <div class="dr-bar" role="status" aria-label="Summary" data-testid="bar"></div>
      <div class="dr-layout">
        <form class="dr-form" aria-labelledby="dr-form-h" novalidate>
          <h2 id="dr-form-h">${html(model.title)}</h2>
          <p class="dr-privacy">This form stores nothing and sends nothing: answers stay in this page and are gone when you close it.</p>
          <p class="dr-small">The questions, answer choices and follow-ups are drawn from the edition\u2019s FHIR Questionnaire. Labels are da-risk paraphrases, not the official wording.</p>
          ${model.sections
            .map(
              (section) => `
          <section class="dr-section" aria-labelledby="dr-s-${html(section.id)}">
            <h3 id="dr-s-${html(section.id)}">${html(section.title || 'Questions')}</h3>
            ${section.questions.map((question) => questionHtml(question, conditions)).join('')}
          </section>`,
            )
            .join('')}
          ${
            model.fields.length === 0
              ? ''
              : `<section class="dr-section" aria-labelledby="dr-s-fields"><h3 id="dr-s-fields">Household</h3>${model.fields
                  .map(
                    (field) => `
            <fieldset class="dr-item" data-field="${html(field.key)}">
              <legend class="dr-question">${html(field.text)}</legend>
              <div class="dr-choices">${field.options.map((option) => choice(field.id, option.code, option.display)).join('')}${choice(field.id, '', 'Not recorded', { checked: true, className: 'dr-clear' })}</div>
            </fieldset>`,
                  )
                  .join('')}</section>`
          }
        </form>
        <aside class="dr-result" id="dr-result" aria-labelledby="dr-result-h">
          <h2 id="dr-result-h">Result</h2>
          <div data-region="result"></div>
        </aside>
      </div>
      <div class="dr-lower">
        <section class="dr-panel" id="dr-judgement" aria-labelledby="dr-j-h">
          <h2 id="dr-j-h">${isDara ? 'Grade and regrade' : 'Your judgement'}</h2>
          <p class="dr-small">${judgementRule(edition, policy)}</p>
          <form class="dr-judgement-form" novalidate aria-labelledby="dr-j-h">
            <fieldset class="dr-sub">
              <legend>${isDara ? 'Grade' : 'The level you judge'}</legend>
              <div class="dr-choices">${lib.riskLevels.map((level) => choice('judgement-level', level, LEVEL_LABELS[level] ?? level)).join('')}</div>
            </fieldset>
            <div class="dr-sub">
              <label for="dr-j-rationale">Your reasons</label>
              <textarea id="dr-j-rationale" name="rationale" rows="3"></textarea>
            </div>
            <div class="dr-pair">
              <div class="dr-sub">
                <label for="dr-j-by">Your practitioner id <span class="dr-hint">(an id, not a name)</span></label>
                <input id="dr-j-by" name="by" type="text" autocomplete="off">
              </div>
              <div class="dr-sub">
                <label for="dr-j-authorised">Authorised by <span class="dr-hint">(only for a lowering that needs it)</span></label>
                <input id="dr-j-authorised" name="authorisedBy" type="text" autocomplete="off">
              </div>
            </div>
            <div class="dr-choices">${choice('referToMarac', 'yes', 'Refer to MARAC on professional judgement', { type: 'checkbox' })}</div>
            <p><button type="submit" class="dr-button" data-testid="record-judgement">${isDara ? 'Record the grade' : 'Record the judgement'}</button></p>
            <div class="dr-error" role="alert" data-testid="judgement-error"></div>
            <p class="dr-ok" role="status" data-testid="judgement-status"></p>
          </form>
          <h3>Recorded</h3>
          <div data-region="history"></div>
        </section>
        <section class="dr-panel" id="dr-marac" aria-labelledby="dr-m-h">
          <h2 id="dr-m-h">MARAC check</h2>
          <div class="dr-pair">
            <div class="dr-sub">
              <label for="dr-age">Victim\u2019s age in years</label>
              <input id="dr-age" name="victimAge" type="text" inputmode="numeric" autocomplete="off" aria-describedby="dr-age-hint" data-testid="age">
              <p id="dr-age-hint" class="dr-hint">MARAC takes victims aged 16 or over. Under 18, a children\u2019s safeguarding referral is needed too.</p>
            </div>
            <div class="dr-sub">
              <label for="dr-marac-policy">MARAC policy</label>
              <select id="dr-marac-policy">${maracPolicies
                .map((marac, i) => `<option value="${i}">${html(marac.title)} (version ${html(marac.version)})</option>`)
                .join('')}</select>
            </div>
          </div>
          <div data-region="marac"></div>
          <p class="dr-small">This form checks one assessment. It holds no incident history and no earlier referrals, so potential escalation and repeat cannot be met here: a case system supplies them.</p>
        </section>
      </div>
    </div>`;

  const form = root.querySelector('.dr-form');
  const bar = root.querySelector('.dr-bar');
  const regions = Object.fromEntries([...root.querySelectorAll('[data-region]')].map((el) => [el.dataset.region, el]));
  const judgementForm = root.querySelector('.dr-judgement-form');
  const judgementError = root.querySelector('[data-testid="judgement-error"]');
  const judgementStatus = root.querySelector('[data-testid="judgement-status"]');
  const age = root.querySelector('#dr-age');
  const maracSelect = root.querySelector('#dr-marac-policy');
  const conditional = [...form.querySelectorAll('[data-when]')];

  const state = { startedAt: null, judgements: [], lastResult: null };
  const put = (element, markup) => {
    if (element.dataset.markup !== markup) {
      element.innerHTML = markup;
      element.dataset.markup = markup;
    }
  };

  const checked = (name) => form.querySelector(`input[name="${CSS.escape(name)}"]:checked`)?.value || undefined;
  const checkedAll = (name) => [...form.querySelectorAll(`input[name="${CSS.escape(name)}"]:checked`)].map((input) => input.value);
  const textOf = (name) => form.querySelector(`textarea[name="${CSS.escape(name)}"]`)?.value.trim() || undefined;

  /** Reads the answers from the page, showing each follow-up only while its enableWhen holds. */
  function collect() {
    const codes = new Map();
    for (const question of questions) {
      const value = question.type === 'text' ? textOf(question.id) : checked(question.id);
      if (value !== undefined) codes.set(question.id, value);
    }
    for (const element of conditional) {
      const hide = !enabled(conditions[Number(element.dataset.when)], codes);
      if (element.hidden !== hide) element.hidden = hide;
    }
    const answers = {};
    for (const question of questions) {
      const value = codes.get(question.id);
      if (value === undefined) continue;
      const answer = { value };
      if (question.comment && enabled(question.comment.when, codes)) {
        const comment = textOf(question.comment.linkId);
        if (comment !== undefined) answer.comment = comment;
      }
      if (question.source && enabled(question.source.when, codes)) {
        const source = checked(question.source.linkId);
        if (source !== undefined) answer.source = source;
      }
      const chosen = question.groups.filter((group) => enabled(group.when, codes)).flatMap((group) => checkedAll(group.linkId));
      if (chosen.length > 0) answer.options = chosen;
      answers[question.id] = answer;
    }
    const fields = {};
    for (const field of model.fields) {
      const value = checked(field.id);
      if (value !== undefined) fields[field.key] = value;
    }
    return { answers, fields, answered: codes.size };
  }

  const ref = { id: instrument.id, edition: instrument.edition };
  const start = () => {
    if (state.startedAt === null) state.startedAt = nowIso();
    return state.startedAt;
  };

  /** Scores the answers and applies every recorded judgement again, in order. */
  function evaluate(input, judgements) {
    const base = state.startedAt === null ? {} : { assessedAt: state.startedAt };
    if (!isDara) {
      let result = lib.assessTrusted(instrument, { instrument: ref, ...base, answers: input.answers }, policy);
      const kept = [];
      const dropped = [];
      for (const judgement of judgements) {
        try {
          result = lib.applyJudgementTrusted(result, judgement, policy);
          kept.push(judgement);
        } catch (error) {
          dropped.push({ judgement, error });
        }
      }
      return { result, kept, dropped };
    }
    if (judgements.length === 0) return { result: null, kept: [], dropped: [] };
    const [grade, ...regrades] = judgements;
    let result = lib.assessDaraTrusted(
      instrument,
      { instrument: ref, ...base, answers: input.answers, grade, ...(input.fields.childrenInHousehold ? { childrenInHousehold: input.fields.childrenInHousehold } : {}) },
      policy,
    );
    const kept = [grade];
    const dropped = [];
    for (const judgement of regrades) {
      try {
        result = lib.applyDaraRegradeTrusted(result, judgement, policy);
        kept.push(judgement);
      } catch (error) {
        dropped.push({ judgement, error });
      }
    }
    return { result, kept, dropped };
  }

  function errorText(error) {
    if (lib.isDaRiskError(error) && error.issues.length > 0) {
      // The field named last in the path (`['grade', 'rationale']` is the grade's reasons), in words.
      const field = (path) => [...path].reverse().find((part) => typeof part === 'string' && part in JUDGEMENT_FIELDS);
      return error.issues.map((issue) => `${JUDGEMENT_FIELDS[field(issue.path)] ?? 'The entry'}: ${issue.message}.`).join(' ');
    }
    return lib.isDaRiskError(error) ? error.message : 'The library could not use this entry.';
  }

  function labelsFor(result, decision) {
    const labels = { ...INSTRUMENT_NAMES };
    for (const item of instrument.items) labels[item.id] = `\u201c${item.label}\u201d`;
    for (const flag of result?.flags ?? []) labels[flag.id] = `\u201c${flag.title}\u201d`;
    for (const flag of result?.consistencyFlags ?? []) labels[flag.id] = `\u201c${flag.title}\u201d`;
    for (const route of decision?.routes ?? []) labels[route.id] = route.title;
    return labels;
  }

  function barHtml(result, input, kind) {
    const total = questions.length;
    const level = result?.final?.level ?? null;
    let levelText = 'none yet';
    let levelCode = '';
    if (isDara) {
      levelText = level ? `${LEVEL_LABELS[level]} (${result.final.basis === 'regrade' ? 'regraded' : 'graded'})` : 'not given yet';
      levelCode = level ?? '';
    } else if (result.final.basis === 'judgement') {
      levelText = `${LEVEL_LABELS[level]} (judgement)`;
      levelCode = level;
    } else if (input.answered > 0) {
      levelText = result.computed ? `${LEVEL_LABELS[result.computed.level]} (computed)` : 'none computed';
      levelCode = result.computed?.level ?? '';
    }
    const yes = isDara ? kind.yes : result.count;
    const outOf = isDara ? instrument.items.filter((item) => item.answerType !== 'text').length : result.countOutOf;
    const status = isDara ? '' : ` \u00b7 ${result.completeness.status}`;
    let flags = '\u2014';
    let unknowns = '';
    if (input.answered > 0 && result) {
      const list = isDara ? result.consistencyFlags : result.flags.filter((flag) => flag.id !== UNKNOWNS_FLAG);
      flags = String(list.length);
      if (!isDara && result.flags.some((flag) => flag.id === UNKNOWNS_FLAG)) unknowns = ' \u00b7 unknowns could reach high';
    }
    return `
      <span class="dr-chip" data-testid="bar-count">${isDara ? 'Disclosed' : 'Yes'} <strong>${yes}</strong> of ${outOf}</span>
      <span class="dr-chip" data-testid="bar-answered">Answered <strong>${input.answered}</strong> of ${total}${status}</span>
      <span class="dr-chip dr-level-${html(levelCode || 'none')}" data-testid="bar-level" data-level="${html(levelCode)}">${isDara ? 'Grade' : 'Level'} <strong>${html(levelText)}</strong></span>
      <span class="dr-chip" data-testid="bar-flags">${isDara ? 'Flags' : 'Red flags'} <strong>${flags}</strong>${unknowns}</span>`;
  }

  function listHtml(items, testid, empty) {
    if (items.length === 0) return `<p>${empty}</p>`;
    return `<ul class="dr-list"${testid ? ` data-testid="${testid}"` : ''}>${items.join('')}</ul>`;
  }

  function resultHtml(result, input, say) {
    const started = state.startedAt ? `<p class="dr-small">Started <time datetime="${html(state.startedAt)}">${html(londonTime(state.startedAt))}</time> (UK time).</p>` : '<p class="dr-small">Nothing answered yet.</p>';
    if (isDara) {
      if (result === null) {
        return `${started}
          <p class="dr-count">Disclosed: <strong data-testid="count">${input.kindTally.yes}</strong> of ${instrument.items.filter((item) => item.answerType !== 'text').length}</p>
          <p>DARA computes no level: the grade is the assessor\u2019s own judgement, with reasons. Record it under \u201cGrade and regrade\u201d.</p>
          <p class="dr-level">Grade: <strong data-testid="level" data-level="">not given yet</strong></p>`;
      }
      const t = result.tally;
      return `${started}
        <p class="dr-count">Disclosed: <strong data-testid="count">${t.yes}</strong> (more than once: ${result.repeated.length})</p>
        <p>Never ${t.no} \u00b7 not known ${t.dontKnow} \u00b7 declined ${t.declined} \u00b7 not answered ${t.unanswered}. None of these is treated as a disclosure.</p>
        <p class="dr-level">Grade: <strong data-testid="level" data-level="${html(result.final.level)}">${html(LEVEL_LABELS[result.final.level])}</strong> (${result.final.basis === 'regrade' ? 'regraded' : 'the assessor\u2019s grade'})</p>
        <h3>Themes</h3>
        ${listHtml(result.themes.map((theme) => `<li>${html(say(theme.reason))}</li>`), 'themes', '')}
        <h3>Consistency flags for supervisor review</h3>
        ${listHtml(result.consistencyFlags.map((flag) => `<li><strong>${html(flag.title)}</strong>: ${html(say(flag.reason))}</li>`), 'flags', 'None raised.')}
        ${result.prompts.length ? `<h3>Follow-on screens</h3>${listHtml(result.prompts.map((prompt) => `<li>${html(say(prompt.reason))}</li>`), 'prompts', '')}` : ''}
        <h3>Notices</h3>
        ${listHtml(result.notices.map((notice) => `<li class="dr-notice">${html(say(notice.message))}</li>`), 'notices', 'None.')}`;
    }
    const t = result.tally;
    const any = input.answered > 0;
    const computed = !any
      ? '<strong data-testid="level" data-level="">none yet</strong> <span class="dr-small">No level until a question is answered. An unanswered question is not a no.</span>'
      : result.computed
        ? `<strong data-testid="level" data-level="${html(result.computed.level)}">${html(LEVEL_LABELS[result.computed.level])}</strong> <span class="dr-small">${html(say(result.computed.reason))}</span>`
        : `<strong data-testid="level" data-level="">none computed</strong> <span class="dr-small">This screen computes no level: the practitioner judges.</span>`;
    const final =
      result.final.basis === 'judgement'
        ? `<p class="dr-level">Final level: <strong data-testid="final-level" data-level="${html(result.final.level)}">${html(LEVEL_LABELS[result.final.level])}</strong>, by professional judgement</p>`
        : '';
    const judgementStep = any || result.judgement.status === 'recorded'
      ? `<strong>Judgement step (${result.judgement.status}):</strong> ${html(say(result.judgement.prompt))}`
      : '<strong>Judgement step (pending):</strong> professional judgement comes first. Answer the questions, then record your decision and reasons under \u201cYour judgement\u201d. You can raise the level or refer to MARAC on judgement at any count.';
    return `${started}
      <p class="dr-count">Count: <strong data-testid="count">${result.count}</strong> of ${result.countOutOf} answered yes</p>
      <p>No ${t.no} \u00b7 don\u2019t know ${t.dontKnow} \u00b7 declined ${t.declined} \u00b7 not answered ${t.unanswered}. None of these is counted as yes or treated as no.</p>
      <p data-testid="completeness"><strong>${result.completeness.status === 'complete' ? 'Complete' : 'Incomplete'}</strong>: ${html(say(result.completeness.reason.replace(/^(?:In)?complete:\s*/, '')))}</p>
      <p class="dr-level">Computed level: ${computed}</p>
      ${final}
      <div class="dr-judgement" role="note">${judgementStep}</div>
      <h3>Red flags</h3>
      ${any ? listHtml(result.flags.map((flag) => `<li data-flag="${html(flag.id)}"><strong>${html(flag.title)}</strong>: ${html(say(flag.reason))}</li>`), 'flags', 'None raised.') : '<p data-testid="no-flags">Nothing answered yet.</p>'}
      ${result.prompts.length ? `<h3>Follow-on screens</h3>${listHtml(result.prompts.map((prompt) => `<li>${html(say(prompt.reason))}</li>`), 'prompts', '')}` : ''}
      <h3>Notices</h3>
      ${listHtml(result.notices.map((notice) => `<li class="dr-notice">${html(say(notice.message))}</li>`), 'notices', 'None.')}`;
  }

  function historyHtml(result) {
    const events = result?.history ?? [];
    if (events.length === 0) return `<p data-testid="judgement-history">${isDara ? 'No grade yet.' : 'No judgement yet: the judgement step is pending.'}</p>`;
    return `<ol class="dr-list" data-testid="judgement-history">${events
      .map(
        (event) => `<li data-action="${html(event.action)}"><time datetime="${html(event.at)}">${html(londonTime(event.at))}</time>: practitioner ${html(event.by)} ${html(HISTORY_ACTIONS[event.action] ?? event.action)}${
          event.from ? ` from ${html(LEVEL_LABELS[event.from] ?? event.from)}` : ''
        } to <strong>${html(LEVEL_LABELS[event.to] ?? event.to)}</strong>${event.computed ? ` (computed: ${html(LEVEL_LABELS[event.computed] ?? event.computed)})` : ''}${
          event.referToMarac ? '; referred to MARAC on professional judgement' : ''
        }${event.authorisedBy ? `; authorised by ${html(event.authorisedBy)}` : ''}. Reasons: ${html(event.rationale)}</li>`,
      )
      .join('')}</ol>`;
  }

  function readAge() {
    const text = age.value.trim();
    if (text === '') {
      age.removeAttribute('aria-invalid');
      return undefined;
    }
    if (/^\d{1,3}$/.test(text) && Number(text) <= 130) {
      age.removeAttribute('aria-invalid');
      return Number(text);
    }
    age.setAttribute('aria-invalid', 'true');
    return undefined;
  }

  function maracHtml(decision, say, ageInvalid) {
    const policyRef = decision.policy;
    const marac = maracPolicies[Number(maracSelect.value)] ?? maracPolicies[0];
    const actions = decision.actions.map(
      (action) => `<li><strong>${html(ACTION_LABELS[action.id] ?? 'Action')} (${action.status === 'required' ? 'required' : 'consider'})</strong>: ${html(say(action.reason))}</li>`,
    );
    const routes = decision.routes.map(
      (route) => `<li data-route="${html(route.id)}" data-met="${route.met}">
          <p class="dr-route-head"><strong>${html(route.title)}</strong> <span class="dr-met dr-met-${route.met}">${route.met ? 'Met' : 'Not met'}</span></p>
          <p class="dr-route-reason">${html(say(route.reason))}</p>
          <p class="dr-hint">Whose rule: ${html(BASIS_LABELS[route.basis] ?? route.basis)}.</p>
        </li>`,
    );
    return `
      ${ageInvalid ? '<p class="dr-error" data-testid="age-error">Enter the age in whole years (0 to 130). Until then the check treats the age as not given.</p>' : ''}
      <p class="dr-small">Checked <time datetime="${html(decision.now)}">${html(londonTime(decision.now))}</time> (UK time) under ${html(marac.title)} (${html(policyRef.id)} version ${html(policyRef.version)}).</p>
      <p class="dr-outcome dr-outcome-${html(decision.outcome)}">Outcome: <strong data-testid="marac-outcome" data-outcome="${html(decision.outcome)}">${html(OUTCOME_LABELS[decision.outcome] ?? decision.outcome)}</strong></p>
      ${actions.length ? `<ul class="dr-list" data-testid="marac-actions">${actions.join('')}</ul>` : ''}
      <h3>Routes</h3>
      <ul class="dr-routes" data-testid="marac-routes">${routes.join('')}</ul>
      <h3>Notices</h3>
      ${listHtml(decision.notices.map((notice) => `<li class="dr-notice" data-notice="${html(notice.id)}">${html(say(notice.message))}</li>`), 'marac-notices', 'None.')}`;
  }

  function update() {
    const input = collect();
    if (input.answered > 0) start();
    input.kindTally = { yes: 0 };
    for (const [id, answer] of Object.entries(input.answers)) {
      const item = itemsById.get(id);
      if (item && lib.answerKindOf(item.answerType, answer.value) === 'yes') input.kindTally.yes++;
    }
    let outcome;
    try {
      outcome = evaluate(input, state.judgements);
    } catch (error) {
      put(regions.result, `<p class="dr-error" role="alert">${html(errorText(error))}</p>`);
      return;
    }
    const { result, kept, dropped } = outcome;
    state.judgements = kept;
    state.lastResult = result;
    if (dropped.length > 0) {
      judgementError.textContent = dropped
        .map(({ judgement, error }) => `The ${isDara ? 'regrade' : 'judgement'} of ${londonTime(judgement.at)} (${LEVEL_LABELS[judgement.level]}) no longer fits the changed answers and was taken off: ${errorText(error)} Record it again if it still stands.`)
        .join(' ');
    }
    const victimAge = readAge();
    const marac = maracPolicies[Number(maracSelect.value)] ?? maracPolicies[0];
    const decision = lib.checkMaracTrusted({ now: nowIso(), ...(victimAge === undefined ? {} : { victimAge }), ...(result ? { assessment: result } : {}) }, marac);
    const say = humaniser(labelsFor(result, decision));
    put(bar, barHtml(result, input, input.kindTally));
    put(regions.result, resultHtml(result, input, say));
    put(regions.history, historyHtml(result));
    put(regions.marac, maracHtml(decision, say, age.getAttribute('aria-invalid') === 'true'));
  }

  judgementForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(judgementForm);
    const level = data.get('judgement-level');
    judgementStatus.textContent = '';
    if (!level) {
      judgementError.textContent = `${isDara ? 'Grade' : 'Level'}: choose a level.`;
      return;
    }
    const at = nowIso();
    start();
    const judgement = {
      level: String(level),
      rationale: String(data.get('rationale') ?? ''),
      by: String(data.get('by') ?? '').trim(),
      at,
      ...(data.get('referToMarac') ? { referToMarac: true } : {}),
      ...(String(data.get('authorisedBy') ?? '').trim() ? { authorisedBy: String(data.get('authorisedBy')).trim() } : {}),
    };
    const input = collect();
    try {
      const refused = evaluate(input, [...state.judgements, judgement]).dropped.find((entry) => entry.judgement === judgement);
      if (refused) throw refused.error;
    } catch (error) {
      judgementError.textContent = `Not recorded. ${errorText(error)}`;
      return;
    }
    state.judgements.push(judgement);
    judgementError.textContent = '';
    judgementStatus.textContent = `${isDara && state.judgements.length === 1 ? 'Grade' : isDara ? 'Regrade' : 'Judgement'} recorded: ${LEVEL_LABELS[judgement.level]}, ${londonTime(at)} (UK time).`;
    judgementForm.querySelector('textarea[name="rationale"]').value = '';
    judgementForm.querySelector('input[name="authorisedBy"]').value = '';
    for (const input of judgementForm.querySelectorAll('input[type="radio"], input[type="checkbox"]')) input.checked = false;
    const button = judgementForm.querySelector('button[type="submit"]');
    if (isDara) button.textContent = 'Record a regrade';
    update();
  });

  form.addEventListener('change', update);
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  age.addEventListener('input', update);
  maracSelect.addEventListener('change', update);
  update();
  return { update };
}
