/**
 * Reading CSV as spreadsheets write it (RFC 4180), streamed from bytes in
 * bounded memory: a UTF-8 byte order mark at the start is dropped; rows end
 * at CRLF, LF or CR; a field in double quotes may hold commas, quotes
 * (written twice) and line breaks; blank lines are skipped.
 *
 * Lenient where spreadsheets and people are: a quote inside an unquoted
 * field is kept as a character. Strict where a cell could be misread: text
 * after a closing quote, or a quote never closed, makes the row a
 * {@link CsvBadRow}. A row longer than the cap is dropped as it streams by
 * and reported by its line. The reader never throws on any input: every
 * problem is a value, reported by line number only.
 *
 * @module
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** One row: the line it starts on (1-based) and its fields. @internal */
export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * Why a row could not be read:
 * - `too-long` — its bytes (line break excluded) are over the cap;
 * - `unclosed-quote` — a quoted field is still open at the end of the input;
 * - `text-after-quote` — a quoted field's closing quote is followed by something other than a comma or a line break.
 *
 * @internal
 */
export type CsvProblem = 'too-long' | 'unclosed-quote' | 'text-after-quote';

/** A row that could not be read: only the line it starts on and why. @internal */
export interface CsvBadRow {
  readonly line: number;
  readonly problem: CsvProblem;
}

const enum At {
  /** At the start of a field. */
  FieldStart,
  /** Inside an unquoted field. */
  Unquoted,
  /** Inside a quoted field. */
  Quoted,
  /** Just after a quote inside a quoted field: a second quote, or the field's end. */
  QuoteInQuoted,
}

/**
 * A push parser: give it the input's bytes chunk by chunk ({@link CsvReader.push}),
 * then {@link CsvReader.end}; each returns the rows completed. Memory is
 * bounded by the cap plus one chunk, whatever the input.
 *
 * @example
 * ```ts
 * const reader = new CsvReader(1024);
 * reader.push(Buffer.from('\uFEFFa,"b\r\nc"\r\n'));  // [{ line: 1, fields: ['a', 'b\r\nc'] }]
 * reader.end();                                      // []
 * ```
 * @internal
 */
export class CsvReader {
  private at: At = At.FieldStart;
  /** Fields of the current row so far. */
  private fields: string[] = [];
  /** Bytes of the current field so far; `borrowed` and after still point into the chunk being read. */
  private pieces: Buffer[] = [];
  private borrowed = 0;
  /** Whether the current row has begun (a blank line never does). */
  private started = false;
  private problem: CsvProblem | null = null;
  /** Bytes read before the current chunk, and the offset (in all bytes read) where the current row began. */
  private offset = 0;
  private rowStart = 0;
  /** The line of the next byte, and the line the current row began on. */
  private line = 1;
  private rowLine = 1;
  /** The previous byte was CR: an LF now is the second half of its CRLF. */
  private afterCr = false;
  /** The first bytes, held until it is known whether they are a byte order mark; null once known. */
  private head: Buffer | null = Buffer.alloc(0);
  private rows: (CsvRow | CsvBadRow)[] = [];

  /** @param maxRowBytes - the most bytes a row may have, line break excluded */
  constructor(private readonly maxRowBytes: number) {}

  /** Reads one chunk; returns the rows it completed. */
  push(chunk: Buffer): (CsvRow | CsvBadRow)[] {
    let bytes = chunk;
    if (this.head !== null) {
      bytes = this.head.length === 0 ? bytes : Buffer.concat([this.head, bytes]);
      if (bytes.length < 3 && isBomPrefix(bytes)) {
        this.head = Buffer.from(bytes);
        return [];
      }
      this.head = null;
      if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        bytes = bytes.subarray(3);
        this.offset += 3;
      }
    }
    this.scan(bytes);
    return this.take();
  }

  /** Ends the input; returns the last row, if the input did not end with a line break. */
  end(): (CsvRow | CsvBadRow)[] {
    if (this.head !== null) {
      const held = this.head;
      this.head = null;
      this.scan(held);
    }
    // An unclosed quote explains a row that ran on to the end better than its length does.
    if (this.at === At.Quoted && this.started) this.problem = 'unclosed-quote';
    this.endRow(this.offset);
    return this.take();
  }

  private take(): (CsvRow | CsvBadRow)[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  private scan(bytes: Buffer): void {
    const n = bytes.length;
    // Where the current field's bytes began in this chunk, or -1 when none are being gathered.
    let from = this.at === At.Unquoted || this.at === At.Quoted ? 0 : -1;
    scan: for (let i = 0; i < n; i++) {
      let b = bytes[i]!;
      // Inside a field, skip to the next byte that can end it (the hot path: most bytes are text).
      if (this.at === At.Unquoted || this.at === At.Quoted) {
        const stop = this.at === At.Unquoted ? COMMA : QUOTE;
        if (b !== stop && b !== LF && b !== CR) {
          this.afterCr = false;
          do {
            if (++i === n) break scan;
            b = bytes[i]!;
          } while (b !== stop && b !== LF && b !== CR);
        }
      }
      if (b === LF || b === CR) {
        const secondHalf = b === LF && this.afterCr;
        this.afterCr = b === CR;
        if (!secondHalf) this.line++;
        // Inside quotes a line break is part of the field; outside, an LF after a CR ended nothing new.
        if (this.at === At.Quoted || secondHalf) continue;
        const unquoted = this.at === At.Unquoted;
        if (unquoted) this.endFieldAt(bytes, from, i);
        from = -1;
        this.endRow(this.offset + i, unquoted);
        continue;
      }
      this.afterCr = false;
      if (!this.started) {
        this.started = true;
        this.rowStart = this.offset + i;
        this.rowLine = this.line;
      }
      switch (this.at) {
        case At.FieldStart:
          if (b === QUOTE) {
            this.at = At.Quoted;
            from = i + 1;
          } else if (b === COMMA) this.endField();
          else {
            this.at = At.Unquoted;
            from = i;
          }
          break;
        case At.Unquoted:
          if (b === COMMA) {
            this.endFieldAt(bytes, from, i);
            from = -1;
            this.at = At.FieldStart;
          }
          break;
        case At.Quoted:
          if (b === QUOTE) {
            this.addPiece(bytes, from, i);
            from = -1;
            this.at = At.QuoteInQuoted;
          }
          break;
        case At.QuoteInQuoted:
          if (b === QUOTE) {
            // A quote written twice: one quote in the field, which goes on.
            from = i;
            this.at = At.Quoted;
          } else if (b === COMMA) {
            this.endField();
            this.at = At.FieldStart;
          } else {
            this.problem ??= 'text-after-quote';
            this.at = At.Unquoted;
            from = i;
          }
          break;
      }
    }
    if (from !== -1) this.addPiece(bytes, from, n);
    // The chunk may be reused by its source: keep copies of what is still needed.
    for (let k = this.borrowed; k < this.pieces.length; k++) this.pieces[k] = Buffer.from(this.pieces[k]!);
    this.borrowed = this.pieces.length;
    this.offset += n;
    if (this.started && this.offset - this.rowStart > this.maxRowBytes) this.tooLong();
  }

  private addPiece(bytes: Buffer, from: number, to: number): void {
    if (this.problem === 'too-long' || to <= from) return;
    this.pieces.push(bytes.subarray(from, to));
  }

  private tooLong(): void {
    this.problem = 'too-long';
    this.fields = [];
    this.pieces = [];
    this.borrowed = 0;
  }

  /** Ends a field whose last bytes are `bytes[from, to)`: decoded in place when they are all of it (the common case). */
  private endFieldAt(bytes: Buffer, from: number, to: number): void {
    if (this.pieces.length > 0 || this.problem === 'too-long') {
      this.addPiece(bytes, from, to);
      this.endField();
    } else this.fields.push(to > from ? bytes.toString('utf8', from, to) : '');
  }

  private endField(): void {
    const pieces = this.pieces;
    this.pieces = [];
    this.borrowed = 0;
    if (this.problem === 'too-long') return;
    this.fields.push(pieces.length === 0 ? '' : pieces.length === 1 ? pieces[0]!.toString('utf8') : Buffer.concat(pieces).toString('utf8'));
  }

  /**
   * Ends the current row at `end` (an offset in all bytes read: its line break, or the end of
   * input); `lastFieldEnded` when the caller has ended its last field.
   */
  private endRow(end: number, lastFieldEnded = false): void {
    if (this.started) {
      if (this.problem !== 'unclosed-quote' && end - this.rowStart > this.maxRowBytes) this.tooLong();
      // The last field: after a comma (FieldStart) it is empty.
      if (!lastFieldEnded) this.endField();
      this.rows.push(this.problem === null ? { line: this.rowLine, fields: this.fields } : { line: this.rowLine, problem: this.problem });
    }
    this.at = At.FieldStart;
    this.fields = [];
    this.pieces = [];
    this.borrowed = 0;
    this.started = false;
    this.problem = null;
  }
}

/** Whether bytes (fewer than three) could be the start of a UTF-8 byte order mark. */
function isBomPrefix(bytes: Buffer): boolean {
  return (bytes.length < 1 || bytes[0] === 0xef) && (bytes.length < 2 || bytes[1] === 0xbb);
}
