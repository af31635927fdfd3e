/**
 * A batch of input records and what processing it gives: the output text,
 * the failure reports and the counts, for all its records at once. The same
 * function processes a batch on the main thread (`--jobs 1`) and in a
 * worker, so the output does not depend on the number of jobs.
 *
 * A batch is plain data (strings, numbers, arrays, a Map), so it can be
 * posted to a worker as it is.
 *
 * @module
 */
import { isDaRiskError } from '../errors/error.js';
import type { InputRecord } from './input-record.js';
import { eachLine } from './lines.js';
import type { FramedLines } from './line-framer.js';

/** Records already read (CSV rows, the items of a JSON file, lines that could not be read). @internal */
export interface ReadRecords {
  readonly kind: 'records';
  readonly records: readonly InputRecord[];
}

/** A part of a batch: JSON lines still to parse, or records already read. @internal */
export type BatchPart = FramedLines | ReadRecords;

/** The records read from one chunk of input, in order. @internal */
export type RecordBatch = readonly BatchPart[];

/**
 * What a bulk command makes of one record: the text written for it and the
 * key it is counted under in the summary. A DaRiskError thrown is the
 * record's failure; anything else is an internal error.
 *
 * @internal
 */
export type RecordHandler = (line: number, value: unknown) => { readonly text: string; readonly key: string };

/** An internal error (anything but a DaRiskError) thrown for a record: the batch stops there. @internal */
export interface BatchStop {
  readonly line: number;
  readonly cause: unknown;
}

/**
 * What processing a batch gave, for the records before it stopped (all of
 * them unless `stop` is set).
 *
 * @internal
 */
export interface BatchResult {
  /** The records' output, in order. */
  readonly out: string;
  /** The failures' reports (JSON lines), in order. */
  readonly reports: string;
  /** Records read (blank lines are not records). */
  readonly total: number;
  readonly failed: number;
  /** Records that passed, by key, in the order each key first came. */
  readonly keys: Map<string, number>;
  readonly stop?: BatchStop;
}

/** The report line for a record that failed. @internal */
export function failureReport(line: number, code: string, issues: unknown): string {
  return `${JSON.stringify({ line, code, issues })}\n`;
}

/** The report line for a line or row that could not be read as a record. */
function unreadableReport(line: number, rule: string, message: string): string {
  return failureReport(line, 'invalid-input', [{ path: [], rule, message }]);
}

const NOT_JSON = 'the line is not valid JSON';

/** Processes records one at a time, adding up what a batch gives. */
class BatchProcessor {
  out = '';
  reports = '';
  total = 0;
  failed = 0;
  readonly keys = new Map<string, number>();
  stop: BatchStop | undefined;
  private readonly onLine = (line: number, text: string): void => this.line(line, text);

  constructor(
    private readonly handle: RecordHandler,
    private readonly progress: ((total: number, failed: number) => void) | undefined,
  ) {}

  /** A JSON line: blank lines are skipped, uncounted. */
  private line(line: number, text: string): void {
    if (this.stop !== undefined) return;
    // A record's line starts with { and ends with }: nothing to trim (trimming would copy it).
    const trimmed = text.charCodeAt(0) === 0x7b && text.charCodeAt(text.length - 1) === 0x7d ? text : text.trim();
    if (trimmed === '') return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      this.total++;
      this.failed++;
      this.reports += unreadableReport(line, 'format', NOT_JSON);
      this.progress?.(this.total, this.failed);
      return;
    }
    this.record(line, value);
  }

  /** A record read: processed, counted and its output or report added. */
  record(line: number, value: unknown): void {
    this.total++;
    let written: { readonly text: string; readonly key: string };
    try {
      written = this.handle(line, value);
    } catch (error) {
      if (!isDaRiskError(error)) {
        this.total--;
        this.stop = { line, cause: error };
        return;
      }
      this.failed++;
      this.reports += failureReport(line, error.code, error.issues);
      this.progress?.(this.total, this.failed);
      return;
    }
    this.out += written.text;
    const { key } = written;
    this.keys.set(key, (this.keys.get(key) ?? 0) + 1);
    this.progress?.(this.total, this.failed);
  }

  part(part: BatchPart): void {
    if (part.kind === 'lines') {
      eachLine(part, this.onLine);
      return;
    }
    for (const read of part.records) {
      if (this.stop !== undefined) return;
      if ('error' in read) {
        this.total++;
        this.failed++;
        this.reports += unreadableReport(read.line, read.rule, read.error);
        this.progress?.(this.total, this.failed);
      } else this.record(read.line, read.value);
    }
  }

  result(): BatchResult {
    const { out, reports, total, failed, keys, stop } = this;
    return stop === undefined ? { out, reports, total, failed, keys } : { out, reports, total, failed, keys, stop };
  }
}

/**
 * Processes a batch: each record in order through `handle`, a failure (a
 * line that is not JSON, a DaRiskError) reported with its line number, and
 * anything else thrown stopping the batch at that record. `progress`, if
 * given, is called after each record with the batch's counts so far.
 *
 * @internal
 */
export function processBatch(batch: RecordBatch, handle: RecordHandler, progress?: (total: number, failed: number) => void): BatchResult {
  const processor = new BatchProcessor(handle, progress);
  for (const part of batch) {
    processor.part(part);
    if (processor.stop !== undefined) break;
  }
  return processor.result();
}
