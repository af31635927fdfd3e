// Two jobs in one file, both for the documentation site.
//
// Run as a script (`npm run docs` does: `node docs/typedoc-run.mjs`), it runs the typedoc
// command line with docs/typedoc.json and a footer naming the package version and the date
// of the build, in Europe/London. That date is the only clock the project reads, and it is
// read here, in tooling, never in src/. Set SOURCE_DATE_EPOCH (seconds) for a reproducible
// build date.
//
// Loaded by typedoc as a plugin (docs/typedoc.json "plugin"), it
// - rewrites `site:` links (navigationLinks, sidebarLinks and links in the guides) to paths
//   relative to each page, so the form and the guides are reachable from every page, from a
//   server or the file system, wherever the site is hosted;
// - files each re-export under the category (`@category`) of what it re-exports, so module
//   pages such as `score` and `marac` are grouped by task like `index`, not one "Other" list.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter, PageEvent, ReflectionCategory, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (typeof page.contents !== 'string') return;
    const up = '../'.repeat(page.url.split('/').length - 1);
    page.contents = page.contents.replaceAll('href="site:', `href="${up}`);
  });
  // After typedoc's own categorisation (priority -200), before rendering.
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => fileReExports(app, context.project), -300);
}

/** Categories named by `@category` tags on a declaration or its signatures. */
function categoriesOf(reflection) {
  const found = new Set();
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
  if (reflection.type?.type === 'reflection') comments.push(reflection.type.declaration.comment, ...(reflection.type.declaration.signatures ?? []).map((s) => s.comment));
  for (const comment of comments) {
    for (const tag of comment?.blockTags ?? []) if (tag.tag === '@category') found.add(tag.content.map((part) => part.text).join('').trim());
  }
  found.delete('');
  return found;
}

// typedoc's default kind order, for sorting within a category.
const KIND_ORDER = ['Document', 'Project', 'Module', 'Namespace', 'Enum', 'EnumMember', 'Class', 'Interface', 'TypeAlias', 'Constructor', 'Property', 'Variable', 'Function', 'Accessor', 'Method'].map((k) => ReflectionKind[k]);
const rank = (reflection) => {
  const target = reflection.kind === ReflectionKind.Reference ? reflection.tryGetTargetReflectionDeep() ?? reflection : reflection;
  const at = KIND_ORDER.indexOf(target.kind);
  return at === -1 ? KIND_ORDER.length : at;
};

function fileReExports(app, project) {
  const fallback = app.options.getValue('defaultCategory');
  const order = app.options.getValue('categoryOrder');
  const weight = (title) => {
    const at = order.indexOf(title);
    return at !== -1 ? at : order.includes('*') ? order.indexOf('*') : order.length;
  };
  for (const container of project.getReflectionsByKind(ReflectionKind.SomeModule)) {
    // typedoc drops the categories of a module whose children all fell in the default one,
    // as they do when its children are all re-exports: start again from its children.
    if (container.categories === undefined && container.childrenIncludingDocuments?.length) {
      const all = new ReflectionCategory(fallback);
      all.children.push(...container.childrenIncludingDocuments);
      container.categories = [all];
    }
    const other = container.categories?.find((category) => category.title === fallback);
    if (other === undefined) continue;
    const byTitle = new Map(container.categories.map((category) => [category.title, category]));
    other.children = other.children.filter((child) => {
      if (child.kind !== ReflectionKind.Reference) return true;
      const target = child.tryGetTargetReflectionDeep();
      const titles = target === undefined ? new Set() : categoriesOf(target);
      if (titles.size === 0) return true;
      for (const title of titles) {
        if (!byTitle.has(title)) byTitle.set(title, new ReflectionCategory(title));
        byTitle.get(title).children.push(child);
      }
      return false;
    });
    const categories = [...byTitle.values()].filter((category) => category.children.length > 0);
    for (const category of categories) category.children.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    categories.sort((a, b) => weight(a.title) - weight(b.title) || a.title.localeCompare(b.title));
    container.categories = categories.length === 1 && categories[0].title === fallback ? undefined : categories;
  }
}

/** The footer: package version and build date (Europe/London). */
export function footerHtml(version, when) {
  const zone = { timeZone: 'Europe/London' };
  const iso = new Intl.DateTimeFormat('en-CA', { ...zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(when);
  const long = new Intl.DateTimeFormat('en-GB', { ...zone, day: 'numeric', month: 'long', year: 'numeric' }).format(when);
  return `<span class="dr-build" data-version="${version}" data-built="${iso}">da-risk version ${version} · site built on <time datetime="${iso}">${long}</time> (UK time)</span>`;
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] !== undefined && resolve(process.argv[1]) === self) {
  const root = join(dirname(self), '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const when = epoch === undefined || epoch === '' ? new Date() : new Date(Number(epoch) * 1000);
  if (Number.isNaN(when.getTime())) {
    console.error(`SOURCE_DATE_EPOCH is not a number of seconds: ${epoch}`);
    process.exit(2);
  }
  const typedoc = join(dirname(createRequire(import.meta.url).resolve('typedoc')), '..', 'bin', 'typedoc');
  const run = spawnSync(process.execPath, [typedoc, '--options', join(root, 'docs', 'typedoc.json'), '--customFooterHtml', footerHtml(version, when), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}
