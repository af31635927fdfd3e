/**
 * Reading results across instruments: concept disclosures and a reporting
 * severity, over trusted input (results this library made, and a concept map
 * or ordering that is well formed). The main entry's `disclosures` and
 * `severityOf` (`api/cross-instrument.ts`) read outside data back first and
 * then call these.
 *
 * @module
 */
import type { AnyResult, ConceptDisclosure, ConceptMap, DisclosureState, SeverityOrdering } from '../model/cross-instrument.js';
import type { RimResult } from '../model/rim.js';
import type { ItemsByAnswer } from '../model/result.js';


function byKind(result: AnyResult): ItemsByAnswer {
  if (result.kind !== 'rim') return result.items;
  const union = (pick: (child: RimResult['children'][number]) => readonly string[]) => [...new Set(result.children.flatMap(pick))];
  const yes = union((c) => c.confirmed);
  const unknown = union((c) => c.suspected).filter((id) => !yes.includes(id));
  // Absent for the household only when absent for every child: a child never asked leaves it unanswered.
  const [first, ...rest] = result.children;
  const absentForAll = first === undefined ? [] : first.absent.filter((id) => rest.every((child) => child.absent.includes(id)));
  const no = absentForAll.filter((id) => !yes.includes(id) && !unknown.includes(id));
  return { yes, dontKnow: unknown, declined: [], no, unanswered: [] };
}

function stateOf(items: ItemsByAnswer, ids: readonly string[]): DisclosureState {
  if (ids.some((id) => items.yes.includes(id))) return 'disclosed';
  if (ids.some((id) => items.dontKnow.includes(id) || items.declined.includes(id))) return 'unknown';
  if (ids.every((id) => items.no.includes(id))) return 'not-disclosed';
  return 'unanswered';
}

const WORDS: Readonly<Record<DisclosureState, string>> = {
  disclosed: 'disclosed',
  unknown: 'not known',
  unanswered: 'not answered',
  'not-disclosed': 'not disclosed',
  'not-asked': 'not asked',
};

/**
 * For each concept of a concept map, how it stands on each assessment given:
 * disclosed, not known, not answered, not disclosed, or not asked — so a case
 * system can show "disclosed on the DASH, not asked on the DARA".
 *
 * Trusted input only: results as the library made them and a well-formed
 * map. For outside data use the main entry's `disclosures`, which validates.
 *
 * @param results - assessments of the same case, from any instrument
 * @param map - the concept map (for example {@link sharedConcepts})
 * @returns one entry per concept
 * @internal
 *
 * @example
 * ```ts
 * const rows = disclosures([dashResult, daraResult], sharedConcepts);
 * rows.find((r) => r.concept === 'strangulation')?.summary; // 'disclosed on dash-ric 2009; not answered on dara 2022-provisional'
 * ```
 */
export function disclosures(results: readonly AnyResult[], map: ConceptMap): readonly ConceptDisclosure[] {
  const kinds = results.map(byKind);
  return Object.freeze(
    map.concepts.map((concept) => {
      const assessments = results.map((result, index) => {
        const ids = concept.items[result.instrument.id];
        const state: DisclosureState = ids === undefined || ids.length === 0 ? 'not-asked' : stateOf(kinds[index]!, ids);
        const items = ids === undefined ? [] : ids.filter((id) => kinds[index]!.yes.includes(id));
        return Object.freeze({
          instrument: Object.freeze({ id: result.instrument.id, edition: result.instrument.edition }),
          assessmentId: result.assessmentId,
          state,
          items: Object.freeze(items),
        });
      });
      const summary = assessments.map((a) => `${WORDS[a.state]} on ${a.instrument.id} ${a.instrument.edition}`).join('; ');
      return Object.freeze({ concept: concept.id, label: concept.label, assessments: Object.freeze(assessments), summary });
    }),
  );
}

/**
 * The reporting severity of a result under an ordering: from the final level
 * (DASH, DARA) or the highest final scale among the children (RIM). Null when
 * the result has no level or scale. For reports only.
 *
 * Trusted input only: a result as the library made it and a well-formed
 * ordering. For outside data use the main entry's `severityOf`, which validates.
 *
 * @param result - any result
 * @param ordering - the ordering (for example {@link reportingSeverity})
 * @returns the rank and label, or null
 * @internal
 *
 * @example
 * ```ts
 * severityOf(dashResult, reportingSeverity); // { rank: 3, label: 'high', from: 'level high' }
 * severityOf(rimResult, reportingSeverity); // { rank: 4, label: 'severe', from: 'RIM scale 4' }
 * ```
 */
export function severityOf(
  result: AnyResult,
  ordering: SeverityOrdering,
): { readonly rank: number; readonly label: string; readonly from: string } | null {
  let rank: number;
  let from: string;
  if (result.kind === 'rim') {
    const scale = result.household.highestFinal;
    if (scale === null) return null;
    rank = ordering.rimScales[scale];
    from = `RIM scale ${scale}`;
  } else {
    const level = result.final.level;
    if (level === null) return null;
    rank = ordering.levels[level];
    from = `level ${level}`;
  }
  const label = ordering.ranks.find((entry) => entry.rank === rank)?.label ?? String(rank);
  return Object.freeze({ rank, label, from });
}
