/**
 * Running a conformance vector against this library.
 *
 * @module
 */
import { assessDara } from '../api/dara.js';
import { assess } from '../api/assess.js';
import { checkMarac } from '../api/check-marac.js';
import { assessRim } from '../api/rim.js';
import type { VectorFile } from './vectors.js';

/**
 * Runs one case of a vector file through the library and returns what did
 * not match (empty when it conforms). Uses the shipped default policies,
 * which are the ones the shipped vectors name.
 *
 * @param file - the vector file
 * @param name - the case name
 * @returns one line per mismatch
 *
 * @example
 * ```ts
 * checkVector(conformanceVectors['dash-ric@2009']!, '14 yes is high and visible high risk'); // []
 * ```
 * @since 0.1.0
 * @category Testing
 */
export function checkVector(file: VectorFile, name: string): string[] {
  const vector = file.cases.find((c) => c.name === name);
  if (vector === undefined) return [`no case named ${name}`];
  const expected = vector.expected;
  const actual: Record<string, unknown> = {};
  if (file.kind === 'checklist') {
    const result = assess(vector.input);
    const decision = checkMarac<unknown>({ ...vector.marac, assessment: result });
    Object.assign(actual, {
      count: result.count,
      level: result.computed?.level ?? null,
      completeness: result.completeness.status,
      flags: result.flags.map((flag) => flag.id),
      maracRoutes: decision.routesMet,
      outcome: decision.outcome,
    });
  } else if (file.kind === 'dara') {
    const result = assessDara(vector.input);
    const decision = checkMarac<unknown>({ ...vector.marac, assessment: result });
    Object.assign(actual, {
      finalLevel: result.final.level,
      consistencyFlags: result.consistencyFlags.map((flag) => flag.id),
      maracRoutes: decision.routesMet,
      outcome: decision.outcome,
    });
  } else if (file.kind === 'rim') {
    const result = assessRim(vector.input);
    actual['children'] = result.children.map((child) => ({
      childId: child.childId,
      suggested: child.suggested,
      upliftTo: child.uplift?.to ?? null,
      threshold: child.need?.threshold ?? null,
    }));
  } else {
    return [`unknown vector kind ${file.kind}`];
  }
  const mismatches: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    if (JSON.stringify(actual[key]) !== JSON.stringify(want)) {
      mismatches.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(actual[key])}`);
    }
  }
  return mismatches;
}
