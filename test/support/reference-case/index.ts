/**
 * The case rules for due reassessments as they stood before issue 15 (speed): a verbatim copy of
 * src/core/case/{due,triggers,timeline,episode}.ts and src/model/calendar.ts at that time, with the
 * public wrapper of src/api/case.ts. Test only, never shipped: the fast path is compared with it
 * on arbitrary cases (test/case/due-fast-vs-reference.test.ts).
 */
import { parseCase, type CaseRecord, type DueReassessments, type EpisodePolicy, type ReassessmentPolicy, episodeDefaults } from '../../../src/index.js';
import { defineEpisodePolicy, defineReassessmentPolicy } from '../../../src/api/define-case-policies.js';
import { ensurePolicy } from '../../../src/api/define-policy.js';
import { daRiskError } from '../../../src/errors/error.js';
import { ISO_DATETIME_RULE } from '../../../src/common/instant.js';
import { dueReassessments as dueCore } from './due.js';

function checkNow(now: unknown): string {
  if (typeof now !== 'string') throw daRiskError('invalid-input', ['now'], 'iso-datetime', ISO_DATETIME_RULE);
  return now;
}

/** `dueReassessments` as it was before issue 15. */
export function referenceDueReassessments(record: unknown, now: string, policy: ReassessmentPolicy, episode: EpisodePolicy = episodeDefaults): DueReassessments {
  policy = ensurePolicy(policy, defineReassessmentPolicy, 'reassessment');
  episode = ensurePolicy(episode, defineEpisodePolicy, 'episode');
  return dueCore(parseCase(record as CaseRecord), checkNow(now), policy, episode);
}
