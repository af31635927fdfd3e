// The interactive form, tested as a practitioner would use it, on a phone
// (390 x 844, touch) and on a desktop (1280 x 800): the count and level at 13
// and 14 yes answers, the summary bar on screen while answering, 16 px text
// and 44 px targets, no raw ids, an empty form that claims nothing, a
// judgement raised and a lowering refused, the MARAC decision with every
// route's reason, the victim's age asked for, UK times, DARA's frequency
// items, keyboard-only completion, axe-core, no sideways scroll, and the page
// opened from the file system (one classic script).
//
// test/browser/site.mjs imports formChecks; `node test/browser/form.mjs` runs
// it on its own after `npm run docs` (a static server on loopback and Debian's
// chromium driven by playwright-core, never a downloaded browser).
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PHONE = { name: '390', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP = { name: '1280', viewport: { width: 1280, height: 800 } };
const WIDTHS = [PHONE, DESKTOP];

const YES13 = ['current-injury', 'what-victim-fears', 'victim-depressed-or-suicidal', 'child-contact-conflict', 'controlling-or-jealous', 'sexual-abuse', 'other-person-threat', 'hurt-others', 'animal-abuse', 'financial-issues', 'drugs-alcohol-mental-health', 'perpetrator-suicide', 'breached-orders'];
const DASH_RIC_ORDER = ['current-injury', 'very-frightened', 'what-victim-fears', 'isolation', 'victim-depressed-or-suicidal', 'separation', 'child-contact-conflict', 'stalking-harassment', 'pregnancy-or-recent-birth', 'abuse-more-often', 'abuse-getting-worse', 'controlling-or-jealous', 'weapons', 'threats-to-kill', 'strangulation'];
/** Ids a reader must never see: item ids, answer codes, route ids, outcome codes, flag and edition ids. */
const RAW_IDS = [
  'threats-to-kill', 'current-injury', 'what-victim-fears', 'victim-depressed-or-suicidal', 'child-contact-conflict', 'stalking-harassment', 'pregnancy-or-recent-birth',
  'abuse-more-often', 'abuse-getting-worse', 'controlling-or-jealous', 'sexual-abuse', 'other-person-threat', 'hurt-others', 'animal-abuse', 'financial-issues',
  'drugs-alcohol-mental-health', 'perpetrator-suicide', 'breached-orders', 'criminal-history', 'very-frightened', 'hurt-children-or-dependants', 'threatened-children-or-dependants',
  'physical-violence', 'economic-control', 'sexual-coercion', 'victim-view-of-risk',
  'dont-know', 'more-than-once', 'not-known',
  'visible-high-risk', 'graded-high-risk', 'professional-judgement', 'potential-escalation',
  'no-referral', 'refer-to-marac', 'children-safeguarding', 'childrens-safeguarding-referral', 'victim-age-not-given',
  'unknowns-could-reach-threshold', 'post-separation-stalking-below-high', 'provisional-instrument',
  'dash-ric', 'police-dash', 's-dash', 'h-dash', 'judgement-refused', 'invalid-input', 'lowering-refused',
];

/** Runs the interactive form's checks. `check(name, fn)` records a pass/fail; `assert(cond, msg)` throws; `baseUrl` is the served site root (http://127.0.0.1:PORT/ with docs/site at /), `siteDir` the built site folder, `shots` the screenshot folder, `axeSource` the text of axe-core's axe.min.js. */
export async function formChecks({ browser, baseUrl, siteDir, shots, check, assert, axeSource }) {
  const formUrl = new URL('playground/index.html', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
  const errors = [];
  const contexts = [];

  async function open(width, { url = formUrl, contextOptions = {}, before } = {}) {
    const { name, ...options } = width;
    const context = await browser.newContext({ ...options, ...contextOptions });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${name}: ${error}`));
    page.on('console', (message) => message.type() === 'error' && errors.push(`${name}: ${message.text()}`));
    page.on('response', (response) => response.status() >= 400 && errors.push(`${name}: HTTP ${response.status()} ${response.url()}`));
    if (before) await before(page);
    await page.goto(url);
    await page.waitForSelector('[data-testid="count"]');
    return page;
  }
  const text = async (page, selector) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();
  const attr = (page, selector, name) => page.getAttribute(selector, name);
  const answer = (page, id, value) => page.check(`input[name="${id}"][value="${value}"]`);
  const level = (page) => attr(page, '[data-testid="level"]', 'data-level');
  const route = (page, id) => attr(page, `[data-route="${id}"]`, 'data-met');
  const outcome = (page) => attr(page, '[data-testid="marac-outcome"]', 'data-outcome');
  async function judge(page, { level: to, rationale, by, authorisedBy, refer }) {
    await page.check(`input[name="judgement-level"][value="${to}"]`);
    await page.fill('#dr-j-rationale', rationale ?? '');
    await page.fill('#dr-j-by', by ?? '');
    await page.fill('#dr-j-authorised', authorisedBy ?? '');
    if (refer) await page.check('input[name="referToMarac"]');
    await page.click('[data-testid="record-judgement"]');
  }
  async function accessibility(page, label) {
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert(serious.length === 0, `${label}: ${serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes — ${v.nodes[0]?.target}`).join('; ')}`);
  }
  async function noRawIds(page, label) {
    const visible = await page.evaluate(() => document.body.innerText);
    const found = RAW_IDS.filter((id) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(visible));
    assert(found.length === 0, `${label}: raw ids in visible text: ${found.join(', ')}`);
  }
  async function noSidewaysScroll(page, width, label) {
    const scrollWidth = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert(scrollWidth <= width, `${label}: page is ${scrollWidth}px wide at ${width}px`);
  }
  async function fillDashRic(page) {
    for (const id of YES13) await answer(page, id, 'yes');
    await answer(page, 'very-frightened', 'dont-know');
    await answer(page, 'isolation', 'no');
    await answer(page, 'threats-to-kill', 'declined');
  }

  try {
    // Ported from the site test: the count and the levels at 13 and 14 yes, the MARAC route at 14.
    await check('form (1280): 13 yes is medium with no MARAC route; the 14th makes it high and visible high risk', async () => {
      const page = await open(DESKTOP);
      assert((await text(page, 'body')).includes('stores nothing and sends nothing'), 'privacy statement missing');
      for (const id of YES13) await answer(page, id, 'yes');
      assert((await text(page, '[data-testid="count"]')) === '13', `count ${await text(page, '[data-testid="count"]')}`);
      assert((await level(page)) === 'medium', `level ${await level(page)}`);
      assert((await route(page, 'visible-high-risk')) === 'false', 'visible high risk met at 13');
      assert((await outcome(page)) === 'no-referral', 'outcome at 13');
      await answer(page, 'criminal-history', 'yes');
      assert((await text(page, '[data-testid="count"]')) === '14', 'count 14');
      assert((await level(page)) === 'high', 'level high at 14');
      assert((await attr(page, '[data-testid="bar-level"]', 'data-level')) === 'high', 'summary bar not high at 14');
      assert((await route(page, 'visible-high-risk')) === 'true', 'visible high risk not met at 14');
      assert((await outcome(page)) === 'refer-to-marac', 'outcome at 14');
      assert((await text(page, '[data-testid="marac-outcome"]')) === 'Refer to MARAC', 'outcome not shown in words');
      assert((await text(page, '.dr-judgement')).includes('Judgement step'), 'judgement step missing');
    });

    for (const width of WIDTHS) {
      await check(`form (${width.name}): can be completed with the keyboard alone`, async () => {
        const page = await open(width);
        let guard = 0;
        while ((await page.evaluate(() => document.activeElement?.getAttribute('name'))) !== 'current-injury' && guard++ < 60) await page.keyboard.press('Tab');
        assert(guard < 60, 'could not reach the first question with Tab');
        for (let i = 0; i < 14; i++) {
          await page.keyboard.press('ArrowRight');
          const next = DASH_RIC_ORDER[i + 1];
          let steps = 0;
          while ((await page.evaluate(() => document.activeElement?.getAttribute('name'))) !== next && steps++ < 30) await page.keyboard.press('Tab');
          assert(steps < 30, `could not Tab from question ${i + 1} to the next`);
        }
        assert((await text(page, '[data-testid="count"]')) === '14', `count ${await text(page, '[data-testid="count"]')} after keyboard entry`);
        assert((await level(page)) === 'high', 'level after keyboard entry');
        // The judgement can be recorded with the keyboard too.
        await page.focus('input[name="judgement-level"][value="high"]');
        await page.keyboard.press('Space');
        await page.focus('#dr-j-rationale');
        await page.keyboard.type('Strangulation disclosed');
        await page.keyboard.press('Tab');
        await page.keyboard.type('idva-1');
        await page.focus('[data-testid="record-judgement"]');
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-testid="judgement-history"] li');
      });

      await check(`form (${width.name}): the empty form shows no level and no red flags, but shows completeness and asks for the age`, async () => {
        const page = await open(width);
        const bar = await text(page, '[data-testid="bar"]');
        assert((await attr(page, '[data-testid="bar-level"]', 'data-level')) === '', 'the bar shows a level before any answer');
        assert(!/standard/i.test(await text(page, '[data-testid="bar-level"]')), 'the bar says standard before any answer');
        assert((await level(page)) === '' && !/standard/i.test(await text(page, '[data-testid="level"]')), 'the result shows a level before any answer');
        assert(!/red flags are present/i.test(await text(page, 'body')), '"red flags are present" before any answer');
        assert((await page.$$('[data-testid="flags"] li')).length === 0, 'red flags listed before any answer');
        assert(/Answered 0 of 24/.test(bar), `completeness not in the bar: ${bar}`);
        assert((await text(page, '[data-testid="completeness"]')).startsWith('Incomplete'), 'completeness not in the result');
        assert((await page.inputValue('[data-testid="age"]')) === '', 'the age is not empty at the start');
        assert(await page.isVisible('[data-notice="victim-age-not-given"]'), 'the missing-age notice is not shown');
        await page.screenshot({ path: join(shots, `form-${width.name}.png`), fullPage: false });
        await answer(page, 'current-injury', 'no');
        assert(/Answered 1 of 24/.test(await text(page, '[data-testid="bar"]')), 'completeness not updated in the bar');
        assert((await level(page)) === 'standard', 'no computed level once a question is answered');
      });

      await check(`form (${width.name}): the summary bar stays on screen while answering`, async () => {
        const page = await open(width);
        await fillDashRic(page);
        for (const selector of ['[data-item="criminal-history"]', '#dr-marac']) {
          await page.locator(selector).scrollIntoViewIfNeeded();
          if (selector === '[data-item="criminal-history"]') await answer(page, 'criminal-history', 'yes');
          const box = await page.evaluate(() => {
            const r = document.querySelector('[data-testid="bar"]').getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, height: r.height, inner: window.innerHeight, scrolled: window.scrollY };
          });
          assert(box.scrolled > 300, `the page did not scroll (${selector})`);
          assert(box.top >= -1 && box.bottom <= box.inner && box.height > 0, `summary bar out of view at ${selector}: ${JSON.stringify(box)}`);
          assert(box.height < box.inner / 4, `summary bar too tall: ${box.height}px`);
        }
        const bar = await text(page, '[data-testid="bar"]');
        for (const part of ['Yes 14 of 24', 'Answered 17 of 24', 'High (computed)', 'Red flags']) assert(bar.includes(part), `bar lacks "${part}": ${bar}`);
      });

      await check(`form (${width.name}): controls have 16 px text and 44 x 44 px targets`, async () => {
        const page = await open(width);
        await answer(page, 'threats-to-kill', 'yes');
        await answer(page, 'current-injury', 'yes');
        await page.click('[data-item="current-injury"] summary');
        const problems = await page.evaluate(() => {
          const out = [];
          const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
          const controls = [...document.querySelectorAll('main input, main select, main textarea, main button, main summary')].filter(visible);
          for (const el of controls) {
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (size < 16) out.push(`${el.tagName.toLowerCase()}[name=${el.name ?? ''}] font ${size}px`);
            const target = el.type === 'radio' || el.type === 'checkbox' ? (el.closest('label') ?? el) : el;
            const r = target.getBoundingClientRect();
            if (r.width < 44 || r.height < 44) out.push(`${el.tagName.toLowerCase()}[name=${el.name ?? ''}][value=${el.value ?? ''}] target ${r.width.toFixed(0)}x${r.height.toFixed(0)}`);
          }
          return { out: out.slice(0, 12), count: controls.length };
        });
        assert(problems.count > 100, `only ${problems.count} controls checked`);
        assert(problems.out.length === 0, problems.out.join('; '));
      });

      await check(`form (${width.name}): no raw ids in the visible text, empty and filled, DASH and DARA`, async () => {
        const page = await open(width);
        await noRawIds(page, 'empty');
        await fillDashRic(page);
        await answer(page, 'threats-to-kill', 'yes');
        await page.fill('[data-testid="age"]', '17');
        await judge(page, { level: 'high', rationale: 'Fears for her life', by: 'idva-12', refer: true });
        await judge(page, { level: 'medium', rationale: 'Try a lowering', by: 'idva-13' });
        assert((await text(page, '[data-testid="judgement-error"]')) !== '', 'the refused lowering shows nothing');
        await noRawIds(page, 'DASH RIC filled');
        await page.selectOption('#edition', 'dara');
        await page.waitForSelector('input[name="physical-violence"]');
        await answer(page, 'separation', 'yes');
        await answer(page, 'stalking-harassment', 'more-than-once');
        await answer(page, 'physical-violence', 'not-known');
        await judge(page, { level: 'medium', rationale: 'No injury seen', by: 'pc-1' });
        await noRawIds(page, 'DARA graded');
      });

      await check(`form (${width.name}): no sideways scroll, empty and filled`, async () => {
        const page = await open(width);
        await noSidewaysScroll(page, width.viewport.width, 'empty');
        await fillDashRic(page);
        await answer(page, 'threats-to-kill', 'yes');
        await page.fill('[data-testid="age"]', '15');
        await judge(page, { level: 'medium', rationale: 'x', by: 'idva-1' });
        await noSidewaysScroll(page, width.viewport.width, 'filled');
      });

      await check(`accessibility (${width.name}): no serious or critical axe violations on the form, empty, filled and with an error`, async () => {
        const page = await open(width);
        await accessibility(page, 'empty');
        await fillDashRic(page);
        await answer(page, 'threats-to-kill', 'yes');
        await page.fill('[data-testid="age"]', 'abc');
        await judge(page, { level: 'medium', rationale: 'y', by: 'idva-2' });
        await page.click('[data-item="current-injury"] summary');
        await accessibility(page, 'filled');
        await page.selectOption('#edition', 'dara');
        await page.waitForSelector('input[name="physical-violence"]');
        await answer(page, 'weapons', 'once');
        await judge(page, { level: 'high', rationale: 'Weapon used', by: 'pc-2' });
        await accessibility(page, 'DARA');
        if (width === DESKTOP) {
          await page.selectOption('#edition', 'dash-ric');
          await page.waitForSelector('input[name="current-injury"]');
          await fillDashRic(page);
          await page.screenshot({ path: join(shots, 'form-1280-filled.png'), fullPage: false });
        }
      });
    }

    await check('form (390): a judgement raising the level is recorded and shown, with the MARAC decision and every route\u2019s reason', async () => {
      const page = await open(PHONE);
      for (const id of YES13) await answer(page, id, 'yes');
      assert((await level(page)) === 'medium', 'not medium at 13');
      await judge(page, { level: 'high', rationale: 'Strangulation disclosed last week; she believes he will kill her', by: 'idva-12', refer: true });
      assert((await text(page, '[data-testid="judgement-error"]')) === '', `refused: ${await text(page, '[data-testid="judgement-error"]')}`);
      assert((await text(page, '[data-testid="judgement-status"]')).startsWith('Judgement recorded: High'), 'no confirmation');
      assert((await attr(page, '[data-testid="bar-level"]', 'data-level')) === 'high', 'the bar does not show the judged level');
      assert((await text(page, '[data-testid="bar-level"]')).includes('judgement'), 'the bar does not say the level is a judgement');
      assert((await attr(page, '[data-testid="final-level"]', 'data-level')) === 'high', 'final level not high');
      assert((await level(page)) === 'medium', 'the computed level changed');
      assert((await attr(page, '[data-testid="judgement-history"] li', 'data-action')) === 'raised', 'history does not show a raise');
      const history = await text(page, '[data-testid="judgement-history"]');
      assert(history.includes('from Medium to High') && history.includes('referred to MARAC') && history.includes('Strangulation disclosed'), `history: ${history}`);
      assert((await outcome(page)) === 'refer-to-marac', 'no referral after a referral on judgement');
      assert((await route(page, 'professional-judgement')) === 'true', 'professional judgement route not met');
      const routes = await page.$$eval('[data-route]', (items) => items.map((li) => ({ id: li.dataset.route, title: li.querySelector('strong')?.textContent ?? '', met: li.querySelector('.dr-met')?.textContent ?? '', reason: li.querySelector('.dr-route-reason')?.textContent ?? '' })));
      assert(routes.length === 5, `${routes.length} routes shown`);
      for (const r of routes) assert(r.title.length > 3 && /^(Met|Not met)$/.test(r.met) && r.reason.length > 20, `route ${r.title || r.id} lacks its reason`);
      await page.fill('[data-testid="age"]', '17');
      assert(!(await page.isVisible('[data-notice="victim-age-not-given"]')), 'missing-age notice still shown with an age');
      assert((await text(page, '[data-testid="marac-actions"]')).includes('Children\u2019s safeguarding referral (required)'), 'no children\u2019s safeguarding referral at 17');
      await page.selectOption('#dr-marac-policy', { index: 1 });
      assert((await text(page, '#dr-marac')).includes('safelives version 2024.2'), 'the MARAC policy chosen is not named');
      await page.selectOption('#dr-marac-policy', { index: 0 });
      await page.evaluate(() => document.querySelector('[data-testid="judgement-history"]').scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: join(shots, 'form-390-filled.png'), fullPage: false });
    });

    await check('form (390): a lowering below the computed level is refused under the default policy, with the library\u2019s reason', async () => {
      const page = await open(PHONE);
      for (const id of [...YES13, 'criminal-history']) await answer(page, id, 'yes');
      assert((await level(page)) === 'high', 'not high at 14');
      await judge(page, { level: 'medium', rationale: 'Secret words 12345', by: 'idva-12' });
      const message = await text(page, '[data-testid="judgement-error"]');
      assert(message.includes('below the computed level'), `refusal: ${message}`);
      assert(!message.includes('Secret words'), 'the refusal repeats the practitioner\u2019s text');
      assert((await attr(page, '[data-testid="bar-level"]', 'data-level')) === 'high', 'the level went down');
      assert((await page.$$('[data-testid="judgement-history"] li')).length === 0, 'the refused lowering was recorded');
      await judge(page, { level: 'high', rationale: '', by: 'idva-12' });
      assert((await text(page, '[data-testid="judgement-error"]')).includes('Reasons'), 'a blank rationale is not refused with its reason');
      // A judgement that no longer fits changed answers is taken off, and says so.
      await answer(page, 'criminal-history', 'no');
      await judge(page, { level: 'medium', rationale: 'Confirm medium', by: 'idva-12' });
      assert((await page.$$('[data-testid="judgement-history"] li')).length === 1, 'medium not recorded at 13');
      await answer(page, 'criminal-history', 'yes');
      assert((await attr(page, '[data-testid="bar-level"]', 'data-level')) === 'high', 'a stale medium judgement kept the level below the count');
      assert((await text(page, '[data-testid="judgement-error"]')).includes('no longer fits'), 'the dropped judgement is not explained');
    });

    await check('form (390): times are shown in UK time (Europe/London), whatever the device\u2019s time zone', async () => {
      const page = await open(PHONE, {
        contextOptions: { timezoneId: 'America/New_York', locale: 'en-US' },
        before: (p) => p.clock.setFixedTime(new Date('2025-07-01T12:00:00Z')),
      });
      await answer(page, 'current-injury', 'yes');
      await judge(page, { level: 'high', rationale: 'Raised', by: 'idva-7', refer: true });
      const body = await text(page, 'body');
      for (const part of ['Started 1 Jul 2025, 13:00 BST', 'Checked 1 Jul 2025, 13:00 BST']) assert(body.includes(part), `"${part}" not shown`);
      assert((await text(page, '[data-testid="judgement-history"]')).includes('1 Jul 2025, 13:00 BST'), 'judgement time not in UK time');
      assert((await text(page, '[data-route="professional-judgement"]')).includes('13:00 BST'), 'the route reason keeps an ISO time');
      assert(!/2025-07-01T12:00|08:00/.test(body), 'a UTC or New York time is shown');
    });

    await check('form (390): the follow-ups come from the Questionnaire\u2019s enableWhen (sub-options only with yes)', async () => {
      const page = await open(PHONE);
      const group = 'fieldset:has(> legend + .dr-choices input[name="threats-to-kill.options.threatened"])';
      assert(!(await page.isVisible(group)), 'sub-options shown before any answer');
      await answer(page, 'threats-to-kill', 'yes');
      assert(await page.isVisible(group), 'sub-options not shown after yes');
      const labels = await page.$$eval('input[name="threats-to-kill.options.threatened"]', (inputs) => inputs.map((input) => input.closest('label').textContent.trim()));
      assert(labels.length === 3 && labels.every((label) => !label.includes('-')), `sub-option labels: ${labels.join(', ')}`);
      await answer(page, 'threats-to-kill', 'no');
      assert(!(await page.isVisible(group)), 'sub-options still shown after no');
      assert(await page.isVisible('[data-item="threats-to-kill"] summary'), 'source and comment not offered once answered');
    });

    await check('form (390): DARA\u2019s frequency items have their choices; a grade, a consistency flag, a regrade and the graded-high route', async () => {
      const page = await open(PHONE);
      await page.selectOption('#edition', 'dara');
      await page.waitForSelector('input[name="physical-violence"]');
      const values = await page.$$eval('input[name="physical-violence"]', (inputs) => inputs.map((input) => input.value));
      assert(values.join() === 'never,once,more-than-once,not-known,declined,', `frequency choices: ${values.join()}`);
      const labels = await page.$$eval('input[name="physical-violence"]', (inputs) => inputs.map((input) => input.closest('label').textContent.trim()));
      assert(labels.includes('More than once') && labels.includes('Not known'), `frequency labels: ${labels.join(', ')}`);
      assert((await attr(page, '[data-testid="bar-level"]', 'data-level')) === '', 'a grade before the assessor gave one');
      await answer(page, 'separation', 'yes');
      await answer(page, 'stalking-harassment', 'more-than-once');
      assert((await text(page, '[data-testid="bar-count"]')).includes('Disclosed 2'), `bar: ${await text(page, '[data-testid="bar-count"]')}`);
      await judge(page, { level: 'medium', rationale: 'No injury seen', by: 'pc-1' });
      assert((await text(page, '[data-testid="flags"]')).includes('Stalking after separation graded below high'), 'consistency flag missing');
      await judge(page, { level: 'high', rationale: 'Post-separation stalking', by: 'sgt-2' });
      assert((await attr(page, '[data-testid="bar-level"]', 'data-level')) === 'high', 'regrade not shown');
      assert((await route(page, 'graded-high-risk')) === 'true', 'graded high risk not met');
      await judge(page, { level: 'standard', rationale: 'Lower it', by: 'sgt-3' });
      assert((await text(page, '[data-testid="judgement-error"]')).includes('Authorised by'), 'a lowering of another\u2019s grade without an authoriser is not refused');
      await judge(page, { level: 'medium', rationale: 'Reviewed with the victim', by: 'sgt-3', authorisedBy: 'insp-1' });
      assert((await attr(page, '[data-testid="bar-level"]', 'data-level')) === 'medium', 'an authorised lowering is not recorded');
      assert((await page.$$eval('[data-testid="judgement-history"] li', (items) => items.map((li) => li.dataset.action))).join() === 'set,raised,lowered', 'history');
    });

    await check('form (390): the S-DASH screen computes no level and says so; the page says the RIM is not in the form', async () => {
      const page = await open(PHONE);
      assert((await text(page, 'main')).includes('Barnardo\u2019s risk identification matrix (RIM) is not in this form'), 'the RIM statement is missing');
      await page.selectOption('#edition', 's-dash');
      await page.waitForSelector('input[name="stalking-victim-frightened"]');
      await answer(page, 'stalking-victim-frightened', 'yes');
      assert((await text(page, '[data-testid="count"]')) === '1', 'S-DASH count');
      assert((await text(page, '[data-testid="level"]')) === 'none computed', 'S-DASH level');
      assert((await text(page, '.dr-judgement')).includes('computes no level'), 'S-DASH judgement prompt');
    });

    await check('form (1280): the police DASH can be chosen, with the children flag', async () => {
      const page = await open(DESKTOP);
      await page.selectOption('#edition', 'police-dash');
      await page.waitForSelector('input[name="threatened-children-or-dependants"]');
      await answer(page, 'threatened-children-or-dependants', 'yes');
      assert((await text(page, '[data-testid="flags"]')).includes('Children or dependants'), 'children flag missing');
      assert((await text(page, '[data-testid="bar-answered"]')).includes('of 27'), 'police DASH completeness');
    });

    await check('form: one classic script with no zod, and the page works opened from the file system', async () => {
      const bundle = readFileSync(join(siteDir, 'playground', 'form.js'), 'utf8');
      assert(!/zod/i.test(bundle), 'the bundle contains zod');
      assert(!/^\s*(?:import|export)\s/m.test(bundle), 'the bundle is not a classic script');
      const page = await open(PHONE, { url: pathToFileURL(join(siteDir, 'playground', 'index.html')).href });
      const scripts = await page.$$eval('script', (list) => list.map((s) => ({ src: s.getAttribute('src'), type: s.type, defer: s.defer })));
      assert(scripts.length === 1 && scripts[0].src === 'form.js' && scripts[0].type === '' && scripts[0].defer, `scripts: ${JSON.stringify(scripts)}`);
      await answer(page, 'current-injury', 'yes');
      assert((await text(page, '[data-testid="count"]')) === '1', 'count from file://');
      await page.selectOption('#edition', 'dara');
      await page.waitForSelector('input[name="physical-violence"]');
    });

    await check('form: no script error on any page', () => {
      assert(errors.length === 0, `script errors: ${errors.slice(0, 10).join('; ')}`);
    });
  } finally {
    for (const context of contexts) await context.close().catch(() => {});
  }
}

// Run on its own: `node test/browser/form.mjs` after `npm run docs` (FORM_SITE_DIR=<folder> tests another copy of the site).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('playwright-core');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  // FORM_SITE_DIR: test a copy of the built site (say, while docs/site is being rebuilt).
  const siteDir = process.env.FORM_SITE_DIR ? normalize(process.env.FORM_SITE_DIR).replace(/[\\/]$/, '') : join(root, 'docs', 'site');
  const shots = join(root, 'test', '.out', 'screenshots');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(join(siteDir, 'playground', 'index.html'))) {
    console.error('docs/site/playground not built: run npm run docs first');
    process.exit(2);
  }
  if (!existsSync(executablePath)) {
    console.error(`no chromium at ${executablePath}: install Debian's chromium (apt-get install chromium)`);
    process.exit(2);
  }
  mkdirSync(shots, { recursive: true });
  let passed = 0;
  let failed = 0;
  const check = async (name, fn) => {
    try {
      await fn();
      passed++;
      console.log(`  ok  ${name}`);
    } catch (error) {
      failed++;
      console.log(`  FAIL ${name}\n       ${String(error?.message ?? error).split('\n').join('\n       ')}`);
    }
  };
  const assert = (condition, message) => {
    if (!condition) throw new Error(message);
  };
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = normalize(join(siteDir, decodeURIComponent(url.pathname)));
    if (!path.startsWith(siteDir + sep) && path !== siteDir) return res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  try {
    await formChecks({ browser, baseUrl: `http://127.0.0.1:${server.address().port}/`, siteDir, shots, check, assert, axeSource });
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`form: ${passed} passed, ${failed} failed (screenshots in test/.out/screenshots/)`);
  process.exit(failed === 0 ? 0 : 1);
}
