/**
 * The command line's arguments, read with `node:util` `parseArgs` in strict
 * mode: each command has its own options, and anything else is a usage
 * error (exit 2) that names the argument by its position, never by what was
 * typed (an argument can hold anything, even a name).
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

/** The commands. @internal */
export const COMMANDS = ['instruments', 'schema', 'assess', 'marac'] as const;

/** A command's name. @internal */
export type CommandName = (typeof COMMANDS)[number];

type Options = NonNullable<ParseArgsConfig['options']>;

const common = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
} as const satisfies Options;

const bulk = {
  ...common,
  in: { type: 'string' },
  out: { type: 'string' },
  policy: { type: 'string' },
  errors: { type: 'string' },
  'max-line-bytes': { type: 'string' },
  quiet: { type: 'boolean' },
  jobs: { type: 'string' },
} as const satisfies Options;

/** Each command's options, and how many positional arguments it takes. */
const SPECS = {
  instruments: { options: { ...common, json: { type: 'boolean' } }, positionals: 0, takes: 'no arguments' },
  schema: { options: { ...common, edition: { type: 'string' }, format: { type: 'string' }, result: { type: 'string' } }, positionals: 1, takes: 'one instrument id' },
  assess: { options: bulk, positionals: 1, takes: 'one file (or - for stdin)' },
  marac: { options: { ...bulk, scoring: { type: 'string' } }, positionals: 1, takes: 'one file (or - for stdin)' },
} as const satisfies Record<CommandName, { options: Options; positionals: number; takes: string }>;

/** The options given to a command: strings for options with a value, `true` for switches. @internal */
export type Values = { readonly [name: string]: string | boolean | readonly (string | boolean)[] | undefined };

/** What the arguments ask for. @internal */
export type Request =
  | { readonly kind: 'version' }
  | { readonly kind: 'help'; readonly command?: CommandName }
  | { readonly kind: 'no-command' }
  | { readonly kind: 'run'; readonly command: CommandName; readonly values: Values; readonly positionals: readonly string[] };

function isCommand(name: string | undefined): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name ?? '');
}

/**
 * Reads the arguments (without `node` and the script): `--version`,
 * `--help`, `help [command]`, or a command with its options.
 *
 * @example
 * ```ts
 * readArguments(['assess', 'in.csv', '--out', 'csv']);
 * // { kind: 'run', command: 'assess', values: { out: 'csv' }, positionals: ['in.csv'] }
 * readArguments(['assess', '--help']); // { kind: 'help', command: 'assess' }
 * ```
 * @throws {@link UsageError} for an unknown command or option, a missing value, or too many arguments
 * @internal
 */
export function readArguments(argv: readonly string[]): Request {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'no-command' };
  if (first === '--version' || first === '-V') {
    if (rest.length > 0) throw new UsageError('--version takes no other arguments');
    return { kind: 'version' };
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    if (rest.length > 1 || (topic !== undefined && !isCommand(topic))) {
      throw new UsageError(`help takes at most one argument, a command: ${COMMANDS.join(', ')}`);
    }
    return topic === undefined ? { kind: 'help' } : { kind: 'help', command: topic };
  }
  if (first.startsWith('-')) throw new UsageError('argument 1 is an option: give the command first (da-risk <command> [options]), or --help or --version');
  // What was typed is not repeated: an argument can hold anything, even a name.
  if (!isCommand(first)) throw new UsageError(`the command given is not one of: ${COMMANDS.join(', ')}`);
  // Help wins over anything else given with it (an option it does not know, a missing value).
  const options = rest.indexOf('--') === -1 ? rest : rest.slice(0, rest.indexOf('--'));
  if (options.includes('--help') || options.includes('-h')) return { kind: 'help', command: first };
  const spec: { options: Options; positionals: number; takes: string } = SPECS[first];
  let parsed: { values: Values; positionals: string[]; tokens: { kind: string; index: number }[] };
  try {
    parsed = parseArgs({ args: rest, options: spec.options, strict: true, allowPositionals: true, tokens: true });
  } catch {
    // parseArgs's own message quotes the argument: find which one broke which rule, by position.
    throw whatIsWrong(first, rest, spec.options);
  }
  if (parsed.positionals.length > spec.positionals) {
    const extra = parsed.tokens.filter((token) => token.kind === 'positional')[spec.positionals]!;
    throw new UsageError(`${first} takes ${spec.takes}; argument ${extra.index + 2} is one too many (an option's value goes right after its option)`, first);
  }
  return { kind: 'run', command: first, values: parsed.values, positionals: parsed.positionals };
}

/** The usage error for arguments strict parsing refused, naming the argument by position and the option by its own name. */
function whatIsWrong(command: CommandName, args: readonly string[], options: Options): UsageError {
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const at = `argument ${token.index + 2}`;
    const known = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (known === undefined) {
      return new UsageError(`${at} is not an option da-risk knows for ${command}`, command);
    }
    if (known.type === 'boolean' && token.value !== undefined) return new UsageError(`${at}: --${token.name} takes no value`, command);
    if (known.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      return new UsageError(`${at}: --${token.name} needs a value (one that starts with - is given as --${token.name}=-…)`, command);
    }
  }
  return new UsageError('the arguments could not be read', command);
}

/**
 * An option's value when it is one with a value (undefined when not given).
 *
 * @internal
 */
export function stringOption(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
