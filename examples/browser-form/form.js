// An assessment form generated from an edition, scored live with the
// zod-free entry points (`da-risk/score`, `da-risk/marac`). No framework, no
// network, no storage: the answers live only in the page.
//
// mountAssessmentForm(root, { instrument, policy, maracPolicy, assessTrusted, applyJudgementTrusted, checkMaracTrusted })
// renders the questions as native radio groups (keyboard-usable, labelled for
// screen readers) and a live result panel.

const html = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const VALUE_LABELS = { yes: 'Yes', no: 'No', 'dont-know': "Don't know", declined: 'Declined', never: 'Never', once: 'Once', 'more-than-once': 'More than once', 'not-known': 'Not known' };

export function mountAssessmentForm(root, options) {
  const { instrument, policy, maracPolicy, assessTrusted, checkMaracTrusted } = options;
  const answerValues = {
    'yes-no-dont-know': ['yes', 'no', 'dont-know', 'declined'],
    'yes-no': ['yes', 'no', 'declined'],
  };
  const form = document.createElement('form');
  form.className = 'dr-form';
  form.setAttribute('aria-describedby', 'dr-privacy');
  form.innerHTML = `
    <p id="dr-privacy" class="dr-privacy">This form stores nothing and sends nothing: answers stay in this page and are gone when you close it.</p>
    ${instrument.sections
      .map(
        (section) => `
      <section class="dr-section" aria-labelledby="dr-s-${html(section.id)}">
        <h3 id="dr-s-${html(section.id)}">${html(section.label)}</h3>
        ${instrument.items
          .filter((item) => item.section === section.id)
          .map(
            (item) => `
          <fieldset class="dr-item" data-item="${html(item.id)}">
            <legend><span class="dr-number">${item.number}.</span> ${html(item.label)}</legend>
            <div class="dr-choices">
              ${(answerValues[item.answerType] ?? [])
                .map(
                  (value) => `
                <label><input type="radio" name="${html(item.id)}" value="${html(value)}"> ${html(VALUE_LABELS[value] ?? value)}</label>`,
                )
                .join('')}
              <label class="dr-clear"><input type="radio" name="${html(item.id)}" value="" checked> Not answered</label>
            </div>
          </fieldset>`,
          )
          .join('')}
      </section>`,
      )
      .join('')}
    <fieldset class="dr-item">
      <legend>For the MARAC check</legend>
      <label>Victim's age <input type="number" name="victimAge" min="0" max="130" value="30" inputmode="numeric"></label>
    </fieldset>`;
  const panel = document.createElement('aside');
  panel.className = 'dr-result';
  panel.setAttribute('aria-live', 'polite');
  panel.setAttribute('aria-label', 'Result');
  root.replaceChildren(form, panel);

  const update = () => {
    const answers = {};
    for (const item of instrument.items) {
      const checked = form.querySelector(`input[name="${CSS.escape(item.id)}"]:checked`);
      if (checked && checked.value !== '') answers[item.id] = { value: checked.value };
    }
    const result = assessTrusted(instrument, { instrument: { id: instrument.id, edition: instrument.edition }, answers }, policy);
    const age = Number(form.querySelector('input[name="victimAge"]').value);
    const decision = checkMaracTrusted({ now: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), ...(Number.isInteger(age) ? { victimAge: age } : {}), assessment: result }, maracPolicy);
    panel.innerHTML = `
      <h3>Result</h3>
      <p class="dr-count">Count: <strong data-testid="count">${result.count}</strong> of ${result.countOutOf}</p>
      <p>Don't know ${result.tally.dontKnow}, declined ${result.tally.declined}, not answered ${result.tally.unanswered} — none counted as yes or no.</p>
      <p class="dr-level">Computed level: <strong data-testid="level">${html(result.computed?.level ?? 'none')}</strong></p>
      <p class="dr-small">${html(result.computed?.reason ?? '')}</p>
      <div class="dr-judgement" role="note"><strong>Judgement step (${html(result.judgement.status)}):</strong> ${html(result.judgement.prompt)}</div>
      <h4>Red flags</h4>
      ${result.flags.length === 0 ? '<p>None raised.</p>' : `<ul data-testid="flags">${result.flags.map((flag) => `<li><strong>${html(flag.title)}</strong>: ${html(flag.reason)}</li>`).join('')}</ul>`}
      <h4>MARAC (${html(decision.policy.id)} ${html(decision.policy.version)})</h4>
      <p>Outcome: <strong data-testid="marac-outcome">${html(decision.outcome)}</strong></p>
      <ul data-testid="marac-routes">${decision.routes.map((route) => `<li data-route="${html(route.id)}" data-met="${route.met}">${route.met ? 'Met' : 'Not met'}: ${html(route.reason)}</li>`).join('')}</ul>
      ${result.notices.map((notice) => `<p class="dr-notice">${html(notice.message)}</p>`).join('')}`;
  };
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
  return { update };
}
