// Imports the packed package as ESM, through every entry point, and scores an assessment.
import assert from 'node:assert/strict';
import { assess, checkMarac, applyJudgement, commonLocalBands } from 'da-risk';
import { score, judge } from 'da-risk/score';
import { dashRic2009, shippedInstruments } from 'da-risk/instruments';
import { safelivesMarac } from 'da-risk/policies';

const answers = Object.fromEntries(dashRic2009.items.slice(0, 14).map((item) => [item.id, { value: 'yes' }]));
const input = { instrument: { id: 'dash-ric', edition: '2009' }, answers };
const result = assess(input);
assert.equal(result.count, 14);
assert.equal(result.computed.level, 'high');
assert.deepEqual(score(dashRic2009, input, commonLocalBands), result);
assert.equal(shippedInstruments.length, 3);
const judged = applyJudgement(result, { level: 'high', rationale: 'r', by: 'p', at: '2025-01-01T00:00:00Z' }, commonLocalBands);
assert.equal(typeof judge, 'function');
assert.equal(checkMarac({ now: '2025-01-02T00:00:00Z', victimAge: 30, assessment: judged }, safelivesMarac).outcome, 'refer-to-marac');
console.log(`ESM ok on Node ${process.version}`);
