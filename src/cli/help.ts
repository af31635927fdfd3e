/**
 * The help texts: `da-risk --help` and `da-risk <command> --help`.
 *
 * @module
 */
import type { CommandName } from './args.js';
import { ANSWER_PARTS } from './csv-records.js';
import { ASSESS_COLUMNS, MARAC_COLUMNS } from './output.js';
import { MARAC_POLICY_IDS, RESULT_KINDS, SCORING_POLICY_ID } from './choices.js';
import { DEFAULT_MAX_LINE_BYTES } from './lines.js';

/** A list, comma-separated, wrapped at 88 columns with `indent` in front of each line. */
function list(items: readonly string[], indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const [i, item] of items.entries()) {
    const word = i < items.length - 1 ? `${item},` : item;
    if (line !== '' && indent.length + line.length + 1 + word.length > 88) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map((text) => `${indent}${text}`).join('\n');
}

/** An option or column and what it is, the description starting at column 26. */
function row(name: string, text: string): string {
  return `  ${name.padEnd(23)}${text}`;
}

const EXIT_CODES = `Exit codes: 0 every record passed; 1 some record failed; 2 the command could not run
(usage, a file that cannot be used, a refused CSV header); 3 stopped on an internal error
(--debug shows where); 130 interrupted by Ctrl-C (the summary so far is printed).
Piped into a reader that stops early (| head -1), it stops quietly with the code so far.`;

const GENERAL = `Usage: da-risk <command> [options]
       da-risk <command> --help      the command's options
       da-risk --version

Commands:
  instruments   list the editions da-risk ships, with their status
  schema        print an edition's input JSON Schema or FHIR Questionnaire, or a result's JSON Schema
  assess        assess records (DASH, DARA or RIM inputs), one result per record
  marac         check the MARAC referral routes for each record

Messages never hold a value from a record: they name lines, fields and rules.

${EXIT_CODES}
`;

const BULK_OPTIONS = `  --errors FILE          write the reports of failed records to FILE instead of stderr
  --max-line-bytes N     longest line (or CSV row) read, in bytes (default ${DEFAULT_MAX_LINE_BYTES});
                         a longer one is reported by its line number and skipped
  --jobs N               process records on N threads (default 1; the number of cores is a
                         good choice): the output is the same, in input order
  --quiet                no summary and no progress line
  --debug                on an internal error, show where it happened (never a record's content)
  -h, --help             this help`;

const BULK_NOTES = `A record that fails is reported as a JSON line {"line","code","issues"} with its line
number, the field and the rule broken, never the value, and the run goes on. A summary
line ends the run on stderr; on a terminal, a progress line shows while it runs.`;

const ASSESS = `Usage: da-risk assess [FILE|-] [options]

Assesses each record (a DASH, DARA or RIM input) and writes one result per record to
stdout. Reads FILE, or stdin when there is none or it is -.

Options:
  --in json|ndjson|csv   input format (default: by the extension, .csv or .json; else ndjson,
                         JSON lines: one record per line). A JSON file (an array, at most
                         256 MiB) is read whole; JSON lines and CSV are streamed.
  --out ndjson|csv       output format (default ndjson: one {"line","result"} per line)
  --policy NAME|FILE     scoring policy: ${SCORING_POLICY_ID} (default), or a .json file
${BULK_OPTIONS}

CSV input, as spreadsheets save it (UTF-8 with or without a byte order mark, CRLF or LF
line ends, quoted fields with commas, "" for a quote, and line breaks): a header row,
then one assessment per row. Columns, in any order:
  instrument, edition    required, e.g. dash-ric and 2009 (da-risk instruments lists them)
  id, assessedAt         optional: your id (no personal data); when, ISO 8601 with offset
  ITEM                   the answer to an item, by its id (yes, no, dont-know, declined;
                         da-risk schema dash-ric lists the ids and values); empty: unanswered
${row(`ITEM.${ANSWER_PARTS[0]}`, 'optional free-text comment (never repeated in a message)')}
${row(`ITEM.${ANSWER_PARTS[1]}`, 'optional: victim, practitioner, records or other-agency')}
${row(`ITEM.${ANSWER_PARTS[2]}`, 'optional sub-option ids, separated by ;')}
Rows whose cells are all empty are skipped. DARA and RIM inputs (a grade, children) do
not fit in columns: give them as JSON lines (da-risk schema <instrument> shows the shape).

CSV output columns:
${list(ASSESS_COLUMNS, '  ')}
Lists (flags) are separated by ;. Text a spreadsheet would run as a formula (it starts
with =, +, -, @, a tab or a carriage return) is written with a ' in front.

${BULK_NOTES}

${EXIT_CODES}
`;

const MARAC = `Usage: da-risk marac [FILE|-] [options]

Checks the MARAC referral routes for each record (a MARAC check input: now, victimAge,
the latest assessment result or a paper count, events, previous referrals, a
practitioner's referral) and writes one decision per record to stdout. Reads FILE, or
stdin when there is none or it is -. Its records hold lists, so they are JSON lines (or
a JSON file), never CSV.

Options:
  --in json|ndjson       input format (default: .json by the extension, else ndjson)
  --out ndjson|csv       output format (default ndjson: one {"line","decision"} per line)
  --policy NAME|FILE     MARAC policy, one of (the first is the default):
${list(MARAC_POLICY_IDS, ' '.repeat(25))}
                         or a .json file
  --scoring FILE         the local scoring policy the records' stored results were made under
${BULK_OPTIONS}

CSV output columns:
${list(MARAC_COLUMNS, '  ')}
Lists (routesMet, actions as id:status) are separated by ;.

${BULK_NOTES}

${EXIT_CODES}
`;

const SCHEMA = `Usage: da-risk schema INSTRUMENT [--edition E] [--format json-schema|fhir]
       da-risk schema --result ${RESULT_KINDS.join('|')}

Prints an edition's input JSON Schema (default) or FHIR R4 Questionnaire, or the JSON
Schema of a result. --edition may be left out when the instrument has one edition.

Options:
  --edition E            the edition (da-risk instruments lists them)
  --format F             json-schema (default) or fhir
  --result KIND          a result's JSON Schema instead: ${RESULT_KINDS.join(', ')}
  -h, --help             this help

Exit codes: 0 printed; 2 the instrument, edition, format or kind is not one da-risk knows.
`;

const INSTRUMENTS = `Usage: da-risk instruments [--json]

Lists the editions da-risk ships: id@edition, status (verified or provisional), number
of items, title.

Options:
  --json                 as a JSON array
  -h, --help             this help
`;

const BY_COMMAND: Readonly<Record<CommandName, string>> = { instruments: INSTRUMENTS, schema: SCHEMA, assess: ASSESS, marac: MARAC };

/**
 * The help for a command, or the general help.
 *
 * @example
 * ```ts
 * helpText('assess').startsWith('Usage: da-risk assess'); // true
 * ```
 * @internal
 */
export function helpText(command?: CommandName): string {
  return command === undefined ? GENERAL : BY_COMMAND[command];
}
