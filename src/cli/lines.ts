/**
 * Reading the command line's input in bounded memory: lines split from a
 * byte stream with a cap on their length, and a whole JSON file with a cap on
 * its size. A line over the cap is counted and thrown away as it streams by,
 * never held: a 600 MB line costs no more memory than a short one.
 *
 * @module
 */

const LF = 0x0a;
const CR = 0x0d;

/** Default longest line (or CSV row) of the input, in bytes (8 MiB). @internal */
export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

/** The most `--max-line-bytes` may allow (256 MiB: a longer line could not be held as one string). @internal */
export const MAX_MAX_LINE_BYTES = 256 * 1024 * 1024;

/** Largest JSON file (an array, read whole) the command line reads: 256 MiB. @internal */
export const MAX_JSON_FILE_BYTES = 256 * 1024 * 1024;

/** One line of input, without its line break. @internal */
export interface TextLine {
  /** 1-based line number. */
  readonly line: number;
  readonly text: string;
}

/** A line longer than the cap: only its number is kept. @internal */
export interface LineTooLong {
  /** 1-based line number. */
  readonly line: number;
  readonly tooLong: true;
}

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
 * Splits a byte stream into lines, yielded in batches (the lines completed by
 * each chunk: one await per chunk, not per line). A line ends at LF, CR or
 * CRLF (as `readline` reads them); the last line need not end with one. A
 * line whose bytes (line break excluded) number more than `maxBytes` is given
 * as {@link LineTooLong}: its bytes are dropped as they arrive, so memory
 * stays bounded by `maxBytes` plus one chunk, and the next line is read as
 * usual.
 *
 * @internal
 */
export async function* splitLines(chunks: AsyncIterable<unknown>, maxBytes: number): AsyncGenerator<readonly (TextLine | LineTooLong)[]> {
  let pieces: Buffer[] = [];
  let size = 0; // bytes of the current line so far, kept or not
  let n = 0;
  let lfEndsNothing = false; // the previous chunk ended with CR: an LF starting this one is its CRLF
  const take = (piece: Buffer, copy: boolean): void => {
    size += piece.length;
    if (size > maxBytes) pieces = [];
    else if (piece.length > 0) pieces.push(copy ? Buffer.from(piece) : piece);
  };
  const finish = (): TextLine | LineTooLong => {
    n++;
    const line: TextLine | LineTooLong =
      size > maxBytes
        ? { line: n, tooLong: true }
        : { line: n, text: pieces.length === 1 ? pieces[0]!.toString('utf8') : Buffer.concat(pieces, size).toString('utf8') };
    pieces = [];
    size = 0;
    return line;
  };
  for await (const raw of chunks) {
    const chunk = asBytes(raw);
    if (chunk.length === 0) continue;
    const batch: (TextLine | LineTooLong)[] = [];
    let start = 0;
    if (lfEndsNothing) {
      lfEndsNothing = false;
      if (chunk[0] === LF) start = 1;
    }
    // Next LF and CR at or after `start`, each searched for again only once passed (never quadratic).
    let lf = chunk.indexOf(LF, start);
    let cr = chunk.indexOf(CR, start);
    for (;;) {
      if (lf !== -1 && lf < start) lf = chunk.indexOf(LF, start);
      if (cr !== -1 && cr < start) cr = chunk.indexOf(CR, start);
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) {
        // The rest of the chunk continues a line: copied, so the source may reuse its buffer.
        if (start < chunk.length) take(chunk.subarray(start), true);
        break;
      }
      take(chunk.subarray(start, end), false);
      batch.push(finish());
      start = end + 1;
      if (chunk[end] === CR) {
        if (start < chunk.length) {
          if (chunk[start] === LF) start++;
        } else lfEndsNothing = true;
      }
    }
    if (batch.length > 0) yield batch;
  }
  if (size > 0) yield [finish()];
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
