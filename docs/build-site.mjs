// Finishes the documentation site after typedoc: adds the interactive form.
// The form (examples/browser-form/src/) and the library's zod-free entry points
// it uses are bundled with esbuild into ONE classic script,
// docs/site/playground/form.js, together with the FHIR Questionnaires it draws
// from, so the page works from the site and when opened from the file system
// (no module imports across files, no fetch). Run through `npm run docs`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'docs', 'site');
const example = join(root, 'examples', 'browser-form');
if (!existsSync(join(site, 'index.html'))) {
  console.error('build the site with typedoc first: npm run docs does both');
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The build date the typedoc pages carry (their footer's data-built), so every page of the site agrees;
// otherwise today's date in London.
const built =
  /data-built="(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(join(site, 'index.html'), 'utf8'))?.[1] ??
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()),
  );
const builtLong = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${built}T12:00:00Z`));
const playground = join(site, 'playground');
rmSync(playground, { recursive: true, force: true });
mkdirSync(playground, { recursive: true });

// `da-risk/<entry>` is read from the library's source, so the bundle keeps only what the form uses.
// Only the zod-free entry points are allowed; the bundle is checked for zod below.
const ZOD_FREE = new Set(['score', 'marac', 'dara', 'instruments', 'policies']);
const daRiskFromSource = {
  name: 'da-risk-source',
  setup(b) {
    b.onResolve({ filter: /^da-risk(\/|$)/ }, (args) => {
      const entry = args.path.slice('da-risk/'.length);
      if (!ZOD_FREE.has(entry)) return { errors: [{ text: `the form may import only the zod-free entry points (${[...ZOD_FREE].join(', ')}), not ${args.path}` }] };
      return { path: join(root, 'src', `${entry}.ts`) };
    });
  },
};
const bundle = await build({
  entryPoints: [join(example, 'src', 'main.js')],
  outfile: join(playground, 'form.js'),
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  platform: 'browser',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [daRiskFromSource],
  banner: { js: `/* da-risk ${version} interactive form: one classic script, no network. Source: examples/browser-form/ */` },
});
const inputs = Object.keys(bundle.metafile.inputs);
const zod = inputs.filter((path) => /(^|[\\/])node_modules[\\/]zod[\\/]/.test(path) || /[\\/]src[\\/]validate[\\/]/.test(path));
if (zod.length > 0) {
  console.error(`the form bundle must not contain zod or the validators: ${zod.slice(0, 5).join(', ')}`);
  process.exit(1);
}
const script = readFileSync(join(playground, 'form.js'));
const gzip = gzipSync(script, { level: 9 }).length;
const BUDGET = 60 * 1024;
if (gzip > BUDGET) {
  console.error(`the form bundle is ${(gzip / 1024).toFixed(1)} KiB gzipped, over its budget of ${BUDGET / 1024} KiB`);
  process.exit(1);
}
copyFileSync(join(example, 'form.css'), join(playground, 'form.css'));

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
    <link rel="stylesheet" href="form.css">
    <script src="form.js" defer></script>
  </head>
  <body>
    <a class="skip" href="#main">Skip to the form</a>
    <header>
      <p class="brand"><a href="../index.html">da-risk - v${version}</a></p>
      <nav aria-label="Documentation">
        <ul>
          <li><a href="../documents/From_answers_to_a_level.html">Practitioner guides</a></li>
          <li><a href="../documents/Getting_started.html">Developer guides</a></li>
          <li><a href="../documents/dash-ric_2009.html">Editions</a></li>
          <li><a href="index.html" aria-current="page">Interactive form</a></li>
        </ul>
      </nav>
    </header>
    <main id="main">
      <h1>Try a checklist</h1>
      <p class="lead">Answer the questions and watch the count, the level, the red flags and the MARAC decision change as you go, then record your own judgement. <strong>This page stores nothing and sends nothing</strong>: it runs in your browser, and your answers are gone when you close it. Do not enter real cases here.</p>
      <p class="note">In the form: the SafeLives DASH RIC, the police DASH, the S-DASH stalking screen and DARA. <strong>The Barnardo\u2019s risk identification matrix (RIM) is not in this form</strong>: it is filled in for each child, with its own scales and decisions (see <a href="../documents/DARA_and_the_Barnardo_s_matrix.html">DARA and the Barnardo\u2019s matrix</a>).</p>
      <div class="edition">
        <label for="edition">Checklist</label>
        <select id="edition"></select>
        <p class="hint">Changing the checklist clears the answers.</p>
      </div>
      <div id="app"><noscript><p>The form needs JavaScript. The guides and edition pages work without it.</p></noscript></div>
    </main>
    <footer>
      <p>Labels are da-risk paraphrases, not the official wording. The editions are provisional: see the edition pages for what is verified. Times are UK time (Europe/London).</p>
      <p><span class="dr-build" data-version="${version}" data-built="${built}">da-risk version ${version} \u00b7 site built on <time datetime="${built}">${builtLong}</time> (UK time)</span></p>
    </footer>
  </body>
</html>
`,
);

writeFileSync(
  join(playground, 'playground.css'),
  `body { font: 17px/1.55 "Segoe UI", system-ui, -apple-system, Arial, sans-serif; color: #1b1b1b; background: #fbfbf8; margin: 0; }
header { background: #1d3557; color: #fff; padding: .6rem 1.5rem; display: flex; gap: .5rem 2rem; align-items: center; flex-wrap: wrap; }
header a { color: #fff; }
.brand { font-weight: 700; font-size: 1.2rem; margin: 0; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0 1.2rem; margin: 0; padding: 0; }
nav a { display: inline-flex; align-items: center; min-height: 44px; }
main { max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
@media (max-width: 600px) { main { padding: .5rem .75rem 2rem; } header { padding: .4rem .75rem; } }
.lead, .note { max-width: 52rem; overflow-wrap: anywhere; }
.note { font-size: .95rem; }
.edition { max-width: 32rem; margin: 1rem 0; }
.edition label { display: block; font-weight: 600; }
.edition select { font: inherit; font-size: max(1rem, 16px); width: 100%; min-height: 44px; padding: .4rem .6rem; border: 1px solid #6b7280; border-radius: 6px; background: #fff; color: inherit; }
.hint { font-size: .95rem; color: #3d3d3d; margin: .2rem 0; }
a { color: #1d3557; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; color: #000; padding: .5rem; z-index: 30; }
a:focus-visible, select:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
footer { border-top: 1px solid #ddd; padding: 1rem 1.5rem; color: #3d3d3d; font-size: .95rem; }
`,
);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `interactive form written to ${relative(root, playground).split(sep).join('/')}/: form.js ${kib(script.length)} (${kib(gzip)} gzipped, ${inputs.length} inputs, no zod)`,
);
