/**
 * What the bulk commands write for each record: a JSON line, or a CSV row
 * under a fixed header. Text cells are guarded against formula injection by
 * {@link csvRow}.
 *
 * @module
 */
import type { AnyResult } from '../model/cross-instrument.js';
import type { MaracDecision } from '../model/marac.js';
import { csvRow, type CsvCell } from './csv-write.js';

/**
 * The columns of `assess --out csv`, in order. `count`, `computedLevel`,
 * `completeness` and the tally (`yes` … `unanswered`) are blank where a
 * result has none (a DARA result has a tally but no count; a RIM result has
 * neither); `finalLevel` is a RIM result's highest scale.
 *
 * @internal
 */
export const ASSESS_COLUMNS = [
  'line',
  'id',
  'instrument',
  'edition',
  'assessedAt',
  'count',
  'computedLevel',
  'finalLevel',
  'completeness',
  'yes',
  'no',
  'dontKnow',
  'declined',
  'unanswered',
  'flags',
  'policy',
  'policyVersion',
] as const;

/** The columns of `marac --out csv`, in order; lists (`routesMet`, `actions`) are separated by `;`. @internal */
export const MARAC_COLUMNS = ['line', 'outcome', 'refer', 'routesMet', 'actions', 'victimAge', 'now', 'policy', 'policyVersion'] as const;

/** Flags' ids, separated by `;`. */
function ids(flags: readonly { readonly id: string }[]): string {
  if (flags.length === 0) return '';
  let text = flags[0]!.id;
  for (let i = 1; i < flags.length; i++) text += `;${flags[i]!.id}`;
  return text;
}

/** A result's cells under {@link ASSESS_COLUMNS}. */
function resultCells(line: number, result: AnyResult): CsvCell[] {
  const checklist = result.kind === 'checklist' ? result : null;
  const tally = result.kind === 'rim' ? null : result.tally;
  const flags = checklist?.flags ?? (result.kind === 'dara' ? result.consistencyFlags : []);
  return [
    line,
    result.assessmentId,
    result.instrument.id,
    result.instrument.edition,
    result.assessedAt,
    checklist?.count ?? null,
    checklist?.computed?.level ?? null,
    result.kind === 'rim' ? result.household.highestFinal : result.final.level,
    checklist?.completeness.status ?? null,
    tally?.yes ?? null,
    tally?.no ?? null,
    tally?.dontKnow ?? null,
    tally?.declined ?? null,
    tally?.unanswered ?? null,
    ids(flags),
    result.policy.id,
    result.policy.version,
  ];
}

/**
 * The text written for one assessed record: a JSON line `{ line, result }`,
 * or a CSV row under {@link ASSESS_COLUMNS}.
 *
 * @internal
 */
export function resultOutput(line: number, result: AnyResult, format: OutFormat): string {
  return format === 'ndjson' ? `${JSON.stringify({ line, result })}\n` : csvRow(resultCells(line, result));
}

/**
 * The text written for one MARAC decision: a JSON line `{ line, decision }`,
 * or a CSV row under {@link MARAC_COLUMNS}.
 *
 * @internal
 */
export function decisionOutput(line: number, decision: MaracDecision, format: OutFormat): string {
  if (format === 'ndjson') return `${JSON.stringify({ line, decision })}\n`;
  return csvRow([
    line,
    decision.outcome,
    decision.refer,
    decision.routesMet.join(';'),
    decision.actions.map((action) => `${action.id}:${action.status}`).join(';'),
    decision.victimAge,
    decision.now,
    decision.policy.id,
    decision.policy.version,
  ]);
}

/** An output format. @internal */
export type OutFormat = 'ndjson' | 'csv';

/**
 * The line written before the first record: the CSV header, or nothing for JSON lines.
 *
 * @internal
 */
export function outputHeader(format: OutFormat, columns: readonly string[]): string {
  return format === 'csv' ? csvRow(columns) : '';
}

/**
 * The key a result is counted under in the summary: its final level (a RIM
 * result's highest scale).
 *
 * @internal
 */
export function levelKey(result: AnyResult): string {
  if (result.kind === 'rim') return result.household.highestFinal === null ? 'no scale' : `scale ${result.household.highestFinal}`;
  return result.final.level ?? 'no level';
}
