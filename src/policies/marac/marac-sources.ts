/**
 * The sources the shipped MARAC policies cite, in our words.
 *
 * @module
 */

/** SafeLives' current MARAC referral criteria (the four routes). @internal */
export const SAFELIVES_MARAC_CRITERIA =
  'SafeLives, MARAC referral criteria (current guidance for MARAC representatives and the MARAC toolkit; safelives.org.uk)';

/** SafeLives' published definition of a MARAC repeat. @internal */
export const SAFELIVES_REPEAT_DEFINITION =
  'SafeLives, definition of a MARAC repeat: any further incident of abuse between the same victim and perpetrator(s) within 12 months of the last referral, crime or not (safelives.org.uk)';

/** SafeLives' 14-yes threshold on the 24-question checklist. @internal */
export const SAFELIVES_RIC_THRESHOLD = 'SafeLives DASH risk checklist guidance: 14 or more yes answers on the 24-question checklist is visible high risk';

/** The CAADA-DASH RIC of April 2009 and its referral criteria (routes 1–3). @internal */
export const CAADA_2009_FORM =
  'CAADA-DASH risk identification checklist, April 2009: referral criteria on the form (visible high risk of 14 or more, professional judgement, 3 or more police call-outs in 12 months)';

/** The later CAADA wording of a repeat that counted only incidents that would be crimes. @internal */
export const CAADA_CRIME_ONLY_REPEAT =
  'CAADA MARAC guidance after April 2009 (older wording of the repeat definition, counting only incidents that would be crimes if reported; the exact document and date are not verified)';

/** The Children Act 1989 and local safeguarding procedures. @internal */
export const CHILDREN_ACT =
  'Children Act 1989 (anyone under 18 is a child; a child at risk of significant harm is referred to children\u2019s social care); local safeguarding partnership procedures';
