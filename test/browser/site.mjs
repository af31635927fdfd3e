// The documentation site, tested as a user would: a static server on
// loopback, Debian's chromium driven by playwright-core (never a downloaded
// browser), link checks, the guides, the interactive form at 13 and 14 yes
// answers, keyboard-only completion, an axe-core accessibility check, and
// screenshots of the key pages saved to test/.out/screenshots/.
// Run after `npm run docs`: `npm run test:site`.
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
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
      if (!existsSync(resolved)) broken.push(`${relative(site, file)} -> ${target}`);
    }
  }
  assert(files.length > 20, `only ${files.length} pages were built`);
  assert(broken.length === 0, `broken links:\n${[...new Set(broken)].slice(0, 20).join('\n')}`);
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
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
page.on('pageerror', (error) => errors.push(String(error)));
page.on('console', (message) => message.type() === 'error' && errors.push(`${message.text()} (${page.url()})`));
page.on('response', (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()} ${new URL(response.url()).pathname}`));

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function accessibility(label) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(serious.length === 0, `${label}: ${serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes — ${v.nodes[0]?.target}`).join('; ')}`);
}

try {
  await check('the home page renders, with practitioner and developer guides in the navigation', async () => {
    await page.goto(`${base}/index.html`);
    await page.waitForSelector('.site-menu .tsd-accordion-summary');
    const nav = await page.textContent('.site-menu');
    for (const word of ['Practitioner guides', 'Developer guides', 'Editions']) assert(nav.includes(word), `navigation lacks ${word}`);
    await page.screenshot({ path: join(shots, 'home.png'), fullPage: false });
  });

  await check('a practitioner can navigate the guides in order', async () => {
    await page.goto(`${base}/documents/From_answers_to_a_level.html`);
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
    await page.goto(`${base}/documents/The_MARAC_routes,_with_worked_examples.html`);
    await page.screenshot({ path: join(shots, 'guide-marac-routes.png'), fullPage: false });
  });

  await check('no page is empty: every guide, edition page and module page has a heading and text', async () => {
    const pages = htmlFiles(site).filter((file) => /[\\/](documents|modules)[\\/]/.test(file) || file.endsWith(`${sep}index.html`) && !file.includes('playground') && !file.includes('media'));
    for (const file of pages) {
      await page.goto(`${base}/${relative(site, file).split(sep).join('/')}`);
      const heading = (await page.textContent('h1').catch(() => '')) ?? '';
      const text = (await page.textContent('.col-content, main').catch(() => '')) ?? '';
      assert(heading.trim() !== '' && text.trim().length > 80, `${relative(site, file)} looks empty`);
    }
  });

  await check('the edition page lists every question with its provenance', async () => {
    await page.goto(`${base}/documents/dash-ric_2009.html`);
    const rows = await page.$$eval('table tbody tr', (trs) => trs.length);
    assert(rows >= 24, `only ${rows} rows`);
    assert((await page.textContent('body')).includes('attested'), 'provenance missing');
    await page.screenshot({ path: join(shots, 'edition-dash-ric-2009.png'), fullPage: false });
  });

  await check('accessibility: no serious or critical axe violations on the home page, a guide and an edition page', async () => {
    for (const path of ['index.html', 'documents/From_answers_to_a_level.html', 'documents/dash-ric_2009.html']) {
      await page.goto(`${base}/${path}`);
      await accessibility(path);
    }
  });

  const resultText = async (id) => (await page.textContent(`[data-testid="${id}"]`)).trim();
  const route = async (id) => page.getAttribute(`[data-route="${id}"]`, 'data-met');
  const YES13 = ['current-injury', 'what-victim-fears', 'victim-depressed-or-suicidal', 'child-contact-conflict', 'controlling-or-jealous', 'sexual-abuse', 'other-person-threat', 'hurt-others', 'animal-abuse', 'financial-issues', 'drugs-alcohol-mental-health', 'perpetrator-suicide', 'breached-orders'];

  await check('the interactive form: 13 yes is medium with no MARAC route; the 14th makes it high and visible high risk', async () => {
    await page.goto(`${base}/playground/index.html`);
    await page.waitForSelector('[data-testid="count"]');
    assert((await page.textContent('body')).includes('stores nothing and sends nothing'), 'privacy statement missing');
    for (const id of YES13) await page.check(`input[name="${id}"][value="yes"]`);
    assert((await resultText('count')) === '13', `count ${await resultText('count')}`);
    assert((await resultText('level')) === 'medium', `level ${await resultText('level')}`);
    assert((await route('visible-high-risk')) === 'false', 'visible high risk met at 13');
    assert((await resultText('marac-outcome')) === 'no-referral', 'outcome at 13');
    await page.screenshot({ path: join(shots, 'playground-13-yes.png'), fullPage: false });
    await page.check('input[name="criminal-history"][value="yes"]');
    assert((await resultText('count')) === '14', 'count 14');
    assert((await resultText('level')) === 'high', 'level high at 14');
    assert((await route('visible-high-risk')) === 'true', 'visible high risk not met at 14');
    assert((await resultText('marac-outcome')) === 'refer-to-marac', 'outcome at 14');
    assert((await page.textContent('.dr-judgement')).includes('Judgement step'), 'judgement step missing');
    await page.screenshot({ path: join(shots, 'playground-14-yes.png'), fullPage: false });
  });

  await check('the interactive form can be completed with the keyboard alone', async () => {
    await page.goto(`${base}/playground/index.html`);
    await page.waitForSelector('[data-testid="count"]');
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.getAttribute('name'))) !== 'current-injury' && guard++ < 40) await page.keyboard.press('Tab');
    assert(guard < 40, 'could not reach the first question with Tab');
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab');
    }
    assert((await resultText('count')) === '14', `count ${await resultText('count')} after keyboard entry`);
    assert((await resultText('level')) === 'high', 'level after keyboard entry');
  });

  await check('accessibility: no serious or critical axe violations on the interactive form', async () => {
    await page.goto(`${base}/playground/index.html`);
    await page.waitForSelector('[data-testid="count"]');
    await accessibility('playground');
  });

  await check('the police DASH can be chosen, and no page raised a script error', async () => {
    await page.goto(`${base}/playground/index.html`);
    await page.selectOption('#edition', 'police-dash');
    await page.waitForSelector('input[name="threatened-children-or-dependants"]');
    await page.check('input[name="threatened-children-or-dependants"][value="yes"]');
    assert((await page.textContent('[data-testid="flags"]')).includes('Children or dependants'), 'children flag missing');
    assert(errors.length === 0, `script errors: ${errors.join('; ')}`);
  });
} finally {
  await browser.close();
  server.close();
}
console.log(`site: ${passed} passed, ${failed} failed (screenshots in test/.out/screenshots/)`);
process.exit(failed === 0 ? 0 : 1);
