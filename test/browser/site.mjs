// The documentation site, tested as a practitioner and a developer would use it: a static
// server on loopback, Debian's chromium driven by playwright-core (never a downloaded browser),
// at a phone's width (390 px) and a desktop's (1280 px). It checks the links, the practitioner
// landing page, the navigation, the version and build date on every page, the search over the
// guides' text, the edition pages (cards on a phone, rows on a desktop, no word broken, no
// sideways scroll), the module pages grouped by task, and axe-core accessibility; then runs the
// interactive form's checks (test/browser/form.mjs). Screenshots go to test/.out/screenshots/.
// Run after `npm run docs`: `npm run test:site`.
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const site = join(root, 'docs', 'site');
const shots = join(root, 'test', '.out', 'screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(join(site, 'index.html'))) {
  console.error('docs/site not built: run npm run docs first');
  process.exit(2);
}
if (!existsSync(executablePath)) {
  console.error(`no chromium at ${executablePath}: install Debian's chromium (apt-get install chromium)`);
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
// Screenshots this test took under earlier names (the form's are now test/browser/form.mjs's).
for (const stale of ['home.png', 'edition-dash-ric-2009.png', 'guide-marac-routes.png', 'playground-13-yes.png', 'playground-14-yes.png']) rmSync(join(shots, stale), { force: true });

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The edition data the pages were generated from (the build `npm run docs` made).
const { shippedInstruments } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ok  ${name}`);
  } catch (error) {
    failed++;
    console.log(`  FAIL ${name}\n       ${String(error?.message ?? error).split('\n').join('\n       ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}
const rel = (file) => relative(site, file).split(sep).join('/');
// typedoc's pages: not the form (docs/build-site.mjs writes it) nor the redirect copied to media/.
const typedocPages = htmlFiles(site).filter((file) => !/[\\/](playground|media)[\\/]/.test(file));

const WIDTHS = [390, 1280];
const CATEGORIES = ['Scoring', 'Judgement', 'MARAC', 'Case rules', 'Editions and policies', 'Stored results', 'Interop', 'Errors and validation', 'Dates and times', 'Testing'];
const GUIDES = [
  'From_answers_to_a_level',
  'Raising,_lowering_and_what_gets_recorded',
  'The_MARAC_routes,_with_worked_examples',
  'DARA_and_the_Barnardo_s_matrix',
  'Reassessment_and_review_deadlines',
  'The_limits_of_these_tools',
  'Provisional_and_verified',
  'Data_protection',
  'Case_history,_episodes_and_which_assessment_counts',
];
const editionPage = (instrument) => `documents/${instrument.id}_${instrument.edition}.html`;

// 1. Every relative link and source in every page points at a file that exists.
await check('no broken links or sources in the built site', () => {
  const broken = [];
  const files = htmlFiles(site);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
      const target = match[1];
      if (/^(?:[a-z]+:|#|\/\/)/i.test(target) || target.startsWith('data:')) continue;
      const path = normalize(join(dirname(file), decodeURIComponent(target.split('#')[0].split('?')[0])));
      const resolved = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
      if (!existsSync(resolved)) broken.push(`${rel(file)} -> ${target}`);
    }
    // A `site:` link (docs/typedoc-run.mjs rewrites them) left as it was would go nowhere.
    if (html.includes('href="site:')) broken.push(`${rel(file)} -> an unrewritten site: link`);
  }
  assert(files.length > 20, `only ${files.length} pages were built`);
  assert(broken.length === 0, `broken links:\n${[...new Set(broken)].slice(0, 20).join('\n')}`);
});

// 2. The footer of every typedoc page names the package version and one build date.
const builds = new Set();
await check('every page names the package version and the build date (all pages, from the files)', () => {
  const missing = [];
  for (const file of typedocPages) {
    const html = readFileSync(file, 'utf8');
    const footer = /<span class="dr-build" data-version="([^"]+)" data-built="(\d{4}-\d{2}-\d{2})">[^<]*<time datetime="\2">[^<]+<\/time>/.exec(html);
    if (footer === null || footer[1] !== version) missing.push(rel(file));
    else builds.add(footer[2]);
    if (!html.includes(`v${version}</a>`)) missing.push(`${rel(file)} (header)`);
  }
  assert(missing.length === 0, `pages without the version and build date: ${missing.slice(0, 10).join(', ')}`);
  assert(builds.size === 1, `pages disagree on the build date: ${[...builds].join(', ')}`);
  const built = [...builds][0];
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  assert(!Number.isNaN(Date.parse(`${built}T12:00:00Z`)) && built <= today, `build date ${built} is not a date up to today (${today}, Europe/London)`);
});

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let path = normalize(join(site, decodeURIComponent(url.pathname)));
  if (!path.startsWith(site + sep) && path !== site) return res.writeHead(403).end();
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) return res.writeHead(404).end('not found');
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const errors = [];
const pages = {};
for (const width of WIDTHS) {
  const page = await browser.newPage(width < 800 ? { viewport: { width, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width, height: 900 } });
  page.on('pageerror', (error) => errors.push(`${error} (${width} px, ${page.url()})`));
  page.on('console', (message) => message.type() === 'error' && errors.push(`${message.text()} (${width} px, ${page.url()})`));
  page.on('response', (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()} ${new URL(response.url()).pathname}`));
  pages[width] = page;
}
const open = async (page, path) => {
  const response = await page.goto(`${base}/${path}`);
  assert(response?.ok(), `${path}: HTTP ${response?.status()}`);
  await page.waitForLoadState('load');
};

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function accessibility(page, label) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(serious.length === 0, `${label}: ${serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes — ${v.nodes[0]?.target}`).join('; ')}`);
}
/** No sideways scroll: the page is no wider than the window. */
async function noSidewaysScroll(page, label) {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert(scroll <= inner, `${label}: the page is ${scroll} px wide in a ${inner} px window`);
}

try {
  for (const width of WIDTHS) {
    const page = pages[width];
    await check(`${width} px: the home page is the practitioner landing page, with the form and the guides`, async () => {
      await open(page, 'index.html');
      const content = page.locator('.col-content');
      const h1 = (await content.locator('h1').first().textContent()).trim();
      assert(h1.startsWith('Domestic-abuse risk checklists'), `home page heading is "${h1}", not the landing page`);
      const text = await content.textContent();
      for (const phrase of ['None of these tools predicts homicide', 'supports your professional judgement', 'provisional', 'stores nothing', 'What it is not', 'Where to start']) {
        assert(text.includes(phrase), `landing page lacks "${phrase}"`);
      }
      assert((await content.locator('pre, code').count()) === 0, 'the landing page shows code: it is for practitioners');
      const hrefs = await content.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert(hrefs.includes('playground/index.html'), `no link to the form (links: ${hrefs.join(', ')})`);
      for (const guide of GUIDES) assert(hrefs.includes(`documents/${guide}.html`), `no link to the guide ${guide}`);
      assert(hrefs.includes('documents/README_for_developers.html'), 'no link to the developer README');
      await page.screenshot({ path: join(shots, `home-${width}.png`), fullPage: false });
      await noSidewaysScroll(page, 'home');
      await page.locator('.col-content a[href="playground/index.html"]').first().click();
      await page.waitForLoadState('load');
      assert(page.url().endsWith('/playground/index.html'), `the form link went to ${page.url()}`);
      await open(page, 'documents/README_for_developers.html');
      assert((await page.textContent('.col-content')).includes('npm install da-risk'), 'the developer README page lacks the README');
    });

    await check(`${width} px: the navigation holds the form and the practitioner guides, on every kind of page`, async () => {
      for (const path of ['index.html', 'documents/Data_protection.html', 'documents/dash-ric_2009.html', 'modules/marac.html', 'functions/index.assess.html']) {
        await open(page, path);
        if (width < 800) {
          await page.click('#tsd-toolbar-menu-trigger');
          await page.locator('#tsd-sidebar-links a.tsd-nav-link').first().waitFor({ state: 'visible' });
        }
        const scope = width < 800 ? '#tsd-sidebar-links' : '#tsd-toolbar-links';
        const links = await page.locator(`${scope} a:visible`).evaluateAll((as) => as.map((a) => [a.textContent.trim(), a.href]));
        const to = (label) => links.find(([text]) => text === label)?.[1] ?? '';
        assert(to('Interactive form') === `${base}/playground/index.html`, `${path}: the form link is "${to('Interactive form')}" (${JSON.stringify(links)})`);
        assert(to('Practitioner guides') === `${base}/documents/${GUIDES[0]}.html`, `${path}: the guides link is "${to('Practitioner guides')}"`);
        assert(to('Start here') === `${base}/index.html`, `${path}: no link to the landing page`);
        const menu = await page.textContent('.site-menu');
        for (const group of ['Practitioner guides', 'Developer guides', 'Editions']) assert(menu.includes(group), `${path}: the menu lacks ${group}`);
      }
    });

    await check(`${width} px: the version and the build date show on every kind of page`, async () => {
      const built = [...builds][0];
      for (const path of ['index.html', `documents/${GUIDES[5]}.html`, 'documents/police-dash_2009.html', 'modules/index.html', 'modules.html', 'functions/index.checkMarac.html', 'interfaces/index.AssessmentResult.html', 'variables/index.safelivesMarac.html']) {
        await open(page, path);
        const title = await page.locator('.tsd-page-toolbar a.title').textContent();
        assert(title.includes(`v${version}`), `${path}: the header shows "${title}", not version ${version}`);
        const footer = page.locator('footer .dr-build');
        await footer.scrollIntoViewIfNeeded();
        assert(await footer.isVisible(), `${path}: the build line is not visible`);
        const text = await footer.textContent();
        const long = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${built}T12:00:00Z`));
        assert(text.includes(`version ${version}`) && text.includes(long), `${path}: the footer reads "${text}"`);
      }
    });

    await check(`${width} px: search finds a guide by a word in its text, not only symbols`, async () => {
      // "scrapping" occurs in the text of one guide only: no symbol, no comment, no title.
      const guide = readFileSync(join(root, 'docs', 'guides', 'practitioners', '06-limits.md'), 'utf8');
      assert(/\bscrapping\b/.test(guide), 'the search word is gone from the limits guide: choose another');
      for (const [query, expected] of [['scrapping', 'The_limits_of_these_tools'], ['minister scrapping', 'The_limits_of_these_tools'], ['inspectors', 'Reassessment_and_review_deadlines']]) {
        await open(page, 'index.html');
        await page.click('#tsd-search-trigger');
        await page.fill('#tsd-search-input', query);
        await page.locator('#tsd-search-results li a').first().waitFor({ timeout: 10_000 });
        const results = await page.locator('#tsd-search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert(results.some((href) => href.includes(`documents/${expected}.html`)), `searching "${query}" found ${results.join(', ')}, not ${expected}`);
        if (query === 'scrapping') {
          assert(results[0].includes(expected), `searching "${query}" put ${results[0]} first`);
          await page.screenshot({ path: join(shots, `search-${width}.png`), fullPage: false });
        }
      }
    });

    await check(`${width} px: edition pages: ${width < 800 ? 'a card' : 'a row'} per question with number, label, answer type, tags and provenance; no word broken, no sideways scroll`, async () => {
      for (const instrument of shippedInstruments) {
        const path = editionPage(instrument);
        await open(page, path);
        await noSidewaysScroll(page, path);
        const items = await page.locator('.dr-items tbody tr').evaluateAll((rows) =>
          rows.map((tr) => {
            const cells = [...tr.children];
            const box = tr.getBoundingClientRect();
            return {
              cells: cells.map((td) => td.textContent.trim()),
              before: cells.map((td) => getComputedStyle(td, '::before').content),
              display: getComputedStyle(tr).display,
              box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
              overflowing: cells.filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent.trim().slice(0, 40)),
            };
          }),
        );
        assert(items.length === instrument.items.length, `${path}: ${items.length} rows or cards for ${instrument.items.length} items`);
        instrument.items.forEach((item, i) => {
          const [number, id, label, answer, tags, provenance] = items[i].cells;
          const where = `${path}, item ${item.number}`;
          assert(number === String(item.number) && id === item.id, `${where}: number and id read "${number}", "${id}"`);
          assert(label.startsWith(item.label), `${where}: label reads "${label}"`);
          assert(answer.includes(item.answerType), `${where}: answer type reads "${answer}"`);
          assert(item.tags.every((tag) => tags.includes(tag)) && (item.tags.length > 0 || tags === '—'), `${where}: tags read "${tags}"`);
          assert(provenance.startsWith(item.provenance.status), `${where}: provenance reads "${provenance}"`);
          assert(items[i].overflowing.length === 0, `${where}: text overflows its cell: ${items[i].overflowing.join('; ')}`);
        });
        if (width < 800) {
          for (const [i, card] of items.entries()) {
            assert(card.display === 'flex', `${path}: item ${i + 1} is not a card (display ${card.display})`);
            assert(card.box.left >= 0 && card.box.right <= width, `${path}: card ${i + 1} runs off the screen`);
            assert(i === 0 || card.box.top >= items[i - 1].box.bottom, `${path}: card ${i + 1} is beside card ${i}, not below it`);
            for (const [cell, want] of [[1, '"Item id: "'], [3, '"Answer type: "'], [4, '"Tags: "'], [5, '"Provenance: "']]) {
              assert(card.before[cell] === want, `${path}: card ${i + 1} line ${cell + 1} is labelled ${card.before[cell]}, not ${want}`);
            }
          }
        } else {
          assert(items.every((row) => row.display === 'table-row'), `${path}: questions are not table rows on a desktop`);
        }
        const breaking = await page.locator('.col-content').evaluate((content) =>
          [content, ...content.querySelectorAll('*')]
            .filter((el) => el.textContent.trim() !== '')
            .map((el) => ({ el, style: getComputedStyle(el) }))
            .filter(({ style }) => style.wordBreak === 'break-all' || style.wordBreak === 'break-word' || style.overflowWrap === 'anywhere' || style.overflowWrap === 'break-word' || style.hyphens === 'auto')
            .map(({ el, style }) => `${el.tagName.toLowerCase()}.${el.className} (word-break ${style.wordBreak}, overflow-wrap ${style.overflowWrap}, hyphens ${style.hyphens})`),
        );
        assert(breaking.length === 0, `${path}: text that may break mid-word: ${[...new Set(breaking)].slice(0, 5).join('; ')}`);
      }
      await open(page, editionPage(shippedInstruments.find((i) => i.id === 'dash-ric')));
      await page.locator('.dr-items').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.evaluate(() => window.scrollBy(0, -140));
      await page.screenshot({ path: join(shots, `edition-${width}.png`), fullPage: false });
    });

    await check(`${width} px: module pages are grouped by task, not one alphabetical list`, async () => {
      const modules = readdirSync(join(site, 'modules')).filter((name) => name.endsWith('.html'));
      assert(modules.length >= 10, `only ${modules.length} module pages`);
      for (const name of modules) {
        await open(page, `modules/${name}`);
        const headings = (await page.locator('.col-content details.tsd-member-group > summary h2').allTextContents()).map((h) => h.trim());
        const unknown = headings.filter((h) => !CATEGORIES.includes(h));
        assert(headings.length > 0 && unknown.length === 0, `modules/${name}: headings ${JSON.stringify(headings)} (not tasks: ${unknown.join(', ')})`);
        const order = headings.map((h) => CATEGORIES.indexOf(h));
        assert(order.every((at, i) => i === 0 || at > order[i - 1]), `modules/${name}: tasks out of order: ${headings.join(', ')}`);
        if (name === 'index.html') {
          for (const task of ['Scoring', 'Judgement', 'MARAC', 'Case rules', 'Interop']) assert(headings.includes(task), `modules/index.html lacks the task ${task}`);
        }
        await noSidewaysScroll(page, `modules/${name}`);
      }
      await open(page, 'modules/index.html');
      await page.screenshot({ path: join(shots, `module-${width}.png`), fullPage: false });
    });

    await check(`${width} px: accessibility: no serious or critical axe violations on the home page, a guide and an edition page`, async () => {
      for (const path of ['index.html', `documents/${GUIDES[0]}.html`, 'documents/dash-ric_2009.html', 'documents/barnardos-rim_2009-provisional.html']) {
        await open(page, path);
        await accessibility(page, `${path} at ${width} px`);
      }
      await open(page, `documents/${GUIDES[2]}.html`);
      await page.screenshot({ path: join(shots, `guide-${width}.png`), fullPage: false });
    });
  }

  const page = pages[1280];
  await check('a practitioner can navigate the guides in order', async () => {
    await open(page, `documents/${GUIDES[0]}.html`);
    assert((await page.textContent('h1')).includes('From answers to a level'), 'wrong first guide');
    const titles = [];
    for (let i = 0; i < 7; i++) {
      await page.click('.tsd-typography p:last-of-type a');
      await page.waitForLoadState();
      titles.push((await page.textContent('h1')).trim());
    }
    const expected = [
      'Raising, lowering and what gets recorded',
      'The MARAC routes, with worked examples',
      'DARA and the Barnardo',
      'Reassessment and review deadlines',
      'The limits of these tools',
      'What "provisional" and "unverified" mean here',
      'Data protection',
    ];
    expected.forEach((title, i) => assert(titles[i]?.startsWith(title), `guide ${i + 2} is "${titles[i]}", expected "${title}"`));
  });

  await check('no page is empty: every guide, edition page and module page has a heading and text', async () => {
    const files = typedocPages.filter((file) => /[\\/](documents|modules)[\\/]/.test(file) || file === join(site, 'index.html'));
    for (const file of files) {
      await open(page, rel(file));
      const heading = (await page.textContent('h1').catch(() => '')) ?? '';
      const text = (await page.textContent('.col-content, main').catch(() => '')) ?? '';
      assert(heading.trim() !== '' && text.trim().length > 80, `${rel(file)} looks empty`);
    }
  });

  await check('no page of the site raised a script error', () => {
    assert(errors.length === 0, `script errors: ${errors.slice(0, 10).join('; ')}`);
  });

  // The interactive form has its own checks (test/browser/form.mjs).
  const formChecksFile = join(dirname(fileURLToPath(import.meta.url)), 'form.mjs');
  if (existsSync(formChecksFile)) {
    const { formChecks } = await import(pathToFileURL(formChecksFile).href);
    await formChecks({ browser, baseUrl: base, siteDir: site, shots, check, assert, axeSource });
  } else {
    await check('form checks missing', () => assert(false, `no ${relative(root, formChecksFile)}: the interactive form is not tested`));
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`site: ${passed} passed, ${failed} failed (screenshots in test/.out/screenshots/)`);
process.exit(failed === 0 ? 0 : 1);
