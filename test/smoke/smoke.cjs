// Requires the packed package as CommonJS, through every entry point, and scores an assessment.
const assert = require('node:assert/strict');
const { assess, checkMarac, commonLocalBands } = require('da-risk');
const { score } = require('da-risk/score');
const { policeDash2009 } = require('da-risk/instruments');
const { safelivesMarac } = require('da-risk/policies');

const answers = Object.fromEntries(policeDash2009.items.slice(0, 13).map((item) => [item.id, { value: 'yes' }]));
const input = { instrument: { id: 'police-dash', edition: '2009' }, answers };
const result = assess(input);
assert.equal(result.count, 13);
assert.equal(result.computed.level, 'medium');
assert.deepEqual(score(policeDash2009, input, commonLocalBands), result);
assert.equal(checkMarac({ now: '2025-01-02T00:00:00Z', victimAge: 30, assessment: result }, safelivesMarac).outcome, 'no-referral');
console.log(`CJS ok on Node ${process.version}`);
