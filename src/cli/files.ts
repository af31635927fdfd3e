/**
 * Opening the files a command names: the input, the errors file and policy
 * files. Each failure is exit 2 with a message that names the path given and
 * says what to do; nothing read from a file reaches a message.
 *
 * @module
 */
import { fstatSync, readSync, statSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CouldNotRun, UsageError, emptyInput, fileError, isFolder, quotePath } from './errors.js';
import { realFiles, type CliIo } from './io.js';
import { Sink } from './sink.js';

/**
 * A regular file named as the input, read in chunks straight from its
 * descriptor: a file on disk is always ready, and a stream's machinery
 * around each chunk costs more than reading it.
 *
 * @internal
 */
export class RegularFile {
  private open = true;

  constructor(private readonly handle: FileHandle) {}

  /**
   * Reads the next chunk, at most `size` bytes, into a new buffer; null at the
   * end of the file, or once closed.
   *
   * @throws the read's own error (EIO and the like)
   */
  read(size: number): Buffer | null {
    if (!this.open) return null;
    const chunk = Buffer.allocUnsafe(size);
    const n = readSync(this.handle.fd, chunk, 0, size, null);
    if (n === 0) return null;
    return n === size ? chunk : chunk.subarray(0, n);
  }

  /** Closes the file (again is nothing); nothing is read after. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.handle.close().catch(() => undefined);
  }
}

/**
 * The input of a bulk command: a stream (stdin, or a pipe or device named as
 * the file) or a regular file, and the path given (undefined for stdin).
 *
 * @internal
 */
export interface Input {
  readonly source: Readable | RegularFile;
  readonly path: string | undefined;
}

/** Stops reading the input: a stream is destroyed, a file closed. @internal */
export function closeInput(input: Input): void {
  if (input.source instanceof RegularFile) input.source.close();
  else input.source.destroy();
}

/**
 * Opens the input before anything is written, so a missing, unreadable or
 * empty file, or a folder, is exit 2 with nothing on stdout. `-` or no path
 * is stdin.
 *
 * @throws {@link CouldNotRun} with the file's own message
 * @internal
 */
export async function openInput(io: CliIo, path: string | undefined): Promise<Input> {
  if (path === undefined || path === '-') return { source: io.stdin, path: undefined };
  let handle;
  try {
    handle = await (io.files ?? realFiles).open(path, 'r');
  } catch (error) {
    throw fileError('input file', path, error);
  }
  let regular: boolean;
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw isFolder('input file', path);
    regular = stat.isFile();
    // Only a regular file's size is known before reading (a pipe or a device says 0).
    if (regular && stat.size === 0) throw emptyInput(path, 'no bytes');
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error instanceof CouldNotRun ? error : fileError('input file', path, error);
  }
  // A pipe or a device may keep the reader waiting: read as a stream, never blocking the process.
  return { source: regular ? new RegularFile(handle) : handle.createReadStream(), path };
}

/** Whether a path names the input: the input file (the same path, or a link to it), or whatever stdin reads. */
function sameFile(path: string, input: string | undefined): boolean {
  try {
    const first = statSync(path);
    const second = input === undefined || input === '-' ? fstatSync(0) : statSync(input);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

/**
 * Opens the errors file (`--errors`) before any input is read: one that
 * cannot be written is exit 2 at once. Refuses the input file itself, which
 * opening would empty. Without a path, errors go to `stderr`.
 *
 * @throws {@link UsageError} when the path is the input; {@link CouldNotRun} when it cannot be opened
 * @internal
 */
export async function openErrorsFile(io: CliIo, path: string | undefined, stderr: Sink, input: string | undefined): Promise<Sink> {
  if (path === undefined) return stderr;
  if (sameFile(path, input)) throw new UsageError('--errors names the input file: give another file, so the records are not overwritten');
  let handle;
  try {
    handle = await (io.files ?? realFiles).open(path, 'w');
  } catch (error) {
    throw fileError('errors file', path, error, true);
  }
  return new Sink(handle.createWriteStream({ encoding: 'utf8' }), (failure) => fileError('errors file', path, failure, true));
}

/**
 * Reads and parses a policy file (`--policy`, `--scoring`); its content
 * never reaches a message.
 *
 * @throws {@link CouldNotRun} when it cannot be read, is empty or is not JSON
 * @internal
 */
export async function readPolicyFile(io: CliIo, path: string): Promise<unknown> {
  let text: string;
  try {
    const handle = await (io.files ?? realFiles).open(path, 'r');
    try {
      text = await handle.readFile({ encoding: 'utf8' });
    } finally {
      await handle.close().catch(() => undefined);
    }
  } catch (error) {
    throw fileError('policy file', path, error);
  }
  if (text.trim() === '') throw new CouldNotRun(`the policy file ${quotePath(path)} is empty: give a policy as JSON (see the policies guide)`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CouldNotRun(`the policy file ${quotePath(path)} is not valid JSON: check it with a JSON validator`);
  }
}
