// Generated files committed in docs/ and shipped in dist/: JSON Schemas and FHIR
// Questionnaires for every shipped edition. `npm run generate` writes them; the
// drift test fails when the committed files differ from what the code produces.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  answerTypes,
  assessmentInputJsonSchema,
  commonLocalBands,
  compareEditions,
  resultJsonSchema,
  rimScales,
  shippedInstruments,
  toFhirQuestionnaire,
  type Instrument,
} from '../../src/index.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const slug = (instrument: Instrument) => `${instrument.id}@${instrument.edition}`;

// Items da-risk made up as examples (RIM rows not read on the matrix), and answer scales that are da-risk's choice (DARA frequency).
const LIBRARY_EXAMPLE = 'library-example';
const LIBRARY_ANSWER_SCALE = 'library-answer-scale';
type EditionItem = Instrument['items'][number];
const isExample = (item: EditionItem) => item.tags.includes(LIBRARY_EXAMPLE);
const isChosenScale = (item: EditionItem) => item.tags.includes(LIBRARY_ANSWER_SCALE);

/** The edition page's section on what da-risk made up or chose, or nothing when the edition has neither. */
function libraryChoices(instrument: Instrument): string[] {
  const examples = instrument.items.filter(isExample);
  const chosen = instrument.items.filter(isChosenScale);
  if (examples.length === 0 && chosen.length === 0) return [];
  const lines = ['## da-risk examples and choices', ''];
  if (examples.length > 0) {
    const sections = [...new Set(examples.map((item) => instrument.sections.find((s) => s.id === item.section)?.label ?? item.section))];
    lines.push(
      `- **${examples.length} da-risk example indicator${examples.length === 1 ? '' : 's'}** (tag \`${LIBRARY_EXAMPLE}\`), in ${sections.join('; ')}: not the publisher\u2019s text. The cells were not read on a copy of the form, so the wording and the scale column are da-risk\u2019s own and are cited to no source. Results list any that were ticked in the \`library-example-indicators\` notice; the FHIR Questionnaire marks them too. Check them against your copy before relying on them.`,
    );
  }
  if (chosen.length > 0) {
    const types = [...new Set(chosen.map((item) => item.answerType))].map((id) => answerTypes[id].values.map((v) => v.label.toLowerCase()).join(' / '));
    lines.push(
      `- **The answer scale of ${chosen.length} item${chosen.length === 1 ? '' : 's'}** (tag \`${LIBRARY_ANSWER_SCALE}\`: ${types.join('; ')}) is a da-risk choice while the edition is ${instrument.status}, not the publisher\u2019s answer format.`,
    );
  }
  lines.push('');
  return lines;
}

/** How an item is answered: the answer values' labels, whether a yes counts, and any da-risk choice. */
function answerCell(item: EditionItem): string {
  const type = answerTypes[item.answerType];
  const values = type.freeText ? 'free text' : type.values.map((v) => v.label).join(', ');
  const counts = type.freeText ? 'never counted' : item.counts ? 'counts' : 'not counted';
  return `${values}<br>\`${item.answerType}\`, ${counts}${isChosenScale(item) ? ' (a da-risk choice)' : ''}`;
}

/**
 * One section's questions as a table: one row per item on a desktop, one card per item on a
 * phone (docs/theme.css, `.dr-items`). The item id keeps a cell of its own and the provenance
 * stays last, so a row can be found by its id.
 */
function questionTable(instrument: Instrument, section: Instrument['sections'][number]): string[] {
  const items = instrument.items.filter((item) => item.section === section.id);
  if (items.length === 0) return [];
  return [
    ...(instrument.sections.length > 1 ? [`### ${section.label}`, ''] : []),
    '<div class="dr-items">',
    '',
    '| No. | Item id | Question (our label) | Answer type | Tags | Provenance |',
    '|---|---|---|---|---|---|',
    ...items.map((item) => {
      const details = [
        ...item.optionGroups.map((g) => `*${g.label}* (sub-options, ${g.provenance.status}): ${g.choices.map((c) => c.label).join(', ')}`),
        ...item.prompts.map((p) => `Prompts the ${p.screen.toUpperCase()} screen.`),
        ...(item.scale === undefined ? [] : [`Matrix column: scale ${item.scale} (${rimScales.find((s) => s.scale === item.scale)?.name ?? 'unknown'}).`]),
      ];
      const label = `**${cell(item.label)}**${isExample(item) ? ' — *da-risk example*' : ''}${details.map((d) => `<br>${cell(d)}`).join('')}`;
      const tags = item.tags.map((tag) => `\`${tag}\``).join(' ') || '—';
      const provenance = `${item.provenance.status}${isExample(item) ? ' (da-risk example)' : ''}`;
      return `| ${item.number} | \`${item.id}\` | ${label} | ${answerCell(item)} | ${tags} | ${provenance} |`;
    }),
    '',
    '</div>',
    '',
  ];
}

function editionPage(instrument: Instrument): string {
  const notVerified = instrument.items.filter((item) => item.provenance.status !== 'verified').length;
  const sources = new Map(instrument.sources.map((source) => [source.id, source]));
  const lines = [
    '---',
    `title: ${instrument.id} ${instrument.edition}`,
    'group: Editions',
    '---',
    '',
    `# ${instrument.title} — edition ${instrument.edition}`,
    '',
    '<!-- Generated from the edition data by `npm run generate`; do not edit by hand. -->',
    '',
    `- **Instrument id:** \`${instrument.id}\`, **edition:** \`${instrument.edition}\`, definition format ${instrument.formatVersion}`,
    `- **Status:** ${instrument.status}${instrument.status === 'provisional' ? ` — ${notVerified} of ${instrument.items.length} items are not verified against a primary copy of the form` : ''}`,
    `- **How it is scored:** ${
      {
        'yes-count': 'the number of yes answers, banded by a scoring policy',
        'count-only': 'the number of yes answers is reported; no level is computed',
        'assessor-grade': 'structured professional judgement: the assessor grades, the library never computes a grade',
        matrix: 'a matrix of indicators, classified per child with each step explained',
      }[instrument.scoring]
    }`,
    `- **Publisher:** ${instrument.publisher}`,
    '',
    instrument.summary,
    '',
    '## Questions',
    '',
    'Labels are da-risk paraphrases, not the official wording. "Verified" means read in a copy of the form; "attested" consistent across several secondary copies; "unverified" neither. On a phone each question is a card.',
    '',
    ...instrument.sections.flatMap((section) => questionTable(instrument, section)),
    ...libraryChoices(instrument),
  ];
  const flags = commonLocalBands.redFlags.filter((rule) => rule.allOf.every((group) => group.some((id) => instrument.items.some((item) => item.id === id))));
  if (instrument.scoring === 'yes-count' && flags.length > 0) {
    lines.push(
      `## Red flags (scoring policy ${commonLocalBands.id}, version ${commonLocalBands.version})`,
      '',
      'A red flag prompts professional judgement; it never changes the level by itself. Each says whose rule it is.',
      '',
    );
    const whose = (basis: string) => (basis === 'local' ? 'local guidance' : basis === 'library-default' ? 'a da-risk default' : basis);
    for (const rule of flags) {
      lines.push(`- **${rule.title}** (\`${rule.id}\`, ${whose(rule.basis)}): when ${rule.allOf.map((group) => group.map((id) => `\`${id}\``).join(' or ')).join(' and ')} is answered yes. ${rule.reason}`);
    }
    lines.push('');
  }
  lines.push('## Sources', '');
  // The link text is the site's name, so a long address cannot widen the page on a phone.
  const site = (url: string) => new URL(url).hostname.replace(/^www\./, '');
  for (const source of sources.values()) lines.push(`- ${source.title}${source.url === undefined ? '' : ` — [${site(source.url)}](${source.url})`} (${source.kind})`);
  lines.push('', '## Licence and attribution', '', instrument.licence, '', instrument.attribution, '');
  return `${lines.join('\n')}`;
}

function whatChangedPage(): string {
  const lines = [
    '---',
    'title: What changed between editions',
    'group: Editions',
    '---',
    '',
    '# What changed between editions',
    '',
    '<!-- Generated from the edition data by `npm run generate`; do not edit by hand. -->',
    '',
    'Editions never change once published: a correction is a new edition, and this page shows what differs. It also compares the police DASH with the SafeLives checklist, which share their item ids.',
    '',
  ];
  const byId = new Map<string, Instrument[]>();
  for (const instrument of shippedInstruments) byId.set(instrument.id, [...(byId.get(instrument.id) ?? []), instrument]);
  const pairs: [Instrument, Instrument, string][] = [];
  for (const [id, editions] of byId) {
    if (editions.length < 2) lines.push(`- \`${id}\`: one edition so far (${editions[0]!.edition}).`);
    for (let i = 1; i < editions.length; i++) pairs.push([editions[i - 1]!, editions[i]!, `${id}: ${editions[i - 1]!.edition} → ${editions[i]!.edition}`]);
  }
  const ric = shippedInstruments.find((i) => i.id === 'dash-ric');
  const police = shippedInstruments.find((i) => i.id === 'police-dash');
  if (ric !== undefined && police !== undefined) pairs.push([ric, police, `The SafeLives DASH RIC ${ric.edition} and the police DASH ${police.edition}`]);
  for (const [from, to, title] of pairs) {
    const diff = compareEditions(from, to);
    lines.push('', `## ${title}`, '');
    lines.push(`- Added in \`${slug(to)}\`: ${diff.added.map((id) => `\`${id}\``).join(', ') || 'none'}`);
    lines.push(`- Removed: ${diff.removed.map((id) => `\`${id}\``).join(', ') || 'none'}`);
    lines.push(`- Unchanged: ${diff.unchanged.length} items`);
    lines.push(`- Edition-level differences: ${diff.edition.join(', ') || 'none'}`);
    if (diff.changed.length > 0) {
      lines.push('', '| Item id | Number | What differs |', '|---|---|---|');
      for (const change of diff.changed) lines.push(`| \`${change.id}\` | ${change.numbers.from} → ${change.numbers.to} | ${change.changes.join(', ')} |`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every generated file: path relative to the repository, and its content. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  for (const instrument of shippedInstruments) {
    const key = `${instrument.id}@${instrument.edition}`;
    files.set(`docs/schemas/${key}.input.json`, json(assessmentInputJsonSchema(instrument)));
    files.set(`docs/fhir/${key}.questionnaire.json`, json(toFhirQuestionnaire(instrument)));
  }
  for (const instrument of shippedInstruments) files.set(`docs/editions/${slug(instrument)}.md`, editionPage(instrument));
  files.set('docs/editions/what-changed.md', whatChangedPage());
  for (const kind of ['checklist', 'dara', 'rim', 'marac-decision', 'case'] as const) {
    files.set(`docs/schemas/${kind === 'marac-decision' || kind === 'case' ? kind : `result.${kind}`}.json`, json(resultJsonSchema(kind)));
  }
  return files;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, content] of generatedFiles()) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
    console.log(`wrote ${path}`);
  }
}
