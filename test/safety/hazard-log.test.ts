// The hazard log (docs/hazard-log.md) is the safety case: each hazard names the tests that
// evidence its mitigation. This test holds the log to that. Every test it names exists in
// the file it names (as a test that runs: not skipped, not in a comment); every hazard has
// every field; ids are unique; ratings follow the log's matrix; and a hazard with no
// evidence sits under "Open". Entries whose evidence is `pending` are being evidenced and are
// only checked for their fields.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LOG = 'docs/hazard-log.md';

const FIELDS = ['Cause', 'Effect on a victim', 'Initial risk', 'Mitigation', 'Evidence', 'Residual risk', 'Deployer must still'] as const;
type Field = (typeof FIELDS)[number];

const SEVERITIES = ['minor', 'significant', 'considerable', 'major', 'catastrophic'] as const;
const LIKELIHOODS = ['very low', 'low', 'medium', 'high', 'very high'] as const;
/** The log's risk matrix: MATRIX[likelihood][severity], in the orders above. */
const MATRIX: Record<(typeof LIKELIHOODS)[number], readonly number[]> = {
  'very low': [1, 1, 2, 2, 3],
  low: [1, 2, 2, 3, 4],
  medium: [2, 2, 3, 3, 4],
  high: [2, 3, 3, 4, 5],
  'very high': [3, 4, 4, 5, 5],
};

/** One evidence line: `` - `test/<file>.test.ts` › `<test name>` ``. */
const EVIDENCE_LINE = /^\s*- `(test\/[^`]+\.test\.ts)` › `([^`]+)`\s*$/;
const FIELD_LINE = /^- \*\*([^*]+):\*\*\s*(.*)$/;
const ENTRY_HEADING = /^### (H-\d+) (.+)$/;

interface Reference {
  readonly hazard: string;
  readonly file: string;
  readonly name: string;
}

interface Entry {
  readonly id: string;
  readonly title: string;
  /** The `##` section the entry sits in. */
  readonly section: string;
  /** Each field's text (the rest of its first line, and the lines that follow until the next field). */
  readonly fields: ReadonlyMap<string, string>;
  /** `references` when the evidence lists tests; otherwise `pending` or `none yet` (or whatever else was written). */
  readonly evidence: 'references' | string;
  readonly references: readonly Reference[];
  /** Lines in the evidence field that look like a reference but are not in the exact form. */
  readonly malformed: readonly string[];
}

function parseLog(text: string): Entry[] {
  const entries: Entry[] = [];
  let section = '';
  let current: { id: string; title: string; section: string; lines: string[] } | null = null;
  const close = () => {
    if (current !== null) entries.push(parseEntry(current.id, current.title, current.section, current.lines));
    current = null;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      close();
      section = line.slice(3).trim();
      continue;
    }
    const heading = ENTRY_HEADING.exec(line);
    if (heading !== null) {
      close();
      current = { id: heading[1]!, title: heading[2]!.trim(), section, lines: [] };
      continue;
    }
    if (line.startsWith('#')) {
      close();
      continue;
    }
    (current as { lines: string[] } | null)?.lines.push(line);
  }
  close();
  return entries;
}

function parseEntry(id: string, title: string, section: string, lines: readonly string[]): Entry {
  const fields = new Map<string, string[]>();
  let field: string[] | null = null;
  for (const line of lines) {
    const match = FIELD_LINE.exec(line);
    if (match !== null) {
      field = [match[2]!];
      // A repeated field is kept apart so that it shows up as a duplicate.
      fields.set(fields.has(match[1]!) ? `${match[1]!} (again)` : match[1]!, field);
    } else if (field !== null) {
      field.push(line);
    }
  }
  const evidenceLines = fields.get('Evidence') ?? [];
  const first = (evidenceLines[0] ?? '').trim();
  const references: Reference[] = [];
  const malformed: string[] = [];
  for (const line of evidenceLines.slice(1)) {
    if (line.trim() === '') continue;
    const match = EVIDENCE_LINE.exec(line);
    if (match === null) malformed.push(line);
    else references.push({ hazard: id, file: match[1]!, name: match[2]! });
  }
  return {
    id,
    title,
    section,
    fields: new Map([...fields].map(([name, value]) => [name, value.join('\n').trim()])),
    evidence: first === '' ? 'references' : first,
    references,
    malformed,
  };
}

const METHODS_WITH_A_TABLE = new Set(['each', 'for', 'prop']);

/**
 * The names of the tests that run in a test file: the first argument, as a string literal, of
 * `it(...)` and `test(...)`, and of the call that `it.each(...)`, `it.for(...)` or
 * `it.prop(...)` returns (and the same on `test`). Tests that are skipped, todo or
 * conditional (`.skip`, `.todo`, `.skipIf`, `.runIf`), and tests inside a skipped `describe`,
 * are left out, since they evidence nothing.
 */
function runningTestNames(fileName: string, source: string): Set<string> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      if (isSkipped(node.expression)) return;
      if (isTestCall(node.expression)) {
        const first = node.arguments[0];
        if (first !== undefined && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) names.add(first.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

function isTestBase(node: ts.Expression): boolean {
  return ts.isIdentifier(node) && (node.text === 'it' || node.text === 'test');
}

function isTestCall(callee: ts.Expression): boolean {
  if (isTestBase(callee)) return true;
  // it.each(table)(name, fn), it.for(table)(name, fn), it.prop(arbitraries)(name, fn)
  return (
    ts.isCallExpression(callee) &&
    ts.isPropertyAccessExpression(callee.expression) &&
    isTestBase(callee.expression.expression) &&
    METHODS_WITH_A_TABLE.has(callee.expression.name.text)
  );
}

/** `it.skip`, `test.todo`, `describe.skip`, `it.skipIf(c)`, `it.skip.each(t)`... anywhere in the callee. */
function isSkipped(callee: ts.Expression): boolean {
  let node: ts.Expression = callee;
  for (;;) {
    if (ts.isCallExpression(node)) {
      node = node.expression;
    } else if (ts.isPropertyAccessExpression(node)) {
      if (['skip', 'todo', 'skipIf', 'runIf'].includes(node.name.text)) return true;
      node = node.expression;
    } else {
      return false;
    }
  }
}

function risk(text: string | undefined): { severity: number; likelihood: string; rating: number } | null {
  const match = /^severity (\S+), likelihood (very low|low|medium|high|very high), risk (\d)$/.exec(text ?? '');
  if (match === null) return null;
  const severity = SEVERITIES.indexOf(match[1] as (typeof SEVERITIES)[number]);
  if (severity < 0) return null;
  return { severity, likelihood: match[2]!, rating: Number(match[3]) };
}

const log = readFileSync(join(root, LOG), 'utf8');
const entries = parseLog(log);
const references = entries.flatMap((entry) => entry.references);
const OPEN = 'Open (no evidence yet)';

describe('the hazard log is a safety case whose evidence exists', () => {
  it('every test the hazard log names exists', () => {
    // Not satisfiable by an empty or unparsed log.
    expect(entries.length).toBeGreaterThan(40);
    expect(references.length).toBeGreaterThan(100);
    const namesByFile = new Map<string, Set<string>>();
    const missing: string[] = [];
    for (const ref of references) {
      const path = join(root, ref.file);
      if (!existsSync(path)) {
        missing.push(`${ref.hazard}: ${ref.file} does not exist`);
        continue;
      }
      let names = namesByFile.get(ref.file);
      if (names === undefined) {
        names = runningTestNames(ref.file, readFileSync(path, 'utf8'));
        namesByFile.set(ref.file, names);
      }
      if (!names.has(ref.name)) missing.push(`${ref.hazard}: ${ref.file} has no running test named "${ref.name}"`);
    }
    expect(missing).toEqual([]);
  });

  it('every hazard has cause, effect, risk before and after, mitigation, evidence and deployer action', () => {
    const problems: string[] = [];
    for (const entry of entries) {
      for (const field of FIELDS) {
        if ((entry.fields.get(field) ?? '') === '') problems.push(`${entry.id}: no ${field}`);
      }
      for (const name of entry.fields.keys()) {
        if (!(FIELDS as readonly string[]).includes(name)) problems.push(`${entry.id}: unexpected field "${name}"`);
      }
      if (entry.title === '') problems.push(`${entry.id}: no title`);
      if (entry.evidence === 'references') {
        if (entry.references.length === 0) problems.push(`${entry.id}: evidence lists no test`);
      } else if (entry.evidence !== 'pending' && entry.evidence !== 'none yet') {
        problems.push(`${entry.id}: evidence must list tests, or be "pending" or "none yet", not "${entry.evidence}"`);
      } else if (entry.references.length > 0) {
        problems.push(`${entry.id}: evidence is "${entry.evidence}" but also lists tests`);
      }
      for (const line of entry.malformed) problems.push(`${entry.id}: evidence line not in the form - \`test/<file>.test.ts\` › \`<test name>\`: ${line.trim()}`);
    }
    // Every reference-like line in an entry is a parsed evidence line (none hides in another field).
    const inEntries = log.split('\n').filter((line) => EVIDENCE_LINE.test(line)).length;
    expect(inEntries, 'evidence lines outside an Evidence field').toBe(references.length);
    expect(problems).toEqual([]);
  });

  it('hazard ids are unique', () => {
    const ids = entries.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    // Every entry heading was read as an entry (a malformed "### H-..." heading would be missed).
    expect(log.split('\n').filter((line) => line.startsWith('### H-')).length).toBe(entries.length);
  });

  it('risk ratings follow the matrix, and no mitigation raises a risk', () => {
    const problems: string[] = [];
    for (const entry of entries) {
      const before = risk(entry.fields.get('Initial risk' satisfies Field));
      const after = risk(entry.fields.get('Residual risk' satisfies Field));
      for (const [name, value] of [
        ['initial', before],
        ['residual', after],
      ] as const) {
        if (value === null) {
          problems.push(`${entry.id}: ${name} risk is not "severity <s>, likelihood <l>, risk <n>"`);
          continue;
        }
        const expected = MATRIX[value.likelihood as (typeof LIKELIHOODS)[number]][value.severity];
        if (value.rating !== expected) problems.push(`${entry.id}: ${name} risk ${value.rating} should be ${expected} by the matrix`);
      }
      if (before !== null && after !== null && after.rating > before.rating) problems.push(`${entry.id}: residual risk above initial risk`);
    }
    expect(problems).toEqual([]);
  });

  it('a hazard with no evidence yet is listed under Open, and Open holds only those', () => {
    expect(log).toContain(`\n## ${OPEN}\n`);
    const misplaced = entries
      .filter((entry) => (entry.evidence === 'none yet') !== (entry.section === OPEN))
      .map((entry) => `${entry.id} (${entry.evidence}, under "${entry.section}")`);
    expect(misplaced).toEqual([]);
  });

  it('the test-name reader finds it, test, each and prop calls, and nothing skipped or in a comment', () => {
    const source = [
      "import { describe, it, test } from 'vitest';",
      "describe('group', () => {",
      "  it('plain it', () => {});",
      '  test("plain test", () => {});',
      '  it(`backtick \\u2019 escape`, () => {});',
      "  it.each([[1]])('table %s', () => {});",
      "  it.prop([arb])('property', () => {});",
      "  test.prop([arb])('test property', () => {});",
      "  it.skip('skipped', () => {});",
      "  it.todo('todo');",
      "  it.skipIf(true)('conditional', () => {});",
      "  // it('in a comment', () => {});",
      "  const label = 'not a test';",
      '});',
      "describe.skip('skipped group', () => { it('inside a skipped group', () => {}); });",
    ].join('\n');
    expect([...runningTestNames('sample.test.ts', source)].sort()).toEqual(
      ['backtick \u2019 escape', 'plain it', 'plain test', 'property', 'table %s', 'test property'].sort(),
    );
  });
});
