/**
 * The counts of a bulk run, the progress line shown on a terminal while it
 * runs, and the summary line at its end (or when it is interrupted).
 *
 * @module
 */
import { plural } from '../common/plural.js';
import type { Sink } from './sink.js';

/** Clears the terminal line the progress line is on. */
const CLEAR_LINE = '\r\u001b[K';

/** How often the progress line is redrawn, in milliseconds. */
const PROGRESS_EVERY_MS = 1000;

/**
 * A bulk run's counts, with the progress line: drawn on stderr at most once
 * a second, only when `interactive` (stderr is a terminal and the results go
 * elsewhere), and cleared before anything else is written to stderr.
 *
 * @internal
 */
export class RunCounts {
  /** Records read, good or bad. */
  total = 0;
  /** Records that failed. */
  failed = 0;
  private readonly byKey = new Map<string, number>();
  private lastDrawn: number;
  private drawn = false;

  /**
   * @param stderr - where the progress line goes
   * @param interactive - whether to draw it at all
   * @param now - the clock, in milliseconds
   */
  constructor(
    private readonly stderr: Sink,
    private readonly interactive: boolean,
    private readonly now: () => number,
  ) {
    this.lastDrawn = now();
  }

  /** Whether a progress line is drawn at all. */
  get drawsProgress(): boolean {
    return this.interactive;
  }

  /** Adds a batch's counts: its records, its failures and, key by key in the order they first came, the records that passed. */
  add(batch: { readonly total: number; readonly failed: number; readonly keys: ReadonlyMap<string, number> }): void {
    this.total += batch.total;
    this.failed += batch.failed;
    for (const [key, n] of batch.keys) this.byKey.set(key, (this.byKey.get(key) ?? 0) + n);
  }

  /**
   * Redraws the progress line if a second has gone by since it was last
   * drawn, with the counts so far (by default, those added).
   */
  async tick(total = this.total, failed = this.failed): Promise<void> {
    if (!this.interactive || this.now() - this.lastDrawn < PROGRESS_EVERY_MS) return;
    this.lastDrawn = this.now();
    this.drawn = true;
    await this.stderr.write(`${CLEAR_LINE}${plural(total, 'record')}, ${failed} failed`);
  }

  /** Clears the progress line, so the next text on stderr starts on a clean line. */
  async clear(): Promise<void> {
    if (!this.drawn) return;
    this.drawn = false;
    await this.stderr.write(CLEAR_LINE);
  }

  /**
   * The summary: `N records, F failed; <key>: n, …`.
   *
   * @example
   * ```ts
   * counts.summary(); // '4 records, 2 failed; high: 1, standard: 1'
   * ```
   */
  summary(): string {
    const byKey = [...this.byKey.entries()].map(([key, n]) => `${key}: ${n}`).join(', ');
    return `${plural(this.total, 'record')}, ${this.failed} failed${byKey === '' ? '' : `; ${byKey}`}`;
  }
}
