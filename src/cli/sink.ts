/**
 * Writing to a stream the command does not own (stdout, stderr, the errors
 * file) with back-pressure, without ever leaving an error event unhandled.
 *
 * @module
 */
import type { Writable } from 'node:stream';

/**
 * A stream the command writes to, watched for errors: an error event is kept
 * (so it never goes unhandled and crashes the process) and the next write
 * fails with the error `closed` makes, instead of waiting for a drain that
 * will never come. A best-effort sink (stderr) drops writes once broken.
 *
 * @internal
 */
export class Sink {
  private failure: unknown;
  private readonly onError = (error: unknown): void => {
    this.failure ??= error;
  };

  /**
   * @param stream - the stream written to
   * @param closed - the error a write fails with once the stream is broken (given what broke it), or `best-effort`
   */
  constructor(
    readonly stream: Writable,
    private readonly closed: ((failure: unknown) => Error) | 'best-effort',
  ) {
    stream.on('error', this.onError);
  }

  private broken(): boolean {
    return this.failure !== undefined || this.stream.destroyed || this.stream.writableEnded;
  }

  private fail(): Promise<void> {
    return this.closed === 'best-effort' ? Promise.resolve() : Promise.reject(this.closed(this.failure));
  }

  /** Writes text; resolves once the stream can take more, rejects (unless best-effort) once it is broken. */
  write(text: string): Promise<void> {
    if (this.broken()) return this.fail();
    return new Promise<void>((resolve, reject) => {
      let waiting = false;
      const settle = (error: unknown): void => {
        if (waiting) {
          waiting = false;
          this.stream.off('drain', drained);
          this.stream.off('close', gone);
        }
        if (error === undefined) resolve();
        else {
          this.failure ??= error;
          this.fail().then(resolve, reject);
        }
      };
      const drained = (): void => settle(undefined);
      const gone = (): void => settle(this.failure ?? new Error('closed'));
      const ok = this.stream.write(text, (error) => {
        if (error !== null && error !== undefined) settle(error);
      });
      if (ok) resolve();
      else {
        waiting = true;
        this.stream.once('drain', drained);
        this.stream.once('close', gone);
      }
    });
  }

  /** Ends the stream (for a file) and waits until it is flushed; fails as a write would if it could not be. */
  async end(): Promise<void> {
    if (!this.broken()) {
      await new Promise<void>((resolve) => {
        this.stream.once('close', resolve);
        this.stream.end();
      });
    }
    if (this.failure !== undefined) await this.fail();
  }

  /** Stops watching (the stream belongs to the caller); a later error is still swallowed by bin.ts. */
  detach(): void {
    this.stream.off('error', this.onError);
  }
}
