// The page's entry: the editions the form offers, each with its FHIR
// Questionnaire (the JSON the library ships in docs/fhir/, imported, never
// fetched), and the library functions it scores with. Only zod-free entry
// points are imported: `da-risk/score`, `da-risk/marac`, `da-risk/dara`,
// `da-risk/instruments`, `da-risk/policies`.
//
// On the documentation site this file is bundled with the library into one
// classic script (docs/build-site.mjs), so the page also works from file://.
// In examples/browser-form/index.html an import map points the `da-risk/*`
// names at dist/.
import { answerKindOf, applyJudgementTrusted, assessTrusted, isDaRiskError, riskLevels } from 'da-risk/score';
import { checkMaracTrusted } from 'da-risk/marac';
import { applyDaraRegradeTrusted, assessDaraTrusted } from 'da-risk/dara';
import { dara2022Provisional, dashRic2009, policeDash2009, sDash2009 } from 'da-risk/instruments';
import { caadaCrimeOnlyRepeatMarac, commonLocalBands, daraConsistency, safelives2009Marac, safelivesMarac, safelivesPlusLibraryDefaultsMarac } from 'da-risk/policies';
import daraQuestionnaire from '../../../docs/fhir/dara@2022-provisional.questionnaire.json' with { type: 'json' };
import dashRicQuestionnaire from '../../../docs/fhir/dash-ric@2009.questionnaire.json' with { type: 'json' };
import policeDashQuestionnaire from '../../../docs/fhir/police-dash@2009.questionnaire.json' with { type: 'json' };
import sDashQuestionnaire from '../../../docs/fhir/s-dash@2009.questionnaire.json' with { type: 'json' };
import { mountAssessmentForm } from './form.js';

/** The editions in the form. The Barnardo's RIM is not: it is filled in per child, with its own scales and decisions. */
export const editions = [
  { key: 'dash-ric', label: 'DASH RIC 2009 (SafeLives, 24 questions)', kind: 'checklist', instrument: dashRic2009, questionnaire: dashRicQuestionnaire, policy: commonLocalBands },
  { key: 'police-dash', label: 'Police DASH 2009 (27 questions)', kind: 'checklist', instrument: policeDash2009, questionnaire: policeDashQuestionnaire, policy: commonLocalBands },
  { key: 's-dash', label: 'S-DASH 2009 (stalking screen, 11 questions)', kind: 'checklist', instrument: sDash2009, questionnaire: sDashQuestionnaire, policy: commonLocalBands },
  { key: 'dara', label: 'DARA (first response, provisional)', kind: 'dara', instrument: dara2022Provisional, questionnaire: daraQuestionnaire, policy: daraConsistency },
];

/** MARAC policies, the default first. */
export const maracPolicies = [safelivesPlusLibraryDefaultsMarac, safelivesMarac, safelives2009Marac, caadaCrimeOnlyRepeatMarac];

export const lib = { answerKindOf, applyJudgementTrusted, assessTrusted, isDaRiskError, riskLevels, checkMaracTrusted, applyDaraRegradeTrusted, assessDaraTrusted };

/** Mounts the form in `#app`, with the edition chosen in `#edition` (filled in here when empty). */
export function start(doc = document) {
  const app = doc.getElementById('app');
  const select = doc.getElementById('edition');
  if (!app || !select) return;
  if (select.options.length === 0) {
    for (const edition of editions) select.add(new Option(edition.label, edition.key));
  }
  const mount = () => {
    const edition = editions.find((candidate) => candidate.key === select.value) ?? editions[0];
    mountAssessmentForm(app, { edition, maracPolicies, lib });
  };
  select.addEventListener('change', mount);
  mount();
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => start());
  else start();
}
