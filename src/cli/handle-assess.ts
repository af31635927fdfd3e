/**
 * The record handler of `da-risk assess`: a record of any instrument family
 * (DASH, DARA, RIM) assessed, its result written as a JSON line or a CSV row
 * and counted under its level.
 *
 * @module
 */
import { assessJsonValue, readAnyOptions } from '../api/assess-any.js';
import type { RecordHandler } from './batch.js';
import type { AssessJob } from './bulk-job.js';
import { levelKey, resultOutput } from './output.js';
import { scoringPolicyFrom } from './policies.js';

/**
 * The handler for an `assess` job.
 *
 * @internal
 */
export function assessHandler(job: AssessJob): RecordHandler {
  const scoring = scoringPolicyFrom(job.scoring);
  const options = readAnyOptions({ scoring });
  const { out } = job;
  return (line, value) => {
    // Every record is JSON.parse's or the CSV reader's: plain data, read as it is.
    const result = assessJsonValue(value, options);
    return { text: resultOutput(line, result, out), key: levelKey(result) };
  };
}
