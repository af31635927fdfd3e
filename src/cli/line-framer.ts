/**
 * Framing JSON lines from a byte stream in bounded memory, a chunk at a
 * time: the lines each chunk completes come out as one piece of text (one
 * decode per chunk, not one per line), numbered by their first line, and a
 * line over the cap comes out as its number only. The text is split into
 * lines later, by whoever parses them (this thread or a worker).
 *
 * @module
 */

const LF = 0x0a;
const CR = 0x0d;

/**
 * Whole lines of input as one text: each line ends with its line break (LF,
 * CR or CRLF, as read; the last line of the input gets an LF if it had
 * none), so the text holds exactly as many lines as it has line breaks.
 *
 * @internal
 */
export interface FramedLines {
  readonly kind: 'lines';
  /** The 1-based number of the text's first line. */
  readonly first: number;
  readonly text: string;
  /** Whether the text may hold a CR (else every line ends with LF). */
  readonly cr: boolean;
}

/** A line longer than the cap: only its number is kept. @internal */
export interface FramedTooLong {
  readonly kind: 'too-long';
  /** 1-based line number. */
  readonly line: number;
}

/** What the framer gives for a chunk: runs of whole lines, and the lines over the cap between them. @internal */
export type Framed = FramedLines | FramedTooLong;

/**
 * Splits a byte stream into lines: give it the chunks ({@link LineFramer.push}),
 * then {@link LineFramer.end}. A line ends at LF, CR or CRLF (as `readline`
 * reads them), even when a chunk ends between the CR and the LF. A line whose
 * bytes (line break excluded) number more than `maxBytes` is given as
 * {@link FramedTooLong}; while it streams by, its bytes are dropped, so
 * memory stays bounded by `maxBytes` plus one chunk.
 *
 * Line breaks are ASCII and never inside a UTF-8 sequence, so decoding a run
 * of whole lines at once gives the same text as decoding each line; only a
 * line that spans chunks is put together from its bytes first.
 *
 * @example
 * ```ts
 * const framer = new LineFramer(1024);
 * framer.push(Buffer.from('{"a":1}\r\n{"b"'));  // [{ kind: 'lines', first: 1, text: '{"a":1}\r\n', cr: true }]
 * framer.end();                                 // [{ kind: 'lines', first: 2, text: '{"b"\n', cr: false }]
 * ```
 * @internal
 */
export class LineFramer {
  /** Lines completed so far. */
  private lines = 0;
  /** Bytes of the line still open (kept while it is within the cap). */
  private pieces: Buffer[] = [];
  /** Bytes of the line still open, kept or not. */
  private size = 0;
  /** The previous chunk ended with CR: an LF starting this one is its CRLF. */
  private lfEndsNothing = false;

  constructor(private readonly maxBytes: number) {}

  /** Takes a chunk; returns what it completes, in input order. */
  push(chunk: Buffer): Framed[] {
    const framed: Framed[] = [];
    const n = chunk.length;
    let start = 0;
    if (this.lfEndsNothing && n > 0) {
      this.lfEndsNothing = false;
      if (chunk[0] === LF) start = 1;
    }
    // One scan for CR per chunk: files written on Linux and macOS have none, and then only LF is searched for.
    const hasCr = chunk.indexOf(CR, start) !== -1;
    let lf = chunk.indexOf(LF, start);
    let cr = hasCr ? chunk.indexOf(CR, start) : -1;
    // A run of whole, short lines from `run` (the lines from `runFirst`), decoded when it ends.
    let run = -1;
    let runFirst = 0;
    const endRun = (end: number): void => {
      if (run === -1) return;
      framed.push({ kind: 'lines', first: runFirst, text: chunk.toString('utf8', run, end), cr: hasCr });
      run = -1;
    };
    while (start < n) {
      // Next LF and CR at or after `start`, each searched for again only once passed (never quadratic).
      if (lf !== -1 && lf < start) lf = chunk.indexOf(LF, start);
      if (cr !== -1 && cr < start) cr = chunk.indexOf(CR, start);
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) {
        // The rest of the chunk begins a line: copied, so the source may reuse its buffer.
        endRun(start);
        this.keep(chunk.subarray(start), true);
        return framed;
      }
      let next = end + 1;
      if (chunk[end] === CR) {
        if (next < n) {
          if (chunk[next] === LF) next++;
        } else this.lfEndsNothing = true;
      }
      this.lines++;
      if (this.size > 0) {
        // The line began in an earlier chunk.
        this.keep(chunk.subarray(start, end), false);
        framed.push(this.finishOpenLine());
      } else if (end - start > this.maxBytes) {
        endRun(start);
        framed.push({ kind: 'too-long', line: this.lines });
      } else if (run === -1) {
        run = start;
        runFirst = this.lines;
      }
      start = next;
    }
    endRun(n);
    return framed;
  }

  /** Ends the input: the last line, if it had no line break. */
  end(): Framed[] {
    if (this.size === 0) return [];
    this.lines++;
    return [this.finishOpenLine()];
  }

  /** Adds bytes to the open line, or drops them once it is over the cap. */
  private keep(piece: Buffer, copy: boolean): void {
    this.size += piece.length;
    if (this.size > this.maxBytes) this.pieces = [];
    else if (piece.length > 0) this.pieces.push(copy ? Buffer.from(piece) : piece);
  }

  /** The open line, now complete, as line number `this.lines`. */
  private finishOpenLine(): Framed {
    const line = this.lines;
    const over = this.size > this.maxBytes;
    const text = over ? '' : Buffer.concat(this.pieces, this.size).toString('utf8');
    this.pieces = [];
    this.size = 0;
    return over ? { kind: 'too-long', line } : { kind: 'lines', first: line, text: `${text}\n`, cr: false };
  }
}
