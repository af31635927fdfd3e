/**
 * The RIM's own response items: whether the non-abusing parent is pregnant,
 * and each child as one repeat of the `children` group, with the child's
 * details and the indicators that apply to the child only.
 *
 * @module
 */
import type { Instrument } from '../../model/instrument.js';
import type { RimChildInput, RimInput } from '../../model/rim.js';
import type { FhirResponseItem } from './r4-types.js';
import { answerItems } from './answer-items.js';
import { LINK_IDS, fieldLinkId, groupLinkId } from './link-ids.js';

/** One child as a repeat of the `children` group, its details first. */
function childItem(instrument: Instrument, child: RimChildInput): FhirResponseItem {
  const scope = groupLinkId('children');
  const item: FhirResponseItem[] = [{ linkId: fieldLinkId('children', 'id'), answer: [{ valueString: child.id }] }];
  if (child.dateOfBirth !== undefined) item.push({ linkId: fieldLinkId('children', 'dateOfBirth'), answer: [{ valueDate: child.dateOfBirth }] });
  if (child.age !== undefined) {
    item.push({ linkId: fieldLinkId('children', 'ageYears'), answer: [{ valueInteger: child.age.years }] });
    if (child.age.months !== undefined) item.push({ linkId: fieldLinkId('children', 'ageMonths'), answer: [{ valueInteger: child.age.months }] });
  }
  item.push({ linkId: fieldLinkId('children', 'specialNeeds'), answer: [{ valueBoolean: child.specialNeeds }] });
  if (child.answers !== undefined) item.push(...answerItems(instrument, child.answers, scope));
  return { linkId: scope, item };
}

/**
 * The items of a RIM input other than the assessment's id and time: the
 * pregnancy, the household's indicators by section, then one `children`
 * item per child, in the input's order.
 *
 * @internal
 */
export function rimResponseItems(instrument: Instrument, input: RimInput): FhirResponseItem[] {
  const item: FhirResponseItem[] = [];
  if (input.pregnancy !== undefined) item.push({ linkId: LINK_IDS.single.pregnancy, answer: [{ valueBoolean: input.pregnancy }] });
  item.push(...answerItems(instrument, input.answers));
  item.push(...input.children.map((child) => childItem(instrument, child)));
  return item;
}
