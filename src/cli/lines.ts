/**
 * Reading the command line's input in bounded memory: lines split from a
 * byte stream with a cap on their length, and a whole JSON file with a cap on
 * its size. A line over the cap is counted and thrown away as it streams by,
 * never held: a 600 MB line costs no more memory than a short one.
 *
 * @module
 */

import type { FramedLines } from './line-framer.js';

const LF = 0x0a;

/** Default longest line (or CSV row) of the input, in bytes (8 MiB). @internal */
export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

/** The most `--max-line-bytes` may allow (256 MiB: a longer line could not be held as one string). @internal */
export const MAX_MAX_LINE_BYTES = 256 * 1024 * 1024;

/** Largest JSON file (an array, read whole) the command line reads: 256 MiB. @internal */
export const MAX_JSON_FILE_BYTES = 256 * 1024 * 1024;

/**
 * A source's chunk as bytes (a stream with an encoding set gives strings).
 *
 * @throws TypeError for a chunk that is neither text nor bytes
 * @internal
 */
export function asBytes(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('the input stream gave a chunk that is not text or bytes');
}

/**
 * Calls `visit` with each line of framed text and its number, in order,
 * without its line break.
 *
 * @internal
 */
export function eachLine(framed: FramedLines, visit: (line: number, text: string) => void): void {
  const { text } = framed;
  const n = text.length;
  let line = framed.first;
  let start = 0;
  if (!framed.cr) {
    while (start < n) {
      const end = text.indexOf('\n', start);
      visit(line++, text.slice(start, end));
      start = end + 1;
    }
    return;
  }
  // Next LF and CR at or after `start`, each searched for again only once passed (never quadratic).
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (start < n) {
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    visit(line++, text.slice(start, end));
    start = end + 1;
    if (end === cr && text.charCodeAt(start) === LF) start++;
  }
}

/**
 * Reads a whole JSON file as text, or returns null when it is longer than
 * `maxBytes` (reading stops there).
 *
 * @internal
 */
export async function jsonFileBytes(chunks: AsyncIterable<unknown>, maxBytes: number): Promise<string | null> {
  const pieces: Buffer[] = [];
  let size = 0;
  for await (const raw of chunks) {
    const chunk = asBytes(raw);
    size += chunk.length;
    if (size > maxBytes) return null;
    pieces.push(Buffer.from(chunk));
  }
  return Buffer.concat(pieces, size).toString('utf8');
}
