/**
 * What the command line reads from and writes to, passed in so tests can
 * give their own streams, files, clock and interrupt.
 *
 * @module
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';

/** Opening files: the real file system unless a test gives another. @internal */
export interface CliFiles {
  /** Opens a file for reading (`r`) or for writing from empty (`w`), as `fs.promises.open` does. */
  open(path: string, flags: 'r' | 'w'): Promise<FileHandle>;
}

/** The command line's streams and surroundings. @internal */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether to show a progress line on stderr (a terminal, with the results going elsewhere). */
  readonly interactive: boolean;
  /** Aborted when the user interrupts the run (Ctrl-C): the run stops, summarises and exits 130. */
  readonly signal?: AbortSignal;
  /** The file system (default: the real one). */
  readonly files?: CliFiles;
  /** Milliseconds now, for the progress line (default: `Date.now`). */
  readonly now?: () => number;
}

/** The real file system. @internal */
export const realFiles: CliFiles = { open: (path, flags) => open(path, flags) };
