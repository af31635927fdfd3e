/**
 * Public sources the shipped DASH editions were built from. Facts and
 * figures carry over from them; no sentence of theirs is copied.
 *
 * @module
 */
import type { SourceReference } from '../model/instrument.js';

/** SafeLives' own pages on identifying risk, the quick-start guidance and FAQ. @internal */
export const SAFELIVES_RESOURCES: SourceReference = {
  id: 'safelives-resources',
  title: 'SafeLives: resources on identifying risk, quick-start guidance and FAQ',
  url: 'https://safelives.org.uk',
  kind: 'primary',
};

/** A copy of the CAADA-DASH risk identification checklist of April 2009. @internal */
export const CAADA_RIC_2009_COPY: SourceReference = {
  id: 'caada-ric-2009-copy',
  title: 'Copy of the CAADA-DASH risk identification checklist, April 2009 (studylib.net document 7882984)',
  url: 'https://studylib.net/doc/7882984',
  kind: 'secondary',
};

/** A copy of the police DASH (2009) form. @internal */
export const POLICE_DASH_2009_COPY: SourceReference = {
  id: 'police-dash-2009-copy',
  title: 'Copy of the police DASH (2009) risk identification form (paperzz.com document 7134875)',
  url: 'https://paperzz.com/doc/7134875',
  kind: 'secondary',
};

/** Laura Richards' DASH site. @internal */
export const DASH_RISK_CHECKLIST_SITE: SourceReference = {
  id: 'dash-risk-checklist',
  title: 'DASH risk checklist site of Laura Richards, its author',
  url: 'https://www.dashriskchecklist.com',
  kind: 'primary',
};
