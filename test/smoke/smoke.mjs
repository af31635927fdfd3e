// Imports the packed package as ESM, through every entry point, and scores an assessment.
import assert from 'node:assert/strict';
import { assess, checkMarac, applyJudgement, commonLocalBands } from 'da-risk';
import { assessTrusted, applyJudgementTrusted } from 'da-risk/score';
import { dashRic2009, shippedInstruments } from 'da-risk/instruments';
import { safelivesMarac, daraConsistency as daraPolicyFromPolicies } from 'da-risk/policies';
import { checkMaracTrusted } from 'da-risk/marac';
import { assessDaraTrusted, dara2022Provisional, daraConsistency } from 'da-risk/dara';
import { assessRimTrusted, barnardosRimProvisional, barnardosRimRules, londonCafThresholds } from 'da-risk/rim';

const answers = Object.fromEntries(dashRic2009.items.slice(0, 14).map((item) => [item.id, { value: 'yes' }]));
const input = { instrument: { id: 'dash-ric', edition: '2009' }, answers };
const result = assess(input);
assert.equal(result.count, 14);
assert.equal(result.computed.level, 'high');
assert.deepEqual(assessTrusted(dashRic2009, input, commonLocalBands), result);
assert.equal(shippedInstruments.length, 5);
const judged = applyJudgement(result, { level: 'high', rationale: 'r', by: 'p', at: '2025-01-01T00:00:00Z' }, commonLocalBands);
assert.equal(typeof applyJudgementTrusted, 'function');
assert.equal(checkMarac({ now: '2025-01-02T00:00:00Z', victimAge: 30, assessment: judged }, safelivesMarac).outcome, 'refer-to-marac');
assert.equal(checkMaracTrusted({ now: '2025-01-02T00:00:00Z', victimAge: 30, assessment: judged }, safelivesMarac).refer, true);
assert.equal(daraPolicyFromPolicies, daraConsistency);
const dara = assessDaraTrusted(
  dara2022Provisional,
  { instrument: { id: 'dara', edition: '2022-provisional' }, answers: { strangulation: { value: 'once' } }, grade: { level: 'medium', rationale: 'r', by: 'p', at: '2025-01-01T00:00:00Z' } },
  daraConsistency,
);
assert.equal(dara.consistencyFlags[0].id, 'strangulation-below-high');
const rim = assessRimTrusted(
  barnardosRimProvisional,
  {
    instrument: { id: 'barnardos-rim', edition: '2009-provisional' },
    assessedAt: '2025-01-01T00:00:00Z',
    answers: { 'rim-violence-serious-or-persistent': { value: 'confirmed' } },
    children: [{ id: 'c', age: { years: 3 }, specialNeeds: false }],
  },
  { rules: barnardosRimRules, needs: londonCafThresholds },
);
assert.equal(rim.children[0].uplift.to, 4);
const { toFhirQuestionnaire, fromQuestionnaireResponse, toQuestionnaireResponse } = await import('da-risk/fhir');
const { assessmentInputJsonSchema } = await import('da-risk/json-schema');
const { conformanceVectors, checkVector } = await import('da-risk/testing');
assert.equal(toFhirQuestionnaire(dashRic2009).version, '2009');
assert.deepEqual(fromQuestionnaireResponse(toQuestionnaireResponse(dashRic2009, input)).input, input);
assert.equal(assessmentInputJsonSchema(dashRic2009).$schema, 'https://json-schema.org/draft/2020-12/schema');
for (const file of Object.values(conformanceVectors)) for (const c of file.cases) assert.deepEqual(checkVector(file, c.name), []);
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
assert.match(require('da-risk/schemas/dash-ric@2009.input.json').$id, /dash-ric@2009/);
assert.equal(require('da-risk/vectors/dash-ric@2009.json').vectorFormat, 1);
assert.equal(require('da-risk/fhir/s-dash@2009.questionnaire.json').resourceType, 'Questionnaire');
const { execFileSync } = await import('node:child_process');
const listed = execFileSync(process.execPath, ['node_modules/.bin/da-risk', 'instruments', '--json'], { encoding: 'utf8' });
assert.equal(JSON.parse(listed).length, 5);
console.log(`ESM ok on Node ${process.version}`);
