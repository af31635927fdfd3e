/**
 * The command line's own errors, and the messages for files that cannot be
 * used. A message may name a path the user typed (it is theirs, not a
 * victim's data) and always says what to do; it never quotes a record, a key
 * or a file's content.
 *
 * @module
 */

/** The exit codes of `da-risk`. @internal */
export const EXIT = Object.freeze({ ok: 0, someFailed: 1, couldNotRun: 2, internalError: 3, interrupted: 130 });

/**
 * A mistake in the command line itself: exit 2, with a pointer to the help of
 * `command` (or the general help).
 *
 * @internal
 */
export class UsageError extends Error {
  /**
   * @param message - what is wrong, never repeating what was typed (except a path or an option da-risk defines)
   * @param command - the command whose `--help` the user is pointed to, if known
   */
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The command could not run (a file, a header, a policy): exit 2. The message is ours. @internal */
export class CouldNotRun extends Error {
  override readonly name = 'CouldNotRun';
}

/** stdout was closed by its reader (EPIPE and the like): stop quietly. @internal */
export class OutputClosed extends Error {
  override readonly name = 'OutputClosed';
}

/** The run was interrupted (Ctrl-C, SIGINT): stop, summarise, exit 130. @internal */
export class Interrupted extends Error {
  override readonly name = 'Interrupted';
}

/** Something that should never fail did: exit 3. The cause's message is never printed. @internal */
export class InternalError extends Error {
  override readonly name = 'InternalError';

  /**
   * @param line - the record being processed, if any
   * @param cause - what was thrown (its message may quote a record, so it is withheld)
   */
  constructor(
    readonly line: number | undefined,
    override readonly cause: unknown,
  ) {
    super('internal error');
  }
}

/**
 * A path as it goes into a message: in double quotes, with control characters
 * escaped (JSON string syntax), so a path cannot break the terminal or the
 * line.
 *
 * @example
 * ```ts
 * quotePath('in.csv'); // '"in.csv"'
 * ```
 * @internal
 */
export function quotePath(path: string): string {
  return JSON.stringify(path);
}

/** Which file a message is about. @internal */
export type FileRole = 'input file' | 'policy file' | 'errors file';

/** The error code of a failed file operation (`ENOENT`, `EACCES`…), or undefined. */
function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/**
 * The "could not run" error for a file that could not be opened, read or
 * written: its own message for a missing file, a folder, a permission
 * refused, a full disk, and one naming the system's error code otherwise.
 *
 * @example
 * ```ts
 * fileError('input file', 'in.csv', Object.assign(new Error(), { code: 'ENOENT' })).message;
 * // 'the input file "in.csv" could not be found: check the path (relative paths start from the current folder)'
 * ```
 * @internal
 */
export function fileError(role: FileRole, path: string, error: unknown, writing = false): CouldNotRun {
  const file = `the ${role} ${quotePath(path)}`;
  switch (codeOf(error)) {
    case 'ENOENT':
      return new CouldNotRun(
        writing
          ? `${file} could not be created: its folder does not exist; create the folder or give another path`
          : `${file} could not be found: check the path (relative paths start from the current folder)`,
      );
    case 'ENOTDIR':
      return new CouldNotRun(`${file} could not be ${writing ? 'created' : 'found'}: a part of the path is a file, not a folder; check the path`);
    case 'EISDIR':
      return isFolder(role, path);
    case 'EACCES':
    case 'EPERM':
      return new CouldNotRun(`${file} could not be ${writing ? 'written' : 'read'}: permission denied; check the file's permissions (ls -l) or use a copy you can ${writing ? 'write' : 'read'}`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new CouldNotRun(`${file} could not be written: the disk is full; free some space or give a path on another disk`);
    case undefined:
      return new CouldNotRun(`${file} could not be ${writing ? 'written' : 'read'}; check that it is a file you can ${writing ? 'write' : 'read'}`);
    default:
      return new CouldNotRun(`${file} could not be ${writing ? 'written' : 'read'} (${codeOf(error)}); check the file and the disk, then try again`);
  }
}

/**
 * The "could not run" error for a path that names a folder where a file was needed.
 *
 * @internal
 */
export function isFolder(role: FileRole, path: string): CouldNotRun {
  return new CouldNotRun(`the ${role} ${quotePath(path)} is a folder, not a file: give the path of a file`);
}

/**
 * The "could not run" error for an input file that holds nothing to read:
 * no bytes at all, only blank lines, or a CSV header and no rows.
 *
 * @internal
 */
export function emptyInput(path: string, what: 'no bytes' | 'blank lines' | 'header only'): CouldNotRun {
  const file = `the input file ${quotePath(path)}`;
  if (what === 'no bytes') return new CouldNotRun(`${file} is empty: check that it was saved or exported completely`);
  if (what === 'blank lines') return new CouldNotRun(`${file} holds only blank lines: check that it was saved or exported completely`);
  return new CouldNotRun(`${file} has a CSV header and no rows: check that the rows were exported (a filtered sheet exports only the rows shown)`);
}
