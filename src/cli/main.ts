/**
 * The `da-risk` command line: list editions, print schemas, and assess or
 * check MARAC routes in bulk, streaming JSON lines or CSV. This module reads
 * the arguments, runs the command and turns what went wrong into one line
 * on stderr and an exit code (see {@link EXIT}).
 *
 * No message written here holds a value from a record, a key or a file's
 * content: line numbers, column numbers, field paths and rules only. A path
 * the user gave is named (it is theirs, not a victim's data).
 *
 * @module
 */
import { isDaRiskError } from '../errors/error.js';
import { readArguments } from './args.js';
import { CouldNotRun, EXIT, InternalError, OutputClosed, UsageError } from './errors.js';
import { helpText } from './help.js';
import type { CliIo } from './io.js';
import { Sink } from './sink.js';
import { packageVersion } from './version.js';

export { EXIT } from './errors.js';
export type { CliIo } from './io.js';

/** An internal error's stack frames, without its message (which might quote a value). */
function frames(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  return [`  ${name} (message withheld: it may quote a record)`, ...stack].join('\n');
}

/** The one line (or two) written for an error that stops the command; `da-risk:` once, never twice. */
function message(error: UsageError | CouldNotRun | Error): string {
  // A library error's message starts `da-risk <code>:`; the prefix is written here, once.
  const text = isDaRiskError(error) ? error.message.replace(/^da-risk /, '') : error.message;
  const hint =
    error instanceof UsageError
      ? `Run da-risk ${error.command === undefined ? '--help' : `${error.command} --help`} for usage.\n`
      : isDaRiskError(error) && (error.code === 'unknown-edition' || error.code === 'unknown-instrument')
        ? 'Run da-risk instruments to list the editions.\n'
        : '';
  return `da-risk: ${text}\n${hint}`;
}

async function dispatch(argv: readonly string[], io: CliIo, out: Sink, err: Sink): Promise<number> {
  const request = readArguments(argv);
  switch (request.kind) {
    case 'version':
      await out.write(`${packageVersion()}\n`);
      return EXIT.ok;
    case 'help':
      await out.write(helpText(request.command));
      return EXIT.ok;
    case 'no-command':
      await err.write(helpText());
      return EXIT.couldNotRun;
    case 'run':
      // Each command is loaded when it runs: --version, --help and a usage error load no validation.
      switch (request.command) {
        case 'instruments':
          return (await import('./commands/instruments.js')).instrumentsCommand(out, request.values);
        case 'schema':
          return (await import('./commands/schema.js')).schemaCommand(out, request.values, request.positionals);
        case 'assess':
          return (await import('./commands/assess.js')).assessCommand(io, out, err, request.values, request.positionals);
        case 'marac':
          return (await import('./commands/marac.js')).maracCommand(io, out, err, request.values, request.positionals);
      }
  }
}

/**
 * Runs the command line with arguments (without `node` and the script) and
 * streams; returns the exit code (see {@link EXIT}). Never throws, and never
 * leaves an error event on the streams unhandled.
 *
 * @example
 * ```ts
 * const code = await run(['assess', 'in.csv', '--out', 'csv'], { stdin, stdout, stderr, interactive: false });
 * ```
 * @internal
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const out = new Sink(io.stdout, () => new OutputClosed('stdout closed'));
  const err = new Sink(io.stderr, 'best-effort');
  const debug = argv.includes('--debug');
  try {
    return await dispatch(argv, io, out, err);
  } catch (error) {
    if (error instanceof OutputClosed) return EXIT.ok;
    if (error instanceof UsageError || error instanceof CouldNotRun || isDaRiskError(error)) {
      await err.write(message(error));
      return EXIT.couldNotRun;
    }
    const line = error instanceof InternalError && error.line !== undefined ? ` at line ${error.line}` : '';
    const cause = error instanceof InternalError ? error.cause : error;
    await err.write(
      `da-risk: stopped on an internal error${line}; the records before it were written.${debug ? `\n${frames(cause)}` : ' Run again with --debug to see where.'}\n`,
    );
    return EXIT.internalError;
  } finally {
    out.detach();
    err.detach();
  }
}
