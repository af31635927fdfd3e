// Requires the packed package as CommonJS, through every entry point, and scores an assessment.
const assert = require('node:assert/strict');
const { assess, checkMarac, commonLocalBands } = require('da-risk');
const { assessTrusted } = require('da-risk/score');
const { policeDash2009 } = require('da-risk/instruments');
const { safelivesMarac } = require('da-risk/policies');
const { checkMaracTrusted } = require('da-risk/marac');
const { dara2022Provisional } = require('da-risk/dara');
const { barnardosRimProvisional } = require('da-risk/rim');
const { assessDara, assessRim } = require('da-risk');

const answers = Object.fromEntries(policeDash2009.items.slice(0, 13).map((item) => [item.id, { value: 'yes' }]));
const input = { instrument: { id: 'police-dash', edition: '2009' }, answers };
const result = assess(input);
assert.equal(result.count, 13);
assert.equal(result.computed.level, 'medium');
assert.deepEqual(assessTrusted(policeDash2009, input, commonLocalBands), result);
assert.equal(checkMarac({ now: '2025-01-02T00:00:00Z', victimAge: 30, assessment: result }, safelivesMarac).outcome, 'no-referral');
assert.equal(checkMaracTrusted({ now: '2025-01-02T00:00:00Z', victimAge: 30, assessment: result }, safelivesMarac).outcome, 'no-referral');
assert.equal(dara2022Provisional.scoring, 'assessor-grade');
assert.equal(barnardosRimProvisional.scoring, 'matrix');
const dara = assessDara({ instrument: { id: 'dara', edition: '2022-provisional' }, answers: {}, grade: { level: 'high', rationale: 'r', by: 'p', at: '2025-01-01T00:00:00Z' } });
assert.equal(dara.final.level, 'high');
const rim = assessRim({ instrument: { id: 'barnardos-rim', edition: '2009-provisional' }, assessedAt: '2025-01-01T00:00:00Z', answers: {}, children: [{ id: 'c', dateOfBirth: '2020-01-01', specialNeeds: false }] });
assert.equal(rim.children[0].age.years, 5);
const { parseCase, dueReassessments, reassessmentDefaults } = require('da-risk');
const record = parseCase({ assessments: [{ id: 'a', date: '2025-01-01T00:00:00Z', result }], events: [{ type: 'released-from-custody', date: '2025-01-02T00:00:00Z' }], maracReferrals: [], reviews: [] });
assert.equal(dueReassessments(record, '2025-01-05T00:00:00Z', reassessmentDefaults).due[0].status, 'overdue');
console.log(`CJS ok on Node ${process.version}`);
