// The bulk pipeline on its own: batches processed out of order (as workers finish them) are
// written in input order, never more than the runner's capacity in flight; a failure stops it;
// a worker that dies is an internal error. And the batch processor itself: the same records,
// reports and counts whatever the chunking of the input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daRiskError } from '../../src/errors/error.js';
import { processBatch, type BatchResult, type RecordBatch, type RecordHandler } from '../../src/cli/batch.js';
import type { BatchRunner } from '../../src/cli/batch-runner.js';
import { InternalError } from '../../src/cli/errors.js';
import { LineFramer } from '../../src/cli/line-framer.js';
import { runPipeline } from '../../src/cli/pipeline.js';
import { startWorkers } from '../../src/cli/worker-pool.js';

/** A handler that echoes the record's line and a field, and fails a record with `bad` set as a library error would. */
const echo: RecordHandler = (line, value) => {
  const record = value as { n?: unknown; bad?: unknown };
  if (record.bad === true) throw daRiskError('invalid-input', ['bad'], 'test', 'refused');
  return { text: `${line}:${String(record.n)}\n`, key: typeof record.n === 'number' && record.n % 2 === 0 ? 'even' : 'odd' };
};

/** Batches of framed JSON lines, the input cut into chunks at `cuts`. */
function framedBatches(text: string, cuts: readonly number[], maxBytes = 1 << 20): RecordBatch[] {
  const bytes = Buffer.from(text);
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const framer = new LineFramer(maxBytes);
  const batches: RecordBatch[] = [];
  for (const [i, from] of [0, ...at].entries()) {
    const framed = framer.push(bytes.subarray(from, [...at, bytes.length][i]));
    batches.push(framed.map((part) => (part.kind === 'lines' ? part : { kind: 'records', records: [{ line: part.line, rule: 'max-line-bytes', error: 'too long' }] })));
  }
  batches.push(framer.end().map((part) => (part.kind === 'lines' ? part : { kind: 'records', records: [{ line: part.line, rule: 'max-line-bytes', error: 'too long' }] })));
  return batches.filter((batch) => batch.length > 0);
}

async function* from(batches: readonly RecordBatch[]): AsyncGenerator<RecordBatch> {
  for (const batch of batches) yield batch;
}

/** A runner that finishes each batch after a random number of event-loop turns, as workers do; counts what is in flight. */
function shuffledRunner(capacity: number, delays: () => number): BatchRunner & { readonly most: () => number } {
  let inFlight = 0;
  let most = 0;
  return {
    capacity,
    most: () => most,
    run: async (batch) => {
      inFlight++;
      most = Math.max(most, inFlight);
      for (let turns = delays(); turns > 0; turns--) await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return processBatch(batch, echo);
    },
    close: () => Promise.resolve(),
  };
}

/** Everything written, in order, and the counts added up. */
function collector() {
  const written: BatchResult[] = [];
  return {
    write: (result: BatchResult) => {
      written.push(result);
      return Promise.resolve();
    },
    text: () => ({ out: written.map((r) => r.out).join(''), reports: written.map((r) => r.reports).join(''), total: written.reduce((n, r) => n + r.total, 0) }),
  };
}

const recordLine = fc.oneof(
  fc.nat(99).map((n) => JSON.stringify({ n })),
  fc.constant(JSON.stringify({ n: 1, bad: true })),
  fc.constantFrom('{not json', '', '   ', '\u00a0{"n":7}\ufeff'),
);
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
const input = fc.array(fc.tuple(recordLine, lineBreak), { maxLength: 40 }).map((lines) => lines.map(([line, end]) => line + end).join(''));

describe('the bulk pipeline', () => {
  it('cli-pipeline-order: results finished in any order are written in input order, at most the capacity in flight, the same as one batch at a time', async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 5 }), fc.infiniteStream(fc.nat(4)), async (text, cuts, capacity, turns) => {
        const batches = framedBatches(text, cuts);
        const alone = collector();
        for (const batch of batches) await alone.write(processBatch(batch, echo));
        const delays = turns[Symbol.iterator]();
        const runner = shuffledRunner(capacity, () => delays.next().value as number);
        const shuffled = collector();
        await runPipeline(from(batches), runner, shuffled.write, () => undefined);
        expect(shuffled.text()).toEqual(alone.text());
        expect(runner.most()).toBeLessThanOrEqual(capacity);
      }),
      { numRuns: 150 },
    );
  });

  it('cli-pipeline-chunking: the output, reports and counts do not depend on where the chunks of the input break', () => {
    fc.assert(
      fc.property(input, fc.array(fc.nat(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }), (text, a, b) => {
        const run = (cuts: readonly number[]) => {
          const results = framedBatches(text, cuts).map((batch) => processBatch(batch, echo));
          const keys = new Map<string, number>();
          for (const r of results) for (const [key, n] of r.keys) keys.set(key, (keys.get(key) ?? 0) + n);
          return { out: results.map((r) => r.out).join(''), reports: results.map((r) => r.reports).join(''), failed: results.reduce((n, r) => n + r.failed, 0), keys: [...keys] };
        };
        expect(run(a)).toEqual(run(b));
      }),
      { numRuns: 300 },
    );
  });

  it('cli-pipeline-lines: every line is numbered as read: blank lines skipped, bad JSON and refused records reported by number', () => {
    const result = processBatch(framedBatches('{"n":1}\r\n\n{not json\r{"n":2,"bad":true}\n  {"n":4}  ', [3, 17]).flat(), echo);
    expect(result.out).toBe('1:1\n5:4\n');
    expect(result.reports.trim().split('\n').map((line) => JSON.parse(line) as { line: number })).toEqual([
      { line: 3, code: 'invalid-input', issues: [{ path: [], rule: 'format', message: 'the line is not valid JSON' }] },
      { line: 4, code: 'invalid-input', issues: [{ path: ['bad'], rule: 'test', message: 'refused' }] },
    ]);
    expect({ total: result.total, failed: result.failed, keys: [...result.keys] }).toEqual({ total: 4, failed: 2, keys: [['odd', 1], ['even', 1]] });
  });

  it('cli-pipeline-stop: a write that fails stops the pipeline with its error, and nothing after it is written', async () => {
    const batches = framedBatches(Array.from({ length: 30 }, (_, n) => JSON.stringify({ n })).join('\n'), [40, 90, 150, 200, 260]);
    const written: string[] = [];
    const closed = new Error('stdout closed');
    const write = (result: BatchResult) => {
      if (written.length === 2) return Promise.reject(closed);
      written.push(result.out);
      return Promise.resolve();
    };
    await expect(runPipeline(from(batches), shuffledRunner(3, () => 1), write, () => undefined)).rejects.toBe(closed);
    expect(written).toHaveLength(2);
    // An interrupt (check throws) stops it before the next batch is read.
    const interrupted = new Error('interrupted');
    let checks = 0;
    const check = () => {
      if (++checks > 3) throw interrupted;
    };
    await expect(runPipeline(from(batches), shuffledRunner(1, () => 0), () => Promise.resolve(), check)).rejects.toBe(interrupted);
  });

  it('cli-jobs-worker-dies: a worker that fails is an internal error for its batches (never a hang), and the pool closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'da-risk-cli-pool-'));
    const script = join(dir, 'broken-worker.mjs');
    writeFileSync(script, "throw new TypeError('a bug in the worker');\n");
    const runner = startWorkers(2, { command: 'assess', out: 'csv', scoring: { shipped: 'common-local-bands' } }, echo, pathToFileURL(script));
    const batch = framedBatches('{"n":1}\n', [])[0]!;
    await expect(runner.run(batch)).rejects.toBeInstanceOf(InternalError);
    // Once broken, every later batch fails at once too.
    await expect(runner.run(batch)).rejects.toBeInstanceOf(InternalError);
    await runner.close();
  });

  it('cli-jobs-worker-out-of-memory: a worker that outgrows its heap cap is an internal error for its batch, never a hang or a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'da-risk-cli-pool-'));
    const script = join(dir, 'greedy-worker.mjs');
    writeFileSync(script, "import { parentPort } from 'node:worker_threads';\nconst keep = [];\nparentPort.on('message', () => { for (;;) keep.push(new Array(100000).fill(keep.length)); });\n");
    const runner = startWorkers(2, { command: 'assess', out: 'csv', scoring: { shipped: 'common-local-bands' } }, echo, pathToFileURL(script), 16);
    await expect(runner.run(framedBatches('{"n":1}\n', [])[0]!)).rejects.toBeInstanceOf(InternalError);
    await runner.close();
  });

  it('cli-jobs-worker-heap-not-capped: by default a worker has no old-generation cap (a 32 MB cap ran out of heap on ordinary input)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'da-risk-cli-pool-'));
    const script = join(dir, 'limits-worker.mjs');
    // Answers every batch with the heap limits it runs under, as its output text.
    writeFileSync(
      script,
      "import { parentPort, resourceLimits } from 'node:worker_threads';\n" +
        "parentPort.on('message', ({ id }) => parentPort.postMessage({ id, result: { out: JSON.stringify(resourceLimits), reports: '', total: 1, failed: 0, keys: new Map() } }));\n",
    );
    const runner = startWorkers(2, { command: 'assess', out: 'csv', scoring: { shipped: 'common-local-bands' } }, echo, pathToFileURL(script));
    const limits = JSON.parse((await runner.run(framedBatches('{"n":1}\n', [])[0]!)).out) as { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number };
    await runner.close();
    expect(limits.maxYoungGenerationSizeMb).toBe(8);
    // No cap given: V8's default for the machine (gigabytes here), as on the main thread; a cap would read 16 or 32.
    expect(limits.maxOldGenerationSizeMb).toBeGreaterThan(256);
  });
});
