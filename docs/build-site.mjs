// Finishes the documentation site after typedoc: adds the interactive form
// (built on the zod-free entry points in dist/), with no server needed.
// Run through `npm run docs`.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'docs', 'site');
const dist = join(root, 'dist');
if (!existsSync(join(site, 'index.html')) || !existsSync(join(dist, 'score.js'))) {
  console.error('build the package (npm run build) and typedoc first: npm run docs does both');
  process.exit(2);
}
const playground = join(site, 'playground');
mkdirSync(join(playground, 'lib'), { recursive: true });
// The ESM build is one file per module: copy the library's .js files with their folders (not the
// command, the CommonJS build, the declarations or the maps, whose sources are not on the site).
for (const name of readdirSync(dist, { recursive: true })) {
  const path = String(name);
  if (!path.endsWith('.js') || path.startsWith('cli') || path.startsWith('types')) continue;
  mkdirSync(dirname(join(playground, 'lib', path)), { recursive: true });
  copyFileSync(join(dist, path), join(playground, 'lib', path));
}
copyFileSync(join(root, 'examples', 'browser-form', 'form.js'), join(playground, 'form.js'));

writeFileSync(
  join(playground, 'index.html'),
  `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Interactive form — da-risk</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="playground.css">
  </head>
  <body>
    <a class="skip" href="#main">Skip to the form</a>
    <header>
      <p class="brand"><a href="../index.html">da-risk</a></p>
      <nav aria-label="Documentation">
        <ul>
          <li><a href="../documents/From_answers_to_a_level.html">Practitioner guides</a></li>
          <li><a href="../documents/Getting_started.html">Developer guides</a></li>
          <li><a href="../documents/dash-ric_2009.html">Editions</a></li>
        </ul>
      </nav>
    </header>
    <main id="main">
      <h1>Try a checklist</h1>
      <p class="lead">Answer the questions and watch the count, the computed level, the red flags, the judgement step and the MARAC decision change as you go. <strong>This page stores nothing and sends nothing</strong>: it runs entirely in your browser, and your answers are gone when you close it. Do not enter real cases here.</p>
      <p><label for="edition">Checklist</label>
        <select id="edition">
          <option value="dash-ric">SafeLives DASH RIC (2009, 24 questions)</option>
          <option value="police-dash">Police DASH (2009, 27 questions)</option>
        </select></p>
      <div id="app" class="layout"></div>
    </main>
    <footer><p>Labels are da-risk paraphrases, not the official wording. The editions are provisional: see the edition pages for what is verified.</p></footer>
    <script type="module">
      import { assessTrusted, applyJudgementTrusted } from './lib/score.js';
      import { checkMaracTrusted } from './lib/marac.js';
      import { dashRic2009, policeDash2009 } from './lib/instruments.js';
      import { commonLocalBands, safelivesMarac } from './lib/policies.js';
      import { mountAssessmentForm } from './form.js';
      const editions = { 'dash-ric': dashRic2009, 'police-dash': policeDash2009 };
      const select = document.getElementById('edition');
      const mount = () => mountAssessmentForm(document.getElementById('app'), { instrument: editions[select.value], policy: commonLocalBands, maracPolicy: safelivesMarac, assessTrusted, applyJudgementTrusted, checkMaracTrusted });
      select.addEventListener('change', mount);
      mount();
    </script>
  </body>
</html>
`,
);

writeFileSync(
  join(playground, 'playground.css'),
  `body { font: 17px/1.55 "Segoe UI", system-ui, -apple-system, Arial, sans-serif; color: #1b1b1b; background: #fbfbf8; margin: 0; }
header { background: #1d3557; color: #fff; padding: .6rem 1.5rem; display: flex; gap: 2rem; align-items: center; flex-wrap: wrap; }
header a { color: #fff; }
.brand { font-weight: 700; font-size: 1.2rem; margin: 0; }
nav ul { list-style: none; display: flex; gap: 1.5rem; margin: 0; padding: 0; }
main { max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
.lead { max-width: 52rem; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 2rem; align-items: start; }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } }
.dr-privacy { background: #e8f1e4; border-left: 4px solid #3c763d; padding: .5rem .8rem; }
.dr-section h3 { margin-top: 1.5rem; border-bottom: 1px solid #ccc; }
.dr-item { border: 0; border-bottom: 1px solid #e2e2e2; margin: 0; padding: .6rem 0; }
.dr-item legend { font-weight: 600; padding: 0; }
.dr-number { color: #555; }
.dr-choices { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; margin-top: .3rem; }
.dr-choices label { white-space: nowrap; cursor: pointer; }
.dr-clear { color: #555; }
.dr-result { position: sticky; top: 1rem; background: #fff; border: 1px solid #b8c4d6; border-radius: 6px; padding: 1rem 1.2rem; }
.dr-count strong, .dr-level strong { font-size: 1.3rem; }
.dr-judgement { background: #fff4d6; border-left: 4px solid #c9822b; padding: .5rem .8rem; margin: .8rem 0; }
.dr-small, .dr-notice { font-size: .9rem; color: #444; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; color: #000; padding: .5rem; z-index: 10; }
a:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #c9822b; outline-offset: 2px; }
footer { border-top: 1px solid #ddd; padding: 1rem 1.5rem; color: #444; font-size: .9rem; }
`,
);
console.log('interactive form written to docs/site/playground/');
