/**
 * Assessment records from CSV: the header (the first row that is not blank)
 * names the columns, in any order; each row after it is one assessment.
 *
 * Columns: `instrument` and `edition` (required), `id` and `assessedAt`
 * (optional), and per item `<item>` (the answer), with optional
 * `<item>.comment`, `<item>.source` and `<item>.options` (sub-option ids,
 * separated by `;`). A row whose cells are all blank is skipped. Messages
 * name columns by position and rows by line, never a name or a cell.
 *
 * @module
 */
import { CsvReader, type CsvBadRow, type CsvRow } from './csv-read.js';
import { CouldNotRun } from './errors.js';
import type { Emptiness, InputRecord } from './input-record.js';
import { asBytes } from './lines.js';

/** What a column holds. */
type Column =
  | { readonly kind: 'instrument' | 'edition' | 'id' | 'assessedAt' | 'unnamed' }
  | { readonly kind: 'answer'; readonly item: string; readonly part: AnswerPart };

type AnswerPart = 'value' | 'comment' | 'source' | 'options';

/** The suffixes of an item's extra columns. @internal */
export const ANSWER_PARTS: readonly AnswerPart[] = ['comment', 'source', 'options'];

/** Column names a CSV header may not use (nor an item part of): each would reach an object's prototype machinery. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

const FIXED = new Set(['instrument', 'edition', 'id', 'assessedAt']);

/**
 * Reads a CSV header into its columns, refusing one that would lose or
 * misplace an answer: a name used twice, a reserved name, an unknown
 * `.suffix`, an item's extra column without the item's own column, or no
 * `instrument` or `edition` column.
 *
 * @throws {@link CouldNotRun} naming the column by position
 * @internal
 */
export function readHeader(names: readonly string[], line: number): Column[] {
  const at = `the CSV header (line ${line})`;
  const first = new Map<string, number>();
  const columns = names.map((raw, i): Column => {
    const name = raw.trim();
    const n = i + 1;
    if (name === '') return { kind: 'unnamed' };
    const earlier = first.get(name);
    if (earlier !== undefined) throw new CouldNotRun(`${at} names columns ${earlier + 1} and ${n} the same: each field needs its own column`);
    first.set(name, i);
    if (FIXED.has(name)) return { kind: name as 'instrument' };
    const dot = name.lastIndexOf('.');
    const item = dot === -1 ? name : name.slice(0, dot);
    const suffix = dot === -1 ? null : name.slice(dot + 1);
    if (RESERVED.has(item) || RESERVED.has(name)) {
      throw new CouldNotRun(`${at} names column ${n} with a reserved name: __proto__, constructor and prototype are refused`);
    }
    if (suffix !== null && !(ANSWER_PARTS as readonly string[]).includes(suffix)) {
      throw new CouldNotRun(`${at} names column ${n} with a suffix da-risk does not know: an item's extra columns end in ${ANSWER_PARTS.map((p) => `.${p}`).join(', ')}`);
    }
    return { kind: 'answer', item, part: (suffix ?? 'value') as AnswerPart };
  });
  columns.forEach((column, i) => {
    if (column.kind === 'answer' && column.part !== 'value' && !first.has(column.item)) {
      throw new CouldNotRun(`${at} has column ${i + 1} for an item's ${column.part} but no column for the item's answer: add the item's own column`);
    }
  });
  for (const required of ['instrument', 'edition']) {
    if (!first.has(required)) throw new CouldNotRun(`${at} needs an ${required} column: add one (da-risk assess --help lists the columns)`);
  }
  return columns;
}

/**
 * One CSV row as an assessment input (or why it is not one), read through
 * the header's columns.
 *
 * @internal
 */
export function rowToRecord(columns: readonly Column[], row: CsvRow): InputRecord {
  const { line, fields } = row;
  if (fields.length !== columns.length) return { line, rule: 'format', error: `the row has ${fields.length} fields; the header has ${columns.length}` };
  const instrument: Record<string, string> = {};
  const answers: Record<string, Record<string, unknown>> = {};
  const record: Record<string, unknown> = { instrument, answers };
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const cell = fields[i]!;
    if (column.kind === 'answer') {
      // Free text (a comment) is kept as written; a value, source or option id is trimmed.
      const text = column.part === 'comment' ? (cell.trim() === '' ? '' : cell) : cell.trim();
      if (text === '') continue;
      // An own property only: a column named after an inherited member (toString, valueOf) gets an answer of its own,
      // which the schema refuses as an unknown item, and nothing is ever written onto a built-in.
      const answer = hasOwn(answers, column.item) ? answers[column.item]! : (answers[column.item] = {});
      answer[column.part] = column.part === 'options' ? text.split(';').map((id) => id.trim()).filter((id) => id !== '') : text;
    } else if (column.kind === 'unnamed') {
      if (cell.trim() !== '') return { line, rule: 'format', error: `column ${i + 1} has no name in the header, and the row has a value in it` };
    } else if (column.kind === 'instrument' || column.kind === 'edition') {
      instrument[column.kind === 'instrument' ? 'id' : 'edition'] = cell.trim();
    } else if (cell.trim() !== '') {
      record[column.kind] = column.kind === 'id' ? cell : cell.trim();
    }
  }
  return { line, value: record };
}

/** The message for a row the reader could not read. */
function badRow(row: CsvBadRow, maxBytes: number): InputRecord {
  const { line } = row;
  switch (row.problem) {
    case 'too-long':
      return { line, rule: 'max-line-bytes', error: `the row is longer than ${maxBytes} bytes (--max-line-bytes); it was skipped` };
    case 'unclosed-quote':
      return { line, rule: 'format', error: 'a quoted field in the row is never closed, so the rest of the file was read into it: close the quote (a quote inside a quoted field is written twice)' };
    case 'text-after-quote':
      return { line, rule: 'format', error: 'a quoted field in the row has text after its closing quote: quote the whole field, writing each quote inside it twice' };
  }
}

function isBlank(row: CsvRow): boolean {
  return row.fields.every((field) => field.trim() === '');
}

/**
 * Reads CSV assessment records from byte chunks, streaming, as one batch per
 * chunk (the records the chunk completes, perhaps none); returns why the
 * input held no records, if it held none.
 *
 * @throws {@link CouldNotRun} for a header that cannot be read or is refused
 * @internal
 */
export async function* csvRecordBatches(chunks: AsyncIterable<unknown>, maxBytes: number): AsyncGenerator<InputRecord[], Emptiness> {
  const reader = new CsvReader(maxBytes);
  let columns: Column[] | null = null;
  let bytes = 0;
  let records = 0;
  function read(rows: readonly (CsvRow | CsvBadRow)[]): InputRecord[] {
    const batch: InputRecord[] = [];
    for (const row of rows) {
      if (columns === null) {
        if ('problem' in row) {
          throw new CouldNotRun(
            row.problem === 'too-long'
              ? `the CSV header (line ${row.line}) is longer than ${maxBytes} bytes (--max-line-bytes)`
              : `the CSV header (line ${row.line}) has a quote that is not closed or has text after it: correct the header row`,
          );
        }
        if (isBlank(row)) continue;
        columns = readHeader(row.fields, row.line);
        continue;
      }
      if ('problem' in row) {
        records++;
        batch.push(badRow(row, maxBytes));
      } else if (!isBlank(row)) {
        records++;
        batch.push(rowToRecord(columns, row));
      }
    }
    return batch;
  }
  for await (const raw of chunks) {
    const chunk = asBytes(raw);
    bytes += chunk.length;
    yield read(reader.push(chunk));
  }
  yield read(reader.end());
  if (records > 0) return null;
  return bytes === 0 ? 'no bytes' : columns !== null ? 'header only' : 'blank lines';
}

/**
 * Reads CSV assessment records from byte chunks, streaming, one at a time;
 * returns why the input held no records, if it held none.
 *
 * @throws {@link CouldNotRun} for a header that cannot be read or is refused
 * @internal
 */
export async function* csvRecords(chunks: AsyncIterable<unknown>, maxBytes: number): AsyncGenerator<InputRecord, Emptiness> {
  const batches = csvRecordBatches(chunks, maxBytes);
  try {
    for (;;) {
      const next = await batches.next();
      if (next.done === true) return next.value;
      yield* next.value;
    }
  } finally {
    // Stopped early: close the chunks too.
    await batches.return(null);
  }
}
